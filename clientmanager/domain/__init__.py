"""Value types and validation for client data: pure functions, no I/O, no Qt, no database.

Everything a person types (ID numbers, phone numbers, e-mail addresses, amounts,
dates) passes through here before it is stored, so the UI, the importer and the
services all accept and reject exactly the same things. Failures raise
:class:`ValidationError`, whose message names the field and never repeats the value.
"""

from __future__ import annotations

from clientmanager.domain.dates import parse_date
from clientmanager.domain.email import normalise_email
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.money import format_amount, parse_amount
from clientmanager.domain.phone import format_phone_for_display, normalise_phone
from clientmanager.domain.sa_id import SAIdNumber, is_valid_sa_id, make_sa_id, parse_sa_id

__all__ = [
    "SAIdNumber",
    "ValidationError",
    "format_amount",
    "format_phone_for_display",
    "is_valid_sa_id",
    "make_sa_id",
    "normalise_email",
    "normalise_phone",
    "parse_amount",
    "parse_date",
    "parse_sa_id",
]
