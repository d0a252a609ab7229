"""The weekly "due for destruction" review (POPIA s14): what is due, what is on hold, the
schedule with the law each period comes from, and the practice manager's approval.

Opening the dialog runs the review (and records that it ran). Approval asks for a
confirmation that cites the law, then destroys or de-identifies on the worker thread and
compacts the database file so nothing erased can be recovered from it.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clientmanager.services import retention
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext
from clientmanager.ui.operations import Operation
from clientmanager.ui.widgets import (
    FormDialog,
    describe_error,
    error_label,
    hint,
    page_title,
    register_table,
)

logger = logging.getLogger(__name__)

DUE_COLUMNS = ("Client no.", "Name", "Action", "Destroy from", "Why")
HOLD_COLUMNS = ("Hold", "Client", "Covers", "Reason", "Placed")
SCHEDULE_COLUMNS = ("Records", "Kept for", "Law", "Applies to")

LAW_TEXT = (
    "POPIA s14(1) allows records to be kept only as long as the purpose or a law requires; "
    "s14(4)–(5) then require them to be destroyed, deleted or de-identified so they cannot "
    "be reconstructed. FAIS General Code s3(2), FICA s23 and TAA s29(3) set the 5-year "
    "periods below."
)


def _fmt(day: dt.date | dt.datetime | None) -> str:
    return f"{day.day} {day:%b %Y}" if day else ""


@dataclass(frozen=True)
class _Loaded:
    review: retention.Review
    holds: list[retention.Hold]
    schedule: list[retention.ScheduleLine]


def _table(columns: tuple[str, ...], stretch: int) -> QTableWidget:
    table = register_table(columns, stretch=stretch)
    table.setWordWrap(True)
    # Long reasons wrap instead of being cut off, also after the window is resized.
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # the full text, should a narrow window cut it short
            table.setItem(row, column, item)
    table.resizeRowsToContents()


CLOCK_COLUMNS = ("Record", "May go from", "Law", "Hold")


class ClientRecordsDialog(FormDialog):
    """One person's records, each with the day it may go and the law behind that day."""

    min_width = 760

    def __init__(self, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__("One client's records", "Show", parent)
        self.client = QSpinBox()
        self.client.setRange(1, 2_000_000_000)
        self.client.setValue(client_id or 1)
        self.form.addRow("Client number", self.client)
        self.summary = hint("")
        self.table = _table(CLOCK_COLUMNS, 2)
        self.table.setMinimumHeight(220)
        self.body.insertWidget(2, self.summary)
        self.body.insertWidget(3, self.table, 1)
        self.person: retention.ClientRetention | None = None

    def show_person(self, person: retention.ClientRetention) -> None:
        self.person = person
        self.error.hide()
        _fill(
            self.table,
            [
                (
                    clock.description,
                    _fmt(clock.destroy_from) or "not yet (still active)",
                    clock.citation,
                    "On hold" if clock.held else "",
                )
                for clock in person.clocks
            ],
        )
        whole = person.destroy_from
        text = f"{person.name} (client {person.client_id}): " + (
            f"the whole record may go from {_fmt(whole)}."
            if whole
            else "kept while any record is still active."
        )
        if person.hold_reasons:
            text += " Legal hold: " + "; ".join(person.hold_reasons)
        self.summary.setText(text)


class HoldDialog(FormDialog):
    def __init__(self, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__("Place a legal hold", "Place hold", parent)
        self.client = QSpinBox()
        self.client.setRange(1, 2_000_000_000)
        self.client.setValue(client_id or 1)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("e.g. FAIS Ombud complaint 1234/2026")
        self.form.addRow("Client number", self.client)
        self.form.addRow("Reason", self.reason)
        self.body.insertWidget(
            1,
            hint(
                "While the hold is in place nothing of this person is destroyed or "
                "de-identified, whatever the retention schedule says."
            ),
        )


class ReleaseDialog(FormDialog):
    def __init__(self, hold: retention.Hold, parent: QWidget | None = None) -> None:
        super().__init__(f"Release legal hold {hold.id}", "Release hold", parent)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText("e.g. complaint closed on 3 March 2027")
        self.form.addRow("Client", QLabel(hold.client_name or f"Client {hold.client_id}"))
        self.form.addRow("Held for", QLabel(hold.reason))
        self.form.addRow("Why release", self.reason)


class ApproveDialog(FormDialog):
    """The confirmation: what will happen, under which law, and that it cannot be undone."""

    def __init__(self, review: retention.Review, parent: QWidget | None = None) -> None:
        super().__init__("Approve destruction", "Destroy and de-identify", parent)
        destroy, deidentify = len(review.to_destroy), len(review.to_deidentify)
        laws = sorted({law for item in review.due for law in item.citation.split("; ") if law})
        lines = []
        if destroy:
            lines.append(
                f"<b>Destroy {destroy} {'person' if destroy == 1 else 'people'}</b>: every "
                "record, including records of advice and documents, whose retention periods "
                "have all ended."
            )
        if deidentify:
            lines.append(
                f"<b>De-identify {deidentify} {'person' if deidentify == 1 else 'people'}</b>: "
                "names, ID numbers, contact details and identity documents are removed; the "
                "records a law still requires are kept without them."
            )
        restrict = len(review.to_restrict)
        if restrict:
            lines.append(
                f"<b>Restrict {restrict} {'person' if restrict == 1 else 'people'}</b> who "
                "asked for deletion while FICA still requires their records: nothing is "
                "deleted yet; their information is used for nothing but that duty "
                "(POPIA s14(6))."
            )
        if review.old_logs:
            lines.append(f"Remove {review.old_logs} technical log file(s) older than 90 days.")
        lines.append(
            "Under POPIA s14(4)–(5) the records are destroyed so that they cannot be "
            "reconstructed: the database file is compacted afterwards. Periods applied: "
            + "; ".join(laws or ["technical logs, 90 days"])
            + "."
        )
        lines.append("<b>This cannot be undone</b>, and a restored backup will not bring "
                     "them back (the erasure ledger is replayed).")  # fmt: skip
        self.requested = sum(1 for item in review.due if item.deletion_requested)
        if self.requested:
            lines.append(
                f"{self.requested} of them asked for deletion: each gets a letter saying what "
                "was deleted and what was kept, and why (POPIA s24(4)). Choose where to save "
                "the letters; they are written before anything is erased."
            )
        self.message = QLabel("<br><br>".join(lines))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.body.insertWidget(1, self.message)
        self.letters = QLineEdit()
        self.letters.setPlaceholderText("Folder for the letters")
        choose = QPushButton("Choose…")
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.letters, 1)
        row.addWidget(choose)
        if self.requested:
            self.form.addRow("Letters", row)
        else:
            self.letters.hide()
            choose.hide()
        self.letters.textChanged.connect(self._update_ok)
        self._update_ok()
        self.setMinimumWidth(580)
        self.message.setMinimumWidth(540)
        self.adjustSize()
        self.ok_button.setDefault(False)  # Enter must not destroy records
        self.ok_button.setAutoDefault(False)
        if destroy and deidentify:
            self.ok_button.setText("Destroy and de-identify")
        elif destroy:
            self.ok_button.setText(f"Destroy {destroy}")
        elif deidentify:
            self.ok_button.setText(f"De-identify {deidentify}")
        elif restrict:
            self.ok_button.setText(f"Restrict {restrict}")
        else:
            self.ok_button.setText("Remove old logs")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the deletion letters")
        if folder:
            self.letters.setText(folder)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self.requested or bool(self.letters.text().strip()))

    def letters_dir(self) -> Path | None:
        text = self.letters.text().strip()
        return Path(text) if self.requested and text else None


class RetentionReviewDialog(QDialog):
    """The review. ``today`` exists for tests; the app passes nothing."""

    erased = Signal(object)  # ApprovalResult

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or dt.date.today()
        self.loaded: _Loaded | None = None
        self.setWindowTitle("Retention review")
        self.resize(1000, 600)

        self.summary = hint("Running the review…")
        self.due_table = _table(DUE_COLUMNS, 4)
        self.holds_table = _table(HOLD_COLUMNS, 3)
        self.schedule_table = _table(SCHEDULE_COLUMNS, 3)
        self.holds_table.itemSelectionChanged.connect(self._update_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.due_table, "Due for destruction")
        self.tabs.addTab(self.holds_table, "Legal holds")
        self.tabs.addTab(self.schedule_table, "Retention schedule")
        self.error = error_label()

        self.hold_button = QPushButton("Place hold…")
        self.hold_button.clicked.connect(self.place_hold)
        self.release_button = QPushButton("Release hold…")
        self.release_button.clicked.connect(self.release_selected_hold)
        self.approve_button = QPushButton("Approve…")
        self.approve_button.setObjectName("primary")
        self.approve_button.clicked.connect(self.approve)
        self.client_button = QPushButton("One client's records…")
        self.client_button.setToolTip("Each record of one client, the day it may go, and why")
        self.client_button.clicked.connect(lambda: self.show_client_records())
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        for button in (self.hold_button, self.release_button, self.client_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hold_button)
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.client_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.approve_button)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title("Retention review"))
        layout.addWidget(hint(LAW_TEXT))
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_buttons()
        self.refresh()

    # --- loading ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        practice, today = self.context.practice, self.today

        def work(session: Session) -> _Loaded:
            review = retention.run_review(
                session, actor=practice.actor, today=today, logs_dir=practice.paths.logs
            )
            return _Loaded(
                review=review,
                holds=retention.holds(session, actor=practice.actor),
                schedule=retention.schedule(session),
            )

        Operation(self, self.context, work).success(self._show).failure(self._show_error).run()

    def _show(self, loaded: _Loaded) -> None:
        self.loaded = loaded
        review = loaded.review
        _fill(
            self.due_table,
            [
                (
                    str(item.client_id),
                    item.name,
                    item.action_label,
                    _fmt(item.destroy_from) or "—",
                    item.reason,
                )
                for item in review.due
            ],
        )
        _fill(
            self.holds_table,
            [
                (
                    str(hold.id),
                    hold.client_name or f"Client {hold.client_id}",
                    hold.scope,
                    hold.reason,
                    _fmt(hold.placed_at),
                )
                for hold in loaded.holds
            ],
        )
        _fill(
            self.schedule_table,
            [
                (line.label, f"{line.period} ({line.minimum})", line.citation, line.applies_to)
                for line in loaded.schedule
            ],
        )
        parts = [
            f"{len(review.to_destroy)} to destroy",
            f"{len(review.to_deidentify)} to de-identify",
        ]
        if review.to_restrict:
            parts.append(f"{len(review.to_restrict)} to restrict")
        parts.append(f"{len(review.held)} kept on legal hold")
        if review.old_logs:
            parts.append(f"{review.old_logs} old log file(s)")
        self.summary.setText(f"Review of {_fmt(self.today)}: " + ", ".join(parts) + ".")
        self.tabs.setTabText(0, f"Due for destruction ({len(review.due)})")
        self.tabs.setTabText(1, f"Legal holds ({len(loaded.holds)})")
        self._update_buttons()

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(describe_error(error))
        self.error.show()

    def _update_buttons(self) -> None:
        actor = self.context.practice.actor if self.context.is_unlocked else None
        may_approve = allows(actor, Permission.RETENTION_APPROVE)
        has_work = self.loaded is not None and bool(
            self.loaded.review.due or self.loaded.review.old_logs
        )
        self.approve_button.setEnabled(may_approve and has_work)
        self.approve_button.setToolTip(
            "" if may_approve else "Only a practice manager may approve destruction."
        )
        self.hold_button.setEnabled(allows(actor, Permission.REGISTERS_EDIT))
        self.release_button.setEnabled(may_approve and self.selected_hold() is not None)

    def selected_hold(self) -> retention.Hold | None:
        if self.loaded is None or self.holds_table.selectionModel() is None:
            return None
        rows = self.holds_table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.loaded.holds):
            return None
        return self.loaded.holds[rows[0].row()]

    # --- actions ----------------------------------------------------------------------

    def _run(self, work, dialog: FormDialog, on_done=None) -> None:  # noqa: ANN001
        dialog.ok_button.setEnabled(False)

        def done(result: object) -> None:
            dialog.accept()
            if on_done is not None:
                on_done(result)
            self.refresh()

        def failed(error: BaseException) -> None:
            dialog.ok_button.setEnabled(True)
            dialog.show_error(describe_error(error))

        self.context.tasks.submit(work, on_done=done, on_error=failed)

    def show_client_records(self, client_id: int | None = None) -> ClientRecordsDialog:
        dialog = ClientRecordsDialog(client_id, self)
        practice = self.context.practice

        def submit() -> None:
            wanted = dialog.client.value()
            dialog.ok_button.setEnabled(False)

            def work() -> retention.ClientRetention:
                with practice.session() as session:
                    return retention.client_retention(
                        session, actor=practice.actor, client_id=wanted
                    )

            def done(person: retention.ClientRetention) -> None:
                dialog.ok_button.setEnabled(True)
                dialog.show_person(person)

            def failed(error: BaseException) -> None:
                dialog.ok_button.setEnabled(True)
                dialog.show_error(describe_error(error))

            self.context.tasks.submit(work, on_done=done, on_error=failed)

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        if client_id is not None:
            submit()
        return dialog

    @Slot()
    def place_hold(self, client_id: int | None = None) -> HoldDialog:
        dialog = HoldDialog(client_id or None, self)
        practice = self.context.practice

        def submit() -> None:
            chosen, reason = dialog.client.value(), dialog.reason.text()

            def work() -> int:
                with practice.session() as session:
                    return retention.place_hold(
                        session, actor=practice.actor, client_id=chosen, reason=reason
                    ).id

            self._run(work, dialog)

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        return dialog

    @Slot()
    def release_selected_hold(self) -> ReleaseDialog | None:
        hold = self.selected_hold()
        if hold is None:
            return None
        dialog = ReleaseDialog(hold, self)
        practice = self.context.practice

        def submit() -> None:
            reason = dialog.reason.text()

            def work() -> int:
                with practice.session() as session:
                    return retention.release_hold(
                        session, actor=practice.actor, hold_id=hold.id, reason=reason
                    ).id

            self._run(work, dialog)

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        return dialog

    @Slot()
    def approve(self) -> ApproveDialog | None:
        if self.loaded is None:
            return None
        dialog = ApproveDialog(self.loaded.review, self)
        practice, today = self.context.practice, self.today
        client_ids = [item.client_id for item in self.loaded.review.due]

        def submit() -> None:
            letters = dialog.letters_dir()

            def work() -> retention.ApprovalResult:
                # Only what the person saw and confirmed: a hold placed since then, or a
                # record no longer due, stops the approval with a clear message.
                return retention.erase_now(
                    practice,
                    actor=practice.actor,
                    today=today,
                    client_ids=client_ids,
                    letters_dir=letters,
                )

            self._run(work, dialog, on_done=self._erased)

        dialog.ok_button.clicked.connect(submit)
        dialog.open()
        return dialog

    def _erased(self, result: retention.ApprovalResult) -> None:
        self.erased.emit(result)
        logger.info(
            "retention approved: %d destroyed, %d de-identified",
            result.destroyed,
            result.deidentified,
        )
