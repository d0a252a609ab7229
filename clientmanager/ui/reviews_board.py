"""The month's reviews board (issue 19): due, overdue, booked and done, with bulk booking,
the review form and service levels, for the planner or the assistant who runs them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import reviews
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import format_date, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    FormDialog,
    button_row,
    date_picker,
    error_label,
    from_qdate,
    minutes_box,
    page_title,
    push_button,
    register_table,
    start_picker,
    to_qdate,
)

COLUMNS = ("due", "overdue", "booked", "done")


class BookDialog(FormDialog):
    def __init__(self, users, count: int, parent: QWidget | None) -> None:  # noqa: ANN001
        super().__init__(self.tr("Book {n} review(s)").format(n=count), self.tr("Book"), parent)
        start = QDateTime.currentDateTime().addDays(1)
        start.setTime(QTime(9, 0))
        self.first = start_picker(start)
        self.minutes = minutes_box(240, self.tr(" minutes"))
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("Each client's assistant, or me"), None)
        for user_id, name, role in users:
            self.assignee.addItem(f"{name} ({role})", user_id)
        self.form.addRow(self.tr("First slot"), self.first)
        self.form.addRow(self.tr("Each review"), self.minutes)
        self.form.addRow(self.tr("Run by"), self.assignee)
        self.ok_button.clicked.connect(self.accept)

    def first_slot(self) -> dt.datetime:
        return self.first.dateTime().toPython().replace(second=0, microsecond=0)


class ReviewFormDialog(FormDialog):
    def __init__(self, name: str, parent: QWidget | None) -> None:
        super().__init__(self.tr("Review with {name}").format(name=name), self.tr("Save"), parent)
        self.reviewed = QPlainTextEdit()
        self.reviewed.setPlaceholderText(self.tr("Cover, retirement funds, beneficiaries…"))
        self.changes = QPlainTextEdit()
        self.on = date_picker(dt.date.today())
        self.next = date_picker(dt.date.today())
        self.next.setSpecialValueText(self.tr("From the service level"))
        self.next.setMinimumDate(to_qdate(dt.date.today()))
        self.next.setDate(self.next.minimumDate())
        self.form.addRow(self.tr("What was reviewed"), self.reviewed)
        self.form.addRow(self.tr("What changed"), self.changes)
        self.form.addRow(self.tr("Reviewed on"), self.on)
        self.form.addRow(self.tr("Next review"), self.next)
        self.ok_button.clicked.connect(self.accept)

    def next_on(self) -> dt.date | None:
        if self.next.date() == self.next.minimumDate():
            return None
        return from_qdate(self.next.date())


class LevelDialog(FormDialog):
    def __init__(self, users, parent: QWidget | None) -> None:  # noqa: ANN001
        super().__init__(self.tr("Service level"), self.tr("Save"), parent)
        self.frequency = QComboBox()
        for key, label in reviews.FREQUENCY_LABELS.items():
            self.frequency.addItem(service_text(label), key)
        self.assistant = QComboBox()
        self.assistant.addItem(self.tr("Nobody in particular"), None)
        for user_id, name, role in users:
            self.assistant.addItem(f"{name} ({role})", user_id)
        self.form.addRow(self.tr("Reviews"), self.frequency)
        self.form.addRow(self.tr("Run by"), self.assistant)
        self.ok_button.clicked.connect(self.accept)


class HistoryDialog(QDialog):
    """A client's reviews, newest first: what was reviewed, what changed, the next date."""

    def __init__(self, name: str, history, parent: QWidget | None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review history: {name}").format(name=name))
        self.resize(820, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Review history: {name}").format(name=name)))
        self.table = register_table(
            (self.tr("Reviewed on"), self.tr("Reviewed"), self.tr("Changes"), self.tr("Next")),
            stretch=1,
        )
        self.table.setRowCount(len(history))
        for row, review in enumerate(history):
            values = (
                f"{review.reviewed_on:%d %b %Y}",
                review.reviewed,
                review.changes,
                f"{review.next_review_on:%d %b %Y}" if review.next_review_on else "",
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.summary = QLabel(
            self.tr("{n} review(s) recorded.").format(n=len(history))
            if history
            else self.tr("No reviews recorded yet.")
        )
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        close = push_button(self.tr("Close"), self.accept)
        buttons = button_row(None, close)
        layout.addLayout(buttons)


class ReviewsBoard(QDialog, ErrorLine):
    client_chosen = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.month = dt.date.today().replace(day=1)
        self.board: reviews.ReviewBoard | None = None
        self.users: list[tuple[int, str, str]] = []
        self.setWindowTitle(self.tr("Reviews board"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        self.previous = QPushButton("◀")
        self.month_label = QLabel()
        self.month_label.setObjectName("sectionTitle")
        self.next = QPushButton("▶")
        self.assignee = QComboBox()
        self.assignee.addItem(self.tr("Everyone"), None)
        self.show_overdue = QCheckBox(self.tr("Show overdue"))
        layout.addLayout(
            button_row(
                page_title(self.tr("Reviews")),
                None,
                self.previous,
                self.month_label,
                self.next,
                QLabel(self.tr("Run by")),
                self.assignee,
            )
        )
        grid = QGridLayout()
        self.boxes: dict[str, QGroupBox] = {}
        self.lists: dict[str, QListWidget] = {}
        for column, key in enumerate(COLUMNS):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            listing = QListWidget()
            listing.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            listing.itemDoubleClicked.connect(
                lambda item: self.client_chosen.emit(item.data(0x0100))
            )
            inner.addWidget(listing)
            grid.addWidget(box, 0, column)
            self.boxes[key], self.lists[key] = box, listing
        layout.addLayout(grid, 1)
        self.error = error_label()
        layout.addWidget(self.error)
        self.book_button = push_button(self.tr("Book selected…"), primary=True)
        self.record_button = QPushButton(self.tr("Record review…"))
        self.level_button = QPushButton(self.tr("Service level…"))
        self.history_button = push_button(
            self.tr("History…"),
            self._ask_history,
            tooltip=self.tr("The selected client's past reviews"),
        )
        self.history_dialog: HistoryDialog | None = None
        close = push_button(self.tr("Close"), self.accept)
        layout.addLayout(
            button_row(
                self.book_button,
                self.record_button,
                self.level_button,
                self.history_button,
                None,
                close,
            )
        )

        self.previous.clicked.connect(lambda: self.show_month(reviews.add_months(self.month, -1)))
        self.next.clicked.connect(lambda: self.show_month(reviews.add_months(self.month, 1)))
        self.assignee.currentIndexChanged.connect(lambda _i: self.refresh())
        self.show_overdue.toggled.connect(lambda _on: self.refresh())
        self.book_button.clicked.connect(self._ask_booking)
        self.record_button.clicked.connect(self._ask_review)
        self.level_button.clicked.connect(self._ask_level)
        ctx.changed.connect(self._changed)
        Operation(self, ctx, reviews.user_choices).success(self._users_loaded).run()
        self.show_month(self.month)

    # --- loading ---------------------------------------------------------------------------
    def _users_loaded(self, users) -> None:  # noqa: ANN001
        self.users = users
        for user_id, name, role in users:
            self.assignee.addItem(f"{name} ({role})", user_id)

    def _changed(self, changes) -> None:  # noqa: ANN001
        if changes & (Changes.TASKS | Changes.CLIENTS):
            self.refresh()

    def show_month(self, month: dt.date) -> None:
        self.month = month.replace(day=1)
        self.month_label.setText(format_date(self.month, "MMMM yyyy"))
        self.refresh()

    def refresh(self) -> None:
        actor, month, assignee = self.ctx.practice.actor, self.month, self.assignee.currentData()
        overdue = self.show_overdue.isChecked()
        Operation(
            self,
            self.ctx,
            lambda s: reviews.review_board(
                s, actor, month, assignee_id=assignee, include_overdue=overdue
            ),
        ).success(self._show).failure(self._fail).run()

    def _show(self, board: reviews.ReviewBoard) -> None:
        self.board = board
        titles = {
            "due": self.tr("Due ({n})").format(n=board.due_count),
            "overdue": self.tr("Overdue, not booked ({n})").format(
                n=f"{board.overdue_count}+" if board.overdue_more else board.overdue_count
            ),
            "booked": self.tr("Booked ({n})").format(n=board.booked_count),
            "done": self.tr("Done ({n})").format(n=board.done_count),
        }
        for key in COLUMNS:
            self.boxes[key].setTitle(titles[key])
            listing = self.lists[key]
            listing.clear()
            for row in getattr(board, key):
                when = format_date(row.on, "d MMM") if row.on else self.tr("never")
                extra = f" · {row.assignee}" if row.assignee else ""
                item = QListWidgetItem(f"{row.name}  ({when}{extra})")
                item.setData(0x0100, row.client_id)
                listing.addItem(item)
        self.error.hide()

    # --- actions ---------------------------------------------------------------------------
    def selected_ids(self, *keys: str) -> list[int]:
        keys = keys or COLUMNS
        return [item.data(0x0100) for key in keys for item in self.lists[key].selectedItems()]

    def _ask_booking(self) -> None:
        ids = self.selected_ids("due", "overdue")
        if not ids:
            self._say(self.tr("Select clients under Due or Overdue first."))
            return
        dialog = BookDialog(self.users, len(ids), self)
        if dialog.exec():
            self.book(
                ids, dialog.first_slot(), dialog.minutes.value(), dialog.assignee.currentData()
            )

    def book(self, ids: list[int], first: dt.datetime, minutes: int, assignee: int | None) -> None:
        actor = self.ctx.practice.actor
        Operation(
            self,
            self.ctx,
            lambda s: reviews.book_reviews(
                s, actor, ids, first_slot=first, minutes=minutes, assigned_to_id=assignee
            ),
            changes=Changes.TASKS,
        ).failure(self._fail).run()

    def _one_selected(self) -> tuple[int, str] | None:
        items = [item for key in COLUMNS for item in self.lists[key].selectedItems()]
        if len(items) != 1:
            self._say(self.tr("Select one client first."))
            return None
        return items[0].data(0x0100), items[0].text().split("  (")[0]

    def _ask_review(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        dialog = ReviewFormDialog(chosen[1], self)
        if dialog.exec():
            self.record(
                chosen[0],
                dialog.reviewed.toPlainText(),
                dialog.changes.toPlainText(),
                from_qdate(dialog.on.date()),
                dialog.next_on(),
            )

    def record(
        self, client_id: int, reviewed: str, changes: str, on: dt.date, next_on: dt.date | None
    ) -> None:
        actor = self.ctx.practice.actor
        Operation(
            self,
            self.ctx,
            lambda s: reviews.record_review(
                s,
                actor,
                client_id,
                reviewed=reviewed,
                changes=changes,
                reviewed_on=on,
                next_on=next_on,
            ),
            changes=Changes.TASKS | Changes.CLIENTS,
        ).failure(self._fail).run()

    def _ask_level(self) -> None:
        chosen = self._one_selected()
        if chosen is None:
            return
        dialog = LevelDialog(self.users, self)
        if dialog.exec():
            actor = self.ctx.practice.actor
            frequency, assistant = dialog.frequency.currentData(), dialog.assistant.currentData()
            Operation(
                self,
                self.ctx,
                lambda s: reviews.set_service_level(
                    s, actor, chosen[0], frequency=frequency, assistant_id=assistant
                ),
                changes=Changes.CLIENTS,
            ).failure(self._fail).run()

    def _ask_history(self) -> None:
        chosen = self._one_selected()
        if chosen is not None:
            self.show_history(*chosen)

    def show_history(self, client_id: int, name: str) -> None:
        actor = self.ctx.practice.actor

        def shown(history) -> None:  # noqa: ANN001
            self.history_dialog = HistoryDialog(name, history, self)
            self.history_dialog.open()

        Operation(self, self.ctx, lambda s: reviews.review_history(s, actor, client_id)).success(
            shown
        ).failure(self._fail).run()
