"""What a new password or user name must be. No I/O."""

from __future__ import annotations

import re

from clientmanager.domain.errors import ValidationError

MIN_PASSWORD_LENGTH = 10
# zxcvbn's scale: 3 is "safely unguessable: moderate protection from an offline attack"
# (about 10^8 guesses or more). The key-slot file travels in every backup, so a lost USB
# drive can be attacked offline, slowed only by Argon2id.
MIN_STRENGTH = 3

# The most used passwords (from public breach lists), lower case. A password that is one
# of these, give or take a capital letter and some digits or symbols at the end, is among
# the first an attacker tries.
COMMON_PASSWORDS = frozenset(
    """
    password passw0rd p@ssword p@ssw0rd pass123 123456 1234567 12345678 123456789
    1234567890 0123456789 0987654321 987654321 qwerty qwertyuiop qwerty123 asdfghjkl
    zxcvbnm 1q2w3e4r 1qaz2wsx abc123 abcdef abcdefgh abcdefghij iloveyou letmein welcome
    welcome1 admin administrator root login master monkey dragon football baseball soccer
    rugby cricket sunshine princess shadow superman batman trustno1 starwars whatever
    freedom qazwsx michael jennifer jordan hunter ranger harley charlie thomas secret
    changeme default guest test testing computer internet samsung google linux windows
    summer winter spring autumn hello lovely flower cheese chocolate pokemon banana
    springbok springboks southafrica mzansi capetown johannesburg pretoria durban
    bokke amandla ubuntu clientmanager financial planner practice
    """.split()
)


def _common_form(password: str) -> str:
    return password.casefold().strip().rstrip("0123456789!@#$%^&*.?-_+= ")


def _strength_problem(password: str, username: str) -> str | None:
    """Why the password is too easy to guess, in words a user can act on; None if fine."""
    lowered = password.casefold().strip()
    if lowered in COMMON_PASSWORDS or _common_form(password) in COMMON_PASSWORDS:
        return (
            "it is one of the most common passwords, tried first by anyone guessing; "
            "use a short sentence of your own instead"
        )
    if lowered.isdigit():
        return "use words, not only digits: a short sentence works well"
    from zxcvbn import zxcvbn

    result = zxcvbn(password[:100], user_inputs=[username] if username else [])
    if result["score"] >= MIN_STRENGTH:
        return None
    warning = (result.get("feedback") or {}).get("warning") or ""
    reason = warning.rstrip(".").lower() if warning else "it would be guessed quickly"
    return f"it is too easy to guess ({reason}); add a few uncommon words, or use a short sentence"


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
    problem = _strength_problem(password, username)
    if problem:
        raise ValidationError(field, problem)
    return password
