"""An administrator with a second factor cannot unlock the desktop with the password
alone; a wrong code is refused and counted; the right code unlocks (issue 14)."""

from __future__ import annotations

import pyotp
import sqlalchemy as sa
from PySide6.QtCore import Qt

from clientmanager.services import second_factor
from clientmanager.store.models import User
from clientmanager.ui.login import LoginDialog
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_the_unlock_screen_asks_for_the_code(qtbot, context, practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        enrolment = second_factor.begin(s, actor=practice.actor)
        totp = pyotp.TOTP(enrolment.secret)
        second_factor.confirm(s, actor=practice.actor, secret=enrolment.secret, code=totp.now())
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.set_text(ADMIN)
    qtbot.keyClicks(dialog.password.edit, ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.second_factor.isVisible(), timeout=20_000)
    assert "second factor" in dialog.message.text()
    assert dialog.practice is None  # not signed in on the password alone

    qtbot.keyClicks(dialog.second_factor.edit, "000000" if totp.now() != "000000" else "111111")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in dialog.message.text(), timeout=20_000)
    assert dialog.practice is None
    with practice.session() as s:
        assert s.scalar(sa.select(User.second_factor_failures).where(User.username == ADMIN)) == 1

    dialog.second_factor.set_text("")
    qtbot.keyClicks(dialog.second_factor.edit, totp.now())
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as unlocked:
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert unlocked.args[0].actor.role == "administrator"
    unlocked.args[0].close()


def test_the_setup_dialog_shows_a_qr_code_and_switches_it_on(
    qtbot, context, practice, tmp_path
) -> None:  # noqa: ANN001, E501
    from clientmanager.ui.second_factor_dialog import SecondFactorDialog

    context.set_unlocked(practice)
    dialog = SecondFactorDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.enrolment is not None, timeout=10_000)
    assert not dialog.qr.pixmap().isNull() and dialog.qr.pixmap().width() > 100
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / "second-factor.png"))
    qtbot.keyClicks(dialog.code, pyotp.TOTP(dialog.enrolment.secret).now())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    with practice.session() as s:
        assert s.scalar(sa.select(User.totp_secret).where(User.username == ADMIN))
