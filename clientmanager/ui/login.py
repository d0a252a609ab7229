"""The unlock screen: a password, or the recovery code with a new password."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager import APP_NAME
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.passwords import check_new_password
from clientmanager.errors import ClientManagerError, KeyringUnavailable, PracticeInUse
from clientmanager.services import practice as practice_service
from clientmanager.services.practice import OpenPractice
from clientmanager.ui.context import AppContext
from clientmanager.ui.resources import app_icon
from clientmanager.ui.widgets import (
    ValidatedField,
    button_row,
    describe_error,
    error_label,
    hint,
    page_title,
)

logger = logging.getLogger(__name__)

LAST_USER_SETTING = "login/last_user"


class LoginDialog(QDialog):
    """Shown at start-up and after the idle lock. Accepts with ``self.practice`` set."""

    unlocked = Signal(object)

    def __init__(
        self, context: AppContext, *, reason: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.practice: OpenPractice | None = None
        self.setWindowTitle(self.tr("Unlock {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(56, 56))
        heading = QHBoxLayout()
        heading.addWidget(icon)
        title_box = QVBoxLayout()
        title_box.addWidget(page_title(self.tr("Unlock the practice")))
        title_box.addWidget(hint(str(context.paths.data_dir)))
        heading.addLayout(title_box, 1)

        self.reason = hint(reason)
        self.reason.setVisible(bool(reason))
        self.message = error_label()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._password_page())
        self.pages.addWidget(self._recovery_page())
        self.pages.currentChanged.connect(self._fit_to_page)
        self._fit_to_page(0)

        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button = QPushButton(self.tr("Use the recovery code…"))
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self.toggle_recovery)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(self.reject)
        # Shown only when another copy of the app has the practice open (issue 13).
        self.read_only_button = QPushButton(self.tr("Open read-only"))
        self.read_only_button.clicked.connect(self.submit_read_only)
        self.read_only_button.hide()
        buttons = button_row(
            self.switch_button,
            None,
            quit_button,
            self.read_only_button,
            self.unlock_button,
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(heading)
        layout.addWidget(self.reason)
        layout.addWidget(self.pages)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._prefill_user()
        self.in_use: PracticeInUse | None = None
        self._claim_practice()

    def _claim_practice(self) -> bool:
        """Take the practice lock; when another copy has it, say who, and offer read-only."""
        if self.context.practice_lock is not None:
            return True
        try:
            self.context.claim_practice()
        except PracticeInUse as exc:
            self.in_use = exc
            self.reason.setText(describe_error(exc, separator=" "))
            self.reason.show()
            self.read_only_button.show()
            self.setMinimumWidth(600)  # room for the extra button beside the others
            self._fit_to_page(self.pages.currentIndex())
            return False
        self.in_use = None
        self.read_only_button.hide()
        return True

    def submit_read_only(self) -> None:
        self.context.open_read_only()
        self.message.hide()
        if self.in_recovery_mode():
            self.toggle_recovery()
        self._submit_password()

    # pages

    def _password_page(self) -> QWidget:
        page = QWidget()
        self.username = ValidatedField(placeholder=self.tr("your user name"))
        self.password = ValidatedField(placeholder=self.tr("your password"), password=True)
        self.remember = QCheckBox(self.tr("Remember on this computer"))
        self.remember.setToolTip(
            self.tr(
                "The unlocked key is kept in the operating system's keyring for your "
                "account, so you are not asked for the password here. It is never "
                "stored in a plain file."
            )
        )
        # Whether this computer has a usable keyring is asked only when it matters (the
        # box is ticked, or the key was remembered before): merely importing the keyring
        # loads network modules an offline session has no use for.
        self._keyring_checked = False
        self.remember.toggled.connect(self._remember_toggled)
        if practice_service.keyring_is_remembered(self.context.paths):
            self._check_keyring(show_note=False)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        # Shown when the service asks for it: an administrator's second factor (issue 14).
        self.second_factor = ValidatedField(
            placeholder=self.tr("6-digit code from your authenticator app, or the recovery code")
        )
        form.addRow(self.tr("Code"), self.second_factor)
        self._second_factor_row = form.rowCount() - 1
        form.setRowVisible(self._second_factor_row, False)
        self._password_form = form
        return page

    def _recovery_page(self) -> QWidget:
        page = QWidget()
        self.recovery_user = ValidatedField(placeholder=self.tr("whose password to reset"))
        self.recovery_code = ValidatedField(placeholder="XXXX-XXXX-XXXX-XXXX-…")
        self.new_password = ValidatedField(
            placeholder=self.tr("at least 10 characters"), password=True
        )
        self.repeat_password = ValidatedField(password=True)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(
            hint(
                self.tr(
                    "The recovery code is on the sheet printed when the practice was "
                    "set up. It lets you choose a new password."
                )
            )
        )
        form.addRow(self.tr("User name"), self.recovery_user)
        form.addRow(self.tr("Recovery code"), self.recovery_code)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.repeat_password)
        return page

    def _prefill_user(self) -> None:
        last = QSettings().value(LAST_USER_SETTING, "", type=str)
        try:
            known = practice_service.known_usernames(self.context.paths)
        except ClientManagerError as exc:
            self.show_message(describe_error(exc))
            known = []
        if last in known:
            self.username.set_text(last)
        elif len(known) == 1:
            self.username.set_text(known[0])
        (self.password if self.username.text() else self.username).setFocus()

    # behaviour

    def _fit_to_page(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; size it to the one shown.
        for position in range(self.pages.count()):
            policy = (
                QSizePolicy.Policy.Preferred if position == index else QSizePolicy.Policy.Ignored
            )
            self.pages.widget(position).setSizePolicy(policy, policy)
        self.pages.adjustSize()
        self.adjustSize()

    def in_recovery_mode(self) -> bool:
        return self.pages.currentIndex() == 1

    def toggle_recovery(self) -> None:
        recovery = not self.in_recovery_mode()
        self.pages.setCurrentIndex(1 if recovery else 0)
        self.switch_button.setText(
            self.tr("Use a password") if recovery else self.tr("Use the recovery code…")
        )
        self.unlock_button.setText(self.tr("Reset and unlock") if recovery else self.tr("Unlock"))
        self.message.hide()
        if recovery:
            self.recovery_user.set_text(self.username.text())
            self.recovery_code.setFocus()

    def _remember_toggled(self, checked: bool) -> None:
        if checked and not self._keyring_checked:
            self._check_keyring(show_note=True)

    def _check_keyring(self, *, show_note: bool) -> None:
        """Name the keyring on the check box, or, without one, untick and disable it and
        (when the user just asked for it) say why."""
        self._keyring_checked = True
        try:
            where = practice_service.keyring_backend_name()
        except Exception:  # a broken keyring must never block signing in
            where = None
        if where:
            self.remember.setText(
                self.tr("Remember on this computer (in {where})").format(where=where)
            )
            return
        why = self.tr(
            "This computer has no system keyring, so the password is asked for "
            "each time. The key is never stored anywhere else."
        )
        had_focus = self.focusWidget() is self.remember
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        if had_focus:
            # Disabling the box would hand focus to the next button (and Enter with it);
            # send the user back to the password instead.
            self.password.edit.setFocus()
        self.remember.setToolTip(why)
        if show_note:
            self.reason.setText(why)
            self.reason.show()
            self._fit_to_page(self.pages.currentIndex())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def try_keyring(self) -> None:
        """Open silently with a key the user asked this computer to remember. Does
        nothing (and loads no keyring) when nobody chose to remember it."""
        paths = self.context.paths
        if not practice_service.keyring_is_remembered(paths) or self.in_use is not None:
            return
        self._set_busy(True)
        self.context.tasks.submit(
            lambda: practice_service.unlock_from_keyring(paths, defer_page_check=True),
            on_done=self._keyring_result,
            on_error=self._keyring_failed,
        )

    def _keyring_result(self, practice: OpenPractice | None) -> None:
        self._set_busy(False)
        if practice is not None:
            self._finish(practice)

    def _keyring_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KeyringUnavailable):
            self.reason.setText(describe_error(error, separator=" "))
            self.reason.show()
            # Grow to fit the note, or the fields are squeezed flat under it.
            self._fit_to_page(self.pages.currentIndex())
        else:
            self.show_message(describe_error(error))

    def submit(self) -> None:
        self.message.hide()
        if not self.context.read_only and not self._claim_practice():
            return
        if self.in_recovery_mode():
            self._submit_recovery()
        else:
            self._submit_password()

    def _submit_password(self) -> None:
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.username.show_error(self.tr("Type your user name."))
            return
        if not password:
            self.password.show_error(self.tr("Type your password."))
            return
        paths, remember = self.context.paths, self.remember.isChecked()
        code = self.second_factor.text().strip() or None
        read_only = self.context.read_only
        self._set_busy(True)
        self.context.tasks.submit(
            lambda: practice_service.unlock_with_password(
                paths,
                username,
                password,
                remember_in_keyring=remember and not read_only,
                second_factor=code,
                read_only=read_only,
                # The whole-file check runs beside the first window (AppContext).
                defer_page_check=True,
            ),
            on_done=self._finish,
            on_error=self._failed,
        )

    def _submit_recovery(self) -> None:
        username = self.recovery_user.text().strip()
        code = self.recovery_code.text()
        new_password = self.new_password.text()
        if not username:
            self.recovery_user.show_error(self.tr("Type the user name whose password to reset."))
            return
        if not code.strip():
            self.recovery_code.show_error(self.tr("Type the recovery code from the printed sheet."))
            return
        try:
            check_new_password(new_password, username=username)
        except ValidationError as exc:
            self.new_password.show_error(exc.problem.capitalize() + ".")
            return
        if new_password != self.repeat_password.text():
            self.repeat_password.show_error(self.tr("The two passwords are different."))
            return
        paths = self.context.paths

        def reset_and_unlock() -> OpenPractice:
            practice = practice_service.unlock_with_recovery_code(paths, code)
            try:
                practice_service.set_password(
                    practice, username=username, new_password=new_password
                )
            finally:
                practice.close()
            return practice_service.unlock_with_password(paths, username, new_password)

        self._set_busy(True)
        self.context.tasks.submit(reset_and_unlock, on_done=self._finish, on_error=self._failed)

    def _failed(self, error: BaseException) -> None:
        from clientmanager.services.auth import SecondFactorRequired

        self._set_busy(False)
        self.show_message(describe_error(error))
        if isinstance(error, SecondFactorRequired):
            self._password_form.setRowVisible(self._second_factor_row, True)
            self.second_factor.edit.selectAll()
            self.second_factor.setFocus()
            return
        field = self.recovery_code if self.in_recovery_mode() else self.password
        field.edit.selectAll()
        field.setFocus()

    def _finish(self, practice: OpenPractice) -> None:
        self._set_busy(False)
        self.practice = practice
        QSettings().setValue(LAST_USER_SETTING, practice.actor.username)
        self.password.set_text("")
        self.second_factor.set_text("")
        self.new_password.set_text("")
        self.repeat_password.set_text("")
        self.recovery_code.set_text("")
        self.unlocked.emit(practice)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.pages.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        # Disabling the default button hands "default" to Quit; take it back for Enter.
        self.unlock_button.setDefault(not busy)
        self.switch_button.setEnabled(not busy)
        if busy:
            label = self.tr("Unlocking…")
        elif self.in_recovery_mode():
            label = self.tr("Reset and unlock")
        else:
            label = self.tr("Unlock")
        self.unlock_button.setText(label)
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()
