"""The "Today" view: reviews overdue and due soon, tasks due, birthdays this week, recent
clients. Each count is the whole number; "Show all" opens that list in the client list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import today as today_service
from clientmanager.services.clients import ListQuery
from clientmanager.services.today import Today
from clientmanager.ui.context import AppContext
from clientmanager.ui.forms import describe
from clientmanager.ui.i18n import format_date, format_number
from clientmanager.ui.operations import Changes, run_operation
from clientmanager.ui.widgets import (
    button_row,
    error_label,
    field_row,
    hint,
    page_title,
    scroll_area,
)

OVERDUE = QColor("#b03a2e")
MUTED = QColor("#5b6b7c")


_C = "DashboardPanel"
# What each subject-request kind is called in a Today line ("Access request – name").
REQUEST_LINES = {
    "access": QT_TRANSLATE_NOOP("DashboardPanel", "Access request – {who}"),
    "correction": QT_TRANSLATE_NOOP("DashboardPanel", "Correction request – {who}"),
    "deletion": QT_TRANSLATE_NOOP("DashboardPanel", "Deletion request – {who}"),
    "objection": QT_TRANSLATE_NOOP("DashboardPanel", "Objection request – {who}"),
    "restriction": QT_TRANSLATE_NOOP("DashboardPanel", "Restriction request – {who}"),
    "marketing_opt_out": QT_TRANSLATE_NOOP("DashboardPanel", "Marketing opt out request – {who}"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def _grouped(count: int) -> str:
    # The locale groups thousands (South Africa: a space, 1 234).
    return format_number(count)


def _ago(day: dt.date | None, today: dt.date) -> str:
    if day is None:
        return _tr(QT_TRANSLATE_NOOP("DashboardPanel", "Never reviewed"))
    months = (today.year - day.year) * 12 + today.month - day.month - (today.day < day.day)
    if months == 1:
        return _tr(QT_TRANSLATE_NOOP("DashboardPanel", "1 month ago"))
    return _tr(QT_TRANSLATE_NOOP("DashboardPanel", "{count} months ago")).format(count=months)


class CardTable(QTableWidget):
    """A compact two-column list whose rows open a client on Enter or double-click."""

    client_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.cellDoubleClicked.connect(lambda row, _col: self._choose(row))

    def set_rows(self, rows: list[tuple[str, str, int | None, bool]]) -> None:
        self.setRowCount(len(rows))
        for index, (left, right, client_id, alert) in enumerate(rows):
            first = QTableWidgetItem(left)
            first.setData(Qt.ItemDataRole.UserRole, client_id)
            first.setToolTip(left)
            second = QTableWidgetItem(right)
            second.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            second.setForeground(QBrush(OVERDUE if alert else MUTED))
            if alert:
                first.setForeground(QBrush(OVERDUE))
            self.setItem(index, 0, first)
            self.setItem(index, 1, second)

    def _choose(self, row: int) -> None:
        item = self.item(row, 0)
        client_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if client_id:
            self.client_chosen.emit(int(client_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._choose(self.currentRow())
            return
        super().keyPressEvent(event)


class Card(QFrame):
    """A titled panel with its whole count, the first rows, a "Show all" that opens the
    same list in the client list, and a sentence for when there is nothing."""

    show_all = Signal(object)  # the ListQuery behind the card

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.count = QLabel()
        self.count.setObjectName("cardCount")
        self.table = CardTable()
        self.empty = hint(empty_text)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.query: ListQuery | None = None
        self.shown = hint("")
        self.more = QPushButton()
        self.more.setObjectName("linkButton")
        self.more.setFlat(True)
        self.more.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more.clicked.connect(self._show_all)
        self.more.hide()
        footer = field_row(self.shown, self.more)
        header = button_row(self.title, None, self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addLayout(footer)
        self.setMinimumHeight(190)

    def set_rows(
        self,
        rows: list[tuple[str, str, int | None, bool]],
        total: int | None = None,
        *,
        query: ListQuery | None = None,
        listed: int | None = None,
        more_text: str | None = None,
    ) -> None:
        """``total``: the whole count; ``listed``: how many clients "Show all" opens."""
        self.table.set_rows(rows)
        total = len(rows) if total is None else total
        self.query = query
        # An empty badge reads as an alarm with nothing behind it: no count, no badge.
        self.count.setText(_grouped(total) if total else "")
        self.count.setVisible(bool(total))
        self.count.setToolTip(
            self.tr("{count} in all").format(count=_grouped(total)) if total else ""
        )
        self.count.setProperty("alert", bool(total) and self.objectName() == "card")
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.shown.setText(
            self.tr("Showing the first {shown} of {total}").format(
                shown=_grouped(len(rows)), total=_grouped(total)
            )
            if total > len(rows)
            else ""
        )
        listed = total if listed is None else listed
        if query is not None and listed:
            self.more.setText(
                more_text
                or self.tr("Show all {count} in the client list").format(count=_grouped(listed))
            )
            self.more.show()
        else:
            self.more.hide()

    def _show_all(self) -> None:
        if self.query is not None:
            self.show_all.emit(self.query)


class DashboardPanel(QWidget):
    client_chosen = Signal(int)
    show_list = Signal(object)  # a ListQuery to open in the client list
    policy_events_requested = Signal()  # the whole calendar: Planner > Policies over time
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dashboard: Today | None = None
        self.title = page_title(self.tr("Today"))
        self.subtitle = hint("")
        self.reviews = Card(self.tr("Reviews overdue"), self.tr("No reviews are overdue."))
        self.reviews.count.setObjectName("cardCountAlert")
        self.reviews_soon = Card(
            self.tr("Reviews due in 30 days"), self.tr("No reviews fall due in 30 days.")
        )
        self.tasks = Card(
            self.tr("Tasks overdue and due this week"), self.tr("Nothing due this week.")
        )
        self.birthdays = Card(
            self.tr("Birthdays this week"), self.tr("No birthdays in the next seven days.")
        )
        self.recent = Card(self.tr("Recently opened"), self.tr("Clients you open appear here."))
        self.policy_events = Card(
            self.tr("Policy events (next 30 days)"),
            self.tr("No policy anniversaries, renewals or reviews in the next 30 days."),
        )
        self.policy_events.more.clicked.connect(self.policy_events_requested)
        # Shown only while a data-subject request is late: the law's clock (PAIA s56) is
        # the most urgent thing on the page.
        self.requests = Card(
            self.tr("Data-subject requests overdue (POPIA s23–s24, PAIA s56: 30 days)"), ""
        )
        self.requests.count.setObjectName("cardCountAlert")
        self.requests.hide()
        # Issue 14: for practice managers only (the service needs USERS_MANAGE).
        self.sign_in_alerts = Card(self.tr("Sign-in alerts (last 14 days)"), "")
        self.sign_in_alerts.count.setObjectName("cardCountAlert")
        self.sign_in_alerts.hide()
        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(self.requests, 0, 0, 1, 2)
        grid.addWidget(self.reviews, 1, 0)
        grid.addWidget(self.tasks, 1, 1)
        grid.addWidget(self.reviews_soon, 2, 0)
        grid.addWidget(self.birthdays, 2, 1)
        grid.addWidget(self.policy_events, 3, 0)
        grid.addWidget(self.recent, 3, 1)
        grid.addWidget(self.sign_in_alerts, 4, 0, 1, 2)
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(10)
        layout.addWidget(self.error)
        # The cards scroll as one page on a small screen rather than squash their lists.
        cards = QWidget()
        cards.setLayout(grid)
        layout.addWidget(scroll_area(cards, frame=False), 1)
        for card in self.cards():
            card.table.client_chosen.connect(self.client_chosen)
            card.show_all.connect(self.show_list)
        context.changed.connect(self._changed)

    def cards(self) -> tuple[Card, ...]:
        return (
            self.requests, self.reviews, self.tasks, self.reviews_soon, self.birthdays,
            self.recent, self.policy_events,
        )  # fmt: skip

    def _changed(self, changes) -> None:  # noqa: ANN001 (a Changes flag)
        shown = Changes.CLIENTS | Changes.TASKS | Changes.SETTINGS | Changes.REGISTERS
        if changes & shown and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if not self.context.is_unlocked:
            return
        run_operation(
            self,
            self.context,
            lambda session, actor: today_service.load_today(session, actor),
            changes=Changes.NONE,
            on_done=self.show_dashboard,
            on_error=self._failed,
        )
        self._load_sign_in_alerts()

    def _load_sign_in_alerts(self) -> None:
        from clientmanager.services.permissions import Permission, allows

        if not allows(self.context.practice.actor, Permission.USERS_MANAGE):
            self.sign_in_alerts.hide()
            return
        from clientmanager.services.second_factor import sign_in_alerts

        run_operation(
            self,
            self.context,
            lambda session, actor: sign_in_alerts(session, actor=actor),
            changes=Changes.NONE,
            on_done=self.show_sign_in_alerts,
            on_error=self._failed,
        )

    def show_sign_in_alerts(self, alerts: list) -> None:
        kinds = {
            "after_failures": self.tr("After failed attempts"),
            "outside_hours": self.tr("Outside office hours"),
            "failures_since_sign_in": self.tr("Failures since the last sign-in"),
        }
        self.sign_in_alerts.set_rows(
            [(alert.message, kinds.get(alert.kind, alert.kind), None, True) for alert in alerts]
        )
        self.sign_in_alerts.setVisible(bool(alerts))

    def _failed(self, error: BaseException) -> None:
        self.error.setText(describe(error).replace("\n\n", " "))
        self.error.show()

    def show_dashboard(self, board: Today) -> None:
        self.dashboard = board
        self.error.hide()
        today = board.today
        self.subtitle.setText(format_date(today, "dddd d MMMM yyyy"))
        # Overdue reviews are flagged red; the ones merely coming up are not.
        for card, reviews, overdue in (
            (self.reviews, board.reviews_overdue, True),
            (self.reviews_soon, board.reviews_soon, False),
        ):
            card.set_rows(
                [
                    (row.display_name, _ago(row.last_review_on, today), row.id, overdue)
                    for row in reviews.rows
                ],
                reviews.count,
                query=reviews.query,
            )
        tasks = []
        for task in board.tasks.rows:
            label = task.title
            if task.client_name and task.client_name not in label:
                label += f" – {task.client_name}"
            if task.due_on == today:
                when = self.tr("Today")
            elif task.overdue:
                when = self.tr("Overdue · {date}").format(date=format_date(task.due_on, "d MMM"))
            else:
                when = format_date(task.due_on, "ddd d MMM")
            tasks.append((label, when, task.client_id, task.overdue))
        clients = board.task_clients
        self.tasks.set_rows(
            tasks,
            board.tasks.count,
            query=board.tasks.query,
            listed=clients,
            more_text=(
                self.tr("Show the 1 client in the client list")
                if clients == 1
                else self.tr("Show the {count} clients in the client list").format(
                    count=_grouped(clients)
                )
            ),
        )
        if board.tasks.count:
            self.tasks.count.setToolTip(
                self.tr("{tasks} tasks, {overdue} overdue").format(
                    tasks=_grouped(board.tasks.count), overdue=_grouped(board.tasks_overdue)
                )
            )
        birthdays = []
        for row in board.birthdays.rows:
            born = row.date_of_birth
            this_year = (
                born.replace(year=today.year)
                if not (born.month == 2 and born.day == 29)
                else dt.date(today.year, 3, 1)
            )
            if this_year < today:
                this_year = this_year.replace(year=today.year + 1)
            age = this_year.year - born.year
            when = self.tr("Today") if this_year == today else format_date(this_year, "ddd d MMM")
            birthdays.append(
                (
                    row.display_name,
                    self.tr("{when} · turns {age}").format(when=when, age=age),
                    row.id,
                    False,
                )
            )
        self.birthdays.set_rows(birthdays, board.birthdays.count, query=board.birthdays.query)
        self.recent.set_rows(
            [(row.display_name, row.id_number or "", row.id, False) for row in board.recent_clients]
        )
        events = board.policy_events
        self.policy_events.set_rows(
            [
                (f"{event.client_name} · {event.description}",
                 self.tr("Today") if event.on == today else format_date(event.on, "ddd d MMM"),
                 event.client_id, False)
                for event in events.rows
            ],
            events.count,
        )  # fmt: skip
        if events.count:
            self.policy_events.count.setToolTip(
                (
                    self.tr("{events} events for {clients} clients")
                    if events.clients != 1
                    else self.tr("{events} events for 1 client")
                ).format(events=_grouped(events.count), clients=_grouped(events.clients))
            )
            self.policy_events.more.setText(self.tr("Open the policy calendar…"))
            self.policy_events.more.show()
        requests = []
        for request in board.requests_overdue:
            due = request.extended_to or request.due_on
            who = request.client_name or request.requested_by
            late = (today - due).days
            line = REQUEST_LINES.get(request.kind)
            title = (
                _tr(line).format(who=who)
                if line
                else f"{request.kind.replace('_', ' ').capitalize()} – {who}"
            )
            when = (
                self.tr("due {date} · 1 day late")
                if late == 1
                else self.tr("due {date} · {days} days late")
            ).format(date=format_date(due, "d MMM"), days=late)
            requests.append((title, when, request.client_id, True))
        self.requests.set_rows(requests)
        self.requests.setVisible(bool(requests))
        self.loaded.emit()
