"""The one application context the UI owns: where the practice lives, whether it is
unlocked, and the worker that runs database work. Windows receive it; nothing reaches
for a global."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from clientmanager.errors import ClientManagerError, PracticeInUse
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.services.practice import OpenPractice
from clientmanager.store.practice_lock import PracticeLock
from clientmanager.ui.clipboard import sensitive_clipboard
from clientmanager.ui.tasks import TaskRunner

logger = logging.getLogger(__name__)


class AppContext(QObject):
    practice_unlocked = Signal(object)
    practice_locked = Signal()
    # What an operation changed (ui.operations.Changes): every open screen listens and
    # refreshes the parts it shows, so nothing goes stale after work in another window.
    changed = Signal(object)
    # A deferred whole-file page check found damage: the practice has been locked.
    damage_found = Signal(object)  # the IntegrityProblem
    _page_check_failed = Signal(object, object)  # (practice, error), from the check's thread
    # Kinds of change other PCs committed on the office server, from the listener's thread.
    _remote_changes = Signal(object, object)  # (practice, set of kinds)

    def __init__(self, paths: PracticePaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.tasks = TaskRunner(self)
        self._practice: OpenPractice | None = None
        # The practice lock is this copy of the app's, held from unlock to quit (across
        # idle locks), so a second copy is told who has the practice open.
        self.practice_lock: PracticeLock | None = None
        self.read_only = False
        # From the first window on, every copy of an ID, phone, e-mail or policy number
        # (a menu, Ctrl+C in a field or a table) leaves the clipboard after 30 seconds.
        if QGuiApplication.instance() is not None:
            sensitive_clipboard()
        self._page_check_failed.connect(self._on_damaged_pages)
        self._remote_changes.connect(self._on_remote_changes)
        self._listener = None
        # While the first window paints its rows, start-up work that may wait (the page
        # check, the daily backup, the weekly review) queues here instead of taking the
        # second core and the worker from the window; None once the rows are painted.
        self._held_work: list[Callable[[], None]] | None = None

    def hold_start_up_work(self) -> None:
        """From now until :meth:`release_start_up_work`, :meth:`after_first_rows` queues."""
        if self._held_work is None:
            self._held_work = []

    def after_first_rows(self, work: Callable[[], None]) -> None:
        """Run ``work`` once the first window has painted its rows (at once if it has)."""
        if self._held_work is None:
            work()
        else:
            self._held_work.append(work)

    def release_start_up_work(self) -> None:
        """The rows are painted: run what waited for them, in the order it was queued."""
        held, self._held_work = self._held_work, None
        for work in held or ():
            work()

    def claim_practice(self) -> None:
        """Take the practice lock, or raise PracticeInUse naming who holds it."""
        if self.practice_lock is None:
            self.practice_lock = PracticeLock.acquire(self.paths.data_dir)
        self.read_only = False

    def open_read_only(self) -> None:
        """Go on without the lock: the practice will be opened read-only."""
        self.read_only = True

    def release_practice(self) -> None:
        if self.practice_lock is not None:
            self.practice_lock.release()
            self.practice_lock = None

    @property
    def practice(self) -> OpenPractice:
        if self._practice is None:
            raise RuntimeError("the practice is locked")
        return self._practice

    @property
    def is_unlocked(self) -> bool:
        return self._practice is not None

    def set_unlocked(self, practice: OpenPractice) -> None:
        self._practice = practice
        if self.practice_lock is not None:
            self.practice_lock.set_user(practice.actor.username)
        self.practice_unlocked.emit(practice)
        if practice.pages_unchecked:
            self.after_first_rows(lambda: self._check_pages_beside(practice))
        self._listen_for_other_pcs(practice)

    def _listen_for_other_pcs(self, practice: OpenPractice) -> None:
        """On the office server, what other PCs change refreshes the open screens here as
        a change made in this window does (the listener has its own connection and thread,
        so the interface never waits for the server)."""
        relay = self._remote_changes
        try:
            self._listener = practice.listen_for_changes(lambda kinds: relay.emit(practice, kinds))
        except ClientManagerError:
            logger.warning("change notices from other PCs are not available", exc_info=True)

    def _on_remote_changes(self, practice: OpenPractice, kinds: set[str]) -> None:
        from clientmanager.ui.operations import Changes

        if self._practice is not practice:
            return  # locked (or another practice unlocked) meanwhile
        changes = Changes.NONE
        for kind in kinds:
            changes |= Changes.__members__.get(kind.upper(), Changes.NONE)
        if changes:
            self.changed.emit(changes | Changes.REMOTE)

    @property
    def change_listener(self):  # noqa: ANN201 (a postgres.ChangeListener, or None)
        return self._listener

    def _check_pages_beside(self, practice: OpenPractice) -> None:
        """The unlock left the whole-file page check for now, so the first window does not
        wait for it (1-1.5 s at 100k clients): it runs on a connection and thread of its
        own while the window fills; damage locks the practice and says so."""
        failed = self._page_check_failed
        if self._practice is not practice or not practice.is_open:
            return  # locked before the rows were painted: the next unlock checks

        def run() -> None:
            try:
                practice_service.check_pages(practice)
            except ClientManagerError as exc:
                failed.emit(practice, exc)
            except Exception:  # noqa: BLE001 - a check that could not run is not damage
                logger.warning("the page check after unlock could not run", exc_info=True)

        threading.Thread(target=run, name="page-check", daemon=True).start()

    def _on_damaged_pages(self, practice: OpenPractice, error: BaseException) -> None:
        if self._practice is not practice:
            return  # locked (or another practice unlocked) meanwhile
        logger.warning("damaged pages found after unlock; practice locked")
        self.lock()
        self.damage_found.emit(error)

    def lock(self) -> None:
        """Drop the key and the engine; the UI then shows the unlock screen."""
        if self._practice is None:
            return
        self.tasks.wait_until_idle()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        practice, self._practice = self._practice, None
        practice.close()
        logger.info("practice locked")
        self.practice_locked.emit()


__all__ = ["AppContext", "PracticeInUse"]
