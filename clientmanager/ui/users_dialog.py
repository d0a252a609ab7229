"""Users, for the practice manager: list, add, change role, reset a password, disable/enable.

Every change goes through :mod:`clientmanager.services.users` on the context's worker
thread; the service checks the permission again and writes the audit entry. People whose
role may not manage users see the list greyed out with the reason, not a dialog that
fails on every click. :class:`ChangePasswordDialog` is for anyone's own password.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.passwords import MIN_PASSWORD_LENGTH, check_new_password, check_username
from clientmanager.services import users as users_service
from clientmanager.services.permissions import ROLE_LABELS, Permission, allows
from clientmanager.services.users import UserSummary
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.forms import accept_cancel_buttons
from clientmanager.ui.i18n import format_datetime, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    ValidatedField,
    add_heading,
    button_row,
    error_label,
    hint,
    name_standard_buttons,
    page_title,
    push_button,
    register_table,
    selected_of,
    titled_layout,
)

logger = logging.getLogger(__name__)

COLUMNS = (
    QT_TRANSLATE_NOOP("UsersDialog", "User name"),
    QT_TRANSLATE_NOOP("UsersDialog", "Name"),
    QT_TRANSLATE_NOOP("UsersDialog", "Role"),
    QT_TRANSLATE_NOOP("UsersDialog", "Status"),
    QT_TRANSLATE_NOOP("UsersDialog", "Last sign-in"),
    QT_TRANSLATE_NOOP("UsersDialog", "Last wrong password"),
)
ROLE_HELP = {
    "administrator": QT_TRANSLATE_NOOP(
        "AddUserDialog",
        "Everything: users, backups, restore, settings, all clients, registers.",
    ),
    "planner": QT_TRANSLATE_NOOP(
        "AddUserDialog",
        "Their own clients (or all, if the practice allows it). No users or restore.",
    ),
    "assistant": QT_TRANSLATE_NOOP(
        "AddUserDialog",
        "Edits contact details and tasks, reads the rest. No packages, no sensitive documents.",
    ),
    "compliance": QT_TRANSLATE_NOOP(
        "AddUserDialog",
        "Reads everything, runs the POPIA registers and the audit trail. Edits nothing.",
    ),
}
GREY = QColor("#6b7785")


def _when(value) -> str:  # noqa: ANN001 (datetime or None)
    # The locale's month names: "1 Des. 2026 09:30" on an Afrikaans screen.
    return format_datetime(value, "d MMM yyyy HH:mm") if value else "—"


class _PasswordFields:
    """A new password typed twice, checked as the services will check it."""

    def __init__(self, form: QFormLayout) -> None:
        self.password = ValidatedField(
            placeholder=QCoreApplication.translate(
                "PasswordFields", "at least {count} characters"
            ).format(count=MIN_PASSWORD_LENGTH),
            password=True,
        )
        self.repeat = ValidatedField(
            placeholder=QCoreApplication.translate("PasswordFields", "type it again"),
            password=True,
        )
        form.addRow(QCoreApplication.translate("PasswordFields", "New password"), self.password)
        form.addRow(QCoreApplication.translate("PasswordFields", "Repeat"), self.repeat)

    def value(self, username: str) -> str | None:
        text = self.password.text()
        try:
            check_new_password(text, username=username)
        except ValidationError as exc:
            _show_error(self.password, service_text(exc.problem))
            return None
        if self.repeat.text() != text:
            _show_error(
                self.repeat,
                QCoreApplication.translate("PasswordFields", "The two passwords are different."),
            )
            return None
        return text


def _show_error(field: ValidatedField, message: str) -> None:
    field.show_error(message)
    # A wrapped error line does not make the dialog grow by itself; make room for it.
    window = field.window()
    QTimer.singleShot(0, window.adjustSize)


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(460)
        self.username = ValidatedField(placeholder=self.tr("e.g. pieter"))
        self.full_name = ValidatedField(placeholder=self.tr("e.g. Pieter van Wyk"))
        self.email = ValidatedField(placeholder=self.tr("optional"))
        self.role = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role.addItem(service_text(label), role)
        self.role.setCurrentIndex(self.role.findData("planner"))
        self.role_help = hint("", in_form=True)
        self.role.currentIndexChanged.connect(self._show_role_help)
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.role_help)
        self.passwords = _PasswordFields(form)
        buttons, self.ok_button = accept_cancel_buttons(self, self.submit)
        self.ok_button.setText(self.tr("Add user"))
        layout = titled_layout(
            self,
            self.tr("Add a user"),
            self.tr(
                "The new user signs in with this password; it also unlocks their own copy "
                "of the practice key. Tell them the password in person and ask them to "
                "change it."
            ),
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_role_help()
        self.values: dict | None = None

    @Slot()
    def _show_role_help(self) -> None:
        text = ROLE_HELP.get(self.role.currentData(), "")
        self.role_help.setText(self.tr(text) if text else "")

    @Slot()
    def submit(self) -> None:
        try:
            name = check_username(self.username.text())
        except ValidationError as exc:
            _show_error(self.username, service_text(exc.problem))
            return
        if not self.full_name.text().strip():
            _show_error(self.full_name, self.tr("Enter the person's name."))
            return
        password = self.passwords.value(name)
        if password is None:
            return
        self.values = {
            "username": name,
            "full_name": self.full_name.text().strip(),
            "email": self.email.text().strip() or None,
            "role": self.role.currentData(),
            "password": password,
        }
        self.accept()


class SetPasswordDialog(QDialog):
    """A new password for someone (reset, or enabling a disabled account)."""

    def __init__(self, username: str, *, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.username = username
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.passwords = _PasswordFields(form)
        buttons, self.ok_button = accept_cancel_buttons(self, self.submit)
        layout = titled_layout(
            self,
            title,
            self.tr("Choose a new password for {user}. Their old password stops working.").format(
                user=username
            ),
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password: str | None = None

    @Slot()
    def submit(self) -> None:
        self.password = self.passwords.value(self.username)
        if self.password is not None:
            self.accept()


class UsersDialog(QDialog, ErrorLine):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.users: list[UserSummary] = []
        self._busy = False
        self.setWindowTitle(self.tr("Users"))
        self.setMinimumSize(880, 460)
        self.resize(1060, 520)  # room for the longer Afrikaans column names

        # The name takes the spare width: a stretched last column would clip its longer
        # Afrikaans heading ("Laaste verkeerde wagwoord").
        self.table = register_table(tuple(self.tr(column) for column in COLUMNS), stretch=1)
        self.table.setShowGrid(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.role_box = QComboBox()
        for role, label in ROLE_LABELS.items():
            self.role_box.addItem(service_text(label), role)
        self.role_button = push_button(self.tr("Change role"), self.change_role)
        self.add_button = push_button(self.tr("Add user…"), self.add_user, primary=True)
        self.reset_button = push_button(self.tr("Reset password…"), self.reset_password)
        self.disable_button = push_button(self.tr("Disable…"), self.toggle_active)
        self.close_button = push_button(self.tr("Close"), self.accept)

        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.error = error_label()

        role_row = button_row(
            QLabel(self.tr("Role of the selected user:")), self.role_box, self.role_button, None
        )
        buttons = button_row(
            self.add_button, self.reset_button, self.disable_button, None, self.close_button
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        add_heading(
            layout,
            self.tr("Users"),
            self.tr(
                "Each user has their own password, which also unlocks their own copy of "
                "the practice key. Disabling a user removes that copy: their password no "
                "longer opens the practice. Every change here is recorded in the audit "
                "trail."
            ),
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(role_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        if not self.may_manage:
            self.error.setText(
                self.tr("Your role may not manage users. Ask the practice manager for changes.")
            )
            self.error.show()
        self._update_buttons()
        context.changed.connect(self._refresh_if_users_changed)
        self.refresh()

    @Slot(object)
    def _refresh_if_users_changed(self, changes: Changes) -> None:
        # Our own changes refresh (with the selection kept) when they finish.
        if Changes.USERS in changes and not self._busy and self.context.is_unlocked:
            self.refresh()

    # --- state --------------------------------------------------------------------------

    @property
    def may_manage(self) -> bool:
        return self.context.is_unlocked and allows(
            self.context.practice.actor, Permission.USERS_MANAGE
        )

    def selected_user(self) -> UserSummary | None:
        return selected_of(self.table, self.users)

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)
                return

    @Slot()
    def _update_buttons(self) -> None:
        ready = self.may_manage and not self._busy
        user = self.selected_user()
        me = self.context.practice.actor.username if self.context.is_unlocked else None
        self.add_button.setEnabled(ready)
        self.reset_button.setEnabled(ready and user is not None and user.is_active)
        self.disable_button.setEnabled(ready and user is not None and user.username != me)
        self.disable_button.setText(
            self.tr("Enable…") if user is not None and not user.is_active else self.tr("Disable…")
        )
        self.role_box.setEnabled(ready and user is not None)
        self.role_button.setEnabled(ready and user is not None)
        if user is not None:
            self.role_box.setCurrentIndex(self.role_box.findData(user.role))

    def _run(self, work, done_message: str, *, select: str | None = None) -> None:  # noqa: ANN001
        self._busy = True
        self.error.hide()
        self.status.setText(self.tr("Working…"))
        self._update_buttons()

        def done(_result: object) -> None:
            self._busy = False
            self.status.setText(done_message)
            self.refresh(select=select)

        def failed(error: BaseException) -> None:
            self._busy = False
            self.status.setText("")
            self._fail(error)
            self._update_buttons()

        Operation(
            self,
            self.context,
            lambda _practice, _progress: work(),
            needs="practice",
            changes=Changes.USERS,
        ).success(done).failure(failed).run()

    # --- the list -------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        if not self.may_manage:
            return
        Operation(
            self,
            self.context,
            lambda practice, _progress: users_service.list_users(practice),
            needs="practice",
        ).success(lambda rows: self._listed(rows, select)).failure(self._fail).run()

    def _listed(self, rows: list[UserSummary], select: str | None) -> None:
        self.users = rows
        self.table.setRowCount(len(rows))
        for row, user in enumerate(rows):
            values = (
                user.username,
                user.full_name,
                service_text(user.role_label),
                self.tr("Active") if user.is_active else self.tr("Disabled"),
                _when(user.last_login_at),
                _when(user.last_failed_login_at),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not user.is_active:
                    item.setForeground(GREY)
                self.table.setItem(row, column, item)
        if select:
            self.select_user(select)
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.values is None:
            return
        practice, values = self.context.practice, dialog.values
        self._run(
            lambda: users_service.add_user(practice, **values),
            self.tr("Added {user}. They can sign in now.").format(user=values["username"]),
            select=values["username"],
        )

    @Slot()
    def change_role(self) -> None:
        user = self.selected_user()
        role = self.role_box.currentData()
        if user is None or role == user.role:
            return
        practice = self.context.practice
        self._run(
            lambda: users_service.set_role(practice, username=user.username, role=role),
            self.tr("{user} is now {role}.").format(
                user=user.username, role=service_text(ROLE_LABELS[role]).lower()
            ),
            select=user.username,
        )

    @Slot()
    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = SetPasswordDialog(user.username, title=self.tr("Reset password"), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.password is None:
            return
        practice, password = self.context.practice, dialog.password
        self._run(
            lambda: users_service.reset_password(
                practice, username=user.username, new_password=password
            ),
            self.tr("The password for {user} has been reset.").format(user=user.username),
            select=user.username,
        )

    @Slot()
    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        practice = self.context.practice
        if not user.is_active:
            dialog = SetPasswordDialog(user.username, title=self.tr("Enable user"), parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.password is None:
                return
            password = dialog.password
            self._run(
                lambda: users_service.enable_user(
                    practice, username=user.username, new_password=password
                ),
                self.tr("{user} is enabled with a new password.").format(user=user.username),
                select=user.username,
            )
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Disable user"))
        box.setText(
            self.tr("Disable {name} ({user})?").format(name=user.full_name, user=user.username)
        )
        box.setInformativeText(
            self.tr(
                "Their password will no longer open the practice. Their name stays on the "
                "records they made and in the audit trail."
            )
        )
        rekey = QCheckBox(
            self.tr("Also give the database a new key (recommended when someone leaves)")
        )
        rekey.setToolTip(
            self.tr(
                "Nothing they may have kept, such as a key remembered on their computer, will "
                "open the practice. Everyone else keeps their password."
            )
        )
        rekey.setChecked(True)
        box.setCheckBox(rekey)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        disable = box.addButton(self.tr("Disable"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        name_standard_buttons(box)
        box.exec()
        if box.clickedButton() is not disable:
            return
        with_rekey = rekey.isChecked()
        self._run(
            lambda: users_service.disable_user(practice, username=user.username, rekey=with_rekey),
            (
                self.tr("{user} is disabled and the database has a new key.")
                if with_rekey
                else self.tr("{user} is disabled.")
            ).format(user=user.username),
            select=user.username,
        )


class ChangePasswordDialog(QDialog, ErrorLine):
    """Any signed-in user changes their own password (the current one is asked for)."""

    password_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(440)
        self.current = ValidatedField(placeholder=self.tr("your current password"), password=True)
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.current)
        self.passwords = _PasswordFields(form)
        buttons, self.ok_button = accept_cancel_buttons(self, self.submit)
        self.ok_button.setText(self.tr("Change password"))
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Change my password")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @Slot()
    def submit(self) -> None:
        practice = self.context.practice
        new = self.passwords.value(practice.actor.username)
        if new is None:
            return
        old = self.current.text()
        self.ok_button.setEnabled(False)

        def done(_result: object) -> None:
            self.password_changed.emit()
            self.accept()

        def failed(error: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self._fail(error)

        Operation(
            self,
            self.context,
            lambda practice, _progress: users_service.change_own_password(
                practice, old_password=old, new_password=new
            ),
            needs="practice",
        ).success(done).failure(failed).run()


__all__ = ["AddUserDialog", "ChangePasswordDialog", "SetPasswordDialog", "UsersDialog"]
