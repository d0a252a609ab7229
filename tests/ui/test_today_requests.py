"""A data-subject request past its legal due date shows on Today, and only then."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from clientmanager.services import client_records as records
from clientmanager.services import subject_requests
from clientmanager.ui.main_window import MainWindow

WAIT = 20_000


def _window(qtbot, context, practice) -> MainWindow:
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    return window


def test_an_overdue_access_request_is_listed_first_in_red(qtbot, context, practice):
    today = dt.date.today()
    with practice.session() as session:
        client_id = records.save_client(
            session, practice.actor, values={"first_names": "Lerato", "surname": "Mokoena"}
        )
        subject_requests.open_request(
            session, actor=practice.actor, client_id=client_id, kind="access",
            requested_by="Lerato Mokoena", received_on=today - dt.timedelta(days=35),
        )  # fmt: skip
        subject_requests.open_request(
            session, actor=practice.actor, client_id=client_id, kind="correction",
            requested_by="Lerato Mokoena", received_on=today - dt.timedelta(days=3),
        )  # fmt: skip
    window = _window(qtbot, context, practice)
    card = window.dashboard.requests
    assert card.isVisible()
    assert card.table.rowCount() == 1  # the correction is not due yet
    assert card.table.item(0, 0).text() == "Access request – Lerato Mokoena"
    assert card.table.item(0, 1).text().endswith("5 days late")
    assert card.table.item(0, 1).foreground().color().name() == "#b03a2e"
    card.table.setCurrentCell(0, 0)
    card.table.setFocus()
    qtbot.keyClick(card.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.record.card is not None and window.record.card.client.id == client_id,
        timeout=WAIT,
    )


def test_no_overdue_requests_means_no_card(qtbot, context, practice):
    window = _window(qtbot, context, practice)
    assert not window.dashboard.requests.isVisible()
    assert window.dashboard.dashboard.requests_overdue == []
