"""Set up a second factor: scan the QR code with an authenticator app, type the code it
shows, and every later sign-in needs a code (services/second_factor.py enforces it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from clientmanager.services import second_factor
from clientmanager.ui.form_operation import run_in_form
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import FormDialog, describe_error, hint


class SecondFactorDialog(FormDialog):
    min_width = 420

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(self.tr("Set up a second factor"), self.tr("Switch on"), parent)
        self.ctx = ctx
        self.enrolment = None
        self.qr = QLabel(self.tr("Making the QR code…"))
        self.key = QLabel("")
        self.key.setObjectName("hint")
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("The 6-digit code the app shows now"))
        self.body.insertWidget(
            1,
            hint(
                self.tr(
                    "Scan the code with an authenticator app on your phone (Google or Microsoft "
                    "Authenticator, Aegis...). From then on signing in needs the app's code as "
                    "well as your password; the practice recovery code stands in for a lost "
                    "phone."
                )
            ),
        )
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.insertWidget(2, self.qr)
        self.form.addRow(self.tr("Or type this key"), self.key)
        self.form.addRow(self.tr("Code"), self.code)
        self.ok_button.clicked.connect(self.switch_on)
        actor = ctx.practice.actor
        Operation(self, ctx, lambda session: second_factor.begin(session, actor=actor)).success(
            self._show
        ).failure(lambda error: self.show_error(describe_error(error))).run()

    def _show(self, enrolment) -> None:  # noqa: ANN001
        self.enrolment = enrolment
        pixmap = QPixmap()
        pixmap.loadFromData(enrolment.qr_png, "PNG")
        pixmap = pixmap.scaled(220, 220, Qt.AspectRatioMode.KeepAspectRatio)
        self.qr.setPixmap(pixmap)
        self.qr.setFixedHeight(pixmap.height() + 8)
        self.key.setText(" ".join(enrolment.secret[i : i + 4] for i in range(0, 32, 4)))
        self.layout().activate()
        self.adjustSize()

    def switch_on(self) -> None:
        if self.enrolment is None:
            return
        actor, secret, code = self.ctx.practice.actor, self.enrolment.secret, self.code.text()
        run_in_form(
            self,
            self.ctx,
            lambda session: second_factor.confirm(session, actor=actor, secret=secret, code=code),
            changes=Changes.USERS,
        )
