"""The demo practice: realistic, valid, searchable, and all-or-nothing."""

from __future__ import annotations

import datetime as dt

import phonenumbers
import pytest
import sqlalchemy as sa

from clientmanager.domain.sa_id import parse_sa_id
from clientmanager.paths import PracticePaths
from clientmanager.services.clients import load_client_card, search_clients
from clientmanager.services.demo import generate_demo_data
from clientmanager.services.practice import check_practice, create_practice
from clientmanager.store.models import (
    Client,
    ClientRelationship,
    Document,
    DocumentContent,
    Household,
    Note,
    Policy,
)
from tests.conftest import ADMIN_PASSWORD

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo_practice(practice):
    summary = generate_demo_data(practice.engine, clients=600, seed=7, today=TODAY)
    return practice, summary


def test_it_adds_exactly_the_clients_asked_for_and_everything_a_practice_holds(demo_practice):
    practice, summary = demo_practice
    counts = summary.as_dict()
    assert counts["clients"] == 600
    for table in (
        "households",
        "policies",
        "assets",
        "liabilities",
        "cash_flows",
        "goals",
        "risk_profiles",
        "notes",
        "tasks",
        "consents",
        "documents",
        "relationships",
    ):
        assert counts.get(table, 0) > 0, table
    report = check_practice(practice)
    assert report.ok, report.problems
    assert report.counts["clients"] == 600


def test_every_person_has_a_valid_sa_id_matching_their_birth_date_and_gender(demo_practice):
    practice, _ = demo_practice
    with practice.sessions() as session:
        people = session.execute(
            sa.select(Client.id_number, Client.date_of_birth, Client.gender).where(
                Client.kind == "person"
            )
        ).all()
    assert len(people) > 550
    numbers = [number for number, _born, _gender in people]
    assert len(set(numbers)) == len(numbers), "demo ID numbers must be unique"
    for number, born, gender in people:
        parsed = parse_sa_id(number, today=TODAY)
        assert parsed.date_of_birth == born
        assert parsed.gender == gender


def test_mobiles_are_valid_south_african_numbers_in_e164(demo_practice):
    practice, _ = demo_practice
    with practice.sessions() as session:
        mobiles = session.scalars(sa.select(Client.mobile).where(Client.mobile.is_not(None)))
        mobiles = list(mobiles)
    assert len(mobiles) > 300
    for mobile in mobiles:
        number = phonenumbers.parse(mobile)
        assert number.country_code == 27 and phonenumbers.is_valid_number(number), mobile


def test_households_have_spouses_and_dependants_linked_both_ways(demo_practice):
    practice, _ = demo_practice
    with practice.sessions() as session:
        kinds = dict(
            session.execute(
                sa.select(ClientRelationship.kind, sa.func.count()).group_by(
                    ClientRelationship.kind
                )
            ).all()
        )
        dependants = session.scalar(
            sa.select(sa.func.count()).where(Client.household_role == "dependant")
        )
        households = session.scalar(sa.select(sa.func.count()).select_from(Household))
    assert kinds["spouse"] % 2 == 0 and kinds["spouse"] > 0
    assert kinds["child"] == kinds["parent"] > 0
    assert dependants > 0 and households < 600


def test_policy_numbers_are_searchable_and_notes_span_years(demo_practice):
    practice, _ = demo_practice
    with practice.sessions() as session:
        policy = session.scalars(sa.select(Policy).order_by(Policy.id.desc()).limit(1)).one()
        found = search_clients(session, policy.policy_number)
        oldest, newest = session.execute(
            sa.select(sa.func.min(Note.occurred_at), sa.func.max(Note.occurred_at))
        ).one()
        finalised_advice = session.scalar(
            sa.select(sa.func.count()).where(Note.kind == "advice", Note.finalised_at.is_not(None))
        )
        card = load_client_card(session, policy.client_id)
    assert policy.client_id in [row.id for row in found]
    assert (newest - oldest).days > 2 * 365
    assert finalised_advice > 0
    assert policy.policy_number in [p.policy_number for p in card.policies]


def test_documents_are_real_pdfs_inside_the_database(demo_practice):
    practice, _ = demo_practice
    with practice.sessions() as session:
        document, content = session.execute(
            sa.select(Document, DocumentContent.content)
            .join(DocumentContent, DocumentContent.document_id == Document.id)
            .limit(1)
        ).one()
    assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
    assert document.size_bytes == len(content)


def _id_numbers(practice) -> list[str]:
    with practice.sessions() as session:
        return list(
            session.scalars(
                sa.select(Client.id_number).where(Client.id_number.is_not(None)).order_by(Client.id)
            )
        )


def test_the_same_seed_gives_the_same_practice(practice, tmp_path):
    generate_demo_data(practice.engine, clients=50, seed=11, today=TODAY)
    twin, _code = create_practice(
        paths=PracticePaths(tmp_path / "twin"),
        practice_name="Twin",
        admin_username="twin",
        admin_password=ADMIN_PASSWORD,
    )
    try:
        generate_demo_data(twin.engine, clients=50, seed=11, today=TODAY)
        assert _id_numbers(twin) == _id_numbers(practice)
    finally:
        twin.close()


def test_a_second_run_adds_to_the_practice_without_colliding(practice):
    generate_demo_data(practice.engine, clients=50, seed=11, today=TODAY)
    second = generate_demo_data(practice.engine, clients=30, seed=11, today=TODAY)
    numbers = _id_numbers(practice)
    with practice.sessions() as session:
        total = session.scalar(sa.select(sa.func.count()).select_from(Client))
    assert second.as_dict()["clients"] == 30 and total == 80
    assert len(set(numbers)) == len(numbers)


def test_an_interrupted_run_leaves_the_practice_as_it_was(practice):
    def stop_after_first_batch(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_demo_data(practice.engine, clients=2500, progress=stop_after_first_batch)
    with practice.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(Policy)) == 0


def _client_indexes(practice) -> list[tuple[str, str]]:
    with practice.engine.connect() as connection:
        return sorted(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'index' "
                "AND tbl_name = 'clients' AND sql IS NOT NULL"
            ).all()
        )


def _search_triggers(practice) -> list[str]:
    with practice.engine.connect() as connection:
        return sorted(
            connection.exec_driver_sql(
                "SELECT name FROM sqlite_schema WHERE type = 'trigger' "
                "AND name LIKE 'client_search%'"
            ).scalars()
        )


def test_the_search_triggers_are_back_after_a_bulk_load(practice):
    before = _search_triggers(practice)
    generate_demo_data(practice.engine, clients=40, seed=3, today=TODAY)
    assert _search_triggers(practice) == before and len(before) == 6
    with practice.session() as session:
        client = session.scalars(sa.select(Client).where(Client.kind == "person").limit(1)).one()
        client.surname = "Quibblethwaite"
    with practice.sessions() as session:
        assert [row.id for row in search_clients(session, "Quibble")] == [client.id]


def test_an_interrupted_bulk_load_keeps_the_search_triggers_and_the_client_indexes(practice):
    triggers, indexes = _search_triggers(practice), _client_indexes(practice)

    def interrupt(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_demo_data(practice.engine, clients=2500, progress=interrupt)
    assert _search_triggers(practice) == triggers
    assert _client_indexes(practice) == indexes and len(indexes) >= 14


def _statements_of(practice, work) -> list[str]:  # noqa: ANN001
    seen: list[str] = []

    def note(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(statement)

    sa.event.listen(practice.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        sa.event.remove(practice.engine, "before_cursor_execute", note)
    return seen


def test_a_big_load_builds_the_client_indexes_after_it_and_a_small_one_keeps_them(practice):
    before = _client_indexes(practice)
    assert len(before) >= 14  # names, numbers, dates: the ones a load writes at random
    first = _statements_of(
        practice, lambda: generate_demo_data(practice.engine, clients=60, seed=5, today=TODAY)
    )
    assert _client_indexes(practice) == before
    dropped = [s for s in first if s.startswith("DROP INDEX")]
    assert len(dropped) == len(before)
    assert sum(s.startswith("CREATE INDEX") for s in first) == len(before)
    # The indexes answer as before: a lookup by SA ID number uses its own.
    with practice.engine.connect() as connection:
        plan = " ".join(
            str(row[-1])
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM clients WHERE id_number = '8001015009087'"
            )
        )
    assert "ix_clients_id_number" in plan
    # Thirty more into sixty: the indexes stay, and take the new clients as they come.
    second = _statements_of(
        practice, lambda: generate_demo_data(practice.engine, clients=30, seed=6, today=TODAY)
    )
    assert not [s for s in second if s.startswith(("DROP INDEX", "CREATE INDEX"))]
    assert _client_indexes(practice) == before
    report = check_practice(practice)
    assert report.ok, report.problems


def test_people_with_a_spouse_are_married(demo_practice):
    practice, _ = demo_practice
    with practice.sessions() as session:
        statuses = set(
            session.scalars(
                sa.select(Client.marital_status)
                .join(ClientRelationship, ClientRelationship.client_id == Client.id)
                .where(ClientRelationship.kind == "spouse")
            )
        )
    assert statuses == {"married"}
