"""Small building blocks shared by forms: a field with its own error line, titles, hints,
buttons, button rows and the registers' table."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Self, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError
from clientmanager.ui.i18n import error_text, service_text

logger = logging.getLogger(__name__)

Shown = TypeVar("Shown")


def describe_error(error: BaseException, *, separator: str = "\n") -> str:
    """What to show a person for a failure: our own errors carry their advice; anything
    else gets a calm sentence here and its type (never its text, which may hold client
    data) in the log."""
    from clientmanager.errors import translate  # a full disk or locked file, said plainly

    if isinstance(error, ValidationError):
        return f"{service_text(error.field)}: {service_text(error.problem)}"
    known = error if isinstance(error, ClientManagerError) else translate(error)
    if known is not None:
        message, hint = error_text(known)
        return f"{message}{separator}{hint}".strip()
    logger.error("unexpected error in the desktop: %s", type(error).__name__)
    return QCoreApplication.translate(
        "LoginDialog", "Something unexpected went wrong. Nothing was changed. Please try again."
    )


# Qt has no Afrikaans catalogue for its standard buttons, so ours names them.
_STANDARD_BUTTONS = {
    "Ok": QT_TRANSLATE_NOOP("StandardButtons", "OK"),
    "Cancel": QT_TRANSLATE_NOOP("StandardButtons", "Cancel"),
    "Yes": QT_TRANSLATE_NOOP("StandardButtons", "Yes"),
    "No": QT_TRANSLATE_NOOP("StandardButtons", "No"),
    "Close": QT_TRANSLATE_NOOP("StandardButtons", "Close"),
}


def name_standard_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Give a button box's (or message box's) standard buttons our translated names."""
    if isinstance(box, QMessageBox):
        kind = QMessageBox.StandardButton
    else:
        kind = QDialogButtonBox.StandardButton
    for name, text in _STANDARD_BUTTONS.items():
        button = box.button(getattr(kind, name))
        if button is not None:
            button.setText(QCoreApplication.translate("StandardButtons", text))


_WIZARD_BUTTONS = {
    "BackButton": QT_TRANSLATE_NOOP("WizardButtons", "< &Back"),
    "NextButton": QT_TRANSLATE_NOOP("WizardButtons", "&Next >"),
    "CancelButton": QT_TRANSLATE_NOOP("WizardButtons", "Cancel"),
    "FinishButton": QT_TRANSLATE_NOOP("WizardButtons", "&Finish"),
}


def name_wizard_buttons(wizard: QWizard) -> None:
    """A wizard's Back, Next, Cancel and Finish in the interface language (Qt's own names
    would stay English, for want of an Afrikaans catalogue). Call it before naming any of
    them for a particular wizard (a Finish that says "Close", say)."""
    for name, text in _WIZARD_BUTTONS.items():
        wizard.setButtonText(
            getattr(QWizard.WizardButton, name), QCoreApplication.translate("WizardButtons", text)
        )


def close_buttons(dialog: QDialog) -> QDialogButtonBox:
    """A lone Close, in the interface language, that rejects ``dialog``."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    name_standard_buttons(buttons)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question (QMessageBox.question, with buttons in the interface language)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    name_standard_buttons(box)
    return box.exec() == QMessageBox.StandardButton.Yes


def page_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("pageTitle")
    return label


class FittedLabel(QLabel):
    """A wrapped label as tall as its text at the width it has. QFormLayout sizes a row by
    its widget's size hint, which for wrapped text is worked out at a guessed narrow width:
    a one-line sentence got three lines' height, and stood in a band of empty space."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        # Only once a layout has given it a width: a child's width before that is Qt's
        # default 100 px, which would ask for a needlessly tall window.
        if self.wordWrap() and self.testAttribute(Qt.WidgetAttribute.WA_Resized):
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def hint(text: str, *, selectable: bool = False, in_form: bool = False) -> QLabel:
    """Grey explanatory text; ``selectable`` where a path, number or status may be copied;
    ``in_form`` for a QFormLayout row, where a plain wrapped label stands too tall."""
    label = FittedLabel(text) if in_form else QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label(object_name: str = "formError") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.hide()
    return label


def result_label() -> QLabel:
    """Where a finished export or check says what it did; hidden until then, and
    selectable so that a path or count can be copied into a ticket."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def progress_bar() -> QProgressBar:
    """A long task's bar, 0 to 100 without a percentage (the status line says what it
    does), hidden until the task starts."""
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def push_button(
    text: str,
    on_click: Callable[[], object] | None = None,
    *,
    primary: bool = False,
    default: bool = False,
    tooltip: str = "",
) -> QPushButton:
    """A button as every screen makes one: ``primary`` is the stylesheet's accent, and
    ``default`` the one Enter presses."""
    button = QPushButton(text)
    if primary:
        button.setObjectName("primary")
    if default:
        button.setDefault(True)
    if tooltip:
        button.setToolTip(tooltip)
    if on_click is not None:
        button.clicked.connect(on_click)
    return button


def ask_save_path(
    parent: QWidget, title: str, suggested: str, file_filter: str = ""
) -> Path | None:
    """Where to save a file, or None if the person cancelled."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
    return Path(name) if name else None


def ask_open_path(
    parent: QWidget, title: str, start: str = "", file_filter: str = ""
) -> Path | None:
    """Which file to read, or None if the person cancelled."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, start, file_filter)
    return Path(name) if name else None


def ask_folder(parent: QWidget, title: str, start: str = "") -> Path | None:
    """Which folder to write into, or None if the person cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(folder) if folder else None


def line_edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def button_row(*items: QWidget | None) -> QHBoxLayout:
    """A row of widgets (mostly buttons) in the order given; ``None`` is the stretch that pushes what
    follows it to the right."""
    row = QHBoxLayout()
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item)
    return row


def scroll_area(content: QWidget, *, frame: bool = True, sideways: bool = True) -> QScrollArea:
    """``content`` scrolling up and down at the area's width: without a ``frame`` where it
    fills a window or tab, and never ``sideways`` where a wide field must wrap instead."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    if not frame:
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if not sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def field_row(field: QWidget, *after: QWidget) -> QHBoxLayout:
    """A field that takes the row's spare width, with what acts on it (Choose…) after it."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    for widget in after:
        row.addWidget(widget)
    return row


def add_heading(layout: QVBoxLayout, title: str, text: str = "") -> None:
    """A screen's title and the hint under it that says what the screen is for."""
    layout.addWidget(page_title(title))
    if text:
        layout.addWidget(hint(text))


def titled_layout(window: QWidget, title: str, text: str = "") -> QVBoxLayout:
    """A window's title, and its body starting with the same title and what it is for."""
    window.setWindowTitle(title)
    layout = QVBoxLayout(window)
    add_heading(layout, title, text)
    return layout


class ValidatedField(QWidget):
    """A line edit with an error message underneath, shown next to the field it is about."""

    def __init__(
        self, *, placeholder: str = "", password: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = line_edit(placeholder)
        if password:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label("fieldError")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.edit.textEdited.connect(self.clear_error)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setProperty("invalid", True)
        self._restyle()

    def clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.edit.setProperty("invalid", False)
            self._restyle()

    def has_error(self) -> bool:
        return not self.error.isHidden()

    def _restyle(self) -> None:
        style = self.edit.style()
        style.unpolish(self.edit)
        style.polish(self.edit)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_picker(day: dt.date | None = None, *, latest: dt.date | None = None) -> QDateEdit:
    """A date with a calendar pop-up and the month by name (the locale's); ``latest`` is
    the last day it offers (today, for something that has happened)."""
    edit = QDateEdit() if day is None else QDateEdit(to_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    return edit


def start_picker(start: QDateTime) -> QDateTimeEdit:
    """When a meeting starts: the day with its weekday, and the time."""
    edit = QDateTimeEdit(start)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
    return edit


def minutes_box(longest: int, suffix: str) -> QSpinBox:
    """How long a meeting lasts, in quarter hours from 15 minutes, an hour to begin with."""
    box = QSpinBox()
    box.setRange(15, longest)
    box.setSingleStep(15)
    box.setValue(60)
    box.setSuffix(suffix)
    return box


class FormDialog(QDialog):
    """A small form with a title, an error line and Cancel/OK: the registers' actions."""

    min_width = 480

    def __init__(self, title: str, ok_text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(self.min_width)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error = error_label()
        self.ok_button = push_button(ok_text, primary=True, default=True)
        cancel = push_button(QCoreApplication.translate("FormDialog", "Cancel"), self.reject)
        cancel.setAutoDefault(False)
        buttons = button_row(None, cancel, self.ok_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(page_title(title))
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def open_with(self, submit: Callable[[], object]) -> Self:
        """Open the form (window-modal) with OK calling ``submit``; the form is returned
        so that a test, or the caller, can fill it in."""
        self.ok_button.clicked.connect(submit)
        self.open()
        return self


def register_table(columns: tuple[str, ...], *, stretch: int) -> QTableWidget:
    """A read-only, row-selecting table for a register; ``stretch`` takes the spare width."""
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def table_cell(text: str, *, number: bool = False) -> QTableWidgetItem:
    """A table's cell; a ``number`` stands on the right, so that a column's figures line up."""
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def selected_of(table: QTableWidget, shown: Sequence[Shown]) -> Shown | None:
    """What the table's selected row shows, or None: nothing selected, or a row the list
    no longer holds (the table is refilled after the list changes)."""
    model = table.selectionModel()
    rows = model.selectedRows() if model is not None else []
    if not rows or rows[0].row() >= len(shown):
        return None
    return shown[rows[0].row()]


class TitledPage(QWizardPage):
    """A wizard page with its title and, under it, the sentence that says what to do there."""

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.setTitle(title)
        if subtitle:
            self.setSubTitle(subtitle)
