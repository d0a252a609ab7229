"""The locale-walk helper finds English on a screen; the screens translated today show
none under Afrikaans. (The walk over every window is enabled after the integrator's
translation pass; tests/ui/locale_walk.py says how.)"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from clientmanager.ui import i18n
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.setup_wizard import SetupWizard
from tests.ui import locale_walk


def test_the_walk_finds_english_and_lets_names_and_afrikaans_through(qtbot):
    dialog = QDialog()
    dialog.setWindowTitle("Kliënte")
    layout = QVBoxLayout(dialog)
    for text in ("Save the client", "Stoor die kliënt", "POPIA", "ClientManager Desktop"):
        layout.addWidget(QLabel(text))
    layout.addWidget(QPushButton("&Cancel"))
    hidden = QLabel("Search clients")
    layout.addWidget(hidden)
    hidden.hide()
    qtbot.addWidget(dialog)
    dialog.show()
    found = {text for _where, text in locale_walk.english_strings(dialog, literals=set())}
    assert found == {"Save the client", "&Cancel"}
    # A literal of the UI code shown as is counts as English, even without a listed word.
    literal = locale_walk.english_strings(dialog, literals={"Stoor die kliënt"})
    assert "Stoor die kliënt" in {t for _w, t in literal}


def test_every_window_class_is_listed():
    names = {cls.__name__ for cls in locale_walk.screens()}
    assert {"LoginDialog", "SetupWizard", "MainWindow"} <= names


def test_the_start_up_screens_show_no_english_in_afrikaans(qtbot, context, practice, qapp):
    i18n.install_translations(qapp, "af")
    try:
        literals = locale_walk.ui_literals()
        login = LoginDialog(context)
        qtbot.addWidget(login)
        login.show()
        assert locale_walk.english_strings(login, literals=literals) == []
        wizard = SetupWizard(context)
        qtbot.addWidget(wizard)
        wizard.show()
        assert locale_walk.english_strings(wizard, literals=literals) == []
    finally:
        i18n.install_translations(qapp, "en")
