"""The client card in one statement (issues 17 and 18): every list on it, in the order the
record shows it, with the values a query of each would load (dates, booleans, amounts,
sealed fields opened on the office server), on both stores."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.errors import NotFound
from clientmanager.services import client_records as records
from clientmanager.services.clients import load_client_card
from clientmanager.store.fieldcrypt import TEXT_PREFIX
from clientmanager.store.models import (
    Address,
    Asset,
    CashFlow,
    Client,
    ClientRelationship,
    Consent,
    Document,
    Goal,
    Household,
    Liability,
    Note,
    Policy,
    RiskProfile,
    Task,
)

pytestmark = pytest.mark.both_backends

NOTES = 53  # more than the card shows


def _columns(obj: object) -> dict:
    return {a.key: getattr(obj, a.key) for a in sa.inspect(type(obj)).column_attrs}


@pytest.fixture
def family(practice):
    """A client with something of every kind, a spouse and a child in the household."""
    with practice.session() as session:
        home = Household(name="Dlamini household", notes="Prefer meetings after 17:00")
        session.add(home)
        session.flush()
        lerato = Client(
            first_names="Lerato",
            surname="Dlamini",
            household_id=home.id,
            household_role="main",
            date_of_birth=dt.date(1980, 1, 1),
            planner_id=practice.actor.user_id,
            is_restricted=True,
            objected_at=dt.datetime(2026, 3, 4, 5, 6, 7, 890123),
        )
        sipho = Client(
            first_names="Sipho",
            surname="Dlamini",
            household_id=home.id,
            household_role="spouse",
            date_of_birth=dt.date(1978, 5, 6),
        )
        thabo = Client(
            first_names="Thabo",
            surname="Dlamini",
            household_id=home.id,
            household_role="dependant",
            date_of_birth=dt.date(2012, 7, 8),
        )
        stranger = Client(first_names="Anna", surname="Else")
        session.add_all([lerato, sipho, thabo, stranger])
        session.flush()
        session.add_all(
            [
                ClientRelationship(
                    client_id=lerato.id,
                    related_client_id=sipho.id,
                    kind="spouse",
                    notes="Married 2005",
                ),
                ClientRelationship(client_id=lerato.id, related_client_id=thabo.id, kind="child"),
                Address(
                    client_id=lerato.id,
                    kind="physical",
                    line1="1 Long Street",
                    city="Cape Town",
                    postal_code="8001",
                    country="ZA",
                ),
                Policy(
                    client_id=lerato.id,
                    provider="Sanlam",
                    policy_number="P-2",
                    product_type="life",
                    status="active",
                    premium_cents=45_000,
                    cover_amount_cents=2_500_000_000,
                    start_date=dt.date(2020, 2, 1),
                    notes="Beneficiary: Sipho",
                ),
                Policy(
                    client_id=lerato.id,
                    provider="Allan Gray",
                    policy_number="P-1",
                    product_type="ra",
                    status="active",
                    fund_value_cents=120_000_000,
                ),
                Asset(
                    client_id=lerato.id,
                    kind="property",
                    description="House",
                    value_cents=350_000_000,
                    valuation_date=dt.date(2025, 6, 30),
                ),
                Asset(
                    client_id=lerato.id, kind="vehicle", description="Car", value_cents=20_000_000
                ),
                Liability(
                    client_id=lerato.id, kind="bond", lender="FNB", balance_cents=150_000_000
                ),
                CashFlow(
                    client_id=lerato.id,
                    direction="income",
                    category="salary",
                    amount_cents=6_500_000,
                ),
                CashFlow(
                    client_id=lerato.id,
                    direction="expense",
                    category="groceries",
                    amount_cents=800_000,
                ),
                Goal(
                    client_id=lerato.id, kind="retirement", description="Retire at 60", priority=1
                ),
                RiskProfile(
                    client_id=lerato.id, assessed_on=dt.date(2020, 1, 1), category="conservative"
                ),
                RiskProfile(
                    client_id=lerato.id,
                    assessed_on=dt.date(2025, 1, 1),
                    category="moderate",
                    notes="After the inheritance",
                ),
                Task(
                    client_id=lerato.id,
                    title="Annual review",
                    due_on=dt.date(2026, 12, 1),
                    details="Bring the bond statement",
                ),
                Document(
                    client_id=lerato.id,
                    category="id_copy",
                    filename="id.pdf",
                    mime_type="application/pdf",
                    size_bytes=10,
                    sha256="0" * 64,
                    is_sensitive=True,
                ),
                Consent(
                    client_id=lerato.id,
                    purpose="marketing",
                    lawful_basis="consent",
                    status="given",
                    wording="May we send you news?",
                ),
                Note(client_id=stranger.id, subject="Not hers", body="Someone else's note"),
            ]
        )
        for n in range(NOTES):
            session.add(
                Note(
                    client_id=lerato.id,
                    kind="note",
                    subject=f"Note {n}",
                    body=f"Body {n}: confidential",
                    occurred_at=dt.datetime(2026, 1, 1) + dt.timedelta(days=n),
                )
            )
        session.flush()
        return lerato.id, sipho.id, thabo.id


def test_the_card_holds_what_a_query_of_each_kind_loads(practice, family):
    lerato, sipho, thabo = family
    with practice.session() as session:
        card = load_client_card(session, lerato)
        shown = {
            "client": _columns(card.client),
            "household": _columns(card.household),
            "planner": card.planner.username,
            "members": [m.id for m in card.household_members],
            "relationships": [
                (link.kind, other.id, link.notes) for link, other in card.relationships
            ],
            "policies": [p.policy_number for p in card.policies],
            "assets": [a.description for a in card.assets],
            "cash_flows": [c.category for c in card.cash_flows],
            "notes": [n.subject for n in card.notes],
        }
        # Attached to the session as if loaded: the same objects a query returns.
        assert session.get(Client, lerato) is card.client
        assert session.get(Policy, card.policies[0].id) is card.policies[0]
        assert not session.dirty and not session.new
    with practice.session() as session:
        expected_client = _columns(session.get(Client, lerato))
        expected_household = _columns(session.get(Household, expected_client["household_id"]))
        expected_notes = [
            n.subject
            for n in session.scalars(
                sa.select(Note).where(Note.client_id == lerato).order_by(Note.occurred_at.desc())
            )
        ][:50]
    assert shown["client"] == expected_client
    assert shown["client"]["objected_at"] == dt.datetime(2026, 3, 4, 5, 6, 7, 890123)
    assert shown["client"]["date_of_birth"] == dt.date(1980, 1, 1)
    assert shown["client"]["is_restricted"] is True
    assert shown["household"] == expected_household
    assert shown["household"]["notes"] == "Prefer meetings after 17:00"
    assert shown["planner"] == practice.actor.username
    assert shown["members"] == [sipho, thabo]  # by date of birth
    assert shown["relationships"] == [("child", thabo, None), ("spouse", sipho, "Married 2005")]
    assert shown["policies"] == ["P-1", "P-2"]  # by status, then provider
    assert shown["assets"] == ["House", "Car"]  # largest first
    assert shown["cash_flows"] == ["salary", "groceries"]  # income first
    assert shown["notes"] == expected_notes and shown["notes"][0] == f"Note {NOTES - 1}"
    assert card.note_count == NOTES
    assert card.notes[0].body == f"Body {NOTES - 1}: confidential"
    assert card.risk_profile.category == "moderate"
    assert card.risk_profile.notes == "After the inheritance"
    assert card.risk_profile.assessed_on == dt.date(2025, 1, 1)
    assert card.policies[1].cover_amount_cents == 2_500_000_000
    assert card.policies[1].start_date == dt.date(2020, 2, 1)
    assert card.policies[1].notes == "Beneficiary: Sipho"
    assert [t.details for t in card.tasks] == ["Bring the bond statement"]
    assert [d.is_sensitive for d in card.documents] == [True]
    assert [c.wording for c in card.consents] == ["May we send you news?"]
    assert [a.line1 for a in card.addresses] == ["1 Long Street"]
    assert [g.description for g in card.goals] == ["Retire at 60"]
    assert [li.lender for li in card.liabilities] == ["FNB"]
    assert card.net_worth_cents == 350_000_000 + 20_000_000 + 120_000_000 - 150_000_000
    if practice.on_server:  # the server holds the notes sealed; the card opened them
        with practice.engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT body FROM notes WHERE client_id = %(id)s LIMIT 1", {"id": lerato}
            ).scalar()
        assert stored.startswith(TEXT_PREFIX) and "confidential" not in stored


def test_a_client_with_nothing_but_a_name_and_one_that_is_gone(practice):
    with practice.session() as session:
        alone = records.save_client(
            session, practice.actor, values={"first_names": "Naledi", "surname": "Khumalo"}
        )
    with practice.session() as session:
        card = load_client_card(session, alone)
        assert card.client.display_name == "Naledi Khumalo"
        assert card.household is None and card.household_members == []
        assert card.notes == [] and card.note_count == 0 and card.risk_profile is None
        assert card.policies == card.tasks == card.relationships == []
        with pytest.raises(NotFound):
            load_client_card(session, 424242)
