"""What a new password or user name must be. No I/O."""

from __future__ import annotations

import re

from clientmanager.domain.errors import ValidationError

MIN_PASSWORD_LENGTH = 10
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


def check_username(username: str, *, field: str = "User name") -> str:
    normalised = username.strip().casefold()
    if not _USERNAME.match(normalised):
        raise ValidationError(
            field,
            "use 2 to 32 letters, digits, dots, dashes or underscores, starting with a "
            "letter or digit",
        )
    return normalised


def check_new_password(password: str, *, username: str = "", field: str = "Password") -> str:
    # Length beats composition rules (NIST SP 800-63B); a passphrase is encouraged.
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            field, f"use at least {MIN_PASSWORD_LENGTH} characters; a short sentence works well"
        )
    if password != password.strip():
        raise ValidationError(field, "remove the spaces at the start or end")
    if len(set(password)) < 4:
        raise ValidationError(field, "use more than a few different characters")
    if username and username.strip().casefold() in password.casefold():
        raise ValidationError(field, "do not include the user name")
    return password
