"""The weekly "due for destruction" review (POPIA s14): what is due, what is on hold, the
schedule with the law each period comes from, and the practice manager's approval.

Opening the dialog runs the review (and records that it ran). Approval asks for a
confirmation that cites the law, then destroys or de-identifies on the worker thread and
compacts the database file so nothing erased can be recovered from it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)
from sqlalchemy.orm import Session

from clientmanager.services import retention
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import ErrorLine, run_in_form
from clientmanager.ui.i18n import format_date, period_text, service_text
from clientmanager.ui.operations import Operation
from clientmanager.ui.widgets import (
    FormDialog,
    ask_folder,
    button_row,
    describe_error,
    error_label,
    field_row,
    hint,
    line_edit,
    push_button,
    register_table,
    selected_of,
    titled_layout,
)

logger = logging.getLogger(__name__)

_C = "RetentionReviewDialog"
DUE_COLUMNS = (
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Client no."),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Name"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Action"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Destroy from"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Why"),
)
HOLD_COLUMNS = (
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Hold"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Client"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Covers"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Reason"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Placed"),
)
SCHEDULE_COLUMNS = (
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Records"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Kept for"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Law"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Applies to"),
)

LAW_TEXT = QT_TRANSLATE_NOOP(
    "RetentionReviewDialog",
    "POPIA s14(1) allows records to be kept only as long as the purpose or a law requires; "
    "s14(4)–(5) then require them to be destroyed, deleted or de-identified so they cannot "
    "be reconstructed. FAIS General Code s3(2), FICA s23 and TAA s29(3) set the 5-year "
    "periods below.",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def show_what_the_scrub_left(parent: QWidget, not_rewritten: tuple[str, ...]) -> QMessageBox | None:
    """After an erasure on the office server whose login may not rewrite the tables (on
    PostgreSQL 15 and 16 only their owner may VACUUM FULL them): the statement for the
    server's administrator, selectable to copy, as the command line prints it. None when
    nothing is left to do."""
    if not not_rewritten:
        return None
    from clientmanager.services.erasure import vacuum_statement

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("RetentionReviewDialog", "Erased records on the office server"),
        QCoreApplication.translate(
            "RetentionReviewDialog",
            "This login may not rewrite the server's tables, so old copies of the erased "
            "records stay in the server's data files until its administrator runs this, as "
            "the tables' owner (POPIA s14(5)):",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("scrubNotice")
    box.setInformativeText(
        vacuum_statement(not_rewritten)
        + "\n\n"
        + QCoreApplication.translate(
            "RetentionReviewDialog",
            "The server's WAL archives and its own backups also still hold them: see the "
            "README (office server).",
        )
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not modal: nothing waits on it
    return box


def _fmt(day: dt.date | dt.datetime | None) -> str:
    # The locale's month: "3 Mrt. 2027" on an Afrikaans screen.
    return format_date(day, "d MMM yyyy")


# The review's reasons, as services/retention.py words them (Person.reason).
_UNTIL = r"(?: until (?P<date>\d{1,2} [A-Z][a-z]{2} \d{4}))?"
_REASONS = (
    (
        re.compile(r"^(?P<req>Deletion requested \(POPIA s24\); e|E)very retention period has "
                   r"ended \((?P<laws>.*)\)$"),
        "ended",
    ),
    (
        re.compile(r"^Deletion requested \(POPIA s24\); processing restricted \(s14\(6\)\), "
                   r"records kept" + _UNTIL + r" for (?P<laws>.*)$"),
        "restricted",
    ),
    (
        re.compile(r"^(?:(?P<req>Deletion requested \(POPIA s24\))|Identity no longer needed "
                   r"\((?P<cit>.*?)\)); records kept" + _UNTIL + r" for (?P<laws>.*)$"),
        "kept",
    ),
    (re.compile(r"^Legal hold: (?P<reasons>.*)$"), "hold"),
)  # fmt: skip


def _laws(text: str) -> str:
    if text == "the law":
        return _tr(QT_TRANSLATE_NOOP("RetentionReviewDialog", "the law"))
    return "; ".join(service_text(law) for law in text.split("; "))


def _until(match: re.Match) -> str:
    if not match.group("date"):
        return ""
    day = dt.datetime.strptime(match.group("date"), "%d %b %Y").date()
    return _tr(QT_TRANSLATE_NOOP("RetentionReviewDialog", " until {date}")).format(date=_fmt(day))


def reason_text(reason: str) -> str:
    """The review's reason for a person in the interface language. The service words it
    in English for the CLI; a wording this does not know is shown as it is."""
    if reason == "Retention periods still running":
        return _tr(QT_TRANSLATE_NOOP("RetentionReviewDialog", "Retention periods still running"))
    for pattern, kind in _REASONS:
        match = pattern.match(reason)
        if match is None:
            continue
        if kind == "hold":
            return _tr(QT_TRANSLATE_NOOP("RetentionReviewDialog", "Legal hold: {reasons}")).format(
                reasons=match.group("reasons")
            )
        laws = _laws(match.group("laws"))
        if kind == "ended":
            text = (
                QT_TRANSLATE_NOOP(
                    "RetentionReviewDialog",
                    "Deletion requested (POPIA s24); every retention period has ended ({laws})",
                )
                if match.group("req").startswith("Deletion")
                else QT_TRANSLATE_NOOP(
                    "RetentionReviewDialog", "Every retention period has ended ({laws})"
                )
            )
            return _tr(text).format(laws=laws)
        if kind == "restricted":
            return _tr(
                QT_TRANSLATE_NOOP(
                    "RetentionReviewDialog",
                    "Deletion requested (POPIA s24); processing restricted (s14(6)), records "
                    "kept{until} for {laws}",
                )
            ).format(until=_until(match), laws=laws)
        if match.group("req"):
            return _tr(
                QT_TRANSLATE_NOOP(
                    "RetentionReviewDialog",
                    "Deletion requested (POPIA s24); records kept{until} for {laws}",
                )
            ).format(until=_until(match), laws=laws)
        return _tr(
            QT_TRANSLATE_NOOP(
                "RetentionReviewDialog",
                "Identity no longer needed ({law}); records kept{until} for {laws}",
            )
        ).format(law=service_text(match.group("cit")), until=_until(match), laws=laws)
    return reason


def _people(count: int, one: str, many: str) -> str:
    return (_tr(one) if count == 1 else _tr(many)).format(count=count)


@dataclass(frozen=True)
class _Loaded:
    review: retention.Review
    holds: list[retention.Hold]
    schedule: list[retention.ScheduleLine]


def _table(columns: tuple[str, ...], stretch: int) -> QTableWidget:
    table = register_table(tuple(_tr(column) for column in columns), stretch=stretch)
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


CLOCK_COLUMNS = (
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Record"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "May go from"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Law"),
    QT_TRANSLATE_NOOP("RetentionReviewDialog", "Hold"),
)


class ClientRecordsDialog(FormDialog):
    """One person's records, each with the day it may go and the law behind that day."""

    min_width = 760

    def __init__(self, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("One client's records"), self.tr("Show"), parent)
        self.client = QSpinBox()
        self.client.setRange(1, 2_000_000_000)
        self.client.setValue(client_id or 1)
        self.form.addRow(self.tr("Client number"), self.client)
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
                    _fmt(clock.destroy_from) or self.tr("not yet (still active)"),
                    clock.citation,
                    self.tr("On hold") if clock.held else "",
                )
                for clock in person.clocks
            ],
        )
        whole = person.destroy_from
        when = (
            self.tr("the whole record may go from {day}.").format(day=_fmt(whole))
            if whole
            else self.tr("kept while any record is still active.")
        )
        text = self.tr("{name} (client {number}): {when}").format(
            name=person.name, number=person.client_id, when=when
        )
        if person.hold_reasons:
            text += " " + self.tr("Legal hold: {reasons}").format(
                reasons="; ".join(person.hold_reasons)
            )
        self.summary.setText(text)


class HoldDialog(FormDialog):
    def __init__(self, client_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Place a legal hold"), self.tr("Place hold"), parent)
        self.client = QSpinBox()
        self.client.setRange(1, 2_000_000_000)
        self.client.setValue(client_id or 1)
        self.reason = line_edit(self.tr("e.g. FAIS Ombud complaint 1234/2026"))
        self.form.addRow(self.tr("Client number"), self.client)
        self.form.addRow(self.tr("Reason"), self.reason)
        self.body.insertWidget(
            1,
            hint(
                self.tr(
                    "While the hold is in place nothing of this person is destroyed or "
                    "de-identified, whatever the retention schedule says."
                )
            ),
        )


class ReleaseDialog(FormDialog):
    def __init__(self, hold: retention.Hold, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Release legal hold {number}").format(number=hold.id),
            self.tr("Release hold"),
            parent,
        )
        self.reason = line_edit(self.tr("e.g. complaint closed on 3 March 2027"))
        name = hold.client_name or _tr("Client {number}").format(number=hold.client_id)
        self.form.addRow(self.tr("Client"), QLabel(name))
        self.form.addRow(self.tr("Held for"), QLabel(hold.reason))
        self.form.addRow(self.tr("Why release"), self.reason)


class ApproveDialog(FormDialog):
    """The confirmation: what will happen, under which law, and that it cannot be undone."""

    def __init__(self, review: retention.Review, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Approve destruction"), self.tr("Destroy and de-identify"), parent)
        destroy, deidentify = len(review.to_destroy), len(review.to_deidentify)
        laws = sorted({law for item in review.due for law in item.citation.split("; ") if law})
        lines = []
        if destroy:
            lines.append(
                _people(
                    destroy,
                    QT_TRANSLATE_NOOP(
                        "RetentionReviewDialog",
                        "<b>Destroy 1 person</b>: every record, including records of advice "
                        "and documents, whose retention periods have all ended.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "RetentionReviewDialog",
                        "<b>Destroy {count} people</b>: every record, including records of "
                        "advice and documents, whose retention periods have all ended.",
                    ),
                )
            )
        if deidentify:
            lines.append(
                _people(
                    deidentify,
                    QT_TRANSLATE_NOOP(
                        "RetentionReviewDialog",
                        "<b>De-identify 1 person</b>: names, ID numbers, contact details and "
                        "identity documents are removed; the records a law still requires "
                        "are kept without them.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "RetentionReviewDialog",
                        "<b>De-identify {count} people</b>: names, ID numbers, contact details "
                        "and identity documents are removed; the records a law still "
                        "requires are kept without them.",
                    ),
                )
            )
        restrict = len(review.to_restrict)
        if restrict:
            lines.append(
                _people(
                    restrict,
                    QT_TRANSLATE_NOOP(
                        "RetentionReviewDialog",
                        "<b>Restrict 1 person</b> who asked for deletion while FICA still "
                        "requires their records: nothing is deleted yet; their information "
                        "is used for nothing but that duty (POPIA s14(6)).",
                    ),
                    QT_TRANSLATE_NOOP(
                        "RetentionReviewDialog",
                        "<b>Restrict {count} people</b> who asked for deletion while FICA "
                        "still requires their records: nothing is deleted yet; their "
                        "information is used for nothing but that duty (POPIA s14(6)).",
                    ),
                )
            )
        if review.old_logs:
            lines.append(
                self.tr("Remove 1 technical log file older than 90 days.")
                if review.old_logs == 1
                else self.tr("Remove {count} technical log files older than 90 days.").format(
                    count=review.old_logs
                )
            )
        periods = "; ".join(service_text(law) for law in laws) or self.tr("technical logs, 90 days")
        lines.append(
            self.tr(
                "Under POPIA s14(4)–(5) the records are destroyed so that they cannot be "
                "reconstructed: the database file is compacted afterwards. Periods applied: "
                "{periods}."
            ).format(periods=periods)
        )
        lines.append(
            self.tr(
                "<b>This cannot be undone</b>, and a restored backup will not bring them back "
                "(the erasure ledger is replayed)."
            )
        )
        self.requested = sum(1 for item in review.due if item.deletion_requested)
        if self.requested:
            lines.append(
                self.tr(
                    "{count} of them asked for deletion: each gets a letter saying what was "
                    "deleted and what was kept, and why (POPIA s24(4)). Choose where to save "
                    "the letters; they are written before anything is erased."
                ).format(count=self.requested)
            )
        self.message = QLabel("<br><br>".join(lines))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.body.insertWidget(1, self.message)
        self.letters = line_edit(self.tr("Folder for the letters"))
        choose = push_button(self.tr("Choose…"), self._choose_folder)
        choose.setAutoDefault(False)
        if self.requested:
            self.form.addRow(self.tr("Letters"), field_row(self.letters, choose))
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
            self.ok_button.setText(self.tr("Destroy and de-identify"))
        elif destroy:
            self.ok_button.setText(self.tr("Destroy {count}").format(count=destroy))
        elif deidentify:
            self.ok_button.setText(self.tr("De-identify {count}").format(count=deidentify))
        elif restrict:
            self.ok_button.setText(self.tr("Restrict {count}").format(count=restrict))
        else:
            self.ok_button.setText(self.tr("Remove old logs"))

    def _choose_folder(self) -> None:
        folder = ask_folder(self, self.tr("Folder for the deletion letters"))
        if folder:
            self.letters.setText(str(folder))

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(not self.requested or bool(self.letters.text().strip()))

    def letters_dir(self) -> Path | None:
        text = self.letters.text().strip()
        return Path(text) if self.requested and text else None


class RetentionReviewDialog(QDialog, ErrorLine):
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
        self.scrub_notice: QMessageBox | None = None  # after an approval on the server
        self.resize(1000, 600)

        self.summary = hint(self.tr("Running the review…"))
        self.due_table = _table(DUE_COLUMNS, 4)
        self.holds_table = _table(HOLD_COLUMNS, 3)
        self.schedule_table = _table(SCHEDULE_COLUMNS, 3)
        self.holds_table.itemSelectionChanged.connect(self._update_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.due_table, self.tr("Due for destruction"))
        self.tabs.addTab(self.holds_table, self.tr("Legal holds"))
        self.tabs.addTab(self.schedule_table, self.tr("Retention schedule"))
        self.error = error_label()

        self.hold_button = push_button(self.tr("Place hold…"), self.place_hold)
        self.release_button = push_button(self.tr("Release hold…"), self.release_selected_hold)
        self.approve_button = push_button(self.tr("Approve…"), self.approve, primary=True)
        self.client_button = push_button(
            self.tr("One client's records…"),
            lambda: self.show_client_records(),
            tooltip=self.tr("Each record of one client, the day it may go, and why"),
        )
        close = push_button(self.tr("Close"), self.accept)
        for button in (self.hold_button, self.release_button, self.client_button, close):
            button.setAutoDefault(False)
        buttons = button_row(
            self.hold_button,
            self.release_button,
            self.client_button,
            None,
            close,
            self.approve_button,
        )

        layout = titled_layout(self, self.tr("Retention review"), self.tr(LAW_TEXT))
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
                    service_text(item.action_label),
                    _fmt(item.destroy_from) or "—",
                    reason_text(item.reason),
                )
                for item in review.due
            ],
        )
        _fill(
            self.holds_table,
            [
                (
                    str(hold.id),
                    hold.client_name or self.tr("Client {number}").format(number=hold.client_id),
                    service_text(hold.scope),
                    hold.reason,
                    _fmt(hold.placed_at),
                )
                for hold in loaded.holds
            ],
        )
        _fill(
            self.schedule_table,
            [
                (
                    service_text(line.label),
                    f"{period_text(line.period)} ({service_text(line.minimum)})",
                    service_text(line.citation),
                    service_text(line.applies_to),
                )
                for line in loaded.schedule
            ],
        )
        parts = [
            self.tr("{count} to destroy").format(count=len(review.to_destroy)),
            self.tr("{count} to de-identify").format(count=len(review.to_deidentify)),
        ]
        if review.to_restrict:
            parts.append(self.tr("{count} to restrict").format(count=len(review.to_restrict)))
        parts.append(self.tr("{count} kept on legal hold").format(count=len(review.held)))
        if review.old_logs:
            parts.append(
                self.tr("1 old log file")
                if review.old_logs == 1
                else self.tr("{count} old log files").format(count=review.old_logs)
            )
        self.summary.setText(
            self.tr("Review of {date}: {parts}.").format(
                date=_fmt(self.today), parts=", ".join(parts)
            )
        )
        self.tabs.setTabText(
            0, self.tr("Due for destruction ({count})").format(count=len(review.due))
        )
        self.tabs.setTabText(1, self.tr("Legal holds ({count})").format(count=len(loaded.holds)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        actor = self.context.practice.actor if self.context.is_unlocked else None
        may_approve = allows(actor, Permission.RETENTION_APPROVE)
        has_work = self.loaded is not None and bool(
            self.loaded.review.due or self.loaded.review.old_logs
        )
        self.approve_button.setEnabled(may_approve and has_work)
        self.approve_button.setToolTip(
            "" if may_approve else self.tr("Only a practice manager may approve destruction.")
        )
        self.hold_button.setEnabled(allows(actor, Permission.REGISTERS_EDIT))
        self.release_button.setEnabled(may_approve and self.selected_hold() is not None)

    def selected_hold(self) -> retention.Hold | None:
        if self.loaded is None:
            return None
        return selected_of(self.holds_table, self.loaded.holds)

    # --- actions ----------------------------------------------------------------------

    def _run(self, work, dialog: FormDialog, on_done=None, needs="session") -> None:  # noqa: ANN001
        def done(result: object) -> None:
            if on_done is not None:
                on_done(result)
            self.refresh()

        run_in_form(dialog, self.context, work, on_done=done, needs=needs)

    def show_client_records(self, client_id: int | None = None) -> ClientRecordsDialog:
        dialog = ClientRecordsDialog(client_id, self)
        practice = self.context.practice

        def submit() -> None:
            wanted = dialog.client.value()
            dialog.ok_button.setEnabled(False)

            def work(session: Session) -> retention.ClientRetention:
                return retention.client_retention(session, actor=practice.actor, client_id=wanted)

            def done(person: retention.ClientRetention) -> None:
                dialog.ok_button.setEnabled(True)
                dialog.show_person(person)

            def failed(error: BaseException) -> None:
                dialog.ok_button.setEnabled(True)
                dialog.show_error(describe_error(error))

            Operation(self, self.context, work).success(done).failure(failed).run()

        dialog.open_with(submit)
        if client_id is not None:
            submit()
        return dialog

    @Slot()
    def place_hold(self, client_id: int | None = None) -> HoldDialog:
        dialog = HoldDialog(client_id or None, self)

        def submit() -> None:
            chosen, reason = dialog.client.value(), dialog.reason.text()
            actor = self.context.practice.actor

            def work(session) -> int:  # noqa: ANN001
                return retention.place_hold(
                    session, actor=actor, client_id=chosen, reason=reason
                ).id

            self._run(work, dialog)

        return dialog.open_with(submit)

    @Slot()
    def release_selected_hold(self) -> ReleaseDialog | None:
        hold = self.selected_hold()
        if hold is None:
            return None
        dialog = ReleaseDialog(hold, self)

        def submit() -> None:
            reason = dialog.reason.text()
            actor = self.context.practice.actor

            def work(session) -> int:  # noqa: ANN001
                return retention.release_hold(
                    session, actor=actor, hold_id=hold.id, reason=reason
                ).id

            self._run(work, dialog)

        return dialog.open_with(submit)

    @Slot()
    def approve(self) -> ApproveDialog | None:
        if self.loaded is None:
            return None
        dialog = ApproveDialog(self.loaded.review, self)
        today = self.today
        client_ids = [item.client_id for item in self.loaded.review.due]

        def submit() -> None:
            letters = dialog.letters_dir()
            actor = self.context.practice.actor

            def work(practice, _progress) -> retention.ApprovalResult:  # noqa: ANN001
                # Only what the person saw and confirmed: a hold placed since then, or a
                # record no longer due, stops the approval with a clear message.
                return retention.erase_now(
                    practice,
                    actor=actor,
                    today=today,
                    client_ids=client_ids,
                    letters_dir=letters,
                )

            self._run(work, dialog, on_done=self._erased, needs="practice")

        return dialog.open_with(submit)

    def _erased(self, result: retention.ApprovalResult) -> None:
        self.scrub_notice = show_what_the_scrub_left(self, result.not_rewritten)
        self.erased.emit(result)
        logger.info(
            "retention approved: %d destroyed, %d de-identified",
            result.destroyed,
            result.deidentified,
        )
