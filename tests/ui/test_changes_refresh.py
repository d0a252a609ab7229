"""A change made through an Operation refreshes the open screens without F5 (issue 12):
a rights request recorded in the rights register shows on Today and in the open audit
trail."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clientmanager.services import client_records as records
from clientmanager.ui.audit_viewer import AuditViewerDialog
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.operations import Changes
from clientmanager.ui.rights_register import RightsRegisterDialog
from clientmanager.ui.widgets import to_qdate

WAIT = 20_000


def test_a_rights_request_refreshes_today_and_the_audit_trail(qtbot, context, practice):  # noqa: ANN001
    with practice.session() as session:
        client_id = records.save_client(
            session, practice.actor, values={"first_names": "Lerato", "surname": "Mokoena"}
        )
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    assert not window.dashboard.requests.isVisible()
    trail = AuditViewerDialog(context)
    qtbot.addWidget(trail)
    trail.show()
    qtbot.waitUntil(lambda: trail.table.rowCount() > 0, timeout=WAIT)
    before = trail.table.rowCount()

    # Recorded where a practice records it: the rights register's own form.
    register = RightsRegisterDialog(context)
    qtbot.addWidget(register)
    register.show()
    qtbot.waitUntil(lambda: register.summary.text() != "Loading…", timeout=WAIT)
    form = register.new_request(client_id)
    # The form names the client it was opened for.
    qtbot.waitUntil(
        lambda: form.picker.matches.currentText() == f"Lerato Mokoena (client {client_id})",
        timeout=WAIT,
    )
    form.kind.setCurrentIndex(form.kind.findData("access"))
    # Received 35 days ago, so it is overdue: Today lists the overdue ones.
    form.received.setDate(to_qdate(dt.date.today() - dt.timedelta(days=35)))
    qtbot.keyClicks(form.requested_by, "Lerato Mokoena")
    qtbot.keyClicks(form.verification, "ID card seen at the office")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register.table.rowCount() == 1, timeout=WAIT)

    card = window.dashboard.requests
    qtbot.waitUntil(lambda: card.isVisible() and card.table.rowCount() == 1, timeout=WAIT)
    assert card.table.item(0, 0).text() == "Access request – Lerato Mokoena"
    qtbot.waitUntil(lambda: trail.table.rowCount() > before, timeout=WAIT)


def test_a_user_added_in_one_users_dialog_shows_in_another_and_in_the_trail(
    qtbot, context, practice
):  # noqa: ANN001, E501
    from PySide6.QtCore import Qt

    from clientmanager.ui.users_dialog import AddUserDialog, UsersDialog
    from tests.ui.test_users_dialog import PIETER_PASSWORD, _when_modal

    context.set_unlocked(practice)
    first, second = UsersDialog(context), UsersDialog(context)
    trail = AuditViewerDialog(context)
    for widget in (first, second, trail):
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitUntil(
        lambda: second.table.rowCount() == 1 and trail.table.rowCount() > 0, timeout=WAIT
    )
    before = trail.table.rowCount()

    def fill_in(add: AddUserDialog) -> None:
        qtbot.keyClicks(add.username.edit, "Pieter")
        qtbot.keyClicks(add.full_name.edit, "Pieter van Wyk")
        add.passwords.password.set_text(PIETER_PASSWORD)
        add.passwords.repeat.set_text(PIETER_PASSWORD)
        qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)

    _when_modal(AddUserDialog, fill_in)
    qtbot.mouseClick(first.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: first.table.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: second.table.rowCount() == 2, timeout=WAIT)
    assert "pieter" in [second.table.item(r, 0).text() for r in range(2)]
    qtbot.waitUntil(lambda: trail.table.rowCount() > before, timeout=WAIT)


def test_a_setting_saved_in_the_settings_dialog_shows_in_the_open_trail(qtbot, context, practice):  # noqa: ANN001, E501
    from tests.ui.test_settings_dialog import _dialog, _type

    settings = _dialog(qtbot, context, practice)  # unlocks the practice
    trail = AuditViewerDialog(context)
    qtbot.addWidget(trail)
    trail.show()
    qtbot.waitUntil(lambda: trail.table.rowCount() > 0, timeout=WAIT)
    before = trail.table.rowCount()
    _type(settings.fields["fsp_number"], "48211")
    settings.save()
    qtbot.waitUntil(lambda: settings.status.text() == "Saved.", timeout=WAIT)
    qtbot.waitUntil(lambda: trail.table.rowCount() > before, timeout=WAIT)
    assert any("setting" in trail.table.item(r, 3).text().lower() for r in range(3))


def test_a_task_saved_in_a_record_form_shows_on_today_and_reads_announce_nothing(
    qtbot,
    context,
    practice,  # noqa: ANN001
):
    from clientmanager.ui.forms import RecordDialog

    with practice.session() as session:
        client_id = records.save_client(
            session, practice.actor, values={"first_names": "Sipho", "surname": "Dube"}
        )
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    announced: list[Changes] = []
    context.changed.connect(announced.append)

    # Today's own loads announce nothing: if they did, every open screen would reload
    # for a read, Today among them, and again.
    shown = window.dashboard.dashboard
    window.dashboard.refresh()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not shown, timeout=WAIT)
    context.tasks.wait_until_idle()
    qtbot.wait(50)
    assert announced == []
    assert window.dashboard.tasks.table.rowCount() == 0

    dialog = RecordDialog(context, "task", client_id=client_id, parent=window)
    dialog.form.fields["title"].set_value("Send the quotation")
    dialog.form.fields["due_on"].set_value(dt.date.today().isoformat())
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()
    assert announced == [Changes.CLIENTS]
    table = window.dashboard.tasks.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=WAIT)
    assert "Send the quotation" in table.item(0, 0).text()
