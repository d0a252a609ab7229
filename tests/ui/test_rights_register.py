"""The rights register dialog: record, extend and complete requests; overdue in red."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clientmanager.services.subject_requests import open_request
from clientmanager.store.models import Client, SubjectRequest
from clientmanager.ui.rights_register import OVERDUE_COLOUR, RightsRegisterDialog
from tests.ui.client_picking import choose, pick


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

    # A new deletion request from the client's record: the form names the client, and
    # explains that marketing stops at once.
    form = dialog.new_request(client_id)
    qtbot.waitUntil(
        lambda: form.picker.matches.currentText() == f"Sipho Nkosi-Ndlovu (client {client_id})",
        timeout=10_000,
    )
    form.kind.setCurrentIndex(form.kind.findData("deletion"))
    assert form.deletion_note.isVisibleTo(form) and "stop at once" in form.deletion_note.text()
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
        statuses = sorted((r.kind, r.status, r.client_id) for r in s.query(SubjectRequest))
    assert statuses == [("access", "done", client_id), ("deletion", "open", client_id)]
    dialog.show_closed.setChecked(False)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)


def test_a_client_named_on_the_record_is_shown_by_name(qtbot, context, practice) -> None:  # noqa: ANN001
    """Opened for a client (the record's "Rights request…"), the form shows who it is: the
    name and date of birth, not "Client 7"; the request is recorded against that client."""
    with practice.session() as s:
        s.add(Client(first_names="Someone", surname="Else"))
        client = Client(first_names="Thandeka", surname="Zulu", date_of_birth=dt.date(1985, 3, 3))
        s.add(client)
        s.flush()
        client_id = client.id
    dialog = _register(qtbot, context, practice)
    form = dialog.new_request(client_id)
    shown = f"Thandeka Zulu (client {client_id}, born 3 Mar 1985)"
    qtbot.waitUntil(lambda: form.picker.matches.currentText() == shown, timeout=10_000)
    texts = [form.picker.matches.itemText(i) for i in range(form.picker.matches.count())]
    assert texts == ["(not linked to a client)", shown]
    assert form.picker.matches.toolTip() == shown  # the whole of it, should the list be narrow
    qtbot.keyClicks(form.requested_by, "Thandeka Zulu")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    with practice.session() as s:
        assert [r.client_id for r in s.query(SubjectRequest)] == [client_id]


def test_a_request_from_someone_who_is_not_a_client(qtbot, context, practice) -> None:  # noqa: ANN001
    """The person need not be a client: after finding a client by name, the user can still
    choose "(not linked to a client)", and the request is recorded against nobody. Enter in
    the search finds the client; it does not record the form."""
    with practice.session() as s:
        client = Client(first_names="Sipho", surname="Nkosi")
        s.add(client)
        s.flush()
        client_id = client.id
    dialog = _register(qtbot, context, practice)
    form = dialog.new_request()
    picker = form.picker
    assert picker.matches.currentText() == "(not linked to a client)"
    assert picker.client_id is None
    qtbot.keyClicks(form.requested_by, "Sipho's neighbour")
    qtbot.keyClicks(picker.search, "Nkosi")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.client_id == client_id, timeout=10_000)  # the one match
    assert picker.matches.currentText() == f"Sipho Nkosi (client {client_id})"
    assert form.isVisible() and dialog.table.rowCount() == 0  # Enter did not press OK

    choose(qtbot, picker.matches, picker.matches.findText("(not linked to a client)"))
    assert picker.client_id is None
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    with practice.session() as s:
        request = s.query(SubjectRequest).one()
        assert (request.client_id, request.requested_by) == (None, "Sipho's neighbour")
    dialog.table.selectRow(0)
    assert not dialog.act_button.isEnabled()  # nothing to act on without a client


# --- acting on each right from the screen (issue 14) ---------------------------------------


def _acted(qtbot, dialog, practice, client_id: int, kind: str, folder, **fill):  # noqa: ANN001, ANN202
    """Record a request for ``kind`` with the client picked by name search, verify the
    requester, act on it through the screen and return the act dialog."""
    import sqlalchemy as sa

    with practice.session() as s:
        surname = s.get(Client, client_id).surname
    form = dialog.new_request()
    pick(qtbot, form.picker, surname, client_id)
    form.kind.setCurrentIndex(form.kind.findData(kind))
    qtbot.keyClicks(form.requested_by, "The client")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    with practice.session() as s:
        number = s.scalar(sa.select(sa.func.max(SubjectRequest.id)))
        assert s.get(SubjectRequest, number).client_id == client_id
    qtbot.waitUntil(lambda: any(r.id == number for r in dialog.requests), timeout=10_000)
    row = next(i for i, r in enumerate(dialog.requests) if r.id == number)
    dialog.table.selectRow(row)
    verify = dialog.verify_selected()
    qtbot.keyClicks(verify.method, "ID book seen")
    qtbot.mouseClick(verify.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not verify.isVisible(), timeout=10_000)
    qtbot.waitUntil(
        lambda: any(r.id == number and r.identity_verified_on for r in dialog.requests),
        timeout=10_000,
    )
    row = next(i for i, r in enumerate(dialog.requests) if r.id == number)
    dialog.table.selectRow(row)
    act = dialog.act_on_selected()
    act.letters.setText(str(folder))
    for name, value in fill.items():
        widget = getattr(act, name)
        if hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.setText(value)
    qtbot.mouseClick(act.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(act.done_text.text()) or act.error.isVisible(), timeout=20_000)
    assert not act.error.isVisible(), act.error.text()
    return act, number


def test_each_right_acted_on_from_the_screen(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    import sqlalchemy as sa

    from clientmanager.services import client_records, consents
    from clientmanager.services.consents import bulk_export_clause, marketing_allowed_clause
    from clientmanager.store.models import Goal, Task

    names = ("Objector", "Restrictor", "Optout", "Corrector", "Deleter")
    with practice.session() as s:
        ids = {}
        for name in names:
            client = Client(title="Mr", first_names="Pieter", surname=f"Van{name}",
                            email=f"{name.lower()}@example.co.za")  # fmt: skip
            s.add(client)
            s.flush()
            ids[name] = client.id
            consents.record_marketing_consent(
                s, actor=practice.actor, client_id=client.id, status="given",
                channel="paper_form", wording="Newsletter by e-mail?",
            )  # fmt: skip
        s.add_all([Goal(client_id=ids["Deleter"], kind="other", description="Boat"),
                   Task(client_id=ids["Deleter"], title="Call back")])  # fmt: skip
    with practice.session() as s:
        client_records.save_record(
            s, practice.actor, "policy", client_id=ids["Corrector"],
            values={"provider": "Old Mutual", "policy_number": "OM1",
                    "product_type": "life_cover", "status": "active"},
        )  # fmt: skip
    dialog = _register(qtbot, context, practice)
    letters = tmp_path / "letters"
    letters.mkdir()

    def allowed(clause) -> set[int]:  # noqa: ANN001
        with practice.session() as s:
            return set(s.scalars(sa.select(Client.id).where(clause)))

    for kind, name in (("objection", "Objector"), ("restriction", "Restrictor")):
        act, _ = _acted(qtbot, dialog, practice, ids[name], kind, letters)
        assert "closed" in act.done_text.text()
        assert ids[name] not in allowed(marketing_allowed_clause())
        assert ids[name] not in allowed(bulk_export_clause())
        act.accept()
    act, _ = _acted(qtbot, dialog, practice, ids["Optout"], "marketing_opt_out", letters)
    assert ids["Optout"] not in allowed(marketing_allowed_clause())
    act.accept()

    act, number = _acted(
        qtbot, dialog, practice, ids["Corrector"], "correction", letters,
        field="email", new_value="pieter@example.org",
    )  # fmt: skip
    act.grab().save(str(tmp_path / "act.png"))
    with practice.session() as s:
        assert s.get(Client, ids["Corrector"]).email == "pieter@example.org"
    assert (letters / f"correction-request-{number}.pdf").exists()
    (notice,) = letters.glob(f"s24-3-notice-{number}-*.pdf")
    assert "Old-Mutual" in notice.name
    act.accept()

    act, number = _acted(qtbot, dialog, practice, ids["Deleter"], "deletion", letters)
    with practice.session() as s:
        assert s.get(Client, ids["Deleter"]).email is None
        assert s.scalars(sa.select(Goal).where(Goal.client_id == ids["Deleter"])).all() == []
        assert s.scalars(sa.select(Task).where(Task.client_id == ids["Deleter"])).all() == []
    assert (letters / f"deletion-request-{number}.pdf").exists()
    texts = {p.name for p in letters.glob("*.pdf")}
    assert {"objection-request-1.pdf", "restriction-request-2.pdf"} <= texts
    act.accept()
