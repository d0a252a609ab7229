"""The practice's identity as every letter prints it (POPIA s18, s55; issue 14).

Read from the practice row and the ``settings`` table under the keys the Settings screen
writes (services/settings.py), with fallbacks so a practice that has set nothing still
gets a correct letter: the practice's name, and the Information Regulator's published
contact details (COMPLIANCE.md).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.reports.wording import DEFAULT_REGULATOR_LINES
from clientmanager.store.models import Practice, Setting

if TYPE_CHECKING:
    from clientmanager.reports.base import Letterhead

# Where the settings service keeps each key that is not a column of the practice row.
SETTING_KEYS = {
    "postal_address": "postal_address",
    "phone": "practice_phone",
    "email": "practice_email",
    "office_hours": "office_hours",
    "deputy_information_officers": "deputy_information_officers",
    "regulator_contact": "regulator_contact",
    "pdf_password_policy": "pdf_password_policy",
    "letter_language": "letter_language",
}


def setting(session: Session, key: str) -> str | None:
    stored = session.get(Setting, SETTING_KEYS.get(key, key))
    value = stored.value.strip() if stored is not None and stored.value else ""
    return value or None


def format_sa_phone(value: str | None) -> str | None:
    """+27215551234 as a South African reads it: 021 555 1234."""
    if not value:
        return None
    from clientmanager.domain.phone import format_phone_for_display

    return format_phone_for_display(value) if value.startswith("+") else value


def regulator_lines(session: Session) -> tuple[str, ...]:
    """The Regulator's details as lines: the practice's setting, split at sentences or
    line breaks, or the published defaults."""
    text = setting(session, "regulator_contact")
    if not text:
        return DEFAULT_REGULATOR_LINES
    parts = [p.strip() for p in re.split(r"\n|(?<=[a-z0-9)]{2})\.\s+(?=[A-Z])", text) if p.strip()]
    return tuple(part.rstrip(".") for part in parts) or DEFAULT_REGULATOR_LINES


def practice_letterhead(session: Session) -> Letterhead:
    # Imported here: fpdf loads http.client and urllib.request at import time, which a
    # session that prints no letter has no reason to load (tests/privacy).
    from clientmanager.reports.base import Letterhead

    practice = session.scalar(sa.select(Practice).limit(1))
    return Letterhead(
        practice_name=(practice.name if practice else None) or "The practice",
        fsp_number=practice.fsp_number if practice else None,
        address=practice.physical_address if practice else None,
        information_officer_name=practice.information_officer_name if practice else None,
        information_officer_email=practice.information_officer_email if practice else None,
        information_officer_phone=format_sa_phone(
            practice.information_officer_phone if practice else None
        ),
        postal_address=setting(session, "postal_address"),
        phone=format_sa_phone(setting(session, "phone")),
        email=setting(session, "email"),
        deputy_information_officers=setting(session, "deputy_information_officers"),
        regulator_lines=regulator_lines(session),
        language=letter_language(session),
    )


def letter_language(session: Session) -> str:
    """The practice's language for client letters ("en" or "af"; the setting
    letter_language, services/settings.py)."""
    return "af" if setting(session, "letter_language") == "af" else "en"
