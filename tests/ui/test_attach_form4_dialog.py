"""The signed Form 4 dialog: a refusal shows in the form and leaves it open to correct;
an accepted form closes it and the consent it proves is in the database."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from clientmanager.store.models import Client, Consent, Document
from clientmanager.ui.notices_dialog import AttachForm4Dialog

WAIT = 20_000


def test_attach_a_signed_form4(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    with practice.session() as s:
        client = Client(first_names="Thandi", surname="Nkosi")
        s.add(client)
        s.flush()
        client_id = client.id
    scan = tmp_path / "form4.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a signed form\n")
    context.set_unlocked(practice)
    dialog = AttachForm4Dialog(context, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(scan))

    # No channel ticked: the service refuses, the form stays open and may be sent again.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT)
    assert "channels" in dialog.error.text().lower()
    assert dialog.ok_button.isEnabled() and dialog.isVisible()

    dialog.channels["E-mail"].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with practice.session() as s:
        consent = s.scalars(sa.select(Consent).where(Consent.client_id == client_id)).one()
        assert consent.status == "given" and "E-mail" in consent.wording
        names = s.scalars(sa.select(Document.filename).where(Document.client_id == client_id))
        assert list(names) == ["form4.pdf"]
