"""Practice › Export clients…: the GUI of ``clientmanager export`` (services/exporter.py).

A client list (CSV, XLSX, vCard) or the whole practice as an AES-256 zip. Restricted and
objecting clients stay out unless the user states a purpose the law allows (POPIA s14(6),
s11(3)); a named recipient gets one disclosure per exported client (s23(1)(b)).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    ask_folder,
    ask_save_path,
    button_row,
    error_label,
    field_row,
    hint,
    line_edit,
    page_title,
    push_button,
    result_label,
)

logger = logging.getLogger(__name__)

_SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "vcard": ".vcf", "json": ".zip"}
# The person themself receives their data through the s23 package, not a bulk export.
_RECIPIENT_KINDS = (
    "other", "product_provider", "compliance_officer", "regulator", "auditor", "operator",
    "referral",
)  # fmt: skip


class ExportClientsDialog(QDialog, ErrorLine):
    exported = Signal(object)  # ExportResult, or the per-table counts of the whole practice

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from clientmanager.services.disclosures import RECIPIENT_CATEGORIES

        self.context = context
        self.setWindowTitle(self.tr("Export clients"))
        self.setMinimumWidth(700)
        actor = context.practice.actor if context.is_unlocked else None

        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("CSV (Excel, Google Sheets)"), "csv")
        self.format_box.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format_box.addItem(self.tr("vCard contacts (.vcf)"), "vcard")
        if actor is not None and allows(actor, Permission.USERS_MANAGE):
            self.format_box.addItem(self.tr("The whole practice (encrypted zip)"), "json")
        self.purpose_box = QComboBox()
        self.purpose_box.addItem(self.tr("General (the practice's own work)"), "general")
        self.purpose_box.addItem(self.tr("Direct marketing (POPIA s69)"), "marketing")
        self.include_archived = QCheckBox(self.tr("Include archived clients"))
        self.include_restricted = QCheckBox(
            self.tr("Include restricted and objecting clients for a purpose the law allows")
        )
        self.lawful_edit = line_edit(
            self.tr("The purpose, e.g. FSCA inspection request 2026/14 (kept in the audit)")
        )
        self.recipient_edit = line_edit(
            self.tr("Who outside the practice receives the file (leave empty if nobody)")
        )
        self.recipient_kind = QComboBox()
        for key in _RECIPIENT_KINDS:
            self.recipient_kind.addItem(self.tr(RECIPIENT_CATEGORIES[key]), key)
        self.recipient_purpose = line_edit(self.tr("Why they receive it"))
        self.vcard_version = QComboBox()
        self.vcard_version.addItem(self.tr("3.0 (Outlook, phones)"), "3.0")
        self.vcard_version.addItem("4.0", "4.0")
        self.one_file_per_card = QCheckBox(self.tr("One file per client (into a folder)"))
        self.path_edit = line_edit(self.tr("Where to save the export"))
        self.choose_button = push_button(self.tr("Choose…"), self.choose_destination)
        path_row = field_row(self.path_edit, self.choose_button)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Purpose"), self.purpose_box)
        form.addRow("", self.include_archived)
        form.addRow("", self.include_restricted)
        form.addRow(self.tr("Lawful purpose"), self.lawful_edit)
        form.addRow(self.tr("Recipient"), self.recipient_edit)
        form.addRow(self.tr("Kind of recipient"), self.recipient_kind)
        form.addRow(self.tr("Recipient's purpose"), self.recipient_purpose)
        form.addRow(self.tr("vCard version"), self.vcard_version)
        form.addRow("", self.one_file_per_card)
        form.addRow(self.tr("Save as"), path_row)

        self.note = hint("")
        self.error = error_label()
        self.result_label = result_label()
        self.export_button = push_button(
            self.tr("Export"), self.start_export, primary=True, default=True
        )
        self.close_button = push_button(self.tr("Cancel"), self.reject)
        buttons = button_row(None, self.close_button, self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Export clients")))
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

        for signal in (
            self.format_box.currentIndexChanged,
            self.purpose_box.currentIndexChanged,
            self.include_restricted.toggled,
            self.one_file_per_card.toggled,
        ):
            signal.connect(self._update)
        self._update()

    # --- state --------------------------------------------------------------------------
    @property
    def format(self) -> str:
        return self.format_box.currentData()

    def _update(self) -> None:
        whole = self.format == "json"
        vcard = self.format == "vcard"
        marketing = self.purpose_box.currentData() == "marketing"
        for widget in (
            self.purpose_box, self.include_archived, self.recipient_edit, self.recipient_kind,
            self.recipient_purpose,
        ):  # fmt: skip
            widget.setEnabled(not whole)
        self.include_restricted.setEnabled(not whole and not marketing)
        self.lawful_edit.setEnabled(
            not whole and not marketing and self.include_restricted.isChecked()
        )
        self.vcard_version.setEnabled(vcard)
        self.one_file_per_card.setEnabled(vcard)
        if whole:
            self.note.setText(
                self.tr(
                    "Every table and document of the practice, in an AES-256 encrypted zip. "
                    "A random password is made and shown once: keep it apart from the file."
                )
            )
        elif marketing:
            self.note.setText(
                self.tr(
                    "Only clients whose latest direct-marketing consent is 'given' and who have "
                    "not objected and are not restricted (POPIA s69, s11(3))."
                )
            )
        else:
            self.note.setText(
                self.tr(
                    "Restricted and objecting clients are left out (POPIA s14(6), s11(3)) "
                    "unless you state a purpose the law allows."
                )
            )

    def choose_destination(self) -> None:
        if self.format == "vcard" and self.one_file_per_card.isChecked():
            folder = ask_folder(self, self.tr("Folder for the .vcf files"), self.path_edit.text())
            chosen = str(folder) if folder else ""
        else:
            suffix = _SUFFIX[self.format]
            path = ask_save_path(
                self,
                self.tr("Save the export as"),
                self.path_edit.text() or str(Path.home() / f"clients{suffix}"),
                f"*{suffix}",
            )
            chosen = str(path) if path else ""
            if chosen and not chosen.lower().endswith(suffix):
                chosen += suffix
        if chosen:
            self.path_edit.setText(chosen)

    # --- exporting ------------------------------------------------------------------------
    def start_export(self) -> None:
        self.error.clear()
        self.error.hide()
        path_text = self.path_edit.text().strip()
        if not path_text:
            self._say(self.tr("Choose where to save the export."))
            return
        path = Path(path_text).expanduser()
        fmt = self.format
        if fmt == "json":
            self._export_practice(
                path if path.suffix.lower() == ".zip" else path.with_suffix(".zip")
            )
            return
        marketing = self.purpose_box.currentData() == "marketing"
        lawful = None
        if self.include_restricted.isChecked() and not marketing:
            lawful = self.lawful_edit.text().strip()
            if not lawful:
                self._say(
                    self.tr(
                        "Say for which purpose the law allows restricted and objecting "
                        "clients in this export, or untick that box."
                    )
                )
                return
        recipient = self.recipient_edit.text().strip() or None
        options = {
            "format": fmt,
            "purpose": self.purpose_box.currentData(),
            "include_archived": self.include_archived.isChecked(),
            "lawful_purpose": lawful,
            "recipient_name": recipient,
            "recipient_category": self.recipient_kind.currentData(),
            "recipient_purpose": self.recipient_purpose.text().strip() or None,
        }
        if fmt == "vcard":
            options["vcard_version"] = self.vcard_version.currentData()
            options["one_file_per_card"] = self.one_file_per_card.isChecked()
        actor = self.context.practice.actor

        def work(session):  # noqa: ANN001, ANN202
            from clientmanager.services.exporter import export_clients

            return export_clients(session, actor=actor, path=path, **options)

        self.export_button.setEnabled(False)
        Operation(
            self, self.context, work, changes=Changes.REGISTERS,
            progress_title=self.tr("Exporting clients…"),
        ).success(lambda result: self._exported(result, recipient, lawful)).failure(
            self._failed
        ).run()  # fmt: skip

    def _export_practice(self, path: Path) -> None:
        from clientmanager.services.subject_export import new_pdf_passphrase

        password = new_pdf_passphrase()
        actor = self.context.practice.actor

        def work(session):  # noqa: ANN001, ANN202
            from clientmanager.services.exporter import export_practice_json

            return export_practice_json(session, actor=actor, path=path, password=password)

        self.export_button.setEnabled(False)
        Operation(
            self, self.context, work, progress_title=self.tr("Exporting the whole practice…")
        ).success(lambda counts: self._practice_exported(counts, path, password)).failure(
            self._failed
        ).run()

    def _exported(self, result, recipient: str | None, lawful: str | None) -> None:  # noqa: ANN001
        lines = [
            self.tr("Wrote {n} client(s) to {path}.").format(n=result.clients, path=result.path)
        ]
        if lawful:
            lines.append(
                self.tr("Restricted and objecting clients included; the purpose is in the audit.")
            )
        elif result.purpose.value != "marketing":
            lines.append(self.tr("Restricted and objecting clients were left out."))
        if recipient:
            lines.append(
                self.tr("Recorded one disclosure per client to {recipient}.").format(
                    recipient=recipient
                )
            )
        self._finish("\n".join(lines))
        self.exported.emit(result)

    def _practice_exported(self, counts: dict, path: Path, password: str) -> None:
        # Shown here once and nowhere else: it is not stored, logged or audited.
        self._finish(
            self.tr(
                "Wrote the whole practice to {path}: {clients} clients. The archive is AES-256 "
                "encrypted with the password\n\n{password}\n\nwhich is shown only now: keep it "
                "apart from the file."
            ).format(path=path, clients=counts.get("clients", 0), password=password)
        )
        self.exported.emit(counts)

    def _finish(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()
        self.export_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._fail(error)
