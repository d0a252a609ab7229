"""Destroying and de-identifying a person: gone from the rows, the index and the file."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.errors import PermissionDenied
from clientmanager.services import erasure
from clientmanager.services.audit import Actor
from clientmanager.services.clients import search_clients
from clientmanager.store.models import (
    AuditEntry,
    Client,
    ClientRelationship,
    Document,
    DocumentContent,
    ErasureEntry,
    Note,
    Policy,
    utcnow,
)

SENTINEL = "ZEBRA-SENTINEL-7731"


def _client_with_history(practice) -> tuple[int, int]:
    with practice.session() as session:
        client = Client(
            first_names="Nomvula",
            surname="Zwelithini",
            id_number="8001015009087",
            email="nomvula@example.co.za",
            mobile="+27821234567",
        )
        spouse = Client(first_names="Sipho", surname="Zwelithini")
        session.add_all([client, spouse])
        session.flush()
        session.add_all(
            [
                ClientRelationship(client_id=client.id, related_client_id=spouse.id, kind="spouse"),
                ClientRelationship(client_id=spouse.id, related_client_id=client.id, kind="spouse"),
                Policy(
                    client_id=client.id,
                    provider="Sanlam",
                    policy_number="SL12345678",
                    product_type="life_cover",
                ),
                Note(
                    client_id=client.id,
                    kind="advice",
                    subject="Record of advice",
                    body=f"Advice {SENTINEL}",
                    finalised_at=utcnow(),
                ),
            ]
        )
        document = Document(
            client_id=client.id,
            category="id_copy",
            filename="id.pdf",
            mime_type="application/pdf",
            size_bytes=20,
            sha256="0" * 64,
        )
        session.add(document)
        session.flush()
        session.add(DocumentContent(document_id=document.id, content=f"%PDF {SENTINEL}".encode()))
        return client.id, spouse.id


def test_destroy_removes_every_row_and_the_search_entry(practice):
    client_id, spouse_id = _client_with_history(practice)
    with practice.session() as session:
        result = erasure.destroy_client(
            session, client_id=client_id, actor=practice.actor, reason="FAIS and FICA periods ended"
        )
    assert result.method == "destroyed" and result.rows_removed >= 3
    with practice.session() as session:
        assert session.get(Client, client_id) is None
        assert session.scalar(sa.select(sa.func.count()).select_from(Note)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(DocumentContent)) == 0
        assert (
            session.scalar(
                sa.select(sa.func.count()).where(ClientRelationship.related_client_id == client_id)
            )
            == 0
        )
        assert session.get(Client, spouse_id) is not None
        assert [row.id for row in search_clients(session, "SL1234")] == []
        assert [row.id for row in search_clients(session, "Nomvula")] == []
        ledger = session.scalars(sa.select(ErasureEntry)).one()
        assert (ledger.client_id, ledger.method) == (client_id, "destroyed")
        audit_entry = session.scalars(
            sa.select(AuditEntry).where(AuditEntry.action == "client.destroyed")
        ).one()
        assert "Nomvula" not in audit_entry.summary and SENTINEL not in audit_entry.summary
        erasure.truncate_wal(session)
    practice.engine.dispose()
    for path in practice.paths.data_dir.iterdir():
        if path.is_file():
            assert SENTINEL.encode() not in path.read_bytes(), path.name


def test_a_finalised_record_of_advice_still_cannot_be_deleted_directly(practice):
    client_id, _ = _client_with_history(practice)
    with pytest.raises(sa.exc.IntegrityError, match="final"), practice.session() as session:
        session.execute(sa.delete(Note).where(Note.client_id == client_id))


def test_deidentify_keeps_the_records_but_not_the_person(practice):
    client_id, spouse_id = _client_with_history(practice)
    with practice.session() as session:
        erasure.deidentify_client(
            session,
            client_id=client_id,
            actor=practice.actor,
            reason="Relationship ended; FAIS records kept",
        )
    with practice.session() as session:
        client = session.get(Client, client_id)
        assert client.surname == f"De-identified client {client_id}"
        assert (client.first_names, client.id_number, client.email, client.mobile) == (
            None,
            None,
            None,
            None,
        )
        assert session.scalar(sa.select(sa.func.count()).select_from(Policy)) == 1
        assert session.scalar(sa.select(sa.func.count()).select_from(Note)) == 1
        assert session.scalar(sa.select(sa.func.count()).select_from(Document)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(ClientRelationship)) == 0
        assert [row.id for row in search_clients(session, "Nomvula")] == []
        assert [row.id for row in search_clients(session, "8001015")] == []


def test_only_roles_that_approve_destruction_may_erase(practice):
    client_id, _ = _client_with_history(practice)
    planner = Actor(user_id=practice.actor.user_id, username="p", role="planner")
    with pytest.raises(PermissionDenied), practice.session() as session:
        erasure.destroy_client(session, client_id=client_id, actor=planner, reason="x")
    with practice.session() as session:
        assert session.get(Client, client_id) is not None


def test_replaying_the_ledger_erases_again_and_only_once(practice):
    client_id, spouse_id = _client_with_history(practice)
    entries = [
        ErasureEntry(
            client_id=client_id,
            method="destroyed",
            reason="retention",
            erased_at=dt.datetime(2026, 11, 1),
        ),
        ErasureEntry(
            client_id=spouse_id,
            method="deidentified",
            reason="retention",
            erased_at=dt.datetime(2026, 11, 2),
        ),
        ErasureEntry(
            client_id=999_999,
            method="destroyed",
            reason="never restored here",
            erased_at=dt.datetime(2026, 11, 3),
        ),
    ]
    with practice.session() as session:
        applied = erasure.replay_ledger(session, entries, actor=practice.actor)
    assert [(r.client_id, r.method) for r in applied] == [
        (client_id, "destroyed"),
        (spouse_id, "deidentified"),
    ]
    with practice.session() as session:
        assert session.get(Client, client_id) is None
        assert session.get(Client, spouse_id).first_names is None
        assert len(_ledger(session)) == 3
        assert erasure.replay_ledger(session, entries, actor=practice.actor) == []


def _ledger(session):
    """The erasure ledger's rows, oldest first."""
    import sqlalchemy as sa

    from clientmanager.store.models import ErasureEntry

    return list(session.scalars(sa.select(ErasureEntry).order_by(ErasureEntry.id)))
