"""The recovery sheet: printed, or saved as a PDF where the user chooses, never silently.

Qt's print dialog on a PC without a printer falls back to "print to file" and writes
``print.pdf`` in the home folder without saying so. Here, with no printer the only offer
is "Save as PDF…" with a file dialog; and a print dialog answered with its PDF printer
still asks where the file goes.

Also the "new recovery code" dialog (Practice menu), which issues a code with the existing
service: the old code stops working at once.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager import APP_NAME
from clientmanager.ui.operations import Operation
from clientmanager.ui.widgets import (
    ask_save_path,
    button_row,
    describe_error,
    error_label,
    hint,
    page_title,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecoverySheet", text)


# The sheet's own strings are in the set-up wizard's context (RecoveryCodePage), so it
# reads the same from the wizard and from the Practice menu.


def recovery_sheet(practice_name: str, practice_id: str, code: str) -> QTextDocument:
    document = QTextDocument()
    title = QCoreApplication.translate("RecoveryCodePage", "{app}: recovery sheet").format(
        app=APP_NAME
    )
    practice_label = QCoreApplication.translate("RecoveryCodePage", "Practice:")
    id_label = QCoreApplication.translate("RecoveryCodePage", "Practice id:")
    issued_label = QCoreApplication.translate("RecoveryCodePage", "Issued:")
    advice = QCoreApplication.translate(
        "RecoveryCodePage",
        "This code unlocks the practice database and its backups when no password "
        "is known. Store it in a safe, away from the computer. Replace it from "
        "<i>Practice › New recovery code…</i> or with <tt>clientmanager recovery-code</tt> "
        "if it may have been seen by someone else.",
    )
    document.setHtml(
        f"<h1>{html.escape(title)}</h1>"
        f"<p><b>{practice_label}</b> {html.escape(practice_name)}<br>"
        # In a fixed-width face, as the code is: a proportional one joins the "ff" of a
        # hex id into one ligature glyph, so what is read or copied off the sheet differs.
        f"<b>{id_label}</b> <span style='font-family:monospace'>{html.escape(practice_id)}"
        "</span><br>"
        f"<b>{issued_label}</b> {dt.date.today():%Y-%m-%d}</p>"
        f"<p style='font-size:20pt; font-family:monospace'><b>{html.escape(code)}</b></p>"
        f"<p>{advice}</p>"
    )
    return document


def has_printer() -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinterNames())


def save_as_pdf(parent: QWidget, document: QTextDocument) -> Path | None:
    """Ask where, then write the sheet there. None when the user cancelled."""
    from PySide6.QtPrintSupport import QPrinter

    path = ask_save_path(
        parent,
        _tr("Save the recovery sheet as PDF"),
        str(Path.home() / "recovery-sheet.pdf"),
        "PDF (*.pdf)",
    )
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    document.print_(printer)
    return path


def print_or_save(parent: QWidget, document: QTextDocument) -> str | None:
    """Print on a real printer; with none, save as PDF where the user says. Returns what
    was done, for the page to say so, or None when nothing was done."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    if not has_printer():
        path = save_as_pdf(parent, document)
        return None if path is None else _tr("Saved to {path}.").format(path=path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        path = save_as_pdf(parent, document)  # never the dialog's silent default file
        return None if path is None else _tr("Saved to {path}.").format(path=path)
    document.print_(printer)
    return _tr("Sent to the printer {name}.").format(name=printer.printerName())


class RecoveryCodeDialog(QDialog):
    """Practice › New recovery code…: issue one, show it once, print or save it, confirm."""

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.context = context
        self.code: str | None = None
        self.setWindowTitle(self.tr("New recovery code"))
        self.setMinimumWidth(640)  # the code is shown large, on one line
        self.explain = hint(
            self.tr(
                "A new code replaces the printed one: the old sheet stops working at once "
                "(backups taken from now on open with the new code). Do this when the old "
                "sheet is lost or may have been seen by someone else."
            )
        )
        self.code_label = QLabel()
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.hide()
        self.message = error_label()
        self.status = hint("")
        self.status.hide()
        self.issue_button = QPushButton(self.tr("Issue a new code"))
        self.issue_button.clicked.connect(self.issue)
        self.print_button = QPushButton(
            self.tr("Print the recovery sheet…") if has_printer() else self.tr("Save as PDF…")
        )
        self.print_button.clicked.connect(self.print_sheet)
        self.print_button.hide()
        self.confirm = QCheckBox(
            self.tr("I have printed or written down the new code and will lock it away")
        )
        self.confirm.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.confirm.toggled.connect(self._update_close)
        buttons = button_row(self.print_button, None, self.issue_button, self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Issue a new recovery code")))
        layout.addWidget(self.explain)
        layout.addWidget(self.code_label)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)

    def _update_close(self) -> None:
        self.close_button.setEnabled(self.code is None or self.confirm.isChecked())

    def issue(self) -> None:
        from clientmanager.services.practice import new_recovery_code_for

        answer = QMessageBox.question(
            self,
            self.tr("Replace the recovery code?"),
            self.tr("The printed recovery sheet will stop working. Issue a new code?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.issue_button.setEnabled(False)
        Operation(
            self, self.context, lambda practice, _progress: new_recovery_code_for(practice),
            needs="practice",
        ).success(self._issued).failure(self._failed).run()  # fmt: skip

    def _issued(self, code: str) -> None:
        self.code = code
        self.code_label.setText(code)
        self.code_label.show()
        self.print_button.show()
        self.confirm.show()
        self.issue_button.hide()
        self._update_close()
        self.adjustSize()  # room for the code and the confirmation that just appeared

    def _failed(self, error: BaseException) -> None:
        self.issue_button.setEnabled(True)
        self.message.setText(describe_error(error))
        self.message.show()

    def print_sheet(self) -> None:
        practice = self.context.practice
        done = print_or_save(
            self, recovery_sheet(practice.practice_name, practice.practice_id, self.code or "")
        )
        if done:
            self.status.setText(done)
            self.status.show()

    def reject(self) -> None:
        # Escape must not close the only view of a new code before it was confirmed.
        if self.code is not None and not self.confirm.isChecked():
            return
        super().reject()

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and not self.close_button.isEnabled():
            return
        self.code = None
        self.code_label.clear()
        super().done(result)
