"""Households and the people around a client: spouse or partner, dependants, beneficiaries;
and around a company or trust: its directors, its trustees and beneficiaries.

A link ``ClientRelationship(client_id=X, related_client_id=Y, kind=K)`` reads "X is the K
of Y". A spouse or partner is linked both ways, so both records show it; a dependant or
beneficiary Y of X is stored as "Y is the dependant of X". A person known only by name (a
child, a beneficiary) becomes a client record of category ``related``: their information
is held, so it is subject to the same rights and retention as anyone else's. A company or
trust has no household: "Y is the director of the company X", "Y is a trustee (or a
beneficiary) of the trust X" are links only, and Y may be a client or a name only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.client_fields import CLIENT_FIELD_BY_KEY, parse_value
from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.clients import search_clients
from clientmanager.services.permissions import (
    Permission,
    get_client,
    require,
    require_client_access,
)
from clientmanager.store.models import Client, ClientRelationship, Household

PARTNER_KINDS = ("spouse", "partner")
MEMBER_KINDS = ("dependant", "beneficiary")
# The people of a company or trust (FICA identifies them beside the entity itself).
ENTITY_KINDS = {"company": ("director",), "trust": ("trustee", "beneficiary")}
KIND_LABELS = {
    "spouse": "Spouse",
    "partner": "Partner",
    "dependant": "Dependant",
    "beneficiary": "Beneficiary",
    "child": "Child",
    "parent": "Parent",
    "director": "Director",
    "trustee": "Trustee",
    # Seen from the other end of a one-way link: what this client is to that person.
    "supports": "This client is their dependant",
    "benefits_from": "This client is their beneficiary",
    "directs": "This client is a director",
    "trustee_of": "This client is a trustee",
}
# "X is the parent of Y": seen from X, Y is the child. "X is the dependant of Y": seen from
# X, Y is not X's dependant but the one X depends on.
_INVERSE = {
    "parent": "child",
    "child": "parent",
    "dependant": "supports",
    "beneficiary": "benefits_from",
    "director": "directs",
    "trustee": "trustee_of",
}
# The kinds a link is shown under from its other end: changed or removed from either
# record, but its kind is chosen on the record it was made on.
_ONE_WAY = ("dependant", "beneficiary", "director", "trustee")
SEEN_FROM_THE_OTHER_END = frozenset(_INVERSE[kind] for kind in _ONE_WAY)


def seen_from_this_end(kind: str) -> str:
    """The kind of the person at the other end of a link "this client is the ``kind`` of
    them", as this client's record shows them (a label in KIND_LABELS where one exists)."""
    return _INVERSE.get(kind, kind)


def kinds_for(client_kind: str) -> tuple[str, ...]:
    """The relationships a client of ``client_kind`` can be given from its own record."""
    return ENTITY_KINDS.get(client_kind, (*PARTNER_KINDS, *MEMBER_KINDS))


@dataclass(frozen=True)
class Member:
    client_id: int
    name: str
    kind: str  # spouse, partner, dependant, beneficiary, or a household role
    label: str
    date_of_birth: dt.date | None
    name_only: bool  # a related person, not a client in their own right


@dataclass(frozen=True)
class HouseholdView:
    client_id: int
    household_id: int | None
    household_name: str | None
    members: list[Member]
    kind: str = "person"  # the client's: a company's or trust's people are not a household


@dataclass(frozen=True)
class PersonMatch:
    client_id: int
    name: str
    date_of_birth: dt.date | None


def _editable(session: Session, actor: Actor, client_id: int) -> Client:
    require(actor, Permission.CLIENT_EDIT)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    if client.archived_at is not None:
        raise ClientManagerError("This client is archived.", hint="Restore the client first.")
    return client


def household_view(session: Session, actor: Actor, client_id: int) -> HouseholdView:
    """The client's household and every person linked to them, both ways."""
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    found: dict[int, tuple[Client, str]] = {}
    for link, other in session.execute(
        sa.select(ClientRelationship, Client)
        .join(Client, Client.id == ClientRelationship.related_client_id)
        .where(ClientRelationship.client_id == client_id)
    ):
        found[other.id] = (other, seen_from_this_end(link.kind))
    for link, other in session.execute(
        sa.select(ClientRelationship, Client)
        .join(Client, Client.id == ClientRelationship.client_id)
        .where(ClientRelationship.related_client_id == client_id)
    ):
        found.setdefault(other.id, (other, link.kind))
    if client.household_id is not None:
        for other in session.scalars(
            sa.select(Client).where(
                Client.household_id == client.household_id,
                Client.id != client_id,
                Client.archived_at.is_(None),
            )
        ):
            found.setdefault(other.id, (other, other.household_role or "member"))
    members = [
        Member(
            other.id,
            other.display_name,
            kind,
            KIND_LABELS.get(kind, kind.replace("_", " ").capitalize()),
            other.date_of_birth,
            other.category == "related",
        )
        for other, kind in found.values()
    ]
    order = {
        "spouse": 0,
        "partner": 0,
        "director": 0,
        "trustee": 0,
        "dependant": 1,
        "child": 1,
        "beneficiary": 2,
    }
    members.sort(key=lambda m: (order.get(m.kind, 3), m.name))
    household = session.get(Household, client.household_id) if client.household_id else None
    return HouseholdView(
        client_id, client.household_id, household.name if household else None, members, client.kind
    )


def find_people(
    session: Session, actor: Actor, text: str, *, exclude: int | None = None
) -> list[PersonMatch]:
    """Clients whose name matches what was typed, for a picker (never by internal number)."""
    require(actor, Permission.CLIENT_READ)
    rows = search_clients(session, text, limit=30) if text.strip() else []
    visible = []
    for row in rows:
        if row.id == exclude:
            continue
        try:
            require_client_access(session, actor, row.id)
        except ClientManagerError:
            continue
        visible.append(PersonMatch(row.id, row.display_name, row.date_of_birth))
    return visible


def create_household(session: Session, actor: Actor, client_id: int, name: str = "") -> int:
    """Start a household with this client as its main member; returns its id."""
    client = _editable(session, actor, client_id)
    if client.kind in ENTITY_KINDS:
        raise ClientManagerError(
            "A company or trust has no household.",
            hint="Link its directors, or its trustees and beneficiaries, to it instead.",
        )
    if client.household_id is not None:
        return client.household_id
    name = " ".join(name.split()) or f"{client.surname or client.display_name} household"
    if len(name) > 200:
        raise ValidationError("Household name", "is too long (at most 200 characters)")
    household = Household(name=name)
    session.add(household)
    session.flush()
    client.household_id = household.id
    client.household_role = "main"
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="household.created",
        client_id=client_id,
        summary=f"household #{household.id}",
    )
    return household.id


def _link(session: Session, from_id: int, to_id: int, kind: str) -> None:
    exists = session.scalar(
        sa.select(ClientRelationship.id).where(
            ClientRelationship.client_id == from_id,
            ClientRelationship.related_client_id == to_id,
            ClientRelationship.kind == kind,
        )
    )
    if exists is None:
        session.add(ClientRelationship(client_id=from_id, related_client_id=to_id, kind=kind))


def _unlink(session: Session, a: int, b: int) -> int:
    links = session.scalars(
        sa.select(ClientRelationship).where(
            sa.or_(
                sa.and_(
                    ClientRelationship.client_id == a, ClientRelationship.related_client_id == b
                ),
                sa.and_(
                    ClientRelationship.client_id == b, ClientRelationship.related_client_id == a
                ),
            )
        )
    ).all()
    for link in links:
        session.delete(link)
    return len(links)


def _name_only_person(
    session: Session, first_names: str, surname: str, date_of_birth: str, planner_id: int | None
) -> Client:
    errors = []
    values = {}
    for key, raw in (
        ("first_names", first_names),
        ("surname", surname),
        ("date_of_birth", date_of_birth),
    ):
        try:
            values[key] = parse_value(CLIENT_FIELD_BY_KEY[key], raw)
        except ValidationError as exc:
            errors.append(exc)
    if errors:
        raise errors[0]
    person = Client(kind="person", category="related", planner_id=planner_id, **values)
    session.add(person)
    session.flush()
    return person


def add_person(
    session: Session,
    actor: Actor,
    client_id: int,
    kind: str,
    *,
    other_id: int | None = None,
    first_names: str = "",
    surname: str = "",
    date_of_birth: str = "",
) -> int:
    """Link a spouse or partner (an existing client), or add a dependant or beneficiary (an
    existing client, or a name only); for a company, a director, and for a trust, a trustee
    or beneficiary (a client, or a name only). Returns the other person's client id."""
    client = _editable(session, actor, client_id)
    if kind not in kinds_for(client.kind):
        if client.kind == "company":
            raise ValidationError("Relationship", "a company's people are its directors")
        if client.kind == "trust":
            raise ValidationError("Relationship", "choose trustee or beneficiary")
        raise ValidationError("Relationship", "choose spouse, partner, dependant or beneficiary")
    if other_id is None:
        if kind in PARTNER_KINDS:
            raise ValidationError(
                "Spouse or partner", "choose the client from the practice (search by name)"
            )
        other = _name_only_person(session, first_names, surname, date_of_birth, client.planner_id)
    else:
        if other_id == client_id:
            raise ValidationError("Person", "choose someone other than the client")
        require_client_access(session, actor, other_id)
        other = get_client(session, other_id)
    if client.kind in ENTITY_KINDS:  # no household: a link only
        _link(session, other.id, client_id, kind)
    else:
        household_id = client.household_id or create_household(session, actor, client_id)
        if kind in PARTNER_KINDS:
            if other.household_id not in (None, household_id):
                raise ClientManagerError(
                    "{name} is in another household.",
                    hint="Remove them from that household first, then link them here.",
                    name=other.display_name,
                )
            other.household_id = household_id
            other.household_role = "spouse"
            _link(session, client_id, other.id, kind)
            _link(session, other.id, client_id, kind)
        else:
            if kind == "dependant" and other.household_id in (None, household_id):
                other.household_id = household_id
                other.household_role = "dependant"
            _link(session, other.id, client_id, kind)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="relationship.added",
        client_id=client_id,
        summary=f"{kind}: client #{other.id}",
    )
    return other.id


def change_person(session: Session, actor: Actor, client_id: int, other_id: int, kind: str) -> None:
    """Change how someone relates to the client (e.g. a dependant who is now a beneficiary).
    A one-way link (this client is the other's dependant, beneficiary, director or trustee)
    is changed from the other's record, where its kind was chosen."""
    _editable(session, actor, client_id)
    one_way = session.scalar(
        sa.select(ClientRelationship.kind).where(
            ClientRelationship.client_id == client_id,
            ClientRelationship.related_client_id == other_id,
            ClientRelationship.kind.in_(_ONE_WAY),
        )
    )
    if one_way is not None:
        raise ClientManagerError(
            "This relationship is kept on {name}'s record.",
            hint="Open {name} and change it there.",
            name=get_client(session, other_id).display_name,
        )
    _unlink(session, client_id, other_id)
    session.flush()
    add_person(session, actor, client_id, kind, other_id=other_id)


def remove_person(session: Session, actor: Actor, client_id: int, other_id: int) -> None:
    """Remove the links between the client and someone; they leave the household too.
    Nobody's record is deleted (a name-only person stays, for the retention review)."""
    client = _editable(session, actor, client_id)
    other = get_client(session, other_id)
    removed = _unlink(session, client_id, other_id)
    if other.household_id is not None and other.household_id == client.household_id:
        other.household_id = None
        other.household_role = None
        removed += 1
    if not removed:
        raise NotFound("That person is not linked to this client.", hint="Reopen the client.")
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="relationship.removed",
        client_id=client_id,
        summary=f"client #{other_id}",
    )
