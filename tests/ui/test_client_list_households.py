"""The client list and households (issue 15): a dependant shows no review date (reviews
concern clients), and the household filter, from the filter box, a row's menu or the
record's "Show household in the list", lists exactly the household's members."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from clientmanager.services.clients import ClientFilter
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import Client
from clientmanager.ui.client_list import NOT_REVIEWED_HERE, OVERDUE
from clientmanager.ui.main_window import MainWindow

WAIT = 20_000
LAST_REVIEW = 5


@pytest.fixture
def demo_practice(practice):
    generate_demo_data(practice.engine, clients=150, seed=11)
    return practice


@pytest.fixture
def window(qtbot, context, demo_practice) -> MainWindow:
    context.set_unlocked(demo_practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    return window


def _household_with_dependant(practice) -> tuple[int, int, int, set[int]]:
    """(household, a dependant in it, an adult client in it, every member's id)."""
    with practice.session() as session:
        dependant = session.scalars(
            sa.select(Client)
            .where(Client.household_role == "dependant", Client.archived_at.is_(None))
            .order_by(Client.id)
        ).first()
        assert dependant is not None and dependant.category == "related"
        adult = session.scalars(
            sa.select(Client).where(
                Client.household_id == dependant.household_id,
                Client.category == "client",
                Client.archived_at.is_(None),
            )
        ).first()
        assert adult is not None
        # The dependant was "reviewed" long ago (imported data): still not red.
        dependant.last_review_on = dt.date(2019, 3, 1)
        adult.last_review_on = dt.date(2019, 3, 1)
        members = set(
            session.scalars(
                sa.select(Client.id).where(
                    Client.household_id == dependant.household_id, Client.archived_at.is_(None)
                )
            )
        )
        return dependant.household_id, dependant.id, adult.id, members


def _row_of(panel, client_id: int) -> int:
    return panel.model.ids.index(client_id)


def test_a_dependant_shows_no_review_date_and_no_red(qtbot, window, demo_practice):
    household, dependant, adult, members = _household_with_dependant(demo_practice)
    panel = window.client_list
    panel.show_household(household)
    qtbot.waitUntil(lambda: set(panel.model.ids) == members, timeout=WAIT)
    model = panel.model
    child = model.index(_row_of(panel, dependant), LAST_REVIEW)
    assert model.row_at(child.row()).is_dependant
    assert child.data(Qt.ItemDataRole.DisplayRole) == NOT_REVIEWED_HERE
    assert child.data(Qt.ItemDataRole.ForegroundRole) is None
    assert child.data(Qt.ItemDataRole.ToolTipRole) == "Reviews apply to clients, not to dependants"
    # The client beside them, last reviewed as long ago, is overdue and red.
    parent = model.index(_row_of(panel, adult), LAST_REVIEW)
    assert parent.data(Qt.ItemDataRole.DisplayRole) == "1 Mar 2019"
    assert parent.data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert "Review overdue" in parent.data(Qt.ItemDataRole.ToolTipRole)
    # No dependant anywhere in the list says "Never" in red.
    panel.show_query(panel.query.__class__())
    qtbot.waitUntil(lambda: panel.query.filter == ClientFilter.ALL, timeout=WAIT)
    qtbot.waitUntil(lambda: len(panel.model.rows) > 100, timeout=WAIT)
    for row_number, row in panel.model.rows.items():
        if row.is_dependant:
            index = model.index(row_number, LAST_REVIEW)
            assert index.data() == NOT_REVIEWED_HERE
            assert index.data(Qt.ItemDataRole.ForegroundRole) is None


def test_household_filter_from_the_filter_box_lists_the_selected_clients_household(
    qtbot, window, demo_practice
):
    household, _dependant, adult, members = _household_with_dependant(demo_practice)
    panel = window.client_list
    panel.search.setText("")
    panel.refresh()
    qtbot.waitUntil(lambda: adult in panel.model.ids and len(panel.model.rows) > 0, timeout=WAIT)
    panel.table.setCurrentIndex(panel.model.index(_row_of(panel, adult), 0))
    panel.filter_box.setCurrentIndex(panel.filter_box.findData(ClientFilter.HOUSEHOLD.value))
    assert panel.filter_box.currentText() == "Household"
    qtbot.waitUntil(lambda: set(panel.model.ids) == members, timeout=WAIT)
    assert panel.query.household_id == household
    assert panel.count_label.text() == f"{len(members)} clients"
    # Typing keeps the household: only its members can match.
    with demo_practice.session() as session:
        surname = session.get(Client, adult).surname
    panel.search.setText(surname)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.query.text == surname and not window.context.tasks.is_busy())
    qtbot.waitUntil(lambda: panel.model.ids and set(panel.model.ids) <= members, timeout=WAIT)
    assert adult in panel.model.ids


def test_household_filter_for_a_client_without_a_household_says_so(qtbot, window, demo_practice):
    with demo_practice.session() as session:
        client = session.scalars(
            sa.select(Client).where(Client.category == "client", Client.archived_at.is_(None))
        ).first()
        client.household_id = None  # a client who lives alone
        client.household_role = None
        loner = client.id
    panel = window.client_list
    panel.refresh()
    qtbot.waitUntil(
        lambda: (
            loner in panel.model.ids
            and panel.model.row_at(_row_of(panel, loner)) is not None
            and panel.model.row_at(_row_of(panel, loner)).household_id is None
        ),
        timeout=WAIT,
    )
    panel.table.setCurrentIndex(panel.model.index(_row_of(panel, loner), 0))
    panel.filter_box.setCurrentIndex(panel.filter_box.findData(ClientFilter.HOUSEHOLD.value))
    assert panel.model.rowCount() == 0
    assert panel.count_label.text().startswith("The selected client is not in a household")


def test_show_household_from_a_rows_menu_and_from_the_record(qtbot, window, demo_practice):
    household, dependant, _adult, members = _household_with_dependant(demo_practice)
    panel = window.client_list
    qtbot.waitUntil(lambda: dependant in panel.model.ids, timeout=WAIT)
    qtbot.waitUntil(lambda: panel.model.row_at(_row_of(panel, dependant)) is not None)
    menu = panel.row_menu(panel.model.index(_row_of(panel, dependant), 0))
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels[:2] == ["Open", "Show household"]
    # The bulk actions on the selection share this one menu (not a second menu after it).
    bulk = [a for a in panel.bulk.menu.actions() if a.isVisible()]
    assert bulk and all(action in menu.actions() for action in bulk)
    next(a for a in menu.actions() if a.objectName() == "showHousehold").trigger()
    qtbot.waitUntil(lambda: set(panel.model.ids) == members, timeout=WAIT)
    assert panel.filter_box.currentText() == "Household"
    # From the record: its Overview's "Show household in the list" button.
    panel.show_query(panel.query.__class__())
    qtbot.waitUntil(lambda: len(panel.model.ids) > len(members), timeout=WAIT)
    window.open_client(dependant)
    qtbot.waitUntil(
        lambda: window.record.card is not None and window.record.card.client.id == dependant,
        timeout=WAIT,
    )
    qtbot.mouseClick(window.record.household_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: set(panel.model.ids) == members, timeout=WAIT)
    assert panel.query.household_id == household
