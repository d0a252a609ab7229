"""The practice's own settings: who it is (letters and notices read it), how it is protected,
how long it keeps records, where backups go. Every change is audited.

Only roles with ``SETTINGS_EDIT`` (the practice manager) may change them; the compliance
officer may read them. The audit entry names the setting and its old and new value;
settings never hold client data or secrets.

The practice identity the letters print (name, FSP number, address, information officer)
stays on the one ``practice`` row, which every letter and notice already reads; the rest
lives in the key/value ``settings`` table. :data:`SETTINGS` is the one catalogue of keys,
shared by ``clientmanager settings`` and the Settings dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.email import normalise_email
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.phone import format_phone_for_display, normalise_phone
from clientmanager.errors import ClientManagerError, PermissionDenied
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.client_records import IDLE_LOCK_SETTING, idle_lock_minutes
from clientmanager.services.permissions import (
    PLANNERS_SEE_ALL_SETTING,
    Permission,
    allows,
    planners_see_all_clients,
    require,
)
from clientmanager.store.models import Practice, Setting

MAX_IDLE_LOCK_MINUTES = 240
DEFAULT_REVIEW_INTERVAL_MONTHS = 12
MAX_REVIEW_INTERVAL_MONTHS = 60
REVIEW_INTERVAL_SETTING = "review_interval_default"
PDF_PASSWORD_SETTING = "pdf_password_policy"
PDF_PASSWORD_POLICIES = ("id_number", "random")
BACKUP_FOLDER_SETTING = "backup_folder"  # the key services/backups.py reads
RETENTION_PREFIX = "retention."

# COMPLIANCE.md: the Regulator's published contacts, which the practice may update (the
# Regulator has moved before, so they are a setting, not code).
DEFAULT_REGULATOR_CONTACT = (
    "Information Regulator (South Africa). Phone 010 023 5200. "
    "Complaints (Form 5): POPIAComplaints@inforegulator.org.za. "
    "Breach notices and compliance: POPIACompliance@inforegulator.org.za. "
    "Enquiries: enquiries@inforegulator.org.za."
)

TAB_IDENTITY = "Practice identity"
TAB_SECURITY = "Security"
TAB_RETENTION = "Retention"
TAB_BACKUPS = "Backups & PDFs"
TABS = (TAB_IDENTITY, TAB_SECURITY, TAB_RETENTION, TAB_BACKUPS)

__all__ = [
    "SETTINGS",
    "SettingLine",
    "SettingSpec",
    "can_read_settings",
    "change_setting",
    "idle_lock_minutes",
    "review_interval_months",
    "set_value",
    "show_settings",
]


class UnknownSetting(ClientManagerError):
    pass


# --- validation (each returns the stored form, or raises ValidationError) -------------------


def _text(label: str, *, required: bool = False, limit: int = 200) -> Callable[[str], str]:
    def check(value: str) -> str:
        value = value.strip()
        if required and not value:
            raise ValidationError(label, "is empty; it is printed on letters, so fill it in")
        if len(value) > limit:
            raise ValidationError(label, f"is too long; keep it under {limit} characters")
        return value

    return check


def _address(label: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        # One line per address line; "; " typed on the command line separates lines too.
        lines = [line.strip() for line in re.split(r"\n|;", value) if line.strip()]
        text = "\n".join(lines)
        if len(text) > 500:
            raise ValidationError(label, "is too long; keep it under 500 characters")
        return text

    return check


def _fsp_number(value: str) -> str:
    value = value.strip()
    if value and not re.fullmatch(r"\d{1,10}", value):
        raise ValidationError(
            "FSP number", "may contain only digits (the FSCA licence number, e.g. 12345)"
        )
    return value


def _phone(value: str) -> str:
    return normalise_phone(value, field="Phone") if value.strip() else ""


def _officer_phone(value: str) -> str:
    return normalise_phone(value, field="Information officer's phone") if value.strip() else ""


def _email(value: str) -> str:
    return normalise_email(value, field="Email") if value.strip() else ""


def _officer_email(value: str) -> str:
    return normalise_email(value, field="Information officer's email") if value.strip() else ""


def _names(value: str) -> str:
    names = [name.strip() for name in re.split(r"[;,\n]", value) if name.strip()]
    text = "; ".join(names)
    if len(text) > 500:
        raise ValidationError("Deputy information officers", "is too long")
    return text


def _whole_number(label: str, low: int, high: int, unit: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        try:
            number = int(value.strip())
        except ValueError:
            raise ValidationError(label, f"must be a whole number of {unit}") from None
        if not low <= number <= high:
            raise ValidationError(label, f"choose between {low} and {high} {unit}")
        return str(number)

    return check


_YES = {"1", "yes", "y", "true", "on"}
_NO = {"0", "no", "n", "false", "off"}


def _yes_no(value: str) -> str:
    word = value.strip().casefold()
    if word in _YES:
        return "1"
    if word in _NO:
        return "0"
    raise ValidationError("Planners see all clients", "answer yes or no")


def _pdf_policy(value: str) -> str:
    word = value.strip().casefold().replace("-", "_").replace(" ", "_")
    if word not in PDF_PASSWORD_POLICIES:
        raise ValidationError("PDF password", "choose id_number (the client's ID number) or random")
    return word


def _folder(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    target = Path(value).expanduser().absolute()
    try:
        target.mkdir(parents=True, exist_ok=True)
        probe = target / ".clientmanager-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError:
        raise ValidationError(
            "Backup folder", f"{target} cannot be written to; choose a folder you can write in"
        ) from None
    return str(target)


LETTER_LANGUAGE_SETTING = "letter_language"  # the key services/letterhead.py reads
LETTER_LANGUAGES = ("en", "af")


def _letter_language(value: str) -> str:
    word = value.strip().casefold()
    if not word:
        return ""  # cleared: English, the default
    if word in ("en", "eng", "english", "engels"):
        return "en"
    if word in ("af", "afr", "afrikaans"):
        return "af"
    raise ValidationError("Letter language", "choose en (English) or af (Afrikaans)")


# --- the catalogue ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str
    tab: str
    help: str
    validate: Callable[[str], str]
    # Where it is kept: a column of the practice row, or a key of the settings table.
    practice_column: str | None = None
    setting_key: str | None = None
    default: str = ""
    multiline: bool = False
    choices: tuple[str, ...] = ()


SETTINGS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in (
        SettingSpec(
            "registered_name",
            "Registered name",
            TAB_IDENTITY,
            "The practice's registered name, on every letter and notice.",
            _text("Registered name", required=True),
            practice_column="name",
        ),
        SettingSpec(
            "fsp_number",
            "FSP number",
            TAB_IDENTITY,
            "The FSCA licence number (digits only); printed on letters and breach notices.",
            _fsp_number,
            practice_column="fsp_number",
        ),
        SettingSpec(
            "physical_address",
            "Physical address",
            TAB_IDENTITY,
            "Where the practice is (POPIA s18: the responsible party's address).",
            _address("Physical address"),
            practice_column="physical_address",
            multiline=True,
        ),
        SettingSpec(
            "postal_address",
            "Postal address",
            TAB_IDENTITY,
            "Where letters to the practice go, if not the physical address.",
            _address("Postal address"),
            setting_key="postal_address",
            multiline=True,
        ),
        SettingSpec(
            "phone",
            "Phone",
            TAB_IDENTITY,
            "The practice's phone number.",
            _phone,
            setting_key="practice_phone",
        ),
        SettingSpec(
            "email",
            "Email",
            TAB_IDENTITY,
            "The practice's email address.",
            _email,
            setting_key="practice_email",
        ),
        SettingSpec(
            "office_hours",
            "Office hours",
            TAB_IDENTITY,
            "When clients can reach the practice, e.g. Mon–Fri 08:00–16:30.",
            _text("Office hours"),
            setting_key="office_hours",
        ),
        SettingSpec(
            "information_officer",
            "Information officer",
            TAB_IDENTITY,
            "The person responsible for POPIA compliance (s55), named on every letter.",
            _text("Information officer", required=True),
            practice_column="information_officer_name",
        ),
        SettingSpec(
            "information_officer_email",
            "Information officer's email",
            TAB_IDENTITY,
            "Where data subjects write about their information.",
            _officer_email,
            practice_column="information_officer_email",
        ),
        SettingSpec(
            "information_officer_phone",
            "Information officer's phone",
            TAB_IDENTITY,
            "",
            _officer_phone,
            practice_column="information_officer_phone",
        ),
        SettingSpec(
            "deputy_information_officers",
            "Deputy information officers",
            TAB_IDENTITY,
            "Names, separated by semicolons (POPIA s56).",
            _names,
            setting_key="deputy_information_officers",
        ),
        SettingSpec(
            "regulator_contact",
            "Information Regulator",
            TAB_IDENTITY,
            "The Regulator's contact details, printed where a letter tells people how to "
            "complain. Update them if the Regulator moves.",
            _text("Information Regulator", limit=1000),
            setting_key="regulator_contact",
            default=DEFAULT_REGULATOR_CONTACT,
            multiline=True,
        ),
        SettingSpec(
            "idle_lock_minutes",
            "Lock after (minutes idle)",
            TAB_SECURITY,
            f"The desktop locks after this many idle minutes (1 to {MAX_IDLE_LOCK_MINUTES}).",
            _whole_number("Lock after", 1, MAX_IDLE_LOCK_MINUTES, "minutes"),
            setting_key=IDLE_LOCK_SETTING,
            default="10",
        ),
        SettingSpec(
            "planners_see_all",
            "Planners see all clients",
            TAB_SECURITY,
            "Yes: every planner may open every client. No: planners see only the clients "
            "assigned to them.",
            _yes_no,
            setting_key=PLANNERS_SEE_ALL_SETTING,
            default="0",
            choices=("yes", "no"),
        ),
        SettingSpec(
            "review_interval_default",
            "Review every (months)",
            TAB_SECURITY,
            "How often a client is reviewed; a new client's first review falls due this "
            "long after they became a client.",
            _whole_number("Review every", 1, MAX_REVIEW_INTERVAL_MONTHS, "months"),
            setting_key=REVIEW_INTERVAL_SETTING,
            default=str(DEFAULT_REVIEW_INTERVAL_MONTHS),
        ),
        SettingSpec(
            "backup_folder",
            "Backup folder",
            TAB_BACKUPS,
            "Where the rolling 30 days of backups go; empty: beside the practice database.",
            _folder,
            setting_key=BACKUP_FOLDER_SETTING,
        ),
        SettingSpec(
            "pdf_password_policy",
            "PDF password",
            TAB_BACKUPS,
            "The password suggested for a client's PDFs: a random one to give them "
            "separately (the default), or their ID number, which anyone who knows their date "
            "of birth can guess in about 10,000 tries.",
            _pdf_policy,
            setting_key=PDF_PASSWORD_SETTING,
            default="random",
            choices=PDF_PASSWORD_POLICIES,
        ),
        SettingSpec(
            "letter_language",
            "Language of client letters",
            TAB_BACKUPS,
            "The language of the fixed text in every letter, notice and report the practice "
            "sends a client (English or Afrikaans). Names, section numbers and the client's own "
            "details stay as they are.",
            _letter_language,
            setting_key=LETTER_LANGUAGE_SETTING,
            default="en",
            choices=LETTER_LANGUAGES,
        ),
    )
}


@dataclass(frozen=True)
class SettingLine:
    key: str
    label: str
    tab: str
    value: str  # as a person reads it
    help: str = ""
    stored: str = ""  # as kept (what `set` accepts back)
    minimum: str = ""  # retention periods: the law's minimum


def can_read_settings(actor: Actor | None) -> bool:
    """The practice manager edits; the compliance officer (who sees the audit trail) reads."""
    return allows(actor, Permission.SETTINGS_EDIT) or allows(actor, Permission.AUDIT_VIEW)


def _practice(session: Session) -> Practice:
    return session.scalars(sa.select(Practice).limit(1)).one()


def _stored(session: Session, spec: SettingSpec) -> str | None:
    if spec.practice_column is not None:
        return getattr(_practice(session), spec.practice_column)
    row = session.get(Setting, spec.setting_key)
    return row.value if row is not None else None


def value(session: Session, key: str) -> str:
    """A setting's stored value, or its default: for code that reads settings."""
    spec = _spec(key)
    stored = _stored(session, spec)
    return spec.default if stored is None or stored == "" else stored


def _display(spec: SettingSpec, stored: str) -> str:
    if spec.key == "planners_see_all":
        return "yes" if stored == "1" else "no"
    if spec.key == "letter_language":
        return {"en": "English", "af": "Afrikaans"}.get(stored, stored)
    if spec.key in ("phone", "information_officer_phone") and stored:
        try:
            return format_phone_for_display(stored)
        except ValueError:
            return stored
    return stored


def _spec(key: str) -> SettingSpec:
    spec = SETTINGS.get(key)
    if spec is None:
        raise UnknownSetting(
            "There is no setting called {key!r}.",
            hint="Run 'clientmanager settings show' to see the keys.",
            key=key,
        )
    return spec


def show_settings(session: Session, actor: Actor) -> list[SettingLine]:
    """Every setting with its value, in the dialog's order; retention periods last."""
    if not can_read_settings(actor):
        raise PermissionDenied(
            "Only the practice manager and the compliance officer may see the settings.",
            hint="Ask the practice manager.",
        )
    lines = [
        SettingLine(
            spec.key,
            spec.label,
            spec.tab,
            _display(spec, value(session, spec.key)),
            spec.help,
            value(session, spec.key),
        )
        for spec in SETTINGS.values()
    ]
    from clientmanager.services import retention

    for line in retention.schedule(session):
        lines.append(
            SettingLine(
                RETENTION_PREFIX + line.category,
                line.label,
                TAB_RETENTION,
                line.period,
                f"{line.applies_to}; {line.citation}",
                _period_text(line.years, line.days),
                line.minimum,
            )
        )
    return lines


# --- changing -----------------------------------------------------------------------------


def put_setting(session: Session, key: str, value: str, row: Setting | None = None) -> None:
    """Store ``value`` under the settings-table ``key``, replacing what was there (``row``:
    the key's row when the caller has already read it)."""
    row = row if row is not None else session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def change_setting(session: Session, actor: Actor, key: str, value: str) -> None:
    """Set the settings-table ``key`` to ``value`` and audit the change (nothing is recorded
    if unchanged)."""
    require(actor, Permission.SETTINGS_EDIT)
    row = session.get(Setting, key)
    old = row.value if row is not None else None
    if old == value:
        return
    put_setting(session, key, value, row)
    audit.record(
        session,
        actor=actor,
        action="settings.changed",
        summary=f"{key}: {old if old is not None else '(default)'} -> {value}",
    )


def _period_text(years: int, days: int) -> str:
    parts = []
    if years:
        parts.append(f"{years} years")
    if days or not years:
        parts.append(f"{days} days")
    return " ".join(parts)


_PERIOD = re.compile(
    r"^\s*(?:(\d+)\s*(?:y|yr|yrs|year|years)?)?\s*(?:(\d+)\s*(?:d|day|days))?\s*$", re.I
)


def parse_period(text: str) -> tuple[int, int]:
    """'5', '5 years', '7y', '30 days' or '5 years 30 days' as (years, days)."""
    match = _PERIOD.match(text or "")
    if not match or not (match.group(1) or match.group(2)):
        raise ValidationError(
            "Retention period", "write it like '5 years', '30 days' or '5 years 30 days'"
        )
    years = int(match.group(1)) if match.group(1) else 0
    days = int(match.group(2)) if match.group(2) else 0
    if years > 100:
        raise ValidationError("Retention period", "is more than 100 years")
    return years, days


def set_value(session: Session, actor: Actor, key: str, raw: str) -> SettingLine:
    """Validate and store one setting (the CLI's ``settings set`` and the dialog's fields).

    Retention periods (``retention.<category>``) go through the retention service, which
    refuses anything shorter than the law requires."""
    require(actor, Permission.SETTINGS_EDIT)
    if key.startswith(RETENTION_PREFIX):
        from clientmanager.services import retention

        years, days = parse_period(raw)
        line = retention.update_rule(
            session,
            actor=actor,
            category=key.removeprefix(RETENTION_PREFIX),
            years=years,
            days=days,
        )
        return SettingLine(
            key,
            line.label,
            TAB_RETENTION,
            line.period,
            line.citation,
            _period_text(line.years, line.days),
            line.minimum,
        )
    spec = _spec(key)
    new = spec.validate(raw if raw is not None else "")
    if spec.practice_column is not None:
        practice = _practice(session)
        old = getattr(practice, spec.practice_column)
        if (old or "") != new:
            setattr(practice, spec.practice_column, new or None)
            audit.record(
                session,
                actor=actor,
                action="settings.changed",
                summary=f"{key}: {old if old else '(not set)'} -> {new or '(not set)'}",
            )
    elif new == "" and spec.setting_key is not None:
        row = session.get(Setting, spec.setting_key)
        if row is not None:
            audit.record(
                session,
                actor=actor,
                action="settings.changed",
                summary=f"{spec.setting_key}: {row.value} -> (default)",
            )
            session.delete(row)
    else:
        change_setting(session, actor, spec.setting_key, new)
    session.flush()
    stored = value(session, key)
    return SettingLine(key, spec.label, spec.tab, _display(spec, stored), spec.help, stored)


# --- what other services read -------------------------------------------------------------


def review_interval_months(session: Session) -> int:
    try:
        months = int(value(session, "review_interval_default"))
    except ValueError:
        return DEFAULT_REVIEW_INTERVAL_MONTHS
    return months if 1 <= months <= MAX_REVIEW_INTERVAL_MONTHS else DEFAULT_REVIEW_INTERVAL_MONTHS


def pdf_password_policy(session: Session) -> str:
    policy = value(session, "pdf_password_policy")
    # The ID number only when the practice chose it: a random passphrase is the safe default.
    return policy if policy in PDF_PASSWORD_POLICIES else "random"


def planners_see_all(session: Session) -> bool:
    return planners_see_all_clients(session)
