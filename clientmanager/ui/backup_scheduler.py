"""The daily backup, taken by the app itself: at start-up if today has none, on a timer
while it runs (the app may stay open past midnight), and at close if the day's work is
not in a backup yet. Every backup runs on the context's worker thread.

A user whose role may not take backups (compliance) is skipped silently; a failure is
reported through ``backup_failed`` for the window to show, and retried on the next tick.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from clientmanager.services import backups
from clientmanager.services.backups import BackupInfo
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext

logger = logging.getLogger(__name__)

CHECK_EVERY_MS = 15 * 60 * 1000
# At close, a new backup is taken when today's newest is older than this: the work of a
# long session is then in a backup before the PC is switched off.
CLOSE_BACKUP_AFTER = dt.timedelta(hours=1)


class DailyBackupScheduler(QObject):
    backup_started = Signal()
    backup_finished = Signal(object)  # BackupInfo
    backup_failed = Signal(object)  # the exception, for the window to describe
    backup_not_due = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_EVERY_MS,
        clock: Callable[[], dt.datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self._running = False
        self.last_error: BaseException | None = None
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
        )

    @Slot()
    def check_now(self) -> bool:
        """Take today's backup if it is due. Returns True when one was started."""
        if self._running or not self._may_back_up():
            return False
        practice = self.context.practice
        now = self._clock()

        def work() -> BackupInfo | None:
            return backups.take_daily_backup(practice, now=now)

        self._submit(work)
        return True

    def backup_at_close(self) -> bool:
        """Call when the app is closing, then wait for ``context.tasks`` to be idle.
        Takes a backup unless today already has one newer than an hour."""
        if self._running or not self._may_back_up():
            return False
        self.timer.stop()
        practice = self.context.practice
        now = self._clock()

        def work() -> BackupInfo | None:
            folder = backups.backup_folder(practice)
            today = [b for b in backups.list_backups(folder) if b.verified and b.day == now.date()]
            if today and now - today[0].created_at < CLOSE_BACKUP_AFTER:
                return None
            return backups.take_backup(practice, folder=folder, now=now, reason="at close")

        self._submit(work)
        return True

    def _submit(self, work: Callable[[], BackupInfo | None]) -> None:
        self._running = True
        self.backup_started.emit()
        self.context.tasks.submit(work, on_done=self._done, on_error=self._failed)

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
