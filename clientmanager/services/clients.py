"""Finding clients and loading what a planner sees about one.

Search is built for type-ahead over a large practice: an FTS5 prefix query over name,
SA ID, phones, email and policy numbers (never ``LIKE '%..%'`` scans), returning light
rows rather than ORM objects. A client card is a handful of indexed queries.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.sa_id import parse_sa_id
from clientmanager.errors import NotFound
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
    User,
)

DEFAULT_SEARCH_LIMIT = 50
RECENT_NOTES_ON_CARD = 50


@dataclass(frozen=True)
class ClientRow:
    """One line of a client list: enough to recognise the person, nothing more."""

    id: int
    display_name: str
    surname: str
    id_number: str | None
    mobile: str | None
    email: str | None
    date_of_birth: dt.date | None
    last_review_on: dt.date | None
    household_id: int | None


_ROW_COLUMNS = (
    Client.id,
    Client.kind,
    Client.first_names,
    Client.preferred_name,
    Client.surname,
    Client.entity_name,
    Client.id_number,
    Client.mobile,
    Client.email,
    Client.date_of_birth,
    Client.last_review_on,
    Client.household_id,
)


def _row(values: sa.Row) -> ClientRow:
    (
        client_id,
        kind,
        first_names,
        preferred,
        surname,
        entity,
        id_number,
        mobile,
        email,
        date_of_birth,
        last_review_on,
        household_id,
    ) = values
    if kind == "person":
        display = f"{preferred or first_names or ''} {surname or ''}".strip()
        sort_name = surname or ""
    else:
        display = entity or ""
        sort_name = entity or ""
    return ClientRow(
        client_id,
        display,
        sort_name,
        id_number,
        mobile,
        email,
        date_of_birth,
        last_review_on,
        household_id,
    )


# --- search ---------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\s]+")
_PHONE_LIKE = re.compile(r"^\+?[\d\s()-]{3,}$")


def _fts_terms(text: str) -> list[str]:
    """Turn what a planner typed into FTS5 prefix terms.

    Phone numbers are typed with spaces ("082 555"), so a query that looks like a phone
    number is joined into one term; a leading +27 is indexed without the plus.
    """
    text = text.strip()
    if not text:
        return []
    if _PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        digits = "".join(ch for ch in text if ch.isdigit())
        return [f'"{digits}"*']
    terms = []
    for token in _TOKEN.findall(text):
        cleaned = token.replace('"', "").strip("-+()")
        if cleaned:
            terms.append(f'"{cleaned}"*')
    return terms


def search_clients(
    session: Session,
    text: str,
    *,
    limit: int = DEFAULT_SEARCH_LIMIT,
    include_archived: bool = False,
) -> list[ClientRow]:
    """Clients matching every word typed, as a prefix of any searchable field, by name."""
    terms = _fts_terms(text)
    if not terms:
        return []
    matches = sa.text("SELECT rowid FROM client_search WHERE client_search MATCH :query")
    matching_ids = (
        matches.bindparams(query=" AND ".join(terms))
        .columns(sa.column("rowid", sa.Integer))
        .subquery()
    )
    sort_name = sa.func.coalesce(Client.surname, Client.entity_name)
    query = (
        sa.select(*_ROW_COLUMNS)
        .join(matching_ids, matching_ids.c.rowid == Client.id)
        .order_by(sort_name, Client.first_names, Client.id)
        .limit(limit)
    )
    if not include_archived:
        query = query.where(Client.archived_at.is_(None))
    return [_row(values) for values in session.execute(query)]


def find_by_id_number(session: Session, id_number: str) -> ClientRow | None:
    """Exact lookup by SA ID number, validated first so a typo says what is wrong."""
    number = parse_sa_id(id_number).number
    values = session.execute(
        sa.select(*_ROW_COLUMNS).where(Client.id_number == number).limit(1)
    ).first()
    return _row(values) if values else None


# --- the client card ------------------------------------------------------------------------


@dataclass
class ClientCard:
    """Everything the client record shows, loaded at once."""

    client: Client
    household: Household | None
    household_members: list[Client]
    relationships: list[tuple[ClientRelationship, Client]]
    addresses: list[Address]
    policies: list[Policy]
    assets: list[Asset]
    liabilities: list[Liability]
    cash_flows: list[CashFlow]
    goals: list[Goal]
    risk_profile: RiskProfile | None
    notes: list[Note]
    tasks: list[Task]
    documents: list[Document]
    consents: list[Consent]
    planner: User | None
    note_count: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def total_assets_cents(self) -> int:
        return sum(asset.value_cents * asset.ownership_percent // 100 for asset in self.assets)

    @property
    def total_liabilities_cents(self) -> int:
        return sum(liability.balance_cents for liability in self.liabilities)

    @property
    def net_worth_cents(self) -> int:
        return self.total_assets_cents - self.total_liabilities_cents


def load_client_card(session: Session, client_id: int) -> ClientCard:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound(
            "That client is no longer in the practice.",
            hint="They may have been merged or erased. Search again.",
        )

    def for_client(model, *order):  # noqa: ANN001, ANN202
        return list(
            session.scalars(sa.select(model).where(model.client_id == client_id).order_by(*order))
        )

    household = session.get(Household, client.household_id) if client.household_id else None
    members = (
        list(
            session.scalars(
                sa.select(Client)
                .where(Client.household_id == client.household_id, Client.id != client_id)
                .order_by(Client.date_of_birth)
            )
        )
        if client.household_id
        else []
    )
    relationships = list(
        session.execute(
            sa.select(ClientRelationship, Client)
            .join(Client, Client.id == ClientRelationship.related_client_id)
            .where(ClientRelationship.client_id == client_id)
            .order_by(ClientRelationship.kind)
        )
    )
    notes = list(
        session.scalars(
            sa.select(Note)
            .where(Note.client_id == client_id)
            .order_by(Note.occurred_at.desc())
            .limit(RECENT_NOTES_ON_CARD)
        )
    )
    note_count = (
        session.scalar(
            sa.select(sa.func.count()).select_from(Note).where(Note.client_id == client_id)
        )
        or 0
    )
    risk_profile = session.scalars(
        sa.select(RiskProfile)
        .where(RiskProfile.client_id == client_id)
        .order_by(RiskProfile.assessed_on.desc())
        .limit(1)
    ).first()
    return ClientCard(
        client=client,
        household=household,
        household_members=members,
        relationships=[(link, other) for link, other in relationships],
        addresses=for_client(Address, Address.id),
        policies=for_client(Policy, Policy.status, Policy.provider),
        assets=for_client(Asset, Asset.value_cents.desc()),
        liabilities=for_client(Liability, Liability.balance_cents.desc()),
        cash_flows=for_client(CashFlow, CashFlow.direction.desc(), CashFlow.amount_cents.desc()),
        goals=for_client(Goal, Goal.priority),
        risk_profile=risk_profile,
        notes=notes,
        tasks=list(
            session.scalars(
                sa.select(Task)
                .where(Task.client_id == client_id)
                .order_by(Task.status, Task.due_on)
            )
        ),
        documents=for_client(Document, Document.uploaded_at.desc()),
        consents=for_client(Consent, Consent.purpose, Consent.recorded_at),
        planner=session.get(User, client.planner_id) if client.planner_id else None,
        note_count=note_count,
    )
