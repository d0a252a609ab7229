"""Save a client's summary and fact-find PDF (the GUI door of `clientmanager print summary`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from clientmanager.services.summary import write_client_summary
from clientmanager.ui.client_picker import ClientPicker
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import FormDialog, ask_save_path, describe_error


class SummaryDialog(FormDialog):
    def __init__(self, ctx, parent: QWidget | None = None, *, client_id: int | None = None) -> None:  # noqa: ANN001
        super().__init__(self.tr("Client summary and fact-find"), self.tr("Save PDF…"), parent)
        self.ctx = ctx
        self.picker = ClientPicker(ctx, self, client_id=client_id)
        self.form.addRow(self.tr("Client"), self.picker)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.body.insertWidget(self.body.count() - 1, self.status)
        self.saved_path: Path | None = None
        self.ok_button.clicked.connect(self._choose_file)

    def _choose_file(self) -> None:
        if self.picker.client_id is None:
            self.show_error(self.tr("Choose a client first: type a name and press Enter."))
            return
        chosen = ask_save_path(
            self, self.tr("Save the client summary"), "client-summary.pdf", "PDF (*.pdf)"
        )
        if chosen is not None:
            self.save_to(chosen)

    def save_to(self, path: Path) -> None:
        client_id = self.picker.client_id
        if client_id is None:
            self.show_error(self.tr("Choose a client first: type a name and press Enter."))
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        actor = self.ctx.practice.actor
        Operation(
            self,
            self.ctx,
            lambda session: write_client_summary(session, actor, client_id, path),
            changes=Changes.NONE,
            progress_title=self.tr("Preparing the client summary"),
        ).success(self._saved).failure(lambda error: self.show_error(describe_error(error))).run()

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.error.hide()
        self.status.setText(self.tr("Saved to {path}").format(path=path))
