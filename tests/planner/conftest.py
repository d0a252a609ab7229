"""A practice with one well-documented household, for the planner's-year tests (issue 19)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from clientmanager.services.audit import Actor
from clientmanager.services.practice import OpenPractice
from clientmanager.store.models import (
    Address,
    Asset,
    CashFlow,
    Client,
    Goal,
    Household,
    Liability,
    Policy,
    Practice,
    RiskProfile,
    User,
)
from tests.conftest import ADMIN, ADMIN_PASSWORD

TODAY = dt.date(2026, 12, 1)


@dataclass(frozen=True)
class Seeded:
    client_id: int
    spouse_id: int
    policy_id: int
    admin: Actor


@pytest.fixture
def cli_env(practice: OpenPractice, monkeypatch) -> OpenPractice:
    """The fixture practice, reachable by `clientmanager` commands as the admin."""
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("CLIENTMANAGER_RECOVERY_CODE", raising=False)
    return practice


def seed_household(practice: OpenPractice) -> Seeded:
    with practice.session() as session:
        row = session.query(Practice).one()
        row.fsp_number = "45123"
        row.physical_address = "12 Kloof Street, Gardens, Cape Town, 8001"
        household = Household(name="Van der Merwe household")
        session.add(household)
        session.flush()
        client = Client(
            title="Mr",
            first_names="Pieter Johannes",
            surname="van der Merwe",
            id_number="7803155012089",
            date_of_birth=dt.date(1978, 3, 15),
            marital_status="married",
            marriage_regime="out_of_community_with_accrual",
            occupation="Civil engineer",
            email="pieter@example.co.za",
            mobile="+27821234567",
            household_id=household.id,
            household_role="main",
            last_review_on=dt.date(2025, 12, 10),
        )
        spouse = Client(
            first_names="Annelie",
            surname="van der Merwe",
            date_of_birth=dt.date(1980, 7, 2),
            household_id=household.id,
            household_role="spouse",
        )
        session.add_all([client, spouse])
        session.flush()
        session.add(
            Address(
                client_id=client.id,
                line1="4 Protea Avenue",
                suburb="Durbanville",
                city="Cape Town",
                province="Western Cape",
                postal_code="7550",
            )
        )
        policy = Policy(
            client_id=client.id,
            provider="Sanlam",
            policy_number="SL-778812",
            product_type="life_cover",
            premium_cents=145_000,
            premium_frequency="monthly",
            cover_amount_cents=350_000_000,
            start_date=dt.date(2019, 1, 14),
        )
        session.add(policy)
        session.add(
            Policy(
                client_id=client.id,
                provider="Allan Gray",
                policy_number="AG-RA-5521",
                product_type="retirement_annuity",
                premium_cents=300_000,
                premium_frequency="monthly",
                fund_value_cents=125_000_000,
                start_date=dt.date(2015, 6, 1),
            )
        )
        session.add_all(
            [
                Asset(
                    client_id=client.id,
                    kind="property",
                    description="Home in Durbanville",
                    value_cents=420_000_000,
                    ownership_percent=50,
                ),
                Asset(
                    client_id=client.id,
                    kind="cash",
                    description="Money market",
                    value_cents=8_500_000,
                ),
                Liability(
                    client_id=client.id,
                    kind="home_loan",
                    lender="Standard Bank",
                    balance_cents=180_000_000,
                    monthly_payment_cents=2_150_000,
                    interest_rate_bp=1125,
                ),
                CashFlow(
                    client_id=client.id,
                    direction="income",
                    category="salary",
                    description="Net salary",
                    amount_cents=6_500_000,
                ),
                CashFlow(
                    client_id=client.id,
                    direction="income",
                    category="bonus",
                    amount_cents=12_000_000,
                    frequency="annual",
                ),
                CashFlow(
                    client_id=client.id,
                    direction="expense",
                    category="household",
                    description="Groceries and utilities",
                    amount_cents=1_800_000,
                ),
                Goal(
                    client_id=client.id,
                    kind="retirement",
                    description="Retire at 60 in Hermanus",
                    target_amount_cents=1_200_000_000,
                    target_date=dt.date(2038, 3, 31),
                    priority=1,
                ),
                Goal(
                    client_id=client.id,
                    kind="education",
                    description="University for Mia",
                    target_amount_cents=60_000_000,
                    target_date=dt.date(2031, 1, 15),
                ),
                RiskProfile(
                    client_id=client.id,
                    assessed_on=dt.date(2025, 12, 10),
                    score=62,
                    category="moderately_aggressive",
                    method="FinaMetrica-style questionnaire",
                ),
            ]
        )
        session.flush()
        admin = session.query(User).filter_by(username=ADMIN).one()
        return Seeded(client.id, spouse.id, policy.id, Actor(admin.id, admin.username, admin.role))
