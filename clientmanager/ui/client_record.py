"""One client's record: an editable overview and a tab for each part of their file."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.money import format_amount
from clientmanager.domain.phone import format_phone_for_display
from clientmanager.domain.sa_id import parse_sa_id
from clientmanager.errors import ClientManagerError
from clientmanager.services import client_records as records
from clientmanager.services.client_records import InvalidInput
from clientmanager.services.clients import ClientCard, review_due_before
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.clipboard import copy_sensitive
from clientmanager.ui.context import AppContext
from clientmanager.ui.forms import (
    RecordDialog,
    SpecForm,
    confirm_discard,
    describe,
    run_in_session,
    show_error,
)
from clientmanager.ui.widgets import error_label, hint

logger = logging.getLogger(__name__)

NAVY = QColor("#1f4e79")
ASSET_COLOUR = QColor("#2e7d5b")
LIABILITY_COLOUR = QColor("#c0392b")
MUTED = QColor("#5b6b7c")


def money(cents: int | None) -> str:
    return "" if cents is None else format_amount(int(cents))


def label_of(value: str | None) -> str:
    return (value or "").replace("_", " ").capitalize()


def day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.strftime("%d %b %Y %H:%M" if isinstance(value, dt.datetime) else "%d %b %Y")


def age_on(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# --- tables ------------------------------------------------------------------------------------

Column = tuple[str, Callable[[Any], str], bool]  # header, value, right-aligned


class RecordTable(QTableWidget):
    open_requested = Signal(object)

    def __init__(
        self,
        columns: list[Column],
        parent: QWidget | None = None,
        *,
        alert: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self.alert = alert
        self.records: list[Any] = []
        self.setHorizontalHeaderLabels([header for header, _get, _right in columns])
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1 if len(columns) > 1 else 0, QHeaderView.ResizeMode.Stretch)
        self.cellDoubleClicked.connect(lambda row, _c: self.open_requested.emit(self.records[row]))

    def set_records(self, items: list[Any]) -> None:
        self.records = list(items)
        self.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            flagged = self.alert is not None and self.alert(record)
            for column, (_header, get, right) in enumerate(self.columns):
                item = QTableWidgetItem(get(record))
                if flagged:
                    item.setForeground(LIABILITY_COLOUR)
                if right:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)

    def selected(self) -> Any | None:
        row = self.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Policy and account numbers: a copied cell leaves the clipboard after 30 seconds.
        if event.matches(QKeySequence.StandardKey.Copy):
            item = self.currentItem()
            if item is not None:
                copy_sensitive(item.text())
            return
        super().keyPressEvent(event)


class RecordSection(QWidget):
    """A titled table of one kind of sub-record with Add, Edit and Remove."""

    changed = Signal()

    def __init__(
        self,
        view: ClientRecordView,
        kind_key: str,
        title: str,
        columns: list[Column],
        *,
        empty_text: str,
        removable: bool = True,
        alert: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__()
        self.view = view
        self.kind_key = kind_key
        self.kind = records.RECORD_KINDS[kind_key]
        self.table = RecordTable(columns, alert=alert)
        self.table.setObjectName(f"table_{kind_key}")
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        self.add_button = QPushButton("Add…")
        self.add_button.setObjectName(f"add_{kind_key}")
        self.edit_button = QPushButton("Open…")
        self.remove_button = QPushButton("Remove")
        self.remove_button.setVisible(removable)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.buttons.addWidget(self.title)
        self.buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(button)
        self.empty = hint(empty_text)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMinimumHeight(80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.table.selected()))
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.open_requested.connect(self.open_dialog)
        self.table.itemSelectionChanged.connect(self.update_buttons)

    @property
    def may_edit(self) -> bool:
        return allows(self.view.actor, self.kind.permission) and not self.view.archived

    def set_records(self, items: list[Any]) -> None:
        self.table.set_records(items)
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.update_buttons()

    def update_buttons(self) -> None:
        selected = self.table.selected()
        self.add_button.setEnabled(self.may_edit)
        self.edit_button.setEnabled(selected is not None)
        self.remove_button.setEnabled(
            selected is not None and self.may_edit and not getattr(selected, "finalised_at", None)
        )

    def read_only_reason(self, record: Any) -> str:
        return ""

    def open_dialog(self, record: Any | None) -> None:
        if record is None and not self.may_edit:
            return
        reason = self.read_only_reason(record) if record is not None else ""
        dialog = RecordDialog(
            self.view.context,
            self.kind_key,
            client_id=self.view.client_id,
            record=record,
            read_only=bool(reason) or not self.may_edit,
            read_only_reason=reason,
            parent=self,
        )
        dialog.saved.connect(lambda _id: self.view.reload())
        self.view.open_dialog = dialog
        dialog.open()

    def remove_selected(self) -> None:
        record = self.table.selected()
        if record is None:
            return
        summary = self.kind.summary(record)
        answer = QMessageBox.question(
            self,
            f"Remove {self.kind.title}",
            f"Remove the {self.kind.title} “{summary}” from this client's record?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        kind_key, record_id = self.kind_key, record.id
        run_in_session(
            self.view.context,
            lambda session, actor: records.delete_record(session, actor, kind_key, record_id),
            on_done=lambda _r: self.view.reload(),
            on_error=lambda error: show_error(self, error),
        )


class NoteSection(RecordSection):
    def __init__(self, view: ClientRecordView) -> None:
        super().__init__(
            view,
            "note",
            "Notes and records of advice",
            [
                ("Date", lambda n: day(n.occurred_at.date()), False),
                ("Subject", lambda n: n.subject, False),
                (
                    "Kind",
                    lambda n: "Record of advice" if n.kind == "advice" else label_of(n.kind),
                    False,
                ),
                ("Status", view.note_status, False),
            ],
            empty_text="No notes yet. Add a note, call, meeting or record of advice.",
        )
        self.finalise_button = QPushButton("Finalise record of advice…")
        self.finalise_button.setObjectName("finaliseAdvice")
        self.buttons.insertWidget(self.buttons.count() - 1, self.finalise_button)
        self.finalise_button.clicked.connect(self.finalise_selected)

    def update_buttons(self) -> None:
        super().update_buttons()
        selected = self.table.selected()
        if hasattr(self, "finalise_button"):
            self.finalise_button.setEnabled(
                selected is not None
                and selected.kind == "advice"
                and selected.finalised_at is None
                and allows(self.view.actor, Permission.ADVICE_FINALISE)
                and not self.view.archived
            )

    def read_only_reason(self, record: Any) -> str:
        if record.finalised_at is not None:
            return (
                f"Final: {self.view.note_status(record)}. A finalised record of advice "
                "cannot be changed (FAIS General Code s9); add a new note instead."
            )
        return ""

    def finalise_selected(self) -> None:
        note = self.table.selected()
        if note is None:
            return
        answer = QMessageBox.question(
            self,
            "Finalise record of advice",
            f"Finalise “{note.subject}”?\n\nOnce final, the record of advice is locked: "
            "nobody can change or delete it. It is kept as evidence of the advice given.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        note_id = note.id
        run_in_session(
            self.view.context,
            lambda session, actor: records.finalise_advice(session, actor, note_id),
            on_done=lambda _n: self.view.reload(),
            on_error=lambda error: show_error(self, error, "Not finalised"),
        )


class TaskSection(RecordSection):
    def __init__(self, view: ClientRecordView) -> None:
        super().__init__(
            view,
            "task",
            "Tasks and reviews",
            [
                ("Due", lambda t: day(t.due_on), False),
                ("Task", lambda t: t.title, False),
                ("Kind", lambda t: label_of(t.kind).replace("Follow up", "Follow-up"), False),
                (
                    "Status",
                    lambda t: (
                        "Done " + day(t.completed_at.date())
                        if t.status == "done" and t.completed_at
                        else label_of(t.status)
                    ),
                    False,
                ),
            ],
            empty_text="No tasks. Add a review or a follow-up so it shows on the Today page.",
            alert=lambda t: (
                t.status == "open" and t.due_on is not None and t.due_on < dt.date.today()
            ),
        )
        self.complete_button = QPushButton("Mark done")
        self.complete_button.setObjectName("completeTask")
        self.buttons.insertWidget(self.buttons.count() - 1, self.complete_button)
        self.complete_button.clicked.connect(self.complete_selected)

    def update_buttons(self) -> None:
        super().update_buttons()
        selected = self.table.selected()
        if hasattr(self, "complete_button"):
            self.complete_button.setEnabled(
                selected is not None and selected.status == "open" and self.may_edit
            )

    def complete_selected(self) -> None:
        task = self.table.selected()
        if task is None:
            return
        task_id = task.id
        run_in_session(
            self.view.context,
            lambda session, actor: records.complete_task(session, actor, task_id),
            on_done=lambda _t: self.view.reload(),
            on_error=lambda error: show_error(self, error),
        )


# --- the chart ---------------------------------------------------------------------------------


class NetWorthChart(QWidget):
    """Assets and liabilities by kind as horizontal bars, with net worth underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[tuple[str, int, bool]] = []
        self.net = 0
        self.setMinimumHeight(200)
        self.setMinimumWidth(320)

    def set_card(self, card: ClientCard) -> None:
        assets: dict[str, int] = {}
        for asset in card.assets:
            assets[asset.kind] = (
                assets.get(asset.kind, 0) + asset.value_cents * asset.ownership_percent // 100
            )
        debts: dict[str, int] = {}
        for liability in card.liabilities:
            debts[liability.kind] = debts.get(liability.kind, 0) + liability.balance_cents
        if card.policy_values_cents:
            assets["policy_fund_values"] = card.policy_values_cents
        self.bars = [
            (label_of(kind), value, True)
            for kind, value in sorted(assets.items(), key=lambda kv: -kv[1])
        ]
        self.bars += [
            (label_of(kind), value, False)
            for kind, value in sorted(debts.items(), key=lambda kv: -kv[1])
        ]
        self.net = card.net_worth_cents
        self.setMinimumHeight(40 + 26 * max(len(self.bars), 1))
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        if not self.bars:
            painter.setPen(MUTED)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                "Add assets and liabilities to see the balance sheet.",
            )
            return
        label_width = 140
        amount_width = 140
        bar_space = max(width - label_width - amount_width - 16, 40)
        largest = max(value for _label, value, _asset in self.bars) or 1
        y = 8
        metrics = painter.fontMetrics()
        for label, value, is_asset in self.bars:
            painter.setPen(QPen(QColor("#1d2733")))
            painter.drawText(
                QRectF(0, y, label_width - 8, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            length = max(2.0, bar_space * value / largest)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ASSET_COLOUR if is_asset else LIABILITY_COLOUR)
            painter.drawRoundedRect(QRectF(label_width, y + 3, length, 14), 3, 3)
            painter.setPen(QPen(MUTED))
            text = money(value) if is_asset else "-" + money(value)
            painter.drawText(
                QRectF(label_width + length + 8, y, amount_width + 60, 20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += 26
        painter.setPen(QPen(QColor("#d3dbe4")))
        painter.drawLine(label_width, y + 2, width - 12, y + 2)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(NAVY if self.net >= 0 else LIABILITY_COLOUR))
        painter.drawText(
            QRectF(0, y + 6, label_width - 8, 22),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            "Net worth",
        )
        painter.drawText(
            QRectF(label_width, y + 6, width - label_width, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            money(self.net),
        )


def stat(title: str) -> tuple[QFrame, QLabel]:
    """A small figure box: a caption and a big number."""
    frame = QFrame()
    frame.setObjectName("stat")
    caption = QLabel(title)
    caption.setObjectName("statCaption")
    value = QLabel("")
    value.setObjectName("statValue")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(2)
    layout.addWidget(caption)
    layout.addWidget(value)
    return frame, value


def tab_page(*widgets: QWidget, stretch_last: bool = True) -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(14)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_last and index == len(widgets) - 1 else 0)
    return page


# --- the record --------------------------------------------------------------------------------


class ClientRecordView(QWidget):
    """The record of one client (or a new one being added)."""

    closed = Signal()
    client_saved = Signal(int)
    client_archived = Signal(int)
    household_requested = Signal(int)
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.client_id: int | None = None
        self.card: ClientCard | None = None
        self.archived = False
        self.saving = False
        self.open_dialog: QDialog | None = None
        self.users: dict[int, str] = {}

        self.name_label = QLabel()
        self.name_label.setObjectName("pageTitle")
        self.facts_label = QLabel()
        self.facts_label.setObjectName("hint")
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip("Save changes (Ctrl+S)")
        self.archive_button = QPushButton("Archive…")
        self.archive_button.setToolTip("Archive this client (soft delete)")
        self.close_button = QPushButton("Close")
        self.close_button.setToolTip("Close the client (Esc)")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name_label)
        titles.addWidget(self.facts_label)
        header.addLayout(titles, 1)
        for button in (self.archive_button, self.close_button, self.save_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.banner = QLabel()
        self.banner.setObjectName("lockedBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.form_error = error_label()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        self.tabs.setDocumentMode(True)
        self._build_overview()
        self._build_policies()
        self._build_balance_sheet()
        self._build_cash_flow()
        self._build_goals()
        self.notes = NoteSection(self)
        self.tabs.addTab(tab_page(self.notes), "Notes && advice")
        self.tasks = TaskSection(self)
        self.tabs.addTab(tab_page(self.tasks), "Tasks && reviews")
        self._build_documents()
        self._build_consents()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.form_error)
        layout.addWidget(self.tabs, 1)
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.archive)
        self.close_button.clicked.connect(self.request_close)

    @property
    def actor(self) -> Any:
        return self.context.practice.actor if self.context.is_unlocked else None

    # --- tabs -----------------------------------------------------------------------------
    def _build_overview(self) -> None:
        self.form = SpecForm(records.CLIENT_FIELDS)
        self.form.setObjectName("clientForm")
        self.form.changed.connect(self._form_changed)
        self.form.fields["id_number"].input.textEdited.connect(self._id_typed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(420)

        self.derived = QLabel()
        self.derived.setObjectName("derived")
        self.derived.setWordWrap(True)
        self.derived.setTextFormat(Qt.TextFormat.RichText)
        members_title = QLabel("Household")
        members_title.setObjectName("sectionTitle")
        self.household_name = hint("")
        self.members = RecordTable(
            [
                ("Name", lambda m: m[0], False),
                ("Relationship", lambda m: m[1], False),
                ("Age", lambda m: m[2], True),
            ]
        )
        self.members.setObjectName("householdTable")
        self.members.open_requested.connect(lambda member: self._open_member(member[3]))
        self.household_button = QPushButton("Show household in the list")
        self.household_button.clicked.connect(self._show_household_in_list)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 0, 0, 0)
        side_layout.setSpacing(8)
        side_layout.addWidget(self.derived)
        side_layout.addSpacing(8)
        side_layout.addWidget(members_title)
        side_layout.addWidget(self.household_name)
        side_layout.addWidget(self.members, 1)
        side_layout.addStretch(0)
        side_layout.addWidget(self.household_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.overview_splitter = splitter
        self.tabs.addTab(tab_page(splitter), "Overview")

    def _build_policies(self) -> None:
        self.policies = RecordSection(
            self,
            "policy",
            "Policies and products",
            [
                ("Provider", lambda p: p.provider, False),
                ("Product", lambda p: label_of(p.product_type), False),
                ("Policy number", lambda p: p.policy_number, False),
                ("Status", lambda p: label_of(p.status), False),
                (
                    "Premium",
                    lambda p: (
                        money(p.premium_cents)
                        + (
                            f" {p.premium_frequency}"
                            if p.premium_cents and p.premium_frequency
                            else ""
                        )
                    ),
                    True,
                ),
                ("Cover", lambda p: money(p.cover_amount_cents), True),
                ("Fund value", lambda p: money(p.fund_value_cents), True),
            ],
            empty_text="No policies recorded yet.",
        )
        self.premium_frame, self.premium_total = stat("Monthly premiums (active)")
        self.cover_frame, self.cover_total = stat("Life cover")
        self.fund_frame, self.fund_total = stat("Fund values")
        stats = QWidget()
        row = QHBoxLayout(stats)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for frame in (self.premium_frame, self.cover_frame, self.fund_frame):
            row.addWidget(frame)
        row.addStretch(1)
        self.tabs.addTab(tab_page(stats, self.policies), "Policies")

    def _build_balance_sheet(self) -> None:
        self.assets = RecordSection(
            self,
            "asset",
            "Assets",
            [
                ("Kind", lambda a: label_of(a.kind), False),
                ("Description", lambda a: a.description, False),
                ("Owned", lambda a: f"{a.ownership_percent}%", True),
                ("Value", lambda a: money(a.value_cents), True),
            ],
            empty_text="No assets recorded.",
        )
        self.liabilities = RecordSection(
            self,
            "liability",
            "Liabilities",
            [
                ("Kind", lambda item: label_of(item.kind), False),
                ("Lender", lambda item: item.lender or "", False),
                (
                    "Rate",
                    lambda item: (
                        f"{item.interest_rate_bp / 100:.2f}%"
                        if item.interest_rate_bp is not None
                        else ""
                    ),
                    True,
                ),
                ("Monthly", lambda item: money(item.monthly_payment_cents), True),
                ("Balance", lambda item: money(item.balance_cents), True),
            ],
            empty_text="No liabilities recorded.",
        )
        assets_frame, self.assets_total = stat("Total assets")
        debts_frame, self.liabilities_total = stat("Total liabilities")
        net_frame, self.net_worth = stat("Net worth")
        self.net_worth.setObjectName("netWorth")
        stats = QWidget()
        row = QHBoxLayout(stats)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for frame in (assets_frame, debts_frame, net_frame):
            row.addWidget(frame)
        row.addStretch(1)
        self.chart = NetWorthChart()
        self.chart.setObjectName("netWorthChart")
        chart_box = QFrame()
        chart_box.setObjectName("chartBox")
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(12, 10, 12, 10)
        chart_title = QLabel("Balance sheet")
        chart_title.setObjectName("sectionTitle")
        chart_layout.addWidget(chart_title)
        chart_layout.addWidget(self.chart, 1)
        body = QSplitter()
        body.addWidget(self.assets)
        body.addWidget(self.liabilities)
        body.setChildrenCollapsible(False)
        self.tabs.addTab(tab_page(stats, chart_box, body), "Assets && liabilities")

    def _build_cash_flow(self) -> None:
        self.cash_flows = RecordSection(
            self,
            "cash_flow",
            "Income and expenses",
            [
                ("Type", lambda c: "Income" if c.direction == "income" else "Expense", False),
                ("Category", lambda c: label_of(c.category), False),
                ("Description", lambda c: c.description or "", False),
                ("Frequency", lambda c: label_of(c.frequency), False),
                ("Amount", lambda c: money(c.amount_cents), True),
            ],
            empty_text="No income or expenses recorded.",
        )
        income_frame, self.income_total = stat("Income a month")
        expense_frame, self.expense_total = stat("Expenses a month")
        surplus_frame, self.surplus = stat("Surplus a month")
        stats = QWidget()
        row = QHBoxLayout(stats)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        for frame in (income_frame, expense_frame, surplus_frame):
            row.addWidget(frame)
        row.addStretch(1)
        self.tabs.addTab(tab_page(stats, self.cash_flows), "Income && expenses")

    def _build_goals(self) -> None:
        self.goals = RecordSection(
            self,
            "goal",
            "Goals",
            [
                (
                    "Priority",
                    lambda g: {1: "High", 2: "Medium", 3: "Low"}.get(g.priority, ""),
                    False,
                ),
                ("Goal", lambda g: g.description, False),
                ("Kind", lambda g: label_of(g.kind), False),
                ("Target date", lambda g: day(g.target_date), False),
                ("Target", lambda g: money(g.target_amount_cents), True),
            ],
            empty_text="No goals recorded yet.",
        )
        self.risk = RecordSection(
            self,
            "risk_profile",
            "Risk profile",
            [
                ("Assessed", lambda r: day(r.assessed_on), False),
                ("Category", lambda r: label_of(r.category), False),
                ("Score", lambda r: "" if r.score is None else str(r.score), True),
                ("Questionnaire", lambda r: r.method or "", False),
            ],
            empty_text="No risk profile on file. Assess the client's risk tolerance before advising.",
            removable=False,
        )
        self.risk.add_button.setText("New assessment…")
        self.tabs.addTab(tab_page(self.goals, self.risk, stretch_last=False), "Goals && risk")

    def _build_documents(self) -> None:
        self.documents = RecordTable(
            [
                ("Uploaded", lambda d: day(d.uploaded_at.date()), False),
                ("File", lambda d: d.filename + ("  (sensitive)" if d.is_sensitive else ""), False),
                ("Category", lambda d: label_of(d.category), False),
                ("Size", lambda d: f"{max(1, d.size_bytes // 1024):,} KB".replace(",", " "), True),
            ]
        )
        self.documents.setObjectName("documentsTable")
        self.attach_button = QPushButton("Attach…")
        self.view_button = QPushButton("View")
        self.export_button = QPushButton("Export a copy…")
        title = QLabel("Documents")
        title.setObjectName("sectionTitle")
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addStretch(1)
        for button in (self.attach_button, self.view_button, self.export_button):
            buttons.addWidget(button)
        self.documents_empty = QLabel(
            "No documents. Attach ID copies, signed records of advice or statements (PDF, PNG "
            "or JPEG); they are kept inside the encrypted practice database."
        )
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(buttons)
        self.documents_empty.setObjectName("emptyState")
        self.documents_empty.setWordWrap(True)
        self.documents_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.documents, 1)
        layout.addWidget(self.documents_empty, 1)
        self.tabs.addTab(page, "Documents")
        self.attach_button.clicked.connect(self.attach_document)
        self.view_button.clicked.connect(self.view_document)
        self.export_button.clicked.connect(self.export_document)
        self.documents.open_requested.connect(lambda _d: self.view_document())

    def _build_consents(self) -> None:
        self.consents = RecordTable(
            [
                ("Recorded", lambda c: day(c.recorded_at), False),
                ("Purpose", lambda c: label_of(c.purpose), False),
                ("Status", lambda c: label_of(c.status), False),
                ("Lawful basis", lambda c: label_of(c.lawful_basis), False),
                ("Via", lambda c: label_of(c.channel), False),
            ]
        )
        self.consents.setObjectName("consentsTable")
        self.consent_button = QPushButton("Record consent…")
        title = QLabel("Consent and lawful basis (POPIA s11, s69)")
        title.setObjectName("sectionTitle")
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addStretch(1)
        buttons.addWidget(self.consent_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addLayout(buttons)
        layout.addWidget(
            hint(
                "Entries are never edited: each change is a new entry, so the history shows what the client agreed to and when."
            )
        )
        layout.addWidget(self.consents, 1)
        self.tabs.addTab(page, "Consents")
        self.consent_button.clicked.connect(self.record_consent)

    # --- loading --------------------------------------------------------------------------
    def open_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.name_label.setText("Opening…")
        self.facts_label.setText("")
        run_in_session(
            self.context,
            lambda session, actor: (
                records.open_client(session, actor, client_id),
                records.user_names(session),
            ),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def reload(self) -> None:
        if self.client_id is None:
            return
        client_id = self.client_id
        run_in_session(
            self.context,
            lambda session, actor: (
                records.reload_client(session, actor, client_id),
                records.user_names(session),
            ),
            on_done=self._loaded,
            on_error=self._load_failed,
        )

    def _load_failed(self, error: BaseException) -> None:
        self.name_label.setText("This client could not be opened")
        self.facts_label.setText(describe(error).replace("\n\n", " "))

    def _loaded(self, result: tuple[ClientCard, dict[int, str]]) -> None:
        card, self.users = result
        if card.client.id != self.client_id:
            return  # another client was opened meanwhile
        self.show_card(card)
        self.loaded.emit(card.client.id)

    def new_client(self) -> None:
        self.client_id = None
        self.card = None
        self.archived = False
        self.form.set_values({})
        self.form_error.hide()
        self.banner.hide()
        self.name_label.setText("New client")
        self.facts_label.setText(
            "Fill in the details, then save (Ctrl+S). Fields marked * are required."
        )
        self.derived.setText("")
        self.members.set_records([])
        self.members.hide()
        self.household_button.hide()
        self.household_name.setText("Link the client to a household after saving.")
        self._show_derived()
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        self.tabs.setCurrentIndex(0)
        self._apply_permissions()
        self.form.fields["first_names"].setFocus()

    def show_card(self, card: ClientCard) -> None:
        self.card = card
        client = card.client
        self.archived = client.archived_at is not None
        keep_tab = self.tabs.currentIndex()
        self.form.set_values(records.client_form_values(client))
        self.form_error.hide()
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self.tabs.setCurrentIndex(keep_tab)
        self.name_label.setText(client.display_name or "Unnamed client")
        today = dt.date.today()
        facts = []
        if client.date_of_birth:
            facts.append(f"Age {age_on(client.date_of_birth, today)}")
        if client.mobile:
            facts.append(format_phone_for_display(client.mobile))
        if client.email:
            facts.append(client.email)
        facts.append(
            f"Planner: {card.planner.full_name}" if card.planner else "No planner assigned"
        )
        if client.last_review_on is None or client.last_review_on < review_due_before(today):
            facts.append("Review overdue")
        self.facts_label.setText("   ·   ".join(facts))
        if self.archived:
            self.banner.setText(
                f"Archived on {day(client.archived_at.date())}. The record is kept (soft delete) "
                "until the retention review decides what the law allows; it is read-only."
            )
            self.banner.show()
        else:
            self.banner.hide()
        self._show_derived()
        self._show_household(card)
        self.policies.set_records(card.policies)
        active = [p for p in card.policies if p.status == "active"]
        monthly = sum(
            (p.premium_cents or 0) // (12 if p.premium_frequency == "annual" else 1)
            for p in active
            if p.premium_frequency != "single"
        )
        self.premium_total.setText(money(monthly))
        self.cover_total.setText(money(sum(p.cover_amount_cents or 0 for p in active)))
        self.fund_total.setText(money(sum(p.fund_value_cents or 0 for p in active)))
        self.assets.set_records(card.assets)
        self.liabilities.set_records(card.liabilities)
        self.assets_total.setText(money(card.total_assets_cents))
        self.liabilities_total.setText(money(card.total_liabilities_cents))
        self.net_worth.setText(money(card.net_worth_cents))
        self.net_worth.setProperty("negative", card.net_worth_cents < 0)
        self.net_worth.style().polish(self.net_worth)
        self.chart.set_card(card)
        self.cash_flows.set_records(card.cash_flows)

        def monthly_of(direction: str) -> int:
            return sum(
                c.amount_cents // (12 if c.frequency == "annual" else 1)
                for c in card.cash_flows
                if c.direction == direction
            )

        income, expenses = monthly_of("income"), monthly_of("expense")
        self.income_total.setText(money(income))
        self.expense_total.setText(money(expenses))
        self.surplus.setText(money(income - expenses))
        self.goals.set_records(card.goals)
        self.risk.set_records([card.risk_profile] if card.risk_profile else [])
        self.notes.set_records(card.notes)
        self.tasks.set_records(card.tasks)
        self.documents.set_records(card.documents)
        self.documents_empty.setVisible(not card.documents)
        self.documents.setVisible(bool(card.documents))
        self.consents.set_records(card.consents)
        self._apply_permissions()

    def _show_household(self, card: ClientCard) -> None:
        today = dt.date.today()
        household = card.household
        self.household_name.setText(household.name if household else "Not linked to a household.")
        # A link says "this client is the <kind> of the other", so the other is the inverse.
        inverse = {"parent": "Child", "child": "Parent", "director": "Company", "trustee": "Trust"}
        relation = {
            other.id: inverse.get(link.kind, label_of(link.kind))
            for link, other in card.relationships
        }
        members = [
            (
                member.display_name,
                relation.get(member.id) or label_of(member.household_role),
                str(age_on(member.date_of_birth, today)) if member.date_of_birth else "",
                member.id,
            )
            for member in card.household_members
        ]
        self.members.set_records(members)
        self.members.setVisible(bool(members))
        self.household_button.setVisible(household is not None)

    def _open_member(self, client_id: int) -> None:
        if self.maybe_close():
            self.open_client(client_id)

    def _show_household_in_list(self) -> None:
        if self.card is not None and self.card.household is not None:
            self.household_requested.emit(self.card.household.id)

    def _id_typed(self, _text: str) -> None:
        self._show_derived()

    def _show_derived(self) -> None:
        """Age, date of birth and gender read from the SA ID number as it is typed."""
        text = self.form.fields["id_number"].value().strip()
        if not text:
            self.derived.setText(
                "<span style='color:#5b6b7c'>Type an SA ID number to see the date of birth and age it encodes.</span>"
            )
            return
        if len(text) < 13:
            self.derived.setText(
                "<span style='color:#5b6b7c'>An SA ID number has 13 digits.</span>"
            )
            return
        try:
            parsed = parse_sa_id(text)
        except ValueError as exc:
            self.derived.setText(f"<span style='color:#b03a2e'>{exc}</span>")
            return
        today = dt.date.today()
        citizen = "SA citizen" if parsed.citizenship == "citizen" else "Permanent resident"
        self.derived.setText(
            f"<b>From the ID number</b><br>Born {parsed.date_of_birth:%d %B %Y} · "
            f"age {age_on(parsed.date_of_birth, today)}<br>{parsed.gender.capitalize()} · {citizen}"
        )

    # --- permissions --------------------------------------------------------------------
    def _apply_permissions(self) -> None:
        actor = self.actor
        can_edit = allows(actor, Permission.CLIENT_EDIT) and not self.archived
        can_contact = allows(actor, Permission.CLIENT_EDIT_CONTACT) and not self.archived
        if self.client_id is None:
            can_edit = allows(actor, Permission.CLIENT_CREATE)
        self.form.set_read_only(
            not can_edit, except_keys=records.CONTACT_FIELDS if can_contact else ()
        )
        self.save_button.setEnabled(can_edit or can_contact)
        self.archive_button.setEnabled(
            self.client_id is not None
            and not self.archived
            and allows(actor, Permission.CLIENT_ARCHIVE)
        )
        for section in (
            self.policies,
            self.assets,
            self.liabilities,
            self.cash_flows,
            self.goals,
            self.risk,
            self.notes,
            self.tasks,
        ):
            section.update_buttons()
        self.attach_button.setEnabled(allows(actor, Permission.DOCUMENT_EDIT) and not self.archived)
        self.consent_button.setEnabled(allows(actor, Permission.CLIENT_EDIT) and not self.archived)
        has_docs = bool(self.card and self.card.documents)
        self.view_button.setEnabled(has_docs)
        self.export_button.setEnabled(has_docs)

    # --- editing --------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.form.dirty

    def _form_changed(self) -> None:
        self.form_error.hide()

    def save(self) -> None:
        if self.saving or not self.save_button.isEnabled():
            return
        values = self.form.values()
        client_id = self.client_id
        self.saving = True
        self.save_button.setEnabled(False)
        self.form.clear_errors()
        run_in_session(
            self.context,
            lambda session, actor: records.save_client(
                session, actor, values=values, client_id=client_id
            ),
            on_done=self._saved,
            on_error=self._save_failed,
        )

    def _saved(self, client_id: int) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.form.dirty = False
        is_new = self.client_id is None
        self.client_id = client_id
        self.client_saved.emit(client_id)
        if is_new:
            self.open_client(client_id)
        else:
            self.reload()

    def _save_failed(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        # Nothing typed is cleared: the planner fixes the field and saves again.
        if isinstance(error, InvalidInput):
            self.form.show_errors(error.errors)
            self.tabs.setCurrentIndex(0)
            self.form_error.setText(f"{error.message} {error.hint}")
        else:
            self.form_error.setText(describe(error).replace("\n\n", " "))
        self.form_error.show()

    def maybe_close(self) -> bool:
        """True when the record may close: saved, discarded, or nothing changed."""
        if not self.form.dirty:
            return True
        answer = confirm_discard(self, "the changes to this client")
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return False  # closes once the save succeeds and the user closes again
        self.form.dirty = False
        return True

    def request_close(self) -> None:
        if self.maybe_close():
            self.closed.emit()

    def archive(self) -> None:
        if self.client_id is None or self.card is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Archive client")
        box.setText(f"Archive {self.card.client.display_name}?")
        box.setInformativeText(records.ARCHIVE_EXPLANATION)
        archive_button = box.addButton("Archive", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not archive_button:
            return
        client_id = self.client_id
        run_in_session(
            self.context,
            lambda session, actor: records.archive_client(session, actor, client_id),
            on_done=lambda _r: self._archived(client_id),
            on_error=lambda error: show_error(self, error, "Not archived"),
        )

    def _archived(self, client_id: int) -> None:
        self.form.dirty = False
        self.client_archived.emit(client_id)
        self.closed.emit()

    def note_status(self, note: Any) -> str:
        if note.finalised_at is None:
            return "Draft" if note.kind == "advice" else ""
        who = self.users.get(note.finalised_by_id, "unknown user")
        return f"Final – {who}, {day(note.finalised_at)} UTC"

    # --- documents and consents ----------------------------------------------------------
    def attach_document(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Attach a document", "", "Documents (*.pdf *.png *.jpg *.jpeg)"
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path, *, category: str = "other") -> None:
        try:
            content = path.read_bytes()
        except OSError as exc:
            show_error(
                self,
                ClientManagerError(
                    f"{path.name} could not be read ({exc.strerror}).",
                    hint="Check the file and try again.",
                ),
            )
            return
        client_id = self.client_id
        run_in_session(
            self.context,
            lambda session, actor: records.attach_document(
                session,
                actor,
                client_id=client_id,
                filename=path.name,
                content=content,
                category=category,
            ),
            on_done=lambda _id: self.reload(),
            on_error=lambda error: show_error(self, error, "Not attached"),
        )

    def _selected_document_id(self) -> int | None:
        document = self.documents.selected()
        if document is None and self.documents.records:
            document = self.documents.records[0]
        return document.id if document is not None else None

    def view_document(self) -> None:
        document_id = self._selected_document_id()
        if document_id is None:
            return
        run_in_session(
            self.context,
            lambda session, actor: records.fetch_document(session, actor, document_id),
            on_done=self._show_document,
            on_error=lambda error: show_error(self, error, "Cannot show the document"),
        )

    def _show_document(self, copy: records.DocumentCopy) -> None:
        dialog = DocumentViewer(copy, self)
        self.open_dialog = dialog
        dialog.open()

    def export_document(self, target: Path | None = None) -> None:
        document_id = self._selected_document_id()
        if document_id is None:
            return
        if target is None:
            name = self.documents.selected().filename if self.documents.selected() else "document"
            chosen, _f = QFileDialog.getSaveFileName(self, "Export a copy", name)
            if not chosen:
                return
            target = Path(chosen)
        run_in_session(
            self.context,
            lambda session, actor: records.export_document(session, actor, document_id, target),
            on_done=lambda path: QMessageBox.information(
                self,
                "Copy exported",
                f"A copy was saved to {path}.\n\nIt is not encrypted: keep it safe, and delete it when it is no longer needed.",
            ),
            on_error=lambda error: show_error(self, error, "Not exported"),
        )

    def record_consent(self) -> None:
        client_id = self.client_id
        dialog = RecordDialog(
            self.context,
            "consent",
            client_id=client_id,
            specs=records.CONSENT_FIELDS,
            title="Record consent",
            save=lambda session, actor, values: records.record_consent(
                session, actor, client_id=client_id, values=values
            ),
            parent=self,
        )
        dialog.saved.connect(lambda _id: self.reload())
        self.open_dialog = dialog
        dialog.open()


class DocumentViewer(QDialog):
    """Shows an image, or the first page of a PDF rendered by Qt PDF when available."""

    def __init__(self, copy: records.DocumentCopy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.copy = copy
        self.setWindowTitle(copy.filename)
        self.resize(720, 860)
        layout = QVBoxLayout(self)
        self.page = QLabel()
        self.page.setObjectName("documentPage")
        self.page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page)
        layout.addWidget(scroll, 1)
        info = hint(
            f"{copy.filename} · {len(copy.content):,} bytes · shown from the encrypted database; nothing is written to disk.".replace(
                ",", " "
            )
        )
        layout.addWidget(info)
        pixmap = self._render()
        if pixmap is not None and not pixmap.isNull():
            self.page.setPixmap(pixmap)
        else:
            self.page.setText(
                "This document cannot be previewed here. Use “Export a copy…” to open it in another program."
            )

    def _render(self) -> QPixmap | None:
        if self.copy.mime_type.startswith("image/"):
            pixmap = QPixmap()
            pixmap.loadFromData(self.copy.content)
            return pixmap
        try:
            from PySide6.QtCore import QBuffer, QByteArray, QSize
            from PySide6.QtPdf import QPdfDocument
        except ImportError:
            return None
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(self.copy.content))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self._pdf = QPdfDocument(self)
        self._pdf.load(self._buffer)
        if self._pdf.pageCount() < 1:
            return None
        size = self._pdf.pagePointSize(0)
        scale = 660 / max(size.width(), 1)
        image = self._pdf.render(0, QSize(int(size.width() * scale), int(size.height() * scale)))
        return QPixmap.fromImage(image)
