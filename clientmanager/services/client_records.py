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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from clientmanager.domain.client_fields import (
    ADDRESS_FIELDS,
    CLIENT_FORM_FIELDS,
    CLIENT_KIND_FIELD,
    CONTACT_FIELDS,
    FieldSpec,
    choices,
    client_specs,
    display_value,
    is_entity,
    parse_value,
)
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.sa_id import parse_sa_id
from clientmanager.errors import ClientManagerError, Label, NotFound, PermissionDenied
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.clients import (
    ClientCard,
    load_client_card,
)
from clientmanager.services.permissions import (
    Permission,
    allows,
    get_client,
    require,
    require_client_access,
)
from clientmanager.store.files import write_atomically
from clientmanager.store.models import (
    Address,
    Asset,
    CashFlow,
    Client,
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
            "One field needs attention." if count == 1 else "{count} fields need attention.",
            hint="Correct the fields marked in red, then save again. Nothing was saved.",
            count=count,
        )
        self.errors = dict(errors)


class StaleRecord(ClientManagerError):
    """The record was saved by someone else after this form loaded it; nothing was saved.

    ``changes`` maps each field key that now differs from what the form loaded to its
    label and the value now stored, as a form shows it. The message itself names no
    value (it may reach a log)."""

    def __init__(self, what: str, changes: dict[str, tuple[str, str]], version: int) -> None:
        super().__init__(
            "Someone else saved this {thing} while you were editing it.",
            hint="Look at what changed, then reload and make your change again. Nothing was saved.",
            thing=Label(what),
        )
        self.changes = dict(changes)
        self.version = version


def _check_version(
    what: str,
    record: Any,
    version: int | None,
    specs: tuple[FieldSpec, ...],
    loaded: dict[str, object] | None,
) -> None:
    """Refuse a save made from a stale copy, saying which fields changed meanwhile."""
    if version is None or record.version == version:
        return
    changes = {}
    for spec in specs:
        now = display_value(spec, getattr(record, spec.key, None))
        before = None if loaded is None else str(loaded.get(spec.key, "") or "")
        if before is None or now != before:
            changes[spec.key] = (spec.label, now)
    raise StaleRecord(what, changes, record.version)


def _flush_versioned(session: Session, what: str, record: Any) -> None:
    """Flush; a save that raced another one (the version moved under us) is refused."""
    try:
        session.flush()
    except StaleDataError:
        raise StaleRecord(what, {}, 0) from None


class RecordLocked(ClientManagerError):
    """A finalised record of advice: evidence under FAIS, never changed."""


# --- field descriptions ---------------------------------------------------------------------


@dataclass(frozen=True)
class RecordKind:
    key: str
    title: str  # "policy"
    model: type
    permission: Permission
    fields: tuple[FieldSpec, ...]
    summary: Callable[[Any], str] = field(default=lambda record: "")


def _required_choice(
    key: str, label: str, options: tuple[tuple[str, str], ...], *, default: str = ""
) -> FieldSpec:
    """A field that must be one of ``options`` (value, label)."""
    return FieldSpec(key, label, "choice", required=True, choices=options, default=default)


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
                _required_choice(
                    "product_type",
                    "Product",
                    choices(
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
                _required_choice(
                    "status",
                    "Status",
                    choices("active", "quote", "paid_up", "lapsed", "cancelled", "matured"),
                    default="active",
                ),
                FieldSpec("premium_cents", "Premium", "amount"),
                FieldSpec(
                    "premium_frequency",
                    "Premium frequency",
                    "choice",
                    choices=choices("monthly", "annual", "single"),
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
                _required_choice(
                    "kind",
                    "Kind",
                    choices(
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
                _required_choice(
                    "kind",
                    "Kind",
                    choices(
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
                _required_choice(
                    "direction", "Income or expense", (("income", "Income"), ("expense", "Expense"))
                ),
                FieldSpec("category", "Category", required=True, max_length=40),
                FieldSpec("description", "Description", max_length=200),
                FieldSpec("amount_cents", "Amount", "amount", required=True),
                _required_choice(
                    "frequency", "Frequency", choices("monthly", "annual"), default="monthly"
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
                _required_choice(
                    "kind",
                    "Kind",
                    choices("retirement", "education", "emergency", "property", "estate", "other"),
                ),
                FieldSpec("description", "Description", required=True),
                FieldSpec("target_amount_cents", "Target amount", "amount"),
                FieldSpec("target_date", "Target date", "date"),
                _required_choice(
                    "priority",
                    "Priority",
                    (("1", "High"), ("2", "Medium"), ("3", "Low")),
                    default="2",
                ),
                _required_choice(
                    "status",
                    "Status",
                    choices("open", "on_track", "achieved", "abandoned"),
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
                _required_choice(
                    "category",
                    "Risk category",
                    choices(
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
                _required_choice(
                    "kind",
                    "Kind",
                    (
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
                _required_choice(
                    "kind",
                    "Kind",
                    (
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


def _field_message(error: ValidationError) -> str:
    """The message shown beside a field: its name, then what to fix."""
    return f"{error.field}: {error.problem}".rstrip(".") + "."


def validate_fields(specs: tuple[FieldSpec, ...], values: dict[str, object]) -> dict[str, object]:
    """All of ``specs`` cleaned from ``values``; :class:`InvalidInput` lists every problem."""
    cleaned: dict[str, object] = {}
    errors: dict[str, str] = {}
    for spec in specs:
        try:
            cleaned[spec.key] = parse_value(spec, values.get(spec.key, ""))
        except ValidationError as exc:
            errors[spec.key] = _field_message(exc)
    if errors:
        raise InvalidInput(errors)
    return cleaned


# --- clients ----------------------------------------------------------------------------------


def validate_client(values: dict[str, object], *, kind: str = "person") -> dict[str, object]:
    """Clean a client's details; raise :class:`InvalidInput` with every field's problem.

    ``values`` may name the kind (person, company or trust); without it the client stays
    ``kind``. A person needs names, a company or trust its name; what the other kind has
    is stored empty, so a trust never sorts or is addressed by a leftover surname.
    """
    errors: dict[str, str] = {}
    cleaned: dict[str, object] = {}
    if values.get("kind"):
        try:
            kind = str(parse_value(CLIENT_KIND_FIELD, values.get("kind")))
        except ValidationError as exc:
            raise InvalidInput({"kind": _field_message(exc)}) from None
    specs = client_specs(kind)
    cleaned.update({spec.key: None for spec in CLIENT_FORM_FIELDS if spec not in specs})
    cleaned["kind"] = kind
    if is_entity(kind):
        cleaned["gender"] = None
    for spec in specs:
        if spec is CLIENT_KIND_FIELD:
            continue
        try:
            cleaned[spec.key] = parse_value(spec, values.get(spec.key))
        except ValidationError as exc:
            errors[spec.key] = _field_message(exc)
    addresses = _clean_addresses(values, errors)
    if addresses:
        cleaned["_addresses"] = addresses
    if POSTAL_SAME_KEY in values:
        cleaned[POSTAL_SAME_KEY] = bool(values.get(POSTAL_SAME_KEY))
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
    for spec in CLIENT_FORM_FIELDS:
        value = getattr(client, spec.key)
        values[spec.key] = "" if value is None else display_value(spec, value)
    return values


# --- addresses: residential (FICA) and postal ---------------------------------------------------

ADDRESS_PREFIX = {"physical": "residential_", "postal": "postal_"}
POSTAL_SAME_KEY = "postal_same_as_residential"


def _address_specs(kind: str) -> tuple[FieldSpec, ...]:
    prefix = ADDRESS_PREFIX[kind]
    return tuple(replace(spec, key=prefix + spec.key) for spec in ADDRESS_FIELDS)


RESIDENTIAL_FIELDS = _address_specs("physical")
POSTAL_FIELDS = _address_specs("postal")


def address_form_values(client: Client, addresses: list[Address]) -> dict[str, str]:
    """The residential and postal addresses as the overview's address forms show them."""
    values: dict[str, str] = {POSTAL_SAME_KEY: "1" if client.postal_same_as_residential else ""}
    for kind, prefix in ADDRESS_PREFIX.items():
        address = next((a for a in addresses if a.kind == kind), None)
        for spec in ADDRESS_FIELDS:
            value = getattr(address, spec.key) if address is not None else None
            values[prefix + spec.key] = display_value(spec, value)
    return values


def _clean_addresses(values: dict[str, object], errors: dict[str, str]) -> dict[str, dict]:
    """Each address kind typed in ``values``: its cleaned fields, or {} when left empty."""
    cleaned: dict[str, dict] = {}
    same = bool(values.get(POSTAL_SAME_KEY))
    for kind, prefix in ADDRESS_PREFIX.items():
        if not any(key.startswith(prefix) for key in values):
            continue
        if kind == "postal" and same:
            cleaned[kind] = {}
            continue
        fields: dict[str, object] = {}
        for spec in ADDRESS_FIELDS:
            try:
                fields[spec.key] = parse_value(spec, values.get(prefix + spec.key))
            except ValidationError as exc:
                errors[prefix + spec.key] = _field_message(exc)
        if any(value for value in fields.values()) and not fields.get("line1"):
            if prefix + "line1" not in errors:
                errors[prefix + "line1"] = "Street address: is needed for an address."
        cleaned[kind] = fields if any(value for value in fields.values()) else {}
    return cleaned


def _save_addresses(session: Session, client: Client, addresses: dict[str, dict]) -> bool:
    """Write the typed addresses; True when anything changed."""
    changed = False
    for kind, fields in addresses.items():
        current = next((a for a in client.addresses if a.kind == kind), None)
        if not fields:
            if current is not None:
                client.addresses.remove(current)
                changed = True
            continue
        if current is None:
            current = Address(kind=kind, country="South Africa")
            client.addresses.append(current)
            changed = True
        for key, value in fields.items():
            if getattr(current, key) != value:
                setattr(current, key, value)
                changed = True
    return changed


def save_client(
    session: Session,
    actor: Actor,
    *,
    values: dict[str, object],
    client_id: int | None = None,
    version: int | None = None,
    loaded: dict[str, object] | None = None,
) -> int:
    """Create a client (``client_id`` None) or update one; returns the client's id.

    ``version`` is the version the form loaded (and ``loaded`` its values): a client
    saved by someone else since raises :class:`StaleRecord` instead of overwriting.
    """
    if client_id is None:
        require(actor, Permission.CLIENT_CREATE)
    else:
        require_client_access(session, actor, client_id)
        if not allows(actor, Permission.CLIENT_EDIT):
            require(actor, Permission.CLIENT_EDIT_CONTACT)
    current = None if client_id is None else session.get(Client, client_id)
    cleaned = validate_client(values, kind=current.kind if current is not None else "person")
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
        client = get_client(session, client_id)
        if client.archived_at is not None:
            raise ClientManagerError(
                "This client is archived.", hint="Restore the client before editing."
            )
        _check_version(Label("client"), client, version, CLIENT_FORM_FIELDS, loaded)
        if not allows(actor, Permission.CLIENT_EDIT):
            # Contact details only: any other change is refused, not silently dropped.
            for key, value in cleaned.items():
                if key.startswith("_") or key == POSTAL_SAME_KEY:
                    continue  # addresses are contact details
                if key not in CONTACT_FIELDS and key != "gender" and getattr(client, key) != value:
                    raise PermissionDenied(
                        "Your account may change contact details only.",
                        hint="Ask a planner to change the other details.",
                    )
    addresses = cleaned.pop("_addresses", {})
    changed = [key for key, value in cleaned.items() if getattr(client, key, None) != value]
    # One UPDATE of the client, so one version step, however many parts changed.
    with session.no_autoflush:
        for key, value in cleaned.items():
            setattr(client, key, value)
        if addresses and _save_addresses(session, client, addresses):
            changed.append("addresses")
            client.updated_at = utcnow()  # an address change changes the client's record
    _flush_versioned(session, "client", client)
    audit.record(
        session,
        actor=actor,
        action="client.created" if client_id is None else "client.updated",
        client_id=client.id,
        # Field names only, never values: which parts of the record this save changed.
        summary="" if client_id is None else "changed: " + (", ".join(changed) or "nothing"),
    )
    return client.id


def open_client(session: Session, actor: Actor, client_id: int) -> ClientCard:
    """Load a client's record for display; opening a client is audited (POPIA s19)."""
    card = load_opened_client(session, actor, client_id)
    record_opening(session, actor, client_id)
    return card


def load_opened_client(session: Session, actor: Actor, client_id: int) -> ClientCard:
    """The card of a client being opened, without its audit entry: for a screen that shows
    the card first and then calls :func:`record_opening` in its own transaction, so the
    planner does not wait for the audit commit (and its fsync) to see the record."""
    require_client_access(session, actor, client_id)
    card = load_client_card(session, client_id)
    if not allows(actor, Permission.DOCUMENT_VIEW_SENSITIVE):
        card.documents = [doc for doc in card.documents if not doc.is_sensitive]
    return card


def record_opening(session: Session, actor: Actor, client_id: int) -> None:
    """The audit entry for opening a client (POPIA s19): after :func:`load_opened_client`."""
    audit.record(session, actor=actor, action="client.opened", client_id=client_id)


def archive_client(session: Session, actor: Actor, client_id: int) -> None:
    """Soft delete: hide the client; nothing is destroyed (see :data:`ARCHIVE_EXPLANATION`)."""
    require(actor, Permission.CLIENT_ARCHIVE)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
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
    client = get_client(session, client_id)
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
        raise NotFound(
            "That {title} is no longer there.", hint="Reopen the client.", title=Label(kind.title)
        )
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
    version: int | None = None,
    loaded: dict[str, object] | None = None,
) -> int:
    """Add or change one sub-record of a client; returns its id. ``version`` and
    ``loaded`` as for :func:`save_client`."""
    kind = record_kind(kind_key)
    require(actor, kind.permission)
    require_client_access(session, actor, client_id)
    cleaned = validate_fields(kind.fields, values)
    if kind.key == "note" and (
        cleaned.get("kind") == "advice"
        or (record_id is not None and _stored_kind(session, record_id) == "advice")
    ):
        require(actor, Permission.ADVICE_EDIT)
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
            raise NotFound("That {title} belongs to another client.", title=Label(kind.title))
        _refuse_if_final(record)
        _check_version(kind.title, record, version, kind.fields, loaded)
    for key, value in cleaned.items():
        setattr(record, key, value)
    _flush_versioned(session, kind.title, record)
    if record_id is not None:
        audit.record(
            session,
            actor=actor,
            action=f"{kind.key}.updated",
            client_id=client_id,
            summary=f"{kind.title} #{record.id} version {record.version}",
        )
    if kind.key == "policy":
        # The provider holds the client's details once a policy is placed (POPIA s23(1)(b)).
        from clientmanager.services.disclosures import record_policy_disclosure

        record_policy_disclosure(session, actor=actor, policy=record)
    return record.id


def _stored_kind(session: Session, note_id: int) -> str | None:
    return session.scalar(sa.select(Note.kind).where(Note.id == note_id))


def delete_record(session: Session, actor: Actor, kind_key: str, record_id: int) -> None:
    kind = record_kind(kind_key)
    require(actor, kind.permission)
    record = _owned_record(session, kind, record_id)
    require_client_access(session, actor, record.client_id)
    _refuse_if_final(record)
    if isinstance(record, Note) and record.kind == "advice":
        require(actor, Permission.ADVICE_EDIT)
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
            client = get_client(session, task.client_id)
            client.last_review_on = dt.date.today()
    session.flush()
    return task


# --- documents -------------------------------------------------------------------------------

_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
DOCUMENT_CATEGORIES = choices(
    "id_copy", "proof_of_address", "record_of_advice", "application", "statement", "other"
)


SENSITIVE_CATEGORIES = frozenset({"id_copy"})


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
    # An ID copy is what identity theft needs: always kept as sensitive.
    is_sensitive = is_sensitive or category in SENSITIVE_CATEGORIES
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
    """Write a copy of a document to ``target`` (atomically); the export is audited.

    The copy leaves the encrypted database, so an ID copy or other sensitive document is
    exported only by a role trusted with it (not an assistant)."""
    document = _readable_document(session, actor, document_id)
    if document.is_sensitive or document.category in SENSITIVE_CATEGORIES:
        require(actor, Permission.DOCUMENT_EXPORT_SENSITIVE)
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


# --- one address at a time (the command line's door; the form saves both at once) -------------

ADDRESS_KINDS = {"residential": "physical", "postal": "postal"}


def client_addresses(session: Session, actor: Actor, client_id: int) -> dict[str, dict[str, str]]:
    """The client's residential and postal addresses as stored, by kind ("residential",
    "postal"), as the overview shows them; a kind with no address is left out. A postal
    address "same as residential" is listed as such under ``"postal"``."""
    require(actor, Permission.CLIENT_READ)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    shown: dict[str, dict[str, str]] = {}
    for name, kind in ADDRESS_KINDS.items():
        address = next((a for a in client.addresses if a.kind == kind), None)
        if address is not None:
            shown[name] = {
                spec.key: display_value(spec, getattr(address, spec.key)) for spec in ADDRESS_FIELDS
            }
    if client.postal_same_as_residential and "postal" not in shown:
        shown["postal"] = {"same_as_residential": "yes"}
    return shown


def set_address(
    session: Session, actor: Actor, client_id: int, kind: str, fields: dict[str, str]
) -> int:
    """Replace one of the client's addresses with ``fields`` (keys of ``ADDRESS_FIELDS``;
    all empty removes it). Saved through :func:`save_client`, so it is validated, checked
    against the stored version and audited exactly like the record's form."""
    if kind not in ADDRESS_KINDS:
        raise ValidationError("Address kind", "choose residential or postal")
    unknown = set(fields) - {spec.key for spec in ADDRESS_FIELDS}
    if unknown:
        raise ValidationError("Address", f"has no field {', '.join(sorted(unknown))}")
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    loaded = client_form_values(client)
    values: dict[str, object] = {
        **loaded,
        **address_form_values(client, list(client.addresses)),
    }
    prefix = ADDRESS_PREFIX[ADDRESS_KINDS[kind]]
    for spec in ADDRESS_FIELDS:
        values[prefix + spec.key] = fields.get(spec.key, "")
    if kind == "postal":
        values[POSTAL_SAME_KEY] = ""  # a postal address of its own
    return save_client(
        session, actor, values=values, client_id=client_id, version=client.version, loaded=loaded
    )
