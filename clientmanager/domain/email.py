"""E-mail addresses: a pragmatic syntax check and one canonical spelling.

The check catches typing and pasting mistakes (a missing dot, a space, two addresses
in one field, "Name <address>") rather than implementing all of RFC 5322, whose
quoted local parts and comments no client of a planning practice uses. Nothing here
touches the network: the application is offline, and a DNS lookup would also reveal
who the practice's clients are to whoever runs the resolver.
"""

from __future__ import annotations

import re

from clientmanager.domain.errors import ValidationError

__all__ = ["normalise_email"]

# RFC 5321 path limit (256) less the angle brackets. It also keeps the domain under
# DNS's 253-character limit, so that needs no check of its own.
_MAX_TOTAL = 254
_MAX_LOCAL = 64
_MAX_LABEL = 63

# RFC 5322 "atext" plus dots. Deliberately ASCII-only: internationalised mailboxes
# are rare here and many mail servers still refuse them.
_LOCAL_CHARS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.\-]+")
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")
# Letters only, or an IDNA A-label such as "xn--p1ai".
_TLD = re.compile(r"[a-z]{2,}|xn--[a-z0-9-]+")

_EXAMPLE = "use a format like name@example.co.za"


def normalise_email(value: str, *, field: str = "Email") -> str:
    """Return ``value`` trimmed, with its domain lower-cased, or raise :class:`ValidationError`.

    Only the domain is lower-cased: it is case-insensitive by definition, whereas the
    part before "@" belongs to the receiving server, which may treat case as
    significant, so it is kept as typed.
    """
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    address = value.strip()
    if not address:
        raise ValidationError(field, "is empty; enter an e-mail address")
    if any(char.isspace() for char in address):
        raise ValidationError(
            field, "must not contain spaces; enter a single address like name@example.co.za"
        )
    if len(address) > _MAX_TOTAL:
        raise ValidationError(field, f"is longer than {_MAX_TOTAL} characters")
    if address.count("@") != 1:
        raise ValidationError(field, f"must contain exactly one @; {_EXAMPLE}")

    local, domain = address.split("@")
    _check_local(local, field=field)
    # Check ASCII before lower(): e.g. the Kelvin sign "\u212a" lower-cases to "k" and
    # would otherwise slip through as a plain letter.
    if not domain.isascii():
        raise ValidationError(
            field,
            "the part after @ may contain only letters a-z, digits, dots and hyphens",
        )
    domain = domain.lower()
    _check_domain(domain, field=field)
    return f"{local}@{domain}"


def _check_local(local: str, *, field: str) -> None:
    if not local:
        raise ValidationError(field, f"has nothing before the @; {_EXAMPLE}")
    if len(local) > _MAX_LOCAL:
        raise ValidationError(field, f"the part before @ is longer than {_MAX_LOCAL} characters")
    if not _LOCAL_CHARS.fullmatch(local):
        raise ValidationError(
            field,
            "the part before @ contains a character that is not allowed "
            "(brackets, quotes, commas, semicolons and similar)",
        )
    if local.startswith(".") or local.endswith(".") or ".." in local:
        raise ValidationError(
            field, "the part before @ must not start or end with a dot or have two dots in a row"
        )


def _check_domain(domain: str, *, field: str) -> None:
    if not domain:
        raise ValidationError(field, f"has nothing after the @; {_EXAMPLE}")
    labels = domain.split(".")
    if len(labels) < 2:
        raise ValidationError(field, "the part after @ needs a dot, as in example.co.za")
    for label in labels:
        if not label:
            raise ValidationError(
                field, "the part after @ must not start or end with a dot or have two dots in a row"
            )
        if len(label) > _MAX_LABEL or not _LABEL.fullmatch(label):
            raise ValidationError(
                field,
                "each part of the domain after @ must be letters, digits and hyphens, "
                "not starting or ending with a hyphen",
            )
    if not _TLD.fullmatch(labels[-1]):
        raise ValidationError(
            field, "the domain must end in at least two letters, as in .za or .com"
        )
