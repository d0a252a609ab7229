"""The planner's year for one client (issue 19): a panel the client record mounts as a tab.

Shows the service level and next review, upcoming appointments, tags, records of advice
and policy events, with the doors to the Planner dialogs for this client (summary PDF,
record of advice, book a review, letter, calendar).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import client_year, reviews
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import format_date, format_datetime, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.policy_events import event_text
from clientmanager.ui.widgets import error_label, hint


class ClientPlannerPanel(QWidget, ErrorLine):
    """Mount with ``ClientPlannerPanel(ctx, planner_menu)`` and call ``show_client(id)``."""

    summary_requested = Signal(int)

    def __init__(self, ctx, planner_menu=None, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.planner_menu = planner_menu
        self.client_id: int | None = None
        self.year: client_year.ClientYear | None = None
        layout = QVBoxLayout(self)
        facts = QFormLayout()
        self.level = QLabel()
        self.next_review = QLabel()
        self.tags = QLabel()
        self.tags.setWordWrap(True)
        facts.addRow(self.tr("Reviews"), self.level)
        facts.addRow(self.tr("Next review"), self.next_review)
        facts.addRow(self.tr("Tags"), self.tags)
        layout.addLayout(facts)
        self.empty: dict[QListWidget, QLabel] = {}
        self.appointments = self._section(
            layout, self.tr("Appointments"), self.tr("No appointments booked.")
        )
        self.events = self._section(
            layout,
            self.tr("Policy anniversaries and renewals (90 days)"),
            self.tr("None in the next 90 days."),
        )
        self.advice = self._section(
            layout, self.tr("Records of advice"), self.tr("No records of advice yet.")
        )
        self.show_empty_lists()
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.summary_button = QPushButton(self.tr("Summary PDF… (Ctrl+P)"))
        self.roa_button = QPushButton(self.tr("Record of advice…"))
        self.book_button = QPushButton(self.tr("Book review"))
        self.letter_button = QPushButton(self.tr("Letter…"))
        self.calendar_button = QPushButton(self.tr("Calendar…"))
        for button in (
            self.summary_button,
            self.roa_button,
            self.book_button,
            self.letter_button,
            self.calendar_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.summary_button.clicked.connect(self._summary)
        self.roa_button.clicked.connect(lambda: self._menu("open_roa"))
        self.letter_button.clicked.connect(
            lambda: self.planner_menu and self.planner_menu.open_letters([self.client_id])
        )
        self.calendar_button.clicked.connect(lambda: self._menu("open_calendar"))
        self.book_button.clicked.connect(self.book_next_working_day)
        ctx.changed.connect(self._changed)

    def _section(self, layout: QVBoxLayout, title: str, empty_text: str) -> QListWidget:
        """A titled list that says so when it has nothing, as the record's tables do."""
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        listing = QListWidget()
        empty = hint(empty_text)
        empty.setObjectName("emptyState")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setMinimumHeight(48)
        layout.addWidget(heading)
        layout.addWidget(listing, 1)
        layout.addWidget(empty, 1)
        self.empty[listing] = empty
        return listing

    def show_empty_lists(self) -> None:
        for listing, empty in self.empty.items():
            listing.setVisible(listing.count() > 0)
            empty.setVisible(listing.count() == 0)

    def _menu(self, name: str) -> None:
        if self.planner_menu is not None and self.client_id is not None:
            getattr(self.planner_menu, name)()

    def _summary(self) -> None:
        if self.client_id is not None:
            self.summary_requested.emit(self.client_id)
            self._menu("open_summary")

    def _changed(self, changes) -> None:  # noqa: ANN001
        if self.client_id is not None and changes & (Changes.TASKS | Changes.CLIENTS):
            self.refresh()

    def show_client(self, client_id: int) -> None:
        self.client_id = client_id
        self.refresh()

    def refresh(self) -> None:
        client_id, actor = self.client_id, self.ctx.practice.actor
        if client_id is None:
            return
        Operation(self, self.ctx, lambda s: client_year.client_year(s, actor, client_id)).success(
            self._show
        ).failure(self._fail).run()

    def _show(self, year: client_year.ClientYear) -> None:
        if year.client_id != self.client_id:
            return
        self.year = year
        self.error.hide()
        label = service_text(reviews.FREQUENCY_LABELS.get(year.frequency, year.frequency))
        self.level.setText(label + (f", {year.assistant}" if year.assistant else ""))
        self.next_review.setText(
            format_date(year.next_review_on) if year.next_review_on else self.tr("not yet set")
        )
        self.tags.setText(", ".join(year.tags) or self.tr("none"))
        self.appointments.clear()
        for a in year.appointments:
            self.appointments.addItem(
                f"{format_datetime(a.starts_at, 'ddd d MMM yyyy HH:mm')}  {a.title}"
            )
        self.events.clear()
        for e in year.policy_events:
            self.events.addItem(f"{format_date(e.on)}  {event_text(e)}")
        self.advice.clear()
        for note_id, subject, template, final in year.records_of_advice:
            state = self.tr("final") if final else self.tr("draft")
            self.advice.addItem(f"#{note_id} {subject} ({template or '—'}, {state})")
        self.show_empty_lists()

    def book_next_working_day(self) -> None:
        """'Book review': the next working day at 09:00 (the reviews board books in bulk)."""
        if self.client_id is None:
            return
        day = dt.date.today() + dt.timedelta(days=1)
        while day.weekday() >= 5:
            day += dt.timedelta(days=1)
        client_id, actor = self.client_id, self.ctx.practice.actor
        when = dt.datetime.combine(day, dt.time(9, 0))
        Operation(
            self,
            self.ctx,
            lambda s: reviews.book_review(s, actor, client_id, starts_at=when),
            changes=Changes.TASKS,
        ).failure(self._fail).run()
