"""SA ID numbers: decoding, every rejection rule, privacy of messages, and make_sa_id."""

from __future__ import annotations

import pickle
from datetime import date, timedelta

import pytest

from clientmanager.domain import (
    SAIdNumber,
    ValidationError,
    is_valid_sa_id,
    make_sa_id,
    parse_sa_id,
)

# A fixed "today" keeps century decisions independent of when the suite runs.
TODAY = date(2026, 6, 1)


def luhn_ok(number: str) -> bool:
    """Textbook Luhn, written independently of the implementation under test."""
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


VALID_IDS = [
    # number, date of birth, gender, citizenship
    ("8001015009087", date(1980, 1, 1), "male", "citizen"),
    ("9005150123081", date(1990, 5, 15), "female", "citizen"),
    ("7512317777180", date(1975, 12, 31), "male", "permanent resident"),
    ("0002294321084", date(2000, 2, 29), "female", "citizen"),  # leap day, 2000 is leap
    ("0507044999088", date(2005, 7, 4), "female", "citizen"),  # 4999: last female number
    ("6503105000084", date(1965, 3, 10), "male", "citizen"),  # 5000: first male number
    ("6607101234090", date(1966, 7, 10), "female", "citizen"),  # 12th digit 9 (older books)
]


@pytest.mark.parametrize(("number", "dob", "gender", "citizenship"), VALID_IDS)
def test_valid_ids_decode(number: str, dob: date, gender: str, citizenship: str) -> None:
    assert luhn_ok(number), "test data must itself pass Luhn"
    parsed = parse_sa_id(number, today=TODAY)
    assert parsed == SAIdNumber(
        number=number, date_of_birth=dob, gender=gender, citizenship=citizenship
    )


@pytest.mark.parametrize(
    "typed",
    [
        "800101 5009 087",
        "800101-5009-087",
        " 8001015009087 ",
        "800101\u00a05009\u00a0087",
        "80 01 01 50 09 08 7",
        "8001015009087\n",
    ],
)
def test_spaces_and_dashes_are_ignored(typed: str) -> None:
    assert parse_sa_id(typed, today=TODAY).number == "8001015009087"


@pytest.mark.parametrize(
    ("value", "expected_problem"),
    [
        ("8001015009088", "the check digit is wrong"),
        ("8001015009080", "the check digit is wrong"),
        ("8002305009084", "not a real date of birth"),  # 30 February
        ("0102295009082", "not a real date of birth"),  # 29 February 2001
        ("8013015009082", "not a real date of birth"),  # month 13
        ("8000015009089", "not a real date of birth"),  # month 00
        ("8001005009089", "not a real date of birth"),  # day 00
        ("8001325009082", "not a real date of birth"),  # day 32
        ("800101500908", "exactly 13 digits, not 12"),
        ("80010150090870", "exactly 13 digits, not 14"),
        ("80010150O9087", "only digits"),  # letter O for zero
        ("ABCDEFGHIJKLM", "only digits"),
        ("8001015009.087", "only digits"),
        ("\u0668001015009087", "only digits"),  # Arabic-Indic eight passes str.isdigit()
        ("8001015009285", "11th digit must be 0 (citizen) or 1 (permanent resident)"),
        ("8001015009988", "11th digit must be 0 (citizen) or 1 (permanent resident)"),
        ("", "is empty"),
        ("  - ", "is empty"),
    ],
)
def test_invalid_ids_are_rejected_with_a_specific_problem(
    value: str, expected_problem: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_sa_id(value, today=TODAY)
    err = caught.value
    assert expected_problem in err.problem
    assert err.field == "ID number"
    assert str(err) == f"ID number: {err.problem}"
    assert is_valid_sa_id(value) is False


def test_bad_citizenship_and_bad_dates_have_correct_check_digits() -> None:
    # Guards the table above: these must fail for the stated reason, not on Luhn.
    for number in [
        "8002305009084",
        "0102295009082",
        "8013015009082",
        "8000015009089",
        "8001005009089",
        "8001325009082",
        "8001015009285",
        "8001015009988",
    ]:
        assert luhn_ok(number)


def test_check_digit_message_matches_the_documented_wording() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_sa_id("8001015009088")
    assert str(caught.value) == (
        "ID number: the check digit is wrong; check the number against the ID document"
    )


@pytest.mark.parametrize(
    "value",
    [
        "8001015009088",
        "8002305009084",
        "8001015009285",
        "800101500908",
        "80010150090870",
        "80010150O9087",
        "800101 5009 088",
    ],
)
def test_messages_name_the_field_and_never_echo_the_number(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_sa_id(value, field="Spouse ID number", today=TODAY)
    message = str(caught.value)
    assert message.startswith("Spouse ID number: ")
    assert caught.value.field == "Spouse ID number"
    digits = "".join(ch for ch in value if ch.isdigit())
    assert value not in message
    assert digits not in message
    assert digits[:6] not in message  # not even the date-of-birth part


def test_every_single_digit_typo_is_caught() -> None:
    number = "8001015009087"
    for position in range(13):
        for digit in "0123456789":
            if digit == number[position]:
                continue
            typo = number[:position] + digit + number[position + 1 :]
            assert not is_valid_sa_id(typo), typo


@pytest.mark.parametrize(
    ("birthday", "expected_dob"),
    [
        (date(2026, 6, 1), date(2026, 6, 1)),  # born today: 2000s
        (date(2026, 6, 2), date(1926, 6, 2)),  # tomorrow in 2026 would be the future
        (date(2026, 7, 1), date(1926, 7, 1)),
        (date(2025, 12, 31), date(2025, 12, 31)),
        (date(2027, 1, 1), date(1927, 1, 1)),
        (date(1999, 12, 31), date(1999, 12, 31)),
        (date(2000, 1, 1), date(2000, 1, 1)),
    ],
)
def test_century_is_chosen_relative_to_today(birthday: date, expected_dob: date) -> None:
    number = make_sa_id(birthday, sequence=1234)
    assert parse_sa_id(number, today=TODAY).date_of_birth == expected_dob


def test_default_today_is_the_real_date() -> None:
    # 1 January of last year's two-digit year can only be in the past, so it is 2000s.
    last_year = date.today().year - 1
    number = make_sa_id(date(last_year, 1, 1), sequence=0)
    assert parse_sa_id(number).date_of_birth == date(last_year, 1, 1)


@pytest.mark.parametrize(
    ("dob", "day", "age"),
    [
        (date(1980, 1, 1), date(2025, 12, 31), 45),
        (date(1980, 1, 1), date(2026, 1, 1), 46),
        (date(1980, 1, 1), date(1980, 1, 1), 0),
        (date(1980, 6, 15), date(2026, 6, 14), 45),
        (date(1980, 6, 15), date(2026, 6, 15), 46),
        (date(2000, 2, 29), date(2023, 2, 28), 22),
        (date(2000, 2, 29), date(2023, 3, 1), 23),
        (date(2000, 2, 29), date(2024, 2, 28), 23),
        (date(2000, 2, 29), date(2024, 2, 29), 24),
    ],
)
def test_age_on(dob: date, day: date, age: int) -> None:
    parsed = parse_sa_id(make_sa_id(dob, sequence=5000), today=TODAY)
    assert parsed.date_of_birth == dob
    assert parsed.age_on(day) == age


def test_age_before_birth_is_an_error() -> None:
    parsed = parse_sa_id("8001015009087", today=TODAY)
    with pytest.raises(ValueError, match="before the date of birth"):
        parsed.age_on(date(1979, 12, 31))


def test_repr_does_not_leak_the_number_or_birth_date() -> None:
    parsed = parse_sa_id("8001015009087", today=TODAY)
    text = repr(parsed)
    assert "8001015009087" not in text
    assert "1980" not in text
    assert "male" in text


def test_result_is_immutable() -> None:
    parsed = parse_sa_id("8001015009087", today=TODAY)
    with pytest.raises(AttributeError):
        parsed.number = "9005150123081"  # type: ignore[misc]


def test_validation_error_survives_pickling() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_sa_id("8001015009088")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert (copy.field, copy.problem, str(copy)) == (
        caught.value.field,
        caught.value.problem,
        str(caught.value),
    )
    assert isinstance(copy, ValueError)


@pytest.mark.parametrize(
    ("dob", "sequence", "citizen", "expected"),
    [
        (date(1980, 1, 1), 5009, True, "8001015009087"),
        (date(1990, 5, 15), 123, True, "9005150123081"),
        (date(1975, 12, 31), 7777, False, "7512317777180"),
        (date(2000, 2, 29), 4321, True, "0002294321084"),
        (date(2001, 1, 9), 0, True, "0101090000080"),
    ],
)
def test_make_sa_id_known_values(dob: date, sequence: int, citizen: bool, expected: str) -> None:
    assert make_sa_id(dob, sequence=sequence, citizen=citizen) == expected


def test_make_sa_id_round_trips_over_a_century_of_dates() -> None:
    # Every 3rd day across the 100 years that parse back unambiguously, cycling
    # through sequences and both citizenship values.
    start = TODAY - timedelta(days=365 * 100 - 30)
    day = start
    checked = 0
    while day <= TODAY:
        sequence = (checked * 7919) % 10000
        citizen = checked % 3 != 0
        number = make_sa_id(day, sequence=sequence, citizen=citizen)

        assert len(number) == 13 and number.isdigit()
        assert number[11] == "8"
        assert luhn_ok(number)
        parsed = parse_sa_id(number, today=TODAY)
        assert parsed.number == number
        assert parsed.date_of_birth == day
        assert parsed.gender == ("female" if sequence < 5000 else "male")
        assert parsed.citizenship == ("citizen" if citizen else "permanent resident")

        day += timedelta(days=3)
        checked += 1
    assert checked > 12_000


def test_make_sa_id_covers_every_sequence() -> None:
    dob = date(1985, 8, 20)
    numbers = {make_sa_id(dob, sequence=s) for s in range(10_000)}
    assert len(numbers) == 10_000
    assert all(luhn_ok(n) and is_valid_sa_id(n) for n in numbers)


@pytest.mark.parametrize("sequence", [-1, 10_000, 123_456])
def test_make_sa_id_rejects_out_of_range_sequence(sequence: int) -> None:
    with pytest.raises(ValueError, match="between 0 and 9999"):
        make_sa_id(date(1980, 1, 1), sequence=sequence)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("8001015009087", True),
        ("800101 5009 087", True),
        ("7512317777180", True),
        ("8001015009088", False),
        ("8002305009084", False),
        ("", False),
        ("not an id", False),
    ],
)
def test_is_valid_sa_id(value: str, expected: bool) -> None:
    assert is_valid_sa_id(value) is expected
