"""The practice manager's and compliance officer's tools, as menu actions on the main window.

Each action opens one dialog and is shown only to roles whose permissions allow it: the
services refuse the rest anyway, so hiding is for clarity, not safety.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Tool:
    label: str
    permissions: tuple[Permission, ...]
    open_dialog: Callable[[], QDialog]
    separator_before: bool = False


class PracticeTools(QObject):
    """Builds the Practice and POPIA menus and opens their dialogs."""

    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        *,
        practice_menu: QMenu,
        request_lock: Callable[[], None],
        refresh: Callable[[], None],
        current_client_id: Callable[[], int | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self._request_lock = request_lock
        self._refresh = refresh
        self._current_client_id = current_client_id
        self._actions: list[tuple[QAction, _Tool]] = []

        # POPIA sits right after Practice (before Help).
        self.popia_menu = QMenu(self.tr("P&OPIA"), window)
        bar_actions = window.menuBar().actions()
        after_practice = bar_actions.index(practice_menu.menuAction()) + 1
        if after_practice < len(bar_actions):
            window.menuBar().insertMenu(bar_actions[after_practice], self.popia_menu)
        else:
            window.menuBar().addMenu(self.popia_menu)

        self._add(
            practice_menu,
            _Tool(
                self.tr("&Backups…"),
                (Permission.BACKUP_RUN,),
                self._backup_centre,
                separator_before=True,
            ),
        )
        self._add(
            practice_menu,
            _Tool(self.tr("&Users and roles…"), (Permission.USERS_MANAGE,), self._users),
        )
        self._add(practice_menu, _Tool(self.tr("Change my &password…"), (), self._change_password))
        self._add(
            practice_menu,
            _Tool(self.tr("New &recovery code…"), (Permission.USERS_MANAGE,), self._recovery_code),
        )
        self._add(
            practice_menu,
            _Tool(
                self.tr("Set up a &second factor…"),
                (Permission.USERS_MANAGE,),
                self._second_factor,
            ),
        )
        self.move_to_server_action = self._add(
            practice_menu,
            _Tool(
                self.tr("Move this practice to the office &server…"),
                (Permission.RESTORE,),
                self._move_practice,
            ),
        )
        self.move_to_file_action = self._add(
            practice_menu,
            _Tool(
                self.tr("Move this practice back to &this PC…"),
                (Permission.RESTORE,),
                self._move_practice,
            ),
        )
        self._add(
            practice_menu,
            _Tool(
                self.tr("&Import clients…"),
                (Permission.IMPORT,),
                self._import,
                separator_before=True,
            ),
        )
        self._add(
            practice_menu,
            _Tool(self.tr("E&xport clients…"), (Permission.BULK_EXPORT,), self._export),
        )
        self._add(
            practice_menu,
            _Tool(
                self.tr("Possible &duplicates…"),
                (Permission.CLIENT_EDIT, Permission.CLIENT_ARCHIVE),
                self._duplicates,
            ),
        )

        self.subject_export_action = self._add(
            self.popia_menu,
            _Tool(
                self.tr("Export &data-subject package for this client…"),
                (Permission.SUBJECT_EXPORT,),
                self._subject_export,
            ),
        )
        # Issue 14: the client's own POPIA actions, on the open or selected client.
        self.client_actions = [
            self._add(
                self.popia_menu,
                _Tool(
                    self.tr("Record a &request from this client…"),
                    (Permission.REGISTERS_EDIT,),
                    self._client_request,
                ),
            ),
            self._add(
                self.popia_menu,
                _Tool(
                    self.tr("D&isclosures of this client…"),
                    (Permission.CLIENT_EDIT,),
                    self._client_disclosures,
                ),
            ),
            self._add(
                self.popia_menu,
                _Tool(
                    self.tr("Print collection &notice (s18)…"),
                    (Permission.CLIENT_READ, Permission.CLIENT_EDIT),
                    lambda: self._print_notice("s18"),
                ),
            ),
            self._add(
                self.popia_menu,
                _Tool(
                    self.tr("Print &Form 4 (marketing consent)…"),
                    (Permission.CLIENT_READ, Permission.CLIENT_EDIT),
                    lambda: self._print_notice("form4"),
                ),
            ),
            self._add(
                self.popia_menu,
                _Tool(
                    self.tr("Attach a &signed Form 4…"),
                    (Permission.CLIENT_EDIT, Permission.DOCUMENT_EDIT),
                    self._attach_form4,
                ),
            ),
        ]
        self._add(
            self.popia_menu,
            _Tool(
                self.tr("&Rights register (requests)…"),
                (Permission.REGISTERS_VIEW,),
                self._rights_register,
                separator_before=True,
            ),
        )
        self._add(
            self.popia_menu,
            _Tool(self.tr("&Breach register…"), (Permission.REGISTERS_VIEW,), self._breaches),
        )
        self._add(
            self.popia_menu,
            _Tool(self.tr("Retention &review…"), (Permission.RETENTION_APPROVE,), self._retention),
        )
        self._add(
            self.popia_menu,
            _Tool(
                self.tr("&Audit trail…"),
                (Permission.AUDIT_VIEW,),
                self._audit,
                separator_before=True,
            ),
        )

        context.practice_unlocked.connect(lambda _practice: self.update_actions())
        context.practice_locked.connect(self.update_actions)
        self.update_actions()

    # --- building -----------------------------------------------------------------------------
    def _add(self, menu: QMenu, tool: _Tool) -> QAction:
        if tool.separator_before:
            menu.addSeparator()
        action = QAction(tool.label, self.window)
        action.triggered.connect(lambda _checked=False, tool=tool: self._open(tool))
        menu.addAction(action)
        self._actions.append((action, tool))
        return action

    def update_actions(self) -> None:
        actor = self.context.practice.actor if self.context.is_unlocked else None
        for action, tool in self._actions:
            allowed = actor is not None and all(allows(actor, p) for p in tool.permissions)
            action.setVisible(allowed)
            action.setEnabled(allowed)
        if self.subject_export_action.isVisible():
            self.subject_export_action.setEnabled(self._current_client_id() is not None)
        for action in getattr(self, "client_actions", ()):
            if action.isVisible():
                action.setEnabled(self._current_client_id() is not None)
        # One of the two moves, for where the practice is now.
        on_server = actor is not None and self.context.practice.on_server
        for action, shown in (
            (self.move_to_server_action, not on_server),
            (self.move_to_file_action, on_server),
        ):
            if action.isVisible() and not shown:
                action.setVisible(False)
                action.setEnabled(False)
        # A role sees no menu it cannot use (an empty POPIA menu for an assistant).
        usable = [a for a in self.popia_menu.actions() if not a.isSeparator() and a.isVisible()]
        self.popia_menu.menuAction().setVisible(bool(usable))

    def _open(self, tool: _Tool) -> None:
        if not self.context.is_unlocked:
            return
        dialog = tool.open_dialog()
        dialog.exec()
        dialog.deleteLater()

    # --- the dialogs (imported when first used: start-up stays quick) -------------------------
    def _backup_centre(self) -> QDialog:
        from clientmanager.ui.backup_centre import BackupCentreDialog

        dialog = BackupCentreDialog(self.context, self.window)
        # After a restore the old database is closed: sign in again to the restored one.
        dialog.restore_finished.connect(lambda _result: dialog.accept())
        dialog.restore_finished.connect(lambda _result: self._request_lock())
        return dialog

    def _move_practice(self) -> QDialog:
        from clientmanager.ui.move_practice_dialog import MovePracticeDialog

        dialog = MovePracticeDialog(self.context, self.window)
        # Moved: the practice here is closed; everyone signs in again where it now is.
        dialog.finished.connect(
            lambda _code: (
                self._request_lock()
                if dialog.migration is not None and dialog.migration.done
                else None
            )
        )
        return dialog

    def _users(self) -> QDialog:
        from clientmanager.ui.users_dialog import UsersDialog

        return UsersDialog(self.context, self.window)

    def _recovery_code(self) -> QDialog:
        from clientmanager.ui.recovery_sheet import RecoveryCodeDialog

        return RecoveryCodeDialog(self.context, self.window)

    def _change_password(self) -> QDialog:
        from clientmanager.ui.users_dialog import ChangePasswordDialog

        return ChangePasswordDialog(self.context, self.window)

    def _second_factor(self) -> QDialog:
        from clientmanager.ui.second_factor_dialog import SecondFactorDialog

        return SecondFactorDialog(self.context, self.window)

    def _import(self) -> QDialog:
        from clientmanager.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, self.window)
        wizard.import_finished.connect(lambda _result: self._refresh())
        return wizard

    def _export(self) -> QDialog:
        from clientmanager.ui.export_dialog import ExportClientsDialog

        return ExportClientsDialog(self.context, self.window)

    def _duplicates(self) -> QDialog:
        from clientmanager.ui.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.context, self.window)
        dialog.clients_merged.connect(lambda _result: self._refresh())
        return dialog

    def _subject_export(self) -> QDialog:
        from clientmanager.ui.subject_export_dialog import SubjectExportDialog

        return SubjectExportDialog(self.context, self._current_client_id(), self.window)

    def _rights_register(self) -> QDialog:
        from clientmanager.ui.rights_register import RightsRegisterDialog

        return RightsRegisterDialog(self.context, self.window)

    def _client_request(self) -> QDialog:
        from clientmanager.ui.rights_register import RightsRegisterDialog

        dialog = RightsRegisterDialog(self.context, self.window)
        client_id = self._current_client_id()
        if client_id is not None:
            dialog.new_request(client_id)
        return dialog

    def _client_disclosures(self) -> QDialog:
        from clientmanager.ui.disclosures_panel import DisclosuresDialog

        return DisclosuresDialog(self.context, self._current_client_id(), self.window)

    def _print_notice(self, kind: str) -> QDialog:
        from clientmanager.ui.notices_dialog import PrintNoticeDialog

        return PrintNoticeDialog(self.context, self._current_client_id(), kind, self.window)

    def _attach_form4(self) -> QDialog:
        from clientmanager.ui.notices_dialog import AttachForm4Dialog

        return AttachForm4Dialog(self.context, self._current_client_id(), self.window)

    def _breaches(self) -> QDialog:
        from clientmanager.ui.breach_register import BreachRegisterDialog

        return BreachRegisterDialog(self.context, self.window)

    def _retention(self) -> QDialog:
        from clientmanager.ui.retention_dialog import RetentionReviewDialog

        dialog = RetentionReviewDialog(self.context, self.window)
        dialog.erased.connect(lambda _result: self._refresh())
        return dialog

    def _audit(self) -> QDialog:
        from clientmanager.ui.audit_viewer import AuditViewerDialog

        return AuditViewerDialog(self.context, self.window)

    def open_retention_review(self) -> None:
        """Opened at start-up when the weekly review is due (POPIA s14)."""
        self._open(_Tool("", (Permission.RETENTION_APPROVE,), self._retention))
