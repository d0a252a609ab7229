"""Rand amounts: parsing the forms people type, refusing ambiguity, and display."""

from __future__ import annotations

from decimal import Decimal

import pytest

from clientmanager.domain import ValidationError, format_amount, parse_amount


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        # The forms named in the spec.
        ("R 1 234,56", 123456),
        ("R1,234.56", 123456),
        ("1234.5", 123450),
        ("1 234 567", 123456700),
        ("R12 000", 1200000),
        # Non-breaking and narrow non-breaking spaces, from Word, PDFs and web pages.
        ("R\u00a01\u00a0234,56", 123456),
        ("R 1\u202f234.56", 123456),
        ("\u00a0R 50\u00a0", 5000),
        # Decimal-mark rules.
        ("1,234", 123400),  # comma + 3 digits: thousands
        ("12,345,678", 1234567800),
        ("1,5", 150),  # comma + 1 digit at the end: decimal
        ("1 234,50", 123450),
        ("1.234,56", 123456),  # both marks: the last one is decimal
        ("1.234.567,89", 123456789),
        ("12,345,678.90", 1234567890),
        ("1.234.567", 123456700),  # several dots: thousands
        ("1 234,567", 123456700),  # space and comma both grouping
        (",5", 50),
        (".05", 5),
        # Prefixes and plain numbers.
        ("0", 0),
        ("R0,00", 0),
        ("r 5", 500),
        ("ZAR 1 000.00", 100000),
        ("zar1000", 100000),
        ("+R 10", 1000),
        ("007", 700),
        ("0.01", 1),
        ("99.99", 9999),
        # Numbers are rands too.
        (12, 1200),
        (0, 0),
        (1234.5, 123450),
        (0.1, 10),
        (19.99, 1999),
        (Decimal("1234.56"), 123456),
        (Decimal("1.500"), 150),  # exact value, no ambiguity once it is a number
        (Decimal("1E+3"), 100000),
        (Decimal("0E-10"), 0),
    ],
)
def test_accepted_forms(typed: str | int | float | Decimal, cents: int) -> None:
    assert parse_amount(typed) == cents


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("-R 50", -5000),
        ("R -50", -5000),
        ("R-50", -5000),
        ("- R 50", -5000),
        ("\u2212R 50", -5000),  # Unicode minus sign
        ("\u2013R 50", -5000),  # en dash
        ("-1,234.56", -123456),
        ("-0,01", -1),
        ("-0", 0),
        (-3, -300),
        (-0.5, -50),
        (Decimal("-0.01"), -1),
    ],
)
def test_negatives_when_allowed(typed: str | int | float | Decimal, cents: int) -> None:
    assert parse_amount(typed, allow_negative=True) == cents


@pytest.mark.parametrize("typed", ["-R 50", "R -50", "-1", -3, Decimal("-0.01"), -0.5])
def test_negatives_rejected_by_default(typed: str | int | float | Decimal) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(typed)
    assert caught.value.problem == "must not be negative"


def test_minus_zero_is_not_negative() -> None:
    assert parse_amount("-0") == 0


@pytest.mark.parametrize(
    ("value", "expected_problem"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("R", "is not an amount"),
        ("-", "is not an amount"),
        ("abc", "is not an amount"),
        ("12abc", "is not an amount"),
        ("1e5", "is not an amount"),
        ("USD 5", "is not an amount"),
        ("50 R", "is not an amount"),
        ("50-", "is not an amount"),
        ("--5", "is not an amount"),
        ("-R -5", "is not an amount"),
        ("(50)", "is not an amount"),
        ("12.", "is not an amount"),
        (".", "is not an amount"),
        ("1 234.5 6", "is not an amount"),
        ("R 12.345", "more than 2 decimal places"),
        ("1.234", "more than 2 decimal places"),  # might be European R 1 234: refuse to guess
        ("1.000", "more than 2 decimal places"),
        ("1,234.567", "more than 2 decimal places"),
        ("1.2345,6", "grouped oddly"),
        ("1,2345", "grouped oddly"),
        ("1,23,456", "grouped oddly"),
        ("12 34", "grouped oddly"),
        ("1234 567", "grouped oddly"),
        ("1..5", "grouped oddly"),
        ("1, 234", "grouped oddly"),
        ("1,234,56", "same mark for thousands and decimals"),
        ("1.234.56", "grouped oddly"),
        (float("nan"), "is not a number"),
        (float("inf"), "is not a number"),
        (Decimal("NaN"), "is not a number"),
        (Decimal("-Infinity"), "is not a number"),
        (Decimal("0.001"), "more than 2 decimal places"),
        (Decimal("1.0000000000000000000000000000001"), "more than 2 decimal places"),
        (0.1 + 0.2, "more than 2 decimal places"),
        ("99999999999999999999", "is too large"),
        ("1" * 5000, "is too large"),
        (10**18, "is too large"),
        (Decimal("1E+30"), "is too large"),
    ],
)
def test_rejected_with_a_specific_problem(
    value: str | int | float | Decimal, expected_problem: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(value, allow_negative=True)
    assert expected_problem in caught.value.problem
    assert caught.value.field == "Amount"
    assert str(caught.value) == f"Amount: {caught.value.problem}"


def test_largest_storable_amount_is_accepted() -> None:
    assert parse_amount("92 233 720 368 547 758.07") == 2**63 - 1
    with pytest.raises(ValidationError, match="too large"):
        parse_amount("92 233 720 368 547 758.08")


@pytest.mark.parametrize("value", ["R 12 345.678", "987 65", "R 4.321.0", "12abc34", "-R 777"])
def test_messages_name_the_field_and_never_echo_the_value(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_amount(value, field="Monthly premium")
    message = str(caught.value)
    assert message.startswith("Monthly premium: ")
    assert value not in message
    digits = "".join(ch for ch in value if ch.isdigit())
    assert digits not in message


@pytest.mark.parametrize("value", [True, None, [1], b"12"])
def test_wrong_types_are_a_programming_error(value: object) -> None:
    with pytest.raises(TypeError):
        parse_amount(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cents", "shown"),
    [
        (0, "R 0.00"),
        (5, "R 0.05"),
        (100, "R 1.00"),
        (99999, "R 999.99"),
        (100000, "R 1 000.00"),
        (123456, "R 1 234.56"),
        (123456789, "R 1 234 567.89"),
        (100000000000, "R 1 000 000 000.00"),
        (-1, "-R 0.01"),
        (-5000, "-R 50.00"),
        (-123456789, "-R 1 234 567.89"),
    ],
)
def test_format_amount(cents: int, shown: str) -> None:
    assert format_amount(cents) == shown


@pytest.mark.parametrize("value", [1.5, Decimal("1"), "100", True, None])
def test_format_amount_takes_only_int(value: object) -> None:
    with pytest.raises(TypeError):
        format_amount(value)  # type: ignore[arg-type]


def test_formatted_amounts_parse_back() -> None:
    samples = [0, 1, 9, 10, 99, 100, 101, 999_99, 1000_00, 1234_56, 10**12 + 7, 2**63 - 1]
    for cents in samples + [-c for c in samples]:
        assert parse_amount(format_amount(cents), allow_negative=True) == cents
