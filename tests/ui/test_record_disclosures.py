"""The client record shows who received the client's information, and records a referral."""

from __future__ import annotations

import sqlalchemy as sa

from clientmanager.services import client_records as records
from clientmanager.store.models import Disclosure
from clientmanager.ui.main_window import MainWindow

WAIT = 20_000


def test_the_consents_tab_lists_disclosures_and_follows_the_open_client(qtbot, context, practice):
    with practice.session() as session:
        first = records.save_client(
            session, practice.actor, values={"first_names": "Ayanda", "surname": "Mthembu"}
        )
        second = records.save_client(
            session, practice.actor, values={"first_names": "Pieter", "surname": "Botha"}
        )
        records.save_record(
            session,
            practice.actor,
            "policy",
            client_id=first,
            values={
                "provider": "Liberty",
                "policy_number": "LB-1001",
                "product_type": "life_cover",
                "status": "active",
            },
        )
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.open_client(first)
    record = window.record
    qtbot.waitUntil(
        lambda: record.card is not None and record.card.client.id == first, timeout=WAIT
    )
    panel = record.consents_tab.disclosures
    assert panel is not None
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert panel.table.item(0, 1).text() == "Liberty"

    window.open_client(second)
    qtbot.waitUntil(lambda: record.card.client.id == second, timeout=WAIT)
    qtbot.waitUntil(lambda: "No third party" in panel.summary.text(), timeout=WAIT)
    assert panel.table.rowCount() == 0
    with practice.session() as session:
        held = session.scalars(
            sa.select(Disclosure.recipient_name).where(Disclosure.client_id == first)
        ).all()
    assert held == ["Liberty"]
