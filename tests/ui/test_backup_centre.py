"""The backup centre and the daily scheduler, driven like a practice manager would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clientmanager.services import backups
from clientmanager.services import practice as practice_service
from clientmanager.services.audit import Actor
from clientmanager.store.models import AuditEntry, Client
from clientmanager.ui.backup_centre import BackupCentreDialog
from clientmanager.ui.backup_scheduler import DailyBackupScheduler
from tests.conftest import ADMIN, ADMIN_PASSWORD

WAIT_MS = 60_000


@pytest.fixture
def unlocked(context, practice):
    context.set_unlocked(practice)
    return context


def _add_client(practice, surname: str) -> None:
    with practice.session() as session:
        session.add(Client(first_names="Zanele", surname=surname))


def _surnames(practice) -> list[str]:
    with practice.session() as session:
        return sorted(session.scalars(sa.select(Client.surname)))


def _open(qtbot, context) -> BackupCentreDialog:
    dialog = BackupCentreDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.folder is not None, timeout=WAIT_MS)
    return dialog


def _select(qtbot, dialog: BackupCentreDialog, row: int) -> None:
    rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_backup() is dialog.backups[row]


def test_back_up_now_shows_progress_and_lists_the_new_backup(qtbot, unlocked, tmp_path):
    practice = unlocked.practice
    for days_ago in (2, 1):
        backups.take_backup(
            practice, now=dt.datetime.now() - dt.timedelta(days=days_ago), prune_old=False
        )
    dialog = _open(qtbot, unlocked)
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["Verified", "Verified"]
    assert not dialog.copy_button.isEnabled()  # nothing selected yet

    with qtbot.waitSignal(dialog.backup_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        # The UI thread is free while the worker copies: the dialog shows it is busy.
        assert not dialog.backup_button.isEnabled() and not dialog.close_button.isEnabled()
        assert dialog.progress.isVisible()
    info = finished.args[0]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=WAIT_MS)
    assert dialog.selected_backup().path == info.path  # the new one is selected
    assert "taken and verified" in dialog.status.text()
    assert dialog.table.item(0, 4).text() == "Manual"
    assert not dialog.progress.isVisible() and dialog.backup_button.isEnabled()

    dialog.grab().save(str(tmp_path / "backup-centre.png"))
    Path("/tmp/backup-centre.png").write_bytes((tmp_path / "backup-centre.png").read_bytes())


def test_copy_to_a_usb_folder_reminds_about_the_recovery_code(
    qtbot, unlocked, tmp_path, monkeypatch
):
    backups.take_backup(unlocked.practice)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    dialog = _open(qtbot, unlocked)
    _select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Copied and checked" in dialog.status.text(), timeout=WAIT_MS)
    assert "recovery code" in dialog.status.text()
    assert (usb / dialog.backups[0].name / "manifest.json").exists()


def test_verify_shows_a_damaged_backup_and_restore_refuses_it(qtbot, unlocked, monkeypatch):
    info = backups.take_backup(unlocked.practice)
    with (info.database).open("r+b") as handle:
        handle.truncate(4096)
    dialog = _open(qtbot, unlocked)
    _select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=WAIT_MS)
    assert "is damaged" in dialog.error.text()
    qtbot.waitUntil(lambda: dialog.table.item(0, 3).text() == "Damaged", timeout=WAIT_MS)

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _select(qtbot, dialog, 0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "damaged" in dialog.error.text() and not dialog._busy, timeout=WAIT_MS)
    assert "another backup" in dialog.error.text()
    assert unlocked.is_unlocked and unlocked.practice.is_open  # nothing was touched


def test_restore_replaces_the_data_then_the_caller_unlocks_again(qtbot, unlocked, monkeypatch):
    practice = unlocked.practice
    paths = practice.paths
    _add_client(practice, "Kept")
    backups.take_backup(practice)
    _add_client(practice, "Undone")

    asked = []

    def confirm(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", confirm)
    dialog = _open(qtbot, unlocked)
    _select(qtbot, dialog, 0)
    with qtbot.waitSignal(dialog.restore_finished, timeout=WAIT_MS) as restored:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    result = restored.args[0]
    assert "backed up first" in asked[0]
    assert result.safety_backup is not None
    assert "Sign in again" in dialog.status.text()
    assert not any(
        b.isEnabled() for b in (dialog.backup_button, dialog.restore_button, dialog.verify_button)
    )

    unlocked.lock()  # what the main window does on restore_finished
    again = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    unlocked.set_unlocked(again)
    assert _surnames(again) == ["Kept"]
    with again.session() as session:
        actions = session.scalars(sa.select(AuditEntry.action)).all()
    assert "backup.restored" in actions


def test_a_user_who_may_not_restore_does_not_get_the_buttons(qtbot, unlocked):
    backups.take_backup(unlocked.practice)
    unlocked.practice.actor = Actor(user_id=None, username="nandi", role="planner")
    dialog = _open(qtbot, unlocked)
    _select(qtbot, dialog, 0)
    assert dialog.backup_button.isEnabled()
    assert not dialog.restore_button.isEnabled() and not dialog.copy_button.isEnabled()


# --- the daily scheduler ---------------------------------------------------------------------


class FakeClock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start.astimezone()

    def __call__(self) -> dt.datetime:
        return self.now


def test_scheduler_backs_up_at_start_only_once_a_day_then_next_day_and_at_close(qtbot, unlocked):
    clock = FakeClock(dt.datetime(2026, 5, 4, 8, 0))
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000, clock=clock)
    folder = unlocked.paths.backups

    with qtbot.waitSignal(scheduler.backup_finished, timeout=WAIT_MS) as first:
        scheduler.start()
    assert first.args[0].day == dt.date(2026, 5, 4)

    with qtbot.waitSignal(scheduler.backup_not_due, timeout=WAIT_MS):
        assert scheduler.check_now()
    assert len(backups.list_backups(folder)) == 1

    clock.now += dt.timedelta(minutes=20)
    with qtbot.waitSignal(scheduler.backup_not_due, timeout=WAIT_MS):
        scheduler.backup_at_close()  # today's backup is only 20 minutes old

    clock.now += dt.timedelta(hours=9)  # a long working day
    with qtbot.waitSignal(scheduler.backup_finished, timeout=WAIT_MS) as at_close:
        scheduler.backup_at_close()
    assert at_close.args[0].reason == "at close"
    unlocked.tasks.wait_until_idle()

    clock.now += dt.timedelta(days=1)
    scheduler.timer.setInterval(20)  # the app stayed open past midnight
    scheduler.timer.start()
    with qtbot.waitSignal(scheduler.backup_finished, timeout=WAIT_MS) as next_day:
        pass
    scheduler.stop()
    assert next_day.args[0].day == dt.date(2026, 5, 5)
    unlocked.tasks.wait_until_idle()
    assert len(backups.list_backups(folder)) == 3


def test_scheduler_reports_a_failure_and_the_ui_stays_usable(qtbot, unlocked, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    backups.set_backup_folder(unlocked.practice, tmp_path)  # allowed, then made unusable
    with unlocked.practice.session() as session:
        from clientmanager.store.models import Setting

        session.get(Setting, backups.BACKUP_FOLDER_SETTING).value = str(blocker)
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000)
    with qtbot.waitSignal(scheduler.backup_failed, timeout=WAIT_MS) as failed:
        scheduler.start()
    scheduler.stop()
    assert isinstance(failed.args[0], backups.BackupError)
    assert not scheduler.is_running


def test_scheduler_skips_a_role_that_may_not_back_up(qtbot, unlocked):
    unlocked.practice.actor = Actor(user_id=None, username="lerato", role="compliance")
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000)
    scheduler.start()
    assert not scheduler.is_running
    scheduler.stop()
    assert backups.list_backups(unlocked.paths.backups) == []


def test_the_backup_folder_can_be_changed_to_another_drive(qtbot, unlocked, tmp_path, monkeypatch):
    second = tmp_path / "D-drive"
    second.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(second))
    dialog = _open(qtbot, unlocked)
    assert dialog.empty_label.isVisible() and not dialog.table.isVisible()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(second) in dialog.folder_label.text(), timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.backup_finished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].path.parent == second


def test_remove_erased_people_from_the_backups_in_the_backup_centre(
    qtbot, unlocked, monkeypatch, tmp_path
):
    from clientmanager.services import erasure
    from tests.services.page_reader import decrypted_contains

    practice = unlocked.practice
    with practice.session() as session:
        client = Client(first_names="Zanele", surname="Purge-Me-From-Backups")
        session.add(client)
        session.flush()
        client_id = client.id
    info = backups.take_backup(practice)
    with practice.session() as session:
        erasure.destroy_client(session, client_id=client_id, actor=practice.actor, reason="test")
    erasure.after_erasure(practice)
    assert decrypted_contains(info.database, practice.key, b"Purge-Me-From-Backups")

    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes,
    )
    dialog = _open(qtbot, unlocked)
    qtbot.waitUntil(lambda: dialog.purge_button.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(dialog.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "removed from 1 backup" in dialog.status.text(), timeout=WAIT_MS)
    assert asked
    assert not decrypted_contains(info.database, practice.key, b"Purge-Me-From-Backups")
    assert backups.check_backup(info.path, key=practice.key).ok
    dialog.grab().save(str(tmp_path / "purge.png"))
    Path("/tmp/reliab-purge.png").write_bytes((tmp_path / "purge.png").read_bytes())


def test_back_up_now_runs_in_a_child_and_leaves_the_database_worker_free(qtbot, unlocked):
    # The manual backup once ran on the database worker: at 100k clients every list and
    # search waited for it. Now the worker answers while the child is held mid-backup.
    import os
    import threading

    from clientmanager.services import backup_process
    from clientmanager.services.progress import Progress

    dialog = _open(qtbot, unlocked)
    held, release, children = threading.Event(), threading.Event(), []
    real_run = backup_process.run_backup

    def run_backup(practice, **kwargs):
        kwargs["on_started"] = children.append
        return real_run(practice, **kwargs)

    def holding_progress() -> Progress:
        def report(fraction: float, step: str) -> None:
            held.set()
            release.wait(60)

        return Progress(report)

    import clientmanager.ui.backup_centre as centre

    original = centre.backup_process.run_backup
    centre.backup_process.run_backup = run_backup
    dialog._progress_callback = holding_progress
    try:
        with qtbot.waitSignal(dialog.backup_finished, timeout=WAIT_MS) as finished:
            dialog.back_up_now()
            qtbot.waitUntil(held.is_set, timeout=WAIT_MS)
            answers: list[str] = []
            unlocked.tasks.submit(
                lambda: "the worker is free", on_done=answers.append, on_error=answers.append
            )
            qtbot.waitUntil(lambda: answers == ["the worker is free"], timeout=10_000)
            assert dialog.progress.isVisible()  # the backup is still under way
            release.set()
    finally:
        centre.backup_process.run_backup = original
        release.set()
    assert children and children[0] != os.getpid()
    assert finished.args[0].verified
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
    assert dialog.table.item(0, 4).text() == "Manual"
