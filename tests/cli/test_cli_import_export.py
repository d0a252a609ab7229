"""clientmanager import / export / duplicates, as a script would run them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import vobject

from clientmanager.cli import main

PASSWORD = "Table mountain at dawn 1"
DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def data_dir(tmp_path, monkeypatch, capsys) -> Path:
    folder = tmp_path / "cli-practice"
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(folder))
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    for name in ("CLIENTMANAGER_USER", "CLIENTMANAGER_RECOVERY_CODE", "CLIENTMANAGER_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert main(["init", "--practice", "Karoo Wealth", "--admin", "sipho"]) == 0
    capsys.readouterr()
    return folder


def test_import_dry_run_then_import_then_reimport(data_dir, capsys, tmp_path):
    bad = tmp_path / "bad.csv"
    assert (
        main(
            [
                "import",
                str(DATA / "messy_clients.csv"),
                "--dry-run",
                "--bad-rows",
                str(bad),
                "--map",
                "Notes=",
                "--save-mapping",
                "Messy CRM",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Read 12 row(s) from messy_clients.csv (utf-8-sig, comma-separated)." in out
    assert "  Cell                         -> Mobile" in out
    assert "  Notes                        -> (not imported)" in out
    assert "7 row(s) ready, 2 possible duplicate(s), 5 bad row(s)." in out
    assert "  row 7: SA ID number: the check digit is wrong" in out
    assert "  row 6: same SA ID number as row 2" in out
    assert "Dry run: nothing was imported." in out
    with bad.open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) == 6

    assert main(["import", str(DATA / "messy_clients.csv"), "--mapping", "Messy CRM"]) == 0
    out = capsys.readouterr().out
    assert "Imported: 5 created, 1 updated, 1 unchanged, 0 skipped, 5 bad row(s)." in out
    assert "notes 0" in out  # the saved mapping ignores the Notes column

    assert main(["import", str(DATA / "messy_clients.csv"), "--on-duplicate", "skip"]) == 0
    assert "Imported: 0 created, 0 updated, 0 unchanged, 7 skipped" in capsys.readouterr().out


def test_export_formats_and_duplicates(data_dir, capsys, tmp_path):
    assert main(["import", str(DATA / "excel_sa_export.csv")]) == 0
    capsys.readouterr()
    for fmt, name in (("csv", "c.csv"), ("xlsx", "c.xlsx"), ("vcard", "c.vcf")):
        assert main(["export", "--format", fmt, "--out", str(tmp_path / name)]) == 0
        assert "Wrote 3 client(s)" in capsys.readouterr().out
    cards = list(vobject.readComponents((tmp_path / "c.vcf").read_bytes().decode("utf-8")))
    assert sorted(card.fn.value for card in cards) == [
        "André Botha",
        "François Le Roux",
        "Renée Fourie",
    ]

    assert (
        main(
            [
                "export",
                "--format",
                "csv",
                "--out",
                str(tmp_path / "m.csv"),
                "--purpose",
                "marketing",
            ]
        )
        == 0
    )
    assert "Wrote 0 client(s)" in capsys.readouterr().out  # nobody has given consent

    # The whole practice goes out only as an AES-encrypted zip, with a password shown once.
    assert main(["export", "--format", "json", "--out", str(tmp_path / "all.json")]) == 1
    assert "encrypted zip" in capsys.readouterr().err
    assert main(["export", "--format", "json", "--out", str(tmp_path / "all.zip")]) == 0
    printed = capsys.readouterr().out
    assert "3 clients" in printed and "AES-256" in printed
    password = printed.split("Archive password: ", 1)[1].split()[0]
    from clientmanager.services.exporter import read_practice_json

    assert read_practice_json(tmp_path / "all.zip", password)["tables"]["clients"]["rows"]

    assert main(["duplicates"]) == 0
    assert "No possible duplicates." in capsys.readouterr().out


def test_unknown_mapping_and_bad_map_option(data_dir, capsys):
    assert main(["import", str(DATA / "messy_clients.csv"), "--mapping", "Nope"]) == 1
    assert "no saved column mapping called 'Nope'" in capsys.readouterr().err
    assert main(["import", str(DATA / "messy_clients.csv"), "--map", "Cell=fax"]) == 1
    assert "There is no field 'fax'" in capsys.readouterr().err


def test_import_takes_companies_and_trusts(data_dir, capsys, tmp_path):
    book = tmp_path / "entities.csv"
    book.write_text(
        "Client type,Company or trust name,Registration number,Email\n"
        "Company,Karoo Logistics (Pty) Ltd,2012/345678/07,info@karoolog.co.za\n"
        "Trust,Fourie Family Trust,IT 455/2010,\n"
        ",Karoo Logistics (Pty) Ltd,2012/345678/07,\n"
        ",Nameless Partners,,\n",
        encoding="utf-8",
    )
    assert main(["import", str(book)]) == 0
    out = capsys.readouterr().out
    assert "  Client type                  -> Client type" in out
    assert "  row 4: same registration number as row 2" in out
    assert "  row 5: Client type: say whether this is a company or a trust" in out
    assert "Imported: 2 created, 0 updated, 1 unchanged, 0 skipped, 1 bad row(s)." in out
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "out.csv")]) == 0
    capsys.readouterr()
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as handle:
        rows = {row["Company or trust name"]: row for row in csv.DictReader(handle)}
    assert {name: rows[name]["Client type"] for name in rows} == {
        "Karoo Logistics (Pty) Ltd": "company",
        "Fourie Family Trust": "trust",
    }
    assert rows["Fourie Family Trust"]["Registration number"] == "IT 455/2010"


def test_duplicates_never_pair_or_merge_a_person_with_a_company(data_dir, capsys, tmp_path):
    book = tmp_path / "book.csv"
    book.write_text(
        "Client type,Name,Surname,Company or trust name,Cell\n"
        "Person,Thabo,Mokoena,,082 555 1234\n"
        "Company,,,Mokoena Transport (Pty) Ltd,082 555 1234\n",
        encoding="utf-8",
    )
    assert main(["import", str(book)]) == 0
    assert "Imported: 2 created" in capsys.readouterr().out
    assert main(["duplicates"]) == 0
    assert "No possible duplicates." in capsys.readouterr().out
    assert main(["duplicates", "--merge", "1", "2"]) == 1
    err = capsys.readouterr().err
    assert "A person, a company and a trust are never one client" in err
    assert "Keep both." in err
