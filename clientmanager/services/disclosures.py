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
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import NotFound
from clientmanager.reports.disclosure_labels import CHANNELS, RECIPIENT_CATEGORIES
from clientmanager.reports.times import iso_sast
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    allows,
    get_client,
    require,
    require_client_access,
)
from clientmanager.store.models import Disclosure, Document, Policy, User, utcnow

logger = logging.getLogger(__name__)


# POPIA s11(1): the lawful basis of a disclosure, as the register records it.
LAWFUL_BASES = {
    "consent": "Consent (s11(1)(a))",
    "contract": "Carrying out the mandate or contract with the person (s11(1)(b))",
    "legal_obligation": "Obligation imposed by law (s11(1)(c))",
    "subject_interest": "Protects a legitimate interest of the person (s11(1)(d))",
    "public_duty": "Public law duty (s11(1)(e))",
    "legitimate_interest": "Legitimate interest of the practice or the recipient (s11(1)(f))",
    "data_subject_request": "The person's own request (s23)",
}
# What each kind of recipient is usually told under, when the caller does not say.
DEFAULT_BASIS = {
    "product_provider": "contract",
    "compliance_officer": "legal_obligation",
    "regulator": "legal_obligation",
    "auditor": "legal_obligation",
    "data_subject": "data_subject_request",
    "operator": "contract",
    "referral": "consent",
    "other": "legitimate_interest",
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
    lawful_basis: str | None = None
    source: str | None = None
    corrected_at: dt.datetime | None = None

    @property
    def lawful_basis_label(self) -> str:
        return LAWFUL_BASES.get(self.lawful_basis or "", self.lawful_basis or "")

    @property
    def recipient_category_label(self) -> str:
        return RECIPIENT_CATEGORIES.get(self.recipient_category, self.recipient_category)

    @property
    def channel_label(self) -> str:
        return CHANNELS.get(self.channel or "", self.channel or "")

    def as_record(self) -> dict[str, object]:
        return {
            "disclosed_at": iso_sast(self.disclosed_at),
            "recipient_name": self.recipient_name,
            "recipient_category": self.recipient_category,
            "purpose": self.purpose,
            "categories": self.categories,
            "channel": self.channel,
            "lawful_basis": self.lawful_basis,
            "lawful_basis_label": self.lawful_basis_label,
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
    lawful_basis: str | None = None,
    source: str | None = None,
) -> Disclosure:
    """Add a row to the register, in the caller's transaction, and note it in the audit log."""
    require_client_access(session, actor, client_id)
    recipient_category, recipient_name, purpose, lawful_basis = _checked(
        recipient_category, recipient_name, purpose, channel, lawful_basis
    )
    row = Disclosure(
        client_id=client_id,
        recipient_category=recipient_category,
        recipient_name=recipient_name[:200],
        purpose=purpose[:300],
        categories=categories[:500],
        channel=channel,
        disclosed_at=disclosed_at or utcnow(),
        recorded_by_id=actor.user_id,
        lawful_basis=lawful_basis,
        source=source,
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


def _checked(
    recipient_category: str,
    recipient_name: str,
    purpose: str,
    channel: str | None,
    lawful_basis: str | None,
) -> tuple[str, str, str, str]:
    if recipient_category not in RECIPIENT_CATEGORIES:
        raise ValueError(f"unknown recipient category {recipient_category!r}")
    if channel is not None and channel not in CHANNELS:
        raise ValueError(f"unknown disclosure channel {channel!r}")
    lawful_basis = lawful_basis or DEFAULT_BASIS[recipient_category]
    if lawful_basis not in LAWFUL_BASES:
        raise ValueError(f"unknown lawful basis {lawful_basis!r}")
    recipient_name = (recipient_name or "").strip()
    purpose = (purpose or "").strip()
    if not recipient_name:
        raise ValidationError("Recipient", "name who received the information.")
    if not purpose:
        raise ValidationError("Purpose", "say why the information was given to them.")
    return recipient_category, recipient_name, purpose, lawful_basis


def add_disclosure(session: Session, *, actor: Actor, client_id: int, **details: Any) -> Disclosure:
    """A disclosure the planner enters by hand (a referral, a phone call to a provider):
    ``details`` are :func:`record_disclosure`'s, with the source "manual"."""
    require(actor, Permission.CLIENT_EDIT)
    get_client(session, client_id)
    return record_disclosure(session, actor=actor, client_id=client_id, source="manual", **details)


def record_referral(
    session: Session,
    *,
    actor: Actor,
    client_id: int,
    recipient_name: str,
    purpose: str,
    categories: str = "Identity, contact details",
    lawful_basis: str = "consent",
    channel: str | None = "email",
) -> Disclosure:
    """The client was referred to another adviser or professional: their details went too."""
    return add_disclosure(
        session,
        actor=actor,
        client_id=client_id,
        recipient_category="referral",
        recipient_name=recipient_name,
        purpose=purpose,
        categories=categories,
        channel=channel,
        lawful_basis=lawful_basis,
    )


def correct_disclosure(
    session: Session,
    *,
    actor: Actor,
    disclosure_id: int,
    recipient_category: str | None = None,
    recipient_name: str | None = None,
    purpose: str | None = None,
    categories: str | None = None,
    channel: str | None = None,
    lawful_basis: str | None = None,
    disclosed_at: dt.datetime | None = None,
) -> Disclosure:
    """Correct an entry that was recorded wrongly; the audit log keeps that it was."""
    require(actor, Permission.CLIENT_EDIT)
    row = session.get(
        Disclosure, disclosure_id, with_for_update=True
    )  # see subject_requests.request_row
    if row is None:
        raise NotFound(
            "There is no disclosure number {disclosure_id} in the register.",
            disclosure_id=disclosure_id,
        )
    require_client_access(session, actor, row.client_id)
    category, name, why, basis = _checked(
        recipient_category or row.recipient_category,
        row.recipient_name if recipient_name is None else recipient_name,
        row.purpose if purpose is None else purpose,
        channel if channel is not None else row.channel,
        lawful_basis or row.lawful_basis,
    )
    row.recipient_category = category
    row.recipient_name = name[:200]
    row.purpose = why[:300]
    row.lawful_basis = basis
    if categories is not None:
        row.categories = categories[:500]
    if channel is not None:
        row.channel = channel
    if disclosed_at is not None:
        row.disclosed_at = disclosed_at
    row.corrected_at = utcnow()
    audit.record(
        session,
        actor=actor,
        action="disclosure.corrected",
        client_id=row.client_id,
        summary=f"disclosure {row.id} corrected",
    )
    return row


POLICY_CATEGORIES = "Identity, contact details, policy details"


def record_policy_disclosure(session: Session, *, actor: Actor, policy: Policy) -> None:
    """Placing or servicing a policy with a provider gives them the client's details
    (POPIA s23(1)(b)): one entry per policy and provider, however often it is saved."""
    provider = (policy.provider or "").strip()
    if not provider or policy.status == "quote" and not policy.policy_number:
        return
    source = f"policy:{policy.id}"
    kind = policy.product_type or "a"
    existing = session.scalar(
        sa.select(Disclosure).where(
            Disclosure.source == source, Disclosure.recipient_name == provider[:200]
        )
    )
    if existing is not None:
        return
    record_disclosure(
        session,
        actor=actor,
        client_id=policy.client_id,
        recipient_category="product_provider",
        recipient_name=provider,
        purpose=f"To place and service {kind.replace('_', ' ')} policy {policy.policy_number}",
        categories=POLICY_CATEGORIES,
        channel="portal",
        lawful_basis="contract",
        source=source,
    )


def record_document_sent(
    session: Session,
    *,
    actor: Actor,
    document_id: int,
    recipient_name: str,
    recipient_category: str = "product_provider",
    purpose: str,
    lawful_basis: str | None = None,
    channel: str = "email",
) -> Disclosure:
    """A copy of a client's document went to someone outside the practice."""
    require(actor, Permission.CLIENT_READ)
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound("There is no document number {document_id}.", document_id=document_id)
    label = document.category.replace("_", " ")
    return record_disclosure(
        session,
        actor=actor,
        client_id=document.client_id,
        recipient_category=recipient_category,
        recipient_name=recipient_name,
        purpose=purpose,
        categories=f"Document: {label} ({document.filename})",
        channel=channel,
        lawful_basis=lawful_basis,
        source=f"document:{document.id}",
    )


def client_documents(session: Session, *, actor: Actor, client_id: int) -> list[tuple[int, str]]:
    """The client's documents as (number, label), newest first: what "Document sent…" offers.
    Sensitive ones only for those who may see them."""
    require_client_access(session, actor, client_id)
    query = sa.select(Document).where(Document.client_id == client_id)
    if not allows(actor, Permission.DOCUMENT_VIEW_SENSITIVE):
        query = query.where(Document.is_sensitive.is_(False))
    return [
        (d.id, f"{d.filename} ({d.category.replace('_', ' ')})")
        for d in session.scalars(query.order_by(Document.uploaded_at.desc(), Document.id.desc()))
    ]


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
            lawful_basis=d.lawful_basis,
            source=d.source,
            corrected_at=d.corrected_at,
        )
        for d, full_name in rows
    ]


def _base_query() -> sa.Select:
    return sa.select(Disclosure, User.full_name).outerjoin(
        User, User.id == Disclosure.recorded_by_id
    )


def ensure_policy_disclosures(session: Session, *, client_id: int) -> int:
    """Policies that reached the database without passing :func:`record_policy_disclosure`
    (an import, the demo data, a restored export) still went to their provider: record
    them, dated when the policy was recorded, before anyone reads the register."""
    missing = session.scalars(
        sa.select(Policy).where(
            Policy.client_id == client_id,
            Policy.status != "quote",
            sa.func.trim(Policy.provider) != "",
            ~sa.exists().where(
                Disclosure.source == sa.literal("policy:") + sa.cast(Policy.id, sa.String)
            ),
        )
    ).all()
    for policy in missing:
        kind = (policy.product_type or "a").replace("_", " ")
        session.add(
            Disclosure(
                client_id=client_id,
                recipient_category="product_provider",
                recipient_name=policy.provider.strip()[:200],
                purpose=f"To place and service {kind} policy {policy.policy_number}"[:300],
                categories=POLICY_CATEGORIES,
                channel="portal",
                disclosed_at=policy.created_at or utcnow(),
                lawful_basis="contract",
                source=f"policy:{policy.id}",
            )
        )
    if missing:
        session.flush()
    return len(missing)


def list_disclosures(session: Session, *, actor: Actor, client_id: int) -> list[DisclosureView]:
    """Everything disclosed about one person, oldest first."""
    require_client_access(session, actor, client_id)
    ensure_policy_disclosures(session, client_id=client_id)
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
    ensure_policy_disclosures(session, client_id=client_id)
    query = _base_query().where(
        Disclosure.client_id == client_id, Disclosure.recipient_category != "data_subject"
    )
    if before is not None:
        query = query.where(Disclosure.disclosed_at <= before)
    return _views(session, query.order_by(Disclosure.disclosed_at, Disclosure.id))
