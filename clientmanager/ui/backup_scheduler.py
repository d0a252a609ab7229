"""The daily backup, taken by the app itself: at start-up if today has none, on a timer
while it runs (the app may stay open past midnight), and at close if the day's work is
not in a backup yet.

The backup runs in a child process of its own (services/backup_process.py), not on the
context's database worker nor in the desktop's process: it copies the encrypted file
through its own connection, so searches, scrolling and saving keep answering while it
runs (SQLite's WAL lets them read and write meanwhile), and the copy's and the checks'
memory is the child's, gone when it ends. A thread here waits on the child, relaying its
progress to ``backup_progress`` and Cancel to it. At quit, a running backup gets a short
while to finish and is then cancelled (the child is terminated if it does not stop in a
few seconds, and its ``.tmp`` folder removed); the window says which happened. A child
that dies is reported through ``backup_failed`` like any other failure.

A user whose role may not take backups (compliance) is skipped silently; a failure is
reported through ``backup_failed`` for the window to show, and retried on the next tick.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from clientmanager.services import backup_process
from clientmanager.services.backups import BackupInfo
from clientmanager.services.permissions import Permission, allows
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.ui.context import AppContext

logger = logging.getLogger(__name__)

CHECK_EVERY_MS = 15 * 60 * 1000
CLOSE_BACKUP_AFTER = backup_process.CLOSE_BACKUP_AFTER
# At quit, a backup still running gets this long to finish before it is cancelled.
FINISH_AT_QUIT_SECONDS = 15.0


class DailyBackupScheduler(QObject):
    backup_started = Signal()
    backup_finished = Signal(object)  # BackupInfo
    backup_failed = Signal(object)  # the exception, for the window to describe
    backup_not_due = Signal()
    backup_cancelled = Signal()
    backup_progress = Signal(float, str)
    _outcome = Signal(object, object)  # (BackupInfo | None, error | None), from the thread

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
        clock: Callable[[], dt.datetime] | None = None,
        progress_hook: Callable[[float, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self._running = False
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        # Called on the thread that waits on the child, before the child may go on (tests,
        # the bench): a hook that blocks holds the backup where it is.
        self._hook = progress_hook
        self.child_pid: int | None = None  # the process of the running (or last) backup
        self.last_fraction: float | None = None
        self.last_error: BaseException | None = None
        self._outcome.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        context.practice_unlocked.connect(self._unlocked)
        context.practice_locked.connect(self._locked)

    def start(self) -> None:
        """Begin: a backup now if today has none, then a check on every timer tick."""
        self.timer.start()
        if self.context.is_unlocked:
            self.check_now()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def is_running(self) -> bool:
        return self._running

    @Slot(object)
    def _unlocked(self, _practice: object) -> None:
        self.start()

    @Slot()
    def _locked(self) -> None:
        # The key leaves every process at lock: a running backup's child holds a copy, so
        # it is stopped (its partial folder removed); the next unlock takes the day's
        # backup again.
        self.timer.stop()
        if self._running:
            self.cancel()

    def _may_back_up(self) -> bool:
        # After a restore the practice is closed until the window locks and unlocks again.
        return (
            self.context.is_unlocked
            and self.context.practice.is_open
            and allows(self.context.practice.actor, Permission.BACKUP_RUN)
        )

    @Slot()
    def check_now(self) -> bool:
        """Take today's backup if it is due. Returns True when one was started."""
        if self._running or not self._may_back_up():
            return False
        self._submit(backup_process.DAILY)
        return True

    def backup_at_close(self) -> bool:
        """Call when the app is closing, then :meth:`finish_or_cancel`. Takes a backup
        unless today already has one newer than an hour."""
        if self._running or not self._may_back_up():
            return False
        self.timer.stop()
        self._submit(backup_process.AT_CLOSE)
        return True

    def _submit(self, kind: str) -> None:
        practice = self.context.practice
        now = self._clock()
        self._running = True
        self.child_pid = None
        self._stop.clear()
        self.last_fraction = 0.0
        self.backup_started.emit()
        progress = Progress(self._progressed, should_stop=self._stop.is_set)

        def started(pid: int) -> None:
            self.child_pid = pid

        def run() -> None:
            try:
                info = backup_process.run_backup(
                    practice, kind=kind, now=now, progress=progress, on_started=started
                )
            except BaseException as exc:  # reported on the UI thread
                self._outcome.emit(None, exc)
            else:
                self._outcome.emit(info, None)

        self._thread = threading.Thread(target=run, name="daily-backup", daemon=True)
        self._thread.start()

    def _progressed(self, fraction: float, step: str) -> None:
        self.last_fraction = fraction
        if self._hook is not None:
            self._hook(fraction, step)
        self.backup_progress.emit(fraction, step)

    def cancel(self) -> None:
        """Ask a running backup to stop at its next step (or end its process after a few
        seconds); its partial folder is removed."""
        self._stop.set()

    def finish_or_cancel(self, seconds: float = FINISH_AT_QUIT_SECONDS) -> str:
        """At quit: let a running backup finish for up to ``seconds``, else cancel it and
        wait for it to clean up. Returns what happened: "idle", "finished", "cancelled"."""
        thread = self._thread
        if thread is None or not thread.is_alive():
            return "idle"
        thread.join(seconds)
        if not thread.is_alive():
            return "finished"
        self._stop.set()
        thread.join()
        return "cancelled"

    @Slot(object, object)
    def _finished(self, info: BackupInfo | None, error: BaseException | None) -> None:
        self._thread = None
        if isinstance(error, Cancelled):
            self._running = False
            logger.info("daily backup cancelled")
            self.backup_cancelled.emit()
        elif error is not None:
            self._failed(error)
        else:
            self._done(info)

    def _done(self, info: BackupInfo | None) -> None:
        self._running = False
        self.last_error = None
        if info is None:
            self.backup_not_due.emit()
        else:
            logger.info("daily backup %s taken", info.name)
            self.backup_finished.emit(info)

    def _failed(self, error: BaseException) -> None:
        self._running = False
        self.last_error = error
        logger.warning("daily backup failed: %s", type(error).__name__)
        self.backup_failed.emit(error)
