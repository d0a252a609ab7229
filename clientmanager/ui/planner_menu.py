"""The Planner menu (issue 19): the documents and routines of a planner's year.

Each entry opens one standalone dialog; the client record can open the same dialogs for
its client (the integrator mounts them there). Entries are shown only to roles whose
permissions allow them: the services refuse the rest anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from clientmanager.services.permissions import Permission, allows


class PlannerMenu(QObject):
    def __init__(
        self,
        window: QMainWindow,
        context,  # noqa: ANN001 (AppContext)
        *,
        current_client_id: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self._current_client_id = current_client_id
        self.menu = QMenu(self.tr("Pla&nner"), window)
        bar = window.menuBar()
        help_action = next(
            (a for a in bar.actions() if a.menu() and "Help" in a.text().replace("&", "")), None
        )
        if help_action is not None:
            bar.insertMenu(help_action, self.menu)
        else:
            bar.addMenu(self.menu)
        self._entries: list[tuple[QAction, tuple[Permission, ...]]] = []
        self.dialogs: list[QDialog] = []
        self._add(self.tr("Client &summary PDF…"), (Permission.CLIENT_READ,), self.open_summary)
        self._add(self.tr("&Record of advice…"), (Permission.NOTE_EDIT,), self.open_roa)
        self._add(self.tr("Re&views board…"), (Permission.CLIENT_READ,), self.open_reviews)
        self._add(self.tr("&Policies over time…"), (Permission.CLIENT_READ,), self.open_policies)
        self._add(
            self.tr("&Letters and mail merge…"), (Permission.DOCUMENT_EDIT,), self.open_letters
        )
        self._add(self.tr("&Calendar…"), (Permission.CLIENT_READ,), self.open_calendar)
        self._add(self.tr("Co&mmission and fees…"), (Permission.CLIENT_EDIT,), self.open_commission)
        self._add(self.tr("&Tags and saved searches…"), (Permission.CLIENT_READ,), self.open_tags)
        self.menu.aboutToShow.connect(self._enable_for_role)

    def _add(self, text: str, permissions: tuple[Permission, ...], slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        self._entries.append((action, permissions))
        return action

    def _enable_for_role(self) -> None:
        actor = self.context.practice.actor if self.context.is_unlocked else None
        for action, permissions in self._entries:
            action.setVisible(all(allows(actor, p) for p in permissions))
            action.setEnabled(actor is not None)

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.show()
        dialog.raise_()
        return dialog

    def open_summary(self) -> QDialog:
        from clientmanager.ui.summary_dialog import SummaryDialog

        return self._show(
            SummaryDialog(self.context, self.window, client_id=self._current_client_id())
        )

    def open_roa(self) -> QDialog:
        from clientmanager.ui.roa_dialog import RoaDialog

        return self._show(RoaDialog(self.context, self.window, client_id=self._current_client_id()))

    def open_reviews(self) -> QDialog:
        from clientmanager.ui.reviews_board import ReviewsBoard

        board = ReviewsBoard(self.context, self.window)
        opener = getattr(self.window, "open_client", None)
        if opener is not None:
            board.client_chosen.connect(opener)
        return self._show(board)

    def open_policies(self) -> QDialog:
        from clientmanager.ui.policy_events import PolicyEventsDialog

        dialog = PolicyEventsDialog(self.context, self.window, client_id=self._current_client_id())
        opener = getattr(self.window, "open_client", None)
        if opener is not None:
            dialog.client_chosen.connect(opener)
        return self._show(dialog)

    def open_letters(self, client_ids: list[int] | None = None) -> QDialog:
        """Also the door for "letter" on a selection in the client list (bulk action)."""
        from clientmanager.ui.letters_dialog import LettersDialog

        current = self._current_client_id()
        ids = client_ids if client_ids is not None else ([current] if current else [])
        return self._show(LettersDialog(self.context, self.window, client_ids=ids))

    def open_calendar(self) -> QDialog:
        from clientmanager.ui.calendar_view import CalendarView

        return self._show(
            CalendarView(self.context, self.window, client_id=self._current_client_id())
        )

    def open_commission(self) -> QDialog:
        from clientmanager.ui.commission_view import CommissionView

        return self._show(CommissionView(self.context, self.window))

    def open_tags(self) -> QDialog:
        from clientmanager.ui.tags_dialog import TagsDialog

        dialog = TagsDialog(self.context, self.window, open_letters=self.open_letters)
        opener = getattr(self.window, "open_client", None)
        if opener is not None:
            dialog.client_chosen.connect(opener)
        return self._show(dialog)
