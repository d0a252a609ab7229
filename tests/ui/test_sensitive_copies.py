"""Every copy of an ID number, phone, e-mail or policy number goes through the 30-second
clipboard guard: the list's menu and Ctrl+C, the record's fields and policy table."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import Client, Policy
from clientmanager.ui.client_list import search_text
from clientmanager.ui.clipboard import looks_sensitive, sensitive_clipboard
from clientmanager.ui.main_window import MainWindow

WAIT = 20_000


@pytest.fixture
def guard(qapp):
    guard = sensitive_clipboard()
    guard.clear_after_ms = 200
    yield guard
    guard.clear_if_unchanged()
    guard.clear_after_ms = 30_000


@pytest.fixture
def window(qtbot, context, practice):
    generate_demo_data(practice.engine, clients=30, seed=5)
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() > 0, timeout=WAIT)
    return window


def _cleared_in_time(qtbot, guard) -> None:
    with qtbot.waitSignal(guard.cleared, timeout=3_000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_the_client_list_copies_through_the_guard(qtbot, window, guard):
    panel = window.client_list
    row = next(
        r for r in range(panel.model.rowCount()) if (panel.model.row_at(r) or None) and
        panel.model.row_at(r).id_number and panel.model.row_at(r).email
    )  # fmt: skip
    client = panel.model.row_at(row)
    actions = dict(panel.copy_actions(row))
    assert actions["Copy SA ID number"] == client.id_number
    assert actions["Copy email address"] == client.email

    # Ctrl+C on the ID number cell.
    panel.table.setColumnHidden(1, False)
    panel.table.setCurrentIndex(panel.model.index(row, 1))
    panel.table.setFocus()
    with qtbot.waitSignal(guard.copied, timeout=3_000):
        qtbot.keyClick(panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == client.id_number
    _cleared_in_time(qtbot, guard)


def test_a_field_copied_in_the_record_is_guarded_too(qtbot, window, guard, practice):
    with practice.session() as session:
        client_id, mobile = session.execute(
            sa.select(Client.id, Client.mobile).where(Client.mobile.is_not(None)).limit(1)
        ).one()
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.record.card is not None, timeout=WAIT)
    field = window.record.form.fields["mobile"].input
    field.selectAll()
    with qtbot.waitSignal(guard.copied, timeout=3_000):
        field.copy()  # the field's own Ctrl+C / context-menu Copy
    assert looks_sensitive(QGuiApplication.clipboard().text())
    _cleared_in_time(qtbot, guard)


def test_a_policy_number_copied_from_the_policy_table_is_guarded(qtbot, window, guard, practice):
    with practice.session() as session:
        client_id, number = session.execute(
            sa.select(Policy.client_id, Policy.policy_number)
            .where(Policy.policy_number.is_not(None))
            .limit(1)
        ).one()
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.record.card is not None, timeout=WAIT)
    table = window.record.policies.table
    column = next(i for i, (h, _g, _r) in enumerate(table.columns) if h == "Policy number")
    row = next(r for r in range(table.rowCount()) if table.item(r, column).text() == number)
    table.setCurrentCell(row, column)
    with qtbot.waitSignal(guard.copied, timeout=3_000):
        qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == number
    _cleared_in_time(qtbot, guard)


def test_a_name_copied_elsewhere_is_left_alone(qtbot, guard):
    assert not looks_sensitive("Mokoena")
    assert looks_sensitive("082 555 1234") and looks_sensitive("thandi@karoo.co.za")
    QGuiApplication.clipboard().setText("Mokoena")
    qtbot.wait(400)
    assert QGuiApplication.clipboard().text() == "Mokoena"


def test_a_nul_typed_into_the_search_box_is_handled(qtbot, window):
    assert search_text("Mok\x00oena\x07") == "Mok oena "
    panel = window.client_list
    panel.search.setText("\x00")
    panel.search.textEdited.emit("\x00")
    panel.refresh()
    qtbot.waitUntil(lambda: not window.context.tasks.is_busy(), timeout=WAIT)
    qtbot.waitUntil(lambda: "client" in panel.count_label.text(), timeout=WAIT)
    assert "went wrong" not in panel.count_label.text()
