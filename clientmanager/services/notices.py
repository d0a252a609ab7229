"""The s18 collection notice and the Form 4 direct-marketing consent for one person,
filled with the practice's details (settings), and a signed Form 4 kept as the consent's
proof (POPIA s11(2)(a), s69)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    get_client,
    require,
    require_client_access,
)
from clientmanager.store.models import Client, Disclosure

GOODS_AND_SERVICES = (
    "Information about financial planning services, investment, retirement, risk cover "
    "and medical-scheme products similar to those we advise you on, newsletters and "
    "invitations to client events."
)
PURPOSES = (
    ("To give you financial advice suited to you", "Carrying out our mandate (s11(1)(b))"),
    ("To verify your identity and keep records", "Obligation imposed by law: FICA, FAIS (s11(1)(c))"),
    ("To place and service your policies with providers", "Carrying out our mandate (s11(1)(b))"),
    ("To underwrite cover that needs health information", "Your consent (s11(1)(a), s27)"),
    ("To send you marketing (only if you agree on Form 4)", "Your consent (s11(1)(a), s69)"),
)  # fmt: skip


def _client(session: Session, actor: Actor, client_id: int) -> Client:
    require(actor, Permission.CLIENT_READ)
    require_client_access(session, actor, client_id)
    return get_client(session, client_id)


def s18_notice(
    session: Session, *, actor: Actor, client_id: int, today: dt.date | None = None
) -> bytes:
    from clientmanager.reports.collection_notice import NoticeFacts, build_s18_notice
    from clientmanager.services.addressee import addressee_for
    from clientmanager.services.letterhead import practice_letterhead

    client = _client(session, actor, client_id)
    known = session.scalars(
        sa.select(Disclosure.recipient_name)
        .where(Disclosure.client_id == client_id, Disclosure.recipient_category != "data_subject")
        .distinct()
        .order_by(Disclosure.recipient_name)
    ).all()
    recipients = [
        "Product providers with whom we place or service your policies"
        + (f" (now: {', '.join(known)})" if known else ""),
        "Our compliance officer and auditors, and the FSCA, FIC or SARS when the law requires",
    ]
    pdf = build_s18_notice(
        practice_letterhead(session),
        addressee=addressee_for(session, client, today=today),
        facts=NoticeFacts(recipients=recipients, purposes=PURPOSES),
        today=today or dt.date.today(),
    )
    audit.record(
        session, actor=actor, action="notice.printed", client_id=client_id,
        summary="s18 collection notice",
    )  # fmt: skip
    return pdf


def form4(session: Session, *, actor: Actor, client_id: int, today: dt.date | None = None) -> bytes:
    from clientmanager.reports.collection_notice import Form4Person, build_form4
    from clientmanager.services.addressee import addressee_for, full_name
    from clientmanager.services.letterhead import format_sa_phone, practice_letterhead

    client = _client(session, actor, client_id)
    to = addressee_for(session, client, today=today)
    person = Form4Person(
        name=to.name if to.on_behalf_of else (full_name(client) or client.display_name),
        id_number=None if to.on_behalf_of else client.id_number,
        email=client.email,
        mobile=format_sa_phone(client.mobile),
        on_behalf_of=to.on_behalf_of,
    )
    pdf = build_form4(
        practice_letterhead(session), person=person, goods_and_services=GOODS_AND_SERVICES,
        today=today or dt.date.today(),
    )  # fmt: skip
    audit.record(
        session, actor=actor, action="notice.printed", client_id=client_id, summary="Form 4"
    )
    return pdf


def attach_signed_form4(
    session: Session,
    *,
    actor: Actor,
    client_id: int,
    filename: str,
    content: bytes,
    channels: list[str],
    given_by: str | None = None,
) -> int:
    """Keep the signed Form 4 in the database and record the consent it proves: a "given"
    direct-marketing entry whose wording names the document. Returns the consent's id."""
    from clientmanager.services import consents
    from clientmanager.services.client_records import attach_document
    from clientmanager.store.models import Consent

    _client(session, actor, client_id)
    wanted = [c.strip() for c in channels if c.strip()]
    if not wanted:
        from clientmanager.domain.errors import ValidationError

        raise ValidationError("Channels", "say which channels the person ticked on the form.")
    document_id = attach_document(
        session, actor, client_id=client_id, filename=filename, content=content,
        category="other", description="Signed Form 4: direct-marketing consent (POPIA s69)",
    )  # fmt: skip
    consents.record_marketing_consent(
        session, actor=actor, client_id=client_id, status="given", channel="paper_form",
        wording=f"Form 4 signed, document {document_id}: {GOODS_AND_SERVICES} "
        f"Channels: {', '.join(wanted)}.",
        given_by=given_by, at_persons_request=True,
    )  # fmt: skip
    consent_id = session.scalar(
        sa.select(Consent.id).where(Consent.client_id == client_id).order_by(Consent.id.desc())
    )
    audit.record(
        session, actor=actor, action="consent.proof_attached", client_id=client_id,
        summary=f"Form 4, document {document_id}, consent {consent_id}",
    )  # fmt: skip
    return consent_id
