"""The daily backup runs in a process of its own, not on the database worker: the desktop
keeps answering while it runs, and quitting never waits long for it."""

from __future__ import annotations

import os
import threading

import pytest

from clientmanager.services import backups
from clientmanager.services.clients import search_clients
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import Client
from clientmanager.ui.backup_scheduler import DailyBackupScheduler

WAIT_MS = 120_000


@pytest.fixture
def unlocked(context, practice):
    generate_demo_data(practice.engine, clients=300, seed=11)
    with practice.session() as session:
        session.add(Client(first_names="Zanele", surname="Searchable-While-Backing-Up"))
    context.set_unlocked(practice)
    return context


def test_a_search_during_the_daily_backup_is_answered_before_the_backup_finishes(qtbot, unlocked):
    # The progress hook holds the backup in the middle of its copy until the search is
    # answered (or a minute passes), so the order of events is certain.
    answered = threading.Event()
    seen: list[tuple[float, str]] = []

    def hold(fraction: float, step: str) -> None:
        seen.append((fraction, step))
        if step == "copying" and fraction > 0:
            answered.wait(60)

    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000, progress_hook=hold)
    scheduler.start()
    qtbot.waitUntil(lambda: any(f > 0 for f, _s in seen), timeout=WAIT_MS)
    assert scheduler.is_running
    assert scheduler.child_pid not in (None, os.getpid())  # taken by another process

    practice = unlocked.practice
    results: list = []

    def search() -> list:
        with practice.session() as session:
            return search_clients(session, "Searchable-While")

    unlocked.tasks.submit(search, on_done=results.append, on_error=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=30_000)
    # Answered while the backup was still running, its progress below 100%.
    assert scheduler.is_running and scheduler.last_fraction < 1.0
    assert [row.surname for row in results[0]] == ["Searchable-While-Backing-Up"]

    answered.set()
    with qtbot.waitSignal(scheduler.backup_finished, timeout=WAIT_MS) as finished:
        pass
    info = finished.args[0]
    assert backups.check_backup(info.path, key=practice.key).ok
    scheduler.stop()


def test_quitting_during_a_backup_cancels_it_quickly_and_leaves_no_partial_folder(qtbot, unlocked):
    release = threading.Event()

    def stuck(fraction: float, step: str) -> None:
        if step == "copying" and fraction > 0:
            release.wait(2)  # a backup that would take far longer than quitting may wait

    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000, progress_hook=stuck)
    scheduler.start()
    qtbot.waitUntil(lambda: scheduler.last_fraction not in (None, 0.0), timeout=WAIT_MS)
    with qtbot.waitSignal(scheduler.backup_cancelled, timeout=WAIT_MS):
        assert scheduler.finish_or_cancel(seconds=0.1) == "cancelled"
    folder = unlocked.paths.backups
    assert backups.list_backups(folder) == []
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert not scheduler.is_running
    scheduler.stop()
