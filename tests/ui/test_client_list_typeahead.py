"""The client list while typing: a search's "all matching ids" follow-up stops as soon
as another key is pressed, and the list shows the newest search's rows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clientmanager.services import clients as client_service
from clientmanager.services.demo import generate_demo_data
from clientmanager.services.progress import Cancelled
from clientmanager.ui.client_list import ClientListPanel

WAIT = 20_000


@pytest.fixture
def panel(qtbot, context, practice):
    generate_demo_data(practice.engine, clients=400, seed=5)
    context.set_unlocked(practice)
    widget = ClientListPanel(context)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: not context.tasks.is_busy(), timeout=WAIT)
    return widget


def test_a_keystroke_makes_the_running_count_stale(qtbot, panel):
    stale = panel._stale_test(panel._generation)
    assert not stale()
    qtbot.keyClick(panel.search, Qt.Key.Key_M)
    assert stale()  # at once, before the typing delay has run the new search


def test_the_follow_up_of_an_old_search_is_stopped_not_shown(qtbot, panel, monkeypatch):
    outcomes: list[str] = []
    real = client_service.list_client_ids

    def counting(session, actor, query, *, is_stale=None):  # noqa: ANN001
        if query.text == "":
            panel._edits += 1  # what a keystroke does, arriving while this count runs
        try:
            ids = real(session, actor, query, is_stale=is_stale)
        except Cancelled:
            outcomes.append(f"stopped {query.text!r}")
            raise
        outcomes.append(f"counted {query.text!r}")
        return ids

    monkeypatch.setattr(client_service, "list_client_ids", counting)
    errors: list[BaseException] = []
    monkeypatch.setattr(panel, "_failed", errors.append)
    panel.refresh()  # the whole list: 400 clients, more than one window, so it is counted
    qtbot.waitUntil(lambda: bool(outcomes), timeout=WAIT)
    assert outcomes == ["stopped ''"]
    assert panel.count_label.text().startswith("More than")  # not a count of a stale list
    qtbot.keyClicks(panel.search, "ma")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.context.tasks.is_busy(), timeout=WAIT)
    assert errors == []  # a stopped count is not reported as a failure
    with panel.context.practice.session() as session:
        expected = [row.id for row in client_service.search_clients(session, "ma", limit=5)]
    assert expected and panel.model.ids[:5] == expected
