"""On the office server, the desktops' login may not rewrite the tables an erasure touched
(PostgreSQL 15 and 16: only their owner may VACUUM FULL them). After an approval in the
retention review the desktop shows the statement for the server's administrator, as
`clientmanager retention run --approve` prints it (issue 18)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from clientmanager.store.models import Client
from clientmanager.ui.retention_dialog import RetentionReviewDialog
from tests.backends import add_client_due_for_destruction

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True, scope="session")

TODAY = dt.date(2026, 11, 25)


def test_after_destruction_the_desktop_says_what_the_administrator_must_run(
    qtbot,
    context,
    practice,  # noqa: ANN001
) -> None:
    assert practice.on_server
    ended_id = add_client_due_for_destruction(practice)
    context.set_unlocked(practice)
    dialog = RetentionReviewDialog(context, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10_000)
    assert dialog.due_table.rowCount() == 1 and dialog.scrub_notice is None

    confirm = dialog.approve()
    with qtbot.waitSignal(dialog.erased, timeout=60_000) as erased:
        qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    result = erased.args[0]
    assert result.destroyed == 1 and result.not_rewritten
    notice = dialog.scrub_notice
    assert notice is not None and notice.isVisible()
    assert "may not rewrite the server's tables" in notice.text()
    details = notice.informativeText()
    statement = details.splitlines()[0]
    assert statement.startswith("VACUUM (FULL) ") and statement.endswith(";")
    tables = statement.removeprefix("VACUUM (FULL) ").removesuffix(";").split(", ")
    assert tables == list(result.not_rewritten)
    assert {"clients", "policies", "notes"} <= set(tables) and "audit_log" not in tables
    assert "WAL archives" in details
    with practice.session() as session:
        assert session.get(Client, ended_id) is None
