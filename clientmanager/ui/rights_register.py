"""The rights register (POPIA data-subject requests): list, record, extend, complete.

Due dates follow PAIA s56 (30 days) and s57 (one extension of up to 30 days); overdue
requests are shown in red. All database work runs on the context's worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services.subject_requests import (
    MAX_EXTENSION_DAYS,
    REQUEST_KINDS,
    RequestView,
    complete_request,
    extend_request,
    list_requests,
    open_request,
)
from clientmanager.ui.context import AppContext
from clientmanager.ui.widgets import (
    FormDialog,
    describe_error,
    error_label,
    from_qdate,
    hint,
    page_title,
    register_table,
    to_qdate,
)

logger = logging.getLogger(__name__)

OVERDUE_COLOUR = QColor("#b03a2e")
DELETION_NOTE = (
    "A deletion request is recorded and handed to the retention review. Nothing is deleted "
    "now: records that FAIS or FICA require (records of advice, product records, identity "
    "documents) are kept, restricted to that purpose, until their 5-year period ends."
)
COLUMNS = ("No.", "Received", "Client", "Request", "Requested by", "Identity", "Due", "Status")


def _fmt(day: dt.date | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


class _FormDialog(FormDialog):
    min_width = 460


class NewRequestDialog(_FormDialog):
    def __init__(self, client_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__("New data-subject request", "Record request", parent)
        self.client = QSpinBox()
        self.client.setRange(0, 2_000_000_000)
        self.client.setSpecialValueText("(not linked to a client)")
        self.client.setValue(client_id or 0)
        self.kind = QComboBox()
        for key, label in REQUEST_KINDS.items():
            self.kind.addItem(label, key)
        self.requested_by = QLineEdit()
        self.requested_by.setPlaceholderText("The person, or who asked on their behalf")
        self.received = QDateEdit(to_qdate(dt.date.today()))
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("d MMM yyyy")
        self.received.setMaximumDate(to_qdate(dt.date.today()))
        self.verification = QLineEdit()
        self.verification.setPlaceholderText("e.g. ID book seen in person; leave empty if not yet")
        self.details = QPlainTextEdit()
        self.details.setFixedHeight(70)
        self.due_hint = hint("")
        self.deletion_note = hint(DELETION_NOTE)
        self.deletion_note.setObjectName("hint")
        self.form.addRow("Client number", self.client)
        self.form.addRow("Request", self.kind)
        self.form.addRow("Requested by", self.requested_by)
        self.form.addRow("Received on", self.received)
        self.form.addRow("Identity verified by", self.verification)
        self.form.addRow("Details", self.details)
        self.body.insertWidget(2, self.due_hint)
        self.body.insertWidget(3, self.deletion_note)
        self.kind.currentIndexChanged.connect(self._update_hints)
        self.received.dateChanged.connect(self._update_hints)
        self._update_hints()

    def _update_hints(self) -> None:
        due = from_qdate(self.received.date()) + dt.timedelta(days=30)
        self.due_hint.setText(
            f"Due by {_fmt(due)}: 30 days from receipt (PAIA s56), with one extension of up "
            "to 30 days allowed (s57)."
        )
        self.deletion_note.setVisible(self.kind.currentData() == "deletion")

    def values(self) -> dict:
        return {
            "client_id": self.client.value() or None,
            "kind": self.kind.currentData(),
            "requested_by": self.requested_by.text(),
            "received_on": from_qdate(self.received.date()),
            "identity_verification": self.verification.text().strip() or None,
            "details": self.details.toPlainText().strip() or None,
        }


class ExtendDialog(_FormDialog):
    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(f"Extend request {request.id}", "Extend", parent)
        self.request = request
        self.days = QSpinBox()
        self.days.setRange(1, MAX_EXTENSION_DAYS)
        self.days.setValue(MAX_EXTENSION_DAYS)
        self.days.setSuffix(" days")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("Why more time is needed; the person must be told")
        self.new_due = hint("")
        self.form.addRow("Extend by", self.days)
        self.form.addRow("Reason", self.reason)
        self.body.insertWidget(2, self.new_due)
        self.body.insertWidget(
            3, hint("PAIA s57 allows one extension of up to 30 days. Tell the person in writing.")
        )
        self.days.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        new_due = self.request.due_on + dt.timedelta(days=self.days.value())
        self.new_due.setText(f"Now due {_fmt(self.request.due_on)}; new due date {_fmt(new_due)}.")


class CompleteDialog(_FormDialog):
    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(f"Complete request {request.id}", "Complete", parent)
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText("What was done, and when the person was told")
        self.outcome.setFixedHeight(90)
        self.refused = QCheckBox("The request was refused (give the reason above)")
        self.form.addRow("Outcome", self.outcome)
        self.form.addRow("", self.refused)
        if request.kind == "deletion":
            self.body.insertWidget(2, hint(DELETION_NOTE))


class RightsRegisterDialog(QDialog):
    register_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.requests: list[RequestView] = []
        self.setWindowTitle("Rights register")
        self.resize(980, 560)

        self.summary = hint("Loading…")
        self.show_closed = QCheckBox("Show completed and refused requests")
        self.show_closed.setChecked(True)
        self.show_closed.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_closed)

        self.table = register_table(COLUMNS, stretch=3)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("hint")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()

        self.new_button = QPushButton("New request…")
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_request)
        self.extend_button = QPushButton("Extend…")
        self.extend_button.clicked.connect(self.extend_selected)
        self.complete_button = QPushButton("Complete…")
        self.complete_button.clicked.connect(self.complete_selected)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title("Rights register"))
        layout.addWidget(
            hint(
                "Requests from data subjects under POPIA: access (s23), correction and deletion "
                "(s24), objection (s11(3)), restriction and direct-marketing opt-outs (s69). "
                "Each must be answered within 30 days (PAIA s56)."
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._selection_changed()
        self.refresh()

    # --- loading ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        practice = self.context.practice
        include_closed = self.show_closed.isChecked()

        def work() -> list[RequestView]:
            with practice.session() as session:
                return list_requests(session, actor=practice.actor, include_closed=include_closed)

        self.context.tasks.submit(work, on_done=self._show, on_error=self._show_error)

    def _show(self, requests: list[RequestView]) -> None:
        selected = self.selected_request()
        self.requests = requests
        today = dt.date.today()
        self.table.setRowCount(len(requests))
        bold = QFont()
        bold.setBold(True)
        overdue_count = 0
        for row, request in enumerate(requests):
            overdue = request.is_overdue(today)
            overdue_count += overdue
            due = _fmt(request.effective_due) + (" (extended)" if request.extended_to else "")
            status = "Overdue" if overdue else request.status_label
            values = (
                str(request.id),
                _fmt(request.received_on),
                request.client_name or "—",
                request.kind_label,
                request.requested_by,
                _fmt(request.identity_verified_on) if request.identity_verified_on else "Not yet",
                due,
                status,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if overdue:
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                    if column in (6, 7):
                        item.setFont(bold)
                self.table.setItem(row, column, item)
        open_count = sum(1 for r in requests if r.status == "open")
        self.summary.setText(
            f"{open_count} open request{'s' if open_count != 1 else ''}"
            + (f", {overdue_count} overdue" if overdue_count else "")
            + "."
        )
        if selected is not None:
            for row, request in enumerate(requests):
                if request.id == selected.id:
                    self.table.selectRow(row)
        self._selection_changed()

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(describe_error(error))
        self.error.show()

    # --- selection ----------------------------------------------------------------------

    def selected_request(self) -> RequestView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.requests):
            return None
        return self.requests[rows[0].row()]

    def _selection_changed(self) -> None:
        request = self.selected_request()
        is_open = request is not None and request.status == "open"
        self.extend_button.setEnabled(is_open and request.can_extend)
        self.complete_button.setEnabled(is_open)
        if request is None:
            self.details.setText("Select a request to see its details.")
            return
        lines = [f"<b>Request {request.id}: {request.kind_label}</b>"]
        if request.identity_verification:
            lines.append(f"Identity: {request.identity_verification}")
        if request.details:
            lines.append(f"Details: {request.details}")
        if request.extended_to:
            lines.append(
                f"Extended from {_fmt(request.due_on)} to {_fmt(request.extended_to)}: "
                f"{request.extension_reason}"
            )
        if request.outcome:
            lines.append("Outcome: " + request.outcome.replace("\n", "<br>"))
        self.details.setText("<br>".join(lines))

    # --- actions ------------------------------------------------------------------------

    def _run(self, work, dialog: _FormDialog) -> None:  # noqa: ANN001
        """Run ``work`` on the worker; close ``dialog`` on success, show errors in it."""
        practice = self.context.practice
        dialog.ok_button.setEnabled(False)

        def done(_result: object) -> None:
            dialog.accept()
            self.register_changed.emit()
            self.refresh()

        def failed(error: BaseException) -> None:
            dialog.ok_button.setEnabled(True)
            dialog.show_error(describe_error(error))

        def job() -> object:
            with practice.session() as session:
                return work(session, practice.actor)

        self.context.tasks.submit(job, on_done=done, on_error=failed)

    @Slot()
    def new_request(self, client_id: int | None = None) -> NewRequestDialog:
        dialog = NewRequestDialog(client_id or None, self)

        def submit() -> None:
            values = dialog.values()
            self._run(lambda s, actor: open_request(s, actor=actor, **values).id, dialog)

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        return dialog

    @Slot()
    def extend_selected(self) -> ExtendDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        dialog = ExtendDialog(request, self)

        def submit() -> None:
            days, reason = dialog.days.value(), dialog.reason.text()
            self._run(
                lambda s, actor: (
                    extend_request(
                        s, actor=actor, request_id=request.id, days=days, reason=reason
                    ).id
                ),
                dialog,
            )

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        return dialog

    @Slot()
    def complete_selected(self) -> CompleteDialog | None:
        request = self.selected_request()
        if request is None:
            return None
        dialog = CompleteDialog(request, self)

        def submit() -> None:
            outcome, refused = dialog.outcome.toPlainText(), dialog.refused.isChecked()
            self._run(
                lambda s, actor: (
                    complete_request(
                        s, actor=actor, request_id=request.id, outcome=outcome, refused=refused
                    ).id
                ),
                dialog,
            )

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        return dialog
