"""Rand amounts: parsed from what people type, held as integer cents, shown one way.

Integer cents keep sums exact (binary floats cannot hold 0.10) and fit SQLite's
INTEGER column type directly. Parsing accepts both decimal marks in use in South
Africa, because a planner copies figures from bank statements, product-provider
portals and spreadsheets that each choose differently.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from clientmanager.domain.errors import ValidationError

__all__ = ["format_amount", "parse_amount"]

# SQLite stores INTEGER as signed 64-bit; anything larger would fail (or turn into a
# lossy REAL) on save, so refuse it here with a message instead.
_MAX_CENTS = 2**63 - 1

# Hyphen-minus, Unicode minus and en dash: the latter two arrive when figures are
# copied out of Word, PDFs and some banking sites.
_MINUS_SIGNS = "-\u2212\u2013"
_NUMBER_SHAPE = re.compile(r"[0-9 ,.]*[0-9][0-9 ,.]*")
_TRAILING_DECIMAL_COMMA = re.compile(r",[0-9]{1,2}$")
_THOUSANDS_GROUPS = re.compile(r"[0-9]{1,3}(?:[ ,.][0-9]{3})*")

_EXAMPLE = "use a format like R 1 234.56"


def parse_amount(
    value: str | int | float | Decimal,
    *,
    field: str = "Amount",
    allow_negative: bool = False,
) -> int:
    """Read a rand amount and return it in cents.

    Numbers (``int``, ``float``, ``Decimal``) are rands, like text: ``parse_amount(12)``
    is 1200 cents. Text may carry an "R" or "ZAR" prefix, a sign before or after it,
    spaces (including non-breaking ones) and either decimal mark; see
    :func:`_split_decimal` for how "," and "." are told apart.

    Raises :class:`ValidationError` naming ``field``.
    """
    # bool is an int subclass; True would otherwise silently be R 1.00.
    if isinstance(value, bool):
        raise TypeError("parse_amount() does not accept bool")
    if isinstance(value, int):
        cents = value * 100
    elif isinstance(value, float | Decimal):
        cents = _number_to_cents(value, field=field)
    elif isinstance(value, str):
        cents = _text_to_cents(value, field=field)
    else:
        raise TypeError(f"parse_amount() does not accept {type(value).__name__}")

    if cents < 0 and not allow_negative:
        raise ValidationError(field, "must not be negative")
    if abs(cents) > _MAX_CENTS:
        raise ValidationError(field, "is too large")
    return cents


def _number_to_cents(value: float | Decimal, *, field: str) -> int:
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(field, "is not a number")
        # repr() is the shortest text that round-trips, so 0.1 becomes Decimal("0.1")
        # rather than the binary approximation 0.1000000000000000055511151231257827.
        value = Decimal(repr(value))
    if not value.is_finite():
        raise ValidationError(field, "is not a number")

    # Work on the digits directly: Decimal arithmetic rounds to the context precision
    # (28 digits), which could make a value with a tiny extra fraction look whole.
    sign, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)  # guaranteed once is_finite() holds
    coefficient = int("".join(map(str, digits)))
    if coefficient == 0:
        return 0
    while coefficient % 10 == 0:
        coefficient //= 10
        exponent += 1
    if exponent < -2:
        raise ValidationError(field, "has more than 2 decimal places")
    if exponent > 20:  # avoid building a gigantic int before the range check
        raise ValidationError(field, "is too large")
    cents = coefficient * 10 ** (exponent + 2)
    return -cents if sign else cents


def _text_to_cents(value: str, *, field: str) -> int:
    text = " ".join(value.split())  # \s covers NBSP (U+00A0) and narrow NBSP (U+202F)
    if not text:
        raise ValidationError(field, "is empty; enter an amount")

    negative = False
    signed = False
    if text[0] in _MINUS_SIGNS or text[0] == "+":
        negative, signed = text[0] != "+", True
        text = text[1:].lstrip()
    if text[:3].upper() == "ZAR":
        text = text[3:].lstrip()
    elif text[:1] in ("R", "r"):
        text = text[1:].lstrip()
    # "R -50" and "R-50" are as common as "-R 50".
    if not signed and text and (text[0] in _MINUS_SIGNS or text[0] == "+"):
        negative = text[0] != "+"
        text = text[1:].lstrip()

    if not _NUMBER_SHAPE.fullmatch(text):
        raise ValidationError(field, f"is not an amount; {_EXAMPLE}")

    whole, fraction = _split_decimal(text, field=field)
    whole = whole.lstrip("0")
    if len(whole) > 20:  # also keeps int() clear of its 4300-digit limit
        raise ValidationError(field, "is too large")
    cents = int(whole or "0") * 100 + int(fraction.ljust(2, "0"))
    return -cents if negative else cents


def _split_decimal(text: str, *, field: str) -> tuple[str, str]:
    """Split ``text`` into whole-rand digits and 0-2 cents digits.

    Which mark is the decimal separator:

    * both "," and "." present: whichever comes last ("1.234,56" and "1,234.56");
    * only ",": decimal if followed by exactly 1 or 2 digits at the end ("1 234,5"),
      otherwise thousands ("1,234");
    * only ".": decimal if there is exactly one ("1234.5"), thousands if several
      ("1.234.567"). A single "." followed by three digits is therefore rejected as
      too many decimal places rather than read as R 1 234: guessing wrong there is a
      thousand-fold error.

    Spaces are always thousands separators, and thousands groups must be groups of
    three, so typos like "1,23,456" are caught rather than silently joined up.
    """
    has_comma, has_dot = "," in text, "." in text
    decimal_mark: str | None
    if has_comma and has_dot:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
    elif has_comma:
        decimal_mark = "," if _TRAILING_DECIMAL_COMMA.search(text) else None
    elif has_dot:
        decimal_mark = "." if text.count(".") == 1 else None
    else:
        decimal_mark = None

    if decimal_mark is None:
        grouped, fraction = text, ""
    else:
        grouped, fraction = text.rsplit(decimal_mark, 1)
        if decimal_mark in grouped:
            raise ValidationError(
                field, f"uses the same mark for thousands and decimals; {_EXAMPLE}"
            )
        if not fraction.isdigit():
            raise ValidationError(field, f"is not an amount; {_EXAMPLE}")
        if len(fraction) > 2:
            raise ValidationError(field, "has more than 2 decimal places")

    grouped = grouped.strip()
    if not grouped:
        if not fraction:
            raise ValidationError(field, f"is not an amount; {_EXAMPLE}")
        return "", fraction
    if grouped.isdigit():
        return grouped, fraction
    if not _THOUSANDS_GROUPS.fullmatch(grouped):
        raise ValidationError(
            field, f"has digits grouped oddly (thousands come in threes); {_EXAMPLE}"
        )
    return re.sub(r"[ ,.]", "", grouped), fraction


def format_amount(cents: int) -> str:
    """Show cents as rands, e.g. ``123456789`` -> "R 1 234 567.89", ``-5000`` -> "-R 50.00".

    Space-grouped thousands with a decimal point is what most SA banks show in their
    apps and statements, so clients read it without thinking. The space also cannot
    be mistaken for a decimal mark, which a comma can (SI and SANS style guides use a
    space for grouping for exactly that reason). A plain space is used rather than a
    non-breaking one so the text survives copying into e-mails and spreadsheets;
    :func:`parse_amount` reads it back either way.
    """
    if isinstance(cents, bool) or not isinstance(cents, int):
        raise TypeError("format_amount() takes integer cents")
    rands, remainder = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    grouped = f"{rands:,}".replace(",", " ")
    return f"{sign}R {grouped}.{remainder:02d}"
