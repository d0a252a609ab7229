"""The Documents tab: attach, view and export documents kept in the encrypted database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton

from clientmanager.errors import ClientManagerError
from clientmanager.services import client_records as records
from clientmanager.services.clients import ClientCard
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_record import common
from clientmanager.ui.client_record.preview import DocumentViewer
from clientmanager.ui.forms import show_error
from clientmanager.ui.i18n import format_number
from clientmanager.ui.operations import Changes
from clientmanager.ui.widgets import ask_open_path, ask_save_path


class DocumentsTab(common.RecordTab):
    title = QT_TRANSLATE_NOOP("ClientRecord", "Documents")

    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(host)
        self.card: ClientCard | None = None
        self.table = common.RecordTable(
            [
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Uploaded"),
                    lambda d: common.day(d.uploaded_at.date()),
                    False,
                ),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "File"),
                    lambda d: (
                        d.filename
                        + (
                            "  " + common.translate("ClientRecord", "(sensitive)")
                            if d.is_sensitive
                            else ""
                        )
                    ),
                    False,
                ),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Category"),
                    lambda d: common.label_of(d.category),
                    False,
                ),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Size"),
                    lambda d: format_number(max(1, d.size_bytes // 1024)) + " KB",
                    True,
                ),
            ]
        )
        self.table.setObjectName("documentsTable")
        self.attach_button = QPushButton(common.translate("ClientRecord", "Attach…"))
        self.view_button = QPushButton(common.translate("ClientRecord", "View"))
        self.export_button = QPushButton(common.translate("ClientRecord", "Export a copy…"))
        title = QLabel(common.translate("ClientRecord", "Documents"))
        title.setObjectName("sectionTitle")
        buttons = QHBoxLayout()
        buttons.addWidget(title)
        buttons.addStretch(1)
        for button in (self.attach_button, self.view_button, self.export_button):
            buttons.addWidget(button)
        self.empty = QLabel(
            common.translate(
                "ClientRecord",
                "No documents. Attach ID copies, signed records of advice or statements (PDF, "
                "PNG or JPEG); they are kept inside the encrypted practice database.",
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = common.page_layout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.attach_button.clicked.connect(self.attach_document)
        self.view_button.clicked.connect(self.view_document)
        self.export_button.clicked.connect(self.export_document)
        self.table.open_requested.connect(lambda _d: self.view_document())

    def show_card(self, card: ClientCard) -> None:
        self.card = card
        self.table.set_records(card.documents)
        self.empty.setVisible(not card.documents)
        self.table.setVisible(bool(card.documents))

    def update_permissions(self) -> None:
        actor = self.host.actor
        self.attach_button.setEnabled(
            allows(actor, Permission.DOCUMENT_EDIT) and not self.host.archived
        )
        has_docs = bool(self.card and self.card.documents)
        self.view_button.setEnabled(has_docs)
        self.export_button.setEnabled(has_docs)

    def attach_document(self) -> None:
        path = ask_open_path(
            self,
            common.translate("ClientRecord", "Attach a document"),
            "",
            common.translate("ClientRecord", "Documents (*.pdf *.png *.jpg *.jpeg)"),
        )
        if path:
            self.attach_file(path)

    def attach_file(self, path: Path, *, category: str = "other") -> None:
        try:
            content = path.read_bytes()
        except OSError as exc:
            show_error(
                self,
                ClientManagerError(
                    common.translate("ClientRecord", "{name} could not be read ({reason}).").format(
                        name=path.name, reason=exc.strerror
                    ),
                    hint=common.translate("ClientRecord", "Check the file and try again."),
                ),
            )
            return
        client_id = self.host.client_id
        self.run_on_record(
            lambda session, actor: records.attach_document(
                session,
                actor,
                client_id=client_id,
                filename=path.name,
                content=content,
                category=category,
            ),
            on_done=lambda _id: self.host.reload(),
            changes=Changes.DOCUMENTS,
            error_title=common.translate("ClientRecord", "Not attached"),
        )

    def _selected_document_id(self) -> int | None:
        document = self.table.selected()
        if document is None and self.table.records:
            document = self.table.records[0]
        return document.id if document is not None else None

    def view_document(self) -> None:
        document_id = self._selected_document_id()
        if document_id is None:
            return
        self.run_on_record(
            lambda session, actor: records.fetch_document(session, actor, document_id),
            on_done=self._show_document,
            changes=Changes.NONE,
            error_title=common.translate("ClientRecord", "Cannot show the document"),
        )

    def _show_document(self, copy: records.DocumentCopy) -> None:
        dialog = DocumentViewer(
            copy, self, context=self.host.context, client_id=self.host.client_id
        )
        self.host.open_dialog = dialog
        dialog.open()

    def export_document(self, target: Path | None = None) -> None:
        document_id = self._selected_document_id()
        if document_id is None:
            return
        if target is None:
            selected = self.table.selected()
            name = selected.filename if selected else common.translate("ClientRecord", "document")
            target = ask_save_path(self, common.translate("ClientRecord", "Export a copy"), name)
            if target is None:
                return
        self.run_on_record(
            lambda session, actor: records.export_document(session, actor, document_id, target),
            on_done=lambda path: QMessageBox.information(
                self,
                common.translate("ClientRecord", "Copy exported"),
                common.translate(
                    "ClientRecord",
                    "A copy was saved to {path}.\n\nIt is not encrypted: keep it safe, and "
                    "delete it when it is no longer needed.",
                ).format(path=path),
            ),
            changes=Changes.NONE,
            error_title=common.translate("ClientRecord", "Not exported"),
        )
