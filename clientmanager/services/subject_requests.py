"""The rights register: requests from data subjects, and acting on them.

Request kinds: access (POPIA s23), correction and deletion (s24), objection (s11(3)),
restriction (s14(6)), and opting out of direct marketing (s69). Each has who asked, when,
how their identity was verified, a due date 30 days after receipt (PAIA s56), at most
one extension of up to 30 days (PAIA s57) and a status. Open requests past their due date
are listed by :func:`overdue_requests` for the dashboard.

Acting on a request:

* correction: :func:`apply_correction` changes one field of the client record, keeps who
  and when (audit log and the request's outcome), and returns everyone the information
  was disclosed to before (s24(3)) so they can be told; ``reports/correction_letter.py``
  writes the confirmation to the person (s24(4));
* restriction and objection set ``Client.is_restricted`` / ``Client.objected_at``;
  :func:`clientmanager.services.consents.marketing_allowed_clause` is the one
  filter every marketing list applies, :func:`bulk_export_clause` the one for other bulk
  exports. Processing the law still requires (records of advice, FICA) goes on;
* marketing opt-out appends a "withdrawn" entry to the consent ledger;
* deletion is recorded and handed to the retention review: nothing is hard-deleted here,
  because FAIS and FICA may require the records for 5 more years.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, Label, NotFound
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.consents import withdraw_on_request
from clientmanager.services.disclosures import DisclosureView, previous_recipients
from clientmanager.services.permissions import (
    Permission,
    get_client,
    require,
    require_client_access,
)
from clientmanager.store.models import (
    AuditEntry,
    Client,
    Consent,
    SubjectRequest,
    User,
    utcnow,
)

if TYPE_CHECKING:
    from clientmanager.reports.base import Letterhead

logger = logging.getLogger(__name__)

RESPONSE_DAYS = 30  # PAIA s56
MAX_EXTENSION_DAYS = 30  # PAIA s57, once

REQUEST_KINDS = {
    "access": "Access to information (s23)",
    "correction": "Correction (s24)",
    "deletion": "Deletion or destruction (s24)",
    "objection": "Objection to processing (s11(3))",
    "restriction": "Restriction of processing (s14(6))",
    "marketing_opt_out": "Opt out of direct marketing (s69)",
    "consent_withdrawal": "Withdrawal of consent (s11(2)(b))",
    "portability": "A copy in a machine-readable form (s23)",
}
STATUSES = {"open": "Open", "done": "Completed", "refused": "Refused"}

DELETION_HANDOVER = (
    "Recorded and handed to the retention review. Records that FAIS (5 years after the "
    "advice or product end) or FICA (5 years after the relationship ends) require are "
    "kept, restricted to that purpose, until their retention period ends; nothing is "
    "hard-deleted before then."
)

# Fields a correction may change, with how to check and store the new value.
CORRECTABLE_FIELDS = {
    "title": "Title",
    "first_names": "First names",
    "surname": "Surname",
    "preferred_name": "Preferred name",
    "id_number": "ID number",
    "passport_number": "Passport number",
    "date_of_birth": "Date of birth",
    "gender": "Gender",
    "marital_status": "Marital status",
    "marriage_regime": "Marriage regime",
    "tax_number": "Income tax number",
    "occupation": "Occupation",
    "employer": "Employer",
    "email": "E-mail",
    "mobile": "Mobile",
    "home_phone": "Home phone",
    "work_phone": "Work phone",
    "preferred_language": "Preferred language",
}


class RequestError(ClientManagerError):
    pass


@dataclass(frozen=True)
class RequestView:
    id: int
    client_id: int | None
    client_name: str | None
    kind: str
    requested_by: str
    received_on: dt.date
    identity_verified_on: dt.date | None
    identity_verification: str | None
    due_on: dt.date
    extended_to: dt.date | None
    extension_reason: str | None
    status: str
    details: str | None
    outcome: str | None
    completed_at: dt.datetime | None
    handled_by: str | None

    @property
    def kind_label(self) -> str:
        return REQUEST_KINDS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def effective_due(self) -> dt.date:
        return self.extended_to or self.due_on

    def is_overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.effective_due < today

    @property
    def can_extend(self) -> bool:
        return self.status == "open" and self.extended_to is None


@dataclass(frozen=True)
class CorrectionResult:
    request_id: int
    client_id: int
    field: str
    field_label: str
    corrected_at: dt.datetime
    corrected_by: str
    previous_recipients: list[DisclosureView]


def _today() -> dt.date:
    return utcnow().date()


def request_row(session: Session, request_id: int, *, lock: bool = True) -> SubjectRequest:
    # Locked until the commit when the request is about to change (SELECT ... FOR UPDATE
    # on the office server), so two PCs completing or extending the same request act one
    # after the other, the second seeing the first's outcome. SQLite's writers already
    # take the whole file in turn.
    request = session.get(SubjectRequest, request_id, with_for_update=lock or None)
    if request is None:
        raise NotFound(
            "There is no request number {request_id} in the rights register.",
            hint="Refresh the register; it may have been entered on another computer.",
            request_id=request_id,
        )
    return request


def _require_open(request: SubjectRequest) -> None:
    if request.status != "open":
        raise RequestError(
            "Request {id} is already {status}.",
            hint="Record a new request if the person has asked again.",
            id=request.id,
            status=Label(STATUSES.get(request.status, request.status)),
        )


def _audit(
    session: Session, actor: Actor, request: SubjectRequest, action: str, detail: str = ""
) -> None:
    """Each rights-register entry in the audit trail is about the request's client and
    starts with the request's number."""
    summary = f"request {request.id}{detail}"
    audit.record(session, actor=actor, action=action, client_id=request.client_id, summary=summary)


def _client_request(session: Session, actor: Actor, request_id: int) -> SubjectRequest:
    """A request the register may act on for its client: the actions that change a
    client's record refuse a request that names nobody in the practice."""
    require(actor, Permission.REGISTERS_EDIT)
    request = request_row(session, request_id)
    if request.client_id is None:
        raise RequestError("Request {id} is not linked to a client.", id=request.id)
    return request


def open_request(
    session: Session,
    *,
    actor: Actor,
    client_id: int | None,
    kind: str,
    requested_by: str,
    received_on: dt.date | None = None,
    details: str | None = None,
    identity_verification: str | None = None,
    identity_verified_on: dt.date | None = None,
) -> SubjectRequest:
    """Record a request; it is due 30 days after it was received (PAIA s56)."""
    require(actor, Permission.REGISTERS_EDIT)
    if kind not in REQUEST_KINDS:
        raise ValueError(f"unknown request kind {kind!r}")
    requested_by = (requested_by or "").strip()
    if not requested_by:
        raise ValidationError(
            "Requested by", "say who made the request (the person, or who acted for them)."
        )
    if client_id is not None:
        require_client_access(session, actor, client_id)
        get_client(session, client_id)
    received_on = received_on or _today()
    if received_on > _today():
        raise ValidationError("Received on", "the date cannot be in the future.")
    if identity_verification and identity_verified_on is None:
        identity_verified_on = _today()
    request = SubjectRequest(
        client_id=client_id,
        kind=kind,
        requested_by=requested_by[:200],
        received_on=received_on,
        due_on=received_on + dt.timedelta(days=RESPONSE_DAYS),
        identity_verification=(identity_verification or None) and identity_verification[:300],
        identity_verified_on=identity_verified_on if identity_verification else None,
        status="open",
        details=details or None,
        handled_by_id=actor.user_id,
    )
    session.add(request)
    session.flush()
    _audit(
        session,
        actor,
        request,
        "rights.request_opened",
        f": {kind}, due {request.due_on.isoformat()}",
    )
    if kind == "deletion":
        request.outcome = DELETION_HANDOVER
        _audit(
            session,
            actor,
            request,
            "rights.deletion_to_retention",
            " handed to the retention review",
        )
        if client_id is not None:
            # Marketing and optional processing stop the moment the request is recorded,
            # not when the review is approved.
            from clientmanager.services.deletion import stop_optional_processing

            stop_optional_processing(
                session, actor=actor, client=get_client(session, client_id), request_id=request.id
            )
    return request


def verify_identity(
    session: Session,
    *,
    actor: Actor,
    request_id: int,
    method: str,
    verified_on: dt.date | None = None,
) -> SubjectRequest:
    """Record how the requester's identity was confirmed (s23(1) needs adequate proof)."""
    require(actor, Permission.REGISTERS_EDIT)
    request = request_row(session, request_id)
    method = (method or "").strip()
    if not method:
        raise ValidationError(
            "Identity verification", "say how it was verified (for example: ID book seen)."
        )
    request.identity_verification = method[:300]
    request.identity_verified_on = verified_on or _today()
    _audit(session, actor, request, "rights.identity_verified", ": identity verified")
    return request


def extend_request(
    session: Session, *, actor: Actor, request_id: int, days: int, reason: str
) -> SubjectRequest:
    """Extend the due date once, by at most 30 days (PAIA s57); the person must be told."""
    require(actor, Permission.REGISTERS_EDIT)
    request = request_row(session, request_id)
    _require_open(request)
    if request.extended_to is not None:
        raise RequestError(
            "Request {id} has already been extended once.",
            hint="PAIA s57 allows a single extension of up to 30 days.",
            id=request.id,
        )
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise ValidationError("Extension", f"it can be 1 to {MAX_EXTENSION_DAYS} days (PAIA s57).")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            "Reason", "give the reason for the extension; the person must be told it."
        )
    request.extended_to = request.due_on + dt.timedelta(days=days)
    request.extension_reason = reason[:300]
    _audit(
        session,
        actor,
        request,
        "rights.request_extended",
        f" extended to {request.extended_to.isoformat()}",
    )
    return request


def complete_request(
    session: Session,
    *,
    actor: Actor,
    request_id: int,
    outcome: str,
    refused: bool = False,
) -> SubjectRequest:
    require(actor, Permission.REGISTERS_EDIT)
    request = request_row(session, request_id)
    _require_open(request)
    outcome = (outcome or "").strip()
    if not outcome:
        raise ValidationError("Outcome", "describe it; it is what the register will show.")
    request.status = "refused" if refused else "done"
    request.outcome = _append(request.outcome, outcome)
    if refused and request.kind == "deletion" and request.client_id is not None:
        _lift_deletion_restriction(session, request)
    request.completed_at = utcnow()
    request.handled_by_id = actor.user_id
    _audit(session, actor, request, "rights.request_completed", f": {request.status}")
    return request


def _lift_deletion_restriction(session: Session, request: SubjectRequest) -> None:
    """A refused deletion no longer holds processing back, unless the person also asked
    for a restriction or objected."""
    client = session.get(Client, request.client_id)
    other = session.scalar(
        sa.select(sa.func.count())
        .select_from(SubjectRequest)
        .where(
            SubjectRequest.client_id == request.client_id,
            SubjectRequest.id != request.id,
            SubjectRequest.kind.in_(("restriction", "deletion")),
            SubjectRequest.status.in_(("open", "done")),
        )
    )
    if client is not None and not other:
        client.is_restricted = False


def _append(existing: str | None, line: str) -> str:
    return f"{existing}\n{line}" if existing else line


# --- acting on requests -------------------------------------------------------------------


def _normalise(field: str, value: str | None) -> object:
    from clientmanager.domain.dates import parse_date
    from clientmanager.domain.email import normalise_email
    from clientmanager.domain.phone import normalise_phone
    from clientmanager.domain.sa_id import parse_sa_id

    value = (value or "").strip()
    if not value:
        if field in ("surname",):
            raise ValidationError(CORRECTABLE_FIELDS[field], "cannot be empty.")
        return None
    label = CORRECTABLE_FIELDS[field]
    if field == "email":
        return normalise_email(value, field=label)
    if field in ("mobile", "home_phone", "work_phone"):
        return normalise_phone(value, field=label)
    if field == "id_number":
        return parse_sa_id(value, field=label).number
    if field == "date_of_birth":
        return parse_date(value, field=label)
    return value


def apply_correction(
    session: Session,
    *,
    actor: Actor,
    request_id: int,
    field: str,
    new_value: str | None,
) -> CorrectionResult:
    """Correct one field of the person's record under a correction request (s24).

    Keeps who and when in the audit log and the request's outcome (not the old value:
    the point of a correction is that the inaccurate value goes), and returns the earlier
    recipients to tell (s24(3)). The request stays open until it is completed, so several
    fields can be corrected under one request.
    """
    require(actor, Permission.REGISTERS_EDIT)
    require(actor, Permission.CLIENT_EDIT)
    request = request_row(session, request_id)
    _require_open(request)
    if request.kind != "correction":
        raise RequestError("Request {id} is not a correction request.", id=request.id)
    if request.client_id is None:
        raise RequestError(
            "Request {id} is not linked to a client.",
            hint="Link it to the client record first.",
            id=request.id,
        )
    if field not in CORRECTABLE_FIELDS:
        raise ValueError(f"{field!r} cannot be corrected here")
    require_client_access(session, actor, request.client_id)
    client = get_client(session, request.client_id)
    setattr(client, field, _normalise(field, new_value))
    now = utcnow()
    label = CORRECTABLE_FIELDS[field]
    request.outcome = _append(
        request.outcome, f"{now:%Y-%m-%d %H:%M} UTC: {label} corrected by {actor.username}."
    )
    session.flush()
    _audit(session, actor, request, "rights.corrected", f": {field} corrected")
    recipients = previous_recipients(session, actor=actor, client_id=client.id, before=now)
    return CorrectionResult(
        request_id=request.id,
        client_id=client.id,
        field=field,
        field_label=label,
        corrected_at=now,
        corrected_by=actor.username,
        previous_recipients=recipients,
    )


def practice_letterhead(session: Session) -> Letterhead:
    from clientmanager.services.letterhead import practice_letterhead as letterhead

    return letterhead(session)


@dataclass(frozen=True)
class _Correction:
    at: dt.datetime
    username: str | None
    label: str
    new_value: str


def _corrections(session: Session, client: Client, request: SubjectRequest) -> list[_Correction]:
    """Every correction made under ``request``, oldest first, read back from the audit
    trail (its "request N: field corrected" entries), with each field's value now."""
    entries = session.execute(
        sa.select(AuditEntry.at, AuditEntry.username, AuditEntry.summary)
        .where(
            AuditEntry.action == "rights.corrected",
            AuditEntry.client_id == client.id,
            AuditEntry.summary.like(f"request {request.id}: %"),
        )
        .order_by(AuditEntry.id)
    ).all()
    found = []
    for at, username, summary in entries:
        name = summary.split(": ", 1)[1].removesuffix(" corrected")
        value = getattr(client, name, None)
        label = CORRECTABLE_FIELDS.get(name, name)
        found.append(_Correction(at, username, label, "" if value is None else str(value)))
    return found


def correction_letter(
    session: Session, *, actor: Actor, request_id: int, today: dt.date | None = None
) -> bytes:
    """The s24(4) confirmation to the person: every correction made under the request
    (from the audit log), the fields' values now, and the earlier recipients (s24(3))."""
    from clientmanager.reports.correction_letter import (
        CorrectedField,
        Recipient,
        build_correction_letter,
    )
    from clientmanager.services.disclosures import RECIPIENT_CATEGORIES

    require(actor, Permission.REGISTERS_VIEW)
    request = request_row(session, request_id, lock=False)
    if request.kind != "correction" or request.client_id is None:
        raise RequestError("Request {id} is not a correction request for a client.", id=request.id)
    require_client_access(session, actor, request.client_id)
    client = get_client(session, request.client_id)
    entries = _corrections(session, client, request)
    if not entries:
        raise RequestError(
            "Nothing has been corrected under request {id} yet.",
            hint="Correct the record first; the letter confirms what was done.",
            id=request.id,
        )
    full_names = dict(session.execute(sa.select(User.username, User.full_name)).all())
    corrections = [
        CorrectedField(
            label=entry.label,
            new_value=entry.new_value,
            corrected_at=entry.at,
            corrected_by=full_names.get(entry.username) or entry.username or "",
        )
        for entry in entries
    ]
    recipients = [
        Recipient(
            name=view.recipient_name,
            category=RECIPIENT_CATEGORIES.get(view.recipient_category, view.recipient_category),
            disclosed_on=view.disclosed_at,
        )
        for view in previous_recipients(
            session, actor=actor, client_id=client.id, before=entries[-1].at
        )
    ]
    from clientmanager.services.addressee import addressee_for

    addressee = addressee_for(session, client, today=today)
    pdf = build_correction_letter(
        practice_letterhead(session),
        subject_name=addressee.name,
        salutation=addressee.salutation,
        address_lines=list(addressee.address_lines),
        request_id=request.id,
        received_on=request.received_on,
        corrections=corrections,
        recipients=recipients,
        today=today or _today(),
    )
    _audit(session, actor, request, "rights.correction_letter", ": confirmation letter produced")
    return pdf


def restrict_processing(
    session: Session, *, actor: Actor, request_id: int, restricted: bool = True
) -> Client:
    """Flag (or unflag) the person as restricted: out of marketing and bulk exports."""
    request = _client_request(session, actor, request_id)
    client = get_client(session, request.client_id)
    client.is_restricted = restricted
    request.outcome = _append(
        request.outcome,
        f"{utcnow():%Y-%m-%d} Processing {'restricted' if restricted else 'restriction lifted'}"
        f" by {actor.username}.",
    )
    action = "rights.restricted" if restricted else "rights.restriction_lifted"
    _audit(session, actor, request, action)
    return client


def record_objection(session: Session, *, actor: Actor, request_id: int) -> Client:
    """The person objected (s11(3)): optional processing and marketing stop."""
    request = _client_request(session, actor, request_id)
    client = get_client(session, request.client_id)
    now = utcnow()
    client.objected_at = client.objected_at or now
    request.outcome = _append(
        request.outcome, f"{now:%Y-%m-%d} Objection recorded by {actor.username}."
    )
    _audit(session, actor, request, "rights.objection_recorded")
    return client


def record_marketing_opt_out(session: Session, *, actor: Actor, request_id: int) -> Consent:
    """Append a "withdrawn" direct-marketing consent (s69); honoured everywhere at once."""
    request = _client_request(session, actor, request_id)
    consent = withdraw_on_request(
        session,
        actor=actor,
        client_id=request.client_id,
        wording=f"Opt-out recorded under rights-register request {request.id}.",
    )
    request.outcome = _append(
        request.outcome, f"{utcnow():%Y-%m-%d} Marketing opt-out recorded by {actor.username}."
    )
    session.flush()
    _audit(session, actor, request, "rights.marketing_opt_out")
    return consent


def bulk_export_clause() -> sa.ColumnElement[bool]:
    """The WHERE clause for optional bulk exports: see
    :func:`clientmanager.services.consents.bulk_export_clause` (one rule, one place)."""
    from clientmanager.services.consents import bulk_export_clause as clause

    return clause()


# --- reading the register -------------------------------------------------------------------


def _view_query() -> sa.Select:
    return (
        sa.select(SubjectRequest, Client, User.full_name)
        .outerjoin(Client, Client.id == SubjectRequest.client_id)
        .outerjoin(User, User.id == SubjectRequest.handled_by_id)
    )


def _to_view(request: SubjectRequest, client: Client | None, handler: str | None) -> RequestView:
    return RequestView(
        id=request.id,
        client_id=request.client_id,
        client_name=client.display_name if client is not None else None,
        kind=request.kind,
        requested_by=request.requested_by,
        received_on=request.received_on,
        identity_verified_on=request.identity_verified_on,
        identity_verification=request.identity_verification,
        due_on=request.due_on,
        extended_to=request.extended_to,
        extension_reason=request.extension_reason,
        status=request.status,
        details=request.details,
        outcome=request.outcome,
        completed_at=request.completed_at,
        handled_by=handler,
    )


def list_requests(
    session: Session, *, actor: Actor, include_closed: bool = True
) -> list[RequestView]:
    """The register, open requests first by due date, then closed ones newest first."""
    require(actor, Permission.REGISTERS_VIEW)
    query = _view_query()
    if not include_closed:
        query = query.where(SubjectRequest.status == "open")
    due = sa.func.coalesce(SubjectRequest.extended_to, SubjectRequest.due_on)
    query = query.order_by(
        (SubjectRequest.status != "open"), due, SubjectRequest.received_on.desc()
    )
    return [_to_view(*row) for row in session.execute(query).all()]


def overdue_requests(
    session: Session, *, actor: Actor, today: dt.date | None = None
) -> list[RequestView]:
    """Open requests past their (extended) due date: shown on the dashboard."""
    require(actor, Permission.REGISTERS_VIEW)
    today = today or _today()
    due = sa.func.coalesce(SubjectRequest.extended_to, SubjectRequest.due_on)
    query = _view_query().where(SubjectRequest.status == "open", due < today).order_by(due)
    return [_to_view(*row) for row in session.execute(query).all()]


def get_request(session: Session, *, actor: Actor, request_id: int) -> RequestView:
    require(actor, Permission.REGISTERS_VIEW)
    row = session.execute(_view_query().where(SubjectRequest.id == request_id)).first()
    if row is None:
        raise NotFound(
            "There is no request number {request_id} in the rights register.", request_id=request_id
        )
    return _to_view(*row)


# --- acting on a request: the one entry point (GUI and CLI) ----------------------------------


@dataclass
class ActOutcome:
    """What acting on a request did, and the letters to send (the caller saves them)."""

    request_id: int
    kind: str
    message: str
    closed: bool
    letter: bytes | None = None
    letter_name: str | None = None
    # One s24(3) notice per earlier recipient: (recipient name, PDF).
    notices: list[tuple[str, bytes]] = field(default_factory=list)
    package_path: Path | None = None
    pdf_password: str | None = None


def withdraw_consent(session: Session, *, actor: Actor, request_id: int, purpose: str) -> Consent:
    """The person withdrew a consent (s11(2)(b)): a "withdrawn" entry, honoured at once."""
    from clientmanager.services.consents import PURPOSES

    request = _client_request(session, actor, request_id)
    if purpose not in PURPOSES:
        raise ValidationError(
            "Consent", "choose the purpose withdrawn: " + ", ".join(sorted(PURPOSES)) + "."
        )
    consent = Consent(
        client_id=request.client_id,
        purpose=purpose,
        lawful_basis="consent",
        status="withdrawn",
        channel="request",
        wording=f"Withdrawn under rights-register request {request.id}.",
        recorded_at=utcnow(),
        recorded_by_id=actor.user_id,
    )
    session.add(consent)
    request.outcome = _append(
        request.outcome, f"{utcnow():%Y-%m-%d} Consent for {purpose} withdrawn by {actor.username}."
    )
    session.flush()
    _audit(session, actor, request, "rights.consent_withdrawn", f": {purpose}")
    return consent


def _confirmation(
    session: Session, request: SubjectRequest, *, subject: str, did: list[str],
    means: list[str], today: dt.date,
) -> bytes:  # fmt: skip
    from clientmanager.reports.rights_letters import build_confirmation_letter
    from clientmanager.services.addressee import addressee_for

    client = get_client(session, request.client_id)
    return build_confirmation_letter(
        practice_letterhead(session),
        addressee=addressee_for(session, client, today=today),
        request_id=request.id,
        received_on=request.received_on,
        subject=subject,
        what_we_did=did,
        what_it_means=means,
        today=today,
    )


def recipient_notices(
    session: Session, *, actor: Actor, request_id: int, today: dt.date | None = None
) -> list[tuple[str, bytes]]:
    """One s24(3) notice per earlier recipient of the person's information (the
    disclosure register), listing every correction made under the request."""
    from clientmanager.reports.rights_letters import NoticeCorrection, build_recipient_notice
    from clientmanager.services.addressee import full_name
    from clientmanager.services.disclosures import RECIPIENT_CATEGORIES

    require(actor, Permission.REGISTERS_VIEW)
    request = request_row(session, request_id, lock=False)
    client = get_client(session, request.client_id)
    entries = _corrections(session, client, request)
    if not entries:
        return []
    corrections = [NoticeCorrection(entry.label, entry.new_value, entry.at) for entry in entries]
    seen: dict[tuple[str, str], DisclosureView] = {}
    for view in previous_recipients(
        session, actor=actor, client_id=client.id, before=entries[-1].at
    ):
        seen.setdefault((view.recipient_name, view.recipient_category), view)
    letterhead = practice_letterhead(session)
    notices = []
    for (name, category), view in seen.items():
        notices.append(
            (
                name,
                build_recipient_notice(
                    letterhead,
                    recipient_name=name,
                    recipient_category=RECIPIENT_CATEGORIES.get(category, category),
                    subject_name=full_name(client) or client.display_name,
                    subject_reference=f"our client {client.id}",
                    disclosed_on=view.disclosed_at,
                    corrections=corrections,
                    request_id=request.id,
                    today=today or _today(),
                ),
            )
        )
    _audit(
        session,
        actor,
        request,
        "rights.recipients_notified",
        f": {len(notices)} s24(3) notices produced",
    )
    return notices


def act_on_request(
    session: Session,
    *,
    actor: Actor,
    request_id: int,
    field: str | None = None,
    new_value: str | None = None,
    purpose: str | None = None,
    out: Path | None = None,
    pdf_password: str | None = None,
    today: dt.date | None = None,
) -> ActOutcome:
    """Do what the request asks, through the one service for its kind, and produce its
    letter. Refuses (with what to do) before changing anything when the request is
    closed, has no client, or the requester's identity has not been verified (s23(1))."""
    require(actor, Permission.REGISTERS_EDIT)
    request = request_row(session, request_id)
    _require_open(request)
    if request.client_id is None:
        raise RequestError(
            "Request {id} is not linked to a client.",
            hint="Record the request against the client it concerns.",
            id=request.id,
        )
    if request.identity_verified_on is None:
        raise RequestError(
            "The identity of whoever made request {id} has not been verified.",
            hint="Verify it first (for example: ID book seen), then act on the request.",
            id=request.id,
        )
    today = today or _today()
    kind = request.kind
    if kind in ("access", "portability"):
        if out is None:
            raise ValidationError("Package", "choose where to save the package (a .zip file).")
        from clientmanager.services.subject_export import export_subject_package

        result = export_subject_package(
            session, actor=actor, client_id=request.client_id, out=out,
            pdf_password=pdf_password, request_id=request.id,
        )  # fmt: skip
        return ActOutcome(
            request.id, kind, f"Package {result.package_id} written; request {request.id} done.",
            closed=True, package_path=result.path, pdf_password=pdf_password,
        )  # fmt: skip
    if kind == "correction":
        if not field:
            raise ValidationError("Field", "choose the information to correct.")
        if field not in CORRECTABLE_FIELDS:
            raise ValidationError(
                "Field", f"{field!r} cannot be corrected here; choose one of: "
                + ", ".join(CORRECTABLE_FIELDS) + ".",
            )  # fmt: skip
        result = apply_correction(
            session, actor=actor, request_id=request.id, field=field, new_value=new_value
        )
        letter = correction_letter(session, actor=actor, request_id=request.id, today=today)
        notices = recipient_notices(session, actor=actor, request_id=request.id, today=today)
        return ActOutcome(
            request.id, kind,
            f"{result.field_label} corrected; {len(notices)} earlier recipient(s) to tell "
            "(s24(3)). Close the request when every correction is made.",
            closed=False, letter=letter, letter_name=f"correction-request-{request.id}.pdf",
            notices=notices,
        )  # fmt: skip
    if kind == "deletion":
        from clientmanager.services.deletion import approve_deletion_request

        outcome = approve_deletion_request(session, actor=actor, request_id=request.id, today=today)
        return ActOutcome(
            request.id, kind,
            f"Deletion approved ({outcome.action}): {len(outcome.deleted)} kinds of record "
            f"deleted, {len(outcome.kept)} kept as the law requires.",
            closed=True, letter=outcome.letter, letter_name=f"deletion-request-{request.id}.pdf",
        )  # fmt: skip
    from clientmanager.reports.rights_letters import confirmation_wording

    words = practice_letterhead(session).words  # the practice's letter language
    if kind == "objection":
        record_objection(session, actor=actor, request_id=request.id)
        subject, did, means = confirmation_wording(words, kind, on=today)
    elif kind == "restriction":
        restrict_processing(session, actor=actor, request_id=request.id)
        subject, did, means = confirmation_wording(words, kind, on=today)
    elif kind == "marketing_opt_out":
        record_marketing_opt_out(session, actor=actor, request_id=request.id)
        subject, did, means = confirmation_wording(words, kind, on=today)
    elif kind == "consent_withdrawal":
        from clientmanager.services.consents import PURPOSES

        if not purpose:
            raise ValidationError(
                "Consent", "choose the purpose withdrawn: " + ", ".join(sorted(PURPOSES)) + "."
            )
        withdraw_consent(session, actor=actor, request_id=request.id, purpose=purpose)
        subject, did, means = confirmation_wording(words, kind, on=today, purpose=PURPOSES[purpose])
        if purpose == "direct_marketing":
            means.append(words("conf.no_marketing"))
    else:  # pragma: no cover - REQUEST_KINDS is closed
        raise RequestError("Request {id} is of an unknown kind.", id=request.id)
    letter = _confirmation(session, request, subject=subject, did=did, means=means, today=today)
    complete_request(
        session, actor=actor, request_id=request.id,
        outcome=f"{today.isoformat()}: {REQUEST_KINDS[kind]} acted on; confirmation letter produced.",
    )  # fmt: skip
    return ActOutcome(
        request.id, kind, f"{REQUEST_KINDS[kind]}: done; request {request.id} closed.",
        closed=True, letter=letter, letter_name=f"{kind.replace('_', '-')}-request-{request.id}.pdf",
    )  # fmt: skip
