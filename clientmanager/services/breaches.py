"""The breach register (POPIA s22): security compromises, who they touched, who was told.

s22(1): when there are reasonable grounds to believe personal information was accessed or
acquired by an unauthorised person, the practice notifies the Information Regulator and
the people affected as soon as reasonably possible. s22(5) says what the notice to a
person must contain; the register records each of those items, so the drafts it produces
(the Regulator's security-compromise notice, with the facts its SCN1 form asks for, and a
letter per person) are complete:

* (a) the possible consequences;
* (b) the measures the practice took or intends to take;
* (c) what the person can do to protect themselves;
* (d) who accessed or acquired the information, if known.

The register keeps client ids, not copies of their data, and outlives a later erasure of
a person (``BreachSubject.client_id`` has no foreign key).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.reports.breach_inputs import (  # reports/ owns the letters' input
    BreachView,
    LetterRecipient,
    ResponsibleParty,
)
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, require
from clientmanager.services.views import view_of
from clientmanager.store.models import (
    Breach,
    BreachSubject,
    Client,
    Consent,
    utcnow,
)

if TYPE_CHECKING:  # fpdf comes with it: imported only where a letter is drawn
    from clientmanager.reports.base import Letterhead

logger = logging.getLogger(__name__)

DATA_CATEGORIES = (
    "Identity (names, ID and passport numbers, dates of birth)",
    "Contact details (addresses, phone numbers, e-mail)",
    "Financial information (income, assets, liabilities)",
    "Policies and investments",
    "Records of advice and notes",
    "Health information (special personal information)",
    "Tax numbers",
    "Documents (ID copies, statements)",
    "Bank account details",
)

CRITERIA = {
    "everyone": "Everyone whose information the practice holds",
    "clients": "All clients",
    "prospects": "All prospects",
    "special_information": "Everyone with health (special personal) information on record",
}

STATUSES = ("open", "closed")


class BreachIncomplete(ClientManagerError):
    """A notice cannot be drafted until the register holds what s22(5) requires."""


def _view(session: Session, row: Breach) -> BreachView:
    linked = session.scalar(
        sa.select(sa.func.count())
        .select_from(BreachSubject)
        .where(BreachSubject.breach_id == row.id)
    )
    return view_of(
        BreachView,
        row,
        data_categories=[line for line in row.data_categories.splitlines() if line.strip()],
        linked_people=linked or 0,
    )


def _text(value: str | None, field: str, problem: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, problem)
    return text


def _criteria_clause(criteria: str) -> sa.ColumnElement[bool]:
    if criteria == "everyone":
        return sa.true()
    if criteria == "clients":
        return Client.category == "client"
    if criteria == "prospects":
        return Client.category == "prospect"
    if criteria == "special_information":
        return Client.id.in_(
            sa.select(Consent.client_id).where(Consent.is_special_information.is_(True))
        )
    raise ValidationError("Who was affected", "choose one of: " + ", ".join(CRITERIA))


def _link(session: Session, breach: Breach, client_ids: set[int]) -> int:
    already = set(
        session.scalars(
            sa.select(BreachSubject.client_id).where(BreachSubject.breach_id == breach.id)
        )
    )
    new = sorted(client_ids - already)
    session.add_all(BreachSubject(breach_id=breach.id, client_id=cid) for cid in new)
    session.flush()
    total = len(already) + len(new)
    breach.affected_count = max(breach.affected_count or 0, total)
    return len(new)


def _affected_ids(session: Session, client_ids: list[int] | None, criteria: str | None) -> set[int]:
    ids: set[int] = set()
    if client_ids:
        wanted = set(client_ids)
        found = set(session.scalars(sa.select(Client.id).where(Client.id.in_(wanted))))
        if wanted - found:
            raise NotFound(
                "{count} of the chosen people are not in this practice.",
                hint="Choose the affected people from the client list again.",
                count=len(wanted - found),
            )
        ids |= found
    if criteria:
        ids |= set(session.scalars(sa.select(Client.id).where(_criteria_clause(criteria))))
    return ids


def _audit(session: Session, actor: Actor, action: str, breach_id: int, detail: str = "") -> None:
    """The register's audit entries name the breach and counts, never an affected person."""
    summary = f"breach {breach_id}: {detail}" if detail else f"breach {breach_id}"
    audit.record(session, actor=actor, action=action, summary=summary)


def record_breach(
    session: Session,
    *,
    actor: Actor,
    title: str,
    description: str,
    discovered_at: dt.datetime,
    occurred_on: dt.date | None = None,
    data_categories: list[str] | tuple[str, ...] = (),
    data_encrypted: bool = False,
    consequences: str = "",
    measures_taken: str = "",
    subject_actions: str = "",
    perpetrator: str | None = None,
    client_ids: list[int] | None = None,
    criteria: str | None = None,
    affected_count: int | None = None,
    now: dt.datetime | None = None,
    discovery_manner: str | None = None,
    subject_notice_manner: str | None = None,
    delay_reason: str | None = None,
) -> BreachView:
    """Enter a security compromise in the register (what happened, when it was discovered,
    what and who it touched, whether the data was encrypted, what was done)."""
    require(actor, Permission.REGISTERS_EDIT)
    title = _text(title, "Title", "give the incident a short name, e.g. 'Laptop stolen'")
    description = _text(description, "What happened", "describe what happened")
    if discovered_at is None:
        raise ValidationError("Discovered", "say when the compromise was discovered")
    if discovered_at > (now or utcnow()) + dt.timedelta(days=1):
        raise ValidationError("Discovered", "cannot be in the future")
    if occurred_on is not None and occurred_on > discovered_at.date():
        raise ValidationError("Happened on", "cannot be after the day it was discovered")
    if affected_count is not None and affected_count < 0:
        raise ValidationError("People affected", "cannot be negative")
    ids = _affected_ids(session, client_ids, criteria)
    row = Breach(
        title=title,
        description=description,
        occurred_on=occurred_on,
        discovered_at=discovered_at,
        data_categories="\n".join(c.strip() for c in data_categories if c.strip()),
        affected_criteria=CRITERIA.get(criteria) if criteria else None,
        affected_count=affected_count or 0,
        data_encrypted=data_encrypted,
        consequences=(consequences or "").strip(),
        measures_taken=(measures_taken or "").strip(),
        subject_actions=(subject_actions or "").strip(),
        perpetrator=(perpetrator or "").strip() or None,
        discovery_manner=(discovery_manner or "").strip() or None,
        subject_notice_manner=(subject_notice_manner or "").strip() or None,
        delay_reason=(delay_reason or "").strip() or None,
        status="open",
        recorded_at=now or utcnow(),
        recorded_by_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    _link(session, row, ids)
    _audit(session, actor, "breach.recorded", row.id, f"{row.affected_count} people affected")
    return _view(session, row)


_EDITABLE = {
    "title",
    "description",
    "occurred_on",
    "discovered_at",
    "data_categories",
    "data_encrypted",
    "consequences",
    "measures_taken",
    "subject_actions",
    "perpetrator",
    "affected_count",
    "status",
    "discovery_manner",
    "subject_notice_manner",
    "delay_reason",
}


def _row(session: Session, breach_id: int, *, lock: bool = True) -> Breach:
    # Locked until the commit when the entry is about to change (see subject_requests.request_row).
    row = session.get(Breach, breach_id, with_for_update=lock or None)
    if row is None:
        raise NotFound(
            "There is no breach {breach_id} in the register.", hint="", breach_id=breach_id
        )
    return row


def update_breach(session: Session, *, actor: Actor, breach_id: int, **changes) -> BreachView:  # noqa: ANN003
    """Fill in or correct the register as the facts become known."""
    require(actor, Permission.REGISTERS_EDIT)
    row = _row(session, breach_id)
    unknown = set(changes) - _EDITABLE
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    if "title" in changes:
        changes["title"] = _text(changes["title"], "Title", "cannot be empty")
    if "description" in changes:
        changes["description"] = _text(changes["description"], "What happened", "cannot be empty")
    if "status" in changes and changes["status"] not in STATUSES:
        raise ValidationError("Status", "open or closed")
    if "data_categories" in changes:
        changes["data_categories"] = "\n".join(
            c.strip() for c in changes["data_categories"] if c.strip()
        )
    for name, value in changes.items():
        setattr(row, name, value.strip() if isinstance(value, str) else value)
    session.flush()
    _audit(session, actor, "breach.updated", row.id, ", ".join(sorted(changes)))
    return _view(session, row)


def add_affected(
    session: Session,
    *,
    actor: Actor,
    breach_id: int,
    client_ids: list[int] | None = None,
    criteria: str | None = None,
) -> int:
    """Link more affected people (chosen, or by criteria). Returns how many were new."""
    require(actor, Permission.REGISTERS_EDIT)
    row = _row(session, breach_id)
    added = _link(session, row, _affected_ids(session, client_ids, criteria))
    if criteria:
        row.affected_criteria = CRITERIA[criteria]
    _audit(session, actor, "breach.updated", row.id, f"+{added} people")
    return added


def mark_regulator_notified(
    session: Session, *, actor: Actor, breach_id: int, at: dt.datetime, reference: str | None
) -> BreachView:
    require(actor, Permission.REGISTERS_EDIT)
    row = _row(session, breach_id)
    row.regulator_notified_at = at
    row.regulator_reference = (reference or "").strip() or None
    _audit(session, actor, "breach.regulator_notified", row.id)
    return _view(session, row)


def mark_subjects_notified(
    session: Session, *, actor: Actor, breach_id: int, at: dt.datetime
) -> BreachView:
    require(actor, Permission.REGISTERS_EDIT)
    row = _row(session, breach_id)
    row.subjects_notified_at = at
    session.execute(
        sa.update(BreachSubject)
        .where(BreachSubject.breach_id == breach_id, BreachSubject.notified_at.is_(None))
        .values(notified_at=at)
    )
    _audit(session, actor, "breach.subjects_notified", row.id)
    return _view(session, row)


def list_breaches(session: Session, *, actor: Actor) -> list[BreachView]:
    require(actor, Permission.REGISTERS_VIEW)
    rows = session.scalars(
        sa.select(Breach).order_by(Breach.discovered_at.desc(), Breach.id.desc())
    )
    return [_view(session, row) for row in rows]


def get_breach(session: Session, *, actor: Actor, breach_id: int) -> BreachView:
    require(actor, Permission.REGISTERS_VIEW)
    return _view(session, _row(session, breach_id, lock=False))


# --- the drafts -----------------------------------------------------------------------------


def regulator_lines(session: Session) -> tuple[str, ...]:
    from clientmanager.services.letterhead import regulator_lines as lines

    return lines(session)


def responsible_party(session: Session) -> ResponsibleParty:
    return _party_on(_practice_letterhead(session))


def _party_on(head: Letterhead) -> ResponsibleParty:
    # From the letterhead, so the notice and the letters name the practice and its
    # information officer exactly as every other letter does (phone numbers formatted).
    return ResponsibleParty(
        name=head.practice_name,
        fsp_number=head.fsp_number,
        address=head.address,
        information_officer_name=head.information_officer_name,
        information_officer_email=head.information_officer_email,
        information_officer_phone=head.information_officer_phone,
    )


def _practice_letterhead(session: Session):  # noqa: ANN202
    from clientmanager.services.letterhead import practice_letterhead

    return practice_letterhead(session)


def _date(value: dt.date | dt.datetime | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "Not known"


def _ready_to_draft(
    session: Session, actor: Actor, breach_id: int, what: Literal["notice", "letters"]
) -> BreachView:
    """The breach, once the register holds every fact s22 asks for; else what is missing."""
    breach = get_breach(session, actor=actor, breach_id=breach_id)
    missing = breach.missing_for_notice()
    if missing and what == "letters":
        raise BreachIncomplete(
            "The letters cannot be drafted yet: the register does not say {missing}.",
            hint="Fill these in on the breach, then draft again.",
            missing="; ".join(missing),
        )
    if missing:
        raise BreachIncomplete(
            "The notice cannot be drafted yet: the register does not say {missing}.",
            hint="Fill these in on the breach, then draft again.",
            missing="; ".join(missing),
        )
    return breach


def regulator_notice(session: Session, *, actor: Actor, breach_id: int) -> list[tuple[str, str]]:
    """The facts the Regulator's security-compromise notification (SCN1) asks for, as
    (question, answer) pairs to copy into the eServices portal or print."""
    breach = _ready_to_draft(session, actor, breach_id, "notice")
    party = responsible_party(session)
    officer = ", ".join(
        part
        for part in (
            party.information_officer_name,
            party.information_officer_email,
            party.information_officer_phone,
        )
        if part
    )
    return [
        ("Responsible party", party.name),
        ("FSP number", party.fsp_number or "Not recorded"),
        ("Address", party.address or "Not recorded"),
        ("Information officer", officer or "Not named: name one in Settings (POPIA s55)"),
        ("Nature of the compromise", breach.description),
        ("Date of the compromise", _date(breach.occurred_on)),
        (
            "Time and manner of discovery",
            f"{_moment(breach.discovered_at)}; "
            + (breach.discovery_manner or "manner of discovery not recorded"),
        ),
        ("Categories of personal information", "; ".join(breach.data_categories)),
        ("Number of data subjects affected", str(breach.affected_count)),
        ("Which data subjects", breach.affected_criteria or "The people listed in the register"),
        (
            "Was the information encrypted?",
            "Yes: encrypted at rest (SQLCipher, AES-256); the key was not compromised"
            if breach.data_encrypted
            else "No",
        ),
        ("Possible consequences", breach.consequences),
        ("Measures taken or intended", breach.measures_taken),
        ("Recommended actions for data subjects", breach.subject_actions),
        ("Identity of the unauthorised person", breach.perpetrator or "Not known"),
        (
            "Notice to data subjects (how and when)",
            (
                f"Told on {_moment(breach.subjects_notified_at)}"
                if breach.subjects_notified_at
                else "Not yet told"
            )
            + (f"; {breach.subject_notice_manner}" if breach.subject_notice_manner else ""),
        ),
        ("Reason for any delay", breach.delay_reason or _delay_text(breach)),
        ("Regulator's contact details (from settings)", "; ".join(regulator_lines(session))),
    ]


def _moment(value: dt.datetime) -> str:
    from clientmanager.reports.times import format_sast

    return format_sast(value)


def _delay_text(breach: BreachView) -> str:
    if breach.regulator_notified_at is None and breach.subjects_notified_at is None:
        return "Not yet notified: give the reason for any delay (POPIA s22(2))"
    return "No delay: notified as soon as reasonably possible"


def letter_recipients(
    session: Session, *, actor: Actor, breach_id: int
) -> tuple[list[LetterRecipient], int]:
    """The people to write to, and how many linked people no longer exist (erased)."""
    require(actor, Permission.REGISTERS_VIEW)
    _row(session, breach_id, lock=False)
    ids = list(
        session.scalars(
            sa.select(BreachSubject.client_id)
            .where(BreachSubject.breach_id == breach_id)
            .order_by(BreachSubject.client_id)
        )
    )
    clients = {
        client.id: client for client in session.scalars(sa.select(Client).where(Client.id.in_(ids)))
    }
    from clientmanager.services.letters import letter_addresses  # not loaded at launch

    addresses = letter_addresses(session, ids)
    recipients = []
    for client_id in ids:
        client = clients.get(client_id)
        if client is None:
            continue
        address = addresses.get(client_id)
        from clientmanager.services.addressee import addressee_for, postal_lines

        lines = list(postal_lines(address)) if address is not None else []

        to = addressee_for(session, client)
        if to.on_behalf_of:  # a child: the competent person, in their name (s35)
            name, lines = to.name, list(to.address_lines) or lines
        else:
            name = " ".join(p for p in (client.title, client.display_name) if p)
        recipients.append(LetterRecipient(client_id, name, lines, client.email, to.salutation))
    return recipients, len(ids) - len(recipients)


def write_letters(
    session: Session,
    *,
    actor: Actor,
    breach_id: int,
    folder: Path,
    today: dt.date,
) -> list[Path]:
    """Draft one s22(5) letter per affected person, as PDFs in ``folder`` (written
    atomically). Returns the files; the audit records the count only."""
    from clientmanager.reports.breach_letters import render_letter
    from clientmanager.store.files import write_atomically

    require(actor, Permission.REGISTERS_EDIT)
    breach = _ready_to_draft(session, actor, breach_id, "letters")
    letterhead = _practice_letterhead(session)
    party = _party_on(letterhead)
    recipients, _erased = letter_recipients(session, actor=actor, breach_id=breach_id)
    written = []
    for recipient in recipients:
        data = render_letter(
            breach=breach, party=party, recipient=recipient, today=today, letterhead=letterhead
        )
        path = Path(folder) / f"breach-{breach.id}-client-{recipient.client_id}.pdf"
        try:
            write_atomically(path, data)
        except OSError as exc:
            raise ClientManagerError(
                "The letters could not be written to {folder}: {strerror}.",
                hint="Choose a folder you can write to, with free space; {count} letters were "
                "written before the problem.",
                folder=folder,
                strerror=exc.strerror,
                count=len(written),
            ) from None
        written.append(path)
    _audit(session, actor, "breach.letters_drafted", breach.id, f"{len(written)} letters")
    return written


def write_regulator_notice(
    session: Session, *, actor: Actor, breach_id: int, path: Path, today: dt.date
) -> Path:
    """The SCN1 facts as a printable PDF draft, written atomically to ``path``."""
    from clientmanager.reports.breach_letters import render_regulator_notice
    from clientmanager.store.files import write_atomically

    require(actor, Permission.REGISTERS_EDIT)
    facts = regulator_notice(session, actor=actor, breach_id=breach_id)
    data = render_regulator_notice(
        facts=facts, party=responsible_party(session), breach_id=breach_id, today=today,
        letterhead=_practice_letterhead(session),
    )  # fmt: skip
    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise ClientManagerError(
            "The notice could not be written to {parent}: {strerror}.",
            hint="Choose a folder you can write to, with free space.",
            parent=Path(path).parent,
            strerror=exc.strerror,
        ) from None
    _audit(session, actor, "breach.notice_drafted", breach_id)
    return Path(path)


# --- lost laptop or backup drive --------------------------------------------------------------


@dataclass(frozen=True)
class BreachDraft:
    title: str
    description: str
    data_categories: list[str]
    affected_count: int
    data_encrypted: bool
    consequences: str
    measures_taken: str
    subject_actions: str
    criteria: str


def draft_from_backup_manifest(manifest_path: Path, *, lost_on: dt.date) -> BreachDraft:
    """The "lost laptop or backup drive" shortcut: fill an incident from the manifest of
    the backup that was on it (counts, what it held, encrypted or not)."""
    try:
        manifest = json.loads(Path(manifest_path).read_text(encoding="utf-8"))
        counts = {str(k): int(v) for k, v in manifest.get("counts", {}).items()}
        created = manifest.get("created_at", "")
    except (OSError, ValueError, TypeError, AttributeError):
        raise ClientManagerError(
            "That file is not a readable backup manifest.",
            hint="Choose the manifest.json inside a backup folder (backup-YYYY-MM-DD-HHMMSS).",
        ) from None
    categories = ["Identity (names, ID and passport numbers, dates of birth)"]
    categories.append("Contact details (addresses, phone numbers, e-mail)")
    if counts.get("policies"):
        categories.append("Policies and investments")
    if counts.get("assets") or counts.get("liabilities") or counts.get("cash_flows"):
        categories.append("Financial information (income, assets, liabilities)")
    if counts.get("notes"):
        categories.append("Records of advice and notes")
    if counts.get("documents"):
        categories.append("Documents (ID copies, statements)")
    # Every ClientManager backup is a SQLCipher database under the practice key; the key
    # itself is only stored wrapped under passwords and the recovery code.
    encrypted = manifest.get("format") == "clientmanager-backup"
    return BreachDraft(
        title=f"Backup drive lost on {lost_on.day} {lost_on:%B %Y}",
        description=(
            f"A backup of the practice database (taken {created[:10] or 'on an unknown day'}) "
            f"was lost or stolen on {lost_on.day} {lost_on:%B %Y}. It holds "
            f"{counts.get('clients', 0)} people's records."
        ),
        data_categories=categories,
        affected_count=counts.get("clients", 0),
        data_encrypted=encrypted,
        consequences=(
            "The backup is encrypted with AES-256; without a user's password or the "
            "practice's recovery code it cannot be read. If it were read, the information "
            "could be used for identity fraud or targeted scams."
        )
        if encrypted
        else "The information could be used for identity fraud or targeted scams.",
        measures_taken=(
            "Reported the loss; changed every user's password and issued a new recovery "
            "code; checked the remaining backups."
        ),
        subject_actions=(
            "Be wary of calls, SMSes or e-mails that claim to come from us or your product "
            "providers and ask for personal or banking details. Consider a free SAFPS "
            "protective registration (www.safps.org.za) against identity fraud."
        ),
        criteria="everyone",
    )
