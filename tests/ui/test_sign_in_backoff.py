"""The unlock screen tells a person how long to wait after too many wrong passwords."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientmanager.ui.login import LoginDialog


def test_after_five_wrong_passwords_the_unlock_screen_says_how_long_to_wait(
    qtbot, context, practice
):
    practice.close()
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    for attempt in range(6):
        dialog.password.set_text("")
        dialog.message.hide()
        qtbot.keyClicks(dialog.password.edit, f"wrong guess {attempt}")
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=20_000)
    assert "Too many wrong passwords for thandi" in dialog.message.text()
    assert "Wait 30 seconds" in dialog.message.text()
    qtbot.wait(100)
    dialog.grab().save("/tmp/sign-in-backoff.png")
