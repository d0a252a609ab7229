"""South African addresses: the nine provinces and four-digit postal codes.

FICA asks for a residential address; letters go to a postal one. A province is stored by
its official name ("KwaZulu-Natal"), which letters print as is; imports often carry
abbreviations ("GP", "KZN", "WC") or Afrikaans names, read here so every path stores one
form.
"""

from __future__ import annotations

from clientmanager.domain.errors import ValidationError

PROVINCES: tuple[tuple[str, str], ...] = (
    ("eastern_cape", "Eastern Cape"),
    ("free_state", "Free State"),
    ("gauteng", "Gauteng"),
    ("kwazulu_natal", "KwaZulu-Natal"),
    ("limpopo", "Limpopo"),
    ("mpumalanga", "Mpumalanga"),
    ("north_west", "North West"),
    ("northern_cape", "Northern Cape"),
    ("western_cape", "Western Cape"),
)
PROVINCE_NAMES = dict(PROVINCES)
PROVINCE_CHOICES = tuple((name, name) for _key, name in PROVINCES)

_ABBREVIATIONS = {
    "ec": "eastern_cape",
    "fs": "free_state",
    "ofs": "free_state",
    "gp": "gauteng",
    "gt": "gauteng",
    "kzn": "kwazulu_natal",
    "kn": "kwazulu_natal",
    "natal": "kwazulu_natal",
    "lp": "limpopo",
    "lim": "limpopo",
    "mp": "mpumalanga",
    "nw": "north_west",
    "nc": "northern_cape",
    "wc": "western_cape",
    "oos-kaap": "eastern_cape",
    "vrystaat": "free_state",
    "noordwes": "north_west",
    "noord-kaap": "northern_cape",
    "wes-kaap": "western_cape",
}


def _fold(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


_BY_FOLDED = {_fold(name): key for key, name in PROVINCES} | {
    _fold(key): key for key, _ in PROVINCES
}
_BY_FOLDED |= {_fold(abbr): key for abbr, key in _ABBREVIATIONS.items()}


def parse_province(value: str, *, field: str = "Province") -> str:
    """The province's official name for a name, key or common abbreviation."""
    key = _BY_FOLDED.get(_fold(value or ""))
    if key is None:
        raise ValidationError(field, "choose one of the nine provinces, e.g. Gauteng")
    return PROVINCE_NAMES[key]


def province_name(key: str | None) -> str:
    return PROVINCE_NAMES.get(key or "", key or "")


def parse_postal_code(value: str, *, field: str = "Postal code") -> str:
    """A four-digit SA postal code; "1" or "123" from a spreadsheet that dropped the
    leading zeros is padded back ("0001")."""
    text = (value or "").strip().replace(" ", "")
    if not text.isdigit() or not 1 <= len(text) <= 4:
        raise ValidationError(field, "must be the four digits of a South African postal code")
    if len(text) < 3:
        raise ValidationError(field, "must be the four digits of a South African postal code")
    return text.zfill(4)
