"""Opening a client through the record window: the card first, then its audit entry in its
own transaction (issues 17 and 18), on the practice in one file and on the office server."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.errors import ClientManagerError
from clientmanager.services import audit
from clientmanager.services import client_records as records
from clientmanager.store.models import AuditEntry
from clientmanager.ui.client_record import ClientRecordView

pytestmark = pytest.mark.both_backends

WAIT = 20_000


@pytest.fixture
def view(qtbot, context, practice):
    context.set_unlocked(practice)
    record = ClientRecordView(context)
    qtbot.addWidget(record)
    record.show()
    return record


def _client(practice, **values: str) -> int:
    with practice.session() as session:
        client_id = records.save_client(
            session,
            practice.actor,
            values={"first_names": "Lerato", "surname": "Dlamini", **values},
        )
        records.save_record(
            session,
            practice.actor,
            "note",
            client_id=client_id,
            values={"kind": "meeting", "subject": "First meeting", "body": "Wants an RA"},
        )
    return client_id


def _openings(practice, client_id: int) -> list[AuditEntry]:
    with practice.session() as session:
        return list(
            session.scalars(
                sa.select(AuditEntry)
                .where(AuditEntry.action == "client.opened", AuditEntry.client_id == client_id)
                .order_by(AuditEntry.id)
            )
        )


def test_opening_a_record_shows_the_card_and_then_audits_the_view(qtbot, view, context, practice):
    client_id = _client(practice)
    view.open_client(client_id)
    qtbot.waitUntil(lambda: view.card is not None, timeout=WAIT)
    assert view.name_label.text() == "Lerato Dlamini"
    assert [note.body for note in view.card.notes] == ["Wants an RA"]
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    opened = _openings(practice, client_id)
    assert [(entry.username, entry.client_id) for entry in opened] == [
        (practice.actor.username, client_id)
    ]
    with practice.session() as session:
        report = audit.verify_chain(session)
        assert report.ok, report.describe()
        assert report.head == opened[0].entry_hash  # the last link of the chain
    # A reload after a change is not another opening; opening again is.
    view.reload()
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    assert len(_openings(practice, client_id)) == 1
    view.open_client(client_id)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    assert len(_openings(practice, client_id)) == 2
    assert view.card is not None and view.card.client.id == client_id


def test_a_view_that_cannot_be_audited_is_taken_off_the_screen(
    qtbot, view, context, practice, monkeypatch
):
    client_id = _client(practice)

    def refuse(session, actor, opened_id):  # noqa: ANN001
        raise ClientManagerError("The audit trail could not be written.", hint="Try again.")

    monkeypatch.setattr(records, "record_opening", refuse)
    view.open_client(client_id)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    assert view.card is None
    assert view.name_label.text() == "This client could not be opened"
    assert "audit trail could not be written" in view.facts_label.text()
    assert view.form.fields["surname"].value() == ""  # nothing of the record stays shown
    assert not view.tabs.isTabEnabled(1)
    assert _openings(practice, client_id) == []


def test_no_opening_is_recorded_for_a_client_that_could_not_be_read(qtbot, view, context, practice):
    view.open_client(424242)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    assert view.card is None
    assert view.name_label.text() == "This client could not be opened"
    assert _openings(practice, 424242) == []


def test_user_names_are_read_with_the_first_card_and_again_after_a_change_to_users(
    qtbot, view, context, practice
):
    from clientmanager.services import users
    from clientmanager.ui.operations import Changes

    client_id = _client(practice)
    view.open_client(client_id)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    assert set(view.users.values()) == {"Thandi Mokoena"}
    added = users.add_user(
        practice,
        username="pieter",
        full_name="Pieter Botha",
        role="planner",
        password="Rooibos and rusks 2026",
    )
    context.changed.emit(Changes.USERS)  # what the users dialog (or a server notice) says
    view.open_client(client_id)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    assert view.users[added.id] == "Pieter Botha"
    assert "Pieter Botha" in [owner.full_name for owner in view.planner_choices]
