"""Acting on a deletion request (POPIA s24(1)(b), s14): delete what no law requires.

When the request is opened, marketing and optional processing stop at once
(:func:`stop_optional_processing`). On approval (:func:`approve_deletion_request`):

* the relationship ends today if it had not ended, so the FICA clock starts;
* if every retention period has run, the person is destroyed (services/erasure.py);
* otherwise everything no law requires goes: e-mail and phone numbers, every address
  but the residential one FICA's identity record needs, goals, tasks, notes that are not
  records of advice, relationships, documents that are not FICA, FAIS or tax records,
  the financial-needs analysis when no record of advice rests on it, and consents no
  kept record rests on. What must stay is kept, restricted (s14(6)), and listed with
  its law and the day it goes;
* the letter (s24(4)) lists exactly what was deleted and what was kept, until when,
  and that backup copies roll off within 30 days.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.retention import FAIS, FICA
from clientmanager.errors import ClientManagerError
from clientmanager.reports.kept import KeptRecord
from clientmanager.services import audit, erasure
from clientmanager.services import retention as retention_service
from clientmanager.services.audit import Actor
from clientmanager.services.consents import withdraw_on_request
from clientmanager.services.permissions import Permission, get_client, require
from clientmanager.store.models import (
    Address,
    Asset,
    CashFlow,
    Client,
    ClientRelationship,
    Consent,
    Document,
    Goal,
    LegalHold,
    Liability,
    Note,
    RiskProfile,
    Task,
    utcnow,
)

logger = logging.getLogger(__name__)

BACKUP_DAYS = 30
# Documents a law needs kept: FICA identity and address, FAIS advice and applications, tax.
KEPT_DOCUMENT_CATEGORIES = {
    "id_copy": FICA,
    "proof_of_address": FICA,
    "record_of_advice": FAIS,
    "application": FAIS,
    "statement": FAIS,
    "tax_return": "tax",
    "tax_assessment": "tax",
}
# Consents that kept advice records rest on (the proof s11(2)(a) asks for).
ADVICE_PURPOSES = ("financial_planning", "underwriting", "fica_verification")
CONTACT_FIELDS = ("email", "mobile", "home_phone", "work_phone", "preferred_language")


class DeletionError(ClientManagerError):
    pass


# The letters print the same value the service lists.
Kept = KeptRecord


@dataclass
class DeletionOutcome:
    request_id: int
    client_id: int
    action: str  # destroy, deidentify, restrict
    deleted: list[str] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    relationship_end: dt.date | None = None
    letter: bytes = b""


def stop_optional_processing(session: Session, *, actor: Actor, client: Client, request_id: int):
    """At once, on a deletion request: no more marketing, no optional processing, no bulk
    export (the two filters read these)."""
    client.is_restricted = True
    latest = session.scalar(
        sa.select(Consent.status)
        .where(Consent.client_id == client.id, Consent.purpose == "direct_marketing")
        .order_by(Consent.recorded_at.desc(), Consent.id.desc())
        .limit(1)
    )
    if latest == "given":
        withdraw_on_request(
            session,
            actor=actor,
            client_id=client.id,
            wording=f"Deletion requested (rights-register request {request_id}).",
        )
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="rights.deletion_processing_stopped",
        client_id=client.id,
        summary=f"request {request_id}: marketing and optional processing stopped",
    )


def _count(session: Session, statement) -> int:  # noqa: ANN001
    return session.execute(statement).rowcount or 0


def _remove_what_no_law_requires(
    session: Session, client: Client, *, keep_fna: bool, keep_advice_consents: bool
) -> list[str]:
    deleted: list[str] = []
    cid = client.id
    erasure.secure_delete(session)
    contact = [name for name in CONTACT_FIELDS if getattr(client, name)]
    for name in CONTACT_FIELDS:
        setattr(client, name, None)
    if client.preferred_name:
        client.preferred_name = None
    if contact:
        deleted.append("Your e-mail address and phone numbers")
    residential = session.scalar(
        sa.select(Address.id)
        .where(Address.client_id == cid)
        .order_by(Address.kind != "physical", Address.id)
        .limit(1)
    )
    gone = _count(
        session,
        sa.delete(Address).where(Address.client_id == cid, Address.id != (residential or -1)),
    )
    if gone:
        deleted.append(f"{gone} postal or other address(es) (your residential address is kept)")
    for model, label in ((Goal, "financial goal(s)"), (Task, "task(s) and follow-up(s)")):
        gone = _count(session, sa.delete(model).where(model.client_id == cid))
        if gone:
            deleted.append(f"{gone} {label}")
    gone = _count(session, sa.delete(Note).where(Note.client_id == cid, Note.kind != "advice"))
    if gone:
        deleted.append(f"{gone} note(s) of calls, meetings and e-mails")
    gone = _count(
        session,
        sa.delete(ClientRelationship).where(
            sa.or_(ClientRelationship.client_id == cid, ClientRelationship.related_client_id == cid)
        ),
    )
    if gone:
        deleted.append(f"{gone} link(s) to family members or other people")
    gone = _count(
        session,
        sa.delete(Document).where(
            Document.client_id == cid, Document.category.not_in(list(KEPT_DOCUMENT_CATEGORIES))
        ),
    )
    if gone:
        deleted.append(f"{gone} document(s) no law requires us to keep")
    if not keep_fna:
        for model, label in (
            (Asset, "asset(s)"),
            (Liability, "liabilit(y/ies)"),
            (CashFlow, "income and expense line(s)"),
            (RiskProfile, "risk profile(s)"),
        ):
            gone = _count(session, sa.delete(model).where(model.client_id == cid))
            if gone:
                deleted.append(f"{gone} {label}")
    consent_filter = [Consent.client_id == cid]
    if keep_advice_consents:
        consent_filter.append(Consent.purpose.not_in(ADVICE_PURPOSES))
    gone = _count(session, sa.delete(Consent).where(*consent_filter))
    if gone:
        deleted.append(f"{gone} consent record(s) no kept record depends on")
    session.flush()
    return deleted


def _remove_for(session: Session, client: Client, person) -> list[str]:  # noqa: ANN001
    has_advice = any(clock.record_type == "advice" for clock in person.clocks)
    has_policies = any(clock.record_type == "policy" for clock in person.clocks)
    return _remove_what_no_law_requires(
        session, client, keep_fna=has_advice, keep_advice_consents=has_advice or has_policies
    )


def reapply_deletion(session: Session, client_id: int, *, on: dt.date) -> int:
    """Replay of the erasure ledger after a restore (services/erasure.py): remove again
    what a deletion request approved ``on`` removed, with the same rules, and restrict the
    person again. Returns how many kinds of record went."""
    client = session.get(Client, client_id)
    if client is None:
        return 0
    if client.relationship_end is None and client.category != "prospect":
        client.relationship_end = on
    session.flush()
    [person] = retention_service._assess(session, Client.id == client.id)
    removed = _remove_for(session, client, person)
    client.is_restricted = True
    session.flush()
    return len(removed)


def _kept(session: Session, person, today: dt.date, action: str) -> list[Kept]:  # noqa: ANN001
    cid = person.client_id
    kept: list[Kept] = []
    for clock in person._kept(today, with_identity=action == retention_service.RESTRICT):
        if clock.record_type == "identity":
            description = (
                "Your identity record: name, ID number, date of birth and residential address "
                "(customer due diligence)"
            )
            until = "5 years after our business relationship ends"
        else:
            description, until = clock.description, "5 years after it ends"
        kept.append(Kept(description, clock.destroy_from, clock.citation, until))
    advice_until = [
        k.kept_until for k in kept if k.description.startswith("Record of advice") and k.kept_until
    ]
    fais_citation = next((k.law for k in kept if "FAIS" in k.law), "FAIS General Code s3(2)")
    fna = sum(
        session.scalar(sa.select(sa.func.count()).select_from(model).where(model.client_id == cid))
        for model in (Asset, Liability, CashFlow, RiskProfile)
    )
    if fna:
        kept.append(
            Kept(
                "The financial needs analysis your advice was based on (assets, debts, income "
                "and expenses, risk profile)",
                max(advice_until) if advice_until else None,
                fais_citation,
            )
        )
    identity_until = next(
        (k.kept_until for k in kept if k.description.startswith("Your identity record")), None
    )
    for doc in session.scalars(
        sa.select(Document).where(Document.client_id == cid).order_by(Document.id)
    ):
        law = KEPT_DOCUMENT_CATEGORIES.get(doc.category)
        label = doc.category.replace("_", " ")
        if law == FICA:
            kept.append(
                Kept(f"Document: {label}", identity_until, "FICA s23",
                     "5 years after our business relationship ends")
            )  # fmt: skip
        else:
            kept.append(Kept(f"Document: {label}", None, fais_citation))
    consents = session.scalars(
        sa.select(Consent.purpose).where(Consent.client_id == cid).distinct()
    ).all()
    from clientmanager.services.consents import PURPOSES

    latest = max((k.kept_until for k in kept if k.kept_until), default=None)
    for purpose in sorted(consents):
        kept.append(
            Kept(
                f"Consent record: {PURPOSES.get(purpose, purpose)}",
                latest,
                "POPIA s11(2)(a): proof of the consent kept records rest on",
            )
        )
    return kept


def approve_deletion_request(
    session: Session, *, actor: Actor, request_id: int, today: dt.date | None = None
) -> DeletionOutcome:
    """Delete everything about the person that no law requires; keep, restrict and list
    the rest; close the request; return the s24(4) letter."""
    from clientmanager.reports.deletion_letter import render_deletion_outcome
    from clientmanager.services.addressee import addressee_for
    from clientmanager.services.letterhead import practice_letterhead
    from clientmanager.services.subject_requests import request_row

    require(actor, Permission.RETENTION_APPROVE)
    today = today or dt.date.today()
    request = request_row(session, request_id)
    if request.kind != "deletion" or request.status != "open" or request.client_id is None:
        raise DeletionError(
            "Request {request_id} is not an open deletion request for a client.",
            hint="Check the number with 'clientmanager rights list'.",
            request_id=request_id,
        )
    client = get_client(session, request.client_id)
    if session.scalar(
        sa.select(sa.func.count())
        .select_from(LegalHold)
        .where(
            LegalHold.client_id == client.id,
            LegalHold.released_at.is_(None),
        )
    ):
        raise DeletionError(
            "A legal hold is on this person: nothing may be deleted while it stands.",
            hint="Release the hold (Retention ▸ Legal holds) when the matter is over.",
        )
    # Captured before anything goes: afterwards the name and address may be gone.
    addressee = addressee_for(session, client, today=today)
    letterhead = practice_letterhead(session)
    if client.relationship_end is None and client.category != "prospect":
        client.relationship_end = today  # the client leaves: the FICA clock starts now
    session.flush()
    [person] = retention_service._assess(session, Client.id == client.id)
    action = person.action(today) or retention_service.RESTRICT
    outcome = DeletionOutcome(
        request_id=request.id, client_id=client.id, action=action,
        relationship_end=client.relationship_end,
    )  # fmt: skip
    reason = f"Deletion requested (POPIA s24), request {request.id}"
    if action == retention_service.DESTROY:
        erasure.destroy_client(session, client_id=client.id, actor=actor, reason=reason)
        outcome.deleted = ["Everything we held about you"]
    else:
        # In the ledger first: a restore of an older backup removes the same rows again.
        erasure.record_deletion_on_request(session, client_id=client.id, actor=actor, reason=reason)
        outcome.deleted = _remove_for(session, client, person)
        if action == retention_service.DEIDENTIFY:
            erasure.deidentify_client(session, client_id=client.id, actor=actor, reason=reason)
            outcome.deleted.append(
                "Your name, ID and passport numbers, date of birth, tax number, occupation, "
                "employer and addresses: the records we keep no longer show who you are"
            )
        client.is_restricted = True
        session.flush()
        outcome.kept = _kept(session, person, today, action)
    request.status = "done"
    request.completed_at = utcnow()
    request.handled_by_id = actor.user_id
    kept_text = "; ".join(
        f"{k.description} until {k.kept_until.isoformat() if k.kept_until else k.until_text}"
        for k in outcome.kept
    )
    request.outcome = f"{today.isoformat()}: deletion approved ({action}). " + (
        f"Kept: {kept_text}." if kept_text else "Nothing kept."
    )
    audit.record(
        session,
        actor=actor,
        action="rights.deletion_approved",
        client_id=client.id,
        summary=f"request {request.id}: {action}, {len(outcome.deleted)} kinds deleted, "
        f"{len(outcome.kept)} records kept",
    )
    outcome.letter = render_deletion_outcome(
        letterhead,
        addressee=addressee,
        request_id=request.id,
        requested_on=request.received_on,
        deleted=outcome.deleted,
        kept=[(k.description, k.kept_until, k.until_text, k.law) for k in outcome.kept],
        destroyed=action == retention_service.DESTROY,
        backup_days=BACKUP_DAYS,
        today=today,
    )
    return outcome
