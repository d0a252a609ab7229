"""Print the s18 collection notice or Form 4 for the open client, and attach a signed
Form 4 as the consent's proof (POPIA s18, s69). Opened from the POPIA menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QWidget

from clientmanager.services import notices
from clientmanager.ui.form_operation import run_in_form
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    FormDialog,
    ask_open_path,
    ask_save_path,
    describe_error,
    field_row,
    hint,
    push_button,
)

KINDS = {
    "s18": (
        QT_TRANSLATE_NOOP("PrintNoticeDialog", "Collection notice (POPIA s18)"),
        notices.s18_notice,
        "collection-notice",
    ),
    "form4": (
        QT_TRANSLATE_NOOP("PrintNoticeDialog", "Form 4: direct-marketing consent (s69)"),
        notices.form4,
        "form4",
    ),
}


class PrintNoticeDialog(FormDialog):
    min_width = 560

    def __init__(self, ctx, client_id: int | None, kind: str, parent: QWidget | None = None):  # noqa: ANN001
        title, self._build, stem = KINDS[kind]
        super().__init__(
            self.tr("Print: {title}").format(title=self.tr(title)), self.tr("Save PDF"), parent
        )
        # The Afrikaans titles are long: let the heading wrap rather than be cut off.
        self.body.itemAt(0).widget().setWordWrap(True)
        self.ctx, self.client_id = ctx, client_id
        folder = Path.home() / "Documents"
        folder = folder if folder.is_dir() else Path.home()
        self.path = QLineEdit(str(folder / f"{stem}-client-{client_id}.pdf"))
        browse = push_button(self.tr("Browse…"), self._browse)
        self.form.addRow(self.tr("Save as"), field_row(self.path, browse))
        self.result = hint("")
        self.body.insertWidget(self.body.count() - 1, self.result)
        self.ok_button.clicked.connect(self.save)
        if client_id is None:
            self.ok_button.setEnabled(False)
            self.show_error(self.tr("Open or select a client first."))

    def _browse(self) -> None:
        path = ask_save_path(self, self.tr("Save as"), self.path.text(), "PDF (*.pdf)")
        if path:
            self.path.setText(str(path))

    def save(self) -> None:
        from clientmanager.store.files import write_atomically

        target = Path(self.path.text().strip())
        build, actor, client_id = self._build, self.ctx.practice.actor, self.client_id
        self.ok_button.setEnabled(False)

        def work(session) -> Path:  # noqa: ANN001
            write_atomically(target, build(session, actor=actor, client_id=client_id))
            return target

        def done(path: Path) -> None:
            self.result.setText(self.tr("Saved {path}").format(path=path))
            self.ok_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.show_error(describe_error(error))

        Operation(self, self.ctx, work).success(done).failure(failed).run()


class AttachForm4Dialog(FormDialog):
    def __init__(self, ctx, client_id: int | None, parent: QWidget | None = None):  # noqa: ANN001
        super().__init__(self.tr("Attach a signed Form 4"), self.tr("Attach"), parent)
        self.ctx, self.client_id = ctx, client_id
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("The scanned, signed form (PDF, PNG or JPEG)"))
        browse = push_button(self.tr("Browse…"), self._browse)
        row = field_row(self.file, browse)
        # The service records the channels in English; the boxes show them translated.
        self.channels = {
            "E-mail": QCheckBox(self.tr("E-mail")),
            "SMS": QCheckBox("SMS"),
            "Telephone": QCheckBox(self.tr("Telephone")),
            "Post": QCheckBox(self.tr("Post")),
        }
        ticks = QHBoxLayout()
        for box in self.channels.values():
            ticks.addWidget(box)  # never pre-ticked (s69)
        self.given_by = QLineEdit()
        self.given_by.setPlaceholderText(self.tr("For a child: the parent or guardian who signed"))
        self.form.addRow(self.tr("Signed form"), row)
        self.form.addRow(self.tr("Ticked on the form"), ticks)
        self.form.addRow(self.tr("Signed by"), self.given_by)
        self.ok_button.clicked.connect(self.attach)

    def _browse(self) -> None:
        path = ask_open_path(self, self.tr("Signed Form 4"), str(Path.home()))
        if path:
            self.file.setText(str(path))

    def attach(self) -> None:
        path = Path(self.file.text().strip())
        try:
            content = path.read_bytes()
        except OSError as exc:
            self.show_error(
                self.tr("Could not read {path}: {reason}.").format(path=path, reason=exc.strerror)
            )
            return
        channels = [name for name, box in self.channels.items() if box.isChecked()]
        actor, client_id, given_by = self.ctx.practice.actor, self.client_id, self.given_by.text()
        run_in_form(
            self, self.ctx,
            lambda session: notices.attach_signed_form4(
                session, actor=actor, client_id=client_id, filename=path.name, content=content,
                channels=channels, given_by=given_by or None,
            ),
            changes=Changes.CLIENTS | Changes.DOCUMENTS,
        )  # fmt: skip
