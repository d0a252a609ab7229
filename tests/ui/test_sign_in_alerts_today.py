"""Issue 14: sign-in alerts on Today for practice managers, and the wrong-password count
told to the person at their next sign-in instead of being reset silently."""

from __future__ import annotations

import dataclasses

import pytest
import sqlalchemy as sa

from clientmanager.errors import WrongPassword
from clientmanager.services.audit import Actor
from clientmanager.services.practice import unlock_with_password
from clientmanager.store.models import User
from clientmanager.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PASSWORD

WAIT = 20_000


def _sign_in_after_failures(practice_paths, failures: int):  # noqa: ANN001, ANN202
    for attempt in range(failures):
        with pytest.raises(WrongPassword):
            unlock_with_password(practice_paths, ADMIN, f"wrong guess {attempt}")
    return unlock_with_password(practice_paths, ADMIN, ADMIN_PASSWORD)


def _window(qtbot, context, practice) -> MainWindow:  # noqa: ANN001
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    return window


def test_the_wrong_password_count_is_told_and_the_manager_sees_the_alert(
    qtbot,
    context,
    practice,
    practice_paths,  # noqa: ANN001
) -> None:
    practice.close()
    again = _sign_in_after_failures(practice_paths, 3)
    try:
        assert again.failed_sign_ins_before == 3
        with again.session() as s:  # reset in the database, but only after it was told
            assert s.scalar(sa.select(User.failed_logins).where(User.username == ADMIN)) == 0
        window = _window(qtbot, context, again)
        assert window.user_label.text().endswith(" · 3 wrong passwords since your last sign-in")
        panel = _find_panel(window)
        qtbot.waitUntil(lambda: panel.isVisible(), timeout=WAIT)
        texts = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
        assert any(f"{ADMIN} signed in" in t and "after 3 failed attempts" in t for t in texts)
        window.grab().save("/tmp/popia2/today_sign_in_alerts.png")
    finally:
        context.lock()
        context.tasks.wait_until_idle()
        again.close()


def _find_panel(window):  # noqa: ANN001, ANN202
    from clientmanager.ui.dashboard import DashboardPanel

    panels = window.findChildren(DashboardPanel)
    assert panels
    return panels[0].sign_in_alerts


def test_a_clean_sign_in_says_nothing(qtbot, context, practice, practice_paths) -> None:  # noqa: ANN001
    from clientmanager.store.models import Setting

    # Whatever the day and hour the suite runs at, this sign-in is inside office hours.
    with practice.session() as session:
        session.merge(Setting(key="office_hours", value="Mon–Sun 00:00–23:59"))
    practice.close()
    again = _sign_in_after_failures(practice_paths, 0)
    try:
        assert again.failed_sign_ins_before == 0
        window = _window(qtbot, context, again)
        assert "wrong password" not in window.user_label.text()
        panel = _find_panel(window)
        qtbot.wait(300)
        assert not panel.isVisible()
    finally:
        context.lock()
        context.tasks.wait_until_idle()
        again.close()


def test_only_practice_managers_see_sign_in_alerts(
    qtbot, context, practice, practice_paths
) -> None:  # noqa: ANN001
    practice.close()
    again = _sign_in_after_failures(practice_paths, 3)
    planner = dataclasses.replace(
        again, actor=Actor(user_id=again.actor.user_id, username=ADMIN, role="planner")
    )
    try:
        window = _window(qtbot, context, planner)
        panel = _find_panel(window)
        qtbot.wait(300)
        assert not panel.isVisible() and panel.table.rowCount() == 0
    finally:
        context.lock()
        context.tasks.wait_until_idle()
        again.close()
