"""Practice ▸ Settings: the practice's identity, security, retention periods, backups and
PDFs. The practice manager edits; the compliance officer reads.

Every field is one key of :data:`clientmanager.services.settings.SETTINGS` (or a retention
period); Save sends only what changed, in one transaction, and the service validates and
audits each change. A refused value is shown under its own field and nothing is saved.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientmanager.domain.errors import ValidationError
from clientmanager.services import settings as settings_service
from clientmanager.services.permissions import Permission, allows, require
from clientmanager.services.settings import TAB_SECURITY, TABS, SettingLine
from clientmanager.ui.context import AppContext
from clientmanager.ui.i18n import period_source, period_text, service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    ask,
    ask_folder,
    describe_error,
    error_label,
    hint,
    name_standard_buttons,
    page_title,
    push_button,
    scroll_area,
)

logger = logging.getLogger(__name__)


class SettingsRejected(Exception):
    """Some values were refused: {key: (field, problem)}. Raised so the transaction rolls
    back."""

    def __init__(self, problems: dict[str, tuple[str, str]]) -> None:
        super().__init__("settings refused")
        self.problems = problems


def _apply(session, actor, changes: dict[str, str]) -> list[SettingLine]:  # noqa: ANN001
    problems: dict[str, tuple[str, str]] = {}
    for key, value in changes.items():
        try:
            settings_service.set_value(session, actor, key, value)
        except ValidationError as exc:
            problems[key] = (exc.field, exc.problem)
    if problems:
        raise SettingsRejected(problems)
    return settings_service.show_settings(session, actor)


class _Field(QWidget):
    """One setting's editor with its help line and its own error line."""

    def __init__(self, line: SettingLine, *, editable: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = line.key
        spec = settings_service.SETTINGS.get(line.key)
        self.editor: QLineEdit | QPlainTextEdit | QComboBox
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if spec is not None and spec.choices:
            self.editor = QComboBox()
            for choice in spec.choices:
                self.editor.addItem(self._choice_label(line.key, choice), choice)
            self.editor.setEnabled(editable)
        elif spec is not None and spec.multiline:
            self.editor = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)
            self.editor.setMaximumHeight(80)
            self.editor.setReadOnly(not editable)
        else:
            self.editor = QLineEdit()
            self.editor.setReadOnly(not editable)
        row.addWidget(self.editor, 1)
        if line.key == "backup_folder" and editable:
            choose = QPushButton(self.tr("Choose…"))
            choose.setAutoDefault(False)
            choose.clicked.connect(self._choose_folder)
            row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        help_text = service_text(line.help)
        minimum = service_text(line.minimum)
        if minimum:
            help_text = (
                self.tr("{help}. The law: {minimum}.").format(help=help_text, minimum=minimum)
                if help_text
                else minimum
            )
        if help_text:
            layout.addWidget(hint(help_text))
        self.error = error_label("fieldError")
        layout.addWidget(self.error)
        self.set_line(line)

    @staticmethod
    def _choice_label(key: str, choice: str) -> str:
        labels = {
            ("planners_see_all", "yes"): QT_TRANSLATE_NOOP(
                "_Field", "Yes: every planner sees every client"
            ),
            ("planners_see_all", "no"): QT_TRANSLATE_NOOP(
                "_Field", "No: planners see the clients assigned to them"
            ),
            ("pdf_password_policy", "id_number"): QT_TRANSLATE_NOOP(
                "_Field", "The client's ID number"
            ),
            ("pdf_password_policy", "random"): QT_TRANSLATE_NOOP(
                "_Field", "A random password, given separately"
            ),
            ("letter_language", "en"): QT_TRANSLATE_NOOP("_Field", "English"),
            ("letter_language", "af"): QT_TRANSLATE_NOOP("_Field", "Afrikaans"),
        }
        label = labels.get((key, choice))
        return QCoreApplication.translate("_Field", label) if label else choice

    def set_line(self, line: SettingLine) -> None:
        stored = line.stored
        if isinstance(self.editor, QComboBox):
            if self.key == "planners_see_all":
                stored = "yes" if stored == "1" else "no"
            index = self.editor.findData(stored)
            self.editor.setCurrentIndex(max(index, 0))
        elif isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(stored)
        else:
            if self.key.startswith(settings_service.RETENTION_PREFIX):
                stored = period_text(stored)  # "5 jaar" on an Afrikaans screen
            self.editor.setText(line.value if self.key.endswith("phone") else stored)
        self.original = self.value()
        self.clear_error()

    def value(self) -> str:
        if isinstance(self.editor, QComboBox):
            return str(self.editor.currentData())
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        if self.key.startswith(settings_service.RETENTION_PREFIX):
            return period_source(self.editor.text())
        return self.editor.text()

    def changed(self) -> bool:
        return self.value().strip() != self.original.strip()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()

    def _choose_folder(self) -> None:
        folder = ask_folder(self, self.tr("Backup folder"), self.value())
        if folder and isinstance(self.editor, QLineEdit):
            self.editor.setText(str(folder))


class SettingsDialog(QDialog):
    settings_saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        actor = context.practice.actor if context.is_unlocked else None
        self.editable = allows(actor, Permission.SETTINGS_EDIT)
        self.fields: dict[str, _Field] = {}
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._forms: dict[str, QFormLayout] = {}
        for tab in TABS:
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            # "&" is not a mnemonic
            self.tabs.addTab(scroll_area(page, frame=False), service_text(tab).replace("&", "&&"))
            self._forms[tab] = form
        self.recovery_button = QPushButton(self.tr("Replace the recovery code…"))
        self.recovery_button.setAutoDefault(False)
        self.recovery_button.clicked.connect(self.replace_recovery_code)
        if allows(actor, Permission.USERS_MANAGE):
            self._forms[TAB_SECURITY].addRow(self.tr("Recovery code"), self.recovery_button)
            self._forms[TAB_SECURITY].addRow(
                "",
                hint(
                    self.tr(
                        "Issue a new code if the printed one may have been seen; the old "
                        "sheet stops working at once."
                    )
                ),
            )
        self.message = error_label()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.save_button = push_button(self.tr("Save"), self.save, primary=True, default=True)
        self.save_button.setVisible(self.editable)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Practice settings")))
        if not self.editable:
            layout.addWidget(
                hint(self.tr("You can read these settings; only the practice manager edits them."))
            )
        layout.addWidget(self.tabs, 1)
        if self.editable:
            layout.addWidget(hint(self.tr("* needed: printed on every letter and notice.")))
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 620)
        self.load()

    def load(self) -> None:
        if not self.context.is_unlocked:
            return
        actor = self.context.practice.actor
        Operation(
            self, self.context, lambda session: settings_service.show_settings(session, actor)
        ).success(self.show_lines).failure(self._failed).run()

    def show_lines(self, lines: list[SettingLine]) -> None:
        for line in lines:
            field = self.fields.get(line.key)
            if field is None:
                field = _Field(line, editable=self.editable)
                spec = settings_service.SETTINGS.get(line.key)
                required = spec is not None and spec.key in (
                    "registered_name",
                    "information_officer",
                )
                label = service_text(line.label)
                self._forms[line.tab].addRow(f"{label} *" if required else label, field)
                self.fields[line.key] = field
            else:
                field.set_line(line)

    def changes(self) -> dict[str, str]:
        return {key: field.value() for key, field in self.fields.items() if field.changed()}

    def save(self) -> None:
        changes = self.changes()
        self.message.hide()
        if not changes:
            self.status.setText(self.tr("Nothing to save."))
            return
        actor = self.context.practice.actor
        self.save_button.setEnabled(False)
        Operation(
            self,
            self.context,
            lambda session: _apply(session, actor, changes),
            changes=Changes.SETTINGS,
        ).success(self._saved).failure(self._failed).run()

    def _saved(self, lines: list[SettingLine]) -> None:
        self.save_button.setEnabled(True)
        self.show_lines(lines)
        self.status.setText(self.tr("Saved."))
        self.settings_saved.emit()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, SettingsRejected):
            for key, (name, problem) in error.problems.items():
                # In the interface language; a wording not listed for translation reads as
                # the service wrote it.
                self.fields[key].show_error(
                    self.tr("{field}: {problem}").format(
                        field=service_text(name), problem=service_text(problem)
                    )
                )
            first = next(iter(error.problems))
            field = self.fields[first]
            self.tabs.setCurrentIndex(TABS.index(self._tab_of(first)))
            field.editor.setFocus()
            self.message.setText(self.tr("Nothing was saved: correct the fields marked."))
        else:
            self.message.setText(describe_error(error))
        self.message.show()
        self.status.setText("")

    def replace_recovery_code(self, *, confirm: bool = True) -> None:
        if confirm:
            if not ask(
                self,
                self.tr("Replace the recovery code"),
                self.tr(
                    "Issue a new recovery code? The printed code stops working; print or "
                    "write down the new one and lock it away."
                ),
            ):
                return

        def work(practice, _progress):  # noqa: ANN001, ANN202
            from clientmanager.services.practice import new_recovery_code_for

            require(practice.actor, Permission.USERS_MANAGE)
            return new_recovery_code_for(practice)

        Operation(self, self.context, work, needs="practice").success(self._show_code).run()

    def _show_code(self, code: str) -> None:
        self.status.setText(self.tr("A new recovery code was issued."))
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("New recovery code"))
        box.setText(
            self.tr("The new recovery code (shown once):")
            + f"<p style='font-size:16pt; font-family:monospace'><b>{code}</b></p>"
        )
        box.setInformativeText(
            self.tr(
                "Write it down or print this window and lock it away, apart from the computer. "
                "Anyone who has it and a copy of the data can read every record."
            )
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_standard_buttons(box)
        self.code_box = box
        box.exec()
        self.code_box = None

    def _tab_of(self, key: str) -> str:
        for tab, form in self._forms.items():
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if item is not None and item.widget() is self.fields[key]:
                    return tab
        return TABS[0]
