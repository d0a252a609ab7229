"""Calendar dates typed by people or copied from documents.

South Africans write numeric dates day first ("01/03/2024" is 1 March), while systems
and spreadsheets export ISO year-first ("2024-03-01"); the four-digit year's position
tells the two apart. Month-first numeric dates are never assumed, since reading
3 January as 1 March silently is worse than asking.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from clientmanager.domain.errors import ValidationError

__all__ = ["parse_date"]

# Years outside this range are almost always typos ("0224", "20244") rather than
# dates a planning practice records.
_MIN_YEAR = 1800
_MAX_YEAR = 2199

_EXAMPLE = "use a format like 2024-03-01, 01/03/2024 or 1 March 2024"

# The backreference (?P=sep) insists on one separator throughout, so "01/03-2024",
# more likely a slip than a date, is refused.
_YEAR_FIRST = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})")
_DAY_FIRST = re.compile(r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})")
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{2}")
_DAY_MONTH_NAME = re.compile(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[ \-./]*(?P<name>[a-z]+)\.?,?[ \-./]*(?P<y>\d{4})"
)
# "March 1, 2024": unambiguous thanks to the month name, and common in e-mails
# from international product providers. Day and year must be separated, or
# "Mar 12024" could be 1 or 12 March.
_MONTH_NAME_DAY = re.compile(
    r"(?P<name>[a-z]+)\.?[ \-]*(?P<d>\d{1,2})(?:st|nd|rd|th)?[ ,\-]+(?P<y>\d{4})"
)

_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            # English full name and abbreviations, then Afrikaans, since both
            # languages appear on SA statements and documents.
            ("january", "jan", "januarie"),
            ("february", "feb", "februarie"),
            ("march", "mar", "maart", "mrt"),
            ("april", "apr"),
            ("may", "mei"),
            ("june", "jun", "junie"),
            ("july", "jul", "julie"),
            ("august", "aug", "augustus"),
            ("september", "sep", "sept"),
            ("october", "oct", "oktober", "okt"),
            ("november", "nov"),
            ("december", "dec", "desember", "des"),
        ),
        start=1,
    )
    for name in names
}


def parse_date(value: str | date, *, field: str = "Date") -> date:
    """Read a calendar date, or raise :class:`ValidationError` naming ``field``.

    Accepts ISO year-first dates with "-", "/" or "." ("2024-03-01"), day-first
    numeric dates ("01/03/2024", "1-3-2024", "01.03.2024") and dates with an English
    or Afrikaans month name ("1 March 2024", "1 Mar 2024", "1 Maart 2024",
    "March 1, 2024"). A ``date`` is returned as is; a ``datetime`` loses its time.
    """
    # datetime subclasses date, so test it first or the time would be kept.
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValidationError(field, f"must be text; {_EXAMPLE}")

    text = " ".join(value.split()).lower()
    if not text:
        raise ValidationError(field, f"is empty; {_EXAMPLE}")

    if match := _YEAR_FIRST.fullmatch(text) or _DAY_FIRST.fullmatch(text):
        return _build(int(match["y"]), int(match["m"]), int(match["d"]), field=field)
    if _TWO_DIGIT_YEAR.fullmatch(text):
        # "01/03/24" could be 1924 or 2024; for dates of birth that matters.
        raise ValidationError(field, f"needs a four-digit year; {_EXAMPLE}")
    if match := _DAY_MONTH_NAME.fullmatch(text) or _MONTH_NAME_DAY.fullmatch(text):
        month = _MONTH_NUMBERS.get(match["name"])
        if month is None:
            raise ValidationError(field, f"has a month name that is not recognised; {_EXAMPLE}")
        return _build(int(match["y"]), month, int(match["d"]), field=field)
    raise ValidationError(field, f"is not a date; {_EXAMPLE}")


def _build(year: int, month: int, day: int, *, field: str) -> date:
    # Say which part is wrong without repeating the date: it may be a date of birth.
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValidationError(field, f"the year must be between {_MIN_YEAR} and {_MAX_YEAR}")
    if not 1 <= month <= 12:
        raise ValidationError(
            field, f"the month must be between 1 and 12 (numeric dates are day first); {_EXAMPLE}"
        )
    if not 1 <= day <= 31:
        raise ValidationError(field, "the day must be between 1 and 31")
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            field, "is not a real date: that month does not have that many days"
        ) from None
