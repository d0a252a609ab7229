"""Exports: client lists, vCard 4.0, the marketing filter, and the full-practice JSON."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile

import openpyxl
import pytest
import sqlalchemy as sa
import vobject

from clientmanager.errors import PermissionDenied
from clientmanager.paths import PracticePaths
from clientmanager.services import consents
from clientmanager.services.audit import Actor
from clientmanager.services.demo import generate_demo_data
from clientmanager.services.exporter import (
    ExportError,
    content_counts,
    export_clients,
    export_practice_json,
    import_practice_json,
    read_practice_json,
    spreadsheet_safe,
)
from clientmanager.services.practice import create_practice
from clientmanager.store.models import Address, AuditEntry, Client, Note, utcnow
from tests.conftest import ADMIN, ADMIN_PASSWORD

WORDING = "May we send you news about our services by e-mail?"


@pytest.fixture
def people(practice):
    """Five clients: marketing allowed for Amahle only."""
    with practice.session() as session:
        amahle = Client(
            title="Ms",
            first_names="Amahle",
            surname="Zungu",
            email="amahle@example.co.za",
            mobile="+27821234567",
            date_of_birth=dt.date(1985, 2, 3),
            gender="female",
        )
        opted_out = Client(first_names="Bongani", surname="Opt-Out", email="b@example.co.za")
        restricted = Client(first_names="Carla", surname="Restricted", email="c@example.co.za")
        objected = Client(first_names="Dawid", surname="Objected", email="d@example.co.za")
        never_asked = Client(
            first_names="Esmé", surname="Never, Asked; Yet", email="e@example.co.za"
        )
        session.add_all([amahle, opted_out, restricted, objected, never_asked])
        session.flush()
        session.add(
            Address(
                client_id=amahle.id, line1="12 Jacaranda St", city="Pretoria", postal_code="0181"
            )
        )
        ids = {c.first_names: c.id for c in (amahle, opted_out, restricted, objected, never_asked)}
        for name in ("Amahle", "Bongani", "Carla", "Dawid"):
            consents.record_marketing_consent(
                session,
                actor=practice.actor,
                client_id=ids[name],
                status="given",
                channel="paper_form",
                wording=WORDING,
            )
    with practice.session() as session:
        consents.record_marketing_consent(
            session,
            actor=practice.actor,
            client_id=ids["Bongani"],
            status="withdrawn",
            channel="email",
            wording=WORDING,
            at_persons_request=True,
        )
        # Restricted and objecting after they had said yes: the flags must still win.
        session.get(Client, ids["Carla"]).is_restricted = True
        session.get(Client, ids["Dawid"]).objected_at = utcnow()
    return ids


def test_csv_and_xlsx_export_every_visible_client(practice, people, tmp_path):
    # Restricted (s14(6)) and objecting (s11(3)) clients stay out of a general export...
    with practice.session() as session:
        result = export_clients(
            session, actor=practice.actor, path=tmp_path / "plain.csv", format="csv"
        )
    assert result.clients == 3
    plain = (tmp_path / "plain.csv").read_bytes().decode("utf-8-sig")
    assert "Restricted" not in plain and "Objected" not in plain
    # ...unless the user states a purpose the law allows; it goes into the audit log.
    with practice.session() as session:
        result = export_clients(
            session, actor=practice.actor, path=tmp_path / "all.csv", format="csv",
            lawful_purpose="FSCA inspection 2026/14",
        )  # fmt: skip
    assert result.clients == 5
    text = (tmp_path / "all.csv").read_bytes().decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert {row["Surname"] for row in table} >= {"Zungu", "Opt-Out", "Never, Asked; Yet"}
    amahle = next(row for row in table if row["Surname"] == "Zungu")
    assert amahle["Mobile"] == "+27821234567" and amahle["Date of birth"] == "1985-02-03"
    assert amahle["Street address"] == "12 Jacaranda St"

    with practice.session() as session:
        export_clients(
            session,
            actor=practice.actor,
            path=tmp_path / "some.xlsx",
            format="xlsx",
            client_ids=[people["Amahle"], people["Carla"]],
        )
    sheet = openpyxl.load_workbook(tmp_path / "some.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:5] == ("Client number", "Category", "Title", "First names", "Surname")
    assert sorted(v[4] for v in values[1:]) == ["Zungu"]  # Carla is restricted
    with practice.session() as session:
        summaries = list(
            session.scalars(
                sa.select(AuditEntry.summary).where(AuditEntry.action == "export.clients")
            )
        )
    assert summaries == [
        "csv, 3 clients, purpose general",
        "csv, 5 clients, purpose general, restricted and objecting included for: "
        "FSCA inspection 2026/14",
        "xlsx, 1 clients, purpose general, filtered list",
    ]


def test_marketing_export_excludes_opted_out_restricted_and_objecting(practice, people, tmp_path):
    with practice.session() as session:
        result = export_clients(
            session,
            actor=practice.actor,
            path=tmp_path / "marketing.csv",
            format="csv",
            purpose="marketing",
        )
    assert result.clients == 1
    table = list(csv.DictReader(io.StringIO((tmp_path / "marketing.csv").read_text("utf-8-sig"))))
    assert [row["Surname"] for row in table] == ["Zungu"]
    assert (
        "SA ID number" not in table[0] and "Surname" in table[0]
    )  # marketing gets contact details only

    # An opt-out takes effect at once.
    with practice.session() as session:
        consents.record_marketing_consent(
            session,
            actor=practice.actor,
            client_id=people["Amahle"],
            status="withdrawn",
            channel="phone",
            wording=WORDING,
            at_persons_request=True,
        )
        result = export_clients(
            session,
            actor=practice.actor,
            path=tmp_path / "m.vcf",
            format="vcard",
            purpose="marketing",
        )
    assert result.clients == 0
    assert (tmp_path / "m.vcf").read_bytes() == b""


def test_vcard_parses_with_a_real_parser(practice, people, tmp_path):
    out = tmp_path / "contacts.vcf"
    with practice.session() as session:
        export_clients(session, actor=practice.actor, path=out, format="vcard", vcard_version="4.0")
    raw = out.read_bytes().decode("utf-8")
    assert raw.count("BEGIN:VCARD\r\n") == 3  # restricted and objecting clients are left out
    assert raw.count("VERSION:4.0\r\n") == 3
    assert "FN:Ms Amahle Zungu\r\n" in raw
    assert 'TEL;VALUE=uri;TYPE="cell":tel:+27821234567\r\n' in raw
    cards = {card.fn.value: card for card in vobject.readComponents(raw)}
    amahle = cards["Ms Amahle Zungu"]
    assert amahle.version.value == "4.0"
    assert amahle.email.value == "amahle@example.co.za"
    assert amahle.tel.value == "tel:+27821234567"
    assert amahle.n.value.family == "Zungu" and amahle.n.value.given == "Amahle"
    assert amahle.bday.value == "19850203"
    assert amahle.adr.value.street == "12 Jacaranda St"
    # Commas and semicolons in a name are escaped and come back intact.
    assert cards["Esmé Never, Asked; Yet"].n.value.family == "Never, Asked; Yet"


def test_spreadsheet_formulas_are_neutralised():
    assert spreadsheet_safe('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0"
    assert spreadsheet_safe("+27821234567") == "+27821234567"
    assert spreadsheet_safe("Zungu") == "Zungu"


def test_bulk_export_needs_permission(practice, people, tmp_path):
    assistant = Actor(user_id=None, username="a", role="assistant")
    with practice.session() as session, pytest.raises(PermissionDenied):
        export_clients(session, actor=assistant, path=tmp_path / "x.csv", format="csv")
    assert not (tmp_path / "x.csv").exists()


def _content(session) -> dict:
    """Every row of every table but the audit log, users and the practice row (which the
    target keeps as its own), as the export writes them."""
    from clientmanager.services.exporter import _json_value, _tables

    content = {}
    for table in _tables():
        if table.name in ("audit_log", "users", "practice"):
            continue
        order = [table.c[c.name] for c in table.primary_key.columns]
        content[table.name] = [
            [_json_value(v) for v in row]
            for row in session.execute(sa.select(table).order_by(*order))
        ]
    return content


@pytest.mark.parametrize("suffix", [".json", ".zip"])
def test_json_export_round_trips_into_an_empty_practice(practice, tmp_path, suffix):
    generate_demo_data(practice.engine, clients=25, seed=7)
    out = tmp_path / f"practice{suffix}"
    password = "Karoo-export-7" if suffix == ".zip" else None
    with practice.session() as session:
        if suffix == ".zip":  # everything, so never without a password
            with pytest.raises(ExportError, match="needs a password"):
                export_practice_json(session, actor=practice.actor, path=out)
            assert not out.exists()
        counts = export_practice_json(session, actor=practice.actor, path=out, password=password)
        original = _content(session)
        original_counts = content_counts(session)
    assert counts["clients"] == original_counts["clients"] >= 25
    assert counts["document_contents"] > 0
    assert original["notes"], "the demo practice has notes"
    if suffix == ".zip":
        with zipfile.ZipFile(out) as archive:
            names = archive.namelist()
            infos = archive.infolist()
            with pytest.raises(RuntimeError, match="encrypted"):
                archive.read("practice.json")
        assert "practice.json" in names
        assert any(n.startswith("documents/") and n.endswith(".pdf") for n in names)
        assert all(info.flag_bits & 0x1 for info in infos)  # every member encrypted
        assert {info.compress_type for info in infos} == {99}  # WinZip AES
        with pytest.raises(ExportError, match="password is wrong"):
            read_practice_json(out, "not it")
    else:
        document = json.loads(out.read_bytes())
        assert document["schema_version"] == 1 and document["database_revision"]
        assert "password_hash" not in document["tables"]["users"]["columns"]

    target, _code = create_practice(
        paths=PracticePaths(tmp_path / "new"),
        practice_name="Empty",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    try:
        with target.session() as session:
            import_practice_json(session, actor=target.actor, path=out, password=password)
        with target.session() as session:
            assert _content(session) == original
            assert content_counts(session) == original_counts
            finalised = session.scalar(
                sa.select(sa.func.count()).where(Note.finalised_at.is_not(None))
            )
            assert finalised > 0  # finalised records of advice load (inserts are allowed)
        # Loading twice is refused: the target is no longer empty.
        with target.session() as session, pytest.raises(ExportError, match="already holds"):
            import_practice_json(session, actor=target.actor, path=out, password=password)
    finally:
        target.close()


def test_damaged_or_foreign_json_is_refused(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ExportError, match="not a readable practice export"):
        read_practice_json(bad)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(ExportError, match="not a ClientManager practice export"):
        read_practice_json(other)
    future = tmp_path / "future.json"
    future.write_text(json.dumps({"format": "clientmanager-practice-export", "schema_version": 99}))
    with pytest.raises(ExportError, match="version 99"):
        read_practice_json(future)


def test_a_failed_export_leaves_no_file(practice, people, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with practice.session() as session, pytest.raises(OSError):
        export_clients(session, actor=practice.actor, path=blocker / "clients.csv", format="csv")
    assert blocker.read_text() == "x"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder", "practice"]
    with practice.session() as session:  # the audit entry went with the failed export
        assert not session.scalar(
            sa.select(sa.func.count()).where(AuditEntry.action == "export.clients")
        )
