"""The desktop on a PC whose keyring does not hold the desktops' server login password
(issue 18): a small dialog asks for it before the sign-in; a wrong one is said and asked
again; "Remember on this PC" is off where there is no keyring."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from clientmanager.store import postgres
from clientmanager.ui.app import DesktopController
from clientmanager.ui.context import AppContext
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.server_login import ServerLoginDialog
from tests.conftest import ADMIN
from tests.pgcluster import APP_LOGIN, APP_PASSWORD

WAIT = 20_000

pytest_plugins = ("tests.pgpractice",)


def test_a_pc_without_a_keyring_asks_for_the_login_password_until_the_server_takes_it(
    qtbot, two_pcs, fail_keyring, monkeypatch
):
    _first, second, created = two_pcs
    monkeypatch.delenv(postgres.APP_PASSWORD_ENV, raising=False)
    postgres._PASSWORDS.clear()  # a fresh start on a PC with no keyring
    context = AppContext(second)
    controller = DesktopController(context)
    seen: dict[str, object] = {}

    def answer_the_server_dialog() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, ServerLoginDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(50, answer_the_server_dialog)
            return
        seen["remember enabled"] = dialog.remember.isEnabled()
        qtbot.keyClicks(dialog.password.edit, "not the password")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
        seen["wrong"] = dialog.message.text()
        assert dialog.isVisible()  # asked again
        dialog.password.edit.clear()
        qtbot.keyClicks(dialog.password.edit, APP_PASSWORD)
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        QTimer.singleShot(50, close_the_sign_in)

    def close_the_sign_in() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets()
             if isinstance(w, LoginDialog) and w.isVisible()),
            None,
        )  # fmt: skip
        if dialog is None:
            QTimer.singleShot(50, close_the_sign_in)
            return
        seen["sign-in"] = dialog.username.text()
        dialog.reject()

    QTimer.singleShot(0, answer_the_server_dialog)
    try:
        assert controller.unlock() is False  # the sign-in was closed, after the server took it
    finally:
        context.release_practice()
    assert seen["remember enabled"] is False
    assert seen["wrong"].startswith(
        f"The office server did not accept that password for its login {APP_LOGIN}."
    )
    assert seen["sign-in"] == ADMIN  # the sign-in read the users from the server
    # Known for the rest of this session, never written anywhere on this PC.
    assert postgres.known_app_password(created.desktop_url) == APP_PASSWORD
    assert APP_PASSWORD.encode() not in b"".join(
        p.read_bytes() for p in second.data_dir.rglob("*") if p.is_file()
    )


def test_no_dialog_when_the_keyring_holds_the_password(qtbot, two_pcs, monkeypatch):
    _first, second, _created = two_pcs
    monkeypatch.delenv(postgres.APP_PASSWORD_ENV, raising=False)
    postgres._PASSWORDS.clear()  # join kept it in the (in-memory) keyring
    from clientmanager.services import server as server_service

    assert server_service.login_password_needed(second) is None


def test_the_dialog_names_the_keyring_on_its_own_line_and_grows_for_a_refusal(
    qtbot, two_pcs, monkeypatch
):
    from clientmanager.services import practice as practice_service

    _first, second, _created = two_pcs
    monkeypatch.setattr(
        practice_service, "keyring_backend_name", lambda: "Windows Credential Manager"
    )
    context = AppContext(second)
    dialog = ServerLoginDialog(context, APP_LOGIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.remember.isChecked() and dialog.remember.text() == "Remember on this PC"
    assert dialog.remember_hint.text() == "Kept in Windows Credential Manager, never in a file."
    assert dialog.focusWidget() is dialog.password.edit
    height = dialog.height()
    qtbot.keyClicks(dialog.password.edit, "not the password")
    qtbot.keyClick(dialog.password.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.message.isVisible, timeout=WAIT)
    assert dialog.height() > height
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())
    assert dialog.password.edit.height() >= dialog.password.edit.sizeHint().height()
    dialog.reject()
    context.release_practice()
