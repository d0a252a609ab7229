"""Plain text a person typed: no invisible characters that change how it reads. No I/O.

Unicode's bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069)
make text display in an order other than the one it is stored in: "Smith" can be stored
so that it shows as something else, which defeats search, duplicate checks and letters.
No client name or note needs them, so they are refused, as are other control characters
(a NUL, a bell) that only arrive by accident.
"""

from __future__ import annotations

import re
import unicodedata

from clientmanager.domain.errors import ValidationError

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# Category Cc is exactly U+0000-U+001F and U+007F-U+009F; with the direction controls,
# every character check_plain_text may refuse. One regex search finds the first of them
# (a Python loop over unicodedata.category cost a 10k-row import 0.3 s).
_SUSPECT = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def check_plain_text(text: str, *, field: str, multiline: bool = False) -> str:
    allowed = "\n\t\r" if multiline else "\t"
    start = 0
    while (found := _SUSPECT.search(text, start)) is not None:
        ch = found.group()
        if ch in BIDI_CONTROLS:
            raise ValidationError(
                field,
                "contains invisible right-to-left or direction-override characters, which "
                "make it show differently from what is stored; retype it instead of pasting",
            )
        if unicodedata.category(ch) == "Cc" and ch not in allowed:
            raise ValidationError(
                field, "contains an invisible control character; retype it instead of pasting"
            )
        start = found.end()
    return text
