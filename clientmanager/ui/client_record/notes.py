"""The Notes and advice tab: notes, calls, meetings and FAIS records of advice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from clientmanager.services import client_records as records
from clientmanager.services.permissions import Permission, allows
from clientmanager.ui.client_record import common
from clientmanager.ui.widgets import ask


class NoteSection(common.RecordSection):
    def __init__(self, host: common.RecordHost) -> None:
        super().__init__(
            host,
            "note",
            QT_TRANSLATE_NOOP("ClientRecord", "Notes and records of advice"),
            [
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Date"),
                    lambda n: common.day(n.occurred_at.date()),
                    False,
                ),
                (QT_TRANSLATE_NOOP("ClientRecord", "Subject"), lambda n: n.subject, False),
                (
                    QT_TRANSLATE_NOOP("ClientRecord", "Kind"),
                    lambda n: (
                        common.service_text("Record of advice")
                        if n.kind == "advice"
                        else common.label_of(n.kind)
                    ),
                    False,
                ),
                (QT_TRANSLATE_NOOP("ClientRecord", "Status"), self.note_status, False),
            ],
            empty_text=QT_TRANSLATE_NOOP(
                "ClientRecord", "No notes yet. Add a note, call, meeting or record of advice."
            ),
        )
        self.finalise_button = QPushButton(
            common.translate("ClientRecord", "Finalise record of advice…")
        )
        self.finalise_button.setObjectName("finaliseAdvice")
        self.buttons.insertWidget(self.buttons.count() - 1, self.finalise_button)
        self.finalise_button.clicked.connect(self.finalise_selected)
        # The view opens the template dialog for its client (issue 19).
        self.roa_button = QPushButton(
            common.translate("ClientRecord", "Record of advice from template…")
        )
        self.roa_button.setObjectName("roaFromTemplate")
        self.buttons.insertWidget(2, self.roa_button)  # after the title and its stretch
        # The title and five buttons in one row would not fit a 1366-pixel laptop beside
        # the client list: the title gets a row of its own.
        self.buttons.removeWidget(self.title)
        self.layout().insertWidget(0, self.title)

    def note_status(self, note: Any) -> str:
        if note.finalised_at is None:
            return common.translate("ClientRecord", "Draft") if note.kind == "advice" else ""
        who = self.host.users.get(
            note.finalised_by_id, common.translate("ClientRecord", "unknown user")
        )
        return common.translate("ClientRecord", "Final – {who}, {when} UTC").format(
            who=who, when=common.day(note.finalised_at)
        )

    def update_buttons(self) -> None:
        super().update_buttons()
        selected = self.table.selected()
        if hasattr(self, "roa_button"):
            self.roa_button.setEnabled(
                allows(self.host.actor, Permission.NOTE_EDIT)
                and not self.host.archived
                and self.host.client_id is not None
            )
        if hasattr(self, "finalise_button"):
            self.finalise_button.setEnabled(
                selected is not None
                and selected.kind == "advice"
                and selected.finalised_at is None
                and allows(self.host.actor, Permission.ADVICE_FINALISE)
                and not self.host.archived
            )

    def read_only_reason(self, record: Any) -> str:
        if record.finalised_at is not None:
            return common.translate(
                "ClientRecord",
                "Final: {status}. A finalised record of advice cannot be changed (FAIS "
                "General Code s9); add a new note instead.",
            ).format(status=self.note_status(record))
        return ""

    def finalise_selected(self) -> None:
        note = self.table.selected()
        if note is None:
            return
        confirmed = ask(
            self,
            common.translate("ClientRecord", "Finalise record of advice"),
            common.translate(
                "ClientRecord",
                "Finalise “{subject}”?\n\nOnce final, the record of advice is locked: nobody "
                "can change or delete it. It is kept as evidence of the advice given.",
            ).format(subject=note.subject),
        )
        if not confirmed:
            return
        note_id = note.id
        self.run_on_record(
            lambda session, actor: records.finalise_advice(session, actor, note_id),
            on_done=lambda _n: self.host.reload(),
            error_title=common.translate("ClientRecord", "Not finalised"),
        )
