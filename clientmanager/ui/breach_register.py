"""The breach register (POPIA s22): record a security compromise, draft the Regulator's
notice and the letters to the people affected, and note when each was sent.

All database and file work runs on the context's worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError
from clientmanager.services import breaches
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import run_in_form
from clientmanager.ui.i18n import format_date, format_number, service_text
from clientmanager.ui.register_view import RegisterDialog
from clientmanager.ui.widgets import (
    FormDialog,
    ask_folder,
    ask_open_path,
    ask_save_path,
    button_row,
    date_picker,
    error_label,
    field_row,
    from_qdate,
    hint,
    line_edit,
    page_title,
    push_button,
    register_table,
    scroll_area,
    selected_of,
    titled_layout,
    to_qdate,
)

logger = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("BreachRegisterDialog", "No."),
    QT_TRANSLATE_NOOP("BreachRegisterDialog", "Discovered"),
    QT_TRANSLATE_NOOP("BreachRegisterDialog", "Incident"),
    QT_TRANSLATE_NOOP("BreachRegisterDialog", "People"),
    QT_TRANSLATE_NOOP("BreachRegisterDialog", "Encrypted"),
    QT_TRANSLATE_NOOP("BreachRegisterDialog", "Regulator"),
    QT_TRANSLATE_NOOP("BreachRegisterDialog", "People told"),
)
NOT_YET_COLOUR = QColor("#b03a2e")
S22_TEXT = QT_TRANSLATE_NOOP(
    "BreachRegisterDialog",
    "POPIA s22: when personal information may have been accessed or acquired by someone "
    "unauthorised, tell the Information Regulator and the people affected as soon as "
    "reasonably possible. Each letter must give the possible consequences, the measures "
    "taken, what the person can do, and who did it if known (s22(5)).",
)


def _fmt(day: dt.date | dt.datetime | None) -> str:
    return format_date(day)


class _FormDialog(FormDialog):
    min_width = 520


def _text_box(placeholder: str, height: int = 54) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setFixedHeight(height)
    box.setTabChangesFocus(True)
    return box


class BreachForm(QDialog):
    """Record a breach: everything the register and the s22(5) letters need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a security compromise"))
        self.resize(640, 720)
        today = dt.date.today()
        self.title = line_edit(self.tr("e.g. Laptop stolen from car"))
        self.description = _text_box(self.tr("What happened, where, and how it was found out"), 64)
        self.occurred_known = QCheckBox(self.tr("Known"))
        self.occurred_known.setChecked(True)
        self.occurred = date_picker(today, latest=today)
        self.occurred_known.toggled.connect(self.occurred.setEnabled)
        occurred_row = field_row(self.occurred, self.occurred_known)
        self.discovered = date_picker(today, latest=today)
        self.categories = QListWidget()
        self.categories.setFixedHeight(150)
        for category in breaches.DATA_CATEGORIES:
            item = QListWidgetItem(service_text(category))
            item.setData(Qt.ItemDataRole.UserRole, category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.categories.addItem(item)
        self.criteria = QComboBox()
        self.criteria.addItem(self.tr("Only the clients listed below"), None)
        for key, label in breaches.CRITERIA.items():
            self.criteria.addItem(service_text(label), key)
        self.client_ids = line_edit(self.tr("Client numbers, e.g. 12, 48, 301"))
        self.affected_count = QSpinBox()
        self.affected_count.setRange(0, 10_000_000)
        self.affected_count.setSpecialValueText(self.tr("Count the people linked"))
        self.encrypted = QCheckBox(
            self.tr("The information was encrypted, and the key was not lost")
        )
        self.consequences = _text_box(
            self.tr("s22(5)(a): what could happen to the people affected")
        )
        self.measures = _text_box(self.tr("s22(5)(b): what the practice did, or will do"))
        self.subject_actions = _text_box(
            self.tr("s22(5)(c): what people can do to protect themselves")
        )
        self.perpetrator = line_edit(self.tr("s22(5)(d): who did it, if known; else leave empty"))
        # SCN1 asks for these too (issue 14).
        self.discovery_manner = line_edit(
            self.tr("How it was discovered, e.g. the planner reported it")
        )
        self.subject_notice_manner = line_edit(
            self.tr("How and when the people were or will be told, e.g. letters by post on 3 Dec")
        )
        self.delay_reason = line_edit(self.tr("The reason for any delay in notifying (s22(2))"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Incident"), self.title)
        form.addRow(self.tr("What happened"), self.description)
        form.addRow(self.tr("Happened on"), occurred_row)
        form.addRow(self.tr("Discovered on"), self.discovered)
        form.addRow(self.tr("Information involved"), self.categories)
        form.addRow(self.tr("Who was affected"), self.criteria)
        form.addRow("", self.client_ids)
        form.addRow(self.tr("Number affected"), self.affected_count)
        form.addRow("", self.encrypted)
        form.addRow(self.tr("Possible consequences"), self.consequences)
        form.addRow(self.tr("Measures taken"), self.measures)
        form.addRow(self.tr("What people can do"), self.subject_actions)
        form.addRow(self.tr("Who did it"), self.perpetrator)
        form.addRow(self.tr("How it was discovered"), self.discovery_manner)
        form.addRow(self.tr("Telling the people"), self.subject_notice_manner)
        form.addRow(self.tr("Reason for any delay"), self.delay_reason)
        self._form = form
        inner = QWidget()
        inner.setLayout(form)
        scroll = scroll_area(inner, sideways=False)

        self.error = error_label()
        self.title.textEdited.connect(self.error.hide)
        self.description.textChanged.connect(self.error.hide)
        self.ok_button = push_button(self.tr("Record"), primary=True)
        self.ok_button.setAutoDefault(False)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = button_row(None, cancel, self.ok_button)
        layout = QVBoxLayout(self)
        self._page_title = page_title(self.tr("Record a security compromise"))
        layout.addWidget(self._page_title)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def fill_from(self, draft: breaches.BreachDraft) -> None:
        """Prefill from the lost-backup shortcut."""
        self.title.setText(draft.title)
        self.description.setPlainText(draft.description)
        self.occurred_known.setChecked(False)
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in draft.data_categories
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.criteria.setCurrentIndex(self.criteria.findData(draft.criteria))
        self.affected_count.setValue(draft.affected_count)
        self.encrypted.setChecked(draft.data_encrypted)
        self.consequences.setPlainText(draft.consequences)
        self.measures.setPlainText(draft.measures_taken)
        self.subject_actions.setPlainText(draft.subject_actions)

    def fill_from_view(self, entry: breaches.BreachView) -> None:
        """Edit mode: the register's facts as recorded; who was affected is changed with
        "Add affected clients…", so those fields are hidden."""
        title = self.tr("Edit breach {number}").format(number=entry.id)
        self.setWindowTitle(title)
        self._page_title.setText(title)
        self.ok_button.setText(self.tr("Save"))
        self.title.setText(entry.title)
        self.description.setPlainText(entry.description)
        self.occurred_known.setChecked(entry.occurred_on is not None)
        if entry.occurred_on is not None:
            self.occurred.setDate(to_qdate(entry.occurred_on))
        self.discovered.setDate(to_qdate(entry.discovered_at.date()))
        for row in range(self.categories.count()):
            item = self.categories.item(row)
            checked = item.text() in entry.data_categories
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        for widget in (self.criteria, self.client_ids):
            widget.hide()
            label = self._form.labelForField(widget)
            if label is not None:
                label.hide()
        self.affected_count.setValue(entry.affected_count)
        self.encrypted.setChecked(entry.data_encrypted)
        self.consequences.setPlainText(entry.consequences)
        self.measures.setPlainText(entry.measures_taken)
        self.subject_actions.setPlainText(entry.subject_actions)
        self.perpetrator.setText(entry.perpetrator or "")
        self.discovery_manner.setText(entry.discovery_manner or "")
        self.subject_notice_manner.setText(entry.subject_notice_manner or "")
        self.delay_reason.setText(entry.delay_reason or "")

    def changes(self) -> dict:
        """What update_breach takes: every editable field, the affected people aside."""
        values = self.values()
        for key in ("criteria", "client_ids"):
            values.pop(key)
        if values["affected_count"] is None:
            values.pop("affected_count")
        values["perpetrator"] = values["perpetrator"].strip() or None
        return values

    def values(self) -> dict:
        ids = []
        for part in self.client_ids.text().replace(";", ",").split(","):
            part = part.strip()
            if part:
                if not part.isdigit():
                    raise ValidationError(
                        self.tr("Client numbers"), self.tr("list the numbers separated by commas")
                    )
                ids.append(int(part))
        discovered = from_qdate(self.discovered.date())
        return {
            "title": self.title.text(),
            "description": self.description.toPlainText(),
            "occurred_on": from_qdate(self.occurred.date())
            if self.occurred_known.isChecked()
            else None,
            "discovered_at": dt.datetime.combine(discovered, dt.time(12)),
            "data_categories": [
                self.categories.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.categories.count())
                if self.categories.item(row).checkState() == Qt.CheckState.Checked
            ],
            "criteria": self.criteria.currentData(),
            "client_ids": ids or None,
            "affected_count": self.affected_count.value() or None,
            "data_encrypted": self.encrypted.isChecked(),
            "consequences": self.consequences.toPlainText(),
            "measures_taken": self.measures.toPlainText(),
            "subject_actions": self.subject_actions.toPlainText(),
            "perpetrator": self.perpetrator.text(),
            "discovery_manner": self.discovery_manner.text(),
            "subject_notice_manner": self.subject_notice_manner.text(),
            "delay_reason": self.delay_reason.text(),
        }


class NotifiedDialog(_FormDialog):
    def __init__(self, breach: breaches.BreachView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Regulator notified: breach {number}").format(number=breach.id),
            self.tr("Save"),
            parent,
        )
        self.when = date_picker(dt.date.today())
        self.reference = line_edit(self.tr("The reference the eServices portal gave"))
        self.form.addRow(self.tr("Notified on"), self.when)
        self.form.addRow(self.tr("Reference"), self.reference)


class AffectedDialog(_FormDialog):
    """Link more affected people to a breach: chosen by number, or everyone matching."""

    def __init__(self, breach: breaches.BreachView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add affected clients: breach {id}").format(id=breach.id),
            self.tr("Add"),
            parent,
        )
        self.client_ids = line_edit(self.tr("Client numbers, e.g. 12, 48, 301"))
        self.criteria = QComboBox()
        self.criteria.addItem(self.tr("Only the clients listed"), None)
        for key, label in breaches.CRITERIA.items():
            self.criteria.addItem(service_text(label), key)
        self.form.addRow(self.tr("Clients"), self.client_ids)
        self.form.addRow(self.tr("Or everyone"), self.criteria)
        linked = self.tr("{count} people are linked now.").format(
            count=format_number(breach.linked_people)
        )
        self.form.addRow("", hint(linked, in_form=True))

    def values(self) -> tuple[list[int] | None, str | None]:
        ids = []
        for part in self.client_ids.text().replace(";", ",").split(","):
            part = part.strip()
            if part:
                if not part.isdigit():
                    raise ValidationError("Client numbers", "list the numbers separated by commas")
                ids.append(int(part))
        criteria = self.criteria.currentData()
        if not ids and criteria is None:
            raise ValidationError("Clients", "list client numbers, or choose who was affected")
        return ids or None, criteria


class BreachRegisterDialog(RegisterDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.entries: list[breaches.BreachView] = []
        self.loaded = False
        context.changed.connect(self._changed_elsewhere)
        self.resize(1000, 600)

        self.summary = hint(self.tr("Loading…"))
        self.table = register_table(
            tuple(QCoreApplication.translate("BreachRegisterDialog", c) for c in COLUMNS), stretch=2
        )
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.details = hint("", selectable=True)
        self.status = hint("")
        self.error = error_label()

        self.new_button = push_button(self.tr("Record breach…"), self.new_breach, primary=True)
        self.lost_backup_button = push_button(self.tr("Lost backup drive…"), self._choose_manifest)
        self.notice_button = push_button(
            self.tr("Draft Regulator notice…"), self._choose_notice_path
        )
        self.letters_button = push_button(self.tr("Draft letters…"), self._choose_letters_folder)
        self.regulator_button = push_button(
            self.tr("Regulator notified…"), self.mark_regulator_notified
        )
        self.people_button = push_button(self.tr("People notified"), self.mark_people_notified)
        self.edit_button = push_button(self.tr("Edit…"), self.edit_breach)
        self.affected_button = push_button(self.tr("Add affected clients…"), self.add_affected)
        close = push_button(self.tr("Close"), self.accept)
        # Two rows (recording, then telling people): the longer Afrikaans labels would
        # not fit 1366 pixels in one.
        buttons = QVBoxLayout()
        record_row, notify_row = QHBoxLayout(), QHBoxLayout()
        for row, row_buttons in (
            (record_row, (self.new_button, self.lost_backup_button)),
            (
                notify_row,
                (
                    self.notice_button,
                    self.letters_button,
                    self.regulator_button,
                    self.people_button,
                ),
            ),
        ):
            for button in row_buttons:
                button.setAutoDefault(False)
                row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)
        close.setAutoDefault(False)
        record_row.addWidget(close)
        entry_buttons = QHBoxLayout()
        for button in (self.edit_button, self.affected_button):
            button.setAutoDefault(False)
            entry_buttons.addWidget(button)
        entry_buttons.addStretch(1)

        layout = titled_layout(
            self,
            self.tr("Breach register"),
            QCoreApplication.translate("BreachRegisterDialog", S22_TEXT),
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(entry_buttons)
        layout.addLayout(buttons)
        self._selection_changed()
        self.refresh()

    # --- loading ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        self.run_work(lambda s, actor: breaches.list_breaches(s, actor=actor), self._show)

    def _show(self, entries: list[breaches.BreachView]) -> None:
        selected = self.selected_breach()
        self.entries = entries
        self.table.setRowCount(len(entries))
        not_yet = self.tr("Not yet")
        for row, entry in enumerate(entries):
            values = (
                str(entry.id),
                _fmt(entry.discovered_at),
                entry.title,
                format_number(entry.affected_count),
                self.tr("Yes") if entry.data_encrypted else self.tr("No"),
                _fmt(entry.regulator_notified_at) or not_yet,
                _fmt(entry.subjects_notified_at) or not_yet,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if text == not_yet:
                    item.setForeground(QBrush(NOT_YET_COLOUR))
                self.table.setItem(row, column, item)
        waiting = sum(1 for e in entries if e.regulator_notified_at is None)
        recorded = (
            self.tr("{count} incident recorded")
            if len(entries) == 1
            else self.tr("{count} incidents recorded")
        ).format(count=len(entries))
        if waiting:
            self.summary.setText(
                self.tr("{recorded}; {waiting} not yet reported to the Regulator.").format(
                    recorded=recorded, waiting=waiting
                )
            )
        else:
            self.summary.setText(self.tr("{recorded}.").format(recorded=recorded))
        if selected is not None:
            for row, entry in enumerate(entries):
                if entry.id == selected.id:
                    self.table.selectRow(row)
        elif entries:
            self.table.selectRow(0)
        self.loaded = True
        self._selection_changed()

    def selected_breach(self) -> breaches.BreachView | None:
        return selected_of(self.table, self.entries)

    def _selection_changed(self) -> None:
        entry = self.selected_breach()
        actor = self.context.practice.actor if self.context.is_unlocked else None
        may_edit = allows(actor, Permission.REGISTERS_EDIT)
        self.new_button.setEnabled(may_edit)
        self.lost_backup_button.setEnabled(may_edit)
        for button in (
            self.notice_button,
            self.letters_button,
            self.regulator_button,
            self.people_button,
            self.edit_button,
            self.affected_button,
        ):
            button.setEnabled(may_edit and entry is not None)
        if entry is None:
            self.details.setText(self.tr("Select an incident to see its details."))
            return
        missing = self.tr("<i>not recorded</i>")
        lines = [f"<b>{entry.title}</b> — {entry.description}"]
        if entry.data_categories:
            lines.append(
                self.tr("Information: {categories}").format(
                    categories="; ".join(service_text(c) for c in entry.data_categories)
                )
            )
        lines.append(
            self.tr("Possible consequences: {text}").format(text=entry.consequences or missing)
        )
        lines.append(self.tr("Measures taken: {text}").format(text=entry.measures_taken or missing))
        lines.append(
            self.tr("What people can do: {text}").format(text=entry.subject_actions or missing)
        )
        lines.append(
            self.tr("Who did it: {text}").format(text=entry.perpetrator or self.tr("not known"))
        )
        if entry.regulator_reference:
            lines.append(
                self.tr("Regulator's reference: {text}").format(text=entry.regulator_reference)
            )
        self.details.setText("<br>".join(lines))

    # --- actions ----------------------------------------------------------------------

    @Slot()
    def new_breach(self, draft: breaches.BreachDraft | None = None) -> BreachForm:
        dialog = BreachForm(self)
        if draft is not None:
            dialog.fill_from(draft)

        return self._open_form(dialog, dialog.values, breaches.record_breach)

    def _open_form(
        self, dialog: BreachForm, read: Callable[[], dict], save: Callable[..., Any]
    ) -> BreachForm:
        """Open the incident form; OK reads it (a field the form refuses is shown in it)
        and saves it with ``save(session, actor=..., **values)``."""

        def submit() -> None:
            try:
                values = read()
            except ValidationError as exc:
                dialog.show_error(str(exc))
                return
            self.run_form(dialog, lambda s, actor: save(s, actor=actor, **values).id)

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        return dialog

    def new_breach_from_manifest(self, manifest: Path) -> BreachForm | None:
        try:
            draft = breaches.draft_from_backup_manifest(manifest, lost_on=dt.date.today())
        except ClientManagerError as exc:
            self._show_error(exc)
            return None
        return self.new_breach(draft)

    def _choose_manifest(self) -> None:
        chosen = ask_open_path(
            self,
            self.tr("The lost backup's manifest"),
            "",
            self.tr("Backup manifest (manifest.json)"),
        )
        if chosen is not None:
            self.new_breach_from_manifest(chosen)

    def _choose_notice_path(self) -> None:
        entry = self.selected_breach()
        if entry is None:
            return
        chosen = ask_save_path(
            self,
            self.tr("Save the Regulator notice"),
            f"breach-{entry.id}-regulator-notice.pdf",
            "PDF (*.pdf)",
        )
        if chosen is not None:
            self.draft_notice_to(chosen)

    def _choose_letters_folder(self) -> None:
        if self.selected_breach() is None:
            return
        chosen = ask_folder(self, self.tr("Folder for the letters"))
        if chosen is not None:
            self.draft_letters_to(chosen)

    def _report(self, message: str) -> None:
        self.error.hide()
        self.status.setText(message)

    def _draft_for_selected(
        self, write: Callable[..., object], report: Callable[[Any], str]
    ) -> None:
        """Write a document about the selected breach, dated today, and say what was saved."""
        entry = self.selected_breach()
        if entry is None:
            return
        today = dt.date.today()
        self.run_work(
            lambda s, actor: write(s, actor=actor, breach_id=entry.id, today=today),
            lambda written: self._report(report(written)),
        )

    def draft_notice_to(self, path: Path) -> None:
        self._draft_for_selected(
            partial(breaches.write_regulator_notice, path=path),
            lambda written: self.tr("Regulator notice saved: {path}").format(path=written),
        )

    def draft_letters_to(self, folder: Path) -> None:
        self._draft_for_selected(
            partial(breaches.write_letters, folder=folder),
            lambda written: (
                self.tr("{count} letter saved in {folder}.")
                if len(written) == 1
                else self.tr("{count} letters saved in {folder}.")
            ).format(count=len(written), folder=folder),
        )

    @Slot()
    def edit_breach(self) -> BreachForm | None:
        entry = self.selected_breach()
        if entry is None:
            return None
        dialog = BreachForm(self)
        dialog.fill_from_view(entry)
        return self._open_form(
            dialog, dialog.changes, partial(breaches.update_breach, breach_id=entry.id)
        )

    @Slot()
    def add_affected(self) -> AffectedDialog | None:
        entry = self.selected_breach()
        if entry is None:
            return None
        dialog = AffectedDialog(entry, self)

        def submit() -> None:
            try:
                client_ids, criteria = dialog.values()
            except ValidationError as exc:
                dialog.show_error(str(exc))
                return

            def done(added: int) -> None:
                self.status.setText(
                    self.tr("Breach {number}: {count} more affected people linked.").format(
                        number=entry.id, count=added
                    )
                )
                self._changed()

            actor = self.context.practice.actor
            run_in_form(
                dialog,
                self.context,
                lambda s: breaches.add_affected(
                    s, actor=actor, breach_id=entry.id, client_ids=client_ids, criteria=criteria
                ),
                on_done=done,
            )

        return dialog.open_with(submit)

    @Slot()
    def mark_regulator_notified(self) -> NotifiedDialog | None:
        entry = self.selected_breach()
        if entry is None:
            return None
        dialog = NotifiedDialog(entry, self)

        def submit() -> None:
            day = from_qdate(dialog.when.date())
            reference = dialog.reference.text()
            self.run_form(
                dialog,
                lambda s, actor: (
                    breaches.mark_regulator_notified(
                        s,
                        actor=actor,
                        breach_id=entry.id,
                        at=dt.datetime.combine(day, dt.time(12)),
                        reference=reference,
                    ).id
                ),
            )

        return dialog.open_with(submit)

    @Slot()
    def mark_people_notified(self) -> None:
        entry = self.selected_breach()
        if entry is None:
            return
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)

        self.run_work(
            lambda s, actor: (
                breaches.mark_subjects_notified(s, actor=actor, breach_id=entry.id, at=now).id
            )
        )
