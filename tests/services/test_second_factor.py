"""Administrators sign in with a second factor (TOTP), GUI and CLI alike, because the
service enforces it; wrong codes are refused and counted; sign-in alerts (issue 14)."""

from __future__ import annotations

import datetime as dt

import pyotp
import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.services import practice as practice_service
from clientmanager.services import second_factor
from clientmanager.services.auth import SecondFactorRequired
from clientmanager.store.models import AuditEntry, Setting, User
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def secret(practice) -> str:  # noqa: ANN001
    with practice.session() as s:
        enrolment = second_factor.begin(s, actor=practice.actor)
        assert enrolment.qr_png.startswith(b"\x89PNG")
        assert enrolment.uri.startswith("otpauth://totp/")
        with pytest.raises(Exception, match="not the code"):
            second_factor.confirm(s, actor=practice.actor, secret=enrolment.secret, code="000000")
        second_factor.confirm(
            s, actor=practice.actor, secret=enrolment.secret,
            code=pyotp.TOTP(enrolment.secret).now(),
        )  # fmt: skip
    return enrolment.secret


def _unlock(practice, **kwargs):  # noqa: ANN001, ANN202
    return practice_service.unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD, **kwargs)


def test_the_password_alone_is_not_enough(practice, secret, recovery_code) -> None:  # noqa: ANN001
    with pytest.raises(SecondFactorRequired) as needed:
        _unlock(practice)
    assert not needed.value.wrong
    wrong = "123456" if pyotp.TOTP(secret).now() != "123456" else "654321"
    with pytest.raises(SecondFactorRequired, match="not right"):
        _unlock(practice, second_factor=wrong)
    with practice.session() as s:
        user = s.scalar(sa.select(User).where(User.username == ADMIN))
        assert user.second_factor_failures == 1
        assert (
            s.scalar(
                sa.select(sa.func.count()).where(AuditEntry.action == "login.second_factor_failed")
            )
            == 1
        )
    good = _unlock(practice, second_factor=pyotp.TOTP(secret).now())
    assert good.actor.role == "administrator"
    good.close()
    backup = _unlock(practice, second_factor=recovery_code)  # a lost phone
    backup.close()
    with practice.session() as s:
        assert s.scalar(sa.select(User.second_factor_failures).where(User.username == ADMIN)) == 0


def test_the_command_line_asks_for_the_code(practice, secret, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.delenv("CLIENTMANAGER_SECOND_FACTOR", raising=False)
    assert main(["rights", "list"]) == 1  # no terminal to ask on, no code given
    assert "Authenticator code" in capsys.readouterr().err
    monkeypatch.setenv("CLIENTMANAGER_SECOND_FACTOR", "000000")
    assert main(["rights", "list"]) == 1
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("CLIENTMANAGER_SECOND_FACTOR", pyotp.TOTP(secret).now())
    assert main(["rights", "list"]) == 0


def test_sign_in_alerts_for_practice_managers(practice) -> None:  # noqa: ANN001
    from clientmanager.reports.times import to_sast
    from clientmanager.services import audit

    with practice.session() as s:
        s.add(Setting(key="office_hours", value="Mon–Fri 08:00–16:30"))
        for _ in range(3):
            audit.record(s, actor=None, action="login.failed", summary=f"{ADMIN} at 2026-11-30")
        audit.record(s, actor=practice.actor, action="login")
        audit.record(s, actor=None, action="login.failed", summary="zanele at 2026-11-30")
    with practice.session() as s:
        alerts = second_factor.sign_in_alerts(s, actor=practice.actor)
        signed_in_at = s.scalar(
            sa.select(sa.func.max(AuditEntry.at)).where(AuditEntry.action == "login")
        )
    by_kind = {(a.kind, a.username): a for a in alerts}
    after = by_kind[("after_failures", ADMIN)]
    assert "after 3 failed attempts" in after.message and "SAST" in after.message
    assert (
        "1 failed sign-in attempt for zanele"
        in by_kind[("failures_since_sign_in", "zanele")].message
    )
    local = to_sast(signed_in_at).replace(second=0, microsecond=0)
    outside = not (dt.time(8) <= local.time() <= dt.time(16, 30)) or local.weekday() >= 5
    assert (("outside_hours", ADMIN) in by_kind) == outside


@pytest.mark.parametrize(
    ("text", "days", "opens", "closes"),
    [
        ("Mon–Fri 08:00–16:30", {0, 1, 2, 3, 4}, (8, 0), (16, 30)),
        ("Mon-Sat 8:00-13:00", {0, 1, 2, 3, 4, 5}, (8, 0), (13, 0)),
        ("Mon–Sun 00:00–23:59", set(range(7)), (0, 0), (23, 59)),
        ("Daily 00:00–23:59", set(range(7)), (0, 0), (23, 59)),
        ("Mon, Wed, Fri 09:00–15:00", {0, 2, 4}, (9, 0), (15, 0)),
        ("Monday to Thursday 07:30–17:00, Fri 07:30–13:00", {0, 1, 2, 3, 4}, (7, 30), (17, 0)),
        ("Fri–Mon 10:00–14:00", {4, 5, 6, 0}, (10, 0), (14, 0)),
        ("", {0, 1, 2, 3, 4}, (7, 0), (18, 0)),
        ("by appointment", {0, 1, 2, 3, 4}, (7, 0), (18, 0)),
        ("08:00–16:30", {0, 1, 2, 3, 4}, (8, 0), (16, 30)),
        ("Mon–Fri 25:00–99:99", {0, 1, 2, 3, 4}, (7, 0), (18, 0)),
    ],
)
def test_office_hours_are_read_as_a_practice_writes_them(text, days, opens, closes) -> None:  # noqa: ANN001
    hours = second_factor.parse_office_hours(text)
    assert hours.days == frozenset(days)
    assert (hours.opens.hour, hours.opens.minute) == opens
    assert (hours.closes.hour, hours.closes.minute) == closes


def test_office_hours_include_the_closing_minute_and_leave_out_days_not_named() -> None:
    hours = second_factor.parse_office_hours("Mon–Fri 08:00–16:30")
    wednesday = dt.datetime(2026, 12, 2)
    assert hours.covers(wednesday.replace(hour=16, minute=30, second=45))
    assert not hours.covers(wednesday.replace(hour=16, minute=31))
    assert not hours.covers(wednesday.replace(hour=7, minute=59, second=59))
    assert not hours.covers(dt.datetime(2026, 12, 5, 10, 0))  # a Saturday
    every_day = second_factor.parse_office_hours("Mon–Sun 00:00–23:59")
    assert every_day.covers(dt.datetime(2026, 12, 6, 23, 59, 59))  # Sunday, last second
