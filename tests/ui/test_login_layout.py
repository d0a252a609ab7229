"""The unlock screen stays usable after it explains that there is no keyring
(found while looking at the frozen bundle under Xvfb)."""

from __future__ import annotations

from clientmanager.ui.login import LoginDialog


def test_keyring_note_does_not_squeeze_the_fields(qtbot, context, practice, fail_keyring):
    practice.close()
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.try_keyring()
    qtbot.waitUntil(lambda: dialog.reason.isVisible(), timeout=10_000)
    qtbot.wait(50)  # let the layout settle
    for field in (dialog.username.edit, dialog.password.edit):
        assert field.height() >= field.sizeHint().height(), field.placeholderText()
    # Enter still means Unlock, not Quit, after the busy state.
    assert dialog.unlock_button.isDefault()
