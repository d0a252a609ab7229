"""Forms built from the services' field descriptions, with inline errors, and the helpers
every desktop screen uses to run database work off the UI thread."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.client_fields import FieldSpec
from clientmanager.services import client_records as records
from clientmanager.services.client_records import InvalidInput, StaleRecord
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext
from clientmanager.ui.i18n import error_text, service_text
from clientmanager.ui.operations import Changes, run_operation
from clientmanager.ui.widgets import (
    close_buttons,
    describe_error,
    error_label,
    hint,
    name_standard_buttons,
    scroll_area,
)

logger = logging.getLogger(__name__)
# lupdate reads the translate("RecordForms", ...) calls.
translate = QCoreApplication.translate

PLACEHOLDERS = {
    "date": QT_TRANSLATE_NOOP("RecordForms", "YYYY-MM-DD"),
    "amount": QT_TRANSLATE_NOOP("RecordForms", "e.g. 1 250 000.00"),
    "sa_id": QT_TRANSLATE_NOOP("RecordForms", "13 digits"),
    "phone": QT_TRANSLATE_NOOP("RecordForms", "e.g. 082 123 4567"),
    "email": "name@example.co.za",
    "percent": QT_TRANSLATE_NOOP("RecordForms", "0 to 100"),
    "rate": QT_TRANSLATE_NOOP("RecordForms", "e.g. 11.75"),
}


def name_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Standard buttons in the interface language: Qt ships no Afrikaans catalogue, and
    ui/widgets.py names OK, Cancel, Yes, No and Close; Save and Discard are named here."""
    name_standard_buttons(box)
    if isinstance(box, QMessageBox):
        kind = QMessageBox.StandardButton
    else:
        kind = QDialogButtonBox.StandardButton
    for which, text in (
        (kind.Save, translate("RecordForms", "Save")),
        (kind.Discard, translate("RecordForms", "Discard")),
    ):
        button = box.button(which)
        if button is not None:
            button.setText(text)


def accept_cancel_buttons(
    dialog: QDialog, on_accept: Callable[[], object], *, save: bool = False
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (or Save) and Cancel in the interface language: the first calls ``on_accept`` and
    Cancel rejects ``dialog``. The first is returned too, to be renamed or disabled."""
    kind = QDialogButtonBox.StandardButton
    accept = kind.Save if save else kind.Ok
    buttons = QDialogButtonBox(accept | kind.Cancel)
    name_buttons(buttons)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, buttons.button(accept)


def field_message(message: str) -> str:
    """A service's "Label: problem." beside a field, in the interface language: the label
    and the common problems are in the ServiceText list; anything else is shown as it is."""
    label, sep, problem = message.partition(": ")
    if not sep:
        return service_text(message)
    return "{}: {}.".format(service_text(label), service_text(problem.rstrip(".")))


def invalid_input_text(error: InvalidInput) -> str:
    """The summary under a form that has fields in red."""
    count = len(error.errors)
    summary = (
        translate("RecordForms", "One field needs attention.")
        if count == 1
        else translate("RecordForms", "{count} fields need attention.").format(count=count)
    )
    return summary + " " + service_text(error.hint)


def describe(error: BaseException) -> str:
    """What to tell a person about a failure, with the advice as its own paragraph."""
    return describe_error(error, separator="\n\n")


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or translate("RecordForms", "Not done"), describe(error))


class DateInput(QDateEdit):
    """A date typed as YYYY-MM-DD or picked from a calendar; it may be left empty (the
    minimum date stands for "no date" and shows blank)."""

    EMPTY = QDate(1899, 12, 31)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(self.EMPTY)
        self.setMaximumDate(QDate(2200, 12, 31))
        self.setSpecialValueText(" ")
        self.setDate(self.EMPTY)
        # An empty date would open the calendar in December 1899: open it at this month.
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802
        if (
            watched is self.calendarWidget()
            and event.type() == QEvent.Type.Show
            and self.date() == self.EMPTY
        ):
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def text_value(self) -> str:
        return "" if self.date() == self.EMPTY else self.date().toString("yyyy-MM-dd")

    def set_text_value(self, text: str) -> None:
        date = QDate.fromString(text.strip(), "yyyy-MM-dd") if text else QDate()
        self.setDate(date if date.isValid() and date > self.EMPTY else self.EMPTY)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802
        # Delete or Backspace on a whole selection empties the date.
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.setDate(self.EMPTY)
            return
        super().keyPressEvent(event)


class FormField(QWidget):
    """One input with its error message underneath, for a :class:`FieldSpec`."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        if spec.choices:
            self.input: QWidget = QComboBox()
            # Long choices (a lawful basis, in Afrikaans too) must not widen the form past
            # the dialog; the open list still shows them in full.
            self.input.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            self.input.setMinimumContentsLength(16)
            if not spec.required:
                self.input.addItem("", "")
            for value, label in spec.choices:
                self.input.addItem(service_text(label), value)
            self.input.currentIndexChanged.connect(self._on_edit)
        elif spec.kind == "date":
            self.input = DateInput()
            self.input.dateChanged.connect(self._on_edit)
        elif spec.kind == "multiline":
            self.input = QPlainTextEdit()
            self.input.setTabChangesFocus(True)
            self.input.setMinimumHeight(70)
            self.input.setMaximumHeight(120)
            self.input.textChanged.connect(self._on_edit)
        else:
            self.input = QLineEdit()
            placeholder = PLACEHOLDERS.get(spec.kind, "")
            self.input.setPlaceholderText(
                translate("RecordForms", placeholder) if placeholder else ""
            )
            self.input.textEdited.connect(self._on_edit)
            if spec.kind in ("amount", "percent", "rate", "int"):
                self.input.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.input.setObjectName(f"field_{spec.key}")
        self.error = error_label("fieldError")
        layout.addWidget(self.input)
        layout.addWidget(self.error)
        self.setFocusProxy(self.input)
        self._loading = False

    def _on_edit(self, *_args: object) -> None:
        if not self._loading:
            self.clear_error()
            self.edited.emit()

    def value(self) -> str:
        if isinstance(self.input, DateInput):
            return self.input.text_value()
        if isinstance(self.input, QComboBox):
            return str(self.input.currentData() or "")
        if isinstance(self.input, QPlainTextEdit):
            return self.input.toPlainText()
        return self.input.text()

    def set_value(self, value: str) -> None:
        self._loading = True
        try:
            if isinstance(self.input, DateInput):
                self.input.set_text_value(value or "")
            elif isinstance(self.input, QComboBox):
                index = self.input.findData(value or "")
                if index < 0 and value:
                    # A value the choices do not know (older data): keep it, never lose it.
                    self.input.addItem(value.replace("_", " ").capitalize(), value)
                    index = self.input.count() - 1
                self.input.setCurrentIndex(max(index, 0))
            elif isinstance(self.input, QPlainTextEdit):
                self.input.setPlainText(value or "")
            else:
                self.input.setText(value or "")
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        if isinstance(self.input, DateInput):
            self.input.setReadOnly(read_only)
            self.input.setCalendarPopup(not read_only)
        elif isinstance(self.input, QComboBox):
            self.input.setEnabled(not read_only)
        else:
            self.input.setReadOnly(read_only)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.input.setProperty("invalid", True)
        self._restyle()

    def clear_error(self) -> None:
        if not self.error.isHidden():
            self.error.hide()
            self.input.setProperty("invalid", False)
            self._restyle()

    def has_error(self) -> bool:
        return not self.error.isHidden()

    def _restyle(self) -> None:
        self.input.style().unpolish(self.input)
        self.input.style().polish(self.input)


class SpecForm(QWidget):
    """A form of :class:`FormField` rows; knows whether the user changed anything."""

    changed = Signal()

    def __init__(self, specs: Iterable[FieldSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.layout_.setHorizontalSpacing(14)
        self.layout_.setVerticalSpacing(6)
        self.fields: dict[str, FormField] = {}
        self.loaded: dict[str, str] = {}
        self.dirty = False
        for spec in specs:
            self.add_field(spec)

    def add_field(self, spec: FieldSpec) -> FormField:
        widget = FormField(spec)
        # Field labels are in the ServiceText list (ui/i18n.py).
        label = QLabel(service_text(spec.label) + (" *" if spec.required else ""))
        label.setObjectName("fieldLabel")
        label.setBuddy(widget.input)
        self.layout_.addRow(label, widget)
        widget.edited.connect(self._mark_dirty)
        self.fields[spec.key] = widget
        return widget

    def _mark_dirty(self) -> None:
        self.dirty = True
        self.changed.emit()

    def values(self) -> dict[str, str]:
        return {key: field.value() for key, field in self.fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_value(values.get(key, field.spec.default))
            field.clear_error()
        self.loaded = self.values()  # what a stale save compares against
        self.dirty = False

    def show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for key, message in errors.items():
            field = self.fields.get(key)
            if field is not None:
                field.show_error(field_message(message))
                first = first or field
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.clear_error()

    def has_errors(self) -> bool:
        return any(field.has_error() for field in self.fields.values())

    def set_read_only(self, read_only: bool, *, except_keys: Iterable[str] = ()) -> None:
        keep = set(except_keys)
        for key, field in self.fields.items():
            field.set_read_only(read_only and key not in keep)


class StaleRecordBox(QMessageBox):
    """Someone else saved the record first: say what changed and offer to reload. The
    form is never saved over their change."""

    def __init__(self, parent: QWidget, error: StaleRecord, on_reload: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("RecordForms", "Changed by someone else"))
        self.setText(error_text(error)[0])
        empty = translate("RecordForms", "(empty)")
        lines = [
            f"{service_text(label)}: {value or empty}" for label, value in error.changes.values()
        ]
        changed = (
            translate("RecordForms", "They changed:") + "\n" + "\n".join(lines) + "\n\n"
            if lines
            else ""
        )
        self.setInformativeText(
            changed
            + translate(
                "RecordForms",
                "Reload to see their version; what you typed here is then discarded, so copy "
                "anything you need first. Nothing of yours was saved.",
            )
        )
        self.reload_button = self.addButton(
            translate("RecordForms", "Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.addButton(
            translate("RecordForms", "Keep my typing"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.reload_button)
        self._on_reload = on_reload
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.reload_button:
            self._on_reload()


def confirm_discard(parent: QWidget, what: str | None = None) -> QMessageBox.StandardButton:
    """Ask what to do with unsaved changes: Save, Discard or Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    what = what or translate("RecordForms", "your changes")
    box.setWindowTitle(translate("RecordForms", "Unsaved changes"))
    box.setText(translate("RecordForms", "Save {what} before closing?").format(what=what))
    box.setInformativeText(translate("RecordForms", "If you don't save, the changes are lost."))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    name_buttons(box)
    return QMessageBox.StandardButton(box.exec())


class RecordDialog(QDialog):
    """Add or edit one sub-record (a policy, an asset, a note...) of a client.

    Saving runs on the database thread; if the service rejects a field the message
    appears beside it and everything typed stays in the form.
    """

    saved = Signal(int)
    stale_reloaded = Signal()

    def __init__(
        self,
        context: AppContext,
        kind_key: str,
        *,
        client_id: int,
        record: object | None = None,
        read_only: bool = False,
        read_only_reason: str = "",
        specs: tuple[FieldSpec, ...] | None = None,
        save: Callable[[Any, Any, dict[str, str]], int] | None = None,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind_key = kind_key
        self.client_id = client_id
        self.record_id = getattr(record, "id", None)
        self.version = getattr(record, "version", None)
        self.stale_box: StaleRecordBox | None = None
        self._save = save
        kind = records.RECORD_KINDS.get(kind_key)
        specs = specs if specs is not None else kind.fields
        noun = service_text(kind.title if kind else kind_key.replace("_", " "))
        if title is None:
            title = (
                translate("RecordForms", "Edit {noun}").format(noun=noun)
                if record is not None
                else translate("RecordForms", "Add {noun}").format(noun=noun)
            )
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        if read_only_reason:
            banner = QLabel(read_only_reason)
            banner.setObjectName("lockedBanner")
            banner.setWordWrap(True)
            layout.addWidget(banner)
        self.form = SpecForm(specs)
        if record is not None and kind is not None:
            self.form.set_values(records.record_form_values(kind_key, record))
        else:
            self.form.set_values({spec.key: spec.default for spec in specs})
        layout.addWidget(scroll_area(self.form, frame=False), 1)
        self.form_error = error_label()
        layout.addWidget(self.form_error)
        self.read_only = read_only
        if read_only:
            self.form.set_read_only(True)
            buttons = close_buttons(self)
        else:
            layout.addWidget(hint(translate("RecordForms", "Fields marked * are required.")))
            buttons, self.save_button = accept_cancel_buttons(self, self.save, save=True)
            self.save_button.setDefault(True)
        layout.addWidget(buttons)
        self._fit_to_screen(grow=any(spec.kind == "multiline" for spec in specs))
        if kind_key == "note":
            kind_box = self.form.fields["kind"].input
            actor = context.practice.actor if context.is_unlocked else None
            if not allows(actor, Permission.ADVICE_EDIT) and kind_box.currentData() != "advice":
                # Notes and calls, yes; a record of advice is a planner's (FAIS).
                kind_box.removeItem(kind_box.findData("advice"))
            kind_box.currentIndexChanged.connect(self._show_advice_fields)
            self._show_advice_fields()

    def _fit_to_screen(self, *, grow: bool) -> None:
        """Layouts, not fixed sizes: long text boxes get the room the screen has (a record
        of advice has six), and the dialog never leaves a 1366×768 screen."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        self.setMaximumSize(available.size())
        if grow:
            for field in self.form.fields.values():
                if field.spec.kind == "multiline":
                    field.input.setMaximumHeight(16_777_215)
                    field.input.setMinimumHeight(60)
            self.resize(
                min(max(520, int(available.width() * 0.55)), available.width()),
                int(available.height() * 0.85),
            )
        else:
            self.resize(
                min(560, available.width()), min(self.sizeHint().height(), available.height())
            )

    def _show_advice_fields(self, *_args: object) -> None:
        advice = self.form.fields["kind"].value() == "advice"
        for key in records.ADVICE_FIELDS:
            field = self.form.fields[key]
            field.setVisible(advice)
            self.form.layout_.labelForField(field).setVisible(advice)

    def save(self) -> None:
        if self.read_only:
            return
        values = self.form.values()
        self.form.clear_errors()
        self.form_error.hide()
        self.save_button.setEnabled(False)
        kind_key, client_id, record_id = self.kind_key, self.client_id, self.record_id
        custom, version, loaded = self._save, self.version, dict(self.form.loaded)

        def work(session, actor):  # noqa: ANN001, ANN202
            if custom is not None:
                return custom(session, actor, values)
            return records.save_record(
                session,
                actor,
                kind_key,
                client_id=client_id,
                values=values,
                record_id=record_id,
                version=version,
                loaded=loaded,
            )

        # What a record form saves is part of a client: the lists and the record refresh.
        run_operation(
            self,
            self.context,
            work,
            on_done=self._saved,
            on_error=self._failed,
            changes=Changes.CLIENTS,
        )

    def _saved(self, record_id: int) -> None:
        self.save_button.setEnabled(True)
        self.form.dirty = False
        self.saved.emit(record_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, StaleRecord):
            self.stale_box = StaleRecordBox(self, error, self._reload_stale)
            self.stale_box.open()
            return
        if isinstance(error, InvalidInput):
            self.form.show_errors(error.errors)
            self.form_error.setText(invalid_input_text(error))
        else:
            self.form_error.setText(describe(error).replace("\n\n", " "))
        self.form_error.show()

    def _reload_stale(self) -> None:
        self.form.dirty = False
        self.stale_reloaded.emit()
        super().reject()

    def reject(self) -> None:
        if not self.read_only and self.form.dirty:
            answer = confirm_discard(self)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
        super().reject()
