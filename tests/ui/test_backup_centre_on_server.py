"""The backup centre and the daily scheduler for a practice on the office server: the
backup is the server's pg_dump, sealed, taken in the backup child process (the UI stays
free), listed and verified like any other backup."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientmanager.services import backups, client_records
from clientmanager.services import practice as practice_service
from clientmanager.ui.backup_centre import BackupCentreDialog
from clientmanager.ui.backup_scheduler import DailyBackupScheduler
from clientmanager.ui.context import AppContext
from tests.conftest import ADMIN, ADMIN_PASSWORD

WAIT_MS = 60_000

pytest_plugins = ("tests.pgpractice",)


def test_the_backup_centre_takes_lists_and_verifies_a_server_backup(qtbot, two_pcs):
    first, _second, _created = two_pcs
    practice = practice_service.unlock_with_password(first, ADMIN, ADMIN_PASSWORD)
    with practice.session() as session:
        client_records.save_client(
            session, practice.actor, values={"first_names": "Naledi", "surname": "Khumalo"}
        )
    context = AppContext(first)
    try:
        context.set_unlocked(practice)
        dialog = BackupCentreDialog(context)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.folder is not None, timeout=WAIT_MS)
        assert dialog.table.rowCount() == 0
        with qtbot.waitSignal(dialog.backup_finished, timeout=WAIT_MS) as finished:
            qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        info = finished.args[0]
        assert info.on_server and info.clients == 1
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
        assert dialog.table.item(0, 3).text() == "Verified"
        assert "taken and verified" in dialog.status.text()
        dialog.verify_selected()
        qtbot.waitUntil(lambda: "is sound" in dialog.status.text(), timeout=WAIT_MS)
        assert "verify-backup --owner" in dialog.status.text()

        # Today has its backup: the scheduler does not take another, but it does run.
        scheduler = DailyBackupScheduler(context, interval_ms=60 * 60 * 1000)
        with qtbot.waitSignal(scheduler.backup_not_due, timeout=WAIT_MS):
            scheduler.start()
        scheduler.stop()
        assert len(backups.list_backups(first.backups)) == 1
    finally:
        context.lock()
        context.tasks.wait_until_idle()
        context.release_practice()
