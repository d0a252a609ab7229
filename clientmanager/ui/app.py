"""Starting the desktop app: set-up on first run, then unlock, then the main window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from clientmanager import APP_NAME, __version__
from clientmanager.paths import PracticePaths
from clientmanager.ui.context import AppContext
from clientmanager.ui.idle_lock import IdleLockWatcher
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.resources import apply_style
from clientmanager.ui.setup_wizard import SetupWizard

logger = logging.getLogger(__name__)


def configure_application(app: QApplication) -> None:
    QCoreApplication.setOrganizationName("ClientManager")
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    apply_style(app)


class DesktopController:
    """Moves between the screens: set-up or unlock, the main window, and back on lock."""

    def __init__(
        self, context: AppContext, *, idle_clock: Callable[[], float] | None = None
    ) -> None:
        self.context = context
        self.window: MainWindow | None = None
        # Wall-clock idle lock (works after the PC sleeps); the clock is injectable for tests.
        self.idle_watcher = IdleLockWatcher(clock=idle_clock or time.time)
        self.idle_watcher.idle_timeout.connect(self.lock_when_idle)
        context.practice_unlocked.connect(self._watch_idle)
        context.practice_locked.connect(self.idle_watcher.stop)
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
            f"Locked after {minutes} minutes without activity, to keep client information "
            "safe. Sign in again to carry on."
        )

    def start(self) -> bool:
        if not self.context.paths.exists():
            wizard = SetupWizard(self.context)
            if wizard.exec() != QDialog.DialogCode.Accepted or wizard.practice is None:
                if wizard.practice is not None:
                    wizard.practice.close()
                return False
            self.context.set_unlocked(wizard.practice)
        elif not self.unlock():
            return False
        self.window = MainWindow(self.context)
        self.window.lock_requested.connect(self.lock)
        self.window.show()
        return True

    def unlock(self, reason: str = "") -> bool:
        dialog = LoginDialog(self.context, reason=reason, parent=self.window)
        if not reason:
            dialog.try_keyring()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.practice is None:
            return False
        self.context.set_unlocked(dialog.practice)
        return True

    def lock(self, reason: str = "The practice was locked.") -> None:
        self.context.lock()
        if self.window is not None:
            self.window.hide()
        if self.unlock(reason) and self.window is not None:
            self.window.show()
        else:
            QApplication.quit()


def run_gui(*, data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    context = AppContext(PracticePaths(data_dir))
    controller = DesktopController(context)
    if not controller.start():
        return 0
    try:
        return app.exec()
    finally:
        context.lock()
