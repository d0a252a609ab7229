"""The recovery code cannot be skipped: nothing exists until it was shown and kept, Cancel
while creating leaves nothing, Escape does not leave the page; the sheet is never printed
to a file silently; a practice manager can issue a new code from the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget, QWizard

from clientmanager.errors import WrongRecoveryCode
from clientmanager.services import practice as practice_service
from clientmanager.ui import recovery_sheet
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.recovery_sheet import RecoveryCodeDialog
from clientmanager.ui.setup_wizard import SetupWizard
from tests.conftest import ADMIN_PASSWORD


def _to_recovery_page(qtbot, wizard: SetupWizard) -> None:
    page = wizard.practice_page
    page.practice_name.set_text("Karoo Wealth Planning")
    page.officer_name.set_text("Thandi Mokoena")
    wizard.next()
    admin = wizard.admin_page
    admin.full_name.set_text("Thandi Mokoena")
    admin.username.set_text("thandi")
    admin.password.set_text(ADMIN_PASSWORD)
    admin.repeat.set_text(ADMIN_PASSWORD)
    wizard.next()
    assert wizard.currentPage() is wizard.recovery_page


@pytest.fixture
def wizard(qtbot, context):
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    _to_recovery_page(qtbot, wizard)
    return wizard


def test_cancel_while_creating_leaves_no_practice(qtbot, context, wizard):
    wizard.recovery_page.confirm.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert finish.text() == "Creating…"
    with qtbot.waitSignal(wizard.rejected, timeout=30_000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton
        )
    context.tasks.wait_until_idle()
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert wizard.practice is None
    assert not context.paths.exists()
    assert not context.paths.data_dir.exists() or not any(context.paths.data_dir.iterdir())


def test_escape_cannot_leave_the_recovery_page(qtbot, context, wizard):
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    qtbot.keyClick(wizard.recovery_page.confirm, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.currentPage() is wizard.recovery_page
    assert not context.paths.exists()
    # Cancel (the button) ends set-up, and nothing was ever written.
    wizard.reject()
    assert not context.paths.exists()


def test_without_a_printer_the_sheet_is_saved_where_the_user_says(
    qtbot, wizard, tmp_path, monkeypatch
):
    monkeypatch.setattr(recovery_sheet, "has_printer", lambda: False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    target = tmp_path / "safe" / "sheet"
    target.parent.mkdir()
    asked = []

    def choose(_parent, title, suggested, _filter):
        asked.append(title)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(wizard.recovery_page.print_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save the recovery sheet as PDF"]
    saved = target.with_suffix(".pdf")
    text = " ".join("".join(page.extract_text() for page in PdfReader(saved).pages).split())
    code = wizard.recovery_page.code_label.text()
    assert code.replace("-", "") in text.replace("-", "").replace(" ", "").replace("\n", "")
    assert "Karoo Wealth Planning" in text
    assert f"Practice id: {wizard.recovery_page.practice_id}" in text
    assert str(saved) in wizard.recovery_page.saved.text()
    assert not list((tmp_path / "home").rglob("*.pdf")) and not Path("print.pdf").exists()
    # Cancelled file dialog: nothing written anywhere.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    saved.unlink()
    wizard.recovery_page.print_sheet()
    assert not saved.exists()


def test_a_manager_issues_a_new_recovery_code_from_the_practice_menu(
    qtbot, context, new_practice, monkeypatch
):
    practice, old_code = new_practice
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    labels = [a.text() for a in window.practice_tools.window.findChildren(type(window.lock_action))]
    assert "New &recovery code…" in labels

    dialog = RecoveryCodeDialog(context, window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code is not None, timeout=30_000)
    new_code = dialog.code
    assert new_code != old_code and dialog.code_label.text() == new_code
    assert not dialog.close_button.isEnabled()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cannot leave before keeping it
    assert dialog.isVisible()
    dialog.confirm.setChecked(True)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.code is None

    with pytest.raises(WrongRecoveryCode):
        practice_service.unlock_with_recovery_code(context.paths, old_code, sign_in=False)
    reopened = practice_service.unlock_with_recovery_code(context.paths, new_code, sign_in=False)
    reopened.close()


def test_the_sheet_prints_the_practice_id_letter_for_letter(qtbot, monkeypatch, tmp_path):  # noqa: ANN001
    # A hex id with "ff" in it came out of a proportional face as the one-glyph ligature
    # U+FB00, so the id read back from the PDF was not the practice's.
    practice_id = "5c223ff96d7f4b73b83032ff5dcc5176"
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(recovery_sheet, "ask_save_path", lambda *_args: target)
    holder = QWidget()
    qtbot.addWidget(holder)
    document = recovery_sheet.recovery_sheet("Karoo Wealth Planning", practice_id, "ABCD-EFGH")
    assert recovery_sheet.save_as_pdf(holder, document) == target
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "\ufb00" not in text
    assert f"Practice id: {practice_id}" in " ".join(text.split())
