"""Practice ▸ "Move this practice to the office server…": the practice manager moves the
practice from the desktop, on a real throw-away PostgreSQL cluster, and back."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from clientmanager.services import practice as practice_service
from clientmanager.store import postgres
from clientmanager.store.models import Client
from clientmanager.ui.move_practice_dialog import MovePracticeDialog
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.pgcluster import APP_PASSWORD, SUPERUSER_PASSWORD

pytest_plugins = ("tests.pgpractice",)

WAIT_MS = 120_000


def _open(qtbot, context) -> MovePracticeDialog:
    dialog = MovePracticeDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_practice_manager_moves_the_practice_to_the_server_and_back(
    qtbot, context, practice, owner_address
):
    with practice.session() as session:
        session.add(Client(first_names="Zanele", surname="Dlamini-Moved"))
    context.set_unlocked(practice)
    paths = practice.paths

    dialog = _open(qtbot, context)
    assert dialog.windowTitle() == "Move this practice to the office server"
    qtbot.keyClicks(dialog.address, owner_address.url)
    qtbot.keyClicks(dialog.owner_password, SUPERUSER_PASSWORD)
    qtbot.keyClicks(dialog.login_password, APP_PASSWORD)
    with qtbot.waitSignal(dialog.practice_moved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert "Moved:" in dialog.outcome.text()
    assert "moved-to-server-" in dialog.outcome.text()
    assert postgres.is_server_folder(paths.data_dir) and not paths.database.exists()
    dialog.close()
    context.lock()

    # Signed in again, with the same password: the practice is on the server now.
    moved = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    assert moved.on_server
    with moved.session() as session:
        assert session.scalar(sa.select(Client.surname)) == "Dlamini-Moved"
    context.set_unlocked(moved)
    back = _open(qtbot, context)
    assert back.windowTitle() == "Move this practice back to this PC"
    with qtbot.waitSignal(back.practice_moved, timeout=WAIT_MS):
        qtbot.mouseClick(back.move_button, Qt.MouseButton.LeftButton)
    assert "Moved:" in back.outcome.text()
    assert paths.database.exists() and not postgres.is_server_folder(paths.data_dir)


def test_a_wrong_owner_password_moves_nothing_and_says_so(qtbot, context, practice, owner_address):
    context.set_unlocked(practice)
    dialog = _open(qtbot, context)
    qtbot.keyClicks(dialog.address, owner_address.url)
    qtbot.keyClicks(dialog.owner_password, "not the owner's password")
    qtbot.keyClicks(dialog.login_password, APP_PASSWORD)
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.move_button.isEnabled(), timeout=WAIT_MS)
    assert "did not accept the connection" in dialog.outcome.text()
    assert practice.paths.database.exists()
    assert not postgres.is_server_folder(practice.paths.data_dir)
    assert practice.is_open


def test_enter_in_the_last_field_moves_and_a_refusal_is_shown_in_full(qtbot, context, practice):
    context.set_unlocked(practice)
    dialog = _open(qtbot, context)
    assert dialog.focusWidget() is dialog.address
    assert dialog.move_button.isDefault() and not dialog.close_button.isDefault()
    qtbot.keyClicks(dialog.address, "postgresql://admin@nowhere.invalid/clientmanager")
    qtbot.keyClicks(dialog.login_password, APP_PASSWORD)
    height = dialog.height()
    qtbot.keyClick(dialog.login_password, Qt.Key.Key_Return)  # moves; never closes
    qtbot.waitUntil(dialog.outcome.isVisible, timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.outcome.objectName() == "formError"
    assert "sslmode=verify-full" in dialog.outcome.text()  # says what to add to the address
    # The dialog grew for the message: the fields keep their height, the text is whole.
    assert dialog.height() > height
    assert dialog.address.height() >= dialog.address.sizeHint().height()
    assert dialog.outcome.height() >= dialog.outcome.heightForWidth(dialog.outcome.width())
    assert dialog.focusWidget() is dialog.address
    assert practice.paths.database.exists()
