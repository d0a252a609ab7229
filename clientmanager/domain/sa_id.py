"""South African identity numbers: validation and the facts encoded in them.

A 13-digit SA ID number is laid out as ``YYMMDD SSSS C A Z``:

* ``YYMMDD`` – date of birth, with no century;
* ``SSSS``   – sequence number; 0000–4999 were issued to females, 5000–9999 to males;
* ``C``      – 0 for SA citizens, 1 for permanent residents;
* ``A``      – historically 8 or 9 (a race marker under apartheid, now meaningless); any
  digit is accepted because old and new books both exist;
* ``Z``      – Luhn check digit over the first 12 digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date

from clientmanager.domain.errors import ValidationError

__all__ = ["SAIdNumber", "is_valid_sa_id", "make_sa_id", "parse_sa_id"]

# People type IDs the way they appear in the green book or on the smart card,
# e.g. "800101 5009 087", or paste them with dashes from spreadsheets.
_SEPARATORS = re.compile(r"[\s\-]+")

# Luhn doubles every second digit from the right; a doubled digit over 9 has 9 taken off.
_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)

_CHECK_HINT = "check the number against the ID document"


@dataclass(frozen=True, slots=True)
class SAIdNumber:
    """A valid SA ID number and what it says about its holder."""

    # Kept out of repr so that logging or printing the object does not leak
    # personal information.
    number: str = dataclass_field(repr=False)
    date_of_birth: date = dataclass_field(repr=False)
    gender: str
    citizenship: str

    def age_on(self, day: date) -> int:
        """Age in whole years on ``day``.

        Someone born on 29 February has their birthday on 1 March in other years,
        because until then (month, day) compares as still before 29 February.
        """
        if day < self.date_of_birth:
            raise ValueError("age_on() was given a day before the date of birth")
        before_birthday = (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day)
        return day.year - self.date_of_birth.year - before_birthday


def _luhn_check_digit(first_twelve: str) -> int:
    """The digit that makes ``first_twelve`` + digit pass Luhn mod 10."""
    # With the check digit appended, positions 2, 4, ... from the right are doubled;
    # in a 12-digit prefix those are the 0-based indexes 1, 3, 5, 7, 9, 11.
    total = 0
    for index, char in enumerate(first_twelve):
        digit = ord(char) - 48
        total += _DOUBLED[digit] if index & 1 else digit
    return (10 - total % 10) % 10


def parse_sa_id(value: str, *, field: str = "ID number", today: date | None = None) -> SAIdNumber:
    """Validate an SA ID number and decode it.

    Spaces and dashes are ignored. ``today`` decides the century of the date of
    birth: a two-digit year that would put the birthday in the future belongs to the
    1900s, otherwise to the 2000s. It defaults to the real today and exists so tests
    are not tied to the calendar.

    Raises :class:`ValidationError` naming ``field``.
    """
    if not isinstance(value, str):
        raise ValidationError(field, "must be text of 13 digits")
    number = _SEPARATORS.sub("", value)
    if not number:
        raise ValidationError(field, "is empty; enter the 13-digit ID number")
    # isascii() first: str.isdigit() also accepts e.g. Arabic-Indic and superscript digits.
    if not (number.isascii() and number.isdigit()):
        raise ValidationError(
            field, "may contain only digits (spaces and dashes are ignored); " + _CHECK_HINT
        )
    if len(number) != 13:
        raise ValidationError(
            field, f"must have exactly 13 digits, not {len(number)}; {_CHECK_HINT}"
        )

    date_of_birth = _date_of_birth(number, field=field, today=today or date.today())

    citizenship_digit = number[10]
    if citizenship_digit == "0":
        citizenship = "citizen"
    elif citizenship_digit == "1":
        citizenship = "permanent resident"
    else:
        raise ValidationError(
            field,
            "the 11th digit must be 0 (citizen) or 1 (permanent resident); " + _CHECK_HINT,
        )

    if _luhn_check_digit(number[:12]) != ord(number[12]) - 48:
        raise ValidationError(field, "the check digit is wrong; " + _CHECK_HINT)

    gender = "female" if int(number[6:10]) < 5000 else "male"
    return SAIdNumber(
        number=number, date_of_birth=date_of_birth, gender=gender, citizenship=citizenship
    )


def _date_of_birth(number: str, *, field: str, today: date) -> date:
    yy, month, day = int(number[0:2]), int(number[2:4]), int(number[4:6])
    # Compare as a tuple so the century can be chosen before knowing whether the day
    # exists: 29 February is only real in some years, and 2000 is a leap year where
    # 1900 is not.
    year = 2000 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    try:
        return date(year, month, day)
    except ValueError:
        # Deliberately vague about which part is wrong: naming "month 13" or
        # "31 February" would echo part of someone's date of birth.
        raise ValidationError(
            field, "the first six digits (YYMMDD) are not a real date of birth; " + _CHECK_HINT
        ) from None


def is_valid_sa_id(value: str) -> bool:
    """True if ``value`` is a valid SA ID number (spaces and dashes ignored)."""
    try:
        parse_sa_id(value)
    except ValidationError:
        return False
    return True


def make_sa_id(date_of_birth: date, *, sequence: int, citizen: bool = True) -> str:
    """Build a valid SA ID number, e.g. for demo data and tests.

    ``sequence`` (0–9999) sets the gender: below 5000 is female. The 12th digit is
    always 8. The number only parses back to the same ``date_of_birth`` if that date
    is within the last 100 years, because the ID itself does not record the century.

    Called in tight loops by the demo-data generator, so it builds one string and
    nothing else.
    """
    if not 0 <= sequence <= 9999:
        raise ValueError("sequence must be between 0 and 9999")
    first_twelve = (
        f"{date_of_birth.year % 100:02d}{date_of_birth.month:02d}{date_of_birth.day:02d}"
        f"{sequence:04d}{0 if citizen else 1}8"
    )
    return first_twelve + chr(48 + _luhn_check_digit(first_twelve))
