"""What the desktop does by itself once unlocked: today's backup, the weekly retention
review, and a closing that waits for its backup before dropping the key."""

from __future__ import annotations

import datetime as dt

from clientmanager.services import backups
from clientmanager.store.models import Client
from clientmanager.ui.app import DesktopController

WAIT = 30_000


def test_opening_the_practice_takes_todays_backup_and_runs_the_weekly_review(
    qtbot, context, practice
):
    with practice.session() as session:
        session.add(
            Client(
                first_names="Gert",
                surname="Long-gone",
                relationship_start=dt.date(2005, 1, 1),
                relationship_end=dt.date.today() - dt.timedelta(days=6 * 366),
            )
        )
    folder = backups.backup_folder(practice)
    assert backups.list_backups(folder) == []

    context.set_unlocked(practice)
    controller = DesktopController(context)
    controller.open_main_window()
    qtbot.addWidget(controller.window)

    qtbot.waitUntil(lambda: len(backups.list_backups(folder)) == 1, timeout=WAIT)
    assert backups.list_backups(folder)[0].verified
    qtbot.waitUntil(
        lambda: (
            "Weekly retention review: 1 record is due"
            in controller.window.statusBar().currentMessage()
        ),
        timeout=WAIT,
    )
    assert "POPIA s14" in controller.window.statusBar().currentMessage()

    qtbot.waitUntil(lambda: not controller.backups.is_running, timeout=WAIT)
    controller.close_down()
    assert not context.is_unlocked and practice._key is None
    # Today's backup is under an hour old, so closing did not take another.
    assert len(backups.list_backups(folder)) == 1


def test_nothing_due_means_no_review_message(qtbot, context, practice):
    context.set_unlocked(practice)
    controller = DesktopController(context)
    controller.open_main_window()
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: not controller.backups.is_running, timeout=WAIT)
    context.tasks.wait_until_idle()
    qtbot.wait(50)
    assert "retention" not in controller.window.statusBar().currentMessage()
    controller.close_down()
