"""Phone numbers: stored as E.164 ("+27821234567"), shown the way people write them.

Storing one canonical form means "082 123 4567" and "+27 82 123 4567" are found as the
same number when searching and de-duplicating. Numbering-plan knowledge (which
prefixes and lengths are real) comes from Google's libphonenumber metadata via the
``phonenumbers`` package, which works offline. It is imported only when a number needs
it (about 20 ms, paid at the desktop's launch otherwise).
"""

from __future__ import annotations

import re

from clientmanager.domain.errors import ValidationError

__all__ = ["format_phone_for_display", "normalise_phone"]

_EXAMPLE = "use a format like 082 123 4567 or +27 82 123 4567"
_SA_COUNTRY_CODE = 27


# Every SA subscriber number has nine digits after the trunk 0. libphonenumber's ZA
# metadata also accepts 5- to 8-digit numbers starting 081-084 (network short codes), which
# would let "082 1234" through as a client's mobile; nobody can be reached on those.
_SA_SUBSCRIBER_DIGITS = 9

# The forms nearly every SA number is typed or exported in: a trunk 0 or +27, then the
# nine-digit subscriber number, with spaces, dashes, dots or brackets between digits.
# For these the answer is worked out from the same ZA metadata phonenumbers uses,
# without its general parser (~50 us a number, a third of a 10k-row import); every
# other form, and every number this path cannot confirm as valid, goes through
# phonenumbers, so the results and messages are the same
# (tests/domain/test_phone_fast_path.py compares the two on many forms).
_SEPARATORS = re.compile(r"[ \u00a0\-().]+")
_SA_COMMON_FORM = re.compile(r"(?:\+27|0)([1-9][0-9]{8})")
_STORED_SA = re.compile(r"\+27([1-9][0-9]{8})")

# (is mobile, compiled pattern) per number type, in the order libphonenumber tests them
# (phonenumberutil._number_type_helper), for nine-digit ZA numbers; built on first use.
_za_types: list[tuple[str, re.Pattern[str]]] | None = None
_za_general: re.Pattern[str] | None = None
_za_same_mobile_and_fixed = False


def _load_za_patterns() -> None:
    global _za_types, _za_general, _za_same_mobile_and_fixed
    from phonenumbers import PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region("ZA")

    def usable(desc) -> bool:  # noqa: ANN001
        return (
            desc is not None
            and bool(desc.national_number_pattern)
            and (not desc.possible_length or _SA_SUBSCRIBER_DIGITS in desc.possible_length)
        )

    ordered = [
        ("premium_rate", metadata.premium_rate),
        ("toll_free", metadata.toll_free),
        ("shared_cost", metadata.shared_cost),
        ("voip", metadata.voip),
        ("personal_number", metadata.personal_number),
        ("pager", metadata.pager),
        ("uan", metadata.uan),
        ("voicemail", metadata.voicemail),
        ("fixed_line", metadata.fixed_line),
        ("mobile", metadata.mobile),
    ]
    _za_same_mobile_and_fixed = bool(metadata.same_mobile_and_fixed_line_pattern)
    # No number matches a pattern that cannot match: then phonenumbers decides them all.
    _za_general = re.compile(
        metadata.general_desc.national_number_pattern if usable(metadata.general_desc) else "(?!)"
    )
    # Assigned last: a thread that finds _za_types set finds the other two set as well.
    _za_types = [(kind, re.compile(d.national_number_pattern)) for kind, d in ordered if usable(d)]


def _za_number_type(subscriber: str) -> str | None:
    """ "fixed_line", "mobile", "fixed_line_or_mobile", another type, or None (invalid)."""
    if _za_types is None:
        _load_za_patterns()
    assert _za_types is not None and _za_general is not None
    if not _za_general.fullmatch(subscriber):
        return None
    for kind, pattern in _za_types:
        if not pattern.fullmatch(subscriber):
            continue
        if kind == "fixed_line":
            if _za_same_mobile_and_fixed:
                return "fixed_line_or_mobile"
            mobile = next((p for k, p in _za_types if k == "mobile"), None)
            return "fixed_line_or_mobile" if mobile and mobile.fullmatch(subscriber) else kind
        if kind == "mobile" and _za_same_mobile_and_fixed:
            continue  # libphonenumber tests mobile only when the patterns differ
        return kind
    return None


def _fast_sa(value: str, field: str, mobile: bool) -> str | None:
    """E.164 for a common-form SA number found valid; None to ask phonenumbers."""
    found = _SA_COMMON_FORM.fullmatch(_SEPARATORS.sub("", value.strip()))
    if found is None:
        return None
    subscriber = found.group(1)
    kind = _za_number_type(subscriber)
    if kind is None:
        return None  # phonenumbers says why
    if mobile and kind not in ("mobile", "fixed_line_or_mobile"):
        raise ValidationError(
            field, "is not a mobile number; put landlines under home or work phone"
        )
    return "+27" + subscriber


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
    if any(map(str.isalpha, value)):
        raise ValidationError(
            field,
            "may contain only digits, spaces, brackets, dashes and a leading +; "
            "put extensions in the notes",
        )
    if region == "ZA" and (fast := _fast_sa(value, field, mobile)) is not None:
        return fast
    import phonenumbers
    from phonenumbers import (
        NumberParseException,
        PhoneNumberFormat,
        PhoneNumberType,
        ValidationResult,
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
    mobile_types = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    if mobile and phonenumbers.number_type(number) not in mobile_types:
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
    if isinstance(e164, str) and (stored := _STORED_SA.fullmatch(e164)):
        # What phonenumbers' NATIONAL format gives every nine-digit ZA number (its ZA
        # formats: 0860 shared-cost numbers 3-3-3, all others 2-3-4), without importing it.
        digits = stored.group(1)
        if digits.startswith("860"):
            return f"0{digits[:3]} {digits[3:6]} {digits[6:]}"
        return f"0{digits[:2]} {digits[2:5]} {digits[5:]}"
    import phonenumbers
    from phonenumbers import NumberParseException, PhoneNumberFormat

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
