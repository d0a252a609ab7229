"""vCard: 3.0 by default (what Outlook reads), 4.0 on request, one card per file as an
option; the import reads 2.1, 3.0 and 4.0 and every card of a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
import vobject

from clientmanager.cli import main
from clientmanager.services.exporter import ExportError, export_clients
from clientmanager.services.importer import guess_mapping, import_file, read_source
from clientmanager.store.models import Address, AuditEntry, Client

DATA = Path(__file__).resolve().parent.parent / "data"
PASSWORD = "Table mountain at dawn 1"


@pytest.fixture
def clients(practice):
    with practice.session() as session:
        amahle = Client(
            title="Ms",
            first_names="Amahle",
            surname="Zungu",
            preferred_name="Ama",
            email="amahle@example.co.za",
            mobile="+27821234567",
            work_phone="+27123456789",
            date_of_birth=dt.date(1985, 2, 3),
            gender="female",
        )
        esme = Client(first_names="Esmé", surname="Never, Asked; Yet", email="e@example.co.za")
        pieter = Client(first_names="Pieter", surname="van der Merwe", home_phone="+27215550101")
        session.add_all([amahle, esme, pieter])
        session.flush()
        session.add(
            Address(
                client_id=amahle.id, line1="12 Jacaranda St", city="Pretoria", postal_code="0181"
            )
        )
        return {c.first_names: c.id for c in (amahle, esme, pieter)}


def test_vcard_export_is_3_0_by_default_and_parses_one_card_per_client(practice, clients, tmp_path):
    out = tmp_path / "contacts.vcf"
    with practice.session() as session:
        result = export_clients(session, actor=practice.actor, path=out, format="vcard")
        audit = session.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "export.clients")
        ).all()
    assert result.clients == 3
    raw = out.read_bytes().decode("utf-8")
    cards = list(vobject.readComponents(raw))
    assert len(cards) == 3 == raw.count("BEGIN:VCARD\r\n")
    assert {card.version.value for card in cards} == {"3.0"}
    assert "KIND:" not in raw and "VALUE=uri" not in raw  # 4.0-only properties
    by_uid = {card.uid.value: card for card in cards}
    assert set(by_uid) == {f"urn:clientmanager:client:{i}" for i in clients.values()}
    amahle = by_uid[f"urn:clientmanager:client:{clients['Amahle']}"]
    assert amahle.fn.value == "Ms Amahle Zungu"
    assert amahle.n.value.family == "Zungu" and amahle.n.value.given == "Amahle"
    assert amahle.nickname.value == "Ama"
    assert amahle.bday.value == "1985-02-03"
    assert amahle.email.value == "amahle@example.co.za"
    phones = {tel.value: tel.params["TYPE"] for tel in amahle.contents["tel"]}
    assert phones == {"+27821234567": ["CELL", "VOICE"], "+27123456789": ["WORK", "VOICE"]}
    assert amahle.adr.value.street == "12 Jacaranda St" and amahle.adr.value.city == "Pretoria"
    esme = by_uid[f"urn:clientmanager:client:{clients['Esmé']}"]
    assert esme.n.value.family == "Never, Asked; Yet"
    assert audit and audit[-1].startswith("vcard, 3 clients")


def test_vcard_4_0_on_request(practice, clients, tmp_path):
    out = tmp_path / "contacts4.vcf"
    with practice.session() as session:
        export_clients(session, actor=practice.actor, path=out, format="vcard", vcard_version="4.0")
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert {card.version.value for card in cards} == {"4.0"}
    assert len(cards) == 3
    with practice.session() as session, pytest.raises(ExportError, match="2.1"):
        export_clients(
            session,
            actor=practice.actor,
            path=tmp_path / "x.vcf",
            format="vcard",
            vcard_version="2.1",
        )
    assert not (tmp_path / "x.vcf").exists()


def test_one_card_per_file_in_a_folder(practice, clients, tmp_path):
    folder = tmp_path / "contacts"
    with practice.session() as session:
        result = export_clients(
            session, actor=practice.actor, path=folder, format="vcard", one_file_per_card=True
        )
    files = sorted(folder.glob("*.vcf"))
    assert result.clients == 3 and len(files) == 3
    names = {f.name for f in files}
    assert f"{clients['Esmé']:06d} Esmé Never, Asked; Yet.vcf" in names
    for file in files:
        cards = list(vobject.readComponents(file.read_text(encoding="utf-8")))
        assert len(cards) == 1 and cards[0].version.value == "3.0"
        assert cards[0].uid.value == f"urn:clientmanager:client:{int(file.name[:6])}"
    # A file where the folder should be: a clear error, the file untouched.
    taken = tmp_path / "taken.vcf"
    taken.write_text("mine")
    with practice.session() as session, pytest.raises(ExportError, match="needs a folder"):
        export_clients(
            session, actor=practice.actor, path=taken, format="vcard", one_file_per_card=True
        )
    assert taken.read_text() == "mine"


def test_a_multi_card_2_1_file_imports_every_card(practice):
    source = read_source(DATA / "outlook_contacts_21.vcf")
    assert source.kind == "vcard"
    assert [number for number, _cells in source.clients.rows] == [1, 13, 24, 30]
    plan, result = import_file(practice, DATA / "outlook_contacts_21.vcf")
    assert not plan.bad_rows, [(r.row_number, r.problems) for r in plan.bad_rows]
    assert result.created == 4
    with practice.session() as session:
        people = {c.surname or c.entity_name: c for c in session.scalars(sa.select(Client))}
        assert set(people) == {"Botha", "Fourie", "Le Roux", "Karoo Family Trust"}
        # A card with only ORG (and FN the same) is the trust's own, not a person's.
        trust = people["Karoo Family Trust"]
        assert (trust.kind, trust.entity_name, trust.surname) == (
            "trust",
            "Karoo Family Trust",
            None,
        )
        andre = people["Botha"]
        assert (andre.title, andre.first_names) == ("Mr", "André")  # quoted-printable UTF-8
        assert andre.date_of_birth == dt.date(1979, 7, 14)
        assert andre.mobile == "+27825550101" and andre.work_phone == "+27125550102"
        assert andre.email == "andre.botha@example.co.za"
        assert andre.employer == "Botha Boerdery"
        assert [a.line1 for a in andre.addresses] == ["14 Kerkstraat"]  # soft line break joined
        assert andre.addresses[0].city == "Stellenbosch"
        assert people["Fourie"].first_names == "Renée"  # Windows-1252
        assert people["Fourie"].home_phone == "+27215550103"
        assert people["Le Roux"].first_names == "François"
        assert people["Le Roux"].mobile == "+27835550104"  # an untyped number
        assert people["Karoo Family Trust"].email == "trustees@karootrust.example.co.za"


def test_vcard_3_and_4_exports_import_back(practice, clients, tmp_path):
    for version in ("3.0", "4.0"):
        out = tmp_path / f"round-{version}.vcf"
        with practice.session() as session:
            export_clients(
                session, actor=practice.actor, path=out, format="vcard", vcard_version=version
            )
        source = read_source(out)
        assert len(source.clients.rows) == 3
        mapping = guess_mapping(source.clients.headers)
        rows = {
            cells[source.clients.headers.index("Surname")]: dict(
                zip(source.clients.headers, cells, strict=True)
            )
            for _n, cells in source.clients.rows
        }
        assert set(rows) == {"Zungu", "Never, Asked; Yet", "van der Merwe"}
        assert rows["Zungu"]["Date of birth"] == "1985-02-03"
        assert rows["Zungu"]["Mobile"] == "+27821234567"
        assert rows["Zungu"]["Street address"] == "12 Jacaranda St"
        assert rows["van der Merwe"]["Home phone"] == "+27215550101"
        assert mapping["Surname"] == "surname" and mapping["Mobile"] == "mobile"
        plan, _ = import_file(practice, out, dry_run=True)
        assert not plan.bad_rows, [(r.row_number, r.problems) for r in plan.bad_rows]


def test_cli_vcard_options(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(tmp_path / "cli"))
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    assert main(["init", "--practice", "Karoo Wealth", "--admin", "sipho"]) == 0
    assert main(["import", str(DATA / "outlook_contacts_21.vcf")]) == 0
    out = capsys.readouterr().out
    assert "vCard contacts" in out and "4 created" in out
    assert main(["export", "--format", "vcard", "--out", str(tmp_path / "a.vcf")]) == 0
    assert "Wrote 4 client(s)" in capsys.readouterr().out
    assert "VERSION:3.0\r\n" in (tmp_path / "a.vcf").read_bytes().decode("utf-8")
    assert (
        main(
            [
                "export",
                "--format",
                "vcard",
                "--vcard-version",
                "4.0",
                "--out",
                str(tmp_path / "b.vcf"),
            ]
        )
        == 0
    )
    cards = list(vobject.readComponents((tmp_path / "b.vcf").read_text(encoding="utf-8")))
    assert len(cards) == 4 and {c.version.value for c in cards} == {"4.0"}
    folder = tmp_path / "cards"
    assert main(["export", "--format", "vcard", "--one-file-per-card", "--out", str(folder)]) == 0
    assert "one file per client" in capsys.readouterr().out
    assert len(list(folder.glob("*.vcf"))) == 4
    assert (
        main(["export", "--format", "csv", "--vcard-version", "4.0", "--out", str(tmp_path / "c")])
        == 1
    )
    assert "are for --format vcard" in capsys.readouterr().err


def test_company_and_trust_cards_import_as_companies_and_trusts(practice, tmp_path):
    with practice.session() as session:
        session.add_all(
            [
                Client(kind="company", entity_name="Zungu Transport (Pty) Ltd", email="a@zt.co.za"),
                Client(
                    kind="trust", entity_name="Zungu Family Trust", registration_number="IT9/2001"
                ),
            ]
        )
    for version in ("3.0", "4.0"):
        out = tmp_path / f"orgs-{version}.vcf"
        with practice.session() as session:
            export_clients(
                session, actor=practice.actor, path=out, format="vcard", vcard_version=version
            )
        plan, _ = import_file(practice, out, dry_run=True)
        assert not plan.bad_rows, [(r.row_number, r.problems) for r in plan.bad_rows]
        assert {
            (r.values["kind"], r.values["entity_name"], r.values.get("surname")) for r in plan.rows
        } == {
            ("company", "Zungu Transport (Pty) Ltd", None),
            ("trust", "Zungu Family Trust", None),
        }
        # The company is matched by its e-mail; a card carries no registration number, so
        # the trust is matched by its name.
        assert sorted(r.duplicate.matched_on for r in plan.rows) == ["e-mail", "name"]
    outlook = tmp_path / "outlook.vcf"
    outlook.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Karoo Brokers\r\nORG:Karoo Brokers\r\n"
        "TEL;TYPE=WORK:021 555 0101\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Botha;Anna;;;\r\nFN:Anna Botha\r\nORG:Karoo Brokers\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    plan, result = import_file(practice, outlook)
    assert not plan.bad_rows
    assert result.created == 2
    with practice.session() as session:
        made = session.execute(
            sa.select(Client.kind, Client.entity_name, Client.surname, Client.employer).where(
                Client.id > 2
            )
        ).all()
    assert sorted(made, key=str) == sorted(
        [("company", "Karoo Brokers", None, None), ("person", None, "Botha", "Karoo Brokers")],
        key=str,
    )
