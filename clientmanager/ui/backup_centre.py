"""The backup centre, for practice managers: the list of backups, self.tr("Back up now"), copies to a
USB drive, verification and restore.

All backup work runs on the context's worker thread; progress comes back through a queued
signal, so the window stays responsive while a large practice is copied and checked. A
restore closes the practice: the dialog emits ``restore_finished`` and the caller locks
and shows the unlock screen.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientmanager.services import backup_process, backups
from clientmanager.services.backups import BackupInfo, RestoreResult, VerifyResult
from clientmanager.services.permissions import Permission, allows
from clientmanager.services.progress import Progress
from clientmanager.ui.context import AppContext
from clientmanager.ui.form_operation import ErrorLine
from clientmanager.ui.i18n import format_datetime, format_number
from clientmanager.ui.operations import Changes, Operation
from clientmanager.ui.widgets import (
    ask_folder,
    button_row,
    error_label,
    hint,
    page_title,
    progress_bar,
    register_table,
    selected_of,
    table_cell,
)

logger = logging.getLogger(__name__)

COPY_REMINDER = QT_TRANSLATE_NOOP(
    "BackupCentreDialog",
    "To open this copy on another computer you will need the practice's recovery code (or "
    "an administrator's password from when the backup was taken). Keep the drive and the "
    "recovery sheet in different places.",
)
PHASES = {
    "copying": QT_TRANSLATE_NOOP("BackupCentreDialog", "Copying the database…"),
    "verifying": QT_TRANSLATE_NOOP(
        "BackupCentreDialog", "Checking the copy (encryption, integrity, row counts)…"
    ),
    "sealing": QT_TRANSLATE_NOOP("BackupCentreDialog", "Writing the checksums…"),
    "backing up the current database": QT_TRANSLATE_NOOP(
        "BackupCentreDialog", "Backing up the current database first…"
    ),
    "preparing": QT_TRANSLATE_NOOP("BackupCentreDialog", "Preparing the restored database…"),
    "swapping": QT_TRANSLATE_NOOP("BackupCentreDialog", "Putting the restored database in place…"),
    "done": QT_TRANSLATE_NOOP("BackupCentreDialog", "Done."),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupCentreDialog", "Taken"),
    QT_TRANSLATE_NOOP("BackupCentreDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupCentreDialog", "Clients"),
    QT_TRANSLATE_NOOP("BackupCentreDialog", "Status"),
    QT_TRANSLATE_NOOP("BackupCentreDialog", "Kind"),
)
KINDS = {
    "daily": QT_TRANSLATE_NOOP("BackupCentreDialog", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupCentreDialog", "Manual"),
    "at close": QT_TRANSLATE_NOOP("BackupCentreDialog", "At close"),
    "before restore": QT_TRANSLATE_NOOP("BackupCentreDialog", "Before a restore"),
}
GOOD = QColor("#1b7a3d")
BAD = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupCentreDialog", text)


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            if unit == "bytes":
                return QCoreApplication.translate("BackupCentreDialog", "{size} bytes").format(
                    size=format_number(int(value))
                )
            return "{} {}".format(QLocale().toString(value, "f", 1), unit)
        value /= 1024
    return QCoreApplication.translate("BackupCentreDialog", "{size} bytes").format(
        size=format_number(size)
    )


def _kind(info: BackupInfo) -> str:
    if not info.reason:
        return _tr(KINDS["daily"])
    return _tr(KINDS[info.reason]) if info.reason in KINDS else info.reason.capitalize()


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone().replace(tzinfo=None)


class _ProgressRelay(QObject):
    """Emitted on the worker thread; Qt queues it to the dialog on the UI thread."""

    progressed = Signal(str, float)
    # (BackupInfo | None, error | None) from the thread that waits for the backup's child
    backed_up = Signal(object, object)


class BackupCentreDialog(QDialog, ErrorLine):
    backup_finished = Signal(object)  # BackupInfo
    restore_finished = Signal(object)  # RestoreResult: the caller must lock and re-unlock

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.backups: list[BackupInfo] = []
        self.folder: Path | None = None
        self._busy = False
        self._closed_practice = False
        self.setWindowTitle(self.tr("Backup centre"))
        self.setMinimumSize(760, 520)

        self.folder_label = hint("")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("Change folder…"))
        self.folder_button.setToolTip(
            self.tr(
                "Keep the backups on another drive, such as a second disk. Existing backups stay "
                "where they are."
            )
        )
        self.folder_button.clicked.connect(self.change_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.folder_button)
        on_server = context.is_unlocked and context.practice.on_server
        self.rule_label = hint(
            self.tr(
                "A verified backup of the office server's database is taken every day and "
                "kept in this folder. The newest backup of each of the last 30 days is kept, "
                "and always the newest five. Each one is encrypted with the practice key and "
                "carries the key-slot file, so it can be restored with the recovery code."
            )
            if on_server
            else self.tr(
                "A verified backup is taken every day. The newest backup of each of the last "
                "30 days is kept, and always the newest five. Each one is encrypted with the "
                "practice key and carries the key-slot file, so it can be restored on a new "
                "computer with the recovery code."
            )
        )

        self.table = register_table(tuple(_tr(c) for c in COLUMNS), stretch=len(COLUMNS) - 1)
        self.table.setShowGrid(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = hint(
            self.tr("There are no backups yet. Click “Back up now” to take one.")
        )
        self.empty_label.hide()

        self.progress = progress_bar()
        self.status = hint("", selectable=True)
        self.error = error_label()
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.backup_button.clicked.connect(self.back_up_now)
        self.copy_button = QPushButton(self.tr("Copy backup to…"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.clicked.connect(self.verify_selected)
        self.purge_button = QPushButton(self.tr("Remove erased people…"))
        self.purge_button.setToolTip(
            self.tr("Rewrite every retained backup without the people erased since it was taken")
        )
        self.purge_button.clicked.connect(self.purge_erased)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        for button in (
            self.folder_button,
            self.copy_button,
            self.verify_button,
            self.purge_button,
            self.restore_button,
            self.close_button,
        ):
            button.setAutoDefault(
                False
            )  # only self.tr("Back up now") looks and acts as the default
        self.backup_button.setDefault(True)
        buttons = button_row(
            self.backup_button,
            self.copy_button,
            self.verify_button,
            self.purge_button,
            None,
            self.restore_button,
            self.close_button,
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(page_title(self.tr("Backups")))
        layout.addLayout(folder_row)
        layout.addWidget(self.rule_label)
        layout.addSpacing(4)
        layout.addWidget(self.table, 1)
        # Where the table would be, so an empty list does not spread the rest apart.
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._show_progress)
        self._relay.backed_up.connect(self._manual_backup_ended)
        self._update_buttons()
        self.refresh()

    # --- permissions and state ----------------------------------------------------------

    def _allows(self, permission: Permission) -> bool:
        return self.context.is_unlocked and allows(self.context.practice.actor, permission)

    def selected_backup(self) -> BackupInfo | None:
        return selected_of(self.table, self.backups)

    @Slot()
    def _update_buttons(self) -> None:
        idle = not self._busy and not self._closed_practice and self.context.is_unlocked
        chosen = self.selected_backup() is not None
        self.backup_button.setEnabled(idle and self._allows(Permission.BACKUP_RUN))
        manage = idle and chosen and self._allows(Permission.BACKUP_MANAGE)
        self.copy_button.setEnabled(manage)
        self.verify_button.setEnabled(manage)
        self.restore_button.setEnabled(idle and chosen and self._allows(Permission.RESTORE))
        self.close_button.setEnabled(not self._busy)
        self.folder_button.setEnabled(idle and self._allows(Permission.BACKUP_MANAGE))
        self.purge_button.setEnabled(
            idle and bool(self.backups) and self._allows(Permission.BACKUP_MANAGE)
        )

    def _start(self, message: str) -> None:
        self._busy = True
        self.error.hide()
        self.status.setText(message)
        self.progress.setValue(0)
        self.progress.show()
        self._update_buttons()

    def _finish(self, message: str = "") -> None:
        self._busy = False
        self.progress.hide()
        self.status.setText(message)
        self._update_buttons()

    def _show_error(self, error: BaseException) -> None:
        self._finish()
        self._fail(error)

    @Slot(str, float)
    def _show_progress(self, phase: str, fraction: float) -> None:
        self.status.setText(_tr(PHASES[phase]) if phase in PHASES else phase)
        self.progress.setValue(int(fraction * 100))

    def _progress_callback(self) -> Progress:
        relay = self._relay

        def report(fraction: float, step: str) -> None:
            relay.progressed.emit(step, fraction)  # worker thread: queued to the UI

        return Progress(report)

    def _run(
        self,
        work,  # noqa: ANN001 - work(practice, progress)
        done,  # noqa: ANN001
        failed=None,  # noqa: ANN001
        *,
        changes: Changes = Changes.NONE,
    ) -> None:
        """The backup centre's calls, through the one Operation: its messages show in the
        centre's own status line (the progress bar beside the list) rather than a box."""
        Operation(self, self.context, work, needs="practice", changes=changes).success(
            done
        ).failure(failed or self._show_error).run()

    # --- the list -----------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        if not self.context.is_unlocked:
            return

        def work(practice, _progress) -> tuple[Path, list[BackupInfo]]:  # noqa: ANN001
            return backups.backup_folder(practice), backups.practice_backups(practice)

        self._run(work, lambda result: self._listed(result, select))

    def _listed(self, result: tuple[Path, list[BackupInfo]], select: Path | None) -> None:
        self.folder, self.backups = result
        self.folder_label.setText(self.tr("Backup folder: {folder}").format(folder=self.folder))
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            taken = format_datetime(_local(info.created_at), "ddd d MMM yyyy, HH:mm")
            clients = "" if info.clients is None else format_number(info.clients)
            status = self.tr("Verified") if info.verified else self.tr("Damaged")
            values = (taken, human_size(info.size), clients, status, _kind(info))
            for column, text in enumerate(values):
                item = table_cell(text, number=column in (1, 2))
                if column == 3:
                    item.setForeground(GOOD if info.verified else BAD)
                    item.setToolTip(info.problem or self.tr("Opened and checked when it was made."))
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.backups)
        self.table.setVisible(bool(self.backups))
        chosen = next((i for i, b in enumerate(self.backups) if b.path == select), None)
        if chosen is not None:
            self.table.selectRow(chosen)
        self._update_buttons()

    # --- actions ------------------------------------------------------------------------

    @Slot()
    def back_up_now(self) -> None:
        practice = self.context.practice
        report = self._progress_callback()
        self._start(self.tr("Starting the backup…"))

        relay = self._relay

        # In a child process, waited for on a thread of its own, as the daily backup is: on
        # the database worker a large practice's backup held every list and search.
        def run() -> None:
            try:
                info = backup_process.run_backup(
                    practice, kind=backup_process.MANUAL, progress=report
                )
            except BaseException as exc:  # noqa: BLE001 - shown on the UI thread
                info, error = None, exc
            else:
                error = None
            if shiboken6.isValid(relay):  # the dialog may have gone with the main window
                relay.backed_up.emit(info, error)

        threading.Thread(target=run, name="manual-backup", daemon=True).start()

    def _manual_backup_ended(self, info: BackupInfo | None, error: BaseException | None) -> None:
        if error is not None:
            self._show_error(error)
        elif info is not None:
            self._backed_up(info)

    def _backed_up(self, info: BackupInfo) -> None:
        self._finish(
            self.tr("Backup taken and verified: {name} ({size}).").format(
                name=info.name, size=human_size(info.size)
            )
        )
        self.backup_finished.emit(info)
        self.refresh(select=info.path)

    @Slot()
    def change_folder(self) -> None:
        start = str(self.folder or Path.home())
        chosen = ask_folder(self, self.tr("Keep the backups in"), start)
        if not chosen:
            return
        self._start(self.tr("Checking that {folder} can hold backups…").format(folder=chosen))

        def work(practice, _progress) -> Path:  # noqa: ANN001
            return backups.set_backup_folder(practice, chosen)

        def done(folder: Path) -> None:
            self._finish(
                self.tr(
                    "New backups will be kept in {folder}. The earlier ones stay where they were."
                ).format(folder=folder)
            )
            self.refresh()

        self._run(work, done, changes=Changes.SETTINGS | Changes.BACKUPS)

    def choose_copy_destination(self) -> Path | None:
        return ask_folder(
            self, self.tr("Copy the backup to (a USB drive or another folder)"), str(Path.home())
        )

    @Slot()
    def copy_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        destination = self.choose_copy_destination()
        if destination is None:
            return
        self._start(
            self.tr("Copying {name} to {destination}…").format(
                name=info.name, destination=destination
            )
        )
        self.progress.setRange(0, 0)  # a file copy: busy indicator

        def work(practice, _progress) -> Path:  # noqa: ANN001
            return backups.copy_backup(practice, info.path, destination)

        def done(copy: Path) -> None:
            self.progress.setRange(0, 100)
            self._finish(
                self.tr("Copied and checked: {copy}").format(copy=copy) + "\n" + _tr(COPY_REMINDER)
            )

        def failed(error: BaseException) -> None:
            self.progress.setRange(0, 100)
            self._show_error(error)

        self._run(work, done, failed)

    @Slot()
    def verify_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        self._start(self.tr("Verifying {name}…").format(name=info.name))
        self.progress.setRange(0, 0)

        def work(practice, _progress) -> VerifyResult:  # noqa: ANN001
            # The test restore of a server backup needs the server's owner account: the
            # command line asks for it (verify-backup --owner).
            return backups.verify_backup(
                practice, info.path, restore_test=False if info.on_server else None
            )

        def done(result: VerifyResult) -> None:
            self.progress.setRange(0, 100)
            if result.ok and info.on_server:
                self._finish(
                    self.tr(
                        "{name} is sound: its checksums match and every part of the server's "
                        "dump decrypts and reads back in full. A test restore into a scratch "
                        "database on the server needs the server's owner account; whoever "
                        "looks after the server can run it with: clientmanager verify-backup "
                        "--owner"
                    ).format(name=info.name)
                )
            elif result.ok:
                self._finish(
                    self.tr(
                        "{name} is sound: checksums, encryption and integrity checks and row "
                        "counts all match."
                    ).format(name=info.name)
                )
            else:
                self._finish()
                self._say(
                    self.tr(
                        "{name} is damaged and cannot be restored: {problems}.\n"
                        "Use another backup; take a new one now if this was the newest."
                    ).format(name=info.name, problems="; ".join(result.problems))
                )
            self.refresh(select=info.path)

        def failed(error: BaseException) -> None:
            self.progress.setRange(0, 100)
            self._show_error(error)

        self._run(work, done, failed)

    def confirm_restore(self, info: BackupInfo) -> bool:
        taken = format_datetime(_local(info.created_at), "dddd d MMMM yyyy, HH:mm")
        answer = QMessageBox.warning(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Restore the backup taken on {taken}?\n\n"
                "Everything entered since then will be replaced by what the backup holds. The "
                "current database is backed up first, so this can be undone by restoring that "
                "backup. Clients erased since then stay erased.\n\n"
                "The practice closes afterwards and everyone must sign in again."
            ).format(taken=taken),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_purge(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove erased people from the backups"),
            self.tr(
                "Every retained backup that still holds someone who was erased is rewritten "
                "without them and verified again. This can take a few minutes.\n\nGo ahead?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def purge_erased(self) -> None:
        if not self.confirm_purge():
            return
        report = self._progress_callback()
        self._start(self.tr("Removing erased people from the backups…"))

        def work(practice, _progress) -> backups.PurgeResult:  # noqa: ANN001
            return backups.purge_erased(practice, progress=report)

        def done(result: backups.PurgeResult) -> None:
            if result.purged:
                message = self.tr("Erased people were removed from {count} backup(s).").format(
                    count=len(result.purged)
                )
            else:
                message = self.tr("No retained backup holds anyone who was erased.")
            if result.not_reached:
                message += " " + self.tr("Not reached: {folders}.").format(
                    folders="; ".join(result.not_reached)
                )
            self.refresh()
            self._finish(message)

        self._run(work, done, changes=Changes.BACKUPS)

    @Slot()
    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None or not self.confirm_restore(info):
            return
        practice = self.context.practice
        report = self._progress_callback()
        self._start(self.tr("Checking the backup…"))

        def work() -> RestoreResult:
            # The backup's own key: the live one, or (after a re-key) its key bridge's.
            own_key = backups.backup_key(info, practice.key)
            if own_key is None:
                raise backups.BackupError(
                    self.tr("{name} was taken under a key this practice no longer holds.").format(
                        name=info.name
                    ),
                    hint=self.tr(
                        "Restore it from the command line ('clientmanager restore') with a "
                        "password or the recovery code from when it was taken."
                    ),
                )
            unlocked = backups.Unlocked(own_key, practice.actor)
            return backups.restore_backup(
                info.path, paths=practice.paths, unlocked=unlocked, live=practice, progress=report
            )

        def failed(error: BaseException) -> None:
            if not practice.is_open:
                # Failed after the practice was closed: nothing was swapped, but the app
                # must still unlock again before anyone goes on working.
                self._closed_practice = True
            self._show_error(error)
            if self._closed_practice:
                self.restore_finished.emit(None)

        # Not an Operation: the restore closes the practice it runs against, and its
        # failure after that point must still reach this screen, which then unlocks again.
        self.context.tasks.submit(work, on_done=self._restored, on_error=failed)

    def _restored(self, result: RestoreResult) -> None:
        self._closed_practice = True
        taken = format_datetime(_local(result.restored.created_at))
        lines = [self.tr("Restored the backup of {taken}.").format(taken=taken)]
        if result.safety_backup is not None:
            lines.append(
                self.tr("The database it replaced was kept as {name}.").format(
                    name=result.safety_backup.name
                )
            )
        if result.erasures_replayed:
            lines.append(
                self.tr("{count} erasure(s) were applied again.").format(
                    count=result.erasures_replayed
                )
            )
        if result.uncovered_erasure_at is not None:
            when = format_datetime(result.uncovered_erasure_at)
            lines.append(
                self.tr(
                    "WARNING: this backup is older than an erasure made on {when} UTC that could "
                    "not be applied (its ledger was sealed under a newer key), so a person erased "
                    "then may be back. Check the erasure register and erase them again, or "
                    "restore from the command line with --ledger."
                ).format(when=when)
            )
        lines.append(self.tr("Sign in again to continue."))
        self._finish(" ".join(lines))
        self.restore_finished.emit(result)
