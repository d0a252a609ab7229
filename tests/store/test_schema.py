"""Alembic owns the schema; the models match it; old databases upgrade after a copy."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from clientmanager.services import practice as practice_service
from clientmanager.store import migrate
from clientmanager.store.engine import connect
from clientmanager.store.models import Base, Client, Consent, Note, Policy, utcnow
from tests.conftest import ADMIN, ADMIN_PASSWORD


# SQLAlchemy cannot reflect an index on strftime(...) (migration 0010t's birthday index,
# which only the migration declares, like the other expression indexes).
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_models_match_the_latest_migration(practice):
    with practice.engine.connect() as connection:
        differences = compare_metadata(
            MigrationContext.configure(connection, opts={"include_object": migrate.include_object}),
            Base.metadata,
        )
    assert differences == []
    assert migrate.current_revision(practice.engine) == migrate.head_revision()


def test_an_older_database_is_copied_then_upgraded(practice):
    paths, key = practice.paths, practice.key
    with practice.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0001")
    # Plain SQL: the ORM model describes the newest schema, which a 0001 table lacks.
    with practice.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO clients (kind, category, first_names, surname, mobile, is_restricted,"
            " created_at, updated_at) VALUES ('person', 'client', 'Pieter', 'van der Merwe',"
            " '+27821234567', 0, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    practice.close()

    upgraded = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        copy = upgraded.pre_upgrade_copy
        assert copy is not None and copy.exists() and copy.parent == paths.upgrade_backups
        assert copy.with_suffix(".keys").read_bytes() == paths.key_slots.read_bytes()
        assert migrate.current_revision(upgraded.engine) == migrate.head_revision()
        with upgraded.engine.connect() as connection:
            found = connection.exec_driver_sql(
                "SELECT rowid FROM client_search WHERE client_search MATCH '\"0821234\"*'"
            ).fetchall()
        assert len(found) == 1
    finally:
        upgraded.close()

    # The copy is the old database, encrypted under the same key and still at 0001.
    old = connect(copy, key)
    try:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT surname FROM clients").fetchall() == [("van der Merwe",)]
        assert old.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        old.close()


def test_a_finalised_record_of_advice_cannot_be_changed_or_deleted(practice):
    with practice.session() as session:
        client = Client(first_names="Ayesha", surname="Naidoo")
        session.add(client)
        session.flush()
        advice = Note(
            client_id=client.id,
            kind="advice",
            subject="Retirement annuity",
            recommendation="Allan Gray RA",
            finalised_at=utcnow(),
        )
        draft = Note(client_id=client.id, kind="advice", subject="Draft")
        session.add_all([advice, draft])
    with pytest.raises(sa.exc.IntegrityError, match="final and cannot be changed"):
        with practice.session() as session:
            session.get(Note, advice.id).recommendation = "Something else"
    with pytest.raises(sa.exc.IntegrityError, match="final and cannot be deleted"):
        with practice.session() as session:
            session.delete(session.get(Note, advice.id))
    with practice.session() as session:
        session.get(Note, draft.id).recommendation = "Still a draft, so this is fine"
    with practice.session() as session:
        assert session.get(Note, advice.id).recommendation == "Allan Gray RA"


def test_consent_entries_are_append_only(practice):
    with practice.session() as session:
        client = Client(first_names="Sipho", surname="Dlamini")
        session.add(client)
        session.flush()
        consent = Consent(
            client_id=client.id,
            purpose="direct_marketing",
            lawful_basis="consent",
            status="given",
            channel="email",
        )
        session.add(consent)
    with pytest.raises(sa.exc.IntegrityError, match="consent entries are history"):
        with practice.session() as session:
            session.get(Consent, consent.id).status = "withdrawn"


def _search(practice, query: str) -> list[int]:
    with practice.engine.connect() as connection:
        return [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT rowid FROM client_search WHERE client_search MATCH ? ORDER BY rowid",
                (query,),
            )
        ]


def test_search_index_follows_clients_and_policies(practice):
    with practice.session() as session:
        hélène = Client(
            first_names="Hélène",
            surname="Müller",
            id_number="8001015009087",
            email="helene.muller@webmail.co.za",
            mobile="+27831234567",
            date_of_birth=dt.date(1980, 1, 1),
        )
        session.add(hélène)
        session.flush()
        session.add(
            Policy(
                client_id=hélène.id,
                provider="Sanlam",
                policy_number="SL-7788123",
                product_type="life cover",
            )
        )
    client_id = hélène.id
    assert _search(practice, '"helene"*') == [client_id]  # diacritics folded
    assert _search(practice, '"mul"*') == [client_id]
    assert _search(practice, '"800101"*') == [client_id]
    assert _search(practice, '"0831234"*') == [client_id]
    assert _search(practice, '"27831234"*') == [client_id]
    assert _search(practice, '"helene.mu"*') == [client_id]
    assert _search(practice, '"sl"* AND "7788"*') == [client_id]

    with practice.session() as session:
        session.get(Client, client_id).surname = "Botha"
        session.execute(sa.update(Policy).values(policy_number="SL-9900"))
    assert _search(practice, '"muller"*') == []
    assert _search(practice, '"botha"*') == [client_id]
    assert _search(practice, '"7788"*') == []
    assert _search(practice, '"9900"*') == [client_id]

    with practice.session() as session:
        session.execute(sa.delete(Policy))
        session.delete(session.get(Client, client_id))
    assert _search(practice, '"botha"*') == []
