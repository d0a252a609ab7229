"""The Tasks and reviews tab."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from clientmanager.services import client_records as records
from clientmanager.ui.client_record import common


def _status(task) -> str:  # noqa: ANN001
    if task.status == "done" and task.completed_at:
        return common.translate("ClientRecord", "Done {day}").format(
            day=common.day(task.completed_at.date())
        )
    return common.label_of(task.status)


class TaskSection(common.RecordSection):
    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(
            host,
            "task",
            QT_TRANSLATE_NOOP("ClientRecord", "Tasks and reviews"),
            [
                (QT_TRANSLATE_NOOP("ClientRecord", "Due"), lambda t: common.day(t.due_on), False),
                (QT_TRANSLATE_NOOP("ClientRecord", "Task"), lambda t: t.title, False),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Kind"),
                    lambda t: common.service_text(
                        common.label_of(t.kind).replace("Follow up", "Follow-up")
                    ),
                    False,
                ),
                (QT_TRANSLATE_NOOP("ClientRecord", "Status"), _status, False),
            ],
            empty_text=QT_TRANSLATE_NOOP(
                "ClientRecord",
                "No tasks. Add a review or a follow-up so it shows on the Today page.",
            ),
            alert=lambda t: (
                t.status == "open" and t.due_on is not None and t.due_on < dt.date.today()
            ),
        )
        self.complete_button = QPushButton(common.translate("ClientRecord", "Mark done"))
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
        self.run_on_record(
            lambda session, actor: records.complete_task(session, actor, task_id),
            on_done=lambda _t: self.host.reload(),
        )
