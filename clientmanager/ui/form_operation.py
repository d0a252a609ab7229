"""The registers' form dialogs all save the same way: the OK button waits while the service
runs, a refusal is shown inside the form (which stays open to be corrected), and success
closes the form. This is that one way, on an :class:`Operation`; and the one way a screen
shows a message or a failure on its error line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtWidgets import QLabel

from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import FormDialog, describe_error


def run_in_form(
    dialog: FormDialog,
    ctx: Any,  # AppContext
    work: Callable[..., Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    changes: Changes = Changes.NONE,
    needs: Literal["session", "practice"] = "session",
) -> Operation:
    """Run ``work`` (``work(session)``, or ``work(practice, progress)`` with
    ``needs="practice"``) for ``dialog``; on success close it, then call ``on_done``."""
    dialog.ok_button.setEnabled(False)

    def done(result: Any) -> None:
        dialog.accept()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        dialog.ok_button.setEnabled(True)
        dialog.show_error(describe_error(error))

    return (
        Operation(dialog, ctx, work, changes=changes, needs=needs)
        .success(done)
        .failure(failed)
        .run()
    )


class ErrorLine:
    """For a screen with an ``error`` label: a message, or a failed operation's description
    (through the one ``describe_error``), shows there."""

    error: QLabel

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _fail(self, error: BaseException) -> None:
        self._say(describe_error(error))

    _show_error = _fail
