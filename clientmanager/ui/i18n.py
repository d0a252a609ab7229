"""The interface language: follows the system locale unless the user picked one.

Translations are Qt ``.qm`` files in ``resources/translations`` (compiled from the
``.ts`` sources with ``installer/build_translations.py``). The choice is a UI preference
in QSettings (``ui/language``; empty means "as the system"), never client data. English
is the language of the source code, so it needs no file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from clientmanager.resources import resource_path

logger = logging.getLogger(__name__)

LANGUAGE_SETTING = "ui/language"
FOLLOW_SYSTEM = ""
SOURCE_LANGUAGE = "en"
# Each language named in itself, as language pickers do.
LANGUAGE_NAMES = {"en": "English", "af": "Afrikaans"}
CATALOGUE = "clientmanager"

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_path("translations")


def available_languages() -> list[str]:
    """English plus every language with a compiled catalogue, in a stable order."""
    found = {SOURCE_LANGUAGE}
    folder = translations_dir()
    if folder.is_dir():
        for qm in folder.glob(f"{CATALOGUE}_*.qm"):
            found.add(qm.stem.removeprefix(f"{CATALOGUE}_"))
    return sorted(found, key=lambda code: (code != SOURCE_LANGUAGE, code))


def chosen_language() -> str:
    """What the user picked in the Language menu ("" = follow the system)."""
    value = QSettings().value(LANGUAGE_SETTING, FOLLOW_SYSTEM, type=str)
    return value if value in available_languages() else FOLLOW_SYSTEM


def set_language(code: str) -> None:
    if code != FOLLOW_SYSTEM and code not in available_languages():
        raise ValueError(f"no translation for {code!r}")
    QSettings().setValue(LANGUAGE_SETTING, code)


def system_language(ui_languages: Iterable[str] | None = None) -> str:
    """The first of the system's preferred languages we have, else English."""
    preferred = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    available = available_languages()
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def effective_language(
    choice: str | None = None, *, ui_languages: Iterable[str] | None = None
) -> str:
    choice = chosen_language() if choice is None else choice
    if choice and choice in available_languages():
        return choice
    return system_language(ui_languages)


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load the catalogue for ``language`` (default: the effective one); returns it.

    Replaces translators installed earlier. Qt's own strings (standard buttons, the
    file dialog) come from Qt's catalogue for the language when Qt ships one.
    """
    code = effective_language() if language is None else language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code == SOURCE_LANGUAGE:
        return code
    ours = QTranslator(app)
    if ours.load(f"{CATALOGUE}_{code}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        logger.warning("no translation catalogue for %s; using English", code)
        return SOURCE_LANGUAGE
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(f"qtbase_{code}", qt_dir):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    return code


class LanguageMenu(QMenu):
    """View ▸ Language: "As the system", then each language in its own name.

    The choice is saved at once and applies from the next start (open windows are
    built in the old language).
    """

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        current = chosen_language()
        system_name = LANGUAGE_NAMES.get(system_language(), system_language())
        entries = [
            (FOLLOW_SYSTEM, self.tr("As the system ({language})").format(language=system_name))
        ]
        entries += [(code, LANGUAGE_NAMES.get(code, code)) for code in available_languages()]
        for code, label in entries:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self._chosen)

    def _chosen(self, action: QAction) -> None:
        code = action.data()
        if code == chosen_language():
            return
        set_language(code)
        self.language_chosen.emit(code)
        # Not modal: nothing waits on it.
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Language"),
            self.tr("The new language is used from the next time ClientManager starts."),
            QMessageBox.StandardButton.Ok,
            # Owned by the window (or this menu): a parentless box would be collected.
            self.parentWidget() or self,
        )
        box.setObjectName("languageNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
