"""The rights register dialog: record, extend and complete requests; overdue in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clientmanager.services.subject_requests import open_request
from clientmanager.store.models import Client, SubjectRequest
from clientmanager.ui.rights_register import OVERDUE_COLOUR, RightsRegisterDialog


def _register(qtbot, context, practice) -> RightsRegisterDialog:  # noqa: ANN001
    context.set_unlocked(practice)
    dialog = RightsRegisterDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.summary.text() != "Loading…", timeout=10_000)
    return dialog


def test_record_extend_and_complete(qtbot, context, practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        client = Client(first_names="Sipho", surname="Nkosi-Ndlovu")
        s.add(client)
        s.flush()
        client_id = client.id
        open_request(
            s, actor=practice.actor, client_id=client_id, kind="access", requested_by="Sipho",
            received_on=dt.date.today() - dt.timedelta(days=45),
        )  # fmt: skip
    dialog = _register(qtbot, context, practice)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 7).text() == "Overdue"
    assert dialog.table.item(0, 7).foreground().color() == OVERDUE_COLOUR
    assert "1 overdue" in dialog.summary.text()

    # A new deletion request: the form explains that nothing is deleted now.
    form = dialog.new_request(client_id)
    form.kind.setCurrentIndex(form.kind.findData("deletion"))
    assert (
        form.deletion_note.isVisibleTo(form) and "Nothing is deleted" in form.deletion_note.text()
    )
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)  # "requested by" is empty
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert "Requested by" in form.error.text()
    qtbot.keyClicks(form.requested_by, "Sipho Nkosi-Ndlovu")
    qtbot.keyClicks(form.verification, "ID card seen at the office")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)
    dialog.grab().save("/tmp/rights_register.png")

    # Extend the overdue one (row 0: open requests are sorted by due date).
    dialog.table.selectRow(0)
    extend = dialog.extend_selected()
    qtbot.keyClicks(extend.reason, "Records are in off-site storage")
    qtbot.mouseClick(extend.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not extend.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: "(extended)" in dialog.table.item(0, 6).text(), timeout=10_000)
    assert dialog.table.item(0, 7).text() == "Open"  # no longer overdue
    dialog.table.selectRow(0)
    assert not dialog.extend_button.isEnabled()  # only one extension (PAIA s57)

    complete = dialog.complete_selected()
    qtbot.keyClicks(complete.outcome, "Package handed over in person.")
    qtbot.mouseClick(complete.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 open request" in dialog.summary.text(), timeout=10_000)
    with practice.session() as s:
        statuses = sorted((r.kind, r.status) for r in s.query(SubjectRequest))
    assert statuses == [("access", "done"), ("deletion", "open")]
    dialog.show_closed.setChecked(False)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
