"""The first-run wizard's FSP number and information officer land in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from clientmanager.services import settings
from clientmanager.ui.setup_wizard import SetupWizard
from tests.conftest import ADMIN_PASSWORD


def _next(qtbot, wizard, button=QWizard.WizardButton.NextButton) -> None:  # noqa: ANN001
    qtbot.mouseClick(wizard.button(button), Qt.MouseButton.LeftButton)


def test_the_wizards_fsp_number_and_officer_are_settings(qtbot, context) -> None:  # noqa: ANN001
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.practice_page
    qtbot.keyClicks(page.practice_name.edit, "Karoo Wealth Planning")
    qtbot.keyClicks(page.fsp_number.edit, "FSP 4821")
    qtbot.keyClicks(page.officer_name.edit, "Naledi Dlamini")
    _next(qtbot, wizard)
    assert wizard.currentPage() is page and page.fsp_number.has_error()
    page.fsp_number.set_text("48211")
    _next(qtbot, wizard)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    qtbot.keyClicks(admin.full_name.edit, "Thandi Mokoena")
    qtbot.keyClicks(admin.username.edit, "thandi")
    admin.password.set_text(ADMIN_PASSWORD)
    admin.repeat.set_text(ADMIN_PASSWORD)
    _next(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20_000)
    # The practice is created only once its recovery code is confirmed.
    wizard.recovery_page.confirm.setChecked(True)
    with qtbot.waitSignal(wizard.accepted, timeout=30_000):
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    practice = wizard.take_practice()
    try:
        with practice.session() as session:
            from clientmanager.services.letterhead import practice_letterhead

            identity = practice_letterhead(session)
            registered_name = settings.value(session, "registered_name")
            shown = {
                line.key: line.value for line in settings.show_settings(session, practice.actor)
            }
    finally:
        practice.close()
    assert identity.fsp_number == "48211"
    assert identity.information_officer_name == "Naledi Dlamini"
    assert registered_name == "Karoo Wealth Planning"
    assert shown["fsp_number"] == "48211" and shown["information_officer"] == "Naledi Dlamini"
