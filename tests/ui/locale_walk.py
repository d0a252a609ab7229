"""The locale walk: collect every string a window shows and find the English ones.

A helper for the Afrikaans-everywhere test (issue 16). Install the Afrikaans catalogue,
open a window, then ``english_strings(window)`` lists ``(where, text)`` for each visible
string that is still English: window titles, labels, buttons, group boxes, tabs, wizard
page titles, placeholders, combo-box items, table and tree headers, menus and actions,
tool tips. What counts as English:

* the text (or, for a formatted string, its fixed part) is one of the English string
  literals of ``clientmanager/ui`` (``self.tr("...")`` sources included), so it was
  shown untranslated; or
* it contains a word from :data:`ENGLISH_ONLY_WORDS`: common interface words that are
  not Afrikaans ("the", "and", "save", "client" ...), which catches strings built at run
  time and messages from the services.

:data:`ALLOW` lists what may stay as it is in Afrikaans: proper names, codes, acronyms,
strings that are the same in both languages. ``screens()`` lists every window and dialog
class in ``clientmanager.ui``, so a test can check it opened them all.

Not yet a failing test: most screens are not marked for translation yet (the
integrator's translation pass). ``tests/ui/test_locale_walk.py`` runs it over the
screens that are translated today. On 2026-12-01 the main window (Today page and client
list, empty practice) still showed 23 English strings under Afrikaans, e.g. the Today
cards, the search placeholder, the list filter and columns, and the role name in the
status bar; ``screens()`` finds 28 window and dialog classes.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "clientmanager" / "ui"

# Proper names, codes and words that Afrikaans uses as they are.
ALLOW: frozenset[str] = frozenset(
    {
        "ClientManager",
        "ClientManager Desktop",
        "POPIA",
        "FAIS",
        "FICA",
        "FSCA",
        "SARS",
        "CSV",
        "XLSX",
        "PDF",
        "JSON",
        "vCard",
        "OK",
        "English",
        "Afrikaans",
        "E-pos",
        "ID",
        "Status",
        "Admin",
        "SQLCipher",
        "Qt",
        "PySide6",
    }
)

# Interface words that are English and not Afrikaans. (Words spelt the same in both,
# "is", "in", "land", "status", "program", "week", "name" (Afrikaans: names) ..., are
# deliberately absent.)
ENGLISH_ONLY_WORDS: frozenset[str] = frozenset(
    """the and with without from your you this that these those which what when where who
    why how not none all any some each every other more less than then there here into
    onto about after before during until while also only just yet again
    save saved cancel close open opened delete deleted remove removed add added edit
    edited new next back finish done search find filter show hide view print export
    import choose select selected create created change changed update updated
    client clients names surname date dates birth number phone mobile email
    address street city town province postal code policy policies note notes household
    planner practice user users password passwords role roles backup backups restore
    report reports register registers request requests consent consents record
    records review reviews today tomorrow yesterday month year settings help
    about file files folder folders language error errors warning failed please
    cannot could would should must may will yes no unlock lock locked sign out
    loading ready nothing found results total count""".split()
)

_FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
_WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+")
_MNEMONIC = re.compile(r"&(?=\w)")
_DATA_LIKE = re.compile(r"(?:[A-Za-z]:)?[\\/]\S*|\S+@\S+|\w+://\S+|~[\\/]\S*")


def normalise(text: str) -> str:
    """As shown, for comparison: no mnemonic ampersands, single spaces, no ellipsis."""
    text = _MNEMONIC.sub("", text).replace("&&", "&")
    text = text.replace("…", "").replace("...", "")
    return " ".join(text.split()).strip(" :.")


def ui_literals(folder: Path = UI) -> set[str]:
    """Every English string constant in the UI code (normalised), formatted ones with
    their placeholders removed."""
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = normalise(_FORMAT_FIELD.sub("", node.value))
                if len(_WORD.findall(text)) >= 1 and re.search(r"[a-z]{3}", text):
                    found.add(text)
    return found


def looks_english(text: str, literals: set[str] | None = None) -> bool:
    shown = normalise(text)
    if not shown or shown in ALLOW or not re.search(r"[A-Za-z]{2}", shown):
        return False
    if _DATA_LIKE.fullmatch(shown):
        return False  # a folder, file, e-mail address or web address: data, not interface
    if literals is not None and shown in literals:
        return True
    words = [w.lower().strip("'’-") for w in _WORD.findall(shown)]
    return any(w in ENGLISH_ONLY_WORDS for w in words if w not in {a.lower() for a in ALLOW})


def _header_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    if isinstance(model, QAbstractListModel):
        return  # one column, no header (its columnCount is private in PySide6)
    for section in range(model.columnCount()):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def _menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield f"{where} menu", menu.title()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} › {normalise(menu.title())}")
        else:
            yield f"{where} › {normalise(menu.title())}", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"{where} action tool tip", action.toolTip()


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every string ``root`` and its children show."""
    texts: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, value: str | None) -> None:
        if value:
            name = widget.objectName() or type(widget).__name__
            texts.append((f"{type(root).__name__}/{name} {kind}", value))

    add(root, "window title", root.windowTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
            add(widget, "label", widget.text())
        elif isinstance(widget, QLabel):
            add(widget, "label", re.sub(r"<[^>]+>", " ", widget.text()))
        if isinstance(widget, QAbstractButton):
            add(widget, "button", widget.text())
        if isinstance(widget, QGroupBox):
            add(widget, "group", widget.title())
        if isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, (QTextEdit, QPlainTextEdit)):
            add(widget, "placeholder", widget.placeholderText())
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                add(widget, "choice", widget.itemText(index))
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for header in _header_texts(widget):
                add(widget, "column", header)
        if widget.toolTip():
            add(widget, "tool tip", widget.toolTip())
    if isinstance(root, QWizard):
        for page_id in root.pageIds():
            page = root.page(page_id)
            add(page, "page title", page.title())
            add(page, "page subtitle", page.subTitle())
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.menu() is not None and action.isVisible():
                texts += list(_menu_texts(action.menu(), type(root).__name__))
    return texts


def english_strings(
    root: QWidget, *, allow: Iterable[str] = (), literals: set[str] | None = None
) -> list[tuple[str, str]]:
    """The visible strings of ``root`` that are still English (see the module text)."""
    allowed = {normalise(a) for a in allow} | set(ALLOW)
    literals = ui_literals() if literals is None else literals
    return [
        (where, text)
        for where, text in visible_texts(root)
        if normalise(text) not in allowed and looks_english(text, literals)
    ]


def screens() -> list[type[QWidget]]:
    """Every window, dialog and wizard class defined in ``clientmanager.ui``."""
    import clientmanager.ui as package

    found = []
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QMainWindow)):
                found.append(cls)
    return sorted(found, key=lambda c: (c.__module__, c.__name__))
