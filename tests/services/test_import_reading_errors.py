"""Reading an import file: an overlong line, formulas without values, direction-override
characters in names. Each gets a message saying what to do; none is a raw error."""

from __future__ import annotations

import pytest

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.text import check_plain_text
from clientmanager.services import client_records, importer
from clientmanager.services.importer import ImportFileError

RLO = "\u202e"


def test_a_50_mb_one_line_csv_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_bytes(b"Surname,First names," + b"x" * (50 * 1024 * 1024))
    with pytest.raises(ImportFileError) as refused:
        importer.read_source(path)
    assert "dump.csv has a line far too long for a client list (line 1)" in refused.value.message
    assert "unclosed quote" in refused.value.hint


def test_an_unclosed_quote_joining_the_file_is_refused_the_same_way(tmp_path):
    path = tmp_path / "clients.csv"
    body = 'Surname,First names\nDlamini,"Sipho\n' + "Naidoo,Priya\n" * 30_000
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ImportFileError) as refused:
        importer.read_source(path)
    assert "far too long for a client list" in refused.value.message


def test_formula_cells_without_values_are_named_in_a_warning(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Clients"
    sheet.append(["Surname", "First names", "Mobile"])
    sheet.append(["Dlamini", "Sipho", "082 555 1234"])
    sheet.append(["Naidoo", "=B2", '=CONCAT("083", " 555 9876")'])
    path = tmp_path / "clients.xlsx"
    workbook.save(path)  # openpyxl stores formulas without calculated values

    source = importer.read_source(path)
    assert len(source.clients.rows) == 2
    (warning,) = source.warnings
    assert "2 formula cell(s) with no calculated value (B3, C3)" in warning
    assert "Open the workbook in Excel and save it" in warning

    plain = tmp_path / "plain.xlsx"
    sheet["B3"], sheet["C3"] = "Priya", "083 555 9876"
    workbook.save(plain)
    assert importer.read_source(plain).warnings == []


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066", "\u2067", "\x00"])
def test_direction_overrides_and_controls_are_refused_in_names(control):
    with pytest.raises(ValidationError) as refused:
        check_plain_text(f"Dlam{control}ini", field="Surname")
    assert refused.value.field == "Surname"
    with pytest.raises(client_records.InvalidInput) as invalid:
        client_records.validate_client({"first_names": "Sipho", "surname": f"{control}inimalD"})
    assert "surname" in invalid.value.errors
    # Ordinary names, accents and Afrikaans particles are untouched.
    assert check_plain_text("van der Merwe-Müller", field="Surname") == "van der Merwe-Müller"
    assert check_plain_text("line one\nline two", field="Notes", multiline=True)


def test_an_imported_row_with_an_override_is_a_bad_row(tmp_path, practice):
    path = tmp_path / "clients.csv"
    path.write_text(f"Surname,First names\nDlamini,Sipho\nN{RLO}aidoo,Priya\n", encoding="utf-8")
    source = importer.read_source(path)
    with practice.session() as session:
        plan = importer.analyse(
            session, source, importer.guess_mapping(source.clients.headers), actor=practice.actor
        )
    assert len(plan.good_rows) == 1
    (bad,) = plan.bad_rows
    assert bad.row_number == 3
    assert any("right-to-left" in problem for problem in bad.problems)
