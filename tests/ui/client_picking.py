"""Driving the one client picker (ui/client_picker.py) as a user does: type into its
search, press Enter, wait for the matches, choose one from the list with the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from clientmanager.ui.client_picker import ClientPicker

WAIT = 20_000


def choose(qtbot, combo: QComboBox, index: int) -> None:  # noqa: ANN001
    """Open the list and click the item at ``index``."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=WAIT)
    place = view.visualRect(view.model().index(index, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT)


def pick(qtbot, picker: ClientPicker, typed: str, client_id: int) -> None:  # noqa: ANN001
    """Search for ``typed`` and choose client ``client_id`` from the matches (the picker
    must not hold that client already)."""
    picker.search.clear()
    qtbot.keyClicks(picker.search, typed)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.matches.findData(client_id) >= 0, timeout=WAIT)
    if picker.client_id != client_id:
        choose(qtbot, picker.matches, picker.matches.findData(client_id))
    assert picker.client_id == client_id


def shows_whole_choice(combo: QComboBox) -> bool:
    """Whether the closed list has room for the whole of the chosen text."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()
