"""The fast path for common SA forms gives exactly what phonenumbers gives.

``normalise_phone`` answers "0XX XXX XXXX" and "+27 XX XXX XXXX" numbers from the ZA
metadata without phonenumbers' parser, and ``format_phone_for_display`` formats stored
+27 numbers without importing it. Each is compared here with phonenumbers itself (the
fast path switched off) on every three-digit ZA prefix, in many typed forms, good and bad,
for mobiles and for any phone; a metadata update that changes an answer fails here.
"""

from __future__ import annotations

import random

import phonenumbers
import pytest

from clientmanager.domain import ValidationError, phone


def _outcome(value: str, *, mobile: bool) -> str:
    try:
        return "ok " + phone.normalise_phone(value, field="Mobile", mobile=mobile)
    except ValidationError as exc:
        return "error " + str(exc)


def _reference(value: str, *, mobile: bool, monkeypatch: pytest.MonkeyPatch) -> str:
    with monkeypatch.context() as patched:
        patched.setattr(phone, "_fast_sa", lambda *_args: None)
        return _outcome(value, mobile=mobile)


def _subscribers() -> list[str]:
    rng = random.Random(17)
    numbers = []
    for prefix in range(100, 1000):
        numbers += [f"{prefix}{rng.randrange(10**6):06d}" for _ in range(2)]
    return numbers


def _forms(subscriber: str) -> list[str]:
    s = subscriber
    return [
        "0" + s,
        "+27" + s,
        f"0{s[:2]} {s[2:5]} {s[5:]}",
        f"+27 {s[:2]} {s[2:5]} {s[5:]}",
        f"(0{s[:2]}) {s[2:5]}-{s[5:]}",
        f"0{s[:2]}.{s[2:5]}.{s[5:]}",
        f"0{s[:2]}\u00a0{s[2:5]}\u00a0{s[5:]}",
        f"  +27-{s[:2]}-{s[2:5]}-{s[5:]} ",
    ]


# Near misses: wrong lengths, a trunk 0 after +27, stray punctuation and signs, other
# whitespace, other international forms; each is decided by phonenumbers.
BAD_OR_UNUSUAL = [
    "082123456",
    "08212345678",
    "+2782123456",
    "+278212345678",
    "+27 082 123 4567",
    "+270821234567",
    "0027 82 123 4567",
    "0 0821234567",
    "00821234567",
    "+27 0 21 555 1234",
    "++27821234567",
    "+27+821234567",
    "+ 27 82 123 4567",
    "-0821234567",
    "082--123--4567",
    "(((0821234567",
    "0821234567)",
    ".0821234567",
    "082 123 4567 .",
    "082/123/4567",
    "082\t123\t4567",
    "082\u2007123\u20074567",
    "\uff10\uff18\uff12\uff11\uff12\uff13\uff14\uff15\uff16\uff17",
    "0821234567#",
    "082 123 4567;",
    "+27 (0) 82 123 4567",
    "27821234567",
    "0000000000",
    "0100000000",
    "0800 123 456",
    "0860 123 456",
    "0861 123 4567",
    "087 123 4567",
    "090 123 4567",
    "+27 00 000 0000",
    "()",
    "0",
    "+27",
]


@pytest.mark.parametrize("mobile", [True, False])
def test_every_prefix_in_every_common_form_matches_phonenumbers(mobile, monkeypatch):
    differences = []
    for subscriber in _subscribers():
        for typed in _forms(subscriber):
            fast = _outcome(typed, mobile=mobile)
            slow = _reference(typed, mobile=mobile, monkeypatch=monkeypatch)
            if fast != slow:
                differences.append((typed, fast, slow))
    assert differences == []


@pytest.mark.parametrize("mobile", [True, False])
@pytest.mark.parametrize("typed", BAD_OR_UNUSUAL)
def test_near_misses_match_phonenumbers(typed, mobile, monkeypatch):
    assert _outcome(typed, mobile=mobile) == _reference(
        typed, mobile=mobile, monkeypatch=monkeypatch
    )


def test_the_fast_path_really_answers_the_common_forms(monkeypatch):
    """Without this, a fast path that always deferred would pass the comparisons."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("phonenumbers was asked")

    phone.normalise_phone("012 345 6789")  # the metadata is loaded
    monkeypatch.setattr(phonenumbers, "parse", refuse)
    assert phone.normalise_phone("082 123 4567", mobile=True) == "+27821234567"
    assert phone.normalise_phone("+27 21 555 1234") == "+27215551234"
    with pytest.raises(ValidationError, match="is not a mobile number"):
        phone.normalise_phone("021 555 1234", mobile=True)
    assert phone.format_phone_for_display("+27821234567") == "082 123 4567"


def test_display_matches_phonenumbers_for_every_prefix():
    differences = []
    for subscriber in _subscribers() + ["860123456", "861123456", "800123456"]:
        stored = "+27" + subscriber
        expected = phonenumbers.format_number(
            phonenumbers.parse(stored, None), phonenumbers.PhoneNumberFormat.NATIONAL
        )
        if phone.format_phone_for_display(stored) != expected:
            differences.append((stored, phone.format_phone_for_display(stored), expected))
    assert differences == []


@pytest.mark.parametrize(
    "stored", ["+442079460958", "+12125550123", "+2782123456", "+27082123456", "garbage", ""]
)
def test_display_of_other_stored_values_is_unchanged(stored):
    try:
        expected = phonenumbers.format_number(
            phonenumbers.parse(stored, None),
            phonenumbers.PhoneNumberFormat.NATIONAL
            if stored.startswith("+27")
            else phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        )
    except phonenumbers.NumberParseException:
        expected = stored
    assert phone.format_phone_for_display(stored) == expected
