"""The unlock screen stays usable after it explains that there is no keyring
(found while looking at the frozen bundle under Xvfb)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from clientmanager.ui.login import LoginDialog


@pytest.mark.parametrize("how", ["remember ticked", "remembered earlier"])
def test_keyring_note_does_not_squeeze_the_fields(qtbot, context, practice, fail_keyring, how):
    practice.close()
    if how == "remembered earlier":
        # The non-secret marker "remember" leaves; the keyring has since gone away.
        marker = {"practice_id": practice.practice_id, "keyring": "gone"}
        context.paths.keyring_marker.write_text(json.dumps(marker))
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    if how == "remember ticked":
        qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    else:
        dialog.try_keyring()
    qtbot.waitUntil(lambda: dialog.reason.isVisible(), timeout=10_000)
    qtbot.wait(50)  # let the layout settle
    for field in (dialog.username.edit, dialog.password.edit):
        assert field.height() >= field.sizeHint().height(), field.placeholderText()
    # Enter still means Unlock, not Quit, after the busy state.
    assert dialog.unlock_button.isDefault()
