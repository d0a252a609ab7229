"""Who a letter or package about a person is addressed to (issue 14).

An adult: themselves, "Dear Ms Dlamini" (title and surname). A child (under 18, POPIA
s34-s35): the competent person recorded for them, in that person's name: a parent or
guardian linked on the record, otherwise the person who gave the child's latest consent.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.retention import child_status
from clientmanager.reports.addressing import Addressee
from clientmanager.store.models import Address, Client, ClientRelationship, Consent

PARENT_KINDS = ("parent", "guardian")


def _address_lines(session: Session, client_id: int) -> tuple[str, ...]:
    address = session.scalar(
        sa.select(Address)
        .where(Address.client_id == client_id)
        .order_by((Address.kind != "postal"), Address.id)
        .limit(1)
    )
    return () if address is None else postal_lines(address)


def postal_lines(address: Address) -> tuple[str, ...]:
    """An address as a letter's lines: the town and postal code share the last."""
    town = " ".join(part for part in (address.city, address.postal_code) if part)
    return tuple(part for part in (address.line1, address.line2, address.suburb, town) if part)


def address_parts(address: Address, *, with_country: bool = False) -> list[str]:
    """An address's filled-in parts in postal order, for one line of text."""
    parts = [
        address.line1,
        address.line2,
        address.suburb,
        address.city,
        address.province,
        address.postal_code,
    ]
    if with_country:
        parts.append(address.country)
    return [part for part in parts if part]


# A client's name as lists show it, selected as columns rather than loaded as a Client.
NAME_COLUMNS = (
    Client.kind,
    Client.first_names,
    Client.preferred_name,
    Client.surname,
    Client.entity_name,
)


def listed_name(
    kind: str, first: str | None, preferred: str | None, surname: str | None, entity: str | None
) -> str:
    """The :data:`NAME_COLUMNS` as one name, the way ``Client.display_name`` gives it."""
    if kind != "person":
        return entity or ""
    return f"{preferred or first or ''} {surname or ''}".strip()


def full_name(client: Client) -> str:
    if client.kind != "person":
        return client.entity_name or ""
    return " ".join(part for part in (client.title, client.first_names, client.surname) if part)


def salutation(client: Client) -> str:
    if client.kind != "person":
        return "Dear Sir or Madam"
    if client.title and client.surname:
        return f"Dear {client.title} {client.surname}"
    first = client.preferred_name or client.first_names or ""
    return f"Dear {first} {client.surname or ''}".strip()


def is_child(client: Client, today: dt.date | None = None) -> bool:
    if client.kind != "person":
        return False
    status = child_status(
        today=today or dt.date.today(),
        date_of_birth=client.date_of_birth,
        id_number=client.id_number,
    )
    return status.is_child


def competent_person(session: Session, client: Client) -> Client | str | None:
    """The child's parent or guardian on record (a client row), or the name of whoever
    gave the child's latest consent, or None."""
    parent = session.scalar(
        sa.select(Client)
        .join(ClientRelationship, ClientRelationship.client_id == Client.id)
        .where(
            ClientRelationship.related_client_id == client.id,
            ClientRelationship.kind.in_(PARENT_KINDS),
        )
        .order_by(ClientRelationship.id)
        .limit(1)
    )
    if parent is None:
        parent = session.scalar(
            sa.select(Client)
            .join(ClientRelationship, ClientRelationship.related_client_id == Client.id)
            .where(ClientRelationship.client_id == client.id, ClientRelationship.kind == "child")
            .order_by(ClientRelationship.id)
            .limit(1)
        )
    if parent is not None:
        return parent
    given_by = session.scalar(
        sa.select(Consent.given_by)
        .where(Consent.client_id == client.id, Consent.given_by.is_not(None))
        .order_by(Consent.recorded_at.desc(), Consent.id.desc())
        .limit(1)
    )
    return given_by or None


def addressee_for(session: Session, client: Client, *, today: dt.date | None = None) -> Addressee:
    if not is_child(client, today):
        return Addressee(
            name=full_name(client) or client.display_name,
            salutation=salutation(client),
            address_lines=_address_lines(session, client.id),
        )
    child = full_name(client) or client.display_name
    person = competent_person(session, client)
    if isinstance(person, Client):
        return Addressee(
            name=full_name(person) or person.display_name,
            salutation=salutation(person),
            address_lines=_address_lines(session, person.id) or _address_lines(session, client.id),
            on_behalf_of=child,
        )
    if person:
        return Addressee(
            name=person,
            salutation=f"Dear {person}",
            address_lines=_address_lines(session, client.id),
            on_behalf_of=child,
        )
    return Addressee(
        name=f"The parent or guardian of {child}",
        salutation="Dear parent or guardian",
        address_lines=_address_lines(session, client.id),
        on_behalf_of=child,
    )
