"""The client summary / fact-find PDF (issue 19): what a planner prints for a review.

Loaded with the same :func:`load_client_card` the client record shows, so the summary and
the screen agree, and turned into display text for ``reports/client_summary.py``. Printing
a summary is audited (the audit line names the document, never its content).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.money import format_amount
from clientmanager.domain.retention import age_on
from clientmanager.services import audit
from clientmanager.services.addressee import address_parts
from clientmanager.services.audit import Actor
from clientmanager.services.clients import ClientCard, load_client_card
from clientmanager.services.permissions import require_client_access
from clientmanager.store.files import write_atomically
from clientmanager.store.models import ClientTag, Tag


def _label(value: str | None) -> str:
    return (value or "").replace("_", " ").capitalize()


def _date(value: dt.date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def _money(cents: int | None) -> str:
    return format_amount(cents) if cents is not None else ""


def monthly_cents(amount_cents: int, frequency: str) -> int:
    return amount_cents // 12 if frequency == "annual" else amount_cents


def _name(client) -> str:  # noqa: ANN001 (a Client)
    return client.display_name or f"Client {client.id}"


def summary_data(session: Session, actor: Actor, client_id: int, *, today: dt.date | None = None):
    """The :class:`ClientSummary` of one client (plain text, ready for the PDF)."""
    from clientmanager.reports.client_summary import ClientSummary, Table

    require_client_access(session, actor, client_id)
    today = today or dt.date.today()
    card: ClientCard = load_client_card(session, client_id)
    client = card.client
    personal = [
        (
            "Name",
            " ".join(p for p in (client.title, client.first_names, client.surname) if p)
            if client.kind == "person"
            else client.entity_name or "",
        ),
        ("Preferred name", client.preferred_name or ""),
        ("Kind", _label(client.kind)),
        ("SA ID number", client.id_number or ""),
        ("Passport", client.passport_number or ""),
        ("Registration number", client.registration_number or ""),
        (
            "Date of birth",
            f"{_date(client.date_of_birth)} (age {age_on(client.date_of_birth, today)})"
            if client.date_of_birth
            else "",
        ),
        ("Marital status", _label(client.marital_status)),
        ("Marriage regime", _label(client.marriage_regime)),
        ("Occupation", client.occupation or ""),
        ("Employer", client.employer or ""),
        ("Income tax number", client.tax_number or ""),
        ("Mobile", _phone(client.mobile)),
        ("E-mail", client.email or ""),
        ("Home phone", _phone(client.home_phone)),
        ("Work phone", _phone(client.work_phone)),
        ("Planner", card.planner.full_name if card.planner else ""),
        ("Client since", _date(client.relationship_start)),
        ("Last review", _date(client.last_review_on)),
    ]
    household_rows = [
        (
            _name(member),
            _label(member.household_role),
            _date(member.date_of_birth),
            str(age_on(member.date_of_birth, today)) if member.date_of_birth else "",
        )
        for member in card.household_members
    ]
    household_rows += [
        (_name(other), _label(link.kind), _date(other.date_of_birth), "")
        for link, other in card.relationships
        if other.household_id is None or other.household_id != client.household_id
    ]
    addresses = [
        (
            _label(address.kind),
            ", ".join(address_parts(address)),
        )
        for address in card.addresses
    ]
    policies = [
        (
            policy.provider,
            policy.policy_number,
            _label(policy.product_type),
            _label(policy.status),
            f"{_money(policy.premium_cents)} {policy.premium_frequency or ''}".strip(),
            _money(policy.cover_amount_cents),
            _money(policy.fund_value_cents),
            _date(policy.start_date),
        )
        for policy in card.policies
    ]
    assets = [
        (
            _label(asset.kind),
            asset.description,
            f"{asset.ownership_percent}%",
            _money(asset.value_cents * asset.ownership_percent // 100),
        )
        for asset in card.assets
    ]
    if card.policy_values_cents:
        assets.append(
            ("Policies", "Fund values of active policies", "", _money(card.policy_values_cents))
        )
    liabilities = [
        (
            _label(liability.kind),
            liability.lender or "",
            _money(liability.monthly_payment_cents),
            f"{liability.interest_rate_bp / 100:.2f}%" if liability.interest_rate_bp else "",
            _money(liability.balance_cents),
        )
        for liability in card.liabilities
    ]
    income = [f for f in card.cash_flows if f.direction == "income"]
    expenses = [f for f in card.cash_flows if f.direction == "expense"]
    monthly_income = sum(monthly_cents(f.amount_cents, f.frequency) for f in income)
    monthly_expenses = sum(monthly_cents(f.amount_cents, f.frequency) for f in expenses)

    def flow_rows(flows):  # noqa: ANN001, ANN202
        return [
            (
                _label(flow.category),
                flow.description or "",
                _label(flow.frequency),
                _money(flow.amount_cents),
                _money(monthly_cents(flow.amount_cents, flow.frequency)),
            )
            for flow in flows
        ]

    goals = [
        (
            _label(goal.kind),
            goal.description,
            _money(goal.target_amount_cents),
            _date(goal.target_date),
            {1: "High", 2: "Medium", 3: "Low"}.get(goal.priority, str(goal.priority)),
            _label(goal.status),
        )
        for goal in card.goals
    ]
    risk = card.risk_profile
    risk_rows = (
        [
            ("Category", _label(risk.category)),
            ("Score", "" if risk.score is None else str(risk.score)),
            ("Assessed on", _date(risk.assessed_on)),
            ("Method", risk.method or ""),
            ("Notes", risk.notes or ""),
        ]
        if risk
        else []
    )
    tags = list(
        session.scalars(
            sa.select(Tag.name)
            .join(ClientTag, ClientTag.tag_id == Tag.id)
            .where(ClientTag.client_id == client_id)
            .order_by(Tag.name)
        )
    )
    flow_headers = ("Category", "Description", "Frequency", "Amount", "Per month")
    return ClientSummary(
        client_name=_name(client),
        prepared_on=today,
        prepared_by=actor.username,
        personal=personal,
        household=Table(("Name", "Role", "Born", "Age"), household_rows, (3, 2, 2, 1)),
        addresses=Table(("Kind", "Address"), addresses, (1, 5)),
        policies=Table(
            ("Provider", "Number", "Product", "Status", "Premium", "Cover", "Value", "Start"),
            policies,
            (2.2, 1.8, 1.8, 1.2, 2, 1.9, 1.9, 1.5),
        ),
        assets=Table(
            ("Kind", "Description", "Share", "Value"),
            assets,
            (1.5, 4, 1, 2),
            totals=[("Total assets", _money(card.total_assets_cents))],
        ),
        liabilities=Table(
            ("Kind", "Lender", "Monthly payment", "Rate", "Balance"),
            liabilities,
            (1.8, 2.5, 1.8, 1, 2),
            totals=[("Total liabilities", _money(card.total_liabilities_cents))],
        ),
        net_worth=[
            ("Total assets", _money(card.total_assets_cents)),
            ("Total liabilities", _money(card.total_liabilities_cents)),
            ("Net worth", _money(card.net_worth_cents)),
        ],
        income=Table(flow_headers, flow_rows(income), (1.6, 3, 1.2, 1.6, 1.6)),
        expenses=Table(flow_headers, flow_rows(expenses), (1.6, 3, 1.2, 1.6, 1.6)),
        cash_flow=[
            ("Income per month", _money(monthly_income)),
            ("Expenses per month", _money(monthly_expenses)),
            ("Surplus per month", _money(monthly_income - monthly_expenses)),
        ],
        goals=Table(
            ("Kind", "Goal", "Target", "By", "Priority", "Status"),
            goals,
            (1.4, 3.5, 1.6, 1.4, 1, 1.1),
        ),
        risk_profile=risk_rows,
        tags=tags,
    )


def client_summary_pdf(
    session: Session, actor: Actor, client_id: int, *, today: dt.date | None = None
) -> bytes:
    """The summary as PDF bytes (in memory: never a temporary file); the print is audited."""
    from clientmanager.reports.client_summary import build_client_summary
    from clientmanager.services.subject_requests import practice_letterhead

    data = summary_data(session, actor, client_id, today=today)
    content = build_client_summary(practice_letterhead(session), data)
    audit.record_print(session, actor=actor, what="client summary", client_id=client_id)
    return content


def write_client_summary(
    session: Session, actor: Actor, client_id: int, out: Path, *, today: dt.date | None = None
) -> Path:
    """Write the summary to ``out`` atomically (temp file in the target folder, rename)."""
    content = client_summary_pdf(session, actor, client_id, today=today)
    write_atomically(Path(out), content)
    return Path(out)


def _phone(value: str | None) -> str:
    """Stored as +27…; printed the way a South African reads it (082 555 1234)."""
    from clientmanager.domain.phone import format_phone_for_display

    return format_phone_for_display(value) if value else ""
