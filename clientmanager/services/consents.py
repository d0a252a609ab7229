"""The consent and lawful-basis ledger, per person (POPIA s11, s26–s27, s35, s69).

Every change is a new :class:`~clientmanager.store.models.Consent` row; the database
refuses updates, so the ledger is its own history and the newest entry per purpose is the
current state.

* **Lawful basis** (s11(1)(a)–(f)): each category of processing (a *purpose*) records the
  basis it rests on. Only consent has a status of given, refused or withdrawn; the other
  bases are recorded as ``not_required``.
* **Special personal information** (s26): health data for underwriting, for example, is
  flagged and needs its own basis from s27 (or s32 for health data used by insurers).
* **Children** (s34–s35): while a person is under 18 (computed from the date of birth or
  SA ID number, never stored), consent must come from a competent person, whose name is
  recorded in ``given_by``.
* **Direct marketing** (s69): given, refused or withdrawn, always with the date, channel
  and the exact wording shown. Nothing is pre-ticked: the status is a required argument
  with no default. A non-customer may be asked once (s69(2)); one who refused is never
  asked again. Opt-outs take effect at once everywhere because every list, export and mail
  merge filters with the one :func:`marketing_allowed_clause`.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.retention import ChildStatus, child_status
from clientmanager.errors import ClientManagerError
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    get_client,
    require,
    require_client_access,
)
from clientmanager.services.views import view_of
from clientmanager.store.models import Client, Consent, utcnow

logger = logging.getLogger(__name__)

MARKETING = "direct_marketing"

GIVEN = "given"
REFUSED = "refused"
WITHDRAWN = "withdrawn"
NOT_REQUIRED = "not_required"
CONSENT_STATUSES = (GIVEN, REFUSED, WITHDRAWN)

# POPIA s11(1): the six lawful bases, by the code stored in Consent.lawful_basis.
LAWFUL_BASES: dict[str, str] = {
    "consent": "s11(1)(a) the person (or a competent person for a child) consents",
    "contract": "s11(1)(b) needed to conclude or perform a contract with the person",
    "legal_obligation": "s11(1)(c) complies with an obligation imposed by law (FICA, FAIS)",
    "data_subject_interest": "s11(1)(d) protects a legitimate interest of the person",
    "public_law": "s11(1)(e) needed for a public body's public law duty",
    "legitimate_interest": "s11(1)(f) a legitimate interest of the practice or a third party",
}

# POPIA s27 (and s32 for health information): the bases for special personal information.
SPECIAL_BASES: dict[str, str] = {
    "consent": "s27(1)(a) the person (or a competent person for a child) consents",
    "legal_right": "s27(1)(b) needed to establish, exercise or defend a right or obligation in law",
    "made_public": "s27(1)(e) deliberately made public by the person",
    "insurance_health": "s32(1)(b) health information an insurer or medical scheme needs "
    "to assess a risk or a claim",
}

CHANNELS: dict[str, str] = {
    "in_person": "In person",
    "paper_form": "Signed form (Form 4)",
    "email": "E-mail",
    "phone": "Telephone",
    "sms": "SMS",
    "whatsapp": "WhatsApp",
    "web_form": "Web form",
    "letter": "Letter",
}

PURPOSES: dict[str, str] = {
    "financial_planning": "Financial planning and advice",
    "underwriting": "Underwriting (health information)",
    "fica_verification": "FICA identity verification",
    "direct_marketing": "Direct marketing",
    "product_administration": "Product administration",
}


class ConsentNotAllowed(ClientManagerError):
    """The law does not allow this consent to be asked for or recorded."""


@dataclass(frozen=True)
class AskDecision:
    allowed: bool
    reason: str


@dataclass(frozen=True)
class ConsentState:
    id: int
    purpose: str
    lawful_basis: str
    status: str
    channel: str | None
    wording: str | None
    is_special_information: bool
    given_by: str | None
    recorded_at: dt.datetime
    recorded_by_id: int | None

    @property
    def basis_text(self) -> str:
        table = SPECIAL_BASES if self.is_special_information else LAWFUL_BASES
        return table.get(self.lawful_basis, self.lawful_basis)


@dataclass(frozen=True)
class ConsentSummary:
    client_id: int
    current: dict[str, ConsentState]
    child: ChildStatus
    marketing_allowed: bool
    can_ask: AskDecision
    history: list[ConsentState]

    @property
    def special_information(self) -> list[ConsentState]:
        return [state for state in self.current.values() if state.is_special_information]


def _state(row: Consent) -> ConsentState:
    return view_of(ConsentState, row)


def _child_status(client: Client, today: dt.date) -> ChildStatus:
    if client.kind != "person":
        return ChildStatus(is_child=False, adult_on=None, known=True)
    return child_status(today=today, date_of_birth=client.date_of_birth, id_number=client.id_number)


def history(session: Session, *, actor: Actor, client_id: int) -> list[ConsentState]:
    """Every entry for the person, oldest first: the proof s11(2)(a) asks for."""
    require_client_access(session, actor, client_id)
    rows = session.scalars(
        sa.select(Consent)
        .where(Consent.client_id == client_id)
        .order_by(Consent.recorded_at, Consent.id)
    )
    return [_state(row) for row in rows]


def current(session: Session, *, actor: Actor, client_id: int) -> dict[str, ConsentState]:
    """The newest entry per purpose."""
    latest: dict[str, ConsentState] = {}
    for state in history(session, actor=actor, client_id=client_id):
        latest[state.purpose] = state
    return latest


def _latest_marketing(session: Session, client_id: int) -> Consent | None:
    return session.scalars(
        sa.select(Consent)
        .where(Consent.client_id == client_id, Consent.purpose == MARKETING)
        .order_by(Consent.recorded_at.desc(), Consent.id.desc())
        .limit(1)
    ).first()


def can_ask_for_marketing_consent(session: Session, *, actor: Actor, client_id: int) -> AskDecision:
    """May the practice ask this person for direct-marketing consent? With the reason, so
    the app can show why not."""
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    if client.objected_at is not None:
        return AskDecision(
            False,
            f"Objected to processing on {client.objected_at:%d %B %Y} (POPIA s11(3)); do not ask.",
        )
    if client.is_restricted:
        return AskDecision(False, "Processing is restricted (POPIA s14(6)); do not ask.")
    entries = list(
        session.scalars(
            sa.select(Consent)
            .where(Consent.client_id == client_id, Consent.purpose == MARKETING)
            .order_by(Consent.recorded_at, Consent.id)
        )
    )
    latest = entries[-1] if entries else None
    if latest is not None and latest.status == GIVEN:
        return AskDecision(False, f"Consent already given on {latest.recorded_at:%d %B %Y}.")
    if client.category == "client":
        if latest is None:
            return AskDecision(
                True,
                "A customer may be asked; every message must offer a free opt-out (POPIA s69(3)).",
            )
        return AskDecision(
            True,
            f"A customer who opted out on {latest.recorded_at:%d %B %Y}; ask only if they "
            "raise it, and record their answer (POPIA s69(3)).",
        )
    refused = [entry for entry in entries if entry.status in (REFUSED, WITHDRAWN)]
    if refused:
        last = refused[-1]
        word = "refused" if last.status == REFUSED else "withdrew consent"
        return AskDecision(
            False,
            f"Not a customer, and {word} on {last.recorded_at:%d %B %Y}"
            f"{' by ' + CHANNELS.get(last.channel, last.channel) if last.channel else ''}. "
            "POPIA s69(2) allows a non-customer to be asked only once: never ask again.",
        )
    return AskDecision(
        True,
        "Not a customer: may be asked once, in the prescribed manner (POPIA s69(2), Form 4).",
    )


def _require_text(value: str | None, field: str, problem: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, problem)
    return text


def record(
    session: Session,
    *,
    actor: Actor,
    client_id: int,
    purpose: str,
    lawful_basis: str,
    status: str | None = None,
    special_information: bool = False,
    channel: str | None = None,
    wording: str | None = None,
    given_by: str | None = None,
    today: dt.date | None = None,
) -> ConsentState:
    """Record the lawful basis for one category of processing (a new ledger entry).

    For direct marketing use :func:`record_marketing_consent`, which applies s69.
    """
    require(actor, Permission.CLIENT_EDIT)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    purpose = _require_text(purpose, "Purpose", "say what the information is processed for")
    if purpose == MARKETING:
        raise ValidationError(
            "Purpose", "direct-marketing consent is recorded with its own form (POPIA s69)"
        )
    bases = SPECIAL_BASES if special_information else LAWFUL_BASES
    if lawful_basis not in bases:
        law = "s27" if special_information else "s11(1)"
        raise ValidationError(
            "Lawful basis",
            f"choose one of the bases in POPIA {law}: " + ", ".join(sorted(bases)),
        )
    if lawful_basis == "consent":
        if status not in CONSENT_STATUSES:
            raise ValidationError(
                "Consent", "choose given, refused or withdrawn; nothing is assumed"
            )
        channel = _require_text(channel, "Channel", "say how the consent was obtained")
        wording = _require_text(wording, "Wording", "record the words the person agreed to")
        if status == GIVEN:
            given_by = _competent_person(client, given_by, today or dt.date.today())
    else:
        status = NOT_REQUIRED
    return _append(
        session,
        actor=actor,
        client=client,
        purpose=purpose,
        lawful_basis=lawful_basis,
        status=status,
        special_information=special_information,
        channel=channel,
        wording=wording,
        given_by=given_by,
    )


def _competent_person(client: Client, given_by: str | None, today: dt.date) -> str | None:
    status = _child_status(client, today)
    if status.is_child:
        return _require_text(
            given_by,
            "Given by",
            "this person is under 18: record the parent or guardian (the competent person) "
            "who consented (POPIA s35(1)(a))",
        )
    return (given_by or "").strip() or None


def record_marketing_consent(
    session: Session,
    *,
    actor: Actor,
    client_id: int,
    status: str,
    channel: str,
    wording: str,
    given_by: str | None = None,
    at_persons_request: bool = False,
    today: dt.date | None = None,
) -> ConsentState:
    """Record a direct-marketing answer (POPIA s69): given, refused or withdrawn.

    ``status`` has no default: the practice records what the person chose. Refusing and
    withdrawing are always accepted and take effect at once. Recording a "given" after the
    practice asked a non-customer who had already refused is refused, with the reason;
    ``at_persons_request`` covers a person who comes back and asks for marketing of their
    own accord (they were not asked).
    """
    require(actor, Permission.CLIENT_EDIT_CONTACT)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    if status not in CONSENT_STATUSES:
        raise ValidationError(
            "Marketing consent", "choose given, refused or withdrawn; nothing is pre-selected"
        )
    if channel not in CHANNELS:
        raise ValidationError("Channel", "choose how the person answered: " + ", ".join(CHANNELS))
    wording = _require_text(
        wording, "Wording", "record the words shown or read to the person (Form 4)"
    )
    if status == GIVEN:
        if not at_persons_request:
            decision = can_ask_for_marketing_consent(session, actor=actor, client_id=client_id)
            if not decision.allowed:
                raise ConsentNotAllowed(
                    "{reason}",
                    hint="Record consent only if the person asks for marketing themselves.",
                    reason=decision.reason,
                )
        given_by = _competent_person(client, given_by, today or dt.date.today())
    return _append(
        session,
        actor=actor,
        client=client,
        purpose=MARKETING,
        lawful_basis="consent",
        status=status,
        special_information=False,
        channel=channel,
        wording=wording,
        given_by=given_by,
    )


def opt_out(
    session: Session, *, actor: Actor, client_id: int, channel: str, wording: str | None = None
) -> ConsentState:
    """The person said stop: withdrawn at once, everywhere (POPIA s11(2)(b), s69)."""
    return record_marketing_consent(
        session,
        actor=actor,
        client_id=client_id,
        status=WITHDRAWN,
        channel=channel,
        wording=wording or "The person asked to receive no more direct marketing.",
    )


def withdraw_on_request(session: Session, *, actor: Actor, client_id: int, wording: str) -> Consent:
    """The direct-marketing withdrawal a rights-register request makes (an opt-out, or a
    deletion request): added in the caller's transaction, whose audit line names the
    request, so none is written here."""
    row = Consent(
        client_id=client_id,
        purpose=MARKETING,
        lawful_basis="consent",
        status=WITHDRAWN,
        channel="request",
        wording=wording,
        recorded_at=utcnow(),
        recorded_by_id=actor.user_id,
    )
    session.add(row)
    return row


def _append(
    session: Session,
    *,
    actor: Actor,
    client: Client,
    purpose: str,
    lawful_basis: str,
    status: str,
    special_information: bool,
    channel: str | None,
    wording: str | None,
    given_by: str | None,
) -> ConsentState:
    row = Consent(
        client_id=client.id,
        purpose=purpose,
        lawful_basis=lawful_basis,
        status=status,
        channel=channel,
        wording=wording,
        is_special_information=special_information,
        given_by=given_by,
        recorded_at=utcnow(),
        recorded_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="consent.recorded",
        client_id=client.id,
        summary=f"{purpose}: {lawful_basis}, {status}"
        + (", special information" if special_information else ""),
    )
    return _state(row)


# --- the one marketing filter ---------------------------------------------------------------


def adult_born_on_or_before(today: dt.date) -> dt.date:
    """The latest date of birth of someone who is 18 on ``today``."""
    try:
        return today.replace(year=today.year - 18)
    except ValueError:  # today is 29 February: born 28 February turns 18 today
        return dt.date(today.year - 18, 2, 28)


def marketing_allowed_clause(today: dt.date | None = None) -> sa.ColumnElement[bool]:
    """THE filter for direct marketing: lists, exports and mail merges all use it, so an
    opt-out takes effect everywhere the moment it is recorded.

    True for a client whose newest direct-marketing entry is "given", who has not objected
    (s11(3)), whose processing is not restricted, who is not archived, and who, if under
    18 by their date of birth, had consent given by a competent person (s35).
    """
    today = today or dt.date.today()
    entry = aliased(Consent)
    newest = (
        sa.select(entry.id)
        .where(entry.client_id == Client.id, entry.purpose == MARKETING)
        .order_by(entry.recorded_at.desc(), entry.id.desc())
        .limit(1)
        .correlate(Client)
        .scalar_subquery()
    )
    given = aliased(Consent)
    consent_given = (
        sa.select(1)
        .where(
            given.id == newest,
            given.status == GIVEN,
            sa.or_(
                Client.date_of_birth.is_(None),
                Client.date_of_birth <= adult_born_on_or_before(today),
                given.given_by.is_not(None),
            ),
        )
        .correlate(Client)
        .exists()
    )
    return sa.and_(
        consent_given,
        Client.is_restricted.is_(False),
        Client.objected_at.is_(None),
        Client.archived_at.is_(None),
    )


def summary(
    session: Session, *, actor: Actor, client_id: int, today: dt.date | None = None
) -> ConsentSummary:
    """Everything the client card shows about consent and lawful basis."""
    today = today or dt.date.today()
    entries = history(session, actor=actor, client_id=client_id)
    latest: dict[str, ConsentState] = {}
    for state in entries:
        latest[state.purpose] = state
    client = get_client(session, client_id)
    allowed = bool(
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Client)
            .where(Client.id == client_id, marketing_allowed_clause(today))
        )
    )
    return ConsentSummary(
        client_id=client_id,
        current=latest,
        child=_child_status(client, today),
        marketing_allowed=allowed,
        can_ask=can_ask_for_marketing_consent(session, actor=actor, client_id=client_id),
        history=entries,
    )


def bulk_export_clause() -> sa.ColumnElement[bool]:
    """THE filter for optional bulk processing (client lists, mail merges, lists for third
    parties): people who restricted processing (s14(6)) or objected (s11(3)) are left out,
    the moment it is recorded. A user may include them only by stating a purpose the law
    allows (:func:`clientmanager.services.exporter.export_clients`, ``lawful_purpose``)."""
    return sa.and_(Client.is_restricted.is_(False), Client.objected_at.is_(None))
