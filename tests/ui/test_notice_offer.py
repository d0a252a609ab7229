"""Issue 14: a new client, saved for the first time, gets the offer of the s18 collection
notice and Form 4; the offer does not block the record, and the PDF names the client."""

from __future__ import annotations

import sqlalchemy as sa
from pypdf import PdfReader
from PySide6.QtCore import Qt

from clientmanager.services import client_records as records
from clientmanager.store.models import Client
from clientmanager.ui.client_record.notice_offer import NoticeOffer
from clientmanager.ui.client_record.view import ClientRecordView

WAIT = 20_000


def _view(qtbot, context, practice) -> ClientRecordView:  # noqa: ANN001
    context.set_unlocked(practice)
    view = ClientRecordView(context)
    qtbot.addWidget(view)
    view.resize(1366, 720)
    view.show()
    return view


def test_a_new_client_is_offered_the_s18_notice_and_form4(
    qtbot, context, practice, tmp_path
) -> None:  # noqa: ANN001
    view = _view(qtbot, context, practice)
    view.new_client()
    assert view.findChild(NoticeOffer) is None
    for key, value in {
        "first_names": "Lerato",
        "surname": "Dlamini",
        "mobile": "082 555 1234",
    }.items():
        view.form.fields[key].set_value(value)
    view.form.dirty = True
    view.save()
    qtbot.waitUntil(lambda: view.card is not None, timeout=WAIT)
    offer = view.notice_offer
    assert offer is not None and offer.isVisible()
    with practice.session() as s:
        client_id = s.scalar(sa.select(Client.id).where(Client.surname == "Dlamini"))
    assert offer.client_id == client_id == view.client_id
    view.grab().save("/tmp/popia2/notice_offer.png")

    qtbot.mouseClick(offer.s18_button, Qt.MouseButton.LeftButton)
    dialog = offer.dialogs[-1]
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.client_id == client_id
    out = tmp_path / "s18.pdf"
    dialog.path.setText(str(out))
    dialog.save()
    qtbot.waitUntil(lambda: out.exists() and "Saved" in dialog.result.text(), timeout=WAIT)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Dlamini" in text
    dialog.close()

    form4 = offer.open_notice("form4")
    assert form4.isVisible() and "Form 4" in form4.windowTitle()
    form4.close()
    qtbot.mouseClick(offer.dismiss_button, Qt.MouseButton.LeftButton)
    assert view.notice_offer is None and not offer.isVisible()


def test_saving_an_existing_client_offers_nothing(qtbot, context, practice) -> None:  # noqa: ANN001
    with practice.session() as session:
        client_id = records.save_client(
            session, practice.actor, values={"first_names": "Sipho", "surname": "Khumalo"}
        )
    view = _view(qtbot, context, practice)
    view.open_client(client_id)
    qtbot.waitUntil(lambda: view.card is not None, timeout=WAIT)
    view.form.fields["mobile"].set_value("082 555 9876")
    view.form.dirty = True
    view.save()
    qtbot.waitUntil(lambda: view.saved_label.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    assert view.findChild(NoticeOffer) is None
