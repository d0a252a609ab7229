"""The rights register (POPIA data-subject requests): list, record, extend, complete.

Due dates follow PAIA s56 (30 days) and s57 (one extension of up to 30 days); overdue
requests are shown in red. All database work runs on the context's worker thread.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from clientmanager.services.subject_requests import (
    CORRECTABLE_FIELDS,
    MAX_EXTENSION_DAYS,
    REQUEST_KINDS,
    ActOutcome,
    RequestView,
    act_on_request,
    complete_request,
    extend_request,
    list_requests,
    open_request,
    verify_identity,
)
from clientmanager.ui.client_picker import ClientPicker
from clientmanager.ui.context import AppContext
from clientmanager.ui.i18n import format_date, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.register_view import RegisterDialog
from clientmanager.ui.widgets import (
    FormDialog,
    button_row,
    date_picker,
    describe_error,
    error_label,
    from_qdate,
    hint,
    line_edit,
    push_button,
    register_table,
    selected_of,
    titled_layout,
)

logger = logging.getLogger(__name__)

OVERDUE_COLOUR = QColor("#b03a2e")
DELETION_NOTE = QT_TRANSLATE_NOOP(
    "RightsRegisterDialog",
    "Marketing and optional processing stop at once when a deletion request is recorded. "
    "When you act on it, everything no law requires is deleted; records that FAIS or FICA "
    "require (records of advice, product records, the identity record) are kept, restricted "
    "to that purpose, until their 5-year period ends, and the letter lists them.",
)
COLUMNS = (
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "No."),
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "Received"),
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "Client"),
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "Request"),
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "Requested by"),
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "Identity"),
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "Due"),
    QT_TRANSLATE_NOOP("RightsRegisterDialog", "Status"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RightsRegisterDialog", text)


def _fmt(day: dt.date | None) -> str:
    return format_date(day)


class _FormDialog(FormDialog):
    min_width = 460


class NewRequestDialog(_FormDialog):
    min_width = 560  # room for a match: a name, the client number and the date of birth

    def __init__(
        self, ctx: AppContext, client_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New data-subject request"), self.tr("Record request"), parent)
        # A request can come from a person who is not a client: "no client" is a choice.
        self.picker = ClientPicker(
            ctx, self, client_id=client_id, none_text=self.tr("(not linked to a client)")
        )
        self.kind = QComboBox()
        for key, label in REQUEST_KINDS.items():
            self.kind.addItem(service_text(label), key)
        self.requested_by = line_edit(self.tr("The person, or who asked on their behalf"))
        self.received = date_picker(dt.date.today(), latest=dt.date.today())
        self.verification = line_edit(
            self.tr("e.g. ID book seen in person; leave empty if not yet")
        )
        self.details = QPlainTextEdit()
        self.details.setFixedHeight(70)
        self.due_hint = hint("")
        self.deletion_note = hint(_tr(DELETION_NOTE))
        self.form.addRow(self.tr("Client"), self.picker)
        self.form.addRow(self.tr("Request"), self.kind)
        self.form.addRow(self.tr("Requested by"), self.requested_by)
        self.form.addRow(self.tr("Received on"), self.received)
        self.form.addRow(self.tr("Identity verified by"), self.verification)
        self.form.addRow(self.tr("Details"), self.details)
        self.body.insertWidget(2, self.due_hint)
        self.body.insertWidget(3, self.deletion_note)
        self.kind.currentIndexChanged.connect(self._update_hints)
        self.received.dateChanged.connect(self._update_hints)
        self._update_hints()

    def _update_hints(self) -> None:
        due = from_qdate(self.received.date()) + dt.timedelta(days=30)
        self.due_hint.setText(
            self.tr(
                "Due by {date}: 30 days from receipt (PAIA s56), with one extension of up "
                "to 30 days allowed (s57)."
            ).format(date=_fmt(due))
        )
        self.deletion_note.setVisible(self.kind.currentData() == "deletion")

    def values(self) -> dict:
        return {
            "client_id": self.picker.client_id,
            "kind": self.kind.currentData(),
            "requested_by": self.requested_by.text(),
            "received_on": from_qdate(self.received.date()),
            "identity_verification": self.verification.text().strip() or None,
            "details": self.details.toPlainText().strip() or None,
        }


class ExtendDialog(_FormDialog):
    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Extend request {number}").format(number=request.id), self.tr("Extend"), parent
        )
        self.request = request
        self.days = QSpinBox()
        self.days.setRange(1, MAX_EXTENSION_DAYS)
        self.days.setValue(MAX_EXTENSION_DAYS)
        self.days.setSuffix(self.tr(" days"))
        self.reason = line_edit(self.tr("Why more time is needed; the person must be told"))
        self.new_due = hint("")
        self.form.addRow(self.tr("Extend by"), self.days)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.body.insertWidget(2, self.new_due)
        self.body.insertWidget(
            3,
            hint(
                self.tr(
                    "PAIA s57 allows one extension of up to 30 days. Tell the person in writing."
                )
            ),
        )
        self.days.valueChanged.connect(self._update)
        self._update()

    def values(self) -> dict:
        return {"days": self.days.value(), "reason": self.reason.text()}

    def _update(self) -> None:
        new_due = self.request.due_on + dt.timedelta(days=self.days.value())
        self.new_due.setText(
            self.tr("Now due {due}; new due date {new_due}.").format(
                due=_fmt(self.request.due_on), new_due=_fmt(new_due)
            )
        )


class CompleteDialog(_FormDialog):
    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Complete request {number}").format(number=request.id),
            self.tr("Complete"),
            parent,
        )
        self.outcome = QPlainTextEdit()
        self.outcome.setPlaceholderText(self.tr("What was done, and when the person was told"))
        self.outcome.setFixedHeight(90)
        self.refused = QCheckBox(self.tr("The request was refused (give the reason above)"))
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow("", self.refused)
        if request.kind == "deletion":
            self.body.insertWidget(2, hint(_tr(DELETION_NOTE)))

    def values(self) -> dict:
        return {"outcome": self.outcome.toPlainText(), "refused": self.refused.isChecked()}


class VerifyDialog(_FormDialog):
    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Verify identity: request {number}").format(number=request.id),
            self.tr("Record"),
            parent,
        )
        self.method = line_edit(self.tr("e.g. ID book seen in person"))
        self.form.addRow(self.tr("Verified by"), self.method)
        self.body.insertWidget(
            2, hint(self.tr("POPIA s23(1) asks for adequate proof of identity before acting."))
        )

    def values(self) -> dict:
        return {"method": self.method.text()}


ACT_TEXT = {
    "objection": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog",
        "Record the objection (s11(3)): the person leaves marketing, mailing lists "
        "and bulk exports at once; processing the law requires goes on.",
    ),
    "restriction": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog",
        "Restrict processing (s14(6)): the record is kept and used only as the law "
        "requires; it leaves marketing, mailing lists and bulk exports at once.",
    ),
    "marketing_opt_out": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog",
        "Record the opt-out (s69): no direct marketing reaches the person "
        "from now on, on any channel.",
    ),
    "consent_withdrawal": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog", "Record the withdrawal (s11(2)(b)) for the purpose chosen below."
    ),
    "deletion": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog",
        "Approve the deletion: everything no law requires is deleted now, and cannot "
        "be undone. What FAIS or FICA require is kept, restricted, and listed in the letter.",
    ),
    "correction": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog",
        "Correct one field now; the confirmation letter (s24(4)) and one notice "
        "per earlier recipient (s24(3)) are saved in the letters folder.",
    ),
    "access": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog", "Write the data-subject package (s23) and close the request."
    ),
    "portability": QT_TRANSLATE_NOOP(
        "RightsRegisterDialog", "Write the package (s23), with data.json for another provider."
    ),
}


class ActDialog(_FormDialog):
    """What acting on one request needs: a field and value, a purpose, or a file."""

    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Act on request {number}: {kind}").format(
                number=request.id, kind=service_text(request.kind_label)
            ),
            self.tr("Do it"),
            parent,
        )
        from clientmanager.services.consents import PURPOSES

        self.request = request
        self.field = QComboBox()
        for key, label in CORRECTABLE_FIELDS.items():
            self.field.addItem(service_text(label), key)
        self.new_value = line_edit(self.tr("The correct value (empty removes it)"))
        self.purpose = QComboBox()
        for key, label in PURPOSES.items():
            self.purpose.addItem(service_text(label), key)
        self.package = line_edit(self.tr("Where to save the package (.zip)"))
        self.protect = QCheckBox(
            self.tr("Protect report.pdf with a random passphrase (shown once)")
        )
        self.protect.setChecked(True)
        self.letters = QLineEdit(str(Path.home()))
        self.letters.setToolTip(self.tr("The letters and notices are saved in this folder."))
        kind = request.kind
        if kind == "correction":
            self.form.addRow(self.tr("Field"), self.field)
            self.form.addRow(self.tr("New value"), self.new_value)
        if kind == "consent_withdrawal":
            self.form.addRow(self.tr("Consent withdrawn"), self.purpose)
        if kind in ("access", "portability"):
            self.form.addRow(self.tr("Package"), self.package)
            self.form.addRow("", self.protect)
        else:
            self.form.addRow(self.tr("Letters folder"), self.letters)
        self.body.insertWidget(1, hint(_tr(ACT_TEXT[kind]) if kind in ACT_TEXT else ""))
        self.done_text = hint("")
        self.done_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.insertWidget(self.body.count() - 1, self.done_text)

    def arguments(self) -> dict:
        kind = self.request.kind
        values: dict = {}
        if kind == "correction":
            values.update(field=self.field.currentData(), new_value=self.new_value.text())
        if kind == "consent_withdrawal":
            values["purpose"] = self.purpose.currentData()
        if kind in ("access", "portability"):
            values["out"] = (
                Path(self.package.text().strip()) if self.package.text().strip() else None
            )
        return values


def save_letters(outcome: ActOutcome, folder: Path) -> list[Path]:
    """The letter and the s24(3) notices, written atomically into ``folder``."""
    from clientmanager.store.files import write_atomically

    written = []
    if outcome.letter is not None:
        path = folder / (outcome.letter_name or f"request-{outcome.request_id}.pdf")
        write_atomically(path, outcome.letter)
        written.append(path)
    for number, (name, pdf) in enumerate(outcome.notices, start=1):
        safe = "".join(c if c.isalnum() else "-" for c in name).strip("-")[:50] or "recipient"
        path = folder / f"s24-3-notice-{outcome.request_id}-{number}-{safe}.pdf"
        write_atomically(path, pdf)
        written.append(path)
    return written


class RightsRegisterDialog(RegisterDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.requests: list[RequestView] = []
        context.changed.connect(self._changed_elsewhere)
        self.resize(980, 560)

        self.summary = hint(self.tr("Loading…"))
        self.show_closed = QCheckBox(self.tr("Show completed and refused requests"))
        self.show_closed.setChecked(True)
        self.show_closed.toggled.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_closed)

        self.table = register_table(tuple(_tr(c) for c in COLUMNS), stretch=3)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.details = hint("", selectable=True)
        self.error = error_label()

        self.new_button = push_button(self.tr("New request…"), self.new_request, primary=True)
        self.extend_button = push_button(self.tr("Extend…"), self.extend_selected)
        self.complete_button = push_button(self.tr("Complete…"), self.complete_selected)
        self.verify_button = push_button(self.tr("Verify identity…"), self.verify_selected)
        self.act_button = push_button(self.tr("Act on request…"), self.act_on_selected)
        close = push_button(self.tr("Close"), self.accept)
        buttons = button_row(
            self.new_button,
            self.extend_button,
            self.verify_button,
            self.act_button,
            self.complete_button,
            None,
            close,
        )

        layout = titled_layout(
            self,
            self.tr("Rights register"),
            self.tr(
                "Requests from data subjects under POPIA: access (s23), correction and deletion "
                "(s24), objection (s11(3)), restriction and direct-marketing opt-outs (s69). "
                "Each must be answered within 30 days (PAIA s56)."
            ),
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
        include_closed = self.show_closed.isChecked()
        self.run_work(
            lambda s, actor: list_requests(s, actor=actor, include_closed=include_closed),
            self._show,
        )

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
            due = _fmt(request.effective_due) + (
                self.tr(" (extended)") if request.extended_to else ""
            )
            status = self.tr("Overdue") if overdue else service_text(request.status_label)
            values = (
                str(request.id),
                _fmt(request.received_on),
                request.client_name or "—",
                service_text(request.kind_label),
                request.requested_by,
                _fmt(request.identity_verified_on)
                if request.identity_verified_on
                else self.tr("Not yet"),
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
        opened = (
            self.tr("{count} open request") if open_count == 1 else self.tr("{count} open requests")
        ).format(count=open_count)
        if overdue_count:
            opened = self.tr("{requests}, {overdue} overdue").format(
                requests=opened, overdue=overdue_count
            )
        self.summary.setText(self.tr("{summary}.").format(summary=opened))
        if selected is not None:
            for row, request in enumerate(requests):
                if request.id == selected.id:
                    self.table.selectRow(row)
        self._selection_changed()

    # --- selection ----------------------------------------------------------------------

    def selected_request(self) -> RequestView | None:
        return selected_of(self.table, self.requests)

    def _selection_changed(self) -> None:
        request = self.selected_request()
        is_open = request is not None and request.status == "open"
        self.extend_button.setEnabled(is_open and request.can_extend)
        self.complete_button.setEnabled(is_open)
        self.verify_button.setEnabled(is_open)
        self.act_button.setEnabled(is_open and request.client_id is not None)
        if request is None:
            self.details.setText(self.tr("Select a request to see its details."))
            return
        lines = [
            "<b>{}</b>".format(
                self.tr("Request {number}: {kind}").format(
                    number=request.id, kind=service_text(request.kind_label)
                )
            )
        ]
        if request.identity_verification:
            lines.append(self.tr("Identity: {text}").format(text=request.identity_verification))
        if request.details:
            lines.append(self.tr("Details: {text}").format(text=request.details))
        if request.extended_to:
            lines.append(
                self.tr("Extended from {due} to {extended}: {reason}").format(
                    due=_fmt(request.due_on),
                    extended=_fmt(request.extended_to),
                    reason=request.extension_reason,
                )
            )
        if request.outcome:
            lines.append(
                self.tr("Outcome: {text}").format(text=request.outcome.replace("\n", "<br>"))
            )
        self.details.setText("<br>".join(lines))

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def new_request(self, client_id: int | None = None) -> NewRequestDialog:
        dialog = NewRequestDialog(self.context, client_id or None, self)

        def submit() -> None:
            values = dialog.values()
            self.run_form(dialog, lambda s, actor: open_request(s, actor=actor, **values).id)

        return dialog.open_with(submit)

    def _on_selected(self, form: type[_FormDialog], service) -> _FormDialog | None:  # noqa: ANN001
        """A form about the selected request; OK calls ``service`` with the form's values."""
        request = self.selected_request()
        if request is None:
            return None
        dialog = form(request, self)

        def submit() -> None:
            values = dialog.values()
            self.run_form(
                dialog,
                lambda s, actor: service(s, actor=actor, request_id=request.id, **values).id,
            )

        return dialog.open_with(submit)

    @Slot()
    def extend_selected(self) -> ExtendDialog | None:
        return self._on_selected(ExtendDialog, extend_request)

    @Slot()
    def complete_selected(self) -> CompleteDialog | None:
        return self._on_selected(CompleteDialog, complete_request)

    @Slot()
    def verify_selected(self) -> VerifyDialog | None:
        return self._on_selected(VerifyDialog, verify_identity)

    @Slot()
    def act_on_selected(self) -> ActDialog | None:
        """Act through the one service (subject_requests.act_on_request), save the
        letters, and show what was written; the dialog stays open on the result."""
        request = self.selected_request()
        if request is None:
            return None
        dialog = ActDialog(request, self)

        def submit() -> None:
            arguments = dialog.arguments()
            folder = Path(dialog.letters.text().strip() or Path.home())
            password = None
            if request.kind in ("access", "portability") and dialog.protect.isChecked():
                from clientmanager.services.subject_export import new_pdf_passphrase

                password = new_pdf_passphrase()
            dialog.ok_button.setEnabled(False)

            def job(practice, _progress) -> tuple[ActOutcome, list[Path], tuple[str, ...]]:  # noqa: ANN001
                left: tuple[str, ...] = ()
                with practice.session() as session:
                    outcome = act_on_request(
                        session, actor=practice.actor, request_id=request.id,
                        pdf_password=password, **arguments,
                    )  # fmt: skip
                    # Written before the commit: if a letter cannot be saved, nothing changes.
                    written = save_letters(outcome, folder)
                if outcome.kind == "deletion":  # issue 13: the removal reaches every backup
                    from clientmanager.services.erasure import after_erasure

                    left = after_erasure(practice).not_rewritten
                return outcome, written, left

            def done(result: tuple[ActOutcome, list[Path], tuple[str, ...]]) -> None:
                outcome, written, left = result
                from clientmanager.ui.retention_dialog import show_what_the_scrub_left

                self.scrub_notice = show_what_the_scrub_left(self, left)
                saved = self.tr("Saved {path}")
                lines = [outcome.message, *[saved.format(path=path) for path in written]]
                if outcome.package_path is not None:
                    lines.append(saved.format(path=outcome.package_path))
                    if outcome.pdf_password:
                        lines.append(
                            self.tr(
                                "report.pdf opens with: {passphrase} (shown once: give it "
                                "to the person another way than the package)"
                            ).format(passphrase=outcome.pdf_password)
                        )
                dialog.done_text.setText("\n".join(lines))
                dialog.ok_button.setText(self.tr("Done"))
                dialog.ok_button.setEnabled(True)
                dialog.ok_button.clicked.disconnect()
                dialog.ok_button.clicked.connect(dialog.accept)
                self.register_changed.emit()
                self.refresh()

            def failed(error: BaseException) -> None:
                dialog.ok_button.setEnabled(True)
                dialog.show_error(describe_error(error))

            # The register refreshes itself in done(); the client list and Today hear of it.
            Operation(self, self.context, job, needs="practice", changes=Changes.CLIENTS).success(
                done
            ).failure(failed).run()

        return dialog.open_with(submit)
