"""A new planner assigned 50 clients sees exactly those; a departing planner's book moves in
one step; Today's counts are the whole numbers and "Show all" lists them."""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlalchemy as sa
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import QApplication

from clientmanager.services import clients as client_service
from clientmanager.services import today as today_service
from clientmanager.services.audit import Actor
from clientmanager.services.clients import ClientFilter
from clientmanager.store.models import AuditEntry, Client, User
from clientmanager.ui.client_bulk import AssignDialog, MoveBookDialog
from clientmanager.ui.main_window import MainWindow

WAIT = 20_000


def _seed(practice) -> dict:  # noqa: ANN001
    with practice.session() as s:
        pieter = User(username="pieter", full_name="Pieter van Wyk", role="planner")
        lerato = User(username="lerato", full_name="Lerato Dube", role="planner")
        s.add_all([pieter, lerato])
        s.flush()
        old = dt.date.today() - dt.timedelta(days=800)
        made = dt.datetime(2020, 1, 1)
        unowned = [
            Client(first_names=f"Anna{n}", surname=f"Aardvark{n:03}", last_review_on=old,
                   created_at=made)
            for n in range(60)
        ]  # fmt: skip
        book = [
            Client(first_names=f"Ben{n}", surname=f"Zulu{n:02}", planner_id=lerato.id,
                   created_at=made)
            for n in range(7)
        ]  # fmt: skip
        s.add_all([*unowned, *book])
        s.flush()
        return {"pieter": pieter.id, "lerato": lerato.id, "book": [c.id for c in book]}


def _window(qtbot, context, practice) -> MainWindow:  # noqa: ANN001
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    return window


def _answer(dialog_type, act) -> None:  # noqa: ANN001
    def handler() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_type) or not dialog.ok_button.isEnabled():
            QTimer.singleShot(100, handler)  # the planners are still loading
            return
        act(dialog)

    QTimer.singleShot(100, handler)


def test_a_new_planner_sees_exactly_the_50_assigned(qtbot, context, practice) -> None:  # noqa: ANN001
    seeded = _seed(practice)
    window = _window(qtbot, context, practice)
    panel = window.client_list
    qtbot.waitUntil(lambda: len(panel.model.ids) == 67, timeout=WAIT)
    # Sorted by surname: the 60 Aardvarks first; select the first 50 rows.
    assert panel.model.data(panel.model.index(0, 0)) == "Aardvark000, Anna0"
    selection = QItemSelection(panel.model.index(0, 0), panel.model.index(49, 5))
    panel.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    chosen = panel.selected_client_ids()
    assert len(chosen) == 50
    panel.bulk.update_actions()
    assert panel.bulk.assign_action.isVisible() and panel.bulk_button.isVisible()

    def pick_pieter(dialog: AssignDialog) -> None:
        dialog.choose("pieter")
        dialog.ok_button.click()

    _answer(AssignDialog, pick_pieter)
    panel.bulk.assign_action.trigger()
    qtbot.waitUntil(
        lambda: "assigned to pieter" in window.statusBar().currentMessage(), timeout=WAIT
    )
    assert window.statusBar().currentMessage() == "50 clients assigned to pieter."

    pieter = dataclasses.replace(
        practice, actor=Actor(user_id=seeded["pieter"], username="pieter", role="planner")
    )
    context.set_unlocked(pieter)
    qtbot.waitUntil(lambda: sorted(panel.model.ids) == sorted(chosen), timeout=WAIT)
    assert not panel.bulk.assign_action.isVisible()  # planners do not assign

    # The departing planner's whole book, from the Practice menu, in one step.
    context.set_unlocked(practice)
    assert window.move_book_action.isVisible()

    def move_lerato(dialog: MoveBookDialog) -> None:
        dialog.choose("lerato", "pieter")
        dialog.ok_button.click()

    _answer(MoveBookDialog, move_lerato)
    window.move_book_action.trigger()
    with practice.session() as s:
        owners = dict(s.execute(sa.select(Client.id, Client.planner_id)).all())
        moves = s.scalar(sa.select(sa.func.count()).where(AuditEntry.action == "client.assigned"))
    assert {owners[i] for i in seeded["book"]} == {seeded["pieter"]}
    assert moves == 57
    assert window.statusBar().currentMessage() == "7 clients moved to pieter."


def test_todays_counts_are_totals_and_show_all_lists_them(qtbot, context, practice) -> None:  # noqa: ANN001
    _seed(practice)
    window = _window(qtbot, context, practice)
    board = window.dashboard.dashboard
    with practice.session() as s:
        service = today_service.load_today(s, practice.actor)
        overdue_ids = client_service.list_client_ids(
            s, practice.actor, service.reviews_overdue.query
        )
    # 60 reviewed 800 days ago and 7 never reviewed since 2020: all overdue.
    assert service.reviews_overdue.count == 67 == len(overdue_ids)
    card = window.dashboard.reviews
    assert board.reviews_overdue.count == 67
    assert card.count.text() == "67"
    assert card.table.rowCount() == 50  # the first rows; the count is the whole number
    assert card.shown.text() == "Showing the first 50 of 67"
    assert card.more.isVisible() and card.more.text() == "Show all 67 in the client list"
    # Nothing due soon: no count and no empty red badge.
    assert not window.dashboard.reviews_soon.count.isVisible()
    assert not window.dashboard.reviews_soon.more.isVisible()

    panel = window.client_list
    panel.model.ids = []
    card.more.click()
    qtbot.waitUntil(lambda: len(panel.model.ids) == 67, timeout=WAIT)
    assert panel.query.filter == ClientFilter.REVIEWS_DUE
    assert sorted(panel.model.ids) == sorted(overdue_ids)
    assert panel.filter_box.currentText() == "Reviews overdue"

    # Acting on the whole list: select all, mark reviewed; Today follows.
    panel.table.selectAll()
    assert len(panel.selected_client_ids()) == 67
    panel.bulk.mark_reviewed(confirm=False)
    qtbot.waitUntil(lambda: "marked reviewed" in window.statusBar().currentMessage(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.dashboard.dashboard.reviews_overdue.count == 0, timeout=WAIT)
    assert card.stack.currentWidget() is card.empty
    assert not card.count.isVisible()
    qtbot.waitUntil(lambda: panel.model.ids == [], timeout=WAIT)
    assert panel.count_label.text() == "No reviews are overdue."


def test_an_empty_search_says_so_with_a_hint(qtbot, context, practice) -> None:  # noqa: ANN001
    _seed(practice)
    window = _window(qtbot, context, practice)
    panel = window.client_list
    qtbot.keyClicks(panel.search, "Xylophone")
    qtbot.waitUntil(lambda: panel.count_label.text().startswith("No clients match"), timeout=WAIT)
    assert panel.count_label.text() == (
        "No clients match “Xylophone”. Try fewer letters, a surname, or part of an ID "
        "number, phone number or email."
    )


def test_the_lists_red_review_dates_follow_the_review_setting(qtbot, context, practice) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt

    from clientmanager.ui.settings_dialog import SettingsDialog

    with practice.session() as s:
        s.add(Client(first_names="Thabo", surname="Mokoena",
                     last_review_on=dt.date.today() - dt.timedelta(days=500)))  # fmt: skip
    window = _window(qtbot, context, practice)
    model = window.client_list.model
    cell = model.index(0, 5)
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is not None  # red at 12 months
    dialog = SettingsDialog(context, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "review_interval_default" in dialog.fields, timeout=WAIT)
    dialog.fields["review_interval_default"].editor.setText("24")
    dialog.save()
    qtbot.waitUntil(lambda: model.review_months == 24, timeout=WAIT)
    assert model.data(cell, Qt.ItemDataRole.ForegroundRole) is None
    qtbot.waitUntil(lambda: window.dashboard.dashboard.reviews_overdue.count == 0, timeout=WAIT)
