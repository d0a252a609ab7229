"""The practice calendar (issue 19): a day or week view of appointments, adding one, and
.ics export and import for Outlook or a phone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import appointments, ical
from clientmanager.ui.client_picker import ClientPicker
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import format_date, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    FormDialog,
    ask_open_path,
    ask_save_path,
    button_row,
    describe_error,
    error_label,
    minutes_box,
    page_title,
    start_picker,
)

FIRST_HOUR, LAST_HOUR = 7, 18


class AppointmentDialog(FormDialog):
    def __init__(self, ctx, day: dt.date, parent: QWidget | None, *, client_id=None) -> None:  # noqa: ANN001
        super().__init__(self.tr("New appointment"), self.tr("Add"), parent)
        self.title_edit = QLineEdit()
        start = QDateTime(day, QTime(9, 0))
        self.start = start_picker(start)
        self.minutes = minutes_box(480, self.tr(" minutes"))
        self.kind = QComboBox()
        for kind in appointments.KINDS:
            self.kind.addItem(service_text(kind.capitalize()), kind)
        # Optional, and a client chosen by mistake can be taken off again.
        self.picker = ClientPicker(ctx, self, client_id=client_id, none_text=self.tr("(no client)"))
        self.location = QLineEdit()
        self.form.addRow(self.tr("What"), self.title_edit)
        self.form.addRow(self.tr("Starts"), self.start)
        self.form.addRow(self.tr("Length"), self.minutes)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Client (optional)"), self.picker)
        self.form.addRow(self.tr("Where"), self.location)


class CalendarView(QDialog, ErrorLine):
    def __init__(self, ctx, parent: QWidget | None = None, *, client_id: int | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.day = dt.date.today()
        self.week = True
        self.views: list[appointments.AppointmentView] | None = None
        self.setWindowTitle(self.tr("Calendar"))
        self.resize(1100, 640)
        layout = QVBoxLayout(self)
        self.previous = QPushButton("◀")
        self.today_button = QPushButton(self.tr("Today"))
        self.next = QPushButton("▶")
        self.label = QLabel()
        self.label.setObjectName("sectionTitle")
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            group.addButton(button)
        self.week_button.setChecked(True)
        layout.addLayout(
            button_row(
                page_title(self.tr("Calendar")),
                None,
                self.previous,
                self.today_button,
                self.next,
                self.label,
                self.day_button,
                self.week_button,
            )
        )
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.grid, 1)
        self.status = QLabel()
        self.message = QLabel()
        self.error = error_label()
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        self.add_button = QPushButton(self.tr("New appointment…"))
        self.add_button.setObjectName("primary")
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.private = QCheckBox(self.tr("without client names"))
        self.import_button = QPushButton(self.tr("Import .ics…"))
        self.cancel_button = QPushButton(self.tr("Cancel appointment…"))
        self.cancel_button.setToolTip(self.tr("Cancel the appointment in the selected hour"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addLayout(
            button_row(
                self.add_button,
                self.cancel_button,
                self.export_button,
                self.private,
                self.import_button,
                None,
                close,
            )
        )

        self.previous.clicked.connect(lambda: self.move(-1))
        self.next.clicked.connect(lambda: self.move(1))
        self.today_button.clicked.connect(lambda: self.show_day(dt.date.today()))
        self.day_button.clicked.connect(lambda: self.set_week(False))
        self.week_button.clicked.connect(lambda: self.set_week(True))
        self.add_button.clicked.connect(self._ask_appointment)
        self.export_button.clicked.connect(self._ask_export)
        self.import_button.clicked.connect(self._ask_import)
        self.cancel_button.clicked.connect(self._ask_cancel)
        ctx.changed.connect(lambda changes: self.refresh() if changes & Changes.TASKS else None)
        self.refresh()

    # --- the view --------------------------------------------------------------------------
    def _range(self) -> tuple[dt.date, dt.date]:
        return appointments.week_of(self.day) if self.week else (self.day, self.day)

    def set_week(self, week: bool) -> None:
        self.week = week
        self.refresh()

    def move(self, step: int) -> None:
        self.show_day(self.day + dt.timedelta(days=step * (7 if self.week else 1)))

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self.refresh()

    def refresh(self) -> None:
        start, end = self._range()
        self.label.setText(
            f"{format_date(start, 'd MMM')} – {format_date(end)}"
            if self.week
            else format_date(start, "dddd d MMM yyyy")
        )
        actor = self.ctx.practice.actor
        Operation(
            self, self.ctx, lambda s: appointments.appointments_between(s, actor, start, end)
        ).success(self._show).failure(self._fail).run()

    def _show(self, views) -> None:  # noqa: ANN001
        self.views = views
        start, end = self._range()
        days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
        hours = list(range(FIRST_HOUR, LAST_HOUR + 1))
        self.grid.clear()
        self.grid.setColumnCount(len(days))
        self.grid.setRowCount(len(hours))
        self.grid.setHorizontalHeaderLabels([format_date(d, "ddd dd MMM") for d in days])
        self.grid.setVerticalHeaderLabels([f"{h:02d}:00" for h in hours])
        cells: dict[tuple[int, int], list[str]] = {}
        cell_views: dict[tuple[int, int], list[appointments.AppointmentView]] = {}
        for view in views:
            column = (view.starts_at.date() - start).days
            row = min(max(view.starts_at.hour, FIRST_HOUR), LAST_HOUR) - FIRST_HOUR
            text = f"{view.starts_at:%H:%M}–{view.ends_at:%H:%M} {view.title}"
            if view.location:
                text += f" ({view.location})"
            cells.setdefault((row, column), []).append(text)
            cell_views.setdefault((row, column), []).append(view)
        for (row, column), texts in cells.items():
            item = QTableWidgetItem("\n".join(texts))
            item.setData(Qt.ItemDataRole.UserRole, cell_views[(row, column)])
            self.grid.setItem(row, column, item)
        self.status.setText(self.tr("{n} appointment(s)").format(n=len(views)))
        self.error.hide()

    # --- actions ---------------------------------------------------------------------------
    def selected_appointments(self) -> list[appointments.AppointmentView]:
        item = self.grid.currentItem()
        return list(item.data(Qt.ItemDataRole.UserRole) or []) if item is not None else []

    def _ask_cancel(self) -> None:
        chosen = self.selected_appointments()
        if not chosen:
            self.message.setText(self.tr("Select an appointment in the calendar first."))
            return
        labels = [f"{v.starts_at:%a %d %b %H:%M} {v.title}" for v in chosen]
        if len(chosen) > 1:
            label, ok = QInputDialog.getItem(
                self, self.tr("Cancel appointment"), self.tr("Which appointment?"), labels, 0, False
            )
            if not ok:
                return
            chosen = [chosen[labels.index(label)]]
        answer = QMessageBox.question(
            self,
            self.tr("Cancel appointment"),
            self.tr("Cancel {what}?").format(what=labels[0] if len(labels) == 1 else label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.cancel(chosen[0].id)

    def cancel(self, appointment_id: int) -> None:
        actor = self.ctx.practice.actor

        def cancelled(view: appointments.AppointmentView) -> None:
            self.message.setText(
                self.tr("Cancelled: {title}, {when}.").format(
                    title=view.title, when=f"{view.starts_at:%a %d %b %H:%M}"
                )
            )

        Operation(
            self,
            self.ctx,
            lambda s: appointments.cancel_appointment(s, actor, appointment_id),
            changes=Changes.TASKS,
        ).success(cancelled).failure(self._fail).run()

    def _ask_appointment(self) -> None:
        dialog = AppointmentDialog(self.ctx, self.day, self, client_id=self.client_id)
        dialog.ok_button.clicked.connect(lambda: self.add(dialog))
        dialog.exec()

    def add(self, dialog: AppointmentDialog) -> None:
        actor = self.ctx.practice.actor
        starts = dialog.start.dateTime().toPython().replace(second=0, microsecond=0)
        values = dict(
            title=dialog.title_edit.text(),
            starts_at=starts,
            ends_at=starts + dt.timedelta(minutes=dialog.minutes.value()),
            kind=dialog.kind.currentData(),
            client_id=dialog.picker.client_id,
            location=dialog.location.text(),
        )
        Operation(
            dialog,
            self.ctx,
            lambda s: appointments.add_appointment(s, actor, **values).id,
            changes=Changes.TASKS,
        ).success(lambda _id: dialog.accept()).failure(
            lambda e: dialog.show_error(describe_error(e))
        ).run()

    def _ask_export(self) -> None:
        chosen = ask_save_path(
            self, self.tr("Export the calendar"), "clientmanager.ics", "iCalendar (*.ics)"
        )
        if chosen is not None:
            self.export_to(chosen)

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        actor, with_names = self.ctx.practice.actor, not self.private.isChecked()
        Operation(
            self,
            self.ctx,
            lambda s: ical.export_calendar(s, actor, path, with_names=with_names),
        ).success(
            lambda n: self.message.setText(
                self.tr("{n} appointment(s) written to {path}").format(n=n, path=path)
            )
        ).failure(self._fail).run()

    def _ask_import(self) -> None:
        chosen = ask_open_path(self, self.tr("Import a calendar"), "", "iCalendar (*.ics)")
        if chosen is not None:
            self.import_from(chosen)

    def import_from(self, path: Path) -> None:
        actor = self.ctx.practice.actor

        def imported(result: ical.ImportResult) -> None:
            self.refresh()
            self.message.setText(
                self.tr("Imported: {a} added, {u} updated, {s} skipped").format(
                    a=result.added, u=result.updated, s=result.skipped
                )
            )

        Operation(
            self, self.ctx, lambda s: ical.import_calendar(s, actor, path), changes=Changes.TASKS
        ).success(imported).failure(self._fail).run()
