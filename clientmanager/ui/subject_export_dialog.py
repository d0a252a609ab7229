"""Export data-subject package… (POPIA s23): choose where, choose a PDF password, go.

The export runs as an Operation on the context's worker thread, with a progress dialog
whose Cancel stops it before the package is in place (nothing is then written or
recorded); the result (or a clear error) is shown in the dialog. The password defaults
to the client's ID number, as many South African practices do, and the dialog says so.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services.subject_export import (
    ExportResult,
    SubjectSummary,
    describe_subject,
    export_subject_package,
)
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import format_number
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    ask_save_path,
    button_row,
    error_label,
    field_row,
    hint,
    line_edit,
    page_title,
    progress_bar,
    push_button,
    result_label,
)

logger = logging.getLogger(__name__)

# Translated where shown (self.tr in the SubjectExportDialog context).
PASSWORD_EXPLANATION = QT_TRANSLATE_NOOP(
    "SubjectExportDialog",
    "A random passphrase is filled in and shown once: write it down and give it to the "
    "client another way than the package (by phone, or in person). Only report.pdf is "
    "protected (AES-256): the data files and documents in the zip are not, so hand the zip "
    "over in person or on an encrypted drive.",
)
ID_NUMBER_WARNING = QT_TRANSLATE_NOOP(
    "SubjectExportDialog",
    "Your practice settings use the client's ID number as the PDF password. Warning: once "
    "someone knows the date of birth, an ID number is about 10,000 guesses; a random "
    "passphrase is much safer (Practice ▸ Settings ▸ PDF password). Only report.pdf is "
    "protected (AES-256): hand the zip over in person or on an encrypted drive.",
)
# The steps services/subject_export.py reports, for lupdate.
_STEPS = (
    QT_TRANSLATE_NOOP("SubjectExportDialog", "Gathering the information held"),
    QT_TRANSLATE_NOOP("SubjectExportDialog", "Reading documents"),
    QT_TRANSLATE_NOOP("SubjectExportDialog", "Writing the report"),
    QT_TRANSLATE_NOOP("SubjectExportDialog", "Writing the package"),
    QT_TRANSLATE_NOOP("SubjectExportDialog", "Done"),
)


class SubjectExportDialog(QDialog, ErrorLine):
    package_exported = Signal(object)  # ExportResult

    def __init__(
        self,
        context: AppContext,
        client_id: int,
        parent: QWidget | None = None,
        *,
        request_id: int | None = None,
    ) -> None:
        """``request_id``: the rights-register access request this answers; it is marked
        done when the package has been written."""
        super().__init__(parent)
        self.context = context
        self.client_id = client_id
        self.request_id = request_id
        self.summary: SubjectSummary | None = None
        self.result: ExportResult | None = None
        self.setWindowTitle(self.tr("Export data-subject package"))
        self.setMinimumWidth(600)

        self.title = page_title(self.tr("Data-subject package (POPIA s23)"))
        self.intro = hint(self.tr("Loading the client…"))
        self.path_edit = line_edit(self.tr("Where to save the package (.zip)"))
        self.choose_button = push_button(self.tr("Choose…"), self.choose_file)
        path_row = field_row(self.path_edit, self.choose_button)

        self.protect = QCheckBox(self.tr("Protect the PDF report with a password"))
        self.protect.setChecked(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("PDF password"))
        self.show_password = QCheckBox(self.tr("Show"))
        self.show_password.toggled.connect(self._toggle_echo)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_edit, 1)
        password_row.addWidget(self.show_password)
        self.password_hint = hint(self.tr(PASSWORD_EXPLANATION))
        self.protect.toggled.connect(self._protect_toggled)

        self.progress = progress_bar()
        self.status = hint("")
        self.error = error_label()
        self.result_label = result_label()

        self.export_button = push_button(self.tr("Export package"), primary=True, default=True)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = push_button(self.tr("Cancel"), self.reject)
        buttons = button_row(None, self.close_button, self.export_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(QLabel(self.tr("Save the package as")))
        layout.addLayout(path_row)
        layout.addSpacing(6)
        layout.addWidget(self.protect)
        layout.addLayout(password_row)
        layout.addWidget(self.password_hint)
        layout.addSpacing(6)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        # Room for the wrapped explanations at their full height.
        self.resize(640, 520)

        self._operation: Operation | None = None
        self._load()

    # --- loading ----------------------------------------------------------------------

    def _load(self) -> None:
        client_id = self.client_id

        def work(practice, _progress) -> SubjectSummary:  # noqa: ANN001
            with practice.session() as session:
                return describe_subject(session, actor=practice.actor, client_id=client_id)

        Operation(self, self.context, work, needs="practice").success(self._loaded).failure(
            self._load_failed
        ).run()

    def _loaded(self, summary: SubjectSummary) -> None:
        self.summary = summary
        self.intro.setText(
            self.tr(
                "Everything the practice holds about {name}: a PDF report for them, the "
                "same information as JSON and spreadsheet files, their documents, and a "
                "checksum list. The export is recorded in the disclosure register and the "
                "audit trail."
            ).format(name=summary.name)
        )
        self.password_edit.setText(summary.suggested_password)
        if summary.password_policy == "id_number":
            self.password_hint.setText(self.tr(ID_NUMBER_WARNING))
        else:
            # Shown, so the planner can pass it on; it is never stored anywhere.
            self.show_password.setChecked(True)
            self.password_hint.setText(self.tr(PASSWORD_EXPLANATION))
        if summary.addressed_to:
            self.intro.setText(
                self.intro.text()
                + " "
                + self.tr(
                    "{name} is a child: the package is addressed to {guardian}, the competent "
                    "person (POPIA s35)."
                ).format(name=summary.name, guardian=summary.addressed_to)
            )
        if not self.path_edit.text():
            safe = re.sub(r"[^\w -]+", "", summary.name).strip().replace(" ", "-") or "client"
            folder = Path.home() / "Documents"
            folder = folder if folder.is_dir() else Path.home()
            self.path_edit.setText(
                str(folder / f"{safe}-POPIA-package-{dt.date.today():%Y-%m-%d}.zip")
            )
        self.export_button.setEnabled(True)

    def _load_failed(self, error: BaseException) -> None:
        self.intro.setText("")
        self._show_error(error)

    # --- choosing -----------------------------------------------------------------------

    @Slot()
    def choose_file(self) -> None:
        chosen = ask_save_path(
            self,
            self.tr("Save the data-subject package"),
            self.path_edit.text(),
            self.tr("Zip files (*.zip)"),
        )
        if chosen:
            path = str(chosen)
            if not path.lower().endswith(".zip"):
                path += ".zip"
            self.path_edit.setText(path)

    def _toggle_echo(self, shown: bool) -> None:
        self.password_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        )

    def _protect_toggled(self, on: bool) -> None:
        self.password_edit.setEnabled(on)
        self.show_password.setEnabled(on)
        self.password_hint.setVisible(on)

    # --- exporting ----------------------------------------------------------------------

    @Slot()
    def start_export(self) -> None:
        self.error.hide()
        text = self.path_edit.text().strip()
        if not text:
            self._say(self.tr("Choose where to save the package."))
            return
        out = Path(text).expanduser()
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
            self.path_edit.setText(str(out))
        password = self.password_edit.text() if self.protect.isChecked() else None
        if self.protect.isChecked() and not password:
            self._say(self.tr("Type a password for the PDF, or untick the protection."))
            return
        client_id = self.client_id
        request_id = self.request_id

        def work(practice, progress) -> ExportResult:  # noqa: ANN001
            with practice.session() as session:
                return export_subject_package(
                    session,
                    actor=practice.actor,
                    client_id=client_id,
                    out=out,
                    pdf_password=password,
                    request_id=request_id,
                    progress=progress,
                )

        self._set_busy(True)
        self._operation = (
            Operation(
                self,
                self.context,
                work,
                changes=Changes.REGISTERS,
                needs="practice",
                progress_title=self.tr("Writing the data-subject package"),
                step_text=self.tr,  # the service's steps, listed in _STEPS
            )
            .success(self._finished)
            .failure(self._failed)
            .cancelled(self._cancelled)
            .run()
        )

    def _cancelled(self) -> None:
        self._operation = None
        self._set_busy(False)
        self.status.setText(self.tr("Stopped: no package was written and nothing was recorded."))

    def _finished(self, result: ExportResult) -> None:
        self._operation = None
        self.result = result
        self._set_busy(False)
        self.progress.setValue(100)
        self.status.setText("")
        protected = (
            self.tr("The PDF report opens with the password you chose (AES-256).")
            if result.pdf_protected
            else self.tr("The PDF report is not password-protected.")
        )
        self.result_label.setText(
            self.tr(
                "<b>Package {package} is ready.</b><br>{path}<br>{files} files, {size} KB. "
                "{protected}<br>It has been recorded in the disclosure register with the "
                "client as recipient."
            ).format(
                package=result.package_id,
                path=result.path,
                files=format_number(result.files),
                size=format_number(max(1, round(result.size_bytes / 1024))),
                protected=protected,
            )
        )
        self.result_label.show()
        self.password_hint.hide()
        self.progress.hide()
        self.export_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.package_exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._operation = None
        self._set_busy(False)
        self.progress.hide()
        self.status.setText("")
        self._show_error(error)

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self.status.setText("")
        for widget in (
            self.export_button,
            self.choose_button,
            self.path_edit,
            self.protect,
            self.password_edit,
            self.close_button,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self._protect_toggled(self.protect.isChecked())

    def reject(self) -> None:
        if self.context.tasks.is_busy() and not self.close_button.isEnabled():
            return  # the export is being written; closing now would hide its result
        super().reject()
