"""ui.operations: one way to run a service call from a screen."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clientmanager.errors import NotFound
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.store.models import User
from clientmanager.ui.operations import Changes, Operation
from tests.conftest import ADMIN


@pytest.fixture
def unlocked(context, practice):
    context.set_unlocked(practice)
    return context


def test_success_delivers_the_result_and_says_what_changed(qtbot, unlocked):
    seen_changes = []
    unlocked.changed.connect(seen_changes.append)
    results = []
    op = Operation(
        None,
        unlocked,
        lambda session: session.scalars(select(User.username)).all(),
        changes=Changes.USERS | Changes.SETTINGS,
    ).success(results.append)
    op.run()
    qtbot.waitUntil(lambda: bool(results))
    assert results == [[ADMIN]]
    assert seen_changes == [Changes.USERS | Changes.SETTINGS]


def test_a_failure_goes_to_the_failure_callback_and_changes_nothing(qtbot, unlocked):
    seen_changes, errors = [], []
    unlocked.changed.connect(seen_changes.append)

    def work(session):
        raise NotFound("There is no client 99.")

    Operation(None, unlocked, work, changes=Changes.CLIENTS).failure(errors.append).run()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], NotFound)
    assert seen_changes == []


def test_cancel_stops_work_that_reports_progress(qtbot, unlocked):
    reached, cancelled, succeeded = [], [], []

    def work(practice, progress: Progress):
        for step in range(1000):
            progress.counted(step, 1000, "working")
            reached.append(step)
            if step == 3:
                op.cancel()  # as the Cancel button does, from the UI thread
        return "finished"

    op = Operation(None, unlocked, work, needs="practice", progress_title="Working")
    op.success(succeeded.append).cancelled(lambda: cancelled.append(True)).run()
    qtbot.waitUntil(lambda: bool(cancelled))
    assert succeeded == []
    assert reached == [0, 1, 2, 3]


def test_progress_part_fills_its_share_and_silent_never_stops():
    seen = []
    whole = Progress(lambda fraction, step: seen.append((round(fraction, 2), step)))
    whole.part(0.5, 1.0)(0.5, "second half")
    assert seen == [(0.75, "second half")]
    with pytest.raises(Cancelled):
        Progress(should_stop=lambda: True)(0.1)


def test_work_queued_before_a_lock_is_dropped_without_a_message(qtbot, unlocked, practice):
    import threading

    from PySide6.QtWidgets import QApplication, QMessageBox

    release, first_done, failures, successes = threading.Event(), [], [], []

    def slow(session):
        release.wait(10)
        return "first"

    Operation(None, unlocked, slow).success(first_done.append).run()
    queued = Operation(None, unlocked, lambda session: "second")
    queued.success(successes.append).failure(failures.append).run()
    practice.close()  # the idle lock, while the first job still holds the worker
    release.set()
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy(), timeout=10_000)
    assert first_done == ["first"]
    assert successes == [] and failures == []
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]


def test_an_answer_arriving_after_the_lock_starts_nothing(qtbot, unlocked):
    # A record load that finished as the practice locked: its answer used to reach the
    # screen, which asked for the next load from a locked practice and raised.
    import threading

    from PySide6.QtWidgets import QWidget

    from clientmanager.ui.operations import run_operation

    release, shown, follow_ups = threading.Event(), [], []
    screen = QWidget()
    qtbot.addWidget(screen)

    def show(result):
        shown.append(result)
        run_operation(screen, unlocked, lambda session, actor: "next", on_done=follow_ups.append)

    def slow(session, actor):
        release.wait(10)
        return "card"

    run_operation(screen, unlocked, slow, on_done=show)
    release.set()
    unlocked.lock()  # waits for the worker; the answer is still queued for the UI thread
    qtbot.wait(100)
    assert not unlocked.is_unlocked
    assert shown == [] and follow_ups == []
    assert not unlocked.tasks.is_busy()


@pytest.mark.parametrize("outcome", ["success", "failure"])
def test_a_screen_closed_while_its_work_runs_is_left_alone(qtbot, unlocked, monkeypatch, outcome):
    # A dialog that started a quick operation and was closed (and deleted) before the
    # answer came: its progress dialog went with it, and the answer must not touch either.
    # A failure is still told (a save that failed must not pass unnoticed), in a box of
    # its own.
    import threading

    from PySide6.QtWidgets import QMessageBox, QWidget

    release, results, boxes = threading.Event(), [], []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text: boxes.append((parent, text))
    )
    screen = QWidget()

    def work(practice, progress):
        release.wait(10)
        progress(0.5, "half way")  # its progress dialog is gone by now
        if outcome == "failure":
            raise NotFound("There is no client 99.")
        return "done"

    op = Operation(screen, unlocked, work, needs="practice", progress_title="Working")
    op.success(results.append).run()
    screen.deleteLater()
    qtbot.waitUntil(lambda: not _alive(screen), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: not unlocked.tasks.is_busy(), timeout=10_000)
    qtbot.wait(50)
    if outcome == "success":
        assert results == ["done"] and boxes == []
    else:
        assert results == []
        assert [(parent, text.splitlines()[0]) for parent, text in boxes] == [
            (None, "There is no client 99.")
        ]


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
