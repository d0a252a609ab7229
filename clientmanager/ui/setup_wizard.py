"""First run: name the practice and its information officer, create the first
administrator, and put the recovery code on paper."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from clientmanager import APP_NAME
from clientmanager.domain.email import normalise_email
from clientmanager.domain.errors import ValidationError
from clientmanager.domain.passwords import check_new_password, check_username
from clientmanager.domain.phone import normalise_phone
from clientmanager.services import practice as practice_service
from clientmanager.services import settings as settings_service
from clientmanager.services.practice import OpenPractice
from clientmanager.ui.context import AppContext
from clientmanager.ui.recovery_sheet import has_printer, print_or_save, recovery_sheet
from clientmanager.ui.resources import app_icon
from clientmanager.ui.widgets import (
    TitledPage,
    ValidatedField,
    button_row,
    describe_error,
    error_label,
    hint,
    name_wizard_buttons,
)


def _create_practice(arguments: dict, fsp_number: str) -> tuple[OpenPractice, str]:
    """Create the practice, then put the FSP licence number into its Settings (audited)."""
    practice, code = practice_service.create_practice(**arguments)
    if fsp_number:
        with practice.session() as session:
            settings_service.set_value(session, practice.actor, "fsp_number", fsp_number)
    return practice, code


def _problem(exc: ValidationError) -> str:
    return exc.problem[:1].upper() + exc.problem[1:] + "."


class PracticePage(TitledPage):
    def __init__(self) -> None:
        super().__init__(
            self.tr("Your practice"),
            self.tr(
                "These details appear on letters and data reports to clients. The information "
                "officer is the person responsible for POPIA compliance (s55)."
            ),
        )
        self.practice_name = ValidatedField(placeholder=self.tr("e.g. Karoo Wealth Planning"))
        self.fsp_number = ValidatedField(placeholder=self.tr("optional, e.g. 12345"))
        self.officer_name = ValidatedField(placeholder=self.tr("full name"))
        self.officer_email = ValidatedField(placeholder=self.tr("name@practice.co.za"))
        self.officer_phone = ValidatedField(placeholder=self.tr("e.g. 021 555 1234"))
        form = QFormLayout(self)
        form.addRow(self.tr("Practice name"), self.practice_name)
        form.addRow(self.tr("FSP licence number"), self.fsp_number)
        form.addRow(self.tr("Information officer"), self.officer_name)
        form.addRow(self.tr("Officer's email"), self.officer_email)
        form.addRow(self.tr("Officer's phone"), self.officer_phone)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        valid = True
        if not self.practice_name.text().strip():
            self.practice_name.show_error(self.tr("Type the practice's name."))
            valid = False
        if not self.officer_name.text().strip():
            self.officer_name.show_error(self.tr("Name the information officer (POPIA s55)."))
            valid = False
        email = self.officer_email.text().strip()
        if email:
            try:
                self.officer_email.set_text(normalise_email(email, field="Email"))
            except ValidationError as exc:
                self.officer_email.show_error(_problem(exc))
                valid = False
        try:
            # The licence number lands in Settings; check it the way Settings will.
            settings_service.SETTINGS["fsp_number"].validate(self.fsp_number.text())
        except ValidationError as exc:
            self.fsp_number.show_error(_problem(exc))
            valid = False
        phone = self.officer_phone.text().strip()
        if phone:
            try:
                normalise_phone(phone, field="Phone")
            except ValidationError as exc:
                self.officer_phone.show_error(_problem(exc))
                valid = False
        return valid


class AdministratorPage(TitledPage):
    """The first administrator. Nothing is created here: the practice is created on the
    next page, once its recovery code was shown and kept."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            self.tr("The first administrator"),
            self.tr(
                "The administrator manages users and backups. Choose a password of at least "
                "10 characters; a short sentence is easy to remember and hard to guess."
            ),
        )
        self.context = context
        self.full_name = ValidatedField(placeholder=self.tr("e.g. Thandi Mokoena"))
        self.username = ValidatedField(placeholder=self.tr("e.g. thandi"))
        self.password = ValidatedField(password=True)
        self.repeat = ValidatedField(password=True)
        self.message = error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        form.addRow(self.message)

    def _fields_valid(self) -> bool:
        valid = True
        if not self.full_name.text().strip():
            self.full_name.show_error(self.tr("Type the administrator's name."))
            valid = False
        try:
            username = check_username(self.username.text())
        except ValidationError as exc:
            self.username.show_error(_problem(exc))
            return False
        try:
            check_new_password(self.password.text(), username=username)
        except ValidationError as exc:
            self.password.show_error(_problem(exc))
            return False
        if self.password.text() != self.repeat.text():
            self.repeat.show_error(self.tr("The two passwords are different."))
            valid = False
        return valid

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        return self._fields_valid()


class RecoveryCodePage(TitledPage):
    """The commit page: the code is shown first; "Create the practice" is offered only once
    the user confirms they kept it, and only then is anything written to disk."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(
            self.tr("Print the recovery code"),
            self.tr(
                "If every password is forgotten, this code is the only way to open the practice "
                "or its backups. It is shown only now."
            ),
        )
        self.context = context
        self.code: str | None = None
        self.practice_id = ""
        self.created: tuple[OpenPractice, str] | None = None
        self._creating = False
        self.cancel_requested = False
        self.setCommitPage(True)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create the practice"))
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.print_button = QPushButton(
            self.tr("Print the recovery sheet…") if has_printer() else self.tr("Save as PDF…")
        )
        self.print_button.clicked.connect(self.print_sheet)
        self.saved = hint("")
        self.saved.hide()
        self.confirm = QCheckBox(
            self.tr("I have printed or written down the recovery code and will lock it away")
        )
        self.registerField("recoveryCodeKept*", self.confirm)
        self.message = error_label()
        buttons = button_row(None, self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code_label)
        layout.addLayout(buttons)
        layout.addWidget(self.saved)
        layout.addWidget(
            hint(
                self.tr(
                    "Keep it somewhere safe and apart from the computer, such as the practice's "
                    "safe. Anyone who has the code and a copy of the data can read every record."
                )
            )
        )
        layout.addStretch(1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 (Qt API)
        if self.code is None:
            self.code = practice_service.issue_recovery_code()
            self.practice_id = uuid.uuid4().hex  # on the sheet, printed before creation
        self.code_label.setText(self.code)

    def _practice_name(self) -> str:
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        return wizard.practice_page.practice_name.text().strip()

    def recovery_sheet(self) -> QTextDocument:
        return recovery_sheet(self._practice_name(), self.practice_id, self.code or "")

    def print_sheet(self) -> None:
        done = print_or_save(self, self.recovery_sheet())
        if done:
            self.saved.setText(done)
            self.saved.show()

    @property
    def is_creating(self) -> bool:
        return self._creating

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        if self.created is not None:
            return True
        if self._creating or not self.confirm.isChecked() or self.code is None:
            return False
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        details, admin = wizard.practice_page, wizard.admin_page
        arguments = {
            "paths": self.context.paths,
            "practice_name": details.practice_name.text().strip(),
            "admin_username": check_username(admin.username.text()),
            "admin_password": admin.password.text(),
            "admin_full_name": admin.full_name.text().strip(),
            "information_officer_name": details.officer_name.text().strip(),
            "information_officer_email": details.officer_email.text().strip() or None,
            "information_officer_phone": (
                normalise_phone(details.officer_phone.text())
                if details.officer_phone.text().strip()
                else None
            ),
            "recovery_code": self.code,
            "practice_id": self.practice_id,
        }
        self._creating = True
        self.message.hide()
        self.confirm.setEnabled(False)
        self.print_button.setEnabled(False)
        wizard.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        wizard.button(QWizard.WizardButton.FinishButton).setText(self.tr("Creating…"))
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
        # The FSP licence number asked for on the first page lands in Settings.
        fsp_number = details.fsp_number.text().strip()
        self.context.tasks.submit(
            lambda: _create_practice(arguments, fsp_number),
            on_done=self._created,
            on_error=self._failed,
        )
        return False

    def _created(self, result: tuple[OpenPractice, str]) -> None:
        self._creating = False
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        if self.cancel_requested:
            # Cancelled while it was being written: take it all away again.
            practice_service.discard_new_practice(result[0])
            wizard.finish_cancel()
            return
        self.created = result
        wizard.admin_page.password.set_text("")
        wizard.admin_page.repeat.set_text("")
        wizard.accept()

    def _failed(self, error: BaseException) -> None:
        self._creating = False
        wizard: SetupWizard = self.wizard()  # type: ignore[assignment]
        if self.cancel_requested:
            wizard.finish_cancel()
            return
        self.confirm.setEnabled(True)
        self.print_button.setEnabled(True)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(True)
        finish.setText(self.tr("Create the practice"))
        wizard.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.message.setText(describe_error(error))
        self.message.show()


class SetupWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Set up {app}").format(app=APP_NAME))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(620, 500)
        name_wizard_buttons(self)
        self.practice_page = PracticePage()
        self.admin_page = AdministratorPage(context)
        self.recovery_page = RecoveryCodePage(context)
        self.addPage(self.practice_page)
        self.addPage(self.admin_page)
        self.addPage(self.recovery_page)

    @property
    def practice(self) -> OpenPractice | None:
        created = self.recovery_page.created
        return created[0] if created else None

    def take_practice(self) -> OpenPractice | None:
        """Hand the created practice over; the wizard keeps no reference (nor its key)."""
        created, self.recovery_page.created = self.recovery_page.created, None
        return created[0] if created else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Escape would reject the wizard from the recovery page, or mid-creation; there
        # only the Cancel button ends set-up (and undoes anything written).
        if event.key() == Qt.Key.Key_Escape and self.currentPage() is self.recovery_page:
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        page = self.recovery_page
        if page.is_creating:
            page.cancel_requested = True
            self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self.button(QWizard.WizardButton.FinishButton).setText(self.tr("Cancelling…"))
            return  # finished when the worker hands the practice back, see _created
        if page.created is not None and self.result() != QDialog.DialogCode.Accepted:
            # Not yet handed over: set-up was not finished, so nothing may be kept.
            practice_service.discard_new_practice(page.created[0])
            page.created = None
        super().reject()

    def finish_cancel(self) -> None:
        super().reject()
