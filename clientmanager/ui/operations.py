"""One way to call a service from a screen, after Anki's ``aqt/operations``.

    Operation(self, ctx, lambda session: clients.save(session, ...),
              changes=Changes.CLIENTS).success(self._saved).run()

An operation runs its work on the context's database worker with a fresh session (or,
with ``needs="practice"``, the open practice and a ``Progress``), maps any failure
through the one ``describe_error``, shows a progress dialog with Cancel when asked, and
on success emits ``AppContext.changed`` with what changed, so every open screen can
refresh itself. Work never touches widgets; callbacks run on the UI thread.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable
from typing import Any, Literal

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from clientmanager.errors import PracticeRekeyed
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.ui.widgets import describe_error

logger = logging.getLogger(__name__)


class Changes(enum.Flag):
    """What a finished operation changed; screens refresh for the parts they show."""

    NONE = 0
    CLIENTS = enum.auto()
    REGISTERS = enum.auto()
    USERS = enum.auto()
    SETTINGS = enum.auto()
    BACKUPS = enum.auto()
    DOCUMENTS = enum.auto()
    TASKS = enum.auto()
    # Set beside the others when another PC made the change (the office server's change
    # notices): screens that refresh themselves after their own work refresh then too.
    REMOTE = enum.auto()


class _LockedMeanwhile(Exception):
    """The practice was locked between queuing an operation and its turn to run."""


class _ProgressRelay(QObject):
    """Carries a worker's progress reports to the UI thread (queued signal)."""

    progressed = Signal(float, str)


class Operation:
    def __init__(
        self,
        parent: QWidget | None,
        ctx: Any,  # AppContext; Any keeps this module free of an import circle
        work: Callable[..., Any],
        *,
        changes: Changes = Changes.NONE,
        needs: Literal["session", "practice"] = "session",
        progress_title: str | None = None,
        step_text: Callable[[str], str] | None = None,
        error_title: str | None = None,
    ) -> None:
        self._parent = parent
        self._ctx = ctx
        self._work = work
        self._changes = changes
        self._needs = needs
        self._progress_title = progress_title
        # Services name their steps in English; a screen may pass its translation of them.
        self._step_text = step_text or (lambda step: step)
        self._error_title = error_title
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_cancelled: Callable[[], None] | None = None
        self._stop = threading.Event()
        self._dialog: QProgressDialog | None = None
        self._relay: _ProgressRelay | None = None
        self._practice: Any = None  # the OpenPractice the work ran against

    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation:
        """Handle the error yourself instead of the default message box."""
        self._on_failure = callback
        return self

    def cancelled(self, callback: Callable[[], None]) -> Operation:
        self._on_cancelled = callback
        return self

    def cancel(self) -> None:
        self._stop.set()

    @property
    def progress(self) -> Progress:
        relay = self._relay

        def report(fraction: float, step: str) -> None:
            if shiboken6.isValid(relay):  # gone with a screen closed meanwhile
                relay.progressed.emit(fraction, step)

        if relay is None:
            return Progress(None, should_stop=self._stop.is_set)
        return Progress(report, should_stop=self._stop.is_set)

    def run(self) -> Operation:
        if not self._ctx.is_unlocked:
            # Asked for by a screen after the lock (a late answer starting the next
            # load): the unlock screen is what the person sees, so there is nothing to do.
            logger.info("an operation asked for after the lock was dropped")
            return self
        if self._progress_title is not None:
            self._show_progress_dialog()
        practice = self._practice = self._ctx.practice
        progress = self.progress
        work, needs = self._work, self._needs

        def job() -> Any:
            if not practice.is_open:
                raise _LockedMeanwhile()
            if needs == "practice":
                return work(practice, progress)
            return practice.transact(work)

        self._ctx.tasks.submit(job, on_done=self._done, on_error=self._failed)
        return self

    def _show_progress_dialog(self) -> None:
        cancel = QCoreApplication.translate("Operation", "Cancel")
        dialog = QProgressDialog(self._progress_title, cancel, 0, 1000, self._parent)
        dialog.setWindowTitle(self._progress_title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        relay = _ProgressRelay(dialog)
        relay.progressed.connect(
            lambda fraction, step: self._show_progress(dialog, fraction, self._step_text(step))
        )
        self._dialog, self._relay = dialog, relay

    @staticmethod
    def _show_progress(dialog: QProgressDialog, fraction: float, step: str) -> None:
        dialog.setValue(int(fraction * 1000))
        if step:
            dialog.setLabelText(step)

    def _close_dialog(self) -> None:
        dialog, relay = self._dialog, self._relay
        self._dialog = self._relay = None
        # The screen that started the work may have been closed meanwhile, taking its
        # progress dialog (and the relay, a child of it) with it.
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self.cancel)
            if relay is not None and shiboken6.isValid(relay):
                relay.progressed.disconnect()
            dialog.close()
            dialog.deleteLater()

    def _owner(self) -> QWidget | None:
        """The screen for a message box, or None once it has been closed and deleted."""
        parent = self._parent
        return parent if parent is not None and shiboken6.isValid(parent) else None

    def _done(self, result: Any) -> None:
        self._close_dialog()
        if not (self._ctx.is_unlocked and self._ctx.practice is self._practice):
            # Finished just before the lock (or before a sign-in as someone else): the
            # screens it would refresh belong to a session that has ended.
            logger.info("a result that arrived after the lock was dropped")
            return
        if self._changes:
            self._ctx.changed.emit(self._changes)
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        if isinstance(error, _LockedMeanwhile):
            # Queued before the practice was locked (idle lock, quit): nothing ran, and
            # nobody is there to tell; the unlock screen is what the person sees now.
            logger.info("an operation queued before the lock was dropped")
            return
        if isinstance(error, Cancelled):
            if self._on_cancelled is not None:
                self._on_cancelled()
            return
        if isinstance(error, PracticeRekeyed):
            # Re-keyed elsewhere: say so, then lock, so the unlock screen asks again.
            QMessageBox.information(self._owner(), "ClientManager", describe_error(error))
            QTimer.singleShot(0, self._ctx.lock)
            return
        if self._on_failure is not None:
            self._on_failure(error)
            return
        QMessageBox.warning(
            self._owner(), self._error_title or "ClientManager", describe_error(error)
        )


def while_alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """Drop a result whose widget was closed and deleted while the work ran."""

    def deliver(value: Any) -> None:
        try:
            callback(value)
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                raise
            logger.debug("result dropped: its window is gone")

    return deliver


def run_operation(
    widget: QWidget,
    context: Any,  # AppContext
    work: Callable[[Any, Any], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    changes: Changes = Changes.CLIENTS,
    error_title: str | None = None,
) -> Operation:
    """Run ``work(session, actor)`` through :class:`Operation`; drops results for a
    widget that was closed while the work ran."""
    actor = context.practice.actor if context.is_unlocked else None
    operation = Operation(
        widget,
        context,
        lambda session: work(session, actor),
        changes=changes,
        error_title=error_title or QCoreApplication.translate("ClientRecord", "Not done"),
    ).success(while_alive(on_done))
    if on_error is not None:
        operation.failure(while_alive(on_error))
    return operation.run()
