"""Small building blocks shared by forms: a field with its own error line, titles, hints."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError
from clientmanager.ui.i18n import error_text, service_text

logger = logging.getLogger(__name__)


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


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


def error_label(object_name: str = "formError") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.hide()
    return label


class ValidatedField(QWidget):
    """A line edit with an error message underneath, shown next to the field it is about."""

    def __init__(
        self, *, placeholder: str = "", password: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
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
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primary")
        self.ok_button.setDefault(True)
        cancel = QPushButton(QCoreApplication.translate("FormDialog", "Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok_button)
        self.body = QVBoxLayout(self)
        self.body.addWidget(page_title(title))
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addLayout(buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


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
