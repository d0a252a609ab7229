"""The disclosure register (POPIA s23(1)(b), s24(3)).

Every time a person's information leaves the practice, or is shown to someone outside it
(an export, a print, a copy to a product provider, the compliance officer, the regulator,
an auditor, or the person themselves), one row records who received it, when, why and
what. The data-subject report lists these recipients, and a correction (s24(3)) lists
them so that each can be told.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, require, require_client_access
from clientmanager.store.models import Disclosure, User, utcnow

logger = logging.getLogger(__name__)

RECIPIENT_CATEGORIES = {
    "product_provider": "Product provider",
    "compliance_officer": "Compliance officer",
    "regulator": "Regulator",
    "auditor": "Auditor",
    "data_subject": "The data subject",
    "operator": "Operator (processes for the practice)",
    "other": "Other",
}
CHANNELS = {
    "export": "Export",
    "print": "Print",
    "email": "E-mail",
    "copy": "Copy",
    "portal": "Provider portal",
    "in_person": "In person",
}


@dataclass(frozen=True)
class DisclosureView:
    id: int
    client_id: int
    disclosed_at: dt.datetime
    recipient_category: str
    recipient_name: str
    purpose: str
    categories: str
    channel: str | None
    recorded_by: str | None

    @property
    def recipient_category_label(self) -> str:
        return RECIPIENT_CATEGORIES.get(self.recipient_category, self.recipient_category)

    @property
    def channel_label(self) -> str:
        return CHANNELS.get(self.channel or "", self.channel or "")

    def as_record(self) -> dict[str, object]:
        return {
            "disclosed_at": self.disclosed_at.isoformat(timespec="seconds"),
            "recipient_name": self.recipient_name,
            "recipient_category": self.recipient_category,
            "purpose": self.purpose,
            "categories": self.categories,
            "channel": self.channel,
            "recorded_by": self.recorded_by,
        }


def record_disclosure(
    session: Session,
    *,
    actor: Actor,
    client_id: int,
    recipient_category: str,
    recipient_name: str,
    purpose: str,
    categories: str = "",
    channel: str | None = None,
    disclosed_at: dt.datetime | None = None,
) -> Disclosure:
    """Add a row to the register, in the caller's transaction, and note it in the audit log."""
    require_client_access(session, actor, client_id)
    if recipient_category not in RECIPIENT_CATEGORIES:
        raise ValueError(f"unknown recipient category {recipient_category!r}")
    if channel is not None and channel not in CHANNELS:
        raise ValueError(f"unknown disclosure channel {channel!r}")
    recipient_name = recipient_name.strip()
    purpose = purpose.strip()
    if not recipient_name or not purpose:
        raise ValueError("a disclosure needs a recipient and a purpose")
    row = Disclosure(
        client_id=client_id,
        recipient_category=recipient_category,
        recipient_name=recipient_name[:200],
        purpose=purpose[:300],
        categories=categories[:500],
        channel=channel,
        disclosed_at=disclosed_at or utcnow(),
        recorded_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    # The audit line names the category of recipient, never the person or the content.
    audit.record(
        session,
        actor=actor,
        action="disclosure.recorded",
        client_id=client_id,
        summary=f"disclosure {row.id} to a {recipient_category} by {channel or 'unspecified'}",
    )
    return row


def _views(session: Session, query: sa.Select) -> list[DisclosureView]:
    rows = session.execute(query).all()
    return [
        DisclosureView(
            id=d.id,
            client_id=d.client_id,
            disclosed_at=d.disclosed_at,
            recipient_category=d.recipient_category,
            recipient_name=d.recipient_name,
            purpose=d.purpose,
            categories=d.categories,
            channel=d.channel,
            recorded_by=full_name,
        )
        for d, full_name in rows
    ]


def _base_query() -> sa.Select:
    return sa.select(Disclosure, User.full_name).outerjoin(
        User, User.id == Disclosure.recorded_by_id
    )


def list_disclosures(session: Session, *, actor: Actor, client_id: int) -> list[DisclosureView]:
    """Everything disclosed about one person, oldest first."""
    require_client_access(session, actor, client_id)
    return _views(
        session,
        _base_query()
        .where(Disclosure.client_id == client_id)
        .order_by(Disclosure.disclosed_at, Disclosure.id),
    )


def previous_recipients(
    session: Session, *, actor: Actor, client_id: int, before: dt.datetime | None = None
) -> list[DisclosureView]:
    """Who received this person's information from the practice (s24(3)): every
    disclosure to someone other than the person themselves, oldest first."""
    require(actor, Permission.REGISTERS_VIEW)
    require_client_access(session, actor, client_id)
    query = _base_query().where(
        Disclosure.client_id == client_id, Disclosure.recipient_category != "data_subject"
    )
    if before is not None:
        query = query.where(Disclosure.disclosed_at <= before)
    return _views(session, query.order_by(Disclosure.disclosed_at, Disclosure.id))
