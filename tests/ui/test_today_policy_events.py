"""Today's "Policy events (next 30 days)" card: the whole count from the policy calendar,
a planner's own clients only, and a row opens the client."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from clientmanager.services import policy_calendar
from clientmanager.services import today as today_service
from clientmanager.services.audit import Actor
from clientmanager.store.models import Client, Policy, User
from clientmanager.ui.main_window import MainWindow
from clientmanager.ui.policy_events import PolicyEventsDialog

WAIT = 20_000
SHOTS = Path("/tmp/wiring")


def _seed(practice) -> dict:  # noqa: ANN001
    """Four policies of three clients with an anniversary in the next 30 days (two for
    Lerato's clients), one 40 days away, and one cancelled policy whose anniversary does not count."""
    today = dt.date.today()
    soon = today + dt.timedelta(days=5)
    with practice.session() as s:
        lerato = User(username="lerato", full_name="Lerato Dube", role="planner")
        s.add(lerato)
        s.flush()
        ann = Client(first_names="Ann", surname="Abrahams", planner_id=lerato.id)
        ben = Client(first_names="Ben", surname="Botha", planner_id=lerato.id)
        cas = Client(first_names="Cas", surname="Coetzee")
        s.add_all([ann, ben, cas])
        s.flush()

        def policy(client, start, status="active", number="P"):  # noqa: ANN001, ANN202
            row = Policy(
                client_id=client.id,
                provider="Sanlam",
                policy_number=number,
                product_type="life_cover",
                premium_cents=100_000,
                premium_frequency="monthly",
                start_date=start,
                status=status,
            )
            s.add(row)
            return row

        policy(ann, soon.replace(year=soon.year - 3), number="ANN-1")
        policy(ben, (today + dt.timedelta(days=12)).replace(year=today.year - 1), number="BEN-1")
        policy(cas, soon.replace(year=soon.year - 8), number="CAS-1")
        policy(cas, (today + dt.timedelta(days=20)).replace(year=today.year - 4), number="CAS-3")
        policy(cas, soon.replace(year=soon.year - 2), status="cancelled", number="CAS-X")
        policy(cas, (today + dt.timedelta(days=40)).replace(year=today.year - 1), number="CAS-2")
        s.flush()
        return {"lerato": lerato.id, "ann": ann.id, "ben": ben.id, "cas": cas.id}


def test_the_policy_events_card_counts_the_calendar_and_opens_the_client(
    qtbot, context, practice
) -> None:  # noqa: ANN001
    _seed(practice)
    today = dt.date.today()
    with practice.session() as s:
        events = policy_calendar.upcoming_policy_events(s, practice.actor, today, 30)
    assert sorted(e.policy_number for e in events) == ["ANN-1", "BEN-1", "CAS-1", "CAS-3"]

    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    card = window.dashboard.policy_events
    assert card.title.text() == "Policy events (next 30 days)"
    assert card.count.text() == "4" and card.table.rowCount() == 4
    first = card.table.item(0, 0).text()
    assert first.startswith(events[0].client_name) and events[0].description in first
    assert "4 events for 3 clients" in card.count.toolTip()
    qtbot.wait(100)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "today_1366.png"))

    # Enter on a row opens that client's record.
    card.table.setFocus()
    card.table.setCurrentCell(0, 0)
    qtbot.keyClick(card.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window._showing_record() and window.record.card is not None, timeout=WAIT
    )
    assert window.record.card.client.id == events[0].client_id

    # "Open the policy calendar…" opens the whole calendar (Planner > Policies over time).
    window.show_today()
    qtbot.waitUntil(lambda: card.more.isVisible(), timeout=WAIT)
    card.more.click()
    assert isinstance(window.planner_menu.dialogs[-1], PolicyEventsDialog)
    window.planner_menu.dialogs[-1].close()


def test_a_planner_sees_the_events_of_their_own_clients(qtbot, context, practice) -> None:  # noqa: ANN001
    seeded = _seed(practice)
    practice.actor = Actor(seeded["lerato"], "lerato", "planner")
    with practice.session() as s:
        board = today_service.load_today(s, practice.actor)
    assert board.policy_events.count == 2 and board.policy_events.clients == 2
    assert {e.client_id for e in board.policy_events.rows} == {seeded["ann"], seeded["ben"]}

    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    card = window.dashboard.policy_events
    assert card.count.text() == "2"
    names = {card.table.item(row, 0).text().split(" · ")[0] for row in range(2)}
    assert names == {"Ann Abrahams", "Ben Botha"}


def test_no_events_says_so_without_a_badge(qtbot, context, practice) -> None:  # noqa: ANN001
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    card = window.dashboard.policy_events
    assert card.stack.currentWidget() is card.empty and not card.count.isVisible()
    assert not card.more.isVisible()
