"""What every register window shares: its forms save through :func:`run_in_form` with the
signed-in actor, its other work runs as an :class:`Operation` with failures on its error
line, and each saved change refreshes the window and goes out as ``Changes.REGISTERS``, so
that the Today page and the other open screens refresh too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog

from clientmanager.ui.form_operation import ErrorLine, run_in_form
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import FormDialog


class RegisterDialog(QDialog, ErrorLine):
    """Subclasses set ``self.context`` and define ``refresh()``."""

    register_changed = Signal()

    context: Any  # AppContext

    def refresh(self) -> None:
        raise NotImplementedError

    def _changed_elsewhere(self, changes) -> None:  # noqa: ANN001 (a Changes flag)
        """Connect it to ``context.changed``."""
        from clientmanager.ui.operations import Changes

        # This register's own actions refresh it; another PC's (the server's notices) too.
        if changes & Changes.REMOTE and changes & Changes.REGISTERS and self.context.is_unlocked:
            self.refresh()

    def run_form(self, dialog: FormDialog, work: Callable[[Any, Any], Any]) -> None:
        """Run ``work(session, actor)`` for ``dialog``; close it on success, show errors in it."""
        actor = self.context.practice.actor
        run_in_form(
            dialog,
            self.context,
            lambda session: work(session, actor),
            on_done=self._changed,
            changes=Changes.REGISTERS,
        )

    def run_work(
        self,
        work: Callable[[Any, Any], Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        changes: Changes | None = None,
    ) -> None:
        """Run ``work(session, actor)`` without a form: its result goes to ``on_done`` (by
        default, the register changed) and a failure to the error line. Work without its
        own ``on_done`` changes the register; a read with one changes nothing unless
        ``changes`` says otherwise."""
        actor = self.context.practice.actor
        if changes is None:
            changes = Changes.REGISTERS if on_done is None else Changes.NONE
        Operation(
            self, self.context, lambda session: work(session, actor), changes=changes
        ).success(on_done or self._changed).failure(self._show_error).run()

    def _changed(self, _result: object = None) -> None:
        self.register_changed.emit()
        self.refresh()
