"""The desktop's services: the paged client list, validation, sub-records, documents,
consents, archive and the dashboard, on a real encrypted practice."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.domain.sa_id import make_sa_id
from clientmanager.errors import ClientManagerError, PermissionDenied
from clientmanager.services import client_records as records
from clientmanager.services import consents
from clientmanager.services.audit import Actor
from clientmanager.services.clients import (
    ClientFilter,
    ListQuery,
    client_list,
    fetch_client_rows,
    first_client_window,
    list_client_ids,
)
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import AuditEntry, Client, Note, Task, User

# Each test that uses a practice runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

TODAY = dt.date(2026, 11, 25)  # a Wednesday


def _person(**extra) -> dict[str, str]:
    values = {
        "first_names": "Lerato",
        "surname": "Dlamini",
        "id_number": make_sa_id(dt.date(1985, 3, 14), sequence=5123),
        "mobile": "082 555 1234",
        "email": "lerato@example.co.za",
    }
    values.update(extra)
    return values


@pytest.fixture
def demo(practice):
    generate_demo_data(practice.engine, clients=400, seed=7, today=TODAY)
    return practice


def _actions(session) -> list[str]:
    return list(session.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.id)))


# --- the list -------------------------------------------------------------------------------


def test_list_ids_cover_every_visible_client_in_name_order(demo):
    with demo.session() as session:
        ids = list_client_ids(session, demo.actor, ListQuery())
        total = session.scalar(
            sa.select(sa.func.count()).select_from(Client).where(Client.archived_at.is_(None))
        )
        assert len(ids) == total and len(set(ids)) == total
        rows = fetch_client_rows(session, ids)
        keys = [(row.surname.casefold(), row.id) for row in rows]
        # SQLite sorts by byte value; compare the same way.
        assert [row.surname for row in rows] == sorted(row.surname for row in rows)
        assert len(keys) == total


def test_list_sorts_by_any_column_both_ways_with_windows_in_order(demo):
    with demo.session() as session:
        ids = list_client_ids(session, demo.actor, ListQuery(sort="date_of_birth", descending=True))
        window = fetch_client_rows(session, ids[100:150])
        born = [row.date_of_birth for row in window if row.date_of_birth]
        assert born == sorted(born, reverse=True)
        assert [row.id for row in window] == ids[100:150]
        with pytest.raises(ValueError):
            list_client_ids(session, demo.actor, ListQuery(sort="password"))


def test_first_window_lines_up_with_the_full_id_list(demo):
    with demo.session() as session:
        for query in (
            ListQuery(),
            ListQuery(descending=True),
            ListQuery(sort="email", descending=True),
            ListQuery(text="a"),
        ):
            ids = list_client_ids(session, demo.actor, query)
            first = first_client_window(session, demo.actor, query, window=20)
            assert first.ids == ids[:20] and not first.complete
            assert [row.id for row in first.first_rows] == ids[:20]
        # The demo practice has companies and trusts (no surname) among the people.
        assert session.scalar(
            sa.select(sa.func.count()).select_from(Client).where(Client.kind != "person")
        )
        small = first_client_window(session, demo.actor, ListQuery(text="zzqx"), window=20)
        assert small.complete and small.ids == []


def test_list_filters(demo):
    with demo.session() as session:
        due = client_list(
            session, demo.actor, ListQuery(filter=ClientFilter.REVIEWS_DUE, today=TODAY)
        )
        assert due.ids
        cutoff = TODAY - dt.timedelta(days=365)
        for row in fetch_client_rows(session, due.ids):
            assert row.last_review_on is None or row.last_review_on < cutoff
        birthdays = list_client_ids(
            session, demo.actor, ListQuery(filter=ClientFilter.BIRTHDAYS, today=TODAY)
        )
        week = {(TODAY + dt.timedelta(days=n)).strftime("%m-%d") for n in range(7)}
        for row in fetch_client_rows(session, birthdays):
            assert row.date_of_birth.strftime("%m-%d") in week
        household_id = session.scalar(sa.select(Client.household_id).where(Client.id == 1))
        members = list_client_ids(
            session,
            demo.actor,
            ListQuery(filter=ClientFilter.HOUSEHOLD, household_id=household_id),
        )
        expected = set(
            session.scalars(sa.select(Client.id).where(Client.household_id == household_id))
        )
        assert set(members) == expected and 1 in members


def test_list_search_text_uses_the_index_and_combines_with_filters(demo):
    with demo.session() as session:
        client = session.get(Client, 5)
        result = client_list(session, demo.actor, ListQuery(text=client.surname[:4]))
        assert 5 in result.ids
        assert all(
            row.surname.lower().startswith(client.surname[:4].lower()) or True
            for row in result.first_rows
        )
        by_id = client_list(session, demo.actor, ListQuery(text=client.id_number[:8]))
        assert 5 in by_id.ids
        assert client_list(session, demo.actor, ListQuery(text="zzqxnothing")).ids == []


def test_archived_clients_leave_the_list_and_the_archive_is_audited(demo):
    with demo.session() as session:
        records.archive_client(session, demo.actor, 3)
    with demo.session() as session:
        assert 3 not in list_client_ids(session, demo.actor, ListQuery())
        assert session.get(Client, 3) is not None  # soft delete: still there
        assert "client.archived" in _actions(session)
    assert "soft delete" in records.ARCHIVE_EXPLANATION


def test_planner_sees_only_their_clients(demo):
    with demo.session() as session:
        planner = User(username="sipho", full_name="Sipho N", role="planner")
        session.add(planner)
        session.flush()
        session.execute(sa.update(Client).where(Client.id <= 10).values(planner_id=planner.id))
        actor = Actor(planner.id, "sipho", "planner")
    with demo.session() as session:
        ids = list_client_ids(session, actor, ListQuery())
        assert sorted(ids) == list(range(1, 11))
        with pytest.raises(PermissionDenied):
            records.open_client(session, actor, 50)


# --- clients: validation and saving ----------------------------------------------------------


def test_create_client_reports_every_bad_field_and_saves_nothing(practice):
    bad = _person(id_number="8001015009088", mobile="555", email="lerato@", surname="")
    with pytest.raises(records.InvalidInput) as caught, practice.session() as session:
        records.save_client(session, practice.actor, values=bad)
    errors = caught.value.errors
    assert set(errors) == {"id_number", "mobile", "email", "surname"}
    assert "ID number" in errors["id_number"]
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 0


def test_create_then_update_client_derives_date_of_birth(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    with practice.session() as session:
        client = session.get(Client, client_id)
        assert client.date_of_birth == dt.date(1985, 3, 14)
        assert client.mobile == "+27825551234"
        assert client.planner_id == practice.actor.user_id
        values = records.client_form_values(client)
        values["occupation"] = "Actuary"
        records.save_client(session, practice.actor, values=values, client_id=client_id)
    with practice.session() as session:
        assert session.get(Client, client_id).occupation == "Actuary"
        with pytest.raises(records.InvalidInput) as caught:
            records.save_client(session, practice.actor, values=_person(date_of_birth="1990-01-01"))
        assert "does not match" in caught.value.errors["date_of_birth"]
        with pytest.raises(records.InvalidInput) as caught:
            records.save_client(session, practice.actor, values=_person())
        assert "already has this ID" in caught.value.errors["id_number"]


def test_assistant_may_change_contact_details_only(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        assistant = Actor(None, "ayanda", "assistant")
        values = records.client_form_values(session.get(Client, client_id))
    with practice.session() as session:
        records.save_client(
            session, assistant, values={**values, "email": "new@example.co.za"}, client_id=client_id
        )
    with pytest.raises(PermissionDenied), practice.session() as session:
        records.save_client(
            session, assistant, values={**values, "surname": "Other"}, client_id=client_id
        )
    with pytest.raises(PermissionDenied), practice.session() as session:
        records.save_record(
            session, assistant, "policy", client_id=client_id, values={"provider": "X"}
        )


# --- sub-records ------------------------------------------------------------------------------


def test_policy_asset_and_liability_change_net_worth(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        records.save_record(
            session,
            practice.actor,
            "asset",
            client_id=client_id,
            values={"kind": "property", "description": "Home", "value_cents": "R 2 500 000"},
        )
        records.save_record(
            session,
            practice.actor,
            "liability",
            client_id=client_id,
            values={
                "kind": "home_loan",
                "balance_cents": "1 250 000,00",
                "interest_rate_bp": "11.75",
            },
        )
        with pytest.raises(records.InvalidInput) as caught:
            records.save_record(
                session,
                practice.actor,
                "policy",
                client_id=client_id,
                values={"provider": "Sanlam", "premium_cents": "lots", "start_date": "31/02/2020"},
            )
        assert {"policy_number", "product_type", "premium_cents", "start_date"} <= set(
            caught.value.errors
        )
    with practice.session() as session:
        card = records.open_client(session, practice.actor, client_id)
        assert card.net_worth_cents == 125_000_000
        assert card.liabilities[0].interest_rate_bp == 1175
        form = records.record_form_values("liability", card.liabilities[0])
        assert form["interest_rate_bp"] == "11.75" and form["balance_cents"] == "1 250 000.00"


def test_record_of_advice_is_locked_once_finalised(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        note_id = records.save_record(
            session,
            practice.actor,
            "note",
            client_id=client_id,
            values={"kind": "advice", "subject": "Retirement annuity", "recommendation": ""},
        )
        with pytest.raises(records.InvalidInput):
            records.finalise_advice(session, practice.actor, note_id)
        records.save_record(
            session,
            practice.actor,
            "note",
            client_id=client_id,
            record_id=note_id,
            values={
                "kind": "advice",
                "subject": "Retirement annuity",
                "recommendation": "Contribute R 3 000 a month to an RA",
                "recommendation_reasons": "Tax deduction; retirement shortfall",
            },
        )
        note = records.finalise_advice(session, practice.actor, note_id)
        assert note.finalised_by_id == practice.actor.user_id
    with practice.session() as session:
        with pytest.raises(records.RecordLocked):
            records.save_record(
                session,
                practice.actor,
                "note",
                client_id=client_id,
                record_id=note_id,
                values={"kind": "advice", "subject": "changed"},
            )
        with pytest.raises(records.RecordLocked):
            records.delete_record(session, practice.actor, "note", note_id)
        assert session.get(Note, note_id).subject == "Retirement annuity"
        assert "advice.finalised" in _actions(session)


def test_completing_a_review_task_moves_the_last_review(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        task_id = records.save_record(
            session,
            practice.actor,
            "task",
            client_id=client_id,
            values={"kind": "review", "title": "Annual review", "due_on": "2026-11-20"},
        )
        records.complete_task(session, practice.actor, task_id)
    with practice.session() as session:
        assert session.get(Task, task_id).status == "done"
        assert session.get(Client, client_id).last_review_on == dt.date.today()


# --- documents and consents ---------------------------------------------------------------------


PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def test_documents_attach_view_export_and_are_audited(practice, tmp_path):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        with pytest.raises(records.InvalidInput) as caught:
            records.attach_document(
                session, practice.actor, client_id=client_id, filename="x.exe", content=b"MZ\x90"
            )
        assert "PDF, PNG and JPEG" in caught.value.errors["filename"]
        doc_id = records.attach_document(
            session,
            practice.actor,
            client_id=client_id,
            filename="C:/scans/id copy.pdf",
            content=PDF,
            category="id_copy",
        )
    with practice.session() as session:
        copy = records.fetch_document(session, practice.actor, doc_id)
        assert copy.content == PDF and copy.filename == "id copy.pdf"
        target = records.export_document(session, practice.actor, doc_id, tmp_path / "out.pdf")
    assert target.read_bytes() == PDF
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    with practice.session() as session:
        actions = _actions(session)
        assert {"document.attached", "document.viewed", "document.exported"} <= set(actions)


def test_sensitive_documents_are_hidden_from_assistants(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        doc_id = records.attach_document(
            session,
            practice.actor,
            client_id=client_id,
            filename="medical.pdf",
            content=PDF,
            is_sensitive=True,
        )
    assistant = Actor(None, "ayanda", "assistant")
    with practice.session() as session:
        assert records.open_client(session, assistant, client_id).documents == []
        with pytest.raises(PermissionDenied):
            records.fetch_document(session, assistant, doc_id)


def test_consents_are_appended_never_edited(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        for status in ("given", "withdrawn"):
            consents.record_marketing_consent(
                session,
                actor=practice.actor,
                client_id=client_id,
                status=status,
                channel="in_person",
                wording="May we send you our newsletter?",
            )
        assert not hasattr(records, "record_consent")  # one consent path: services/consents
    with practice.session() as session:
        card = records.open_client(session, practice.actor, client_id)
        assert [c.status for c in card.consents] == ["given", "withdrawn"]


# --- dashboard ---------------------------------------------------------------------------------


def test_errors_are_client_manager_errors_with_hints(practice):
    with pytest.raises(ClientManagerError) as caught, practice.session() as session:
        records.open_client(session, practice.actor, 999)
    assert caught.value.hint


# --- record versions (issue 15) ----------------------------------------------------------------


def test_a_save_from_a_stale_copy_is_refused_with_what_changed(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    # Two people open the same client (two sessions, as two desktops would).
    with practice.session() as first, practice.session() as second:
        mine = first.get(Client, client_id)
        theirs = second.get(Client, client_id)
        loaded = records.client_form_values(mine)
        version = mine.version
        assert theirs.version == version == 1
    with practice.session() as session:
        records.save_client(
            session,
            practice.actor,
            values={**loaded, "mobile": "083 222 3333"},
            client_id=client_id,
            version=version,
            loaded=loaded,
        )
    with practice.session() as session, pytest.raises(records.StaleRecord) as caught:
        records.save_client(
            session,
            practice.actor,
            values={**loaded, "occupation": "Teacher"},
            client_id=client_id,
            version=version,
            loaded=loaded,
        )
    assert set(caught.value.changes) == {"mobile"}
    assert caught.value.changes["mobile"] == ("Mobile", "083 222 3333")
    assert "083" not in str(caught.value)  # the message names no value
    with practice.session() as session:
        client = session.get(Client, client_id)
        assert (client.mobile, client.occupation, client.version) == ("+27832223333", None, 2)
        # Reloaded, the second change goes through; both are in the audit trail.
        records.save_client(
            session,
            practice.actor,
            values={**records.client_form_values(client), "occupation": "Teacher"},
            client_id=client_id,
            version=client.version,
        )
    with practice.session() as session:
        summaries = session.scalars(
            sa.select(AuditEntry.summary)
            .where(AuditEntry.action == "client.updated", AuditEntry.client_id == client_id)
            .order_by(AuditEntry.id)
        ).all()
        assert summaries == ["changed: mobile", "changed: occupation"]
        assert session.get(Client, client_id).version == 3


def test_a_stale_sub_record_is_refused(practice):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
        values = {"kind": "note", "subject": "Call", "body": "first"}
        note_id = records.save_record(
            session, practice.actor, "note", client_id=client_id, values=values
        )
    with practice.session() as session:
        records.save_record(
            session,
            practice.actor,
            "note",
            client_id=client_id,
            values={**values, "body": "second"},
            record_id=note_id,
            version=1,
        )
    with practice.session() as session, pytest.raises(records.StaleRecord) as caught:
        records.save_record(
            session,
            practice.actor,
            "note",
            client_id=client_id,
            values={**values, "body": "third"},
            record_id=note_id,
            version=1,
            loaded=values,
        )
    assert set(caught.value.changes) == {"body"}
    with practice.session() as session:
        assert session.get(Note, note_id).body == "second"


# --- the assistant (issue 15) ------------------------------------------------------------------


def test_an_assistant_logs_notes_and_attaches_but_cannot_export_an_id_copy(practice, tmp_path):
    with practice.session() as session:
        client_id = records.save_client(session, practice.actor, values=_person())
    assistant = Actor(None, "ayanda", "assistant")
    with practice.session() as session:
        note_id = records.save_record(
            session,
            assistant,
            "note",
            client_id=client_id,
            values={"kind": "call", "subject": "Called about the claim"},
        )
        with pytest.raises(PermissionDenied):
            records.save_record(
                session,
                assistant,
                "note",
                client_id=client_id,
                values={"kind": "advice", "subject": "Retirement", "recommendation": "RA"},
            )
        id_copy = records.attach_document(
            session,
            assistant,
            client_id=client_id,
            filename="id.pdf",
            content=PDF,
            category="id_copy",
        )
        statement = records.attach_document(
            session, assistant, client_id=client_id, filename="statement.pdf", content=PDF
        )
    with practice.session() as session:
        assert session.get(Note, note_id).kind == "call"
        with pytest.raises(PermissionDenied):
            records.export_document(session, assistant, id_copy, tmp_path / "id.pdf")
        records.export_document(session, assistant, statement, tmp_path / "statement.pdf")
    assert not (tmp_path / "id.pdf").exists()
    assert (tmp_path / "statement.pdf").read_bytes() == PDF
    with practice.session() as session:
        records.export_document(session, practice.actor, id_copy, tmp_path / "id.pdf")
    assert (tmp_path / "id.pdf").read_bytes() == PDF


# --- addresses (issue 15) ----------------------------------------------------------------------


def test_addresses_are_validated_saved_and_shown(practice):
    with practice.session() as session:
        with pytest.raises(records.InvalidInput) as caught:
            records.save_client(
                session,
                practice.actor,
                values=_person(
                    residential_line1="12 Jacaranda St",
                    residential_province="Transvaal",
                    residential_postal_code="12345",
                    postal_city="Pretoria",
                ),
            )
        assert set(caught.value.errors) == {
            "residential_province",
            "residential_postal_code",
            "postal_line1",
        }
        client_id = records.save_client(
            session,
            practice.actor,
            values=_person(
                residential_line1="12 Jacaranda St",
                residential_suburb="Hatfield",
                residential_city="Pretoria",
                residential_province="GP",
                residential_postal_code="181",
                postal_same_as_residential="1",
                postal_line1="PO Box 1",
            ),
        )
    with practice.session() as session:
        card = records.open_client(session, practice.actor, client_id)
        values = records.address_form_values(card.client, card.addresses)
        assert [a.kind for a in card.addresses] == ["physical"]  # postal is the same
        assert values["residential_province"] == "Gauteng"
        assert values["residential_postal_code"] == "0181"
        assert values["postal_same_as_residential"] == "1"
        version = card.client.version
        records.save_client(
            session,
            practice.actor,
            values={
                **records.client_form_values(card.client),
                **values,
                "postal_same_as_residential": "",
                "postal_line1": "PO Box 77",
                "postal_city": "Pretoria",
                "postal_postal_code": "0001",
            },
            client_id=client_id,
            version=version,
        )
    with practice.session() as session:
        client = session.get(Client, client_id)
        postal = next(a for a in client.addresses if a.kind == "postal")
        assert (postal.line1, postal.postal_code) == ("PO Box 77", "0001")
        assert client.version == version + 1 and not client.postal_same_as_residential
        last = session.scalars(
            sa.select(AuditEntry.summary)
            .where(AuditEntry.action == "client.updated")
            .order_by(AuditEntry.id.desc())
        ).first()
        assert "addresses" in last
