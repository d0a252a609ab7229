"""Possible duplicates…: compare two records side by side and merge them, as a user would."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import Qt

from clientmanager.domain import make_sa_id
from clientmanager.store.models import AuditEntry, Client, Note, Policy, utcnow
from clientmanager.ui.duplicates_dialog import DuplicatesDialog

ID_NUMBER = make_sa_id(dt.date(1979, 9, 9), sequence=5555)


def _pair(practice) -> tuple[int, int]:  # noqa: ANN001
    with practice.session() as session:
        kept = Client(
            first_names="Priya", surname="Naidoo", id_number=ID_NUMBER, occupation="Nurse"
        )
        other = Client(
            first_names="Priya",
            surname="Naidoo",
            id_number=ID_NUMBER,
            email="priya@example.co.za",
            occupation="Engineer",
        )
        session.add_all([kept, other])
        session.flush()
        session.add(
            Policy(client_id=other.id, provider="Sanlam", policy_number="S-1", product_type="life")
        )
        advice = Note(client_id=other.id, kind="advice", subject="RA advice", body="Advised an RA")
        session.add(advice)
        session.flush()
        advice.finalised_at = utcnow()
        return kept.id, other.id


def test_merge_two_records_side_by_side(qtbot, context, practice):
    kept_id, other_id = _pair(practice)
    context.set_unlocked(practice)
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "same SA ID number"
    assert not dialog.merge_button.isEnabled()  # not before the user confirms
    assert "1 finalised record(s) of advice are copied" in dialog.moves.text()
    assert "Moves to the kept record: 1 policy." in dialog.moves.text()
    differing = [dialog.fields.item(r, 0).text() for r in range(dialog.fields.rowCount())]
    assert differing == ["Occupation", "E-mail"]
    assert dialog.choices() == {"occupation": "survivor", "email": "other"}

    dialog.choose("occupation", "other")
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert dialog.merge_button.isEnabled()
    qtbot.wait(50)
    dialog.grab().save("/tmp/duplicates_dialog.png")
    with qtbot.waitSignal(dialog.clients_merged, timeout=10_000) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    result = merged.args[0]
    assert (result.survivor_id, result.other_id) == (kept_id, other_id)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=10_000)
    assert "No possible duplicates" in dialog.list_hint.text()
    assert f"Merged client #{other_id} into #{kept_id}" in dialog.done_label.text()
    qtbot.wait(50)
    dialog.grab().save("/tmp/duplicates_dialog_done.png")

    with practice.session() as session:
        kept = session.get(Client, kept_id)
        assert (kept.occupation, kept.email) == ("Engineer", "priya@example.co.za")
        assert session.scalar(sa.select(Policy.client_id)) == kept_id
        assert (
            session.scalar(
                sa.select(sa.func.count()).where(Note.client_id == kept_id, Note.kind == "advice")
            )
            == 1
        )
        assert session.get(Client, other_id).archived_at is not None
        assert (
            session.scalar(sa.select(sa.func.count()).where(AuditEntry.action == "client.merged"))
            == 1
        )


def test_keeping_the_other_record_swaps_the_columns(qtbot, context, practice):
    kept_id, other_id = _pair(practice)
    context.set_unlocked(practice)
    dialog = DuplicatesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    qtbot.mouseClick(dialog.keep_second, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview.survivor.id == other_id, timeout=10_000)
    assert dialog.choices() == {"occupation": "survivor", "email": "survivor"}
    assert "The other record is then removed." in dialog.moves.text()
