"""A launch paints the client list's first rows before its other start-up work (issue 17):
the whole-file page check, the day's first backup and the weekly retention review wait for
the rows, then run as before; once they are done, the idle connections their scans filled
are closed and the practice keeps working. The window is built while the sign-in runs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clientmanager.services import backups, retention
from clientmanager.services import client_records as records
from clientmanager.services import practice as practice_service
from clientmanager.store.models import Client
from clientmanager.ui import app as app_module
from clientmanager.ui.app import DesktopController
from clientmanager.ui.login import LoginDialog
from tests.conftest import ADMIN, ADMIN_PASSWORD

WAIT = 60_000


def _sign_in_when_shown() -> None:
    dialog = next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()),
        None,
    )
    if dialog is None:
        QTimer.singleShot(10, _sign_in_when_shown)
        return
    dialog.username.set_text(ADMIN)
    dialog.password.set_text(ADMIN_PASSWORD)
    dialog.unlock_button.click()


def test_first_rows_come_before_the_page_check_backup_and_review(
    qtbot, context, practice, monkeypatch
):
    with practice.session() as session:
        records.save_client(
            session, practice.actor, values={"first_names": "Lerato", "surname": "Mokoena"}
        )
        session.add(
            Client(
                first_names="Gert",
                surname="Long-gone",
                relationship_start=dt.date(2005, 1, 1),
                relationship_end=dt.date.today() - dt.timedelta(days=6 * 366),
            )
        )
    folder = backups.backup_folder(practice)
    practice.close()
    # Only the order is under test: the fallback for a list that never answers stays out.
    monkeypatch.setattr(app_module, "START_UP_WORK_LATEST_MS", 10 * 60_000)
    order: list[str] = []
    real_check, real_due = practice_service.check_pages, retention.review_is_due

    def check_pages(opened):  # noqa: ANN001
        order.append("page check")
        return real_check(opened)

    def review_is_due(session, **kwargs):  # noqa: ANN001, ANN003
        order.append("review")
        return real_due(session, **kwargs)

    monkeypatch.setattr(practice_service, "check_pages", check_pages)
    monkeypatch.setattr(retention, "review_is_due", review_is_due)
    controller = DesktopController(context)
    built_at_unlock = []
    context.practice_unlocked.connect(lambda _p: built_at_unlock.append(controller.window))

    QTimer.singleShot(0, _sign_in_when_shown)
    assert controller.start()
    window = controller.window
    qtbot.addWidget(window)
    # Built while the sign-in ran, so the unlock filled a window that already existed.
    assert built_at_unlock == [window]
    assert context.practice.pages_unchecked
    window.client_list.rows_shown.connect(lambda: order.append("rows"))
    controller.backups.backup_started.connect(lambda: order.append("backup"))

    qtbot.waitUntil(lambda: controller.start_up_memory_released, timeout=WAIT)
    assert order[0] == "rows"
    assert sorted(order[1:4]) == ["backup", "page check", "review"]
    # Each ran as it did before, only later.
    assert not context.practice.pages_unchecked and context.is_unlocked
    assert len(backups.list_backups(folder)) == 1
    assert "Weekly retention review: 1 record is due" in window.statusBar().currentMessage()

    # The idle connections were closed; the practice still answers, with a fresh one.
    assert context.practice.engine.pool.checkedin() == 0
    window.client_list.search.setText("Mokoena")
    window.client_list.refresh()
    model = window.client_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
    assert "Mokoena" in str(model.index(0, 0).data())
    controller.close_down()
    assert not context.is_unlocked


def test_a_practice_gives_back_its_idle_connections_and_keeps_its_data(practice):
    with practice.session() as session:
        records.save_client(
            session, practice.actor, values={"first_names": "Thandi", "surname": "Dlamini"}
        )
    assert practice.engine.pool.checkedin() >= 1
    practice.release_idle_memory()
    assert practice.engine.pool.checkedin() == 0
    assert practice.is_open
    with practice.session() as session:
        names = [c.surname for c in session.query(Client).all()]
    assert names == ["Dlamini"]
