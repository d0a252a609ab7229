"""Records of advice from templates: fill from the record, save, print, finalise (FAIS s9)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from clientmanager.services import roa
from clientmanager.services.files import write_file
from clientmanager.ui.client_picker import ClientPicker
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import service_text
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    ask_save_path,
    button_row,
    describe_error,
    error_label,
    field_row,
    push_button,
    scroll_area,
    titled_layout,
)

FIELD_ORDER = (
    "subject",
    "advice_basis",
    "needs_analysis",
    "products_considered",
    "recommendation",
    "recommendation_reasons",
    "replaced_product",
    "replacement_comparison",
    "replacement_reasons",
    "fees_disclosed",
    "commission_disclosed",
)
REPLACEMENT_ONLY = {"replaced_product", "replacement_comparison", "replacement_reasons"}


class RoaDialog(QDialog, ErrorLine):
    def __init__(self, ctx, parent: QWidget | None = None, *, client_id: int | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.ctx = ctx
        self.note_id: int | None = None
        self.finalised = None
        self.resize(820, 680)
        layout = titled_layout(
            self,
            self.tr("Record of advice"),
            self.tr(
                "Choose the client and the kind of advice, fill the template from the "
                "record, complete it, then finalise: the PDF is kept in the client's "
                "documents and locked with the record (FAIS General Code s9)."
            ),
        )
        top = QFormLayout()
        self.picker = ClientPicker(ctx, self, client_id=client_id)
        top.addRow(self.tr("Client"), self.picker)
        self.template = QComboBox()
        for key, chosen in roa.TEMPLATES.items():
            self.template.addItem(service_text(chosen.title), key)
        self.fill_button = QPushButton(self.tr("Fill from the record"))
        top.addRow(self.tr("Template"), field_row(self.template, self.fill_button))
        self.existing = QComboBox()
        self.open_button = QPushButton(self.tr("Open"))
        top.addRow(self.tr("Saved records"), field_row(self.existing, self.open_button))
        layout.addLayout(top)

        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.rows: dict[str, QWidget] = {}
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        for key in FIELD_ORDER:
            editor = QLineEdit() if key == "subject" else QPlainTextEdit()
            if isinstance(editor, QPlainTextEdit):
                editor.setMinimumHeight(64)
                editor.setTabChangesFocus(True)
            self.fields[key] = editor
            form.addRow(service_text(roa.FIELD_LABELS[key]), editor)
            self.rows[key] = editor
        layout.addWidget(scroll_area(form_widget), 1)
        self.form = form
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = error_label()
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Save draft"))
        self.pdf_button = QPushButton(self.tr("PDF…"))
        self.finalise_button = push_button(self.tr("Finalise…"), primary=True)
        self.verify_button = push_button(
            self.tr("Verify PDF"),
            tooltip=self.tr("Check the kept PDF against the SHA-256 locked when it was finalised"),
        )
        self.verify_button.setEnabled(False)
        self.verified: bool | None = None
        close = push_button(self.tr("Close"), self.reject)
        layout.addLayout(
            button_row(
                None,
                self.save_button,
                self.pdf_button,
                self.verify_button,
                self.finalise_button,
                close,
            )
        )

        self.template.currentIndexChanged.connect(self._show_template_fields)
        self.fill_button.clicked.connect(self.fill_from_record)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.finalise_button.clicked.connect(lambda: self.finalise(confirm=True))
        self.verify_button.clicked.connect(self.verify)
        self.picker.client_changed.connect(lambda _id: self._load_existing())
        self._show_template_fields()
        if client_id is not None:
            self._load_existing()

    # --- helpers --------------------------------------------------------------------------
    @property
    def template_key(self) -> str:
        return self.template.currentData()

    def _show_template_fields(self) -> None:
        replacement = roa.TEMPLATES[self.template_key].replacement
        for key in REPLACEMENT_ONLY:
            self.form.setRowVisible(self.rows[key], replacement)

    def values(self) -> dict[str, str]:
        return {
            key: editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            for key, editor in self.fields.items()
        }

    def _set_values(self, values: dict[str, str]) -> None:
        for key, editor in self.fields.items():
            text = values.get(key, "")
            if isinstance(editor, QLineEdit):
                editor.setText(text)
            else:
                editor.setPlainText(text)

    def _fail(self, error: BaseException) -> None:
        fields = getattr(error, "errors", None) or {}
        self.error.setText("\n".join([describe_error(error), *fields.values()]))
        self.error.show()

    def _ok(self, message: str) -> None:
        self.error.hide()
        self.status.setText(message)

    def _client(self) -> int | None:
        client_id = self.picker.client_id
        if client_id is None:
            self._say(self.tr("Choose a client first: type a name and press Enter."))
        return client_id

    def _set_locked(self, locked: bool) -> None:
        for editor in self.fields.values():
            editor.setReadOnly(locked)
        self.save_button.setEnabled(not locked)
        self.finalise_button.setEnabled(not locked)
        self.fill_button.setEnabled(not locked)
        self.verify_button.setEnabled(locked)

    # --- actions -------------------------------------------------------------------------
    def _load_existing(self) -> None:
        client_id = self.picker.client_id
        if client_id is None:
            return
        actor = self.ctx.practice.actor
        Operation(self, self.ctx, lambda s: roa.list_roas(s, actor, client_id)).success(
            self._show_existing
        ).failure(self._fail).run()

    def _show_existing(self, rows) -> None:  # noqa: ANN001
        self.existing.clear()
        for note_id, subject, template, final in rows:
            state = self.tr("final") if final else self.tr("draft")
            self.existing.addItem(f"#{note_id} {subject} ({template or '—'}, {state})", note_id)

    def open_selected(self) -> None:
        note_id = self.existing.currentData()
        if note_id is None:
            return
        actor = self.ctx.practice.actor
        Operation(self, self.ctx, lambda s: roa.load_roa(s, actor, note_id)).success(
            self._opened
        ).failure(self._fail).run()

    def _opened(self, view: roa.RoaView) -> None:
        self.note_id = view.note_id
        index = self.template.findData(view.template)
        if index >= 0:
            self.template.setCurrentIndex(index)
        self._set_values(view.values)
        self._set_locked(view.finalised_at is not None)
        if view.finalised_at is not None:
            self._ok(self.tr("Final and locked. PDF SHA-256 {sha}").format(sha=view.pdf_sha256))
        else:
            self._ok(self.tr("Draft {id} opened.").format(id=view.note_id))

    def fill_from_record(self) -> None:
        client_id = self._client()
        if client_id is None:
            return
        actor, key = self.ctx.practice.actor, self.template_key
        Operation(self, self.ctx, lambda s: roa.draft_values(s, actor, client_id, key)).success(
            self._filled
        ).failure(self._fail).run()

    def _filled(self, values: dict[str, str]) -> None:
        current = self.values()
        # Keep what the planner already typed; fill only the empty fields.
        self._set_values({k: current.get(k) or values.get(k, "") for k in FIELD_ORDER})
        self._ok(self.tr("Filled from the client's record. Complete the recommendation."))

    def save_draft(self, then=None) -> None:  # noqa: ANN001
        client_id = self._client()
        if client_id is None:
            return
        actor, key, values, note_id = (
            self.ctx.practice.actor,
            self.template_key,
            self.values(),
            self.note_id,
        )

        def work(session):  # noqa: ANN001, ANN202
            return roa.save_roa(
                session,
                actor,
                client_id=client_id,
                template_key=key,
                values=values,
                note_id=note_id,
            )

        def saved(new_id: int) -> None:
            self.note_id = new_id
            self._ok(self.tr("Draft {id} saved.").format(id=new_id))
            self._load_existing()
            if then is not None:
                then()

        Operation(self, self.ctx, work, changes=Changes.CLIENTS).success(saved).failure(
            self._fail
        ).run()

    def _choose_pdf(self) -> None:
        chosen = ask_save_path(
            self, self.tr("Save the record of advice"), "record-of-advice.pdf", "PDF (*.pdf)"
        )
        if chosen is not None:
            self.save_pdf_to(chosen)

    def save_pdf_to(self, path: Path) -> None:
        if self.note_id is None:
            self.save_draft(then=lambda: self.save_pdf_to(path))
            return
        actor, note_id = self.ctx.practice.actor, self.note_id
        Operation(
            self, self.ctx, lambda s: write_file(path, roa.roa_pdf(s, actor, note_id))
        ).success(lambda p: self._ok(self.tr("PDF saved to {p}").format(p=p))).failure(
            self._fail
        ).run()

    def finalise(self, *, confirm: bool) -> None:
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Finalise the record of advice"),
                self.tr(
                    "Once final, this record of advice and its PDF can never be changed. "
                    "Finalise it now?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.fields["subject"].isReadOnly():  # already final
            return
        self.save_draft(then=self._finalise_saved)

    def verify(self) -> None:
        note_id = self.note_id
        if note_id is None:
            return
        actor = self.ctx.practice.actor
        self.verified = None

        def checked(ok: bool) -> None:
            self.verified = ok
            if ok:
                self._ok(
                    self.tr(
                        "Verified: the kept PDF of record {id} matches the SHA-256 locked "
                        "when it was finalised."
                    ).format(id=note_id)
                )
            else:
                self._say(
                    self.tr(
                        "The kept PDF of record {id} does NOT match the SHA-256 locked when it "
                        "was finalised: it has changed or is missing. Restore the most recent "
                        "verified backup, and keep this database for support."
                    ).format(id=note_id)
                )

        Operation(self, self.ctx, lambda s: roa.verify_roa(s, actor, note_id)).success(
            checked
        ).failure(self._fail).run()

    def _finalise_saved(self) -> None:
        actor, note_id = self.ctx.practice.actor, self.note_id
        Operation(
            self,
            self.ctx,
            lambda s: roa.finalise_roa(s, actor, note_id),
            changes=Changes.CLIENTS | Changes.DOCUMENTS,
            progress_title=self.tr("Finalising the record of advice"),
        ).success(self._finalised).failure(self._fail).run()

    def _finalised(self, result: roa.FinalisedRoa) -> None:
        self.finalised = result
        self._set_locked(True)
        self._load_existing()
        self._ok(
            self.tr(
                "Final and locked. The PDF is document {doc} in the client's documents; "
                "SHA-256 {sha}"
            ).format(doc=result.document_id, sha=result.sha256)
        )
