"""Setting up and checking an administrator's second factor (TOTP), and the sign-in
alerts practice managers see on Today (issue 14).

The check runs inside :func:`clientmanager.services.practice.unlock_with_password`, so
the desktop and the command line cannot sign an administrator in with the password
alone. A wrong code is refused, counted on the user row and in the audit trail, and
slows further attempts like a wrong password. The practice's recovery code stands in
for a lost phone.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import NotFound
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.auth import (
    SECOND_FACTOR_ROLES,
    SecondFactorRequired,
    new_totp_secret,
    provisioning_uri,
    qr_png,
    totp_matches,
)
from clientmanager.services.permissions import Permission, require
from clientmanager.store.models import AuditEntry, Practice, Setting, User, utcnow

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Enrolment:
    secret: str  # shown once, with the QR code; stored only when confirmed
    uri: str
    qr_png: bytes


def _user(session: Session, username: str) -> User:
    user = session.scalar(sa.select(User).where(User.username == username.casefold()))
    if user is None:
        raise NotFound("There is no user called {user}.", user=username)
    return user


def begin(session: Session, *, actor: Actor) -> Enrolment:
    """A new secret for the signed-in administrator, to scan from the screen."""
    if actor.role not in SECOND_FACTOR_ROLES:
        raise ValidationError("Second factor", "only practice managers use a second factor.")
    practice = session.scalar(sa.select(Practice).limit(1))
    secret = new_totp_secret()
    uri = provisioning_uri(
        secret, username=actor.username, practice_name=practice.name if practice else "practice"
    )
    return Enrolment(secret=secret, uri=uri, qr_png=qr_png(uri))


def confirm(session: Session, *, actor: Actor, secret: str, code: str) -> None:
    """Switch the second factor on once the app shows a matching code."""
    if not totp_matches(secret, code):
        raise ValidationError(
            "Code", "that is not the code the app shows now; check the phone's clock and try again."
        )
    user = _user(session, actor.username)
    user.totp_secret = secret
    user.totp_enabled_at = utcnow()
    user.second_factor_failures = 0
    audit.record(session, actor=actor, action="user.second_factor_enabled", summary=user.username)


def remove(session: Session, *, actor: Actor, username: str) -> None:
    require(actor, Permission.USERS_MANAGE)
    user = _user(session, username)
    user.totp_secret = None
    user.totp_enabled_at = None
    audit.record(session, actor=actor, action="user.second_factor_removed", summary=user.username)


def check(
    session: Session,
    *,
    username: str,
    code: str | None,
    recovery_code_ok: bool = False,
    at: dt.datetime | None = None,
) -> str | None:
    """None when no second factor is needed or ``code`` is right ("totp"/"recovery").
    Raises :class:`SecondFactorRequired` otherwise; a wrong code is counted first (the
    caller commits that before raising)."""
    user = session.scalar(sa.select(User).where(User.username == username.casefold()))
    if user is None or user.role not in SECOND_FACTOR_ROLES or not user.totp_secret:
        return None
    if not code:
        raise SecondFactorRequired(user.username)
    if totp_matches(user.totp_secret, code, at=at):
        user.second_factor_failures = 0
        return "totp"
    if recovery_code_ok:
        audit.record(
            session,
            actor=Actor(user.id, user.username, user.role),
            action="login.second_factor_recovery",
            summary=user.username,
        )
        return "recovery"
    user.second_factor_failures = (user.second_factor_failures or 0) + 1
    audit.record(
        session,
        actor=None,
        action="login.second_factor_failed",
        summary=f"{user.username}: wrong code ({user.second_factor_failures} in a row)",
    )
    return "wrong"


# --- sign-in alerts for practice managers (Today) --------------------------------------------

REPEATED_FAILURES = 3
_HOURS = re.compile(r"(\d{1,2}):(\d{2})\s*[–-]\s*(\d{1,2}):(\d{2})")
DEFAULT_HOURS = (dt.time(7, 0), dt.time(18, 0))
WEEKDAYS = frozenset(range(5))
EVERY_DAY = frozenset(range(7))
_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_DAY_RANGE = re.compile(_DAY + r"\s*(?:[–-]|to)\s*" + _DAY)
_ANY_DAY = re.compile(r"\b" + _DAY)
_EVERY_DAY = re.compile(r"\b(daily|every\s*day|7\s*days|seven\s*days)\b")


@dataclass(frozen=True)
class SignInAlert:
    kind: str  # after_failures, outside_hours, failures_since_sign_in
    username: str
    at: dt.datetime | None
    message: str


@dataclass(frozen=True)
class OfficeHours:
    opens: dt.time
    closes: dt.time
    days: frozenset[int]  # Monday is 0, as datetime.weekday()

    def covers(self, local: dt.datetime) -> bool:
        # Compared to the minute: "until 16:30" includes 16:30:45.
        minute = local.time().replace(second=0, microsecond=0)
        return local.weekday() in self.days and self.opens <= minute <= self.closes


def parse_office_hours(text: str) -> OfficeHours:
    """Office hours as a practice writes them: "Mon–Fri 08:00–16:30", "Mon-Sat 8:00-13:00",
    "Daily 00:00–23:59", "Mon, Wed, Fri 09:00–15:00". Days not named mean Monday to Friday,
    hours not given mean 07:00 to 18:00."""
    lowered = (text or "").lower()
    match = _HOURS.search(lowered)
    opens, closes = DEFAULT_HOURS
    if match:
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60:
            opens, closes = dt.time(h1, m1), dt.time(h2, m2)
    return OfficeHours(opens, closes, _office_days(lowered))


def _office_days(lowered: str) -> frozenset[int]:
    if _EVERY_DAY.search(lowered):
        return EVERY_DAY
    days: set[int] = set()
    for first, last in _DAY_RANGE.findall(lowered):
        start, end = _DAY_NAMES.index(first), _DAY_NAMES.index(last)
        days.update((start + step) % 7 for step in range((end - start) % 7 + 1))
    without_ranges = _DAY_RANGE.sub(" ", lowered)
    days.update(_DAY_NAMES.index(name) for name in _ANY_DAY.findall(without_ranges))
    return frozenset(days) or WEEKDAYS


def office_hours(session: Session) -> OfficeHours:
    row = session.get(Setting, "office_hours")
    return parse_office_hours(row.value if row is not None else "")


def sign_in_alerts(
    session: Session, *, actor: Actor, days: int = 14, now: dt.datetime | None = None
) -> list[SignInAlert]:
    """For practice managers on Today: sign-ins that followed repeated failures, sign-ins
    outside office hours (SA time), and wrong passwords or codes since an account's last
    sign-in. Read from the audit trail, newest first."""
    from clientmanager.reports.times import format_sast, to_sast

    require(actor, Permission.USERS_MANAGE)
    now = now or utcnow()
    entries = session.execute(
        sa.select(AuditEntry.at, AuditEntry.action, AuditEntry.username, AuditEntry.summary)
        .where(
            AuditEntry.at >= now - dt.timedelta(days=days),
            AuditEntry.action.in_(("login", "login.failed", "login.second_factor_failed")),
        )
        .order_by(AuditEntry.id)
    ).all()
    hours = office_hours(session)
    alerts: list[SignInAlert] = []
    failures: dict[str, int] = {}
    for at, action, username, summary in entries:
        name = (username or re.split(r"[ :]", summary or "")[0]).strip()
        if action != "login":
            failures[name] = failures.get(name, 0) + 1
            continue
        before = failures.pop(name, 0)
        if before >= REPEATED_FAILURES:
            alerts.append(SignInAlert(
                "after_failures", name, at,
                f"{name} signed in on {format_sast(at)} after {before} failed attempts.",
            ))  # fmt: skip
        if not hours.covers(to_sast(at)):
            alerts.append(SignInAlert(
                "outside_hours", name, at,
                f"{name} signed in outside office hours, on {format_sast(at)}.",
            ))  # fmt: skip
    for name, count in failures.items():
        alerts.append(SignInAlert(
            "failures_since_sign_in", name, None,
            f"{count} failed sign-in attempt{'s' if count != 1 else ''} for {name} since "
            "their last sign-in.",
        ))  # fmt: skip
    alerts.sort(key=lambda a: a.at or now, reverse=True)
    return alerts
