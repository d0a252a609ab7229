"""check_plain_text (a regex search since issue 17) refuses exactly the characters the
character-by-character rule refuses, with the same message: every code point up to
U+3000 (all controls and direction marks lie there) and a sample of the rest."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from clientmanager.domain import ValidationError
from clientmanager.domain.text import BIDI_CONTROLS, check_plain_text


def _rule(text: str, multiline: bool) -> str:
    allowed = "\n\t\r" if multiline else "\t"
    for ch in text:
        if ch in BIDI_CONTROLS:
            return "direction"
        if unicodedata.category(ch) == "Cc" and ch not in allowed:
            return "control character"
    return "ok"


def _checked(text: str, multiline: bool) -> str:
    try:
        assert check_plain_text(text, field="Note", multiline=multiline) == text
    except ValidationError as exc:
        return "direction" if "direction-override" in exc.problem else "control character"
    return "ok"


@pytest.mark.parametrize("multiline", [True, False])
def test_code_points_alone_and_after_text(multiline):
    differences = [
        hex(code)
        for code in [*range(0x3000), *range(0x3000, sys.maxunicode + 1, 97)]
        if not 0xD800 <= code <= 0xDFFF
        for text in (chr(code), "Anél " + chr(code) + " x")
        if _checked(text, multiline) != _rule(text, multiline)
    ]
    assert differences == []


@pytest.mark.parametrize("multiline", [True, False])
def test_the_first_offending_character_decides_the_message(multiline):
    assert _checked("a\x07b\u202ec", multiline) == "control character"
    assert _checked("a\u202eb\x07c", multiline) == "direction"
    assert _checked("line\nline\r\n\tx\x00", multiline) == "control character"
    assert _checked("line\nline", multiline) == ("ok" if multiline else "control character")
