"""The daily backup, taken by the app itself: at start-up if today has none, on a timer
while it runs (the app may stay open past midnight), and at close if the day's work is
not in a backup yet.

The backup runs on a thread of its own, not on the context's database worker: it copies
the encrypted file through its own SQLite connection, so searches, scrolling and saving
keep answering while it runs (SQLite's WAL lets them read and write meanwhile). At quit,
a running backup gets a short while to finish and is then cancelled (its ``.tmp`` folder
is removed); the window says which happened.

A user whose role may not take backups (compliance) is skipped silently; a failure is
reported through ``backup_failed`` for the window to show, and retried on the next tick.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from clientmanager.services import backups
from clientmanager.services.backups import BackupInfo
from clientmanager.services.permissions import Permission, allows
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.ui.context import AppContext

logger = logging.getLogger(__name__)

CHECK_EVERY_MS = 15 * 60 * 1000
# At close, a new backup is taken when today's newest is older than this: the work of a
# long session is then in a backup before the PC is switched off.
CLOSE_BACKUP_AFTER = dt.timedelta(hours=1)
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
        self._hook = progress_hook  # called on the backup's thread (tests, the bench)
        self.last_fraction: float | None = None
        self.last_error: BaseException | None = None
        self._outcome.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        context.practice_unlocked.connect(self._unlocked)
        context.practice_locked.connect(self.timer.stop)

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

    def _may_back_up(self) -> bool:
        # After a restore the practice is closed until the window locks and unlocks again.
        return (
            self.context.is_unlocked
            and self.context.practice.is_open
            and allows(self.context.practice.actor, Permission.BACKUP_RUN)
            # Not yet on the office server (issue 18): the server's own backups serve.
            and not getattr(self.context.practice, "on_server", False)
        )

    @Slot()
    def check_now(self) -> bool:
        """Take today's backup if it is due. Returns True when one was started."""
        if self._running or not self._may_back_up():
            return False
        practice = self.context.practice
        now = self._clock()

        def work(progress: Progress) -> BackupInfo | None:
            return backups.take_daily_backup(practice, now=now, progress=progress)

        self._submit(work)
        return True

    def backup_at_close(self) -> bool:
        """Call when the app is closing, then :meth:`finish_or_cancel`. Takes a backup
        unless today already has one newer than an hour."""
        if self._running or not self._may_back_up():
            return False
        self.timer.stop()
        practice = self.context.practice
        now = self._clock()

        def work(progress: Progress) -> BackupInfo | None:
            folder = backups.backup_folder(practice)
            today = [b for b in backups.list_backups(folder) if b.verified and b.day == now.date()]
            if today and now - today[0].created_at < CLOSE_BACKUP_AFTER:
                return None
            return backups.take_backup(
                practice, folder=folder, now=now, reason="at close", progress=progress
            )

        self._submit(work)
        return True

    def _submit(self, work: Callable[[Progress], BackupInfo | None]) -> None:
        self._running = True
        self._stop.clear()
        self.last_fraction = 0.0
        self.backup_started.emit()
        progress = Progress(self._progressed, should_stop=self._stop.is_set)

        def run() -> None:
            try:
                info = work(progress)
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
        """Ask a running backup to stop at its next step; its partial folder is removed."""
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
