"""Dates: ISO, day-first numeric and month-name forms; impossible dates refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from clientmanager.domain import ValidationError, parse_date

MARCH_1 = date(2024, 3, 1)


@pytest.mark.parametrize(
    "typed",
    [
        # The forms named in the spec, all meaning 1 March 2024.
        "2024-03-01",
        "2024/03/01",
        "01/03/2024",
        "1-3-2024",
        "1 March 2024",
        "1 Mar 2024",
        "01.03.2024",
        # Close relatives.
        "2024-3-1",
        "2024.03.01",
        "1/3/2024",
        "01-03-2024",
        "  1   March   2024 ",
        "1 MARCH 2024",
        "1 march 2024",
        "1 Mar. 2024",
        "01-Mar-2024",
        "1-mar-2024",
        "1 March, 2024",
        "1st March 2024",
        "March 1, 2024",
        "Mar 1 2024",
        "1 Maart 2024",  # Afrikaans
        "1 Mrt 2024",
    ],
)
def test_accepted_forms(typed: str) -> None:
    assert parse_date(typed) == MARCH_1


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("03/01/2024", date(2024, 1, 3)),  # day first, never US month first
        ("12/11/2024", date(2024, 11, 12)),
        ("29/02/2024", date(2024, 2, 29)),  # leap year
        ("2000-02-29", date(2000, 2, 29)),  # century leap year
        ("31 December 1999", date(1999, 12, 31)),
        ("31 Desember 1999", date(1999, 12, 31)),
        ("15 Mei 2020", date(2020, 5, 15)),
        ("15 May 2020", date(2020, 5, 15)),
        ("2 Sept 2021", date(2021, 9, 2)),
        ("2 Okt 2021", date(2021, 10, 2)),
        ("22nd June 1985", date(1985, 6, 22)),
        ("3rd Jul 1985", date(1985, 7, 3)),
        ("1800-01-01", date(1800, 1, 1)),
        ("31/12/2199", date(2199, 12, 31)),
    ],
)
def test_day_month_order_and_names(typed: str, expected: date) -> None:
    assert parse_date(typed) == expected


def test_date_objects_pass_through_and_datetimes_lose_their_time() -> None:
    assert parse_date(MARCH_1) == MARCH_1
    result = parse_date(datetime(2024, 3, 1, 23, 59))
    assert result == MARCH_1
    assert type(result) is date


@pytest.mark.parametrize(
    ("value", "expected_problem"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("31/02/2024", "does not have that many days"),
        ("30 February 2024", "does not have that many days"),
        ("29/02/2023", "does not have that many days"),  # not a leap year
        ("1900-02-29", "does not have that many days"),  # centuries are not leap years
        ("31/04/2024", "does not have that many days"),
        ("2024-13-01", "month must be between 1 and 12"),
        ("03/25/2024", "numeric dates are day first"),  # US order
        ("01/00/2024", "month must be between 1 and 12"),
        ("00/03/2024", "day must be between 1 and 31"),
        ("32/01/2024", "day must be between 1 and 31"),
        ("0 March 2024", "day must be between 1 and 31"),
        ("01/03/24", "four-digit year"),
        ("1-3-24", "four-digit year"),
        ("0224-03-01", "year must be between 1800 and 2199"),
        ("01/03/1799", "year must be between 1800 and 2199"),
        ("1 Marchember 2024", "month name that is not recognised"),
        ("1 Foo 2024", "month name that is not recognised"),
        ("yesterday", "is not a date"),
        ("2024-03-01T10:00", "is not a date"),
        ("01/03-2024", "is not a date"),  # mixed separators
        ("20240301", "is not a date"),
        ("2024-03", "is not a date"),
        ("1 March", "is not a date"),
        ("Mar 12024", "is not a date"),  # 1 or 12 March?
    ],
)
def test_rejected_with_a_specific_problem(value: str, expected_problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(value)
    assert expected_problem in caught.value.problem
    assert caught.value.field == "Date"
    assert str(caught.value) == f"Date: {caught.value.problem}"


@pytest.mark.parametrize(
    "value", ["31/02/1987", "1987-13-05", "05/13/1987", "30 February 1987", "17/06/87"]
)
def test_messages_name_the_field_and_never_echo_the_date(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(value, field="Date of birth")
    message = str(caught.value)
    assert message.startswith("Date of birth: ")
    assert value not in message
    assert "1987" not in message
    assert "87" not in message


def test_non_text_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(20240301)  # type: ignore[arg-type]
    assert caught.value.problem.startswith("must be text")
