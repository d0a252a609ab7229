"""The practice's settings: validated, audited, restricted, and read by letters and notices."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import PermissionDenied
from clientmanager.services import audit, breaches, settings, subject_requests
from clientmanager.services.audit import Actor, AuditFilter
from clientmanager.store.models import Client, Practice, Setting

PLANNER = Actor(2, "pieter", "planner")
COMPLIANCE = Actor(3, "naledi", "compliance")


def _set(practice, key: str, value: str) -> settings.SettingLine:  # noqa: ANN001
    with practice.session() as session:
        return settings.set_value(session, practice.actor, key, value)


def test_each_setting_is_validated_and_stored(practice, tmp_path) -> None:  # noqa: ANN001
    assert _set(practice, "phone", "021 555 1234").stored == "+27215551234"
    assert _set(practice, "email", "Office@Karoo.CO.ZA").stored == "Office@karoo.co.za"
    assert _set(practice, "fsp_number", " 45123 ").stored == "45123"
    assert _set(practice, "planners_see_all", "yes").value == "yes"
    assert _set(practice, "idle_lock_minutes", "15").stored == "15"
    assert _set(practice, "pdf_password_policy", "random").stored == "random"
    assert _set(practice, "review_interval_default", "6").stored == "6"
    assert _set(practice, "postal_address", "PO Box 12; Prince Albert; 6930").stored == (
        "PO Box 12\nPrince Albert\n6930"
    )
    folder = tmp_path / "off-site"
    assert _set(practice, "backup_folder", str(folder)).stored == str(folder)
    assert folder.is_dir()
    for key, bad in (
        ("phone", "12"),
        ("email", "office@"),
        ("fsp_number", "FSP 45123"),
        ("idle_lock_minutes", "0"),
        ("idle_lock_minutes", "ten"),
        ("planners_see_all", "perhaps"),
        ("pdf_password_policy", "birthday"),
        ("review_interval_default", "0"),
        ("registered_name", "   "),
        ("information_officer", ""),
    ):
        with pytest.raises(ValidationError), practice.session() as session:
            settings.set_value(session, practice.actor, key, bad)
    with practice.session() as session:
        assert settings.planners_see_all(session)
        assert settings.idle_lock_minutes(session) == 15
        assert settings.review_interval_months(session) == 6
        assert settings.pdf_password_policy(session) == "random"
        assert session.get(Setting, "backup_folder").value == str(folder)
        from clientmanager.services.letterhead import practice_letterhead

        identity = practice_letterhead(session)  # what letters and notices print
        registered_name = settings.value(session, "registered_name")
    assert identity.fsp_number == "45123"
    assert identity.phone == "021 555 1234"
    assert registered_name == "Mokoena & Müller Financial Planning"
    assert any("010 023 5200" in line for line in identity.regulator_lines)  # the default


def test_unknown_keys_and_roles_are_refused(practice) -> None:  # noqa: ANN001
    from clientmanager.errors import ClientManagerError

    with pytest.raises(ClientManagerError, match="settings show"), practice.session() as s:
        settings.set_value(s, practice.actor, "colour", "blue")
    with pytest.raises(PermissionDenied), practice.session() as s:
        settings.set_value(s, PLANNER, "fsp_number", "1")
    with pytest.raises(PermissionDenied), practice.session() as s:
        settings.set_value(s, COMPLIANCE, "fsp_number", "1")
    with pytest.raises(PermissionDenied), practice.session() as s:
        settings.show_settings(s, PLANNER)
    with practice.session() as s:
        lines = {line.key: line for line in settings.show_settings(s, COMPLIANCE)}  # reads
    assert lines["registered_name"].value == "Mokoena & Müller Financial Planning"
    assert lines["retention.fais_records"].minimum == "at least 5 years"


def test_retention_periods_never_below_the_law(practice) -> None:  # noqa: ANN001
    line = _set(practice, "retention.fais_records", "7 years")
    assert line.stored == "7 years"
    with pytest.raises(ValidationError, match="cannot be shorter"), practice.session() as s:
        settings.set_value(s, practice.actor, "retention.fica_records", "4 years")
    with pytest.raises(ValidationError), practice.session() as s:
        settings.set_value(s, practice.actor, "retention.fais_records", "a while")
    with practice.session() as s:
        shown = {line.key: line.stored for line in settings.show_settings(s, practice.actor)}
    assert shown["retention.fais_records"] == "7 years"
    assert shown["retention.fica_records"] == "5 years"


def test_every_change_is_audited_once(practice) -> None:  # noqa: ANN001
    _set(practice, "fsp_number", "45123")
    _set(practice, "fsp_number", "45123")  # unchanged: no entry
    _set(practice, "office_hours", "Mon–Fri 08:00–16:30")
    _set(practice, "retention.fais_records", "6 years")
    with practice.session() as session:
        changes = audit.search_entries(
            session, practice.actor, AuditFilter(action="settings.changed")
        )
        rules = audit.search_entries(
            session, practice.actor, AuditFilter(action="retention.rule_changed")
        )
    assert [c.summary for c in reversed(changes)] == [
        "fsp_number: (not set) -> 45123",
        "office_hours: (default) -> Mon–Fri 08:00–16:30",
    ]
    assert [r.summary for r in rules] == ["fais_records: 6 years, 0 days"]


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_changed_identity_appears_in_the_next_letter_and_regulator_notice(
    practice,
    tmp_path,  # noqa: ANN001
) -> None:
    _set(practice, "registered_name", "Karoo Wealth Planning (Pty) Ltd")
    _set(practice, "fsp_number", "48211")
    _set(practice, "information_officer", "Naledi Dlamini")
    with practice.session() as s:
        client = Client(first_names="Nomvula", surname="Nkosi", category="client")
        s.add(client)
        s.flush()
        request = subject_requests.open_request(
            s, actor=practice.actor, client_id=client.id, kind="correction",
            requested_by="Nomvula Nkosi", details="Surname is Nkosi-Mthembu",
        )  # fmt: skip
        subject_requests.apply_correction(
            s, actor=practice.actor, request_id=request.id, field="surname",
            new_value="Nkosi-Mthembu",
        )  # fmt: skip
        letter = subject_requests.correction_letter(s, actor=practice.actor, request_id=request.id)
        breach = breaches.record_breach(
            s, actor=practice.actor, now=dt.datetime(2026, 11, 20, 9, 0),
            title="Laptop stolen", description="A practice laptop was stolen.",
            discovered_at=dt.datetime(2026, 11, 20, 9, 0), occurred_on=dt.date(2026, 11, 19),
            data_categories=["Identity"], data_encrypted=True,
            consequences="Fraud in your name.", measures_taken="Reported to SAPS.",
            subject_actions="Watch your accounts.", perpetrator=None, criteria="clients",
        )  # fmt: skip
        notice = breaches.write_regulator_notice(
            s, actor=practice.actor, breach_id=breach.id, path=tmp_path / "scn1.pdf",
            today=dt.date(2026, 11, 25),
        )  # fmt: skip
        assert s.scalars(sa.select(Practice.name)).one() == "Karoo Wealth Planning (Pty) Ltd"
    for text in (_pdf_text(letter), _pdf_text(notice.read_bytes())):
        assert "Karoo Wealth Planning (Pty) Ltd" in text
        assert "48211" in text
        assert "Naledi Dlamini" in text
        assert "Mokoena & Müller" not in text
