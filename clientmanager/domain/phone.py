"""Phone numbers: stored as E.164 ("+27821234567"), shown the way people write them.

Storing one canonical form means "082 123 4567" and "+27 82 123 4567" are found as the
same number when searching and de-duplicating. Numbering-plan knowledge (which
prefixes and lengths are real) comes from Google's libphonenumber metadata via the
``phonenumbers`` package, which works offline.
"""

from __future__ import annotations

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType, ValidationResult

from clientmanager.domain.errors import ValidationError

__all__ = ["format_phone_for_display", "normalise_phone"]

_EXAMPLE = "use a format like 082 123 4567 or +27 82 123 4567"
_SA_COUNTRY_CODE = 27


# Every SA subscriber number has nine digits after the trunk 0. libphonenumber's ZA
# metadata also accepts 5- to 8-digit numbers starting 081-084 (network short codes), which
# would let "082 1234" through as a client's mobile; nobody can be reached on those.
_SA_SUBSCRIBER_DIGITS = 9
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def normalise_phone(
    value: str, *, field: str = "Phone", region: str = "ZA", mobile: bool = False
) -> str:
    """Return ``value`` as an E.164 string, or raise :class:`ValidationError`.

    Numbers without a leading "+" or international prefix ("00") are read as local to
    ``region``, so "082 123 4567" becomes "+27821234567". With ``mobile`` only a mobile
    number is accepted (a landline cannot receive an SMS).
    """
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, "is empty; enter a phone number")
    # phonenumbers quietly turns letters into keypad digits ("0800 FLOWERS") and
    # reads "ext 12" as an extension, which E.164 cannot hold; both would store
    # something other than what was typed, so refuse rather than guess.
    if any(char.isalpha() for char in value):
        raise ValidationError(
            field,
            "may contain only digits, spaces, brackets, dashes and a leading +; "
            "put extensions in the notes",
        )
    try:
        number = phonenumbers.parse(value, region)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            problem = "has a country code that does not exist"
        elif exc.error_type == NumberParseException.TOO_LONG:
            problem = "has too many digits"
        else:
            problem = "is not a phone number"
        raise ValidationError(field, f"{problem}; {_EXAMPLE}") from None

    if not phonenumbers.is_valid_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        if reason == ValidationResult.TOO_SHORT:
            problem = "has too few digits"
        elif reason == ValidationResult.TOO_LONG:
            problem = "has too many digits"
        elif reason == ValidationResult.INVALID_COUNTRY_CODE:
            problem = "has a country code that does not exist"
        else:
            problem = "is not a number in use (unknown area or network code, or wrong length)"
        raise ValidationError(field, f"{problem}; {_EXAMPLE}")

    if (
        number.country_code == _SA_COUNTRY_CODE
        and len(str(number.national_number)) < _SA_SUBSCRIBER_DIGITS
    ):
        raise ValidationError(field, f"has too few digits; {_EXAMPLE}")
    if mobile and phonenumbers.number_type(number) not in _MOBILE_TYPES:
        raise ValidationError(
            field, "is not a mobile number; put landlines under home or work phone"
        )
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def format_phone_for_display(e164: str) -> str:
    """Show a stored number: national style for SA numbers, international otherwise.

    Local clients expect "082 123 4567"; a foreign number needs its country code to be
    dialled from here. Anything that does not parse (e.g. data saved before
    validation existed) is returned unchanged, because a display helper must not stop
    a screen from opening.
    """
    try:
        number = phonenumbers.parse(e164, None)
    except NumberParseException:
        return e164
    style = (
        PhoneNumberFormat.NATIONAL
        if number.country_code == _SA_COUNTRY_CODE
        else PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)
