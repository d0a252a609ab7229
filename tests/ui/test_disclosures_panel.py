"""The client's disclosure register on screen: view, add and correct (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientmanager.services import client_records
from clientmanager.store.models import Client, Disclosure
from clientmanager.ui.disclosures_panel import DisclosuresPanel


def test_view_add_and_correct_disclosures(qtbot, context, practice, tmp_path) -> None:  # noqa: ANN001
    with practice.session() as s:
        client = Client(title="Ms", first_names="Anna", surname="Pretorius")
        s.add(client)
        s.flush()
        client_id = client.id
        client_records.save_record(
            s, practice.actor, "policy", client_id=client_id,
            values={"provider": "10X Investments", "policy_number": "TX-5",
                    "product_type": "retirement_annuity", "status": "active"},
        )  # fmt: skip
    context.set_unlocked(practice)
    panel = DisclosuresPanel(context, client_id, None)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert panel.table.item(0, 1).text() == "10X Investments"
    assert panel.table.item(0, 0).text().endswith("SAST")
    basis = panel.table.item(0, 4)
    assert basis.text().startswith("Carrying out the mandate") and basis.toolTip() == basis.text()

    form = panel.add()
    qtbot.keyClicks(form.recipient, "Adv. P. Botha")
    form.category.setCurrentIndex(form.category.findData("referral"))
    assert form.basis.currentData() == "consent"  # the usual basis for a referral
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)  # no purpose yet
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=10_000)
    assert "Purpose" in form.error.text()
    qtbot.keyClicks(form.purpose, "Referral for a will")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=10_000)

    panel.table.selectRow(1)
    fix = panel.correct_selected()
    fix.recipient.clear()
    qtbot.keyClicks(fix.recipient, "Adv. Pieter Botha")
    qtbot.mouseClick(fix.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.item(1, 1).text() == "Adv. Pieter Botha", timeout=10_000)
    panel.grab().save(str(tmp_path / "disclosures.png"))
    with practice.session() as s:
        names = sorted(s.query(Disclosure.recipient_name).filter_by(client_id=client_id))
    assert [n for (n,) in names] == ["10X Investments", "Adv. Pieter Botha"]


def test_record_a_referral_and_a_document_sent(qtbot, context, practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        client = Client(title="Mr", first_names="Sipho", surname="Nkosi")
        s.add(client)
        s.flush()
        client_id = client.id
    context.set_unlocked(practice)
    panel = DisclosuresPanel(context, client_id, None)
    qtbot.addWidget(panel)
    panel.resize(1000, 420)
    panel.show()
    qtbot.waitUntil(lambda: "Loading" not in panel.summary.text(), timeout=10_000)

    panel.add_document_sent()  # no documents yet: says what to do
    qtbot.waitUntil(lambda: panel.error.isVisible(), timeout=10_000)
    assert "no documents yet" in panel.error.text() and panel.document_dialog is None

    form = panel.add_referral()
    assert form.category.currentData() == "referral" and not form.category.isEnabled()
    assert form.basis.currentData() == "consent"
    qtbot.keyClicks(form.recipient, "Adv. P. Botha (estates)")
    qtbot.keyClicks(form.purpose, "Referral for a will")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10_000)
    assert not panel.error.isVisible()

    with practice.session() as s:
        document_id = client_records.attach_document(
            s, practice.actor, client_id=client_id, filename="id.pdf",
            content=b"%PDF-1.4 test", category="id_copy",
        )  # fmt: skip
    panel.add_document_sent()
    qtbot.waitUntil(lambda: panel.document_dialog is not None, timeout=10_000)
    sent = panel.document_dialog
    assert sent.document.currentData() == document_id and "id.pdf" in sent.document.currentText()
    qtbot.keyClicks(sent.recipient, "Old Mutual")
    qtbot.keyClicks(sent.purpose, "FICA for a new application")
    sent.basis.setCurrentIndex(sent.basis.findData("legal_obligation"))
    sent.grab().save("/tmp/doors/document_sent.png")
    qtbot.mouseClick(sent.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=10_000)
    panel.grab().save("/tmp/doors/disclosures.png")
    with practice.session() as s:
        rows = {
            d.recipient_name: d for d in s.query(Disclosure).filter_by(client_id=client_id).all()
        }
    assert rows["Adv. P. Botha (estates)"].recipient_category == "referral"
    assert rows["Adv. P. Botha (estates)"].categories == "Identity, contact details"
    assert rows["Old Mutual"].source == f"document:{document_id}"
    assert rows["Old Mutual"].lawful_basis == "legal_obligation"
    assert "id.pdf" in rows["Old Mutual"].categories
