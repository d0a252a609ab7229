"""What every tab of the client record shares: formatting, the record table, a titled
section of sub-records with Add/Open/Remove, and the one way a tab calls a service."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.money import format_amount
from clientmanager.services import client_records as records
from clientmanager.services.permissions import allows
from clientmanager.ui.clipboard import copy_sensitive
from clientmanager.ui.i18n import format_date, format_datetime, service_text
from clientmanager.ui.operations import Operation, run_operation
from clientmanager.ui.widgets import ask, hint, table_cell

if TYPE_CHECKING:
    from clientmanager.services.clients import ClientCard
    from clientmanager.ui.context import AppContext

logger = logging.getLogger(__name__)
# lupdate reads translate("ClientRecord", ...) calls in every tab module.
translate = QCoreApplication.translate

NAVY = QColor("#1f4e79")
ASSET_COLOUR = QColor("#2e7d5b")
LIABILITY_COLOUR = QColor("#c0392b")
MUTED = QColor("#5b6b7c")


def money(cents: int | None) -> str:
    return "" if cents is None else format_amount(int(cents))


def label_of(value: str | None) -> str:
    """A stored choice ("paid_up") as shown ("Paid up"), in the interface language: the
    choice labels are in the ServiceText list (ui/i18n.py)."""
    return service_text((value or "").replace("_", " ").capitalize())


def day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_datetime(value, "dd MMM yyyy HH:mm")
    return format_date(value, "dd MMM yyyy")


def day_long(value: dt.date) -> str:
    """A date with the month written out ("1 December 2026"), in the interface locale."""
    return format_date(value, "d MMMM yyyy")


def age_on(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class RecordHost(Protocol):
    """What a tab may ask of the record that holds it (and nothing about other tabs)."""

    context: AppContext
    client_id: int | None
    archived: bool
    users: dict[int, str]
    open_dialog: QDialog | None

    @property
    def actor(self) -> Any: ...

    def reload(self) -> None: ...

    def open_member(self, client_id: int) -> None: ...


class RunsOnRecord:
    """For a record's tabs, sections and dialogs: work on the open record's practice."""

    host: RecordHost

    def run_on_record(self, work: Callable[[Any, Any], Any], **options: Any) -> Operation:
        """:func:`run_operation` for this widget, on the record's context."""
        return run_operation(self, self.host.context, work, **options)


class RecordTab(QWidget, RunsOnRecord):
    """One tab: shows a loaded card and enables what the signed-in role may do."""

    title = ""

    def __init__(self, host: RecordHost) -> None:
        super().__init__()
        self.host = host

    def show_card(self, card: ClientCard) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def clear(self) -> None:
        """A new, unsaved client: nothing to show yet."""

    def update_permissions(self) -> None:
        """Enable or disable buttons for the signed-in role."""


class SectionTab(RecordTab):
    """A tab that is one section of sub-records (notes, tasks)."""

    def __init__(
        self, host: RecordHost, section: RecordSection, title: str, rows: Callable[[Any], list]
    ) -> None:
        super().__init__(host)
        self.title = title
        self.section = section
        self._rows = rows
        page_layout(self).addWidget(section, 1)

    def show_card(self, card: ClientCard) -> None:
        self.section.set_records(self._rows(card))

    def update_permissions(self) -> None:
        self.section.update_buttons()


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
        stretch: int | None = None,
    ) -> None:
        """``stretch`` is the column that takes the width left over (the second, unless
        named); the others are as wide as their contents."""
        super().__init__(0, len(columns), parent)
        self.columns = columns
        self.alert = alert
        self.records: list[Any] = []
        # Headers are QT_TRANSLATE_NOOP("ClientRecord", ...) in the tab modules.
        self.setHorizontalHeaderLabels(
            [translate("ClientRecord", header) for header, _get, _right in columns]
        )
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
        if stretch is None:
            stretch = 1 if len(columns) > 1 else 0
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.cellDoubleClicked.connect(lambda row, _c: self.open_requested.emit(self.records[row]))

    def set_records(self, items: list[Any]) -> None:
        self.records = list(items)
        self.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            flagged = self.alert is not None and self.alert(record)
            for column, (_header, get, right) in enumerate(self.columns):
                item = table_cell(get(record), number=right)
                if flagged:
                    item.setForeground(LIABILITY_COLOUR)
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


class RecordSection(QWidget, RunsOnRecord):
    """A titled table of one kind of sub-record with Add, Edit and Remove."""

    changed = Signal()

    def __init__(
        self,
        host: RecordHost,
        kind_key: str,
        title: str,
        columns: list[Column],
        *,
        empty_text: str,
        removable: bool = True,
        alert: Callable[[Any], bool] | None = None,
    ) -> None:
        super().__init__()
        self.host = host
        self.kind_key = kind_key
        self.kind = records.RECORD_KINDS[kind_key]
        self.table = RecordTable(columns, alert=alert)
        self.table.setObjectName(f"table_{kind_key}")
        self.title = QLabel(translate("ClientRecord", title))
        self.title.setObjectName("sectionTitle")
        self.add_button = QPushButton(translate("ClientRecord", "Add…"))
        self.add_button.setObjectName(f"add_{kind_key}")
        self.edit_button = QPushButton(translate("ClientRecord", "Open…"))
        self.remove_button = QPushButton(translate("ClientRecord", "Remove"))
        self.remove_button.setVisible(removable)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.buttons.addWidget(self.title)
        self.buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            self.buttons.addWidget(button)
        self.empty = hint(translate("ClientRecord", empty_text))
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
        return allows(self.host.actor, self.kind.permission) and not self.host.archived

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
        from clientmanager.ui.forms import RecordDialog

        if record is None and not self.may_edit:
            return
        reason = self.read_only_reason(record) if record is not None else ""
        dialog = RecordDialog(
            self.host.context,
            self.kind_key,
            client_id=self.host.client_id,
            record=record,
            read_only=bool(reason) or not self.may_edit,
            read_only_reason=reason,
            parent=self,
        )
        dialog.saved.connect(lambda _id: self.host.reload())
        dialog.stale_reloaded.connect(self.host.reload)
        self.host.open_dialog = dialog
        dialog.open()

    def remove_selected(self) -> None:
        record = self.table.selected()
        if record is None:
            return
        summary = self.kind.summary(record)
        confirmed = ask(
            self,
            translate("ClientRecord", "Remove {kind}").format(kind=service_text(self.kind.title)),
            translate(
                "ClientRecord", "Remove the {kind} “{summary}” from this client's record?"
            ).format(kind=service_text(self.kind.title), summary=summary),
        )
        if not confirmed:
            return
        kind_key, record_id = self.kind_key, record.id
        self.run_on_record(
            lambda session, actor: records.delete_record(session, actor, kind_key, record_id),
            on_done=lambda _r: self.host.reload(),
        )


def stat(title: str) -> tuple[QFrame, QLabel]:
    """A small figure box: a caption and a big number."""
    frame = QFrame()
    frame.setObjectName("stat")
    caption = QLabel(translate("ClientRecord", title))
    caption.setObjectName("statCaption")
    value = QLabel("")
    value.setObjectName("statValue")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.setSpacing(2)
    layout.addWidget(caption)
    layout.addWidget(value)
    return frame, value


def stats_row(*frames: QFrame) -> QWidget:
    row_widget = QWidget()
    row = QHBoxLayout(row_widget)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(12)
    for frame in frames:
        row.addWidget(frame)
    row.addStretch(1)
    return row_widget


def stats_over(tab: QWidget, section: QWidget, *captions: str) -> list[QLabel]:
    """Lay out a tab as a row of figure boxes over one section; returns the figures."""
    boxes = [stat(caption) for caption in captions]
    layout = page_layout(tab)
    layout.addWidget(stats_row(*(frame for frame, _value in boxes)))
    layout.addWidget(section, 1)
    return [value for _frame, value in boxes]


def page_layout(tab: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(14)
    return layout
