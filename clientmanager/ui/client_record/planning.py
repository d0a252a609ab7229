"""The Planning tab and the record's doors to the Planner dialogs (issue 19).

The Planner menu's dialogs ask which client; opened from a record they are for the
record's client, whatever else the main window shows. ``RecordDoors`` has the methods
``ClientPlannerPanel`` calls on a planner menu, so the panel works the same in both places.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QDialog

from clientmanager.services.clients import ClientCard
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_planner_panel import ClientPlannerPanel
from clientmanager.ui.client_record import common


class RecordDoors(QObject):
    """The Planner dialogs for the record's client, parented on the record."""

    def __init__(self, host: common.RecordHost, parent_widget) -> None:  # noqa: ANN001
        super().__init__(parent_widget)
        self.host = host
        self.parent_widget = parent_widget
        self.dialogs: list[QDialog] = []

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        # A record of advice or a document saved in the dialog belongs on the record's tabs.
        dialog.finished.connect(self._dialog_closed)
        dialog.show()
        dialog.raise_()
        return dialog

    def _dialog_closed(self, _result: int = 0) -> None:
        # Unsaved typing on the overview is never overwritten by a reload.
        if self.host.context.is_unlocked and not getattr(self.host, "dirty", False):
            self.host.reload()

    def open_summary(self) -> QDialog | None:
        from clientmanager.ui.summary_dialog import SummaryDialog

        if self.host.client_id is None:
            return None
        return self._show(
            SummaryDialog(self.host.context, self.parent_widget, client_id=self.host.client_id)
        )

    def open_roa(self) -> QDialog | None:
        from clientmanager.ui.roa_dialog import RoaDialog

        if self.host.client_id is None:
            return None
        return self._show(
            RoaDialog(self.host.context, self.parent_widget, client_id=self.host.client_id)
        )

    def open_letters(self, client_ids: list[int] | None = None) -> QDialog | None:
        from clientmanager.ui.letters_dialog import LettersDialog

        ids = [i for i in (client_ids or [self.host.client_id]) if i is not None]
        if not ids:
            return None
        return self._show(LettersDialog(self.host.context, self.parent_widget, client_ids=ids))

    def open_calendar(self) -> QDialog | None:
        from clientmanager.ui.calendar_view import CalendarView

        if self.host.client_id is None:
            return None
        return self._show(
            CalendarView(self.host.context, self.parent_widget, client_id=self.host.client_id)
        )


class PlanningTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Planning")

    def __init__(self, host: common.RecordHost, doors: RecordDoors) -> None:
        super().__init__(host)
        self.doors = doors
        self.panel = ClientPlannerPanel(host.context, doors)
        common.page_layout(self).addWidget(self.panel, 1)

    def show_card(self, card: ClientCard) -> None:
        # A reload of the same client is refreshed by the panel itself (ctx.changed).
        if self.panel.client_id != card.client.id:
            self.panel.show_client(card.client.id)

    def clear(self) -> None:
        self.panel.client_id = None
        self.panel.year = None
        for listing in (self.panel.appointments, self.panel.events, self.panel.advice):
            listing.clear()
        self.panel.show_empty_lists()
        for label in (self.panel.level, self.panel.next_review, self.panel.tags):
            label.setText("")

    def update_permissions(self) -> None:
        actor, archived = self.host.actor, self.host.archived
        self.panel.roa_button.setEnabled(allows(actor, Permission.NOTE_EDIT) and not archived)
        self.panel.book_button.setEnabled(allows(actor, Permission.TASK_EDIT) and not archived)
        self.panel.letter_button.setEnabled(allows(actor, Permission.DOCUMENT_EDIT))
        self.panel.summary_button.setEnabled(allows(actor, Permission.CLIENT_READ))
