"""Starting the desktop app: set-up on first run, then unlock, then the main window."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from clientmanager import APP_NAME, __version__, oplog
from clientmanager.errors import ClientManagerError
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.backup_scheduler import DailyBackupScheduler
from clientmanager.ui.context import AppContext
from clientmanager.ui.forms import describe
from clientmanager.ui.i18n import install_translations
from clientmanager.ui.idle_lock import IdleLockWatcher
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.resources import apply_style

logger = logging.getLogger(__name__)

# The window's identity for docks and task bars: the Wayland app id / desktop-file hint
# is the installed clientmanager.desktop, and on X11 the WM_CLASS instance is fixed
# (Qt would take argv[0], which differs between the bundle, the symlink and pip), so it
# matches StartupWMClass in installer/linux/clientmanager.desktop.
DESKTOP_FILE_NAME = "clientmanager"
WM_CLASS_INSTANCE = "clientmanager"


def configure_application(app: QApplication) -> None:
    QCoreApplication.setOrganizationName("ClientManager")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE_NAME)
    install_translations(app)  # the saved choice, else the system's language
    apply_style(app)


# The start-up work waits for the first rows at most this long.
START_UP_WORK_LATEST_MS = 5_000
# Then, once a second for up to ten minutes, whether it is done so its memory can go back.
START_UP_IDLE_POLL_MS = 1_000
START_UP_IDLE_POLLS = 600

# A large practice's closing backup takes a few seconds; never cut it off half-way.
CLOSING_BACKUP_WAIT_MS = 10 * 60_000


class DesktopController:
    """Moves between the screens: set-up or unlock, the main window, and back on lock."""

    def __init__(
        self, context: AppContext, *, idle_clock: Callable[[], float] | None = None
    ) -> None:
        self.context = context
        self.window: MainWindow | None = None
        self.start_up_memory_released = False
        # Wall-clock idle lock (works after the PC sleeps); the clock is injectable for tests.
        self.idle_watcher = IdleLockWatcher(clock=idle_clock or time.time)
        self.idle_watcher.idle_timeout.connect(self.lock_when_idle)
        context.practice_unlocked.connect(self._watch_idle)
        context.practice_locked.connect(self.idle_watcher.stop)
        context.damage_found.connect(self._damaged)
        if context.is_unlocked:
            self._watch_idle(context.practice)

    def _watch_idle(self, practice) -> None:  # noqa: ANN001 (an OpenPractice)
        from clientmanager.services.client_records import idle_lock_minutes

        self.idle_watcher.start()

        def read_minutes() -> int:
            with practice.session() as session:
                return idle_lock_minutes(session)

        self.context.tasks.submit(
            read_minutes, on_done=self.idle_watcher.set_minutes, on_error=lambda _error: None
        )

    def lock_when_idle(self) -> None:
        if not self.context.is_unlocked:
            return
        minutes = round(self.idle_watcher.minutes)
        self.lock(
            QCoreApplication.translate(
                "DesktopController",
                "Locked after {minutes} minutes without activity, to keep client information "
                "safe. Sign in again to carry on.",
            ).format(minutes=minutes)
        )

    def start(self) -> bool:
        # The unlock's page check waits for the first rows (open_main_window releases it).
        self.context.hold_start_up_work()
        if not self.context.paths.exists():
            from clientmanager.ui.setup_wizard import SetupWizard  # first run only

            wizard = SetupWizard(self.context)
            accepted = wizard.exec() == QDialog.DialogCode.Accepted
            practice = wizard.take_practice()
            wizard.setParent(None)
            wizard.deleteLater()
            if not accepted or practice is None:
                if practice is not None:
                    practice_service.discard_new_practice(practice)
                return False
            with contextlib.suppress(ClientManagerError):
                self.context.claim_practice()  # a new practice: nobody else can have it
            self.context.set_unlocked(practice)
        elif not self.unlock():
            if self.window is not None:  # built during the sign-in, never shown
                self.window.deleteLater()
                self.window = None
            return False
        self.open_main_window()
        return True

    def open_main_window(self) -> None:
        """The unlocked practice's window, with its daily backups and weekly review.

        The first rows come first: the page check, the day's first backup (a child
        process) and the weekly review start once the list has painted them, so they do
        not take the second core and the database worker from the window. Once they are
        done, the memory they used is given back (:meth:`_release_start_up_memory`)."""
        self.context.hold_start_up_work()
        if self.window is None:
            self._build_window()
        if self.context.read_only:
            self._show_read_only()
        self.window.show()
        self.backups = DailyBackupScheduler(self.context, parent=self.window)
        self.backups.backup_failed.connect(self._backup_failed)
        if not self.context.read_only:  # the copy that has the practice open backs it up
            self.context.after_first_rows(self.backups.start)
        self.context.practice_unlocked.connect(lambda _practice: self._weekly_retention_review())
        self.context.after_first_rows(self._weekly_retention_review)
        self.context.after_first_rows(self._release_start_up_memory)
        # A list whose query never answers must not hold the backup back for good.
        QTimer.singleShot(START_UP_WORK_LATEST_MS, self.context.release_start_up_work)

    def _build_window(self) -> None:
        self.window = MainWindow(self.context)
        self.window.lock_requested.connect(self.lock)
        self.window.client_list.rows_shown.connect(self._first_rows_shown)

    def _build_window_while_signing_in(self) -> None:
        """The window is built, hidden, while the sign-in screen waits for the password
        and the unlock's Argon2id runs on the worker (it releases the GIL, so the two use
        both cores). It fills when the practice unlocks, as after an idle lock."""
        if self.window is None and not self.context.is_unlocked:
            self._build_window()

    def _first_rows_shown(self) -> None:
        if self.window is not None:
            self.window.client_list.rows_shown.disconnect(self._first_rows_shown)
        # After this turn of the event loop, so the rows are painted before anything starts.
        QTimer.singleShot(0, self.context.release_start_up_work)

    def _release_start_up_memory(self) -> None:
        """Once the start-up work is done (review, backup, page check, Today's counts), close
        the idle connections its scans filled and trim the heap: about 130 MB at 100k
        clients that the day's work would otherwise keep (bench/startup.py)."""
        timer = QTimer(self.window)
        timer.setInterval(START_UP_IDLE_POLL_MS)
        polls = [0]

        def poll() -> None:
            polls[0] += 1
            context = self.context
            if not context.is_unlocked or polls[0] > START_UP_IDLE_POLLS:
                timer.stop()
                return
            backups = getattr(self, "backups", None)
            if (
                context.tasks.is_busy()
                or (backups is not None and backups.is_running)
                or context.practice.pages_unchecked
            ):
                return
            timer.stop()
            context.practice.release_idle_memory()
            self.start_up_memory_released = True

        timer.timeout.connect(poll)
        timer.start()

    def _show_read_only(self) -> None:
        if self.window is None:
            return
        title = self.window.windowTitle()
        suffix = QCoreApplication.translate("DesktopController", "read-only")
        if suffix not in title:
            self.window.setWindowTitle(f"{title} ({suffix})")
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "DesktopController",
                "Read-only: another copy of ClientManager has this practice open for changes.",
            ),
            0,
        )

    def _backup_failed(self, error: BaseException) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "DesktopController", "Today's backup failed: {error}"
                ).format(error=describe(error).replace("\n\n", " ")),
                0,
            )

    def _weekly_retention_review(self) -> None:
        """POPIA s14: the weekly review runs at start-up when a week has passed; if anything
        is due, the practice manager is told where to approve it."""
        from clientmanager.services import retention

        if not self.context.is_unlocked:
            return  # locked before the first rows were painted; the next unlock runs it
        practice = self.context.practice
        if practice.read_only or not allows(practice.actor, Permission.RETENTION_APPROVE):
            return

        def review() -> int:
            with practice.session() as session:
                if not retention.review_is_due(session):
                    return 0
                due = retention.run_review(session, actor=practice.actor, today=dt.date.today())
                return len(due.due)

        def reviewed(due: int) -> None:
            if due and self.window is not None:
                if due == 1:
                    text = QCoreApplication.translate(
                        "DesktopController",
                        "Weekly retention review: {count} record is due for destruction or "
                        "de-identification (POPIA s14). Approve it under POPIA › Retention review…",
                    )
                else:
                    text = QCoreApplication.translate(
                        "DesktopController",
                        "Weekly retention review: {count} records are due for destruction or "
                        "de-identification (POPIA s14). Approve them under POPIA › Retention "
                        "review…",
                    )
                self.window.statusBar().showMessage(text.format(count=due), 0)

        self.context.tasks.submit(
            review,
            on_done=reviewed,
            on_error=lambda error: logger.warning("retention review: %s", type(error).__name__),
        )

    def close_down(self) -> None:
        """At quit: today's closing backup, then wait for it, then drop the key."""
        scheduler = getattr(self, "backups", None)
        if scheduler is not None and not self.context.read_only:
            scheduler.backup_at_close()
            # A backup runs on its own thread: a short wait, then cancelled, never minutes.
            outcome = scheduler.finish_or_cancel()
            if outcome == "cancelled":
                logger.warning("closing backup cancelled at quit")
                if self.window is not None:
                    QMessageBox.information(
                        self.window,
                        "ClientManager",
                        QCoreApplication.translate(
                            "DesktopController",
                            "Today's closing backup was still running and has been stopped; "
                            "the earlier backups are unchanged.",
                        ),
                    )
        self.context.lock()
        self.context.release_practice()

    def unlock(self, reason: str = "") -> bool:
        if not self._reach_the_server():
            return False
        dialog = LoginDialog(self.context, reason=reason, parent=self.window)
        if not reason:
            dialog.try_keyring()
        if self.window is None:  # the first sign-in of this launch
            QTimer.singleShot(0, self._build_window_while_signing_in)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        practice, dialog.practice = dialog.practice, None
        # The dialog must not outlive its sign-in holding the practice (and so the key):
        # after a few idle locks, each old dialog would keep one more key alive.
        dialog.setParent(None)
        dialog.deleteLater()
        del dialog
        if not accepted or practice is None:
            return False
        self.context.set_unlocked(practice)
        if self.context.read_only:
            self._show_read_only()
        return True

    def _reach_the_server(self) -> bool:
        """On a PC whose practice is on the office server and whose keyring does not hold
        the desktops' login password: ask for it before the sign-in (False: Quit)."""
        if not practice_service.is_on_server(self.context.paths):
            return True
        from clientmanager.services import server as server_service

        try:
            login = server_service.login_password_needed(self.context.paths)
        except ClientManagerError:
            return True  # the sign-in screen says what is wrong with the connection file
        if login is None:
            return True
        from clientmanager.ui.server_login import ServerLoginDialog

        dialog = ServerLoginDialog(self.context, login, parent=self.window)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.setParent(None)
        dialog.deleteLater()
        return accepted

    def _damaged(self, error: BaseException) -> None:
        """The page check after unlock found damage: the practice is locked already; the
        unlock screen says why and what to do."""
        self.lock(describe(error))

    def lock(self, reason: str = "") -> None:
        reason = reason or QCoreApplication.translate(
            "DesktopController", "The practice was locked."
        )
        self.context.lock()
        if self.window is not None:
            self.window.hide()
        if self.unlock(reason) and self.window is not None:
            self.window.show()
        else:
            QApplication.quit()


def _tell_about_crash(log_path: str) -> None:
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "DesktopController",
            "Something went wrong inside ClientManager. Your saved work is safe.\n\n"
            "Details for support (no client information) are in:\n{path}",
        ).format(path=log_path),
    )


def quit_on_interrupt(app: QApplication) -> QTimer:
    """Ctrl+C in the terminal quits the way the window's Quit does (closing backup, key
    dropped). Python only runs signal handlers between bytecodes, and Qt's event loop is
    C++: a short timer gives the interpreter a moment to notice the signal."""

    def interrupted(_signum, _frame) -> None:  # noqa: ANN001
        logger.info("interrupted from the terminal; quitting")
        app.setProperty("interrupted", True)
        # A sign-in or set-up dialog runs its own loop: close it, as its Quit button would.
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        app.quit()

    signal.signal(signal.SIGINT, interrupted)
    timer = QTimer(app)
    timer.setInterval(250)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer


def run_gui(*, data_dir: Path) -> int:
    os.environ.setdefault("RESOURCE_NAME", WM_CLASS_INSTANCE)  # read by Qt's xcb plugin
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    quit_on_interrupt(app)
    paths = PracticePaths(data_dir)
    oplog.configure(paths.logs)
    oplog.install_excepthook(show=_tell_about_crash)
    logger.info("desktop started, version %s", __version__)
    context = AppContext(paths)
    controller = DesktopController(context)
    if not controller.start() or app.property("interrupted"):
        if context.is_unlocked:
            controller.close_down()
        context.release_practice()
        return 0
    try:
        return app.exec()
    finally:
        controller.close_down()
