"""The Users dialog's "disable, and give the database a new key" on a practice on the
office server (issue 18): the server re-key runs behind it, and the open desktop carries
on under the new key."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

from clientmanager.errors import WrongPassword
from clientmanager.services import practice as practice_service
from clientmanager.services import users as users_service
from clientmanager.store.models import Client, Note
from tests.ui.test_users_dialog import PIETER_PASSWORD, _open, _when_modal

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True, scope="session")


def test_disable_with_a_new_key_on_the_server(qtbot, context, practice):
    assert practice.on_server
    users_service.add_user(
        practice, username="pieter", full_name="Pieter van Wyk", role="planner",
        password=PIETER_PASSWORD,
    )  # fmt: skip
    with practice.session() as session:
        client = Client(first_names="Thandi", surname="Dlamini")
        session.add(client)
        session.flush()
        session.add(Note(client_id=client.id, subject="Meeting", body="sentinel in confidence"))
    dialog = _open(qtbot, context, practice)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    row = next(r for r in range(2) if dialog.table.item(r, 0).text() == "pieter")
    dialog.table.selectRow(row)
    assert dialog.selected_user().username == "pieter"
    old_key = context.practice.key

    def confirm(box: QMessageBox) -> None:
        assert box.checkBox().isChecked()
        next(b for b in box.buttons() if b.text() == "Disable").click()

    _when_modal(QMessageBox, confirm)
    dialog.disable_button.click()
    qtbot.waitUntil(lambda: "new key" in dialog.status.text(), timeout=60_000)
    assert context.practice.key != old_key
    with context.practice.session() as session:
        assert session.scalar(sa.select(Note.body)) == "sentinel in confidence"
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(practice.paths, "pieter", PIETER_PASSWORD)
