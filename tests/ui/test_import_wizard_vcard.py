"""Import clients… from an Outlook vCard 2.1 file, chosen through the wizard's file dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from clientmanager.store.models import AuditEntry, Client
from clientmanager.ui.import_wizard import ImportWizard

VCF = Path(__file__).resolve().parent.parent / "data" / "outlook_contacts_21.vcf"
WAIT = 20_000


def _next(qtbot, wizard: ImportWizard) -> None:  # noqa: ANN001
    button = wizard.button(QWizard.WizardButton.NextButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.CommitButton)
        assert button.text() == "Import"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_outlook_contacts_are_imported_through_the_wizard(
    qtbot, context, practice, monkeypatch
) -> None:  # noqa: ANN001
    offered: list[str] = []

    def choose(_parent, _title, _folder, filters):  # noqa: ANN001, ANN202
        offered.append(filters)
        return str(VCF), "vCard contacts (*.vcf)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    context.set_unlocked(practice)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "vCard" in wizard.file_page.subTitle()
    qtbot.mouseClick(wizard.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert "*.vcf" in offered[0].split(";;")[0] and "vCard contacts (*.vcf)" in offered[0]
    qtbot.waitUntil(wizard.file_page.isComplete, timeout=WAIT)
    assert wizard.source.kind == "vcard"
    assert wizard.file_page.summary.text() == "4 vCard contacts."
    assert "Excel" not in wizard.file_page.summary.text()

    _next(qtbot, wizard)  # the columns: guessed from the vCard properties
    mapping = wizard.mapping_page.mapping()
    assert "surname" in mapping.values() and "mobile" in mapping.values()
    _next(qtbot, wizard)
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=WAIT)
    assert preview.summary.text().startswith("4 rows are ready"), preview.summary.text()
    wizard.grab().save("/tmp/wiring/import_vcard_preview.png")
    _next(qtbot, wizard)
    with qtbot.waitSignal(wizard.import_finished, timeout=30_000) as finished:
        _next(qtbot, wizard)
    result = finished.args[0]
    assert (result.created, result.updated, result.skipped, result.bad) == (4, 0, 0, 0)
    assert "4 new clients" in wizard.result_page.summary.text()
    with practice.session() as session:
        people = {c.surname or c.entity_name: c for c in session.scalars(sa.select(Client)).all()}
        assert set(people) == {"Botha", "Fourie", "Le Roux", "Karoo Family Trust"}
        andre = people["Botha"]
        assert andre.first_names == "André" and andre.date_of_birth == dt.date(1979, 7, 14)
        assert andre.mobile == "+27825550101"
        assert [a.city for a in andre.addresses] == ["Stellenbosch"]
        assert people["Fourie"].first_names == "Renée"
        assert session.scalar(sa.select(sa.func.count()).where(AuditEntry.action.like("import%")))
