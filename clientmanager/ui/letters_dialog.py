"""Letters and mail merge (issue 19): choose a template and clients, write one PDF each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from clientmanager.services import letters
from clientmanager.ui.client_picker import ClientPicker
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    FittedLabel,
    FormDialog,
    ask_folder,
    button_row,
    describe_error,
    error_label,
    field_row,
    hint,
    push_button,
    titled_layout,
)


class TemplateDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(self.tr("New letter template"), self.tr("Save"), parent)
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.purpose = QComboBox()
        self.purpose.addItem(self.tr("Service (every chosen client)"), "service")
        self.purpose.addItem(self.tr("Marketing (only with consent, POPIA s69)"), "marketing")
        self.recipient = QComboBox()
        self.recipient.addItem(self.tr("The client"), "client")
        self.recipient.addItem(self.tr("The client's product provider"), "provider")
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(160)
        fields = hint(", ".join("{" + key + "}" for key in letters.FIELDS))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Purpose"), self.purpose)
        self.form.addRow(self.tr("To"), self.recipient)
        self.form.addRow(self.tr("Subject"), self.subject)
        self.form.addRow(self.tr("Letter"), self.body)
        self.form.addRow(self.tr("Fields"), fields)


class LettersDialog(QDialog, ErrorLine):
    def __init__(self, ctx, parent: QWidget | None = None, *, client_ids=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.result: letters.MergeResult | None = None
        self.templates: list[letters.Template] = []
        self.resize(760, 560)
        layout = titled_layout(
            self,
            self.tr("Letters and mail merge"),
            self.tr(
                "One PDF per client in the practice's letter layout, each kept in the "
                "client's documents. Marketing letters go only to clients who agreed to "
                "them; letters to a provider are written into the disclosure register."
            ),
        )
        form = QFormLayout()
        self.template = QComboBox()
        self.new_template = QPushButton(self.tr("New template…"))
        form.addRow(self.tr("Template"), field_row(self.template, self.new_template))
        self.about = FittedLabel()
        form.addRow("", self.about)
        self.picker = ClientPicker(ctx, self)
        add = QPushButton(self.tr("Add"))
        form.addRow(self.tr("Find a client"), field_row(self.picker, add))
        self.client_ids = QLineEdit(", ".join(str(i) for i in client_ids or []))
        self.client_ids.setPlaceholderText(self.tr("Client numbers, e.g. 12, 15, 31"))
        form.addRow(self.tr("Clients"), self.client_ids)
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        form.addRow(self.tr("Save the PDFs in"), field_row(self.folder, browse))
        layout.addLayout(form)
        self.results = QListWidget()
        layout.addWidget(self.results, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.merge_button = push_button(self.tr("Write letters"), primary=True)
        close = push_button(self.tr("Close"), self.accept)
        layout.addLayout(button_row(None, close, self.merge_button))

        add.clicked.connect(self._add_picked)
        browse.clicked.connect(self._browse)
        self.template.currentIndexChanged.connect(self._describe)
        self.new_template.clicked.connect(self._ask_template)
        self.merge_button.clicked.connect(self.merge)
        self._load_templates()

    def _load_templates(self, select: str | None = None) -> None:
        def shown(templates) -> None:  # noqa: ANN001
            self.templates = templates
            self.template.clear()
            for t in templates:
                self.template.addItem(service_text(t.title), t.name)
            if select:
                self.template.setCurrentIndex(self.template.findData(select))

        Operation(self, self.ctx, letters.list_templates).success(shown).failure(self._fail).run()

    def _describe(self) -> None:
        chosen = next((t for t in self.templates if t.name == self.template.currentData()), None)
        if chosen is None:
            self.about.clear()
            return
        purpose = (
            self.tr("Marketing: only clients with direct-marketing consent receive it.")
            if chosen.purpose == "marketing"
            else self.tr("Service letter.")
        )
        to = (
            self.tr("Addressed to the client's product provider (a disclosure).")
            if chosen.recipient == "provider"
            else self.tr("Addressed to the client.")
        )
        self.about.setText(f"{purpose} {to}")

    def _add_picked(self) -> None:
        client_id = self.picker.client_id
        if client_id is None:
            return
        ids = self.ids()
        if client_id not in ids:
            ids.append(client_id)
        self.client_ids.setText(", ".join(str(i) for i in ids))

    def ids(self) -> list[int]:
        parts = [p.strip() for p in self.client_ids.text().replace(";", ",").split(",")]
        return [int(p) for p in parts if p.isdigit()]

    def _browse(self) -> None:
        folder = ask_folder(self, self.tr("Save the letters in"))
        if folder:
            self.folder.setText(str(folder))

    def _ask_template(self) -> None:
        dialog = TemplateDialog(self)
        dialog.ok_button.clicked.connect(lambda: self.save_template(dialog))
        dialog.exec()

    def save_template(self, dialog: TemplateDialog) -> None:
        actor = self.ctx.practice.actor
        values = dict(
            name=dialog.name.text(),
            title=dialog.title_edit.text(),
            subject=dialog.subject.text(),
            body=dialog.body.toPlainText(),
            purpose=dialog.purpose.currentData(),
            recipient=dialog.recipient.currentData(),
        )

        def saved(template) -> None:  # noqa: ANN001
            dialog.accept()
            self._load_templates(select=template.name)

        Operation(dialog, self.ctx, lambda s: letters.save_template(s, actor, **values)).success(
            saved
        ).failure(lambda e: dialog.show_error(describe_error(e))).run()

    def merge(self) -> None:
        ids = self.ids()
        folder = self.folder.text().strip()
        if not ids:
            self._say(self.tr("Give the clients' numbers, or find and add them."))
            return
        if not folder:
            self._say(self.tr("Choose the folder for the letters."))
            return
        actor, name, out = self.ctx.practice.actor, self.template.currentData(), Path(folder)
        Operation(
            self,
            self.ctx,
            lambda practice, progress: _merge(practice, actor, name, ids, out, progress),
            needs="practice",
            changes=Changes.DOCUMENTS | Changes.REGISTERS,
            progress_title=self.tr("Writing letters"),
        ).success(self._merged).failure(self._fail).run()

    def _merged(self, result: letters.MergeResult) -> None:
        self.result = result
        self.error.hide()
        self.results.clear()
        for client_id, path, _doc in result.written:
            self.results.addItem(
                self.tr("Client {id}: {file}").format(id=client_id, file=path.name)
            )
        for client_id, why in result.skipped:
            self.results.addItem(
                self.tr("Client {id} skipped: {why}").format(id=client_id, why=why)
            )
        self.status.setText(
            self.tr(
                "{n} letter(s) written and kept in the clients' documents; {s} skipped."
            ).format(n=len(result.written), s=len(result.skipped))
        )


def _merge(practice, actor, name, ids, out, progress):  # noqa: ANN001, ANN202
    with practice.session() as session:
        return letters.merge_letters(
            session, actor, template_name=name, client_ids=ids, out_dir=out, progress=progress
        )
