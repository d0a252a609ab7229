"""Practice ▸ Settings ▸ Backups & PDFs: the language of client letters (issue 16). Chosen
in the dialog, saved through the settings service, and the next letter is in Afrikaans."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtWidgets import QComboBox

from clientmanager.services import notices
from clientmanager.store.models import AuditEntry, Client, Setting
from clientmanager.ui.settings_dialog import SettingsDialog

WAIT = 20_000


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_dialog_sets_the_letter_language(qtbot, context, practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        client = Client(title="Ms", first_names="Naledi", surname="Dlamini")
        s.add(client)
        s.flush()
        client_id = client.id
        before = _text(notices.s18_notice(s, actor=practice.actor, client_id=client_id))
    assert "How we collect and use your personal information" in before

    context.set_unlocked(practice)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "letter_language" in dialog.fields, timeout=WAIT)
    field = dialog.fields["letter_language"]
    assert isinstance(field.editor, QComboBox)
    assert [field.editor.itemData(i) for i in range(field.editor.count())] == ["en", "af"]
    assert [field.editor.itemText(i) for i in range(field.editor.count())] == [
        "English", "Afrikaans",
    ]  # fmt: skip
    assert field.value() == "en"  # the default
    field.editor.setCurrentIndex(field.editor.findData("af"))
    assert dialog.changes() == {"letter_language": "af"}
    dialog.save()
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved.", timeout=WAIT)
    assert not dialog.changes()

    with practice.session() as s:
        assert s.get(Setting, "letter_language").value == "af"
        assert (
            s.query(AuditEntry)
            .filter_by(action="settings.changed", summary="letter_language: (default) -> af")
            .count()
            == 1
        )
        after = _text(notices.s18_notice(s, actor=practice.actor, client_id=client_id))
    assert "Hoe ons u persoonlike inligting insamel en gebruik" in after
    assert "Geagte me. Dlamini," in after
    assert "How we collect and use your personal information" not in after

    # Opened again, the dialog shows what was saved.
    dialog.load()
    qtbot.waitUntil(lambda: dialog.fields["letter_language"].value() == "af", timeout=WAIT)
