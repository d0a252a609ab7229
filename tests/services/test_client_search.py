"""Finding clients the way planners type, and loading a whole client card."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.errors import NotFound
from clientmanager.services.clients import load_client_card, search_clients
from clientmanager.store.models import (
    Asset,
    Client,
    ClientRelationship,
    Household,
    Liability,
    Note,
    Policy,
    utcnow,
)


@pytest.fixture
def people(practice):
    with practice.session() as session:
        household = Household(name="Nkosi-Ndlovu household")
        session.add(household)
        session.flush()
        lindiwe = Client(
            first_names="Lindiwe Grace",
            surname="Nkosi-Ndlovu",
            id_number="8001015009087",
            date_of_birth=dt.date(1980, 1, 1),
            mobile="+27825551234",
            email="lindiwe@webmail.co.za",
            household_id=household.id,
        )
        bongani = Client(
            first_names="Bongani",
            surname="Nkosi-Ndlovu",
            mobile="+27735550000",
            household_id=household.id,
        )
        helene = Client(first_names="Hélène", surname="Müller", email="helene@icloud.com")
        archived = Client(first_names="Lindiwe", surname="Old", archived_at=utcnow())
        trust = Client(
            kind="trust", entity_name="Mokoena Family Trust", registration_number="IT1234/2015"
        )
        session.add_all([lindiwe, bongani, helene, archived, trust])
        session.flush()
        session.add(
            Policy(
                client_id=lindiwe.id,
                provider="Discovery",
                policy_number="DL-5550123",
                product_type="life cover",
                cover_amount_cents=250_000_000,
            )
        )
        session.add(
            Asset(
                client_id=lindiwe.id,
                kind="property",
                description="Home in Durbanville",
                value_cents=320_000_000,
            )
        )
        session.add(
            Asset(
                client_id=lindiwe.id,
                kind="investment",
                description="Unit trusts (half)",
                value_cents=40_000_000,
                ownership_percent=50,
            )
        )
        session.add(
            Liability(
                client_id=lindiwe.id, kind="home_loan", lender="FNB", balance_cents=150_000_000
            )
        )
        session.add(
            ClientRelationship(client_id=lindiwe.id, related_client_id=bongani.id, kind="spouse")
        )
        for day in range(60):
            session.add(
                Note(
                    client_id=lindiwe.id,
                    subject=f"Note {day}",
                    occurred_at=dt.datetime(2024, 1, 1) + dt.timedelta(days=day),
                )
            )
    return {
        "lindiwe": lindiwe.id,
        "bongani": bongani.id,
        "helene": helene.id,
        "archived": archived.id,
        "trust": trust.id,
    }


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lin", ["lindiwe"]),
        ("nkosi", ["bongani", "lindiwe"]),
        ("nkosi-nd", ["bongani", "lindiwe"]),
        ("grace nk", ["lindiwe"]),
        ("helene", ["helene"]),
        ("MÜLL", ["helene"]),
        ("800101", ["lindiwe"]),
        ("082 555", ["lindiwe"]),
        ("+27 82 555 1", ["lindiwe"]),
        ("073", ["bongani"]),
        ("lindiwe@web", ["lindiwe"]),
        ("DL-5550", ["lindiwe"]),
        ("5550123", ["lindiwe"]),
        ("mokoena tr", ["trust"]),
        ("IT1234", ["trust"]),
        ("zzz", []),
        ("   ", []),
        ('"', []),
    ],
)
def test_search_as_planners_type(practice, people, typed, expected):
    with practice.session() as session:
        rows = search_clients(session, typed)
    assert sorted(row.id for row in rows) == sorted(people[name] for name in expected)


def test_archived_clients_are_left_out_unless_asked_for(practice, people):
    with practice.session() as session:
        assert [r.id for r in search_clients(session, "lindiwe")] == [people["lindiwe"]]
        found = {r.id for r in search_clients(session, "lindiwe", include_archived=True)}
    assert found == {people["lindiwe"], people["archived"]}


def test_results_are_sorted_by_name_and_limited(practice, people):
    with practice.session() as session:
        rows = search_clients(session, "nkosi", limit=1)
    assert [row.display_name for row in rows] == ["Bongani Nkosi-Ndlovu"]


def test_client_card_has_everything(practice, people):
    with practice.session() as session:
        card = load_client_card(session, people["lindiwe"])
    assert card.household.name == "Nkosi-Ndlovu household"
    assert [m.first_names for m in card.household_members] == ["Bongani"]
    assert [(link.kind, other.first_names) for link, other in card.relationships] == [
        ("spouse", "Bongani")
    ]
    assert [p.policy_number for p in card.policies] == ["DL-5550123"]
    assert card.total_assets_cents == 320_000_000 + 20_000_000
    assert card.net_worth_cents == 340_000_000 - 150_000_000
    assert card.note_count == 60 and len(card.notes) == 50
    assert card.notes[0].subject == "Note 59"  # newest first


def test_the_card_is_one_statement_whatever_the_client_has(practice, people):
    """The client, household, planner and every list in one statement (one round trip to
    an office server). Bongani has a household and nothing else; Lindiwe has policies,
    assets, liabilities and notes."""
    statements = []

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        statements.append(statement)

    sa.event.listen(practice.engine, "before_cursor_execute", count)
    try:
        with practice.session() as session:
            card = load_client_card(session, people["bongani"])
            full = len(statements)
            lindiwe = load_client_card(session, people["lindiwe"])
    finally:
        sa.event.remove(practice.engine, "before_cursor_execute", count)
    assert [m.first_names for m in card.household_members] == ["Lindiwe Grace"]
    assert card.policies == [] and card.notes == [] and card.note_count == 0
    assert card.risk_profile is None and card.addresses == []
    assert full == 1 and len(statements) == 2
    assert lindiwe.policies and lindiwe.assets and lindiwe.liabilities and lindiwe.notes


def test_a_missing_client_says_so(practice):
    with practice.session() as session, pytest.raises(NotFound):
        load_client_card(session, 424242)


# --- substring search (issue 15) and the first window without a full sort (issue 17) -------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0150090", ["lindiwe"]),  # the middle digits of 8001015009087
        ("9087", ["lindiwe"]),  # its last digits
        ("555 1234", ["lindiwe"]),  # a mobile number without its area code
        ("5550000", ["bongani"]),
        ("webmail", ["lindiwe"]),  # inside an e-mail address
        ("icloud", ["helene"]),
        ("5550123", ["lindiwe"]),  # a policy number's tail
        ("1234/20", ["trust"]),  # a registration number's middle
        ("01", []),  # too short to match inside a value, and no value starts with it
    ],
)
def test_numbers_and_addresses_match_anywhere(practice, people, typed, expected):
    with practice.session() as session:
        rows = search_clients(session, typed)
    assert sorted(row.id for row in rows) == sorted(people[name] for name in expected)


def test_a_search_for_the_middle_digits_of_an_id_number_finds_the_client(practice, people):
    with practice.session() as session:
        rows = search_clients(session, "10150")
    assert [row.display_name for row in rows] == ["Lindiwe Grace Nkosi-Ndlovu"]


def test_the_substring_index_follows_edits_and_deletions(practice, people):
    with practice.session() as session:
        client = session.get(Client, people["bongani"])
        client.mobile = "+27764440987"
        client.id_number = "9202205800081"
        session.add(
            Policy(
                client_id=client.id,
                provider="Sanlam",
                policy_number="SL-7788990",
                product_type="life cover",
            )
        )
    with practice.session() as session:
        assert [r.id for r in search_clients(session, "4440987")] == [people["bongani"]]
        assert [r.id for r in search_clients(session, "2205800")] == [people["bongani"]]
        assert [r.id for r in search_clients(session, "7788990")] == [people["bongani"]]
        assert search_clients(session, "5550000") == []  # the old number is gone
        policy = session.scalars(
            sa.select(Policy).where(Policy.policy_number == "SL-7788990")
        ).one()
        session.delete(policy)
    with practice.session() as session:
        assert search_clients(session, "7788990") == []
        session.delete(session.get(Client, people["helene"]))
    with practice.session() as session:
        assert search_clients(session, "icloud") == []


def test_every_word_must_match_somewhere(practice, people):
    with practice.session() as session:
        assert [r.id for r in search_clients(session, "lindiwe 9087")] == [people["lindiwe"]]
        assert search_clients(session, "bongani 9087") == []
        assert [r.id for r in search_clients(session, "nk webmail")] == [people["lindiwe"]]
