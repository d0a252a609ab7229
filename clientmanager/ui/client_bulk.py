"""Work on a selection of clients in the list: assign them to a planner, give each the same
task, mark them reviewed. Each is one service call, checked and audited there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QWidget

from clientmanager.services import ownership
from clientmanager.services import today as today_service
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext
from clientmanager.ui.i18n import format_number
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    FormDialog,
    ask,
    date_picker,
    describe_error,
    from_qdate,
    hint,
)

_ONE_CLIENT = QT_TRANSLATE_NOOP("BulkActions", "1 client")
_CLIENTS = QT_TRANSLATE_NOOP("BulkActions", "{count} clients")


def _count(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("BulkActions", _ONE_CLIENT)
    return QCoreApplication.translate("BulkActions", _CLIENTS).format(count=format_number(n))


class AssignDialog(FormDialog):
    """Choose the planner who will look after the selected clients."""

    def __init__(self, context: AppContext, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assign to a planner"), self.tr("Assign"), parent)
        self.owner = QComboBox()
        self.form.addRow(self.tr("Planner"), self.owner)
        self.form.addRow(
            hint(self.tr("{clients} will be looked after by this planner.").format(
                clients=_count(count)))
        )  # fmt: skip
        self.ok_button.clicked.connect(self._accept)
        self.ok_button.setEnabled(False)
        Operation(self, context, ownership.possible_owners).success(self._show_owners).run()

    def _show_owners(self, owners: list[ownership.Owner]) -> None:
        for owner in owners:
            self.owner.addItem(f"{owner.full_name} ({owner.username})", owner.username)
        self.ok_button.setEnabled(bool(owners))
        if not owners:
            self.show_error(self.tr("There are no active planners. Add one in Users and roles."))

    def username(self) -> str:
        return str(self.owner.currentData() or "")

    def choose(self, username: str) -> None:
        index = self.owner.findData(username)
        if index >= 0:
            self.owner.setCurrentIndex(index)

    def _accept(self) -> None:
        if self.username():
            self.accept()


class TaskDialog(FormDialog):
    """One task, made for every selected client."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create a task for each client"), self.tr("Create"), parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Book the annual review"))
        self.due = date_picker(dt.date.today() + dt.timedelta(days=7))
        self.due.setMinimumDate(QDate(2000, 1, 1))
        self.form.addRow(self.tr("Task *"), self.title)
        self.form.addRow(self.tr("Due"), self.due)
        self.form.addRow(
            hint(self.tr("One task each for {clients}.").format(clients=_count(count)))
        )
        self.ok_button.clicked.connect(self._accept)

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.show_error(self.tr("Type what the task is."))
            return
        self.accept()

    def values(self) -> tuple[str, dt.date]:
        return self.title.text().strip(), from_qdate(self.due.date())


class BulkActions(QObject):
    """The "Selected clients" menu: shown on the list's button and its right-click menu."""

    done = Signal(str)  # a sentence saying what was done

    def __init__(
        self, parent: QWidget, context: AppContext, selected_ids: Callable[[], list[int]]
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.selected_ids = selected_ids
        self.menu = QMenu(parent)
        self.assign_action = self._add(self.tr("Assign to…"), self.assign)
        self.task_action = self._add(self.tr("Create a task…"), self.create_task)
        self.reviewed_action = self._add(self.tr("Mark reviewed today"), self.mark_reviewed)
        # Dialogs are kept while open so a test (or a screen reader) can reach them.
        self.dialog: FormDialog | None = None

    def _add(self, text: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self.parent_widget)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def update_actions(self) -> None:
        actor = self.context.practice.actor if self.context.is_unlocked else None
        for action, permission in (
            (self.assign_action, Permission.USERS_MANAGE),
            (self.task_action, Permission.TASK_EDIT),
            (self.reviewed_action, Permission.CLIENT_EDIT),
        ):
            action.setVisible(allows(actor, permission))
        has_selection = bool(self.selected_ids())
        for action in self.menu.actions():
            action.setEnabled(has_selection)

    def any_visible(self) -> bool:
        return any(action.isVisible() for action in self.menu.actions())

    # --- the actions ---------------------------------------------------------------------
    def _change_selected(
        self,
        work: Callable[[Any, Any], Any],
        *,
        changes: Changes,
        error_title: str,
        done_text: Callable[[Any], str],
    ) -> None:
        """Run ``work(session, actor)`` on the chosen clients; ``done_text`` says what it did."""
        actor = self.context.practice.actor
        Operation(
            self.parent_widget,
            self.context,
            lambda session: work(session, actor),
            changes=changes,
            error_title=error_title,
        ).success(lambda result: self.done.emit(done_text(result))).run()

    def assign(self, username: str | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if username is None:
            dialog = AssignDialog(self.context, len(ids), self.parent_widget)
            self.dialog = dialog
            accepted = dialog.exec()
            username = dialog.username()
            self.dialog = None
            dialog.deleteLater()
            if not accepted or not username:
                return
        self._change_selected(
            lambda session, actor: ownership.assign_clients(session, actor, ids, username),
            changes=Changes.CLIENTS,
            error_title=self.tr("Not assigned"),
            done_text=lambda result: self.tr("{clients} assigned to {user}.").format(
                clients=_count(result.moved + result.unchanged), user=result.to_user
            ),
        )

    def create_task(self, title: str | None = None, due_on: dt.date | None = None) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if title is None:
            dialog = TaskDialog(len(ids), self.parent_widget)
            self.dialog = dialog
            accepted = dialog.exec()
            title, due_on = dialog.values()
            self.dialog = None
            dialog.deleteLater()
            if not accepted:
                return
        self._change_selected(
            lambda session, actor: today_service.create_tasks(
                session, actor, ids, title=title, due_on=due_on
            ),
            changes=Changes.TASKS,
            error_title=self.tr("No tasks created"),
            done_text=lambda made: self.tr("A task was created for each of {clients}.").format(
                clients=_count(made)
            ),
        )

    def mark_reviewed(self, *, confirm: bool = True) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if confirm:
            if not ask(
                self.parent_widget,
                self.tr("Mark reviewed"),
                self.tr("Record a review today for {clients}?").format(clients=_count(len(ids))),
            ):
                return
        self._change_selected(
            lambda session, actor: today_service.mark_reviewed(session, actor, ids),
            changes=Changes.CLIENTS,
            error_title=self.tr("Not marked"),
            done_text=lambda count: self.tr("{clients} marked reviewed today.").format(
                clients=_count(count)
            ),
        )


class MoveBookDialog(FormDialog):
    """Practice ▸ Move a planner's clients: a departing planner's whole book, in one step."""

    book_moved = Signal(object)  # ownership.Assignment

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Move a planner's clients"), self.tr("Move the clients"), parent)
        self.context = context
        self.from_user = QComboBox()
        self.to_user = QComboBox()
        self.form.addRow(self.tr("From"), self.from_user)
        self.form.addRow(self.tr("To"), self.to_user)
        self.form.addRow(
            hint(
                self.tr(
                    "Every client of the first planner, archived ones included, moves to the "
                    "second. Each move is recorded in the audit trail."
                )
            )
        )
        self.ok_button.clicked.connect(self.move_book)
        self.ok_button.setEnabled(False)
        Operation(self, context, ownership.possible_owners).success(self._show_owners).run()

    def _show_owners(self, owners: list[ownership.Owner]) -> None:
        for owner in owners:
            label = f"{owner.full_name} ({owner.username})"
            self.from_user.addItem(label, owner.username)
            self.to_user.addItem(label, owner.username)
        self.ok_button.setEnabled(len(owners) > 1)
        if len(owners) < 2:
            self.show_error(self.tr("There is no other planner to move clients to."))

    def choose(self, from_user: str, to_user: str) -> None:
        self.from_user.setCurrentIndex(max(0, self.from_user.findData(from_user)))
        self.to_user.setCurrentIndex(max(0, self.to_user.findData(to_user)))

    def move_book(self) -> None:
        source, target = self.from_user.currentData(), self.to_user.currentData()
        if not source or not target:
            return
        if source == target:
            self.show_error(self.tr("Choose two different planners."))
            return
        actor = self.context.practice.actor
        self.ok_button.setEnabled(False)
        Operation(
            self,
            self.context,
            lambda session: ownership.assign_book(session, actor, source, target),
            changes=Changes.CLIENTS,
        ).success(self._moved).failure(self._failed).run()

    def _moved(self, result: ownership.Assignment) -> None:
        self.ok_button.setEnabled(True)
        self.book_moved.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.show_error(describe_error(error))
