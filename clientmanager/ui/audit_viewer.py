"""The audit trail viewer: filter by user, client, action and date; check the hash chain;
export to CSV or PDF for an inspector.

Opening the viewer and exporting from it are themselves audited (by the services). Queries
run on the context's worker thread; the newest entries are shown first.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QWidget,
)
from sqlalchemy.orm import Session

from clientmanager.services import audit
from clientmanager.services.audit import AuditFilter, AuditRow, ChainReport
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import format_number, service_text
from clientmanager.ui.operations import Operation
from clientmanager.ui.widgets import (
    ask_save_path,
    button_row,
    date_picker,
    error_label,
    hint,
    line_edit,
    push_button,
    register_table,
    result_label,
    table_cell,
    titled_layout,
)

logger = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("AuditViewerDialog", "No."),
    QT_TRANSLATE_NOOP("AuditViewerDialog", "Time (UTC)"),
    QT_TRANSLATE_NOOP("AuditViewerDialog", "User"),
    QT_TRANSLATE_NOOP("AuditViewerDialog", "What"),
    QT_TRANSLATE_NOOP("AuditViewerDialog", "Client"),
    QT_TRANSLATE_NOOP("AuditViewerDialog", "Details"),
)
ROW_LIMIT = 5000
ACTION_GROUPS = (
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "Sign-ins"), "login"),
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "User changes"), "user."),
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "Client records"), "client."),
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "Documents"), "document."),
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "Backups"), "backup."),
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "Exports"), "export."),
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "Settings"), "settings."),
    (QT_TRANSLATE_NOOP("AuditViewerDialog", "Audit trail"), "audit."),
)
_NO_DATE = QDate(2000, 1, 1)
GOOD = "#1b7a3d"
BAD = "#b3261e"


def _date_edit() -> QDateEdit:
    edit = date_picker()
    edit.setMinimumDate(_NO_DATE)
    # Shown while the date is at its minimum.
    edit.setSpecialValueText(QCoreApplication.translate("AuditViewerDialog", "any date"))
    edit.setDate(_NO_DATE)
    return edit


def _day(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == _NO_DATE else dt.date(value.year(), value.month(), value.day())


class AuditViewerDialog(QDialog, ErrorLine):
    chain_checked = Signal(object)  # ChainReport
    exported = Signal(str)  # the path written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Every change is audited: an open trail shows it without a manual refresh.
        context.changed.connect(self._changed)
        self.rows: list[AuditRow] = []
        self._busy = False
        self.setMinimumSize(960, 560)

        self.user_box = QComboBox()
        self.user_box.addItem(self.tr("Everyone"), None)
        self.action_box = QComboBox()
        self.action_box.addItem(self.tr("Every action"), None)
        for box in (self.user_box, self.action_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.client_edit = line_edit(self.tr("client no."))
        # Wide enough for the placeholder in any language ("kliëntnr.").
        self.client_edit.setMaximumWidth(
            max(90, self.client_edit.fontMetrics().horizontalAdvance(self.tr("client no.")) + 24)
        )
        self.since_edit = _date_edit()
        self.until_edit = _date_edit()
        self.apply_button = push_button(self.tr("Show"), self.refresh)
        self.client_edit.returnPressed.connect(self.refresh)
        self.user_box.activated.connect(self.refresh)
        self.action_box.activated.connect(self.refresh)

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("User"), self.user_box),
            (self.tr("Action"), self.action_box),
            (self.tr("Client"), self.client_edit),
            (self.tr("From"), self.since_edit),
            (self.tr("To"), self.until_edit),
        ):
            caption = QLabel(label)
            caption.setObjectName("fieldLabel")
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)

        self.table = register_table(
            tuple(self.tr(column) for column in COLUMNS), stretch=len(COLUMNS) - 1
        )
        # The log keeps Qt's default of several selected rows.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)

        self.count_label = hint("")
        self.chain_label = result_label()
        self.error = error_label()

        self.verify_button = push_button(
            self.tr("Check the chain"),
            self.verify,
            primary=True,
            tooltip=self.tr(
                "Recompute every entry's hash and name the first entry that was changed or removed."
            ),
        )
        self.csv_button = push_button(self.tr("Export CSV…"), lambda: self.choose_export("csv"))
        self.pdf_button = push_button(self.tr("Export PDF…"), lambda: self.choose_export("pdf"))
        self.close_button = push_button(self.tr("Close"), self.accept)
        buttons = button_row(
            self.verify_button, self.csv_button, self.pdf_button, None, self.close_button
        )

        layout = titled_layout(
            self,
            self.tr("Audit trail"),
            self.tr(
                "Every sensitive action, newest first. Each entry is chained to the one "
                "before it by a SHA-256 hash, so a changed or deleted entry shows up when "
                "the chain is checked. Opening this window and exporting from it are "
                "recorded too."
            ),
        )
        layout.setSpacing(8)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.chain_label)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        if not self.may_view:
            self._say(
                self.tr(
                    "Your role may not see the audit trail. The practice manager and the "
                    "compliance officer can."
                )
            )
            self._set_enabled(False)
            return
        self._open()

    # --- helpers ------------------------------------------------------------------------

    @property
    def may_view(self) -> bool:
        return self.context.is_unlocked and allows(
            self.context.practice.actor, Permission.AUDIT_VIEW
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.verify_button,
            self.csv_button,
            self.pdf_button,
            self.apply_button,
            self.user_box,
            self.action_box,
            self.client_edit,
            self.since_edit,
            self.until_edit,
        ):
            widget.setEnabled(enabled)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self._set_enabled(True)
        self._fail(error)

    def current_filter(self) -> AuditFilter | None:
        client_text = self.client_edit.text().strip()
        client_id = None
        if client_text:
            if not client_text.isdigit():
                self._say(self.tr("The client number is the number shown on the client."))
                return None
            client_id = int(client_text)
        return AuditFilter(
            username=self.user_box.currentData(),
            client_id=client_id,
            action=self.action_box.currentData(),
            since=_day(self.since_edit),
            until=_day(self.until_edit),
        )

    # --- loading ----------------------------------------------------------------------------

    def _open(self) -> None:
        practice = self.context.practice

        def work(session: Session) -> tuple[list[str], list[str]]:
            audit.record_viewed(session, practice.actor)
            return audit.audit_filter_choices(session, practice.actor)

        Operation(self, self.context, work).success(self._fill_choices).failure(self._failed).run()

    def _fill_choices(self, choices: tuple[list[str], list[str]]) -> None:
        names, actions = choices
        for name in names:
            self.user_box.addItem(name, name)
        for label, prefix in ACTION_GROUPS:
            if any(a == prefix or a.startswith(prefix) for a in actions):
                group = self.tr("{group} (all)").format(group=self.tr(label))
                self.action_box.addItem(group, prefix)
        shown = {action: service_text(audit.action_label(action)) for action in actions}
        for action in sorted(actions, key=lambda a: shown[a].casefold()):
            self.action_box.addItem(shown[action], action)
        self.refresh()

    def _changed(self, changes) -> None:  # noqa: ANN001 (a Changes flag)
        if changes and self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        wanted = self.current_filter()
        if wanted is None or not self.context.is_unlocked:
            return
        self.error.hide()
        practice = self.context.practice

        def work(session: Session) -> list[AuditRow]:
            return audit.search_entries(session, practice.actor, wanted, limit=ROW_LIMIT)

        Operation(self, self.context, work).success(self._show_rows).failure(self._failed).run()

    def _show_rows(self, rows: list[AuditRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for row, entry in enumerate(rows):
            values = (
                str(entry.id),
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.username or "",
                service_text(entry.action_label),
                "" if entry.client_id is None else str(entry.client_id),
                entry.summary,
            )
            for column, value in enumerate(values):
                item = table_cell(value, number=column in (0, 4))
                if column == 3:
                    item.setToolTip(entry.action)
                self.table.setItem(row, column, item)
        shown = (
            self.tr("1 entry")
            if len(rows) == 1
            else self.tr("{count} entries").format(count=format_number(len(rows)))
        )
        more = self.tr(" (the newest {count}; narrow the filter to see older ones)").format(
            count=format_number(ROW_LIMIT)
        )
        self.count_label.setText(shown + (more if len(rows) >= ROW_LIMIT else ""))

    # --- checking ---------------------------------------------------------------------------

    @Slot()
    def verify(self) -> None:
        practice = self.context.practice
        self._set_enabled(False)
        self.chain_label.setText(self.tr("Checking every entry…"))
        self.chain_label.setStyleSheet("")
        self.chain_label.show()

        def work(session: Session) -> ChainReport:
            return audit.verify_and_record(session, practice.actor)

        Operation(self, self.context, work).success(self._show_chain).failure(self._failed).run()

    def _show_chain(self, report: ChainReport) -> None:
        self._set_enabled(True)
        colour = GOOD if report.ok else BAD
        mark = "✔" if report.ok else "✖"
        self.chain_label.setText(f"{mark} {self._describe(report)}")
        self.chain_label.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.chain_label.show()
        if not report.ok and report.broken_id is not None:
            self.show_entry(report.broken_id)
        self.chain_checked.emit(report)

    def _describe(self, report: ChainReport) -> str:
        # ChainReport.describe() is the CLI's English; the same facts, in the UI language.
        if report.ok:
            return self.tr(
                "The audit trail is intact: {count} entries, each linked to the last."
            ).format(count=format_number(report.checked))
        if report.broken_id is not None:
            where = self.tr("entry {number}").format(number=report.broken_id)
        else:
            where = self.tr("the end of the trail")
        return self.tr("The audit trail is broken at {where}: {problem}").format(
            where=where, problem=report.problem or ""
        )

    def show_entry(self, entry_id: int) -> None:
        """Select the entry (or where it would be) so the user sees the break in context."""
        for row, entry in enumerate(self.rows):
            if entry.id <= entry_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                if entry.id == entry_id:
                    for column in range(len(COLUMNS)):
                        self.table.item(row, column).setBackground(QColor("#fbe3e1"))
                return

    # --- exporting --------------------------------------------------------------------------

    def choose_export(self, kind: str) -> None:
        stamp = dt.date.today().isoformat()
        suggested = str(Path.home() / f"audit-trail-{stamp}.{kind}")
        label = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("PDF documents (*.pdf)")
        chosen = ask_save_path(self, self.tr("Export the audit trail"), suggested, label)
        if chosen is not None:
            self.export_to(chosen, kind)

    def export_to(self, path: Path, kind: str) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        actor = self.context.practice.actor
        self._set_enabled(False)
        self.error.hide()

        def work(session: Session) -> int:
            if kind == "csv":
                return audit.export_csv(session, actor, path, wanted)
            return audit.export_pdf(session, actor, path, wanted)

        def done(count: int) -> None:
            self._set_enabled(True)
            self.count_label.setText(
                self.tr("Exported {count} entries to {path}.").format(
                    count=format_number(count), path=path
                )
            )
            self.exported.emit(str(path))

        Operation(self, self.context, work).success(done).failure(self._failed).run()
