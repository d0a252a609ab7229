"""Possible duplicates…: the list of clients who may be one person, and a side-by-side merge.

Pick a pair, choose which record to keep, pick the value to keep for each field that
differs, confirm, merge. Everything the other record holds (policies, notes, documents,
consents, tasks, assets...) moves to the kept one; finalised records of advice are copied
exactly, because the law keeps the originals unchangeable (FAIS General Code s9). The
work runs on the context's worker thread through services/duplicates.py.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from clientmanager.services import duplicates
from clientmanager.services.duplicates import MergePreview, MergeResult, PossibleDuplicate
from clientmanager.ui.context import AppContext
from clientmanager.ui.i18n import format_date, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    button_row,
    describe_error,
    error_label,
    hint,
    page_title,
    selected_of,
)

logger = logging.getLogger(__name__)

# What a merge moves, counted: (one, many) for each table.
TABLE_COUNTS = {
    "policies": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} policy"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} policies"),
    ),
    "policy_roles": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} policy role"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} policy roles"),
    ),
    "notes": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} note"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} notes"),
    ),
    "documents": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} document"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} documents"),
    ),
    "consents": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} consent entry"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} consent entries"),
    ),
    "tasks": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} task"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} tasks"),
    ),
    "assets": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} asset"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} assets"),
    ),
    "liabilities": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} liability"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} liabilities"),
    ),
    "cash_flows": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} income or expense line"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} income and expense lines"),
    ),
    "goals": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} goal"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} goals"),
    ),
    "risk_profiles": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} risk profile"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} risk profiles"),
    ),
    "addresses": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} address"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} addresses"),
    ),
    "relationships": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} relationship"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} relationships"),
    ),
    "legal_holds": (
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} legal hold"),
        QT_TRANSLATE_NOOP("DuplicatesDialog", "{count} legal holds"),
    ),
}


def _things(table: str, count: int) -> str:
    if table not in TABLE_COUNTS:
        return "{} {}".format(count, table.replace("_", " "))
    one, many = TABLE_COUNTS[table]
    text = one if count == 1 else many
    return QCoreApplication.translate("DuplicatesDialog", text).format(count=count)


def _shown(value: object) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, dt.date):
        return format_date(value)
    return str(value)


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class DuplicatesDialog(QDialog):
    """``clients_merged`` carries the MergeResult after each merge."""

    clients_merged = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pairs: list[PossibleDuplicate] = []
        self.preview: MergePreview | None = None
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(1100, 640)

        # Left: the list.
        self.list_title = page_title(self.tr("Possible duplicates"))
        self.list_hint = hint(self.tr("Loading…"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Client"), self.tr("May be"), self.tr("Why")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._pair_selected)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.list_hint)
        left_layout.addWidget(self.table, 1)

        # Right: the side-by-side comparison.
        self.keep_first = QRadioButton()
        self.keep_second = QRadioButton()
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_first, 0)
        self.keep_group.addButton(self.keep_second, 1)
        self.keep_first.setChecked(True)
        self.keep_group.idClicked.connect(lambda _id: self._load_preview())
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep:")))
        keep_row.addWidget(self.keep_first)
        keep_row.addWidget(self.keep_second)
        keep_row.addStretch(1)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Kept record"), self.tr("Other record")]
        )
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.field_groups: dict[str, QButtonGroup] = {}
        self.moves = QLabel()
        self.moves.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr("I have checked that these two records are the same person")
        )
        self.confirm.toggled.connect(self._update_buttons)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("primary")
        self.merge_button.clicked.connect(self.merge)
        self.message = error_label()
        self.done_label = hint("")
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = button_row(self.confirm, None, close, self.merge_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(page_title(self.tr("Compare and merge")))
        right_layout.addLayout(keep_row)
        right_layout.addWidget(self.fields, 1)
        right_layout.addWidget(self.moves)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.done_label)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 630])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._update_buttons()
        self.refresh()

    # --- the list ---------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        practice = self.context.practice

        def work(session: Session) -> list[PossibleDuplicate]:
            return duplicates.find_possible_duplicates(session, actor=practice.actor)

        Operation(self, self.context, work).success(self._listed).failure(self._failed).run()

    def _listed(self, pairs: list[PossibleDuplicate]) -> None:
        self.pairs = pairs
        self.table.setRowCount(len(pairs))
        for index, pair in enumerate(pairs):
            self.table.setItem(index, 0, _item(f"{pair.first.name} (#{pair.first.id})"))
            self.table.setItem(index, 1, _item(f"{pair.second.name} (#{pair.second.id})"))
            self.table.setItem(index, 2, _item(", ".join(service_text(r) for r in pair.reasons)))
        self.list_hint.setText(
            (
                self.tr("1 pair may be the same person. Compare them on the right.")
                if len(pairs) == 1
                else self.tr("{n} pairs may be the same person. Choose one to compare.").format(
                    n=len(pairs)
                )
            )
            if pairs
            else self.tr(
                "No possible duplicates: no two clients share an ID number, e-mail, "
                "mobile, or name and date of birth."
            )
        )
        self.preview = None
        self.fields.setRowCount(0)
        self.moves.setText("")
        self.keep_first.setText("")
        self.keep_second.setText("")
        if pairs:
            self.table.selectRow(0)
        self._update_buttons()

    def _selected_pair(self) -> PossibleDuplicate | None:
        return selected_of(self.table, self.pairs)

    def _pair_selected(self) -> None:
        pair = self._selected_pair()
        if pair is None:
            return
        self.keep_first.setText(f"{pair.first.name} (#{pair.first.id})")
        self.keep_second.setText(f"{pair.second.name} (#{pair.second.id})")
        # Keep the older record by default: its number is the one on earlier paperwork.
        self.keep_first.setChecked(True)
        self.confirm.setChecked(False)
        self._load_preview()

    # --- the comparison ---------------------------------------------------------------------

    def _ids(self) -> tuple[int, int] | None:
        pair = self._selected_pair()
        if pair is None:
            return None
        first, second = pair.first.id, pair.second.id
        return (first, second) if self.keep_first.isChecked() else (second, first)

    def _load_preview(self) -> None:
        ids = self._ids()
        if ids is None:
            return
        practice = self.context.practice
        survivor_id, other_id = ids

        def work(session: Session) -> MergePreview:
            return duplicates.merge_preview(
                session, actor=practice.actor, survivor_id=survivor_id, other_id=other_id
            )

        self.message.hide()
        Operation(self, self.context, work).success(self._previewed).failure(self._failed).run()

    def _previewed(self, preview: MergePreview) -> None:
        if self._ids() != (preview.survivor.id, preview.other.id):
            return  # the user has already chosen something else
        self.preview = preview
        rows = [f for f in preview.fields if f.differs]
        self.fields.setRowCount(len(rows))
        self.field_groups = {}
        for index, merge_field in enumerate(rows):
            self.fields.setItem(index, 0, _item(service_text(merge_field.label)))
            group = QButtonGroup(self.fields)
            for column, (side, value) in enumerate(
                (("survivor", merge_field.survivor_value), ("other", merge_field.other_value)),
                start=1,
            ):
                button = QRadioButton(_shown(value))
                button.setProperty("side", side)
                button.setChecked(merge_field.default == side)
                group.addButton(button, column)
                self.fields.setCellWidget(index, column, button)
            self.field_groups[merge_field.key] = group
        moving = ", ".join(
            _things(table, count) for table, count in sorted(preview.children.items())
        )
        text = self.tr("Moves to the kept record: {moving}.").format(
            moving=moving or self.tr("nothing")
        )
        if preview.locked_records:
            text += " " + self.tr(
                "{n} finalised record(s) of advice are copied exactly: the originals cannot be "
                "changed (FAIS General Code s9), so the other record is archived, holding only "
                "them."
            ).format(n=preview.locked_records)
        else:
            text += " " + self.tr("The other record is then removed.")
        self.moves.setText(text)
        self._update_buttons()

    def choices(self) -> dict[str, str]:
        picked = {}
        for key, group in self.field_groups.items():
            button = group.checkedButton()
            if button is not None:
                picked[key] = button.property("side")
        return picked

    def choose(self, key: str, side: str) -> None:
        """Pick the value of field ``key`` from ``side`` ("survivor" or "other")."""
        for button in self.field_groups[key].buttons():
            if button.property("side") == side:
                button.setChecked(True)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.preview is not None and self.confirm.isChecked())

    # --- merging ------------------------------------------------------------------------------

    @Slot()
    def merge(self) -> None:
        if self.preview is None or not self.confirm.isChecked():
            return
        practice = self.context.practice
        survivor_id, other_id = self.preview.survivor.id, self.preview.other.id
        choices = self.choices()

        def work(session: Session) -> MergeResult:
            return duplicates.merge_clients(
                session,
                actor=practice.actor,
                survivor_id=survivor_id,
                other_id=other_id,
                choices=choices,
            )

        self.merge_button.setEnabled(False)
        Operation(self, self.context, work, changes=Changes.CLIENTS).success(self._merged).failure(
            self._failed
        ).run()

    def _merged(self, result: MergeResult) -> None:
        self.done_label.setText(
            self.tr("Merged client #{other} into #{kept}. The merge is in the audit trail.").format(
                other=result.other_id, kept=result.survivor_id
            )
        )
        self.confirm.setChecked(False)
        self.clients_merged.emit(result)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.message.setText(describe_error(error))
        self.message.show()
        self._update_buttons()
