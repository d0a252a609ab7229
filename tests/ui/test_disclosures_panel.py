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
