"""The interface speaks Afrikaans when asked, follows the system otherwise, and the
shipped catalogues are complete and up to date with the code."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWizard

from clientmanager.resources import resource_path
from clientmanager.ui import i18n
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.setup_wizard import SetupWizard

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
# Screens whose strings must all be in the catalogues (lupdate over these files).
TRANSLATED_MODULES = (
    "app.py",
    "i18n.py",
    "login.py",
    "setup_wizard.py",
    "main_window.py",
    "practice_tools.py",
    # The finished screens translated for issue 16.
    "users_dialog.py",
    "audit_viewer.py",
    "retention_dialog.py",
    "settings_dialog.py",
    "client_bulk.py",
    "dashboard.py",
    "widgets.py",
    "operations.py",
    "recovery_sheet.py",
    # The client list and the data-subject package dialog (issue 15).
    "client_list.py",
    "subject_export_dialog.py",
    # The client record and its forms (issue 16).
    "forms.py",
    "client_record/__init__.py",
    "client_record/common.py",
    "client_record/view.py",
    "client_record/overview.py",
    "client_record/household.py",
    "client_record/policies.py",
    "client_record/balance_sheet.py",
    "client_record/cash_flow.py",
    "client_record/goals.py",
    "client_record/notes.py",
    "client_record/tasks.py",
    "client_record/documents.py",
    "client_record/consents.py",
    "client_record/preview.py",
    "client_record/planning.py",
    # The registers and practice screens translated for issue 16.
    "breach_register.py",
    "rights_register.py",
    "backup_centre.py",
    "disclosures_panel.py",
    "notices_dialog.py",
    "duplicates_dialog.py",
    # The planner's year (issue 16).
    "roa_dialog.py",
    "letters_dialog.py",
    "commission_view.py",
    "tags_dialog.py",
    "calendar_view.py",
    "reviews_board.py",
    "policy_events.py",
    "planner_menu.py",
    "client_planner_panel.py",
    # The services' error messages and hints, listed by build_translations.py (issue 16).
    "service_messages.py",
)
# What must be translated in full: the start-up screens and the main window's menus.
REQUIRED_CONTEXTS = {
    "LoginDialog",
    "SetupWizard",
    "PracticePage",
    "AdministratorPage",
    "RecoveryCodePage",
    "LanguageMenu",
}


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.install_translations(qapp, "en")


def contexts(ts: Path) -> dict[str, list[ET.Element]]:
    root = ET.parse(ts).getroot()
    return {c.findtext("name"): c.findall("message") for c in root.iter("context")}


def test_afrikaans_catalogue_translates_every_start_up_and_menu_string():
    found = contexts(TRANSLATIONS / "clientmanager_af.ts")
    assert REQUIRED_CONTEXTS <= set(found)
    for name in REQUIRED_CONTEXTS | ({"MainWindow"} & set(found)):
        for message in found[name]:
            translation = message.find("translation")
            source = message.findtext("source")
            assert translation.get("type") != "unfinished", (name, source)
            assert translation.text and translation.text.strip(), (name, source)
            # Placeholders survive translation, or .format() would fail at run time.
            for placeholder in ("{app}", "{where}", "{language}", "{user}", "{role}"):
                assert (placeholder in source) == (placeholder in translation.text), source


def test_afrikaans_catalogue_has_no_unfinished_entries():
    """Every string in the Afrikaans .ts is translated (issue 16), placeholders intact."""
    unfinished = []
    for name, messages in contexts(TRANSLATIONS / "clientmanager_af.ts").items():
        for message in messages:
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                unfinished.append((name, message.findtext("source")))
                continue
            source = message.findtext("source")
            assert sorted(re.findall(r"\{[^{}]*\}", source)) == sorted(
                re.findall(r"\{[^{}]*\}", translation.text)
            ), (name, source)
    assert unfinished == [], f"{len(unfinished)} unfinished: {unfinished[:10]}"


def test_catalogues_match_the_code_and_the_compiled_files(tmp_path):
    """Every self.tr() string of the translated screens is in the .ts (lupdate finds
    nothing new), and the committed .qm is what lrelease makes from the committed .ts.

    Other screens may add self.tr() strings before anyone translates them: they show
    in English until `installer/build_translations.py --update` brings them in."""
    from installer.build_translations import qt_tool

    sources = [str(REPO / "clientmanager" / "ui" / name) for name in TRANSLATED_MODULES]
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        fresh = tmp_path / ts.name
        fresh.write_bytes(ts.read_bytes())
        result = subprocess.run(
            [qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
            capture_output=True,
            text=True,
            check=True,
        )
        assert "0 new" in result.stdout, f"{ts.name}: run installer/build_translations.py --update"
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
            f"{ts.name} changed: run installer/build_translations.py"
        )


def test_the_system_language_is_followed_when_nothing_was_chosen():
    assert i18n.chosen_language() == i18n.FOLLOW_SYSTEM
    assert i18n.effective_language(ui_languages=["af-ZA", "en-ZA"]) == "af"
    assert i18n.effective_language(ui_languages=["en-ZA", "af-ZA"]) == "en"
    # A language we have no catalogue for falls back to English.
    assert i18n.effective_language(ui_languages=["zu-ZA"]) == "en"
    assert i18n.effective_language(ui_languages=["zu-ZA", "af"]) == "af"


def test_a_chosen_language_persists_and_beats_the_system(qapp):
    i18n.set_language("af")
    assert QSettings().value(i18n.LANGUAGE_SETTING) == "af"
    assert i18n.effective_language(ui_languages=["en-ZA"]) == "af"
    with pytest.raises(ValueError):
        i18n.set_language("xx")
    i18n.set_language(i18n.FOLLOW_SYSTEM)
    assert i18n.effective_language(ui_languages=["en-ZA"]) == "en"


def test_unlock_screen_in_afrikaans(qtbot, context, practice, english_afterwards, qapp):
    assert i18n.install_translations(qapp, "af") == "af"
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert {"Ontsluit", "Verlaat", "Gebruik die herstelkode…"} <= buttons
    assert dialog.windowTitle() == "Ontsluit ClientManager Desktop"
    # Unlocking with no password says so, in Afrikaans.
    dialog.username.set_text("thandi")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.password.error.text() == "Tik u wagwoord."
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.unlock_button.text() == "Herstel en ontsluit"


def test_setup_wizard_in_afrikaans(qtbot, context, english_afterwards, qapp):
    i18n.install_translations(qapp, "af")
    wizard = SetupWizard(context)
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == "Stel ClientManager Desktop op"
    assert wizard.practice_page.title() == "U praktyk"
    assert wizard.recovery_page.isCommitPage()
    finish = QWizard.WizardButton.FinishButton
    assert wizard.recovery_page.buttonText(finish) == "Skep die praktyk"


def test_english_is_the_default_here(qtbot, context, practice, qapp):
    assert i18n.install_translations(qapp, "en") == "en"
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.unlock_button.text() == "Unlock"


def test_language_menu_saves_the_choice(qtbot, qapp):
    menu = i18n.LanguageMenu()
    qtbot.addWidget(menu)
    labels = [action.text() for action in menu.actions()]
    assert labels[0].startswith("As the system (")
    assert "Afrikaans" in labels and "English" in labels
    assert menu.actions()[0].isChecked()
    afrikaans = next(a for a in menu.actions() if a.text() == "Afrikaans")
    with qtbot.waitSignal(menu.language_chosen) as chosen:
        afrikaans.trigger()
    assert chosen.args == ["af"]
    assert QSettings().value(i18n.LANGUAGE_SETTING) == "af"
    notice = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "languageNotice")
    assert isinstance(notice, QMessageBox) and "next time" in notice.text()
    notice.close()


def test_translations_are_found_through_the_resource_helper():
    assert resource_path("translations", "clientmanager_af.qm").is_file()
    assert "af" in i18n.available_languages()


def test_main_window_menus_in_afrikaans_with_a_language_menu(
    qtbot, context, practice, english_afterwards, qapp
):
    from clientmanager.ui.main_window import MainWindow

    i18n.install_translations(qapp, "af")
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    # Let the background loads finish before the window closes at teardown.
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=20_000)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Lêer", "&Kliënt", "&Aansig"]
    assert "&Hulp" in menus and "&Praktyk" in menus
    assert window.lock_action.text() == "&Sluit"
    assert window.lock_label.text() == "Ontsluit · geënkripteer"
    # View > Language offers the choice, saved in QSettings.
    assert window.language_menu.title() == "&Taal"
    labels = [action.text() for action in window.language_menu.actions()]
    assert labels[0].startswith("Soos die stelsel (") and "Afrikaans" in labels
    window.close()
