"""Policies over time (issue 19): what falls due (anniversaries with escalated premiums,
renewals, reviews) and, per policy, its escalation, dates and status history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.money import format_amount
from clientmanager.services import policy_calendar
from clientmanager.ui.client_picker import ClientPicker
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import format_date, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    button_row,
    error_label,
    from_qdate,
    page_title,
    register_table,
    to_qdate,
)

NOT_SET = dt.date(2000, 1, 1)


def event_text(event) -> str:  # noqa: ANN001 (services.policy_calendar.PolicyEvent)
    """The event in the interface language, from its fields (the service's
    ``description`` is English)."""
    label = event.product_type.replace("_", " ").capitalize()
    product = service_text(label).lower()  # mid-sentence, as the service writes it
    what = f"{event.provider} {event.policy_number} ({product})"
    if event.kind == "anniversary":
        if event.new_premium_cents is not None and event.premium_cents is not None:
            return QCoreApplication.translate(
                "PolicyEventsDialog",
                "{years}-year anniversary of {what}: premium escalates from {old} to {new}",
            ).format(
                years=event.years,
                what=what,
                old=format_amount(event.premium_cents),
                new=format_amount(event.new_premium_cents),
            )
        return QCoreApplication.translate(
            "PolicyEventsDialog", "{years}-year anniversary of {what}"
        ).format(years=event.years, what=what)
    if event.kind == "renewal":
        return QCoreApplication.translate("PolicyEventsDialog", "Renewal of {what}").format(
            what=what
        )
    if event.kind == "review":
        return QCoreApplication.translate("PolicyEventsDialog", "Review of {what}").format(
            what=what
        )
    return event.description


def _date_or_none(edit: QDateEdit) -> dt.date | None:
    day = from_qdate(edit.date())
    return None if day == NOT_SET else day


class PolicyEventsDialog(QDialog, ErrorLine):
    client_chosen = Signal(int)

    def __init__(self, ctx, parent: QWidget | None = None, *, client_id: int | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.events: list[policy_calendar.PolicyEvent] | None = None
        self.history: list[policy_calendar.StatusChangeView] | None = None
        self.today = dt.date.today()
        self.setWindowTitle(self.tr("Policies over time"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Policies over time")))
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)

        upcoming = QWidget()
        up = QVBoxLayout(upcoming)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Anniversaries, renewals and reviews in the next")))
        self.days = QSpinBox()
        self.days.setRange(1, 366)
        self.days.setValue(60)
        self.days.setSuffix(self.tr(" days"))
        row.addWidget(self.days)
        row.addStretch(1)
        up.addLayout(row)
        self.table = register_table(
            (self.tr("Date"), self.tr("Client"), self.tr("What")), stretch=2
        )
        self.table.itemDoubleClicked.connect(self._open_client)
        up.addWidget(self.table, 1)
        tabs.addTab(upcoming, self.tr("Coming up"))

        policy_tab = QWidget()
        form = QFormLayout(policy_tab)
        self.picker = ClientPicker(ctx, self, client_id=client_id)
        self.policy = QComboBox()
        self.escalation = QDoubleSpinBox()
        self.escalation.setRange(0, 50)
        self.escalation.setSuffix(" %")
        self.renewal = QDateEdit(to_qdate(self.today))
        self.review = QDateEdit(to_qdate(self.today))
        for edit in (self.renewal, self.review):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(to_qdate(NOT_SET))
            edit.setSpecialValueText(self.tr("Not set"))
            edit.setDate(to_qdate(NOT_SET))
        self.save_schedule_button = QPushButton(self.tr("Save escalation and dates"))
        self.status = QComboBox()
        for value in policy_calendar.STATUSES:
            self.status.addItem(service_text(value.replace("_", " ").capitalize()), value)
        self.effective = QDateEdit(to_qdate(self.today))
        self.effective.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.change_button = QPushButton(self.tr("Change status"))
        self.history_table = register_table(
            (self.tr("From"), self.tr("Was"), self.tr("Became"), self.tr("Why"), self.tr("By")),
            stretch=3,
        )
        form.addRow(self.tr("Client"), self.picker)
        form.addRow(self.tr("Policy"), self.policy)
        form.addRow(self.tr("Yearly escalation"), self.escalation)
        form.addRow(self.tr("Renewal date"), self.renewal)
        form.addRow(self.tr("Review date"), self.review)
        form.addRow("", self.save_schedule_button)
        form.addRow(self.tr("New status"), self.status)
        form.addRow(self.tr("From"), self.effective)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.change_button)
        form.addRow(self.tr("History"), self.history_table)
        tabs.addTab(policy_tab, self.tr("A policy"))
        self.tabs = tabs

        self.message = QLabel()
        self.error = error_label()
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = button_row(None, close)
        layout.addLayout(bottom)

        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.picker.client_changed.connect(lambda _id: self._load_policies())
        self.policy.currentIndexChanged.connect(lambda _i: self._load_history())
        self.save_schedule_button.clicked.connect(self.save_schedule)
        self.change_button.clicked.connect(self.change_status)
        ctx.changed.connect(lambda changes: self.refresh() if changes & Changes.CLIENTS else None)
        self.refresh()
        if client_id is not None:
            self._load_policies()

    def refresh(self) -> None:
        actor, today, days = self.ctx.practice.actor, self.today, self.days.value()
        Operation(
            self,
            self.ctx,
            lambda s: policy_calendar.upcoming_policy_events(s, actor, today, days),
        ).success(self._show_events).failure(self._fail).run()

    def _show_events(self, events) -> None:  # noqa: ANN001
        self.events = events
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, text in enumerate(
                (format_date(event.on), event.client_name, event_text(event))
            ):
                item = QTableWidgetItem(text)
                item.setData(0x0100, event.client_id)
                self.table.setItem(row, column, item)

    def _open_client(self, item: QTableWidgetItem) -> None:
        self.client_chosen.emit(item.data(0x0100))

    def _load_policies(self) -> None:
        client_id = self.picker.client_id
        if client_id is None:
            return
        actor = self.ctx.practice.actor

        def work(session):  # noqa: ANN001, ANN202
            return [
                (p.id, f"{p.provider} {p.policy_number} ({p.status.replace('_', ' ')})")
                for p in policy_calendar.client_policies(session, actor, client_id)
            ]

        Operation(self, self.ctx, work).success(self._show_policies).failure(self._fail).run()

    def _show_policies(self, policies) -> None:  # noqa: ANN001
        keep = self.policy.currentData()
        self.policy.blockSignals(True)
        self.policy.clear()
        for policy_id, label in policies:
            self.policy.addItem(label, policy_id)
        index = self.policy.findData(keep)
        self.policy.setCurrentIndex(max(index, 0))
        self.policy.blockSignals(False)
        self._load_history()

    def _load_history(self) -> None:
        policy_id = self.policy.currentData()
        if policy_id is None:
            return
        actor = self.ctx.practice.actor
        Operation(
            self, self.ctx, lambda s: policy_calendar.status_history(s, actor, policy_id)
        ).success(self._show_history).failure(self._fail).run()
        Operation(
            self, self.ctx, lambda s: policy_calendar.schedule_of(s, actor, policy_id)
        ).success(self._show_schedule).failure(self._fail).run()

    def _show_schedule(self, schedule) -> None:  # noqa: ANN001
        escalation, renewal, review = schedule
        self.escalation.setValue((escalation or 0) / 100)
        self.renewal.setDate(to_qdate(renewal or NOT_SET))
        self.review.setDate(to_qdate(review or NOT_SET))

    def _show_history(self, history) -> None:  # noqa: ANN001
        self.history = history
        self.history_table.setRowCount(len(history))
        for row, change in enumerate(history):
            for column, text in enumerate(
                (
                    format_date(change.effective_on),
                    (change.from_status or "").replace("_", " "),
                    change.to_status.replace("_", " "),
                    change.reason,
                    change.recorded_by,
                )
            ):
                self.history_table.setItem(row, column, QTableWidgetItem(text))

    def save_schedule(self) -> None:
        policy_id = self.policy.currentData()
        if policy_id is None:
            self._say(self.tr("Choose a client and a policy first."))
            return
        actor = self.ctx.practice.actor
        bp = round(self.escalation.value() * 100) or None
        renewal, review = _date_or_none(self.renewal), _date_or_none(self.review)
        Operation(
            self,
            self.ctx,
            lambda s: policy_calendar.set_schedule(
                s, actor, policy_id, escalation_bp=bp, renewal_on=renewal, review_on=review
            ),
            changes=Changes.CLIENTS,
        ).success(lambda _r: self.message.setText(self.tr("Schedule saved."))).failure(
            self._fail
        ).run()

    def change_status(self) -> None:
        policy_id = self.policy.currentData()
        if policy_id is None:
            self._say(self.tr("Choose a client and a policy first."))
            return
        actor = self.ctx.practice.actor
        to, on, reason = (
            self.status.currentData(),
            from_qdate(self.effective.date()),
            self.reason.text(),
        )

        def done(_change) -> None:  # noqa: ANN001
            self.error.hide()
            self.message.setText(self.tr("Status changed."))
            self._load_policies()

        Operation(
            self,
            self.ctx,
            lambda s: policy_calendar.change_status(
                s, actor, policy_id, to_status=to, effective_on=on, reason=reason
            ),
            changes=Changes.CLIENTS,
        ).success(done).failure(self._fail).run()
