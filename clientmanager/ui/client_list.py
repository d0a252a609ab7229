"""The client list: search as you type, filters, sortable columns, windowed loading.

The model holds the ordered ids of every matching client (from one narrow query) and
the rows of the windows the view has asked for; a row that is not loaded yet shows
empty while its window is fetched on the database thread. Every query carries a
generation number, so a slow answer to an old search is dropped instead of painted.
"""

from __future__ import annotations

import datetime as dt
import logging
from array import array

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.phone import format_phone_for_display
from clientmanager.services import clients as client_service
from clientmanager.services.clients import (
    LIST_WINDOW,
    ClientFilter,
    ClientListResult,
    ClientRow,
    ListQuery,
)
from clientmanager.services.progress import Cancelled
from clientmanager.ui.client_bulk import BulkActions
from clientmanager.ui.clipboard import copy_sensitive
from clientmanager.ui.context import AppContext
from clientmanager.ui.forms import describe
from clientmanager.ui.i18n import format_date, format_number
from clientmanager.ui.operations import Changes, run_operation

logger = logging.getLogger(__name__)

SEARCH_DELAY_MS = 150
HIDDEN_BY_DEFAULT = (2, 3, 4)  # mobile, email, born: right-click the header to show them
HEADER_SETTING = "client_list/header"
OVERDUE = QColor("#b03a2e")

# Column titles and filter names are translated where they are shown (tr() of the
# "ClientList" context); the services' FILTER_LABELS stay the English names.
COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("ClientList", "Name")),
    ("id_number", QT_TRANSLATE_NOOP("ClientList", "SA ID number")),
    ("mobile", QT_TRANSLATE_NOOP("ClientList", "Mobile")),
    ("email", QT_TRANSLATE_NOOP("ClientList", "Email")),
    ("date_of_birth", QT_TRANSLATE_NOOP("ClientList", "Born")),
    ("last_review_on", QT_TRANSLATE_NOOP("ClientList", "Last review")),
)
FILTER_TEXTS = {
    ClientFilter.ALL: QT_TRANSLATE_NOOP("ClientList", "All clients"),
    ClientFilter.MINE: QT_TRANSLATE_NOOP("ClientList", "My clients"),
    ClientFilter.REVIEWS_DUE: QT_TRANSLATE_NOOP("ClientList", "Reviews overdue"),
    ClientFilter.BIRTHDAYS: QT_TRANSLATE_NOOP("ClientList", "Birthdays this week"),
    ClientFilter.HOUSEHOLD: QT_TRANSLATE_NOOP("ClientList", "Household"),
    ClientFilter.REVIEWS_SOON: QT_TRANSLATE_NOOP("ClientList", "Reviews due in 30 days"),
    ClientFilter.TASKS_DUE: QT_TRANSLATE_NOOP("ClientList", "Tasks due this week"),
}
# Shown under "Last review" for a dependant: reviews concern clients, not their children.
NOT_REVIEWED_HERE = "—"


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientList", text)


def filter_label(value: ClientFilter) -> str:
    return _t(FILTER_TEXTS[value])


def _phone(value: str | None) -> str:
    if not value:
        return ""
    try:
        return format_phone_for_display(value)
    except ValueError:
        return value


def _surname_first(row: ClientRow) -> str:
    """ "Surname, First names" for a person: the list is sorted by surname, so it shows
    first even when the column is narrow. Companies and trusts keep their name."""
    surname = row.surname
    name = row.display_name
    if surname and name != surname and name.endswith(surname):
        first = name[: -len(surname)].strip()
        return f"{surname}, {first}" if first else surname
    return name


def _date(value: dt.date | None) -> str:
    return format_date(value)  # the interface's locale: "1 Des. 2026" under Afrikaans


def search_text(typed: str) -> str:
    """What is typed, without control characters: a NUL (pasted from another program, or
    typed with Alt codes) would otherwise stop the search with an error."""
    return "".join(ch if ch.isprintable() else " " for ch in typed)


class ClientIds(array):
    """The list's client ids in display order, 8 bytes each: a Python list of ints costs
    about 40 bytes a client (each int its own object), 12 MB that the idle desktop kept
    at 300k clients. Compares equal to a list of the same ids, as the list did."""

    def __new__(cls, ids=()):  # noqa: ANN001, ANN204
        return super().__new__(cls, "q", ids)

    def __getitem__(self, index):  # noqa: ANN001, ANN204
        item = super().__getitem__(index)
        return ClientIds(item) if isinstance(index, slice) else item

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list | tuple):
            return len(self) == len(other) and self.tolist() == list(other)
        return super().__eq__(other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = None


class ClientListModel(QAbstractTableModel):
    """Every matching client as a row; rows arrive a window at a time."""

    window_needed = Signal(int)  # the first index of a window to fetch
    sort_requested = Signal(str, bool)  # column key, descending

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ids = ClientIds()
        self.rows: dict[int, ClientRow] = {}
        self.pending: set[int] = set()
        self.generation = 0
        self.today = dt.date.today()
        self.review_months = client_service.DEFAULT_REVIEW_MONTHS  # Settings: review every
        self.review_cutoff = client_service.review_due_before(self.today)

    # --- loading ------------------------------------------------------------------------
    def reset_with(self, result: ClientListResult, generation: int) -> None:
        self.beginResetModel()
        self.generation = generation
        self.ids = ClientIds(result.ids)
        self.rows = dict(enumerate(result.first_rows))
        self.pending = set()
        self.today = dt.date.today()
        self.review_cutoff = client_service.review_due_before(self.today, self.review_months)
        self.endResetModel()

    def extend_ids(self, ids: ClientIds | list[int], generation: int) -> None:
        """All the ids of the list, after its first window was painted from a LIMIT query."""
        if generation != self.generation:
            return
        ids = ids if isinstance(ids, ClientIds) else ClientIds(ids)
        shown = len(self.ids)
        if ids[:shown] != self.ids:  # the data changed in between: start again from these
            self.beginResetModel()
            self.ids = ids
            self.rows = {}
            self.pending = set()
            self.endResetModel()
            return
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self.ids = ids
            self.endInsertRows()

    def add_window(self, start: int, rows: list[ClientRow], generation: int) -> None:
        if generation != self.generation:
            return  # an answer for a list that is no longer shown
        self.pending.discard(start)
        by_id = {row.id: row for row in rows}
        for offset, client_id in enumerate(self.ids[start : start + LIST_WINDOW]):
            row = by_id.get(client_id)
            if row is not None:
                self.rows[start + offset] = row
        last = min(start + LIST_WINDOW, len(self.ids)) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))

    def window_ids(self, start: int) -> list[int]:
        return self.ids[start : start + LIST_WINDOW].tolist()

    def client_id_at(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_at(self, row: int) -> ClientRow | None:
        return self.rows.get(row)

    # --- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if not index.isValid():
            return None
        row = self.rows.get(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                start = index.row() - index.row() % LIST_WINDOW
                if start not in self.pending:
                    self.pending.add(start)
                    self.window_needed.emit(start)
                return "…" if index.column() == 0 else ""
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "name":
                return _surname_first(row)
            if key == "mobile":
                return _phone(row.mobile)
            if key == "last_review_on" and row.is_dependant:
                return NOT_REVIEWED_HERE
            if key in ("date_of_birth", "last_review_on"):
                value = getattr(row, key)
                if key == "last_review_on" and value is None:
                    return self.tr("Never")
                return _date(value)
            return getattr(row, key) or ""
        # Red only for a client's review that is late: "Never" may be a new client, whose
        # first review is not due yet (Today's "Reviews overdue" knows when it is), and a
        # dependant is not reviewed at all.
        if role == Qt.ItemDataRole.ForegroundRole and key == "last_review_on":
            if self.is_overdue(row):
                return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and key == "last_review_on":
            if row.is_dependant:
                return self.tr("Reviews apply to clients, not to dependants")
            if self.is_overdue(row):
                return self.tr("Review overdue: no review in the last {months} months").format(
                    months=self.review_months
                )
            if row.last_review_on is None:
                return self.tr("Not reviewed yet")
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def is_overdue(self, row: ClientRow) -> bool:
        return (
            not row.is_dependant
            and row.last_review_on is not None
            and row.last_review_on < self.review_cutoff
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_requested.emit(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)


class ClientTable(QTableView):
    """Enter opens the selected client."""

    activated_client = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            model = self.model()
            if index.isValid() and isinstance(model, ClientListModel):
                client_id = model.client_id_at(index.row())
                if client_id is not None:
                    self.activated_client.emit(client_id)
                    return
        if event.matches(QKeySequence.StandardKey.Copy):
            # Every cell here is personal information: through the 30-second guard.
            index = self.currentIndex()
            if index.isValid():
                copy_sensitive(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Down arrow moves into the results; Enter opens the first (or selected) one."""

    move_down = Signal()
    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self.textEdited.emit("")
            return
        super().keyPressEvent(event)


class ClientListPanel(QWidget):
    """Search box, filter and the client table."""

    client_activated = Signal(int)
    results_shown = Signal(int)  # how many clients match
    # The first rows of a list are in the table (or its query failed): the count may follow.
    rows_shown = Signal()
    bulk_done = Signal(str)  # what a bulk action did, for the status bar

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = ListQuery()
        self._generation = 0
        self._edits = 0
        self._searching = False
        self._rerun = False

        self.search = SearchBox()
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(
            self.tr("Search name, ID number, phone, email or policy number")
        )
        self.search.setClearButtonEnabled(True)
        self.filter_box = QComboBox()
        self.filter_box.setObjectName("clientFilter")
        for value in (
            ClientFilter.ALL,
            ClientFilter.MINE,
            ClientFilter.REVIEWS_DUE,
            ClientFilter.BIRTHDAYS,
            ClientFilter.REVIEWS_SOON,
            ClientFilter.TASKS_DUE,
            ClientFilter.HOUSEHOLD,
        ):
            self.filter_box.addItem(filter_label(value), value.value)
        self.count_label = QLabel()
        self.count_label.setObjectName("listCount")
        self.count_label.setWordWrap(True)
        self.model = ClientListModel(self)
        self.table = ClientTable()
        self.table.setObjectName("clientTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows may be selected (Shift, Ctrl, Ctrl+A) for the bulk actions.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column, width in enumerate((210, 128, 118, 220, 100, 108)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        saved = QSettings().value(HEADER_SETTING)
        if saved is not None:
            header.restoreState(saved)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)

        self.bulk = BulkActions(self, context, self.selected_client_ids)
        self.bulk_button = QToolButton()
        self.bulk_button.setObjectName("bulkActions")
        self.bulk_button.setText(self.tr("Selected ▾"))
        self.bulk_button.setToolTip(self.tr("Work on the selected clients: assign, task, reviewed"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_button.setMenu(self.bulk.menu)
        self.bulk.menu.aboutToShow.connect(self.bulk.update_actions)
        self.bulk.done.connect(self._bulk_done)
        context.changed.connect(self._settings_changed)
        context.practice_unlocked.connect(lambda _practice: self._load_review_months())
        if context.is_unlocked:
            self._load_review_months()

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.filter_box)
        # The filter names are long; the search box keeps the width on a laptop screen.
        self.filter_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_box.setMinimumContentsLength(12)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.bulk_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.search, self.filter_box)
        self.setTabOrder(self.filter_box, self.table)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(self._text_edited)
        self.search.textChanged.connect(self._text_changed)
        self.search.move_down.connect(self._focus_table)
        self.search.open_requested.connect(self._open_current)
        self.filter_box.currentIndexChanged.connect(self._filter_changed)
        self.model.window_needed.connect(self._fetch_window)
        self.model.sort_requested.connect(self._sort)
        self.table.activated_client.connect(self.client_activated)
        self.table.doubleClicked.connect(self._open_index)

    # --- queries -------------------------------------------------------------------------
    def _text_edited(self, _text: str) -> None:
        self._edits += 1  # stops the count of the previous search at once (see _stale_test)
        self._timer.start()  # debounce: one query when typing pauses

    def _text_changed(self, text: str) -> None:
        if not text:  # the clear button does not emit textEdited
            self._timer.start()

    def _filter_changed(self) -> None:
        self.refresh()

    def _sort(self, key: str, descending: bool) -> None:
        self.query = ListQuery(
            text=self.query.text,
            filter=self.query.filter,
            household_id=self.query.household_id,
            sort=key,
            descending=descending,
            mine=self.query.mine,
        )
        self.refresh()

    def show_household(self, household_id: int) -> None:
        """List the members of one household (from a client's Overview or a row's menu)."""
        index = self.filter_box.findData(ClientFilter.HOUSEHOLD.value)
        self._show_filter_quietly(index)
        self.query = ListQuery(filter=ClientFilter.HOUSEHOLD, household_id=household_id)
        self._run(self.query)

    def refresh(self) -> None:
        """Query again with what is typed and chosen now."""
        if not self.context.is_unlocked:
            return
        chosen = ClientFilter(self.filter_box.currentData())
        household_id = None
        if chosen == ClientFilter.HOUSEHOLD:
            # Chosen in the filter box: the household of the client selected in the list;
            # while a household is shown, searching or sorting keeps that household.
            if self.query.filter == ClientFilter.HOUSEHOLD and self.query.household_id:
                household_id = self.query.household_id
            else:
                household_id = self._selected_household()
        self.query = ListQuery(
            text=search_text(self.search.text()),
            filter=chosen,
            household_id=household_id,
            sort=self.query.sort,
            descending=self.query.descending,
            # Opened from Today: keep "only mine" while the same list is shown.
            mine=self.query.mine and chosen == self.query.filter,
        )
        self._run(self.query)

    def _selected_household(self) -> int | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.household_id if row is not None else None

    def _run(self, query: ListQuery) -> None:
        self._generation += 1
        generation = self._generation
        if query.filter == ClientFilter.HOUSEHOLD and query.household_id is None:
            self.model.reset_with(ClientListResult(query, [], []), generation)
            self.count_label.setText(
                self.tr(
                    "The selected client is not in a household. Select a member of one in "
                    "All clients, then choose this filter."
                )
            )
            self.results_shown.emit(0)
            self.rows_shown.emit()
            return
        self.count_label.setText(self.tr("Searching…"))
        # First paint from one LIMIT query; the full id list (for scrolling) follows.
        run_operation(
            self,
            self.context,
            lambda session, actor: client_service.first_client_window(session, actor, query),
            changes=Changes.NONE,
            on_done=lambda result: self._show(result, generation),
            on_error=self._failed,
        )

    def _show(self, result: ClientListResult, generation: int) -> None:
        if generation != self._generation:
            return  # a newer search was typed meanwhile: drop this stale answer
        self.model.reset_with(result, generation)
        if result.complete:
            self._show_count(len(result.ids), result.query)
        else:
            self.count_label.setText(
                self.tr("More than {count} clients – counting…").format(
                    count=format_number(len(result.ids))
                )
            )
            query = result.query
            run_operation(
                self,
                self.context,
                # Packed on the worker: the list of int objects it replaces never
                # reaches the UI thread, and is gone before the next query.
                lambda session, actor: ClientIds(
                    client_service.list_client_ids(
                        session, actor, query, is_stale=self._stale_test(generation)
                    )
                ),
                changes=Changes.NONE,
                on_done=lambda ids: self._extend(ids, generation, query),
                on_error=lambda error: self._follow_up_failed(error, generation),
            )
        if result.ids:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.rows_shown.emit()

    def _extend(self, ids: ClientIds, generation: int, query: ListQuery) -> None:
        if generation != self._generation:
            return
        self.model.extend_ids(ids, generation)
        self._show_count(len(ids), query)

    def _show_count(self, count: int, query: ListQuery) -> None:
        grouped = format_number(count)
        if count == 1:
            text = self.tr("1 client")
        elif count:
            text = self.tr("{count} clients").format(count=grouped)
        else:
            text = self._empty_text(query)
        self.count_label.setText(text)
        self.results_shown.emit(count)

    def _empty_text(self, query: ListQuery) -> str:
        if query.text.strip():
            typed = query.text.strip()
            shown = typed if len(typed) <= 40 else typed[:40] + "…"
            if query.filter == ClientFilter.ALL:
                return self.tr(
                    "No clients match “{typed}”. Try fewer letters, a surname, or part of an "
                    "ID number, phone number or email."
                ).format(typed=shown)
            return self.tr(
                "No clients match “{typed}” in {filter}. Try fewer letters, a surname, or part "
                "of an ID number, phone number or email; or choose All clients."
            ).format(typed=shown, filter=filter_label(query.filter))
        if query.filter == ClientFilter.MINE:
            return self.tr("No clients are assigned to you yet.")
        if query.filter == ClientFilter.REVIEWS_DUE:
            return self.tr("No reviews are overdue.")
        if query.filter == ClientFilter.REVIEWS_SOON:
            return self.tr("No reviews fall due in the next 30 days.")
        if query.filter == ClientFilter.TASKS_DUE:
            return self.tr("No client has a task due this week.")
        if query.filter == ClientFilter.BIRTHDAYS:
            return self.tr("No birthdays this week.")
        if query.filter == ClientFilter.HOUSEHOLD:
            return self.tr("No one in this household is on the list.")
        return self.tr("No clients yet. Add one with Client ▸ New client (Ctrl+N).")

    def _fetch_window(self, start: int) -> None:
        ids = self.model.window_ids(start)
        generation = self.model.generation
        run_operation(
            self,
            self.context,
            lambda session, _actor: client_service.fetch_client_rows(session, ids),
            changes=Changes.NONE,
            on_done=lambda rows: self.model.add_window(start, rows, generation),
            on_error=self._failed,
        )

    def _stale_test(self, generation: int):  # noqa: ANN202
        """For the database thread: has anything been typed or asked for since?"""
        edits = self._edits
        return lambda: generation != self._generation or edits != self._edits

    def _follow_up_failed(self, error: BaseException, generation: int) -> None:
        # A newer keystroke stopped the count of an old search: nothing to say.
        if isinstance(error, Cancelled) or generation != self._generation:
            return
        self._failed(error)

    def _failed(self, error: BaseException) -> None:
        self.count_label.setText(describe(error).replace("\n\n", " "))
        self.rows_shown.emit()

    # --- keyboard ------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else 0
        client_id = self.model.client_id_at(row)
        if client_id is not None:
            self.client_activated.emit(client_id)

    def _open_index(self, index: QModelIndex) -> None:
        client_id = self.model.client_id_at(index.row())
        if client_id is not None:
            self.client_activated.emit(client_id)

    def _choose_columns(self, position) -> None:  # noqa: ANN001 (a QPoint)
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, (_key, title) in enumerate(COLUMNS):
            if column == 0:
                continue
            action = menu.addAction(_t(title))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(position))

    def copy_actions(self, row: int) -> list[tuple[str, str]]:
        """The row's ID number, mobile and e-mail, as (menu label, text) to copy."""
        client = self.model.row_at(row)
        if client is None:
            return []
        candidates = (
            (self.tr("Copy SA ID number"), client.id_number),
            (self.tr("Copy mobile number"), client.mobile),
            (self.tr("Copy email address"), client.email),
        )
        return [(label, value) for label, value in candidates if value]

    def row_menu(self, index: QModelIndex) -> QMenu:
        """The right-click menu of a row: open, its household, copies, then the bulk
        actions on the selection (one menu: two would open one after the other)."""
        menu = QMenu(self)
        menu.setObjectName("clientRowMenu")
        open_action = menu.addAction(self.tr("Open"))
        open_action.triggered.connect(lambda: self._open_index(index))
        row = self.model.row_at(index.row())
        if row is not None and row.household_id is not None:
            household = menu.addAction(self.tr("Show household"))
            household.setObjectName("showHousehold")
            household.triggered.connect(
                lambda _checked=False, h=row.household_id: self.show_household(h)
            )
        actions = self.copy_actions(index.row())
        if actions:
            menu.addSeparator()
        for label, value in actions:
            action = menu.addAction(label)
            action.setToolTip(self.tr("Taken off the clipboard again after 30 seconds"))
            action.triggered.connect(lambda _checked=False, v=value: copy_sensitive(v))
        self.bulk.update_actions()
        if self.bulk.any_visible():
            menu.addSeparator()
            for action in self.bulk.menu.actions():
                menu.addAction(action)
        return menu

    def _row_menu(self, position) -> None:  # noqa: ANN001 (a QPoint)
        index = self.table.indexAt(position)
        if not index.isValid():
            self._table_menu(position)
            return
        self.row_menu(index).exec(self.table.viewport().mapToGlobal(position))

    def save_layout(self) -> None:
        QSettings().setValue(HEADER_SETTING, self.table.horizontalHeader().saveState())

    # --- a query from elsewhere (Today's "Show all") and the bulk actions ------------------
    def _show_filter_quietly(self, index: int) -> None:
        """Show filter ``index`` with the search box cleared, without either one starting
        a query of its own: the caller runs the query it means."""
        self.filter_box.blockSignals(True)
        self.filter_box.setCurrentIndex(index)
        self.filter_box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def show_query(self, query: ListQuery) -> None:
        """Show exactly ``query``'s clients: the filter chosen, the search box cleared."""
        index = self.filter_box.findData(query.filter.value)
        if index < 0:
            self.filter_box.addItem(filter_label(query.filter), query.filter.value)
            index = self.filter_box.count() - 1
        self._show_filter_quietly(index)
        self.query = ListQuery(
            filter=query.filter,
            household_id=query.household_id,
            sort=self.query.sort,
            descending=self.query.descending,
            mine=query.mine,
        )
        self._run(self.query)

    def selected_client_ids(self) -> list[int]:
        selection = self.table.selectionModel()
        if selection is None:
            return []
        rows = sorted(index.row() for index in selection.selectedRows())
        return [client_id for row in rows if (client_id := self.model.client_id_at(row))]

    def _table_menu(self, position) -> None:  # noqa: ANN001 (a QPoint)
        self.bulk.update_actions()
        if self.bulk.any_visible():
            self.bulk.menu.exec(self.table.viewport().mapToGlobal(position))

    def _bulk_done(self, message: str) -> None:
        self.refresh()
        self.bulk_done.emit(message)

    def update_bulk_actions(self) -> None:
        self.bulk.update_actions()
        self.bulk_button.setVisible(self.bulk.any_visible())

    def _settings_changed(self, changes) -> None:  # noqa: ANN001 (a Changes flag)
        from clientmanager.ui.operations import Changes

        if changes & Changes.SETTINGS:
            self._load_review_months()
        if changes & Changes.REMOTE and changes & Changes.CLIENTS:
            self.refresh()  # another PC changed a client: what is typed and chosen, again

    def _load_review_months(self) -> None:
        from clientmanager.services.settings import review_interval_months

        if not self.context.is_unlocked:
            return
        run_operation(
            self,
            self.context,
            lambda session, _actor: review_interval_months(session),
            changes=Changes.NONE,
            on_done=self._show_review_months,
            on_error=self._failed,
        )

    def _show_review_months(self, months: int) -> None:
        self.model.review_months = months
        self.model.review_cutoff = client_service.review_due_before(self.model.today, months)
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, len(COLUMNS) - 1),
                self.model.index(self.model.rowCount() - 1, len(COLUMNS) - 1),
            )
