"""Password hashes for user accounts (Argon2id, argon2-cffi), and sign-in back-off.

Back-off: after :data:`FREE_ATTEMPTS` wrong passwords for one user name, each further
attempt must wait, 30 s after the fifth, doubling with every further failure up to 15
minutes. The database cannot record a failed attempt (a wrong password cannot open it),
so attempts are counted in a small file beside it, ``practice.signin``, holding user
names and times only. At the next successful sign-in the attempts are copied into the
audit trail. Deleting that file resets the counter, so it slows guessing at the keyboard;
a copied database and key-slot file are protected by Argon2id itself.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher

from clientmanager.errors import ClientManagerError
from clientmanager.store.files import write_atomically

logger = logging.getLogger(__name__)

# RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes. OWASP's minimum is
# 19 MiB with 2 passes; these rise over time, and check_needs_rehash notices old hashes.
TIME_COST = 3
MEMORY_KIB = 64 * 1024
PARALLELISM = 4
OWASP_MIN_TIME_COST = 2
OWASP_MIN_MEMORY_KIB = 19 * 1024

_HASHER = PasswordHasher(time_cost=TIME_COST, memory_cost=MEMORY_KIB, parallelism=PARALLELISM)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


# --- back-off --------------------------------------------------------------------------------

FREE_ATTEMPTS = 5
FIRST_DELAY = dt.timedelta(seconds=30)
MAX_DELAY = dt.timedelta(minutes=15)
SIGN_IN_FILE = "practice.signin"
_MAX_LOGGED = 500  # pending attempts kept for the audit trail; older ones are summarised
_MAX_NAME = 64


class SignInDelayed(ClientManagerError):
    """Too many wrong passwords: the caller must wait ``seconds`` before trying again."""

    def __init__(self, username: str, seconds: int) -> None:
        super().__init__(
            "Too many wrong passwords for {user}. Wait {seconds} seconds and try again."
            if seconds < 90
            else "Too many wrong passwords for {user}. Wait {minutes} minutes and try again.",
            hint="Each further wrong password doubles the wait, up to 15 minutes. If the "
            "password is lost, an administrator can reset it.",
            user=username,
            seconds=seconds,
            minutes=math.ceil(seconds / 60),
        )
        self.seconds = seconds


def delay_after(failures: int) -> dt.timedelta:
    """How long to wait after ``failures`` consecutive wrong passwords."""
    if failures < FREE_ATTEMPTS:
        return dt.timedelta(0)
    return min(FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY)


@dataclass(frozen=True)
class FailedAttempt:
    username: str
    at: dt.datetime


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class SignInThrottle:
    """Counts wrong passwords per user name in ``practice.signin`` beside the database."""

    def __init__(self, path: Path, *, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.path = path
        self.clock = clock or _utcnow

    @classmethod
    def beside(cls, database: Path, *, clock: Callable[[], dt.datetime] | None = None):
        return cls(database.with_name(SIGN_IN_FILE), clock=clock)

    def _read(self) -> dict:
        try:
            document = json.loads(self.path.read_text("utf-8"))
            if not isinstance(document.get("users"), dict) or not isinstance(
                document.get("pending"), list
            ):
                raise ValueError("unexpected shape")
            return document
        except FileNotFoundError:
            return {"users": {}, "pending": []}
        except (OSError, ValueError, UnicodeDecodeError):
            # Never lock everyone out over a damaged counter file; start counting afresh.
            logger.warning("the sign-in counter file could not be read; starting afresh")
            return {"users": {}, "pending": []}

    def _write(self, document: dict) -> None:
        try:
            write_atomically(self.path, json.dumps(document, indent=1).encode("utf-8"))
        except OSError as exc:
            logger.warning("the sign-in counter file could not be written (%s)", exc.strerror)

    @staticmethod
    def _name(username: str) -> str:
        return username.strip().casefold()[:_MAX_NAME] or "(blank)"

    def failures(self, username: str) -> int:
        return int(self._read()["users"].get(self._name(username), {}).get("count", 0))

    def seconds_to_wait(self, username: str) -> int:
        entry = self._read()["users"].get(self._name(username))
        if not entry:
            return 0
        delay = delay_after(int(entry["count"]))
        if not delay:
            return 0
        last = dt.datetime.fromisoformat(entry["last_at"])
        remaining = (last + delay) - self.clock()
        # A clock set back must not make the wait longer than the delay itself.
        remaining = min(remaining, delay)
        return max(0, math.ceil(remaining.total_seconds()))

    def check(self, username: str) -> None:
        """Raise :class:`SignInDelayed` if ``username`` must still wait."""
        seconds = self.seconds_to_wait(username)
        if seconds > 0:
            raise SignInDelayed(self._name(username), seconds)

    def record_failure(self, username: str) -> None:
        name = self._name(username)
        now = self.clock()
        document = self._read()
        entry = document["users"].setdefault(name, {"count": 0})
        entry["count"] = int(entry["count"]) + 1
        entry["last_at"] = now.isoformat()
        document["pending"].append([name, now.isoformat()])
        document["pending"] = document["pending"][-_MAX_LOGGED:]
        self._write(document)

    def record_success(self, username: str) -> list[FailedAttempt]:
        """Reset ``username``'s counter; return (and forget) every pending failed attempt,
        for any user name, so that the caller can write them into the audit trail."""
        document = self._read()
        had_entry = document["users"].pop(self._name(username), None) is not None
        pending = [
            FailedAttempt(name, dt.datetime.fromisoformat(at)) for name, at in document["pending"]
        ]
        document["pending"] = []
        if had_entry or pending:
            self._write(document)
        return pending


# --- a second factor for administrators (TOTP, RFC 6238; issue 14) ---------------------------

SECOND_FACTOR_ROLES = ("administrator",)
TOTP_ISSUER = "ClientManager"


class SecondFactorRequired(ClientManagerError):
    """The password was right; an administrator with a second factor needs its code."""

    def __init__(self, username: str, *, wrong: bool = False) -> None:
        super().__init__(
            "That code is not right." if wrong else "{user} signs in with a second factor.",
            hint="Type the 6-digit code from your authenticator app, or the practice's "
            "recovery code if the phone is lost.",
            user=username,
        )
        self.username = username
        self.wrong = wrong


def new_totp_secret() -> str:
    import pyotp

    return pyotp.random_base32()


def provisioning_uri(secret: str, *, username: str, practice_name: str) -> str:
    import pyotp

    return pyotp.TOTP(secret).provisioning_uri(
        name=username, issuer_name=f"{TOTP_ISSUER} ({practice_name})"
    )


def qr_png(uri: str, *, scale: int = 6) -> bytes:
    """The QR code for an authenticator app, drawn locally (segno, no network)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_text(uri: str) -> str:
    """The QR code for a terminal."""
    import io

    import segno

    buffer = io.StringIO()
    segno.make(uri, error="m").terminal(out=buffer, compact=True)
    return buffer.getvalue()


def totp_matches(secret: str, code: str, *, at: dt.datetime | None = None) -> bool:
    """The 6-digit code for now (or ``at``), allowing one 30-second step of clock drift."""
    import pyotp

    code = "".join(ch for ch in (code or "") if ch.isdigit())
    if len(code) != 6:
        return False
    moment = at or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return pyotp.TOTP(secret).verify(code, for_time=int(moment.timestamp()), valid_window=1)
