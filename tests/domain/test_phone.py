"""Phone numbers: normalising to E.164, rejecting junk, and display formatting."""

from __future__ import annotations

import pytest

from clientmanager.domain import ValidationError, format_phone_for_display, normalise_phone


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("082 123 4567", "+27821234567"),
        ("0821234567", "+27821234567"),
        ("082-123-4567", "+27821234567"),
        ("+27 82 123 4567", "+27821234567"),
        ("+27821234567", "+27821234567"),
        ("0027821234567", "+27821234567"),
        ("  082 123 4567  ", "+27821234567"),
        ("082\u00a0123\u00a04567", "+27821234567"),
        ("(021) 555-1234", "+27215551234"),
        ("021 555 1234", "+27215551234"),
        ("+27 (0)21 555 1234", "+27215551234"),
        ("011 123 4567", "+27111234567"),
        ("+44 20 7946 0958", "+442079460958"),
        ("0044 20 7946 0958", "+442079460958"),
        ("+1 212 555 0123", "+12125550123"),
    ],
)
def test_accepted_forms_normalise_to_e164(typed: str, e164: str) -> None:
    assert normalise_phone(typed) == e164


def test_region_sets_how_local_numbers_are_read() -> None:
    assert normalise_phone("020 7946 0958", region="GB") == "+442079460958"
    # The same digits read as South African are not a valid number.
    with pytest.raises(ValidationError):
        normalise_phone("020 7946 0958")


@pytest.mark.parametrize(
    ("value", "expected_problem"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("not a number", "may contain only digits"),
        ("0800 FLOWERS", "may contain only digits"),
        ("021 555 1234 ext 12", "put extensions in the notes"),
        ("1", "is not a phone number"),
        ("+", "is not a phone number"),
        ("0821", "too few digits"),
        ("0821234567890", "too many digits"),
        ("+27 " + "1" * 20, "too many digits"),
        ("+999 1234 5678", "country code that does not exist"),
        ("012 345 678", "is not a number in use"),
    ],
)
def test_rejected_with_a_specific_problem(value: str, expected_problem: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone(value)
    assert expected_problem in caught.value.problem
    assert caught.value.field == "Phone"
    assert str(caught.value).startswith("Phone: ")


@pytest.mark.parametrize(
    "value", ["0831234567890", "0831", "+999 1234 5678", "031 555 1234 ext 12", "083 FLOWERS"]
)
def test_messages_name_the_field_and_never_echo_the_number(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_phone(value, field="Work phone")
    message = str(caught.value)
    assert message.startswith("Work phone: ")
    digits = "".join(ch for ch in value if ch.isdigit())
    assert value not in message
    assert digits not in message
    assert value.strip().split()[0] not in message


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+27821234567", "082 123 4567"),
        ("+27215551234", "021 555 1234"),
        ("+27111234567", "011 123 4567"),
        ("+442079460958", "+44 20 7946 0958"),
        ("+12125550123", "+1 212-555-0123"),
    ],
)
def test_display_is_national_for_sa_and_international_otherwise(e164: str, shown: str) -> None:
    assert format_phone_for_display(e164) == shown


@pytest.mark.parametrize("stored", ["", "unknown", "082"])
def test_display_returns_unparsable_legacy_values_unchanged(stored: str) -> None:
    assert format_phone_for_display(stored) == stored


@pytest.mark.parametrize("typed", ["082 123 4567", "(021) 555-1234", "+44 20 7946 0958"])
def test_displayed_form_normalises_back_to_the_same_number(typed: str) -> None:
    e164 = normalise_phone(typed)
    assert normalise_phone(format_phone_for_display(e164)) == e164
