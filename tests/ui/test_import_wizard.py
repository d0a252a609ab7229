"""Import clients…: the wizard driven as a practice manager would, results read back."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from clientmanager.services.importer import DuplicateAction
from clientmanager.store.models import Client, Policy, User
from clientmanager.ui.import_wizard import ImportWizard

MESSY = Path(__file__).resolve().parent.parent / "data" / "messy_clients.csv"
SIPHO_ID = "8003155123082"  # born 15 March 1980


def _open(qtbot, context, practice, path: Path) -> ImportWizard:  # noqa: ANN001
    context.set_unlocked(practice)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(path))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=10_000)
    return wizard


def _next(qtbot, wizard: ImportWizard, *, commit: str = "Import") -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():  # the step before the import shows "Import" instead
        button = wizard.button(QWizard.WizardButton.CommitButton)
        assert button.text() == commit
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _import_as_guessed(qtbot, wizard: ImportWizard, *, commit: str = "Import"):  # noqa: ANN202
    """From the file step through the guessed mapping, the preview and the duplicates
    (their default action) to the import; the result."""
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    _next(qtbot, wizard)
    with qtbot.waitSignal(wizard.import_finished, timeout=30_000) as finished:
        _next(qtbot, wizard, commit=commit)
    return finished.args[0]


def test_import_the_messy_file_with_a_skipped_duplicate(qtbot, context, practice, tmp_path):
    wizard = _open(qtbot, context, practice, MESSY)
    assert "12 rows and 12 columns (UTF-8 (with BOM) text, comma-separated)" in (
        wizard.file_page.summary.text()
    )
    _next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.combos["Cell"].currentData() == "mobile"
    assert page.combos["ID Number"].currentData() == "id_number"
    assert page.combos["Name"].currentData() == "first_names"
    qtbot.keyClicks(page.save_name, "Messy CRM")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved the mapping" in page.message.text(), timeout=10_000)
    qtbot.waitUntil(lambda: page.saved.findData("Messy CRM") >= 0, timeout=10_000)
    wizard.grab().save("/tmp/import_wizard_mapping.png")

    _next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert preview.summary.text().startswith(
        "7 rows are ready, 2 of them possible duplicates; 5 rows have a problem"
    )
    statuses = {
        preview.table.item(r, 0).text(): preview.table.item(r, 2).text()
        for r in range(preview.table.rowCount())
    }
    assert statuses["7"] == "Problem" and statuses["6"] == "Duplicate?" and statuses["2"] == "Ready"
    wizard.grab().save("/tmp/import_wizard_preview.png")

    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.DUPLICATES
    dups = wizard.duplicates_page
    assert sorted(dups.combos) == [6, 13]
    combo = dups.combos[6]
    combo.setCurrentIndex(combo.findData(DuplicateAction.SKIP.value))
    wizard.grab().save("/tmp/import_wizard_duplicates.png")

    with qtbot.waitSignal(wizard.import_finished, timeout=30_000) as finished:
        _next(qtbot, wizard)
    result = finished.args[0]
    assert (result.created, result.updated, result.skipped, result.bad) == (5, 1, 1, 5)
    assert wizard.currentId() == wizard.RESULT
    assert "5 new clients" in wizard.result_page.summary.text()
    wizard.grab().save("/tmp/import_wizard_result.png")

    out = tmp_path / "fix-me.csv"
    with qtbot.waitSignal(wizard.bad_rows_saved, timeout=10_000):
        wizard.result_page.save_bad_rows(out)
    assert "Saved 5 rows" in wizard.result_page.message.text()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[0] for r in rows[1:]] == ["7", "8", "12", "14", "15"]
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 5


def test_stopping_the_import_imports_nothing(qtbot, context, practice, tmp_path):
    big = tmp_path / "big.csv"
    big.write_text(
        "Name,Surname,Cell\n"
        + "".join(f"Person{n},Family{n},082{1000000 + n:07d}\n" for n in range(1500)),
        encoding="utf-8",
    )
    wizard = _open(qtbot, context, practice, big)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=20_000)
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.DUPLICATES
    assert wizard.duplicates_page.table.isHidden()
    # Hold the one database worker, so the import is queued when Stop is pressed.
    release = threading.Event()
    context.tasks.submit(lambda: int(release.wait(10)), on_done=lambda _r: None, on_error=print)
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.IMPORT
    qtbot.mouseClick(wizard.import_page.stop_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: wizard.import_page.finished, timeout=20_000)
    assert wizard.import_page.cancelled
    assert wizard.import_page.status.text() == "Stopped. Nothing was imported."
    assert wizard.currentId() == wizard.IMPORT
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert wizard.import_page.stop_button.text() == "Start the import again"
    wizard.grab().save("/tmp/import_wizard_stopped.png")
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 0


def test_a_file_that_cannot_be_read_says_so(qtbot, context, practice, tmp_path):
    fake = tmp_path / "clients.xlsx"
    fake.write_bytes(b"PK\x03\x04 broken")
    context.set_unlocked(practice)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path_edit, str(fake))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.file_page.error.isHidden(), timeout=10_000)
    assert "could not be read as an Excel workbook" in wizard.file_page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_of_companies_and_trusts_imports_through_the_wizard(
    qtbot, context, practice, tmp_path
):
    book = tmp_path / "entities.csv"
    book.write_text(
        "Company name,Registration number,Email\n"
        "Karoo Logistics (Pty) Ltd,2012/345678/07,info@karoolog.co.za\n"
        "Fourie Family Trust,IT 455/2010,\n",
        encoding="utf-8",
    )
    wizard = _open(qtbot, context, practice, book)
    _next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.combos["Company name"].currentData() == "entity_name"
    assert page.combos["Registration number"].currentData() == "registration_number"
    # Without a name column the wizard asks for one, naming the company or trust name.
    page.combos["Company name"].setCurrentIndex(page.combos["Company name"].findData(""))
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.MAPPING
    assert "company or trust name" in page.message.text()
    page.combos["Company name"].setCurrentIndex(page.combos["Company name"].findData("entity_name"))
    _next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert [preview.table.item(r, 1).text() for r in range(preview.table.rowCount())] == [
        "Karoo Logistics (Pty) Ltd",
        "Fourie Family Trust",
    ]
    _next(qtbot, wizard)
    assert wizard.currentId() == wizard.DUPLICATES
    with qtbot.waitSignal(wizard.import_finished, timeout=30_000) as finished:
        _next(qtbot, wizard)
    assert finished.args[0].created == 2
    wizard.grab().save(str(tmp_path / "entities_result.png"))
    with practice.session() as session:
        rows = session.execute(
            sa.select(Client.entity_name, Client.kind, Client.registration_number).order_by(
                Client.id
            )
        ).all()
    assert rows == [
        ("Karoo Logistics (Pty) Ltd", "company", "2012/345678/07"),
        ("Fourie Family Trust", "trust", "IT 455/2010"),
    ]


def test_in_afrikaans_the_duplicates_say_what_matched_in_afrikaans(
    qtbot, qapp, context, practice, tmp_path
):
    from clientmanager.ui import i18n

    with practice.session() as session:
        session.add(Client(first_names="Anna", surname="Botha", email="anna@botha.co.za"))
    book = tmp_path / "book.csv"
    book.write_text(
        "Name,Surname,Email\nAnna,Botha,anna@botha.co.za\nPiet,Botha,piet@botha.co.za\n"
        "Piet,Botha,piet@botha.co.za\n",
        encoding="utf-8",
    )
    assert i18n.install_translations(qapp, "af") == "af"
    try:
        wizard = _open(qtbot, context, practice, book)
        _next(qtbot, wizard)
        _next(qtbot, wizard)
        qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
        table = wizard.preview_page.table
        shown = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    finally:
        i18n.install_translations(qapp, "en")
    assert shown["2"] == "Dieselfde e-pos as kliënt 1 (Anna Botha)"
    assert shown["4"] == "Dieselfde e-pos as ry 3 van hierdie lêer"


def test_the_planner_and_last_review_columns_import_through_the_wizard(
    qtbot, context, practice, tmp_path
):
    with practice.session() as session:
        pieter = User(username="pieter", full_name="Pieter Botha", role="planner")
        session.add(pieter)
        session.flush()
        pieter_id = pieter.id
    book = tmp_path / "book.csv"
    book.write_text(
        "First name,Surname,Adviser,Last review date\n"
        "Sipho,Mokoena,Pieter Botha,2025-03-14\n"
        "Piet,Nel,Nobody Here,\n"
        "Anna,Venter,,\n",
        encoding="utf-8",
    )
    wizard = _open(qtbot, context, practice, book)
    _next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.combos["Adviser"].currentData() == "planner"
    assert page.combos["Last review date"].currentData() == "last_review_on"
    _next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    shown = {
        preview.table.item(r, 1).text(): preview.table.item(r, 3).text()
        for r in range(preview.table.rowCount())
    }
    assert shown["Piet Nel"].startswith("Planner: no active planner or practice manager")
    assert shown["Sipho Mokoena"] == ""
    _next(qtbot, wizard)
    with qtbot.waitSignal(wizard.import_finished, timeout=30_000) as finished:
        _next(qtbot, wizard)
    assert (finished.args[0].created, finished.args[0].bad) == (2, 1)
    with practice.session() as session:
        rows = session.execute(
            sa.select(Client.surname, Client.planner_id, Client.last_review_on).order_by(
                Client.surname
            )
        ).all()
    assert rows == [
        ("Mokoena", pieter_id, dt.date(2025, 3, 14)),
        ("Venter", practice.actor.user_id, None),
    ]


def test_in_afrikaans_the_columns_and_the_problems_are_in_afrikaans(
    qtbot, qapp, context, practice, tmp_path
):
    from clientmanager.ui import i18n

    book = tmp_path / "book.csv"
    book.write_text(
        "Name,Surname,ID Number,Date of birth,Planner,Premium\n"
        f"Sipho,Mokoena,{SIPHO_ID},1981-01-01,,\n"
        "Piet,Nel,,,Nobody Here,\n"
        "Anna,,,,,R 250\n"
        "Lerato,Dlamini,,,,\n",
        encoding="utf-8",
    )
    assert i18n.install_translations(qapp, "af") == "af"
    try:
        wizard = _open(qtbot, context, practice, book)
        _next(qtbot, wizard)
        combos = wizard.mapping_page.combos
        chosen = {header: combos[header].currentText() for header in ("Surname", "Planner")}
        buttons = [
            wizard.button(getattr(QWizard.WizardButton, which)).text()
            for which in ("BackButton", "NextButton", "CancelButton")
        ]
        wizard.grab().save(str(tmp_path / "mapping_af.png"))
        _next(qtbot, wizard)
        qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
        table = wizard.preview_page.table
        shown = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
        tips = {
            table.item(r, 0).text(): table.item(r, 3).toolTip() for r in range(table.rowCount())
        }
    finally:
        i18n.install_translations(qapp, "en")
    assert chosen == {"Surname": "Van", "Planner": "Beplanner"}
    assert buttons == ["< &Terug", "&Volgende >", "Kanselleer"]
    assert shown["2"] == ("Geboortedatum: stem nie ooreen met die datum in die SA ID-nommer nie")
    assert shown["3"].startswith("Beplanner: geen aktiewe beplanner of praktykbestuurder")
    assert shown["3"].endswith("of moenie die Beplanner-kolom invoer nie")
    # Longer than its column: the whole problem is there on hover.
    assert tips["3"] == shown["3"]
    assert shown["4"] == (
        "Van: is leeg; elke kliënt het ten minste ’n van nodig; "
        "Polisnommer: is leeg, maar die ry het polisbesonderhede"
    )


def test_the_last_page_lists_the_rows_of_other_sheets_it_did_not_import(
    qtbot, context, practice, tmp_path
):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Clients"
    sheet.append(["Name", "Surname", "E-mail"])
    sheet.append(["Naledi", "Mahlangu", "naledi@example.co.za"])
    policies = workbook.create_sheet("Policies")
    policies.append(["Email", "Policy number", "Provider"])
    policies.append(["naledi@example.co.za", "LIB-2", "Liberty"])
    policies.append(["stranger@example.co.za", "LIB-3", "Liberty"])
    policies.append([None, "LIB-4", "<b>Liberty</b>"])
    book = tmp_path / "book.xlsx"
    workbook.save(book)
    wizard = _open(qtbot, context, practice, book)
    result = _import_as_guessed(qtbot, wizard)
    assert (result.policies, result.bad_related) == (1, 2)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=10_000)
    text = wizard.result_page.summary.text()
    wizard.grab().save(str(tmp_path / "done.png"))
    assert "• 2 rows of the other sheets not imported" in text
    assert (
        "Policies, row 3: no client with that SA ID number, registration number or e-mail" in text
    )
    assert "Policies, row 4: needs the client" in text
    assert text.index("row 3:") < text.index("row 4:")
    assert "not imported: fix them in the file" in wizard.result_page.bad_hint.text()
    assert "Every row was imported" not in wizard.result_page.bad_hint.text()
    # Importing the fixed file again adds the two missing policies, nothing twice.
    policies.cell(row=3, column=1).value = "naledi@example.co.za"
    policies.cell(row=4, column=1).value = "naledi@example.co.za"
    workbook.save(book)
    again = _import_as_guessed(qtbot, _open(qtbot, context, practice, book))
    assert (again.created, again.policies) == (0, 2)
    with practice.session() as session:
        numbers = sorted(session.scalars(sa.select(Policy.policy_number)))
    assert numbers == ["LIB-2", "LIB-3", "LIB-4"]


def test_in_afrikaans_a_dropped_row_gives_each_of_its_problems_in_afrikaans(
    qtbot, qapp, context, practice, tmp_path
):
    import openpyxl

    from clientmanager.ui import i18n

    workbook = openpyxl.Workbook()
    workbook.active.title = "Clients"
    workbook.active.append(["Name", "Surname", "E-mail"])
    workbook.active.append(["Naledi", "Mahlangu", "naledi@example.co.za"])
    policies = workbook.create_sheet("Polisse")
    policies.append(["Email", "Policy number", "Provider"])
    policies.append([None, None, "Liberty"])  # no client to link it to, and no number
    book = tmp_path / "book.xlsx"
    workbook.save(book)
    assert i18n.install_translations(qapp, "af") == "af"
    try:
        wizard = _open(qtbot, context, practice, book)
        result = _import_as_guessed(qtbot, wizard, commit="Voer in")
        qtbot.waitUntil(lambda: wizard.currentId() == wizard.RESULT, timeout=10_000)
        text = wizard.result_page.summary.text()
    finally:
        i18n.install_translations(qapp, "en")
    assert result.bad_related == 1
    assert (
        "Polisse, ry 2: het die kliënt se SA ID-nommer, registrasienommer of e-pos nodig om "
        "dit aan ’n kliënt te koppel; Polisnommer: is leeg; vul dit in of verwyder die ry"
    ) in text
