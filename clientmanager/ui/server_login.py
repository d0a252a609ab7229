"""Before the sign-in on a PC whose practice is on the office server: the desktops' login
password, when this PC's keyring does not hold it (``clientmanager join`` keeps it there
when it can). It only lets the PC reach the server; each user still signs in with their
own password afterwards."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager import APP_NAME
from clientmanager.services import practice as practice_service
from clientmanager.services import server as server_service
from clientmanager.ui.context import AppContext
from clientmanager.ui.resources import app_icon
from clientmanager.ui.widgets import ValidatedField, describe_error, error_label, hint, page_title

logger = logging.getLogger(__name__)


class ServerLoginDialog(QDialog):
    """Accepts once the server took the password; a refused one is said and asked again."""

    def __init__(self, context: AppContext, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Connect to the office server – {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(520)

        self.password = ValidatedField(password=True)
        self.remember = QCheckBox(self.tr("Remember on this PC"))
        try:
            where = practice_service.keyring_backend_name()
        except Exception:  # noqa: BLE001 - a broken keyring must never block connecting
            where = None
        # The keyring's name can be long ("Windows Credential Manager"): on its own line
        # under the box, where it wraps instead of being cut off.
        if where:
            self.remember.setChecked(True)
            self.remember_hint = hint(
                self.tr("Kept in {where}, never in a file.").format(where=where)
            )
        else:
            self.remember.setEnabled(False)
            self.remember_hint = hint(
                self.tr(
                    "This PC has no system keyring, so the password is asked for each time "
                    "ClientManager starts. It is never stored in a file."
                )
            )
        self.remember_hint.setObjectName("hint")
        self.message = error_label()
        remember = QVBoxLayout()
        remember.setSpacing(2)
        remember.addWidget(self.remember)
        remember.addWidget(self.remember_hint)
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Password for {login}").format(login=login), self.password)
        form.addRow("", remember)

        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.submit)
        quit_button = QPushButton(self.tr("Quit"))
        quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(quit_button)
        buttons.addWidget(self.connect_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(page_title(self.tr("Connect to the office server")))
        layout.addWidget(
            hint(
                self.tr(
                    "This PC reaches the practice's office server with the desktops' login "
                    "{login}. Type the password the practice manager gave you for it; then "
                    "sign in with your own ClientManager password as usual."
                ).format(login=login)
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.password.setFocus()

    def submit(self) -> None:
        password = self.password.text()
        if not password:
            self.password.show_error(self.tr("Type the login's password."))
            return
        self.message.hide()
        paths, remember = self.context.paths, self.remember.isChecked()
        self._set_busy(True)
        # On the database worker: the server may take seconds to answer, or not answer.
        self.context.tasks.submit(
            lambda: server_service.use_login_password(paths, password, remember=remember),
            on_done=self._connected,
            on_error=self._failed,
        )

    def _connected(self, _kept: bool) -> None:
        self._set_busy(False)
        self.password.set_text("")
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(describe_error(error))
        self.message.show()
        self.adjustSize()  # room for the message: nothing above it is squeezed
        self.password.edit.selectAll()
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        self.connect_button.setDefault(not busy)
        self.connect_button.setText(self.tr("Connecting…") if busy else self.tr("Connect"))
        if busy:
            self.setCursor(Qt.CursorShape.WaitCursor)
        else:
            self.unsetCursor()
