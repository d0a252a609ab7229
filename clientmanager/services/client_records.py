"""Creating and changing what the practice holds about a client, with field-level errors.

Every form in the desktop (and any importer) goes through here: values arrive as the
text a person typed, are validated by ``domain/`` and come back either saved or as a
:class:`InvalidInput` that maps each field to what is wrong with it, so the form can
show the message next to the field and keep everything the planner typed.

The sub-records of a client (policies, assets, liabilities, cash flows, goals, risk
profiles, notes and records of advice, tasks) are described once, as :data:`RECORD_KINDS`:
the same description drives validation here and the generic edit form in the UI.

Permissions are checked on every call (``services/permissions.py``); sensitive actions
(opening a client, viewing or exporting a document, archiving, finalising advice) are
written to the audit trail in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.dates import parse_date
from clientmanager.domain.email import normalise_email
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.money import format_amount, parse_amount
from clientmanager.domain.phone import format_phone_for_display, normalise_phone
from clientmanager.domain.sa_id import parse_sa_id
from clientmanager.domain.text import check_plain_text
from clientmanager.errors import ClientManagerError, NotFound, PermissionDenied
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.clients import (
    _ROW_COLUMNS,
    ClientCard,
    ClientRow,
    _row,
    birthdays_clause,
    fetch_client_rows,
    load_client_card,
    reviews_due_clause,
)
from clientmanager.services.permissions import (
    Permission,
    allows,
    require,
    require_client_access,
    visible_clients_clause,
)
from clientmanager.services.subject_requests import RequestView, overdue_requests
from clientmanager.store.files import write_atomically
from clientmanager.store.models import (
    Asset,
    AuditEntry,
    CashFlow,
    Client,
    Consent,
    Document,
    DocumentContent,
    Goal,
    Liability,
    Note,
    Policy,
    RiskProfile,
    Setting,
    Task,
    User,
    utcnow,
)

logger = logging.getLogger(__name__)

ARCHIVE_EXPLANATION = (
    "Archiving hides the client from lists and searches but keeps every record: this is "
    "a soft delete. Records are only destroyed or de-identified later, by the retention "
    "review, once FAIS and FICA no longer require them (POPIA s14)."
)
MAX_DOCUMENT_BYTES = 25 * 1024 * 1024


class InvalidInput(ClientManagerError):
    """Some fields could not be accepted; ``errors`` maps each field key to its problem."""

    def __init__(self, errors: dict[str, str]) -> None:
        count = len(errors)
        super().__init__(
            "One field needs attention." if count == 1 else f"{count} fields need attention.",
            hint="Correct the fields marked in red, then save again. Nothing was saved.",
        )
        self.errors = dict(errors)


class RecordLocked(ClientManagerError):
    """A finalised record of advice: evidence under FAIS, never changed."""


# --- field descriptions ---------------------------------------------------------------------


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form: ``kind`` is text, multiline, amount, date, choice, int,
    percent or rate (a percentage stored in basis points)."""

    key: str
    label: str
    kind: str = "text"
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    max_length: int = 300
    default: str = ""


def _choices(*values: str) -> tuple[tuple[str, str], ...]:
    return tuple((value, value.replace("_", " ").capitalize()) for value in values)


@dataclass(frozen=True)
class RecordKind:
    key: str
    title: str  # "policy"
    model: type
    permission: Permission
    fields: tuple[FieldSpec, ...]
    summary: Callable[[Any], str] = field(default=lambda record: "")


RECORD_KINDS: dict[str, RecordKind] = {
    kind.key: kind
    for kind in (
        RecordKind(
            "policy",
            "policy",
            Policy,
            Permission.CLIENT_EDIT,
            (
                FieldSpec("provider", "Provider", required=True, max_length=100),
                FieldSpec("policy_number", "Policy number", required=True, max_length=40),
                FieldSpec(
                    "product_type",
                    "Product",
                    "choice",
                    required=True,
                    choices=_choices(
                        "life_cover",
                        "disability",
                        "dread_disease",
                        "income_protection",
                        "retirement_annuity",
                        "pension_fund",
                        "provident_fund",
                        "preservation_fund",
                        "living_annuity",
                        "tax_free_savings",
                        "unit_trust",
                        "endowment",
                        "medical_aid",
                        "gap_cover",
                        "short_term",
                        "funeral",
                        "other",
                    ),
                ),
                FieldSpec(
                    "status",
                    "Status",
                    "choice",
                    required=True,
                    choices=_choices(
                        "active", "quote", "paid_up", "lapsed", "cancelled", "matured"
                    ),
                    default="active",
                ),
                FieldSpec("premium_cents", "Premium", "amount"),
                FieldSpec(
                    "premium_frequency",
                    "Premium frequency",
                    "choice",
                    choices=_choices("monthly", "annual", "single"),
                    default="monthly",
                ),
                FieldSpec("cover_amount_cents", "Cover amount", "amount"),
                FieldSpec("fund_value_cents", "Fund value", "amount"),
                FieldSpec("start_date", "Start date", "date"),
                FieldSpec("end_date", "End date", "date"),
                FieldSpec("notes", "Notes", "multiline", max_length=5000),
            ),
            lambda p: f"{p.provider} {p.policy_number}",
        ),
        RecordKind(
            "asset",
            "asset",
            Asset,
            Permission.CLIENT_EDIT,
            (
                FieldSpec(
                    "kind",
                    "Kind",
                    "choice",
                    required=True,
                    choices=_choices(
                        "property",
                        "vehicle",
                        "investment",
                        "cash",
                        "retirement",
                        "business",
                        "other",
                    ),
                ),
                FieldSpec("description", "Description", required=True),
                FieldSpec("value_cents", "Value", "amount", required=True),
                FieldSpec("valuation_date", "Valued on", "date"),
                FieldSpec("ownership_percent", "Ownership %", "percent", default="100"),
            ),
            lambda a: a.description,
        ),
        RecordKind(
            "liability",
            "liability",
            Liability,
            Permission.CLIENT_EDIT,
            (
                FieldSpec(
                    "kind",
                    "Kind",
                    "choice",
                    required=True,
                    choices=_choices(
                        "home_loan",
                        "vehicle_finance",
                        "credit_card",
                        "personal_loan",
                        "overdraft",
                        "student_loan",
                        "other",
                    ),
                ),
                FieldSpec("lender", "Lender", max_length=100),
                FieldSpec("account_number", "Account number", max_length=40),
                FieldSpec("balance_cents", "Balance owed", "amount", required=True),
                FieldSpec("monthly_payment_cents", "Monthly payment", "amount"),
                FieldSpec("interest_rate_bp", "Interest rate %", "rate"),
                FieldSpec("end_date", "Paid off by", "date"),
            ),
            lambda item: item.lender or item.kind,
        ),
        RecordKind(
            "cash_flow",
            "income or expense",
            CashFlow,
            Permission.CLIENT_EDIT,
            (
                FieldSpec(
                    "direction",
                    "Income or expense",
                    "choice",
                    required=True,
                    choices=(("income", "Income"), ("expense", "Expense")),
                ),
                FieldSpec("category", "Category", required=True, max_length=40),
                FieldSpec("description", "Description", max_length=200),
                FieldSpec("amount_cents", "Amount", "amount", required=True),
                FieldSpec(
                    "frequency",
                    "Frequency",
                    "choice",
                    required=True,
                    choices=_choices("monthly", "annual"),
                    default="monthly",
                ),
            ),
            lambda c: c.category,
        ),
        RecordKind(
            "goal",
            "goal",
            Goal,
            Permission.CLIENT_EDIT,
            (
                FieldSpec(
                    "kind",
                    "Kind",
                    "choice",
                    required=True,
                    choices=_choices(
                        "retirement", "education", "emergency", "property", "estate", "other"
                    ),
                ),
                FieldSpec("description", "Description", required=True),
                FieldSpec("target_amount_cents", "Target amount", "amount"),
                FieldSpec("target_date", "Target date", "date"),
                FieldSpec(
                    "priority",
                    "Priority",
                    "choice",
                    required=True,
                    choices=(("1", "High"), ("2", "Medium"), ("3", "Low")),
                    default="2",
                ),
                FieldSpec(
                    "status",
                    "Status",
                    "choice",
                    required=True,
                    choices=_choices("open", "on_track", "achieved", "abandoned"),
                    default="open",
                ),
            ),
            lambda g: g.description,
        ),
        RecordKind(
            "risk_profile",
            "risk profile",
            RiskProfile,
            Permission.CLIENT_EDIT,
            (
                FieldSpec("assessed_on", "Assessed on", "date", required=True),
                FieldSpec(
                    "category",
                    "Risk category",
                    "choice",
                    required=True,
                    choices=_choices(
                        "conservative",
                        "moderately_conservative",
                        "moderate",
                        "moderately_aggressive",
                        "aggressive",
                    ),
                ),
                FieldSpec("score", "Score", "int"),
                FieldSpec("method", "Questionnaire", max_length=100),
                FieldSpec("notes", "Notes", "multiline", max_length=5000),
            ),
            lambda r: r.category,
        ),
        RecordKind(
            "note",
            "note",
            Note,
            Permission.NOTE_EDIT,
            (
                FieldSpec(
                    "kind",
                    "Kind",
                    "choice",
                    required=True,
                    choices=(
                        ("note", "Note"),
                        ("call", "Call"),
                        ("meeting", "Meeting"),
                        ("email", "Email"),
                        ("advice", "Record of advice"),
                    ),
                    default="note",
                ),
                FieldSpec("subject", "Subject", required=True),
                FieldSpec("body", "Details", "multiline", max_length=50_000),
                FieldSpec("advice_basis", "Information the advice is based on", "multiline"),
                FieldSpec("products_considered", "Products considered", "multiline"),
                FieldSpec("recommendation", "Recommendation", "multiline"),
                FieldSpec("recommendation_reasons", "Why it suits the client", "multiline"),
            ),
            lambda n: n.subject,
        ),
        RecordKind(
            "task",
            "task",
            Task,
            Permission.TASK_EDIT,
            (
                FieldSpec(
                    "kind",
                    "Kind",
                    "choice",
                    required=True,
                    choices=(
                        ("task", "Task"),
                        ("review", "Review"),
                        ("call", "Call"),
                        ("follow_up", "Follow-up"),
                    ),
                    default="task",
                ),
                FieldSpec("title", "Title", required=True),
                FieldSpec("due_on", "Due on", "date"),
                FieldSpec("details", "Details", "multiline", max_length=5000),
            ),
            lambda t: t.title,
        ),
    )
}
ADVICE_FIELDS = ("advice_basis", "products_considered", "recommendation", "recommendation_reasons")


def _clean_value(spec: FieldSpec, raw: object) -> object:
    """Turn typed text into the stored value; raise ValidationError with the field label."""
    text = "" if raw is None else str(raw).strip()
    if not text:
        if spec.required:
            raise ValidationError(spec.label, "is required")
        return None
    if spec.kind in ("text", "multiline"):
        limit = spec.max_length if spec.kind == "text" else max(spec.max_length, 50_000)
        if len(text) > limit:
            raise ValidationError(spec.label, f"is too long (at most {limit} characters)")
        return check_plain_text(text, field=spec.label, multiline=spec.kind == "multiline")
    if spec.kind == "amount":
        cents = parse_amount(text, field=spec.label)
        if cents < 0:
            raise ValidationError(spec.label, "cannot be negative")
        return cents
    if spec.kind == "date":
        return parse_date(text, field=spec.label)
    if spec.kind == "choice":
        allowed = {value for value, _label in spec.choices}
        if text not in allowed:
            raise ValidationError(spec.label, "is not one of the choices")
        return int(text) if spec.key == "priority" else text
    if spec.kind == "int":
        if not text.lstrip("-").isdigit():
            raise ValidationError(spec.label, "must be a whole number, e.g. 42")
        return int(text)
    if spec.kind in ("percent", "rate"):
        try:
            number = Decimal(text.rstrip("%").strip().replace(",", "."))
        except InvalidOperation:
            raise ValidationError(spec.label, "must be a percentage, e.g. 11.75") from None
        if not (0 <= number <= 100):
            raise ValidationError(spec.label, "must be between 0 and 100")
        if spec.kind == "percent":
            if number != number.to_integral_value():
                raise ValidationError(spec.label, "must be a whole percentage, e.g. 50")
            return int(number)
        return int((number * 100).to_integral_value())
    raise AssertionError(f"unknown field kind {spec.kind}")


def _field_message(error: ValidationError) -> str:
    """The message shown beside a field: its name, then what to fix."""
    return f"{error.field}: {error.problem}".rstrip(".") + "."


def validate_fields(specs: tuple[FieldSpec, ...], values: dict[str, object]) -> dict[str, object]:
    """All of ``specs`` cleaned from ``values``; :class:`InvalidInput` lists every problem."""
    cleaned: dict[str, object] = {}
    errors: dict[str, str] = {}
    for spec in specs:
        try:
            cleaned[spec.key] = _clean_value(spec, values.get(spec.key, ""))
        except ValidationError as exc:
            errors[spec.key] = _field_message(exc)
    if errors:
        raise InvalidInput(errors)
    return cleaned


def display_value(spec: FieldSpec, value: object) -> str:
    """The stored value as the form shows it (the reverse of validation)."""
    if value is None:
        return ""
    if spec.kind == "amount":
        return format_amount(int(value)).removeprefix("R ")
    if spec.kind == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if spec.kind == "rate":
        return f"{Decimal(int(value)) / 100:.2f}"
    if spec.kind == "phone":
        return format_phone_for_display(str(value))
    return str(value)


# --- clients ----------------------------------------------------------------------------------

CONTACT_FIELDS = ("email", "mobile", "home_phone", "work_phone", "preferred_language")

CLIENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Title", max_length=20),
    FieldSpec("first_names", "First names", max_length=200),
    FieldSpec("surname", "Surname", max_length=200),
    FieldSpec("preferred_name", "Preferred name", max_length=100),
    FieldSpec("id_number", "SA ID number", "sa_id", max_length=13),
    FieldSpec("date_of_birth", "Date of birth", "date"),
    FieldSpec(
        "marital_status",
        "Marital status",
        "choice",
        choices=_choices("single", "married", "divorced", "widowed", "life_partner"),
    ),
    FieldSpec("tax_number", "Tax number", max_length=10),
    FieldSpec("occupation", "Occupation", max_length=100),
    FieldSpec("employer", "Employer", max_length=200),
    FieldSpec("email", "Email", "email", max_length=254),
    FieldSpec("mobile", "Mobile", "phone"),
    FieldSpec("home_phone", "Home phone", "phone"),
    FieldSpec("work_phone", "Work phone", "phone"),
    FieldSpec("preferred_language", "Language", max_length=20),
    FieldSpec("last_review_on", "Last review", "date"),
)


def validate_client(values: dict[str, object]) -> dict[str, object]:
    """Clean a person's details; raise :class:`InvalidInput` with every field's problem."""
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    for spec in CLIENT_FIELDS:
        raw = values.get(spec.key)
        text = "" if raw is None else str(raw).strip()
        try:
            if spec.kind == "sa_id":
                cleaned[spec.key] = parse_sa_id(text, field=spec.label).number if text else None
            elif spec.kind == "email":
                cleaned[spec.key] = normalise_email(text, field=spec.label) if text else None
            elif spec.kind == "phone":
                cleaned[spec.key] = normalise_phone(text, field=spec.label) if text else None
            else:
                cleaned[spec.key] = _clean_value(spec, text)
        except ValidationError as exc:
            errors[spec.key] = _field_message(exc)
    if not cleaned.get("surname") and "surname" not in errors:
        errors["surname"] = "Surname is required."
    if not cleaned.get("first_names") and "first_names" not in errors:
        errors["first_names"] = "First names are required."
    id_number = cleaned.get("id_number")
    if id_number and "id_number" not in errors:
        parsed = parse_sa_id(str(id_number))
        born = cleaned.get("date_of_birth")
        if born is None:
            cleaned["date_of_birth"] = parsed.date_of_birth
        elif born != parsed.date_of_birth:
            errors["date_of_birth"] = (
                f"Date of birth does not match the ID number ({parsed.date_of_birth:%d %B %Y})."
            )
        cleaned["gender"] = parsed.gender
    if errors:
        raise InvalidInput(errors)
    return cleaned


def client_form_values(client: Client) -> dict[str, str]:
    """A client's details as the edit form shows them."""
    values = {}
    for spec in CLIENT_FIELDS:
        value = getattr(client, spec.key)
        values[spec.key] = "" if value is None else display_value(spec, value)
    return values


def save_client(
    session: Session,
    actor: Actor,
    *,
    values: dict[str, object],
    client_id: int | None = None,
) -> int:
    """Create a client (``client_id`` None) or update one; returns the client's id."""
    if client_id is None:
        require(actor, Permission.CLIENT_CREATE)
    else:
        require_client_access(session, actor, client_id)
        if not allows(actor, Permission.CLIENT_EDIT):
            require(actor, Permission.CLIENT_EDIT_CONTACT)
    cleaned = validate_client(values)
    id_number = cleaned.get("id_number")
    if id_number:
        clash = session.scalar(
            sa.select(Client.id).where(
                Client.id_number == id_number,
                Client.id != (client_id or 0),
                Client.archived_at.is_(None),
            )
        )
        if clash is not None:
            raise InvalidInput({"id_number": "Another client already has this ID number."})
    if client_id is None:
        client = Client(kind="person", category="client", planner_id=actor.user_id)
        session.add(client)
    else:
        client = _client(session, client_id)
        if client.archived_at is not None:
            raise ClientManagerError(
                "This client is archived.", hint="Restore the client before editing."
            )
        if not allows(actor, Permission.CLIENT_EDIT):
            # Contact details only: any other change is refused, not silently dropped.
            for key, value in cleaned.items():
                if key not in CONTACT_FIELDS and key != "gender" and getattr(client, key) != value:
                    raise PermissionDenied(
                        "Your account may change contact details only.",
                        hint="Ask a planner to change the other details.",
                    )
    for key, value in cleaned.items():
        setattr(client, key, value)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="client.created" if client_id is None else "client.updated",
        client_id=client.id,
    )
    return client.id


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("That client is no longer in the practice.", hint="Search again.")
    return client


def open_client(session: Session, actor: Actor, client_id: int) -> ClientCard:
    """Load a client's record for display; opening a client is audited (POPIA s19)."""
    require_client_access(session, actor, client_id)
    card = load_client_card(session, client_id)
    if not allows(actor, Permission.DOCUMENT_VIEW_SENSITIVE):
        card.documents = [doc for doc in card.documents if not doc.is_sensitive]
    audit.record(session, actor=actor, action="client.opened", client_id=client_id)
    return card


def archive_client(session: Session, actor: Actor, client_id: int) -> None:
    """Soft delete: hide the client; nothing is destroyed (see :data:`ARCHIVE_EXPLANATION`)."""
    require(actor, Permission.CLIENT_ARCHIVE)
    require_client_access(session, actor, client_id)
    client = _client(session, client_id)
    if client.archived_at is None:
        client.archived_at = utcnow()
        audit.record(
            session,
            actor=actor,
            action="client.archived",
            client_id=client_id,
            summary="soft delete",
        )


def restore_client(session: Session, actor: Actor, client_id: int) -> None:
    require(actor, Permission.CLIENT_ARCHIVE)
    require_client_access(session, actor, client_id)
    client = _client(session, client_id)
    if client.archived_at is not None:
        client.archived_at = None
        audit.record(session, actor=actor, action="client.restored", client_id=client_id)


# --- sub-records ---------------------------------------------------------------------------


def record_kind(key: str) -> RecordKind:
    try:
        return RECORD_KINDS[key]
    except KeyError:
        raise ValueError(f"unknown record kind {key!r}") from None


def record_form_values(kind_key: str, record: object) -> dict[str, str]:
    kind = record_kind(kind_key)
    return {spec.key: display_value(spec, getattr(record, spec.key)) for spec in kind.fields}


def _owned_record(session: Session, kind: RecordKind, record_id: int) -> Any:
    record = session.get(kind.model, record_id)
    if record is None:
        raise NotFound(f"That {kind.title} is no longer there.", hint="Reopen the client.")
    return record


def _refuse_if_final(record: object) -> None:
    if isinstance(record, Note) and record.finalised_at is not None:
        raise RecordLocked(
            "This record of advice is final and cannot be changed.",
            hint="Add a new note or record of advice instead (FAIS General Code s9).",
        )


def save_record(
    session: Session,
    actor: Actor,
    kind_key: str,
    *,
    client_id: int,
    values: dict[str, object],
    record_id: int | None = None,
) -> int:
    """Add or change one sub-record of a client; returns its id."""
    kind = record_kind(kind_key)
    require(actor, kind.permission)
    require_client_access(session, actor, client_id)
    cleaned = validate_fields(kind.fields, values)
    if kind.key == "note":
        cleaned["body"] = cleaned.get("body") or ""
        if cleaned.get("kind") != "advice":
            for key in ADVICE_FIELDS:
                cleaned[key] = None
    if record_id is None:
        record = kind.model(client_id=client_id)
        if kind.key == "note":
            record.author_id = actor.user_id
            record.occurred_at = utcnow()
        if kind.key == "risk_profile":
            record.assessed_by_id = actor.user_id
        if kind.key == "task":
            record.assigned_to_id = actor.user_id
        session.add(record)
    else:
        record = _owned_record(session, kind, record_id)
        if record.client_id != client_id:
            raise NotFound(f"That {kind.title} belongs to another client.")
        _refuse_if_final(record)
    for key, value in cleaned.items():
        setattr(record, key, value)
    session.flush()
    return record.id


def delete_record(session: Session, actor: Actor, kind_key: str, record_id: int) -> None:
    kind = record_kind(kind_key)
    require(actor, kind.permission)
    record = _owned_record(session, kind, record_id)
    require_client_access(session, actor, record.client_id)
    _refuse_if_final(record)
    session.delete(record)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action=f"{kind.key}.deleted",
        client_id=record.client_id,
        summary=f"{kind.title} #{record_id}",
    )


def finalise_advice(session: Session, actor: Actor, note_id: int) -> Note:
    """Lock a record of advice for good (the database refuses later changes)."""
    require(actor, Permission.ADVICE_FINALISE)
    note = _owned_record(session, RECORD_KINDS["note"], note_id)
    require_client_access(session, actor, note.client_id)
    _refuse_if_final(note)
    if note.kind != "advice":
        raise ClientManagerError(
            "Only a record of advice can be finalised.",
            hint="Change the note's kind to 'Record of advice' first.",
        )
    missing = [
        key for key in ("recommendation", "recommendation_reasons") if not getattr(note, key)
    ]
    if missing:
        raise InvalidInput(
            {key: "Required before the record of advice is finalised." for key in missing}
        )
    note.finalised_at = utcnow()
    note.finalised_by_id = actor.user_id
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="advice.finalised",
        client_id=note.client_id,
        summary=f"record of advice #{note.id}",
    )
    return note


def complete_task(session: Session, actor: Actor, task_id: int) -> Task:
    """Mark a task done; a completed review also moves the client's last review date."""
    require(actor, Permission.TASK_EDIT)
    task = _owned_record(session, RECORD_KINDS["task"], task_id)
    if task.client_id is not None:
        require_client_access(session, actor, task.client_id)
    if task.status != "done":
        task.status = "done"
        task.completed_at = utcnow()
        task.completed_by_id = actor.user_id
        if task.kind == "review" and task.client_id is not None:
            client = _client(session, task.client_id)
            client.last_review_on = dt.date.today()
    session.flush()
    return task


# --- documents -------------------------------------------------------------------------------

_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
DOCUMENT_CATEGORIES = _choices(
    "id_copy", "proof_of_address", "record_of_advice", "application", "statement", "other"
)


def sniff_mime_type(content: bytes) -> str | None:
    for signature, mime in _SIGNATURES:
        if content.startswith(signature):
            return mime
    return None


def attach_document(
    session: Session,
    actor: Actor,
    *,
    client_id: int,
    filename: str,
    content: bytes,
    category: str = "other",
    description: str = "",
    is_sensitive: bool = False,
) -> int:
    """Keep a PDF or image inside the encrypted database; returns the document's id."""
    require(actor, Permission.DOCUMENT_EDIT)
    require_client_access(session, actor, client_id)
    name = Path(filename).name.strip()
    if not name:
        raise InvalidInput({"filename": "Choose a file to attach."})
    if not content:
        raise InvalidInput({"filename": "The file is empty."})
    if len(content) > MAX_DOCUMENT_BYTES:
        raise InvalidInput(
            {"filename": "The file is larger than 25 MB; scan it at a lower resolution."}
        )
    mime = sniff_mime_type(content)
    if mime is None:
        raise InvalidInput({"filename": "Only PDF, PNG and JPEG files can be attached."})
    if category not in {value for value, _label in DOCUMENT_CATEGORIES}:
        raise InvalidInput({"category": "Choose a category."})
    document = Document(
        client_id=client_id,
        category=category,
        filename=name[:255],
        mime_type=mime,
        size_bytes=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        is_sensitive=is_sensitive,
        description=description.strip()[:300] or None,
        uploaded_by_id=actor.user_id,
    )
    session.add(document)
    session.flush()
    session.add(DocumentContent(document_id=document.id, content=content))
    audit.record(
        session,
        actor=actor,
        action="document.attached",
        client_id=client_id,
        summary=f"document #{document.id}",
    )
    return document.id


@dataclass(frozen=True)
class DocumentCopy:
    document_id: int
    filename: str
    mime_type: str
    content: bytes


def _readable_document(session: Session, actor: Actor, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound("That document is no longer there.", hint="Reopen the client.")
    require_client_access(session, actor, document.client_id)
    if document.is_sensitive:
        require(actor, Permission.DOCUMENT_VIEW_SENSITIVE)
    return document


def fetch_document(session: Session, actor: Actor, document_id: int) -> DocumentCopy:
    """A document's bytes, to show it; every viewing is audited."""
    document = _readable_document(session, actor, document_id)
    content = session.get(DocumentContent, document_id)
    if content is None:
        raise NotFound("The document's contents are missing.", hint="Attach it again.")
    if hashlib.sha256(content.content).hexdigest() != document.sha256:
        raise ClientManagerError(
            "The document does not match the fingerprint taken when it was attached.",
            hint="Restore it from a backup, or attach the original again.",
        )
    audit.record(
        session,
        actor=actor,
        action="document.viewed",
        client_id=document.client_id,
        summary=f"document #{document.id}",
    )
    return DocumentCopy(document.id, document.filename, document.mime_type, content.content)


def export_document(session: Session, actor: Actor, document_id: int, target: Path) -> Path:
    """Write a copy of a document to ``target`` (atomically); the export is audited."""
    copy = fetch_document(session, actor, document_id)
    write_atomically(Path(target), copy.content)
    audit.record(
        session,
        actor=actor,
        action="document.exported",
        client_id=session.get(Document, document_id).client_id,
        summary=f"document #{document_id} copied out of the practice",
    )
    return Path(target)


# --- consents ---------------------------------------------------------------------------------

CONSENT_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "purpose",
        "Purpose",
        "choice",
        required=True,
        choices=_choices(
            "financial_planning", "underwriting", "direct_marketing", "third_party_sharing"
        ),
    ),
    FieldSpec(
        "lawful_basis",
        "Lawful basis",
        "choice",
        required=True,
        choices=(
            ("consent", "Consent, s11(1)(a)"),
            ("contract", "Contract, s11(1)(b)"),
            ("legal_obligation", "Legal obligation, s11(1)(c)"),
            ("data_subject_interest", "Data subject's interest, s11(1)(d)"),
            ("public_law", "Public law duty, s11(1)(e)"),
            ("legitimate_interest", "Legitimate interest, s11(1)(f)"),
        ),
    ),
    FieldSpec(
        "status",
        "Status",
        "choice",
        required=True,
        choices=_choices("given", "refused", "withdrawn", "not_required"),
    ),
    FieldSpec("channel", "Recorded via", max_length=30),
    FieldSpec("wording", "Wording shown", "multiline", max_length=5000),
)


def record_consent(
    session: Session,
    actor: Actor,
    *,
    client_id: int,
    values: dict[str, object],
    is_special_information: bool = False,
) -> int:
    """Append an entry to the client's consent ledger (POPIA s11, s69); never edits one."""
    require(actor, Permission.CLIENT_EDIT)
    require_client_access(session, actor, client_id)
    cleaned = validate_fields(CONSENT_FIELDS, values)
    consent = Consent(
        client_id=client_id,
        is_special_information=is_special_information,
        recorded_by_id=actor.user_id,
        **cleaned,
    )
    session.add(consent)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="consent.recorded",
        client_id=client_id,
        summary=f"{cleaned['purpose']}: {cleaned['status']}",
    )
    return consent.id


# --- the "Today" dashboard ---------------------------------------------------------------------


@dataclass(frozen=True)
class TaskItem:
    task_id: int
    title: str
    kind: str
    due_on: dt.date | None
    client_id: int | None
    client_name: str
    overdue: bool


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    reviews_overdue: list[ClientRow]
    reviews_overdue_count: int
    tasks_due: list[TaskItem]
    birthdays: list[ClientRow]
    recent_clients: list[ClientRow]
    # Data-subject requests past their due date (PAIA s56/s57), for roles that see the
    # rights register; empty for the others.
    requests_overdue: list[RequestView] = field(default_factory=list)


def load_dashboard(
    session: Session, actor: Actor, *, today: dt.date | None = None, limit: int = 12
) -> Dashboard:
    """What a planner looks at first thing: overdue reviews, tasks, birthdays, recent work.

    Planners see their own clients here even when they may open everyone's; the practice
    manager and other roles see the whole practice.
    """
    today = today or dt.date.today()
    visible = visible_clients_clause(session, actor)
    mine = Client.planner_id == actor.user_id if actor.role == "planner" else sa.true()
    base = (Client.archived_at.is_(None), visible, mine)
    overdue_where = (*base, reviews_due_clause(today))
    reviews = session.execute(
        sa.select(*_ROW_COLUMNS)
        .where(*overdue_where)
        .order_by(Client.last_review_on.is_not(None), Client.last_review_on, Client.id)
        .limit(limit)
    )
    overdue_count = session.scalar(sa.select(sa.func.count(Client.id)).where(*overdue_where)) or 0
    birthdays = [
        _row(values)
        for values in session.execute(
            sa.select(*_ROW_COLUMNS).where(*base, birthdays_clause(today)).limit(200)
        )
    ]
    week = [(today + dt.timedelta(days=offset)).strftime("%m-%d") for offset in range(7)]
    birthdays.sort(key=lambda row: (week.index(row.date_of_birth.strftime("%m-%d")), row.surname))
    task_rows = session.execute(
        sa.select(Task, *_ROW_COLUMNS)
        .outerjoin(Client, Client.id == Task.client_id)
        .where(
            Task.status == "open",
            Task.due_on <= today + dt.timedelta(days=7),
            sa.or_(Task.client_id.is_(None), sa.and_(*base)),
            sa.or_(Task.assigned_to_id == actor.user_id, Task.assigned_to_id.is_(None))
            if actor.role == "planner"
            else sa.true(),
        )
        .order_by(Task.due_on, Task.id)
        .limit(limit)
    )
    tasks = []
    for task, *client_values in task_rows:
        name = _row(client_values).display_name if client_values[0] is not None else ""
        tasks.append(
            TaskItem(
                task.id,
                task.title,
                task.kind,
                task.due_on,
                task.client_id,
                name,
                task.due_on is not None and task.due_on < today,
            )
        )
    recent_ids = list(
        session.scalars(
            sa.select(AuditEntry.client_id)
            .where(
                AuditEntry.action == "client.opened",
                AuditEntry.user_id == actor.user_id,
                AuditEntry.client_id.is_not(None),
            )
            .group_by(AuditEntry.client_id)
            .order_by(sa.func.max(AuditEntry.id).desc())
            .limit(limit)
        )
    )
    recent = [
        row
        for row in fetch_client_rows(session, recent_ids)
        if session.get(Client, row.id).archived_at is None
    ]
    return Dashboard(
        today=today,
        reviews_overdue=[_row(values) for values in reviews],
        reviews_overdue_count=overdue_count,
        tasks_due=tasks,
        birthdays=birthdays[:limit],
        recent_clients=recent,
        requests_overdue=overdue_requests(session, actor=actor, today=today)
        if allows(actor, Permission.REGISTERS_VIEW)
        else [],
    )


def reload_client(session: Session, actor: Actor, client_id: int) -> ClientCard:
    """Load a client's record again after a change made in it (not audited as an opening)."""
    require_client_access(session, actor, client_id)
    card = load_client_card(session, client_id)
    if not allows(actor, Permission.DOCUMENT_VIEW_SENSITIVE):
        card.documents = [doc for doc in card.documents if not doc.is_sensitive]
    return card


def user_names(session: Session) -> dict[int, str]:
    """User ids to names, to say who finalised advice or completed a task."""
    return {
        user_id: full_name or username
        for user_id, full_name, username in session.execute(
            sa.select(User.id, User.full_name, User.username)
        )
    }


IDLE_LOCK_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 10


def idle_lock_minutes(session: Session) -> int:
    """Minutes without activity before the desktop locks (practice setting; 0 = never)."""
    value = session.get(Setting, IDLE_LOCK_SETTING)
    if value is None:
        return DEFAULT_IDLE_LOCK_MINUTES
    try:
        return max(0, int(value.value))
    except ValueError:
        return DEFAULT_IDLE_LOCK_MINUTES
