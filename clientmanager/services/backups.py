"""Backups: verified, encrypted copies of the practice, a rolling 30-day window, copies for
a USB drive, and restores that are never half-done.

A backup is a folder, ``backup-YYYY-MM-DD-HHMMSS``, holding three files:

* ``practice.db``: the database copied with SQLite's online backup API, still encrypted
  under the practice key (the key never leaves its slots);
* ``practice.keys``: the key-slot file as it was, so the folder alone restores on a new PC
  with a user's password or the recovery code;
* ``manifest.json``: when, which app and schema version, row counts, size and SHA-256 of
  both files, and the audit-chain head. No client data and no secret.

A practice on the office server has ``practice.pgdump.sealed`` instead of ``practice.db``
(its pg_dump, encrypted as it streams) and ``"backend": "postgresql"`` in the manifest;
what differs is in services/server_backups.py, everything else (names, window, ledger,
copies) is this module's.

A backup is built as ``<name>.tmp`` in the target folder, synced, reopened and checked
(``cipher_integrity_check``, ``integrity_check``, row counts against the source), then
renamed into place and the folder synced. A folder without ``.tmp`` is therefore always a
backup that verified; an interrupted one is a ``.tmp`` folder, removed by the next run.

Retention (:func:`plan_retention`) keeps the newest verified backup of each of the last 30
calendar days and, always, the newest few verified ones, ordered by a sequence number
rather than the clock, so a clock moved back or a month with the PC off never removes the
wrong backups. Pruning runs only after a new backup has verified.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from clientmanager import __version__
from clientmanager.errors import (
    ClientManagerError,
    DatabaseBusy,
    KeySlotFileError,
    Label,
    PermissionDenied,
)
from clientmanager.paths import PracticePaths
from clientmanager.services import audit, erasure
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, require
from clientmanager.services.practice import OpenPractice
from clientmanager.services.progress import SILENT, Progress
from clientmanager.store import migrate, sealed
from clientmanager.store import sqlcipher as db
from clientmanager.store.engine import create_practice_engine, session_factory
from clientmanager.store.files import fsync_directory, sha256_of
from clientmanager.store.keyslots import SERVER_POINTER_NAME, KeySlotFile
from clientmanager.store.models import ErasureEntry, Setting

logger = logging.getLogger(__name__)

FORMAT = "clientmanager-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "practice.db"
# A backup of a practice on the office server: its pg_dump, sealed (store/pg_backup.py).
SERVER_DUMP_NAME = "practice.pgdump.sealed"
SQLCIPHER = "sqlcipher"
POSTGRESQL = "postgresql"
KEYS_NAME = "practice.keys"
LEDGER_NAME = "erasures.ledger"
BRIDGE_NAME = "keys.bridge"
STATUS_NAME = "status.json"
NAME_PREFIX = "backup-"
TMP_SUFFIX = ".tmp"
LOCK_NAME = ".backup.lock"

KEEP_DAYS = 30
KEEP_NEWEST = 5
BACKUP_FOLDER_SETTING = "backup_folder"
# Off-PC folders a backup was copied to: an erasure appends to their ledgers when reachable.
COPY_DESTINATIONS_SETTING = "backup_copy_destinations"
# The full integrity_check (every index entry looked up) runs on a backup when none of
# the last week's backups had it; every backup gets the cipher check and SHA-256.
FULL_CHECK_EVERY = dt.timedelta(days=7)
_CHUNK = 1024 * 1024
FOLDER_MODE = 0o700
FILE_MODE = 0o600
# Makes and checks a backup's database copy: db.copy_and_check's signature.
Copier = Callable[..., db.CheckedCopy]


# --- errors ---------------------------------------------------------------------------------


class BackupError(ClientManagerError):
    """A backup, copy or restore could not be done. The live database was not changed."""


class BackupCorrupt(BackupError):
    pass


class DiskFull(BackupError):
    pass


class BackupFolderError(BackupError):
    pass


class BackupBusy(BackupError):
    pass


class OtherPractice(BackupError):
    pass


# --- what a backup is -----------------------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: dt.datetime  # UTC
    day: dt.date  # the practice's calendar day when it was taken
    sequence: int
    size: int  # bytes of the database file
    verified: bool
    problem: str | None
    reason: str
    schema_revision: str | None
    practice_id: str
    practice_name: str
    counts: dict[str, int] = field(default_factory=dict)
    # "sqlcipher" (a copy of the file) or "postgresql" (the server's pg_dump, sealed).
    backend: str = SQLCIPHER
    database_file: str = DATABASE_NAME

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def database(self) -> Path:
        return self.path / self.database_file

    @property
    def on_server(self) -> bool:
        return self.backend == POSTGRESQL

    @property
    def key_slots(self) -> Path:
        return self.path / KEYS_NAME

    @property
    def clients(self) -> int | None:
        return self.counts.get("clients")


@dataclass(frozen=True)
class VerifyResult:
    backup: BackupInfo
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_backup: BackupInfo | None  # the database that was replaced, backed up first
    upgraded_from: str | None  # schema revision of the backup, when it had to be upgraded
    erasures_replayed: int
    kept_current_key_slots: bool
    damaged_copy: Path | None = None  # a damaged database that was set aside, not backed up
    ledger_unreadable: bool = False  # its erasure ledger could not be read: check by hand
    # When set: an erasure this new (UTC) is known of but its ledger could not be read, so
    # the person may be back; the caller must say so.
    uncovered_erasure_at: dt.datetime | None = None
    ledgers_used: tuple[str, ...] = ()


# --- small helpers --------------------------------------------------------------------------


def _local_now(now: dt.datetime | None) -> dt.datetime:
    """The moment, as an aware datetime in the computer's time zone (tests pass ``now``)."""
    moment = now or dt.datetime.now().astimezone()
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone()


def today(now: dt.datetime | None = None) -> dt.date:
    """The practice's calendar day: the local date of ``now`` (tests pass a fake one)."""
    return _local_now(now).date()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _os_error(exc: OSError, *, doing: str, where: Path) -> BackupError:
    """Turn a file-system failure into a message that says what to do."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return DiskFull(
            "There is not enough free space in {where} for {doing}.",
            hint="Free some space on that drive or choose another backup folder, then try "
            "again. The practice database and the earlier backups were not changed.",
            where=where,
            doing=Label(doing),
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupFolderError(
            "{where} cannot be written to, so {doing} was not possible.",
            hint="Check that the drive is not write-protected or read-only and that you may "
            "write there, or choose another folder. Nothing was changed.",
            where=where,
            doing=Label(doing),
        )
    if exc.errno == errno.ENOENT:
        return BackupFolderError(
            "The folder {where} is not there.",
            hint="Plug in the drive or create the folder, or choose another one.",
            where=where,
        )
    return BackupError(
        "{doing} failed: {strerror}.",
        hint="Check the drive holding {where} and try again. Nothing was changed.",
        doing=Label(doing[:1].upper() + doing[1:]),
        strerror=exc.strerror or type(exc).__name__,
        where=where,
    )


def _sqlite_error(exc: db.DriverError, *, doing: str, where: Path) -> BackupError:
    message = str(exc).lower()
    if "full" in message:
        return _os_error(OSError(errno.ENOSPC, "disk full"), doing=doing, where=where)
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return _os_error(OSError(errno.EROFS, "read-only"), doing=doing, where=where)
    if "locked" in message or "busy" in message:
        return BackupBusy(
            "The practice database was busy, so {doing} could not finish.",
            hint="Wait a minute and try again.",
            doing=Label(doing),
        )
    if "disk i/o" in message:
        # SQLite reports a write refused for size (EFBIG) or a failing drive this way.
        return DiskFull(
            "Writing to {where} failed ({doing}): the drive may be full or failing.",
            hint="Free some space or choose another backup folder, then try again. The "
            "practice database and the earlier backups were not changed.",
            where=where,
            doing=Label(doing),
        )
    return BackupError(
        "{doing} failed: {exc}.",
        hint="Run 'clientmanager check'; if it reports damage, restore the newest backup.",
        doing=Label(doing[:1].upper() + doing[1:]),
        exc=exc,
    )


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """One backup writer per folder at a time (the app's scheduler and a scheduled task
    may both try). The OS drops the lock if the process dies, so it can never go stale."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise _os_error(exc, doing=Label("a backup"), where=folder) from None
    try:
        try:
            if os.name == "nt":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BackupBusy(
                "Another backup is being written to this folder right now.",
                hint="Wait for it to finish (a scheduled task or another copy of the app), "
                "then try again.",
            ) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock on every platform


def _clean_partials(folder: Path) -> list[str]:
    """Remove what an interrupted backup or copy left behind (call with the lock held)."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(NAME_PREFIX) and entry.name.endswith(TMP_SUFFIX):
                _remove_tree(entry) if entry.is_dir() else entry.unlink(missing_ok=True)
                removed.append(entry.name)
    if removed:
        logger.info("removed %d unfinished backup(s) from %s", len(removed), folder)
    return removed


# --- the backup folder setting --------------------------------------------------------------


def backup_folder(practice: OpenPractice) -> Path:
    """Where this practice's rolling backups go: ``backups/`` beside the database unless
    the practice manager chose another folder."""
    try:
        with practice.sessions() as session:
            setting = session.get(Setting, BACKUP_FOLDER_SETTING)
    except sa.exc.DBAPIError as exc:
        if practice.on_server:
            raise  # not a page of a file: SQLite's wording below would mislead
        # A damaged page may hold the settings table itself: the message of a damaged page
        # met while copying, for every caller (the desktop's backup child asks here first).
        raise _sqlite_error(
            exc.orig, doing=Label("the backup"), where=practice.paths.database
        ) from None
    if setting is not None and setting.value.strip():
        return Path(setting.value).expanduser()
    return practice.paths.backups


def set_backup_folder(practice: OpenPractice, folder: Path | None) -> Path:
    """Choose another backup folder (``None``: back to the default). The folder must exist
    or be creatable, and be writable; existing backups are not moved."""
    require(practice.actor, Permission.BACKUP_MANAGE)
    target = practice.paths.backups if folder is None else Path(folder).expanduser().absolute()
    try:
        target.mkdir(parents=True, exist_ok=True)
        probe = target / (NAME_PREFIX + "write-test" + TMP_SUFFIX)
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise _os_error(exc, doing=Label("keeping backups"), where=target) from None
    from clientmanager.services.settings import put_setting

    with practice.session() as session:
        setting = session.get(Setting, BACKUP_FOLDER_SETTING)
        if folder is None:
            if setting is not None:
                session.delete(setting)
        else:
            put_setting(session, BACKUP_FOLDER_SETTING, str(target), setting)
        audit.record(
            session,
            actor=practice.actor,
            action="backup.folder_changed",
            summary=str(target) if folder is not None else "default folder",
        )
    return target


# --- reading backups ------------------------------------------------------------------------


def _read_manifest(folder: Path) -> dict[str, Any]:
    raw = (folder / MANIFEST_NAME).read_bytes()
    document = json.loads(raw.decode("utf-8"))
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ValueError("not a ClientManager backup manifest")
    if int(document.get("format_version", 0)) > FORMAT_VERSION:
        raise ValueError("made by a newer version")
    return document


def _read_status(folder: Path) -> dict[str, Any] | None:
    try:
        status = json.loads((folder / STATUS_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return status if isinstance(status, dict) else None


def _info_from(folder: Path, manifest: dict[str, Any]) -> BackupInfo:
    problem = None
    database_file = str(manifest["database"].get("file") or DATABASE_NAME)
    if database_file not in (DATABASE_NAME, SERVER_DUMP_NAME):
        raise ValueError("unknown database file in the manifest")
    database = folder / database_file
    try:
        size_on_disk = database.stat().st_size
    except OSError:
        size_on_disk = -1
    if size_on_disk < 0:
        problem = "the database file is missing"
    elif size_on_disk != int(manifest["database"]["size"]):
        problem = "the database file has the wrong size (truncated or changed)"
    elif not (folder / KEYS_NAME).exists():
        problem = "the key-slot file is missing"
    status = _read_status(folder)
    if problem is None and status is not None and not status.get("ok", True):
        problem = str(status.get("problem") or "failed its last verification")
    created = dt.datetime.fromisoformat(manifest["created_at"])
    return BackupInfo(
        path=folder,
        created_at=created,
        day=dt.date.fromisoformat(manifest["day"]),
        sequence=int(manifest["sequence"]),
        size=int(manifest["database"]["size"]),
        verified=problem is None,
        problem=problem,
        reason=str(manifest.get("reason", "")),
        schema_revision=manifest.get("schema_revision"),
        practice_id=str(manifest.get("practice_id", "")),
        practice_name=str(manifest.get("practice_name", "")),
        counts={str(k): int(v) for k, v in manifest.get("counts", {}).items()},
        backend=str(manifest.get("backend") or SQLCIPHER),
        database_file=database_file,
    )


def resolve_backup(path: Path) -> Path:
    """Accept the backup folder, or any file in it (people pick ``practice.db``)."""
    path = Path(path).expanduser()
    if path.is_file() and (path.parent / MANIFEST_NAME).exists():
        return path.parent
    return path


def read_backup(path: Path) -> BackupInfo:
    """The backup at ``path``; raises :class:`BackupCorrupt` if it is not a usable one."""
    folder = resolve_backup(path)
    if not folder.exists():
        raise BackupFolderError(
            "There is no backup at {folder}.",
            hint="Check the path; a backup is a folder named like backup-2026-01-31-170000.",
            folder=folder,
        )
    try:
        return _info_from(folder, _read_manifest(folder))
    except FileNotFoundError:
        raise BackupCorrupt(
            "{name} is not a complete ClientManager backup: its manifest is missing.",
            hint="Choose a folder named like backup-2026-01-31-170000 that holds "
            "manifest.json, practice.db and practice.keys.",
            name=folder.name,
        ) from None
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupCorrupt(
            "The backup {name} is damaged: its manifest cannot be read.",
            hint="Use another backup, for example the one from the day before.",
            name=folder.name,
        ) from None


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in ``folder``, newest first. Unfinished ``.tmp`` folders are not backups
    and are left out; so is anything that is not ours."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        if not entry.is_dir() or not entry.name.startswith(NAME_PREFIX):
            continue
        if entry.name.endswith(TMP_SUFFIX):
            continue
        try:
            found.append(_info_from(entry, _read_manifest(entry)))
        except (OSError, ValueError, KeyError, TypeError):
            logger.warning("skipping %s: its manifest cannot be read", entry.name)
    return sorted(found, key=lambda b: (b.sequence, b.created_at), reverse=True)


def practice_backups(practice: OpenPractice) -> list[BackupInfo]:
    require(practice.actor, Permission.BACKUP_RUN)
    return list_backups(backup_folder(practice))


def backup_due(folder: Path, *, now: dt.datetime | None = None) -> bool:
    """True when the calendar day of ``now`` has no verified backup yet."""
    day = today(now)
    return not any(b.verified and b.day == day for b in list_backups(folder))


# --- retention ------------------------------------------------------------------------------


def plan_retention(
    backups: list[BackupInfo],
    *,
    today: dt.date,
    keep_days: int = KEEP_DAYS,
    keep_newest: int = KEEP_NEWEST,
) -> tuple[list[BackupInfo], list[BackupInfo]]:
    """Split ``backups`` into (keep, delete).

    Kept: the newest verified backups by sequence (at least one, so the last good backup
    is never deleted); the newest verified backup of each of the last ``keep_days``
    calendar days; every backup taken just before a restore, within those days;
    anything dated after ``today`` (the clock was moved back, so its day
    cannot be judged); unverified backups still inside the window (kept for inspection).
    Everything else is deleted. "Newest" is the sequence number, never the clock.
    """
    keep_newest = max(1, keep_newest)
    first_day = today - dt.timedelta(days=keep_days - 1)
    good = sorted((b for b in backups if b.verified), key=lambda b: b.sequence, reverse=True)
    keep: dict[Path, BackupInfo] = {b.path: b for b in good[:keep_newest]}
    newest_of_day: dict[dt.date, BackupInfo] = {}
    for backup in good:
        if first_day <= backup.day <= today and backup.day not in newest_of_day:
            newest_of_day[backup.day] = backup
    keep.update({b.path: b for b in newest_of_day.values()})
    for backup in backups:
        if backup.day > today or (not backup.verified and backup.day >= first_day):
            keep[backup.path] = backup
        elif backup.verified and backup.reason == "before restore" and backup.day >= first_day:
            # The way back from a restore stays for the whole window.
            keep[backup.path] = backup
    delete = [b for b in backups if b.path not in keep]
    kept = sorted(keep.values(), key=lambda b: b.sequence, reverse=True)
    return kept, delete


def prune(
    folder: Path, *, now: dt.datetime | None = None, protect: Path | None = None
) -> list[str]:
    """Apply :func:`plan_retention` to ``folder``. Call only after a new backup verified."""
    backups = list_backups(folder)
    _keep, delete = plan_retention(backups, today=today(now))
    removed = []
    for backup in delete:
        if protect is not None and backup.path == protect:
            continue
        # Rename first, so a half-deleted folder can never look like a backup.
        doomed = backup.path.with_name(backup.path.name + ".deleting" + TMP_SUFFIX)
        try:
            backup.path.rename(doomed)
        except OSError as exc:
            logger.warning("could not remove old backup %s: %s", backup.name, exc.strerror)
            continue
        _remove_tree(doomed)
        removed.append(backup.name)
    if removed:
        with contextlib.suppress(OSError):
            fsync_directory(folder)
        logger.info("pruned %d old backup(s)", len(removed))
    return removed


# --- taking a backup ------------------------------------------------------------------------


def _new_name(folder: Path, moment: dt.datetime) -> str:
    base = NAME_PREFIX + moment.strftime("%Y-%m-%d-%H%M%S")
    name, n = base, 1
    while (folder / name).exists() or (folder / (name + TMP_SUFFIX)).exists():
        n += 1
        name = f"{base}-{n}"
    return name


def _next_sequence(folder: Path) -> int:
    sequences = [0]
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.is_dir() and entry.name.startswith(NAME_PREFIX):
                with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                    sequences.append(int(_read_manifest(entry)["sequence"]))
    return max(sequences) + 1


def _private_folder(folder: Path) -> None:
    """Backup folders are the owner's only, as the live key file is (0700)."""
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, FOLDER_MODE)


def _private_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def _full_check_due(folder: Path, moment: dt.datetime) -> bool:
    """True unless a backup of the last week already passed the full integrity_check."""
    since = moment.astimezone(dt.UTC) - FULL_CHECK_EVERY
    for backup in list_backups(folder):
        if not backup.verified or backup.created_at < since:
            continue
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            if _read_manifest(backup.path)["verified"].get("integrity_check") == "ok":
                return False
    return True


def take_backup(
    practice: OpenPractice,
    *,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    reason: str = "daily",
    prune_old: bool = True,
    full_check: bool | None = None,
    progress: Progress = SILENT,
    copier: Copier = db.copy_and_check,
) -> BackupInfo:
    """Take a verified backup now. Prunes the rolling window afterwards (only then).
    ``full_check``: run integrity_check too (default: when the last week had none).
    ``copier`` makes and checks the database copy (:func:`db.copy_and_check`, here or, for
    the desktop, in a child process: services/backup_process.py)."""
    require(practice.actor, Permission.BACKUP_RUN)
    folder = Path(folder) if folder is not None else backup_folder(practice)
    moment = _local_now(now)
    with _folder_lock(folder):
        _private_folder(folder)
        _clean_partials(folder)
        full = _full_check_due(folder, moment) if full_check is None else full_check
        name = _new_name(folder, moment)
        partial = folder / (name + TMP_SUFFIX)
        final = folder / name
        try:
            info = _write_backup(
                practice, partial, final, moment, reason, folder, progress, full, copier
            )
        except BaseException as exc:
            _remove_tree(partial)
            _record_failure(practice, exc)
            raise
        _audit(practice, "backup.taken", f"{info.name}, {info.size} bytes, {reason}")
        if prune_old:
            removed = prune(folder, now=moment, protect=final)
            if removed:
                _audit(
                    practice,
                    "backup.pruned",
                    f"{len(removed)} old backup(s) removed: " + ", ".join(removed),
                )
    progress.done("done")
    logger.info("backup %s written (%d bytes)", info.name, info.size)
    return info


def _record_failure(practice: OpenPractice, exc: BaseException) -> None:
    with contextlib.suppress(Exception):
        _audit(practice, "backup.failed", type(exc).__name__)


def _ledger_rows(entries: list[ErasureEntry]) -> list[dict[str, Any]]:
    return [
        {
            "client_id": int(e.client_id),
            "method": str(e.method),
            "reason": str(e.reason or ""),
            "erased_at": e.erased_at.isoformat(timespec="microseconds") if e.erased_at else "",
        }
        for e in entries
    ]


def _entries_from_rows(rows: list[dict[str, Any]]) -> list[ErasureEntry]:
    entries = []
    for row in rows:
        with contextlib.suppress(KeyError, TypeError, ValueError):
            entries.append(
                ErasureEntry(
                    client_id=int(row["client_id"]),
                    method=str(row["method"]),
                    reason=str(row.get("reason", "")),
                    erased_at=dt.datetime.fromisoformat(row["erased_at"]),
                )
            )
    return entries


@dataclass(frozen=True)
class WrittenCopy:
    """What a backend wrote into the new backup's folder (its copy of the data and the
    key-slot file), for :func:`_finish_backup` to seal and describe in the manifest.
    ``source``: what the copy read (its schema revision, row counts, audit chain head)."""

    source: Any
    database: dict[str, Any]
    verified: dict[str, Any]
    backend: str | None = None
    server_version: str | None = None


def _write_backup(
    practice: OpenPractice,
    partial: Path,
    final: Path,
    moment: dt.datetime,
    reason: str,
    folder: Path,
    progress: Progress,
    full_check: bool,
    copier: Copier,
) -> BackupInfo:
    try:
        partial.mkdir(parents=True, mode=FOLDER_MODE)
        _private_folder(partial)
        if practice.on_server:
            from clientmanager.services import server_backups

            written = server_backups.write_copy(practice, partial, progress)
        else:
            written = _write_file_copy(practice, partial, folder, progress, full_check, copier)
        manifest = _finish_backup(
            practice, partial, final, folder, moment=moment, reason=reason, written=written
        )
    except OSError as exc:
        raise _os_error(exc, doing=Label("the backup"), where=folder) from None
    return _info_from(final, manifest)


def _write_file_copy(
    practice: OpenPractice,
    partial: Path,
    folder: Path,
    progress: Progress,
    full_check: bool,
    copier: Copier,
) -> WrittenCopy:
    progress(0.0, "copying")
    database = partial / DATABASE_NAME
    step = progress.part(0.0, 0.8)
    try:
        checked = copier(
            practice.paths.database, practice.key, database, full=full_check, progress=step
        )
    except db.DriverError as exc:
        raise _sqlite_error(exc, doing=Label("the backup"), where=folder) from None
    snapshot, digest, problems = checked.snapshot, checked.sha256, checked.problems
    progress(0.8, "verifying")
    if problems:
        raise BackupCorrupt(
            "The new backup did not verify, so it was not kept: {problems}.",
            hint="Run 'clientmanager check' on the practice. The earlier backups were not touched.",
            problems="; ".join(problems),
        )
    progress(0.9, "sealing")
    shutil.copyfile(practice.paths.key_slots, partial / KEYS_NAME)
    return WrittenCopy(
        source=snapshot,
        database={"file": DATABASE_NAME, "size": database.stat().st_size, "sha256": digest},
        verified={
            "cipher_integrity_check": "ok",
            "sha256": "recorded after the copy",
            "integrity_check": "ok" if full_check else "not run (weekly)",
            "row_counts": "match the source" if full_check else "not compared (weekly)",
            "copy": snapshot.method,
        },
    )


def _finish_backup(
    practice: OpenPractice,
    partial: Path,
    final: Path,
    folder: Path,
    *,
    moment: dt.datetime,
    reason: str,
    written: WrittenCopy,
) -> dict[str, Any]:
    """The end of a backup, a practice's file or its office server's alike, once the copy
    and its key-slot file are written in ``partial``: seal the erasure ledger beside them,
    write the manifest, rename the folder into place (crash-safely). Returns the
    manifest."""
    source = written.source
    key = practice.key
    keys = partial / KEYS_NAME
    _private_file(keys)
    _fsync_file(keys)
    ledger_rows = _ledger_rows(_detached_ledger(practice))
    ledger_sha = sealed.seal_ledger(
        partial / LEDGER_NAME, ledger_rows, practice_id=practice.practice_id, key=key
    )
    head_hash = source.head_hash or audit.GENESIS_HASH
    manifest: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    if written.backend is not None:
        manifest["backend"] = written.backend
    manifest.update(
        {
            "created_at": moment.astimezone(dt.UTC).isoformat(timespec="seconds"),
            # To the microsecond, to tell whether an erasure came before or after it.
            "taken_at": moment.astimezone(dt.UTC).isoformat(timespec="microseconds"),
            "day": moment.date().isoformat(),
            "sequence": _next_sequence(folder),
            "reason": reason,
            "app_version": __version__,
            "schema_revision": source.schema_revision,
        }
    )
    if written.server_version is not None:
        manifest["server_version"] = written.server_version
    manifest.update(
        {
            "practice_id": practice.practice_id,
            "practice_name": practice.practice_name,
            "counts": source.counts,
            "audit_chain_head": head_hash,
            "audit_anchor": sealed.anchor(
                practice_id=practice.practice_id,
                epoch=audit.anchor_epoch(practice.paths.key_slots),
                entry=source.head_id,
                entry_hash=head_hash,
                key=key,
            ),
            "key_id": sealed.key_id(key),
            "database": written.database,
            "key_slots": {"file": KEYS_NAME, "sha256": sha256_of(keys)},
            "erasure_ledger": _ledger_manifest(partial / LEDGER_NAME, ledger_sha),
            "verified": written.verified,
        }
    )
    _write_manifest(partial, manifest)
    fsync_directory(partial)
    partial.rename(final)
    fsync_directory(folder)
    return manifest


def replay_and_record_restore(
    session: sa.orm.Session,
    actor: Actor,
    backup: BackupInfo,
    search: LedgerSearch,
    upgraded_from: str | None,
    uncovered: dt.datetime | None,
    *,
    on_server: bool = False,
    replaced: BackupInfo | None = None,
) -> int:
    """Re-apply the erasures made since ``backup`` was taken to its restored copy, and
    record the restore there (a file's or the office server's alike): how many erasures
    were re-applied. ``replaced``: the backup taken of the database the restore replaced."""
    replayed = len(erasure.replay_ledger(session, search.entries, actor=actor))
    audit.record(
        session,
        actor=actor,
        action="backup.restored",
        summary=(
            f"{backup.name} (taken {backup.created_at:%Y-%m-%d %H:%M} UTC)"
            + (" into the office server" if on_server else "")
            + (f"; replaced database kept as {replaced.name}" if replaced else "")
            + (f"; schema upgraded from {upgraded_from}" if upgraded_from else "")
            + (f"; {replayed} erasure(s) re-applied" if replayed else "")
            + ("; WARNING: a newer erasure could not be applied" if uncovered else "")
        )[:500],
    )
    return replayed


def _audit(practice: OpenPractice, action: str, summary: str) -> None:
    """An audit entry by the practice's actor, in a transaction of its own."""
    with practice.session() as session:
        audit.record(session, actor=practice.actor, action=action, summary=summary)


def _ledger_manifest(path: Path, digest: str) -> dict[str, Any]:
    summary = sealed.ledger_summary(path)
    return {
        "file": LEDGER_NAME,
        "sha256": digest,
        "entries": summary["entries"],
        "newest_erasure_at": summary["newest_erasure_at"],
    }


def _write_manifest(folder: Path, manifest: dict[str, Any]) -> None:
    """Write (or rewrite) a manifest crash-safely: the old one or the new one, never half."""
    from clientmanager.store.files import write_atomically

    path = folder / MANIFEST_NAME
    write_atomically(path, (json.dumps(manifest, indent=2) + "\n").encode("utf-8"))
    _private_file(path)


def take_daily_backup(
    practice: OpenPractice,
    *,
    now: dt.datetime | None = None,
    force: bool = False,
    progress: Progress = SILENT,
    copier: Copier = db.copy_and_check,
) -> BackupInfo | None:
    """Today's backup, if today has none yet (or always with ``force``). None if not due."""
    require(practice.actor, Permission.BACKUP_RUN)
    folder = backup_folder(practice)
    if not force and not backup_due(folder, now=now):
        return None
    return take_backup(practice, folder=folder, now=now, progress=progress, copier=copier)


# --- a backup's own key ---------------------------------------------------------------------


def backup_key(info: BackupInfo, live_key: bytes) -> bytes | None:
    """The key a backup of this practice was taken under, reached from the live key: the
    same key, or (after a re-key) the older key the re-key sealed into its key bridge.
    None when the live key cannot reach it (a backup older than a bridge, or another
    practice): then only its own key-slot file, with a password or the recovery code,
    opens it."""
    manifest = _read_manifest(info.path)
    wanted = manifest.get("key_id")
    if wanted is None or wanted == sealed.key_id(live_key):
        # Backups from before key ids were recorded: the live key, proven by opening.
        return live_key if wanted is not None or db.prove_key(info.database, live_key) else None
    return sealed.open_bridge(
        info.path / BRIDGE_NAME, live_key=live_key, practice_id=info.practice_id
    )


# --- verifying ------------------------------------------------------------------------------


def check_backup(path: Path, *, key: bytes | None = None, full: bool = True) -> VerifyResult:
    """Check a backup without changing it: files present, sizes and SHA-256 as recorded,
    the key-slot file readable; with ``key`` (the backup's own key), also open it and run
    the integrity checks and compare the row counts with the manifest."""
    info = read_backup(path)
    manifest = _read_manifest(info.path)
    problems: list[str] = []
    database = info.database
    if not database.exists():
        problems.append("the database file is missing")
    else:
        size = database.stat().st_size
        if size == 0:
            problems.append("the database file is empty")
        elif size != int(manifest["database"]["size"]):
            problems.append("the database file is truncated or changed (wrong size)")
        elif sha256_of(database) != manifest["database"]["sha256"]:
            problems.append("the database file has changed since it was made (SHA-256 differs)")
    try:
        slots = KeySlotFile.load(info.key_slots)
        if sha256_of(info.key_slots) != manifest["key_slots"]["sha256"]:
            problems.append("the key-slot file has changed since the backup was made")
        if slots.practice_id != info.practice_id:
            problems.append("the key-slot file belongs to another practice")
    except KeySlotFileError as exc:
        problems.append(exc.message)
    ledger = manifest.get("erasure_ledger")
    if ledger is not None:
        ledger_path = info.path / LEDGER_NAME
        if not ledger_path.exists():
            problems.append("the erasure ledger is missing")
        elif sha256_of(ledger_path) != ledger.get("sha256"):
            # An erasure appends to the ledger and then rewrites the manifest: a ledger
            # that grew is sound (it is authenticated when opened); anything else is not.
            try:
                grew = sealed.ledger_summary(ledger_path)["entries"] >= int(ledger["entries"])
            except (sealed.SealedFileError, KeyError, TypeError, ValueError):
                grew = False
            if not grew:
                problems.append("the erasure ledger has changed since the backup was made")
    if key is not None and not problems:
        if info.on_server:
            from clientmanager.services import server_backups

            problems.extend(server_backups.deep_check(info, key))
        else:
            problems.extend(db.check_file(database, key, info.counts, full=full))
    return VerifyResult(info, problems)


def verify_backup(
    practice: OpenPractice,
    path: Path,
    *,
    owner: Any = None,
    restore_test: bool | None = None,
    progress: Progress = SILENT,
) -> VerifyResult:
    """Verify a backup of this practice with its own key, record the outcome beside the
    backup (so the list shows it) and in the audit log.

    A backup of a practice on the office server is also restored into a scratch database
    on the server and compared with its manifest (``server_backups.restore_check``), as
    ``owner`` (a ``ServerOwner``) or, when it may create databases, the desktops' login.
    ``restore_test``: True requires that test (the CLI), None runs it when the login may,
    False skips it."""
    require(practice.actor, Permission.BACKUP_MANAGE)
    info = read_backup(path)
    key = backup_key(info, practice.key) if info.practice_id == practice.practice_id else None
    result = check_backup(info.path, key=key)
    if (
        result.ok
        and key is not None
        and info.on_server
        and practice.on_server
        and restore_test is not False
    ):
        from clientmanager.services import server_backups

        deeper = server_backups.restore_check(
            practice, info, key, owner=owner, required=bool(restore_test), progress=progress
        )
        if deeper:
            result = VerifyResult(result.backup, deeper)
    if key is None and result.ok:
        why = (
            "it belongs to another practice"
            if info.practice_id != practice.practice_id
            else "it was taken under a key this practice no longer holds"
        )
        result = VerifyResult(
            result.backup,
            [
                why + ", so only its checksums were checked (verify it with a password or the "
                "recovery code)"
            ],
        )
    status = {
        "ok": result.ok,
        "checked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "problem": "; ".join(result.problems) or None,
    }
    with contextlib.suppress(OSError):  # a write-protected USB drive: still report
        (info.path / STATUS_NAME).write_text(json.dumps(status) + "\n", encoding="utf-8")
    _audit(
        practice,
        "backup.verified" if result.ok else "backup.verify_failed",
        info.name if result.ok else f"{info.name}: {status['problem']}"[:500],
    )
    return VerifyResult(_info_from(info.path, manifest=_read_manifest(info.path)), result.problems)


def raise_if_unsound(result: VerifyResult) -> None:
    if not result.ok:
        raise BackupCorrupt(
            "The backup {name} is damaged and cannot be used: {problems}.",
            hint="Nothing was changed. Choose another backup, for example the one from the "
            "day before.",
            name=result.backup.name,
            problems="; ".join(result.problems),
        )


# --- copying off the PC ---------------------------------------------------------------------

_BACKUP_FILES = (
    DATABASE_NAME,
    SERVER_DUMP_NAME,
    KEYS_NAME,
    MANIFEST_NAME,
    LEDGER_NAME,
    BRIDGE_NAME,
)


def copy_destinations(practice: OpenPractice) -> list[Path]:
    """The off-PC folders backups were copied to (a USB drive), newest first."""
    with practice.sessions() as session:
        setting = session.get(Setting, COPY_DESTINATIONS_SETTING)
    if setting is None:
        return []
    with contextlib.suppress(ValueError, TypeError):
        return [Path(p) for p in json.loads(setting.value) if isinstance(p, str)]
    return []


def _remember_destination(session: sa.orm.Session, destination: Path) -> None:
    setting = session.get(Setting, COPY_DESTINATIONS_SETTING)
    known: list[str] = []
    if setting is not None:
        with contextlib.suppress(ValueError, TypeError):
            known = [p for p in json.loads(setting.value) if isinstance(p, str)]
    text = str(destination.absolute())
    known = [text] + [p for p in known if p != text]
    # Imported here: the settings forms stay out of the backup child's start-up.
    from clientmanager.services.settings import put_setting

    put_setting(session, COPY_DESTINATIONS_SETTING, json.dumps(known[:20]), setting)


def copy_backup(practice: OpenPractice, source: Path, destination: Path) -> Path:
    """Copy a backup into ``destination`` (a USB drive, a second disk). The copy appears
    under its final name only once every file is written, synced and checked. The folder
    is remembered, so a later erasure reaches this copy's ledger when the drive is in."""
    require(practice.actor, Permission.BACKUP_MANAGE)
    result = check_backup(source)
    raise_if_unsound(result)
    info = result.backup
    destination = Path(destination).expanduser()
    if not destination.is_dir():
        raise BackupFolderError(
            "The folder {destination} is not there.",
            hint="Plug in the drive or create the folder, then try again.",
            destination=destination,
        )
    final = destination / info.name
    if final.exists():
        raise BackupFolderError(
            "{destination} already holds a backup called {name}.",
            hint="It is probably the same backup copied earlier; choose another folder to "
            "keep a second copy.",
            destination=destination,
            name=info.name,
        )
    with _folder_lock(destination):
        _clean_partials(destination)
        partial = destination / (info.name + TMP_SUFFIX)
        try:
            partial.mkdir(mode=FOLDER_MODE)
            _private_folder(partial)
            for name in _BACKUP_FILES:
                if not (info.path / name).exists():
                    continue
                shutil.copyfile(info.path / name, partial / name)
                _private_file(partial / name)
                _fsync_file(partial / name)
            fsync_directory(partial)
            copied = check_backup(partial)
            if not copied.ok:
                raise BackupCorrupt(
                    "The copy did not match the backup: {problems}.",
                    hint="The drive may be failing. Try another drive.",
                    problems="; ".join(copied.problems),
                )
            partial.rename(final)
            fsync_directory(destination)
        except OSError as exc:
            _remove_tree(partial)
            raise _os_error(exc, doing=Label("copying the backup"), where=destination) from None
        except BaseException:
            _remove_tree(partial)
            raise
    with practice.session() as session:
        _remember_destination(session, destination)
        audit.record(
            session,
            actor=practice.actor,
            action="backup.copied",
            summary=f"{info.name} to {destination}"[:500],
        )
    return final


# --- restoring ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unlocked:
    """A backup's key, and who unlocked it (for the permission check and the audit)."""

    key: bytes = field(repr=False)
    actor: Actor


def unlock_backup(
    path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_code: str | None = None,
) -> Unlocked:
    """Unwrap a backup's key from its own key-slot file, as on a new PC. A password must
    belong to an active administrator in the backup; the recovery code acts as one."""
    info = read_backup(path)
    slots = KeySlotFile.load(info.key_slots)
    if recovery_code is not None:
        return Unlocked(slots.unwrap_with_recovery_code(recovery_code), Actor.recovery())
    if not username or password is None:
        raise ValueError("give a user name and password, or the recovery code")
    username = username.strip().casefold()
    if info.on_server:
        from clientmanager.services import server_backups

        raise_if_unsound(check_backup(info.path))
        return server_backups.unlock_server_backup(info, slots, username, password)
    key = slots.unwrap_with_password(username, password)
    raise_if_unsound(check_backup(info.path))
    row = db.user_row(info.database, key, username)
    if row is None or not row[2]:
        raise PermissionDenied(
            "That account is not active in this backup.",
            hint="Use an administrator's password from when the backup was taken, or the "
            "recovery code.",
        )
    return Unlocked(key, Actor(user_id=row[0], username=username, role=row[1]))


def _detached_ledger(practice: OpenPractice) -> list[ErasureEntry]:
    try:
        with practice.sessions() as session:
            rows = session.execute(
                sa.select(
                    ErasureEntry.client_id,
                    ErasureEntry.method,
                    ErasureEntry.reason,
                    ErasureEntry.erased_at,
                ).order_by(ErasureEntry.id)
            ).all()
    except sa.exc.OperationalError:  # a schema from before the ledger existed
        return []
    return [
        ErasureEntry(client_id=r.client_id, method=r.method, reason=r.reason, erased_at=r.erased_at)
        for r in rows
    ]


def _copy_file_synced(source: Path, target: Path) -> None:
    db.copy_file_synced(source, target)


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _settle(database: Path, key: bytes) -> None:
    """Fold the WAL into the database file and make sure nobody else has it open, so the
    file can be swapped without a stale WAL being applied to the new one."""
    if not db.checkpoint(database, key):
        raise DatabaseBusy(
            "The practice database is open in another program, so it cannot be replaced.",
            hint="Close ClientManager on this computer (and any scheduled backup), then "
            "restore again. Nothing was changed.",
        )


# --- the erasure ledgers a restore can find -------------------------------------------------


@dataclass
class LedgerSearch:
    """Every erasure a restore could learn of, and what it could not read."""

    entries: list[ErasureEntry] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    # Ledgers that exist but could not be opened (another key, damaged): their newest
    # erasure time, which is in the clear, still warns.
    unread_newest: list[dt.datetime] = field(default_factory=list)

    def add(self, entries: list[ErasureEntry], source: str) -> None:
        self.entries.extend(entries)
        self.sources.append(source)

    def newest_read(self) -> dt.datetime | None:
        return max((_naive_utc(e.erased_at) for e in self.entries if e.erased_at), default=None)

    def uncovered_since(self, taken: dt.datetime) -> dt.datetime | None:
        """The newest erasure known only from a ledger that could not be read, if it is
        newer than the backup and newer than every erasure that could be read."""
        read = self.newest_read()
        unread = max(self.unread_newest, default=None)
        if unread is None or unread <= _naive_utc(taken) or (read is not None and unread <= read):
            return None
        return unread


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _read_ledger_file(
    path: Path, practice_id: str, keys: list[bytes], search: LedgerSearch, label: str
) -> None:
    try:
        summary = sealed.ledger_summary(path)
    except sealed.SealedFileError:
        return
    if summary["practice_id"] != practice_id:
        return
    for key in keys:
        try:
            rows = sealed.open_ledger(path, practice_id=practice_id, key=key)
        except sealed.SealedFileError:
            continue
        search.add(_entries_from_rows(rows), label)
        return
    newest = summary.get("newest_erasure_at")
    if newest:
        with contextlib.suppress(ValueError):
            search.unread_newest.append(_naive_utc(dt.datetime.fromisoformat(newest)))


def find_ledgers(
    backup: BackupInfo,
    key: bytes,
    *,
    live: OpenPractice | None = None,
    extra_files: list[Path] | tuple[Path, ...] = (),
) -> LedgerSearch:
    """The erasure ledgers a restore of ``backup`` can find: its own, its sibling
    backups', the live practice's, and any file the person points to."""
    search = LedgerSearch()
    keys = [key] + ([live.key] if live is not None and live.is_open else [])
    _read_ledger_file(backup.path / LEDGER_NAME, backup.practice_id, keys, search, backup.name)
    with contextlib.suppress(OSError):
        for sibling in list_backups(backup.path.parent):
            if sibling.path == backup.path or sibling.practice_id != backup.practice_id:
                continue
            sibling_keys = list(keys)
            for known in keys:
                bridged = sealed.open_bridge(
                    sibling.path / BRIDGE_NAME, live_key=known, practice_id=backup.practice_id
                )
                if bridged is not None:
                    sibling_keys.append(bridged)
            _read_ledger_file(
                sibling.path / LEDGER_NAME, backup.practice_id, sibling_keys, search, sibling.name
            )
    if live is not None and live.is_open:
        search.add(_detached_ledger(live), "the practice being replaced")
    for extra in extra_files:
        extra = Path(extra).expanduser()
        if extra.is_dir():
            extra = extra / LEDGER_NAME
        if not extra.is_file():
            raise BackupFolderError(
                "There is no erasure ledger at {extra}.",
                hint="Point --ledger at an erasures.ledger file (every backup folder has one).",
                extra=extra,
            )
        before = len(search.sources)
        _read_ledger_file(extra, backup.practice_id, keys, search, str(extra))
        if len(search.sources) == before:
            raise BackupCorrupt(
                "The erasure ledger {extra} cannot be opened with this backup's key.",
                hint="Choose the ledger of a backup of this practice taken with the same key "
                "(before any re-key), or unlock with the recovery code of that time.",
                extra=extra,
            )
    return search


def restore_backup(
    path: Path,
    *,
    paths: PracticePaths,
    unlocked: Unlocked,
    live: OpenPractice | None = None,
    replace_damaged: bool = False,
    ledger_files: list[Path] | tuple[Path, ...] = (),
    progress: Progress = SILENT,
) -> RestoreResult:
    """Replace the practice with a backup, or set it up from one in an empty folder.

    With a practice in place, ``live`` must be it, unlocked: it is backed up (verified)
    first, its erasure ledger is carried over, and it is closed; the caller must unlock
    again afterwards. With ``replace_damaged`` and no ``live`` (the practice is damaged
    and will not open), its files are set aside as they are and its erasure ledger is read
    if it still can be. Every erasure ledger that can be found (the backup's own, its
    siblings', the live practice's, ``ledger_files``) is applied, so nobody erased comes
    back. The new database is prepared beside the old one (schema upgraded, erasures
    replayed and scrubbed, restore audited) and swapped in with one atomic rename; any
    failure before that leaves the old database exactly as it was.
    """
    actor = live.actor if live is not None else unlocked.actor
    require(actor, Permission.RESTORE)
    progress(0.0, "verifying")
    if read_backup(path).on_server:
        raise BackupError(
            "This is a backup of a practice on an office server: it restores into a new, "
            "empty database on a server, not into a data folder.",
            hint="Create an empty database on the server, then run: clientmanager restore "
            "BACKUP --server postgresql://OWNER@SERVER/NEWDB --app-login LOGIN --data-dir "
            "NEW-FOLDER. Nothing was changed.",
        )
    result = check_backup(path, key=unlocked.key, full=True)
    raise_if_unsound(result)
    backup = result.backup
    if (paths.data_dir / SERVER_POINTER_NAME).exists():
        raise BackupError(
            "This PC's folder {folder} points at the practice on the office server, so a "
            "backup from one PC cannot be restored into it.",
            hint="Restore it into another folder with --data-dir. Nothing was changed.",
            folder=paths.data_dir,
        )
    progress(0.25, "verifying")
    search = find_ledgers(backup, unlocked.key, live=live, extra_files=ledger_files)

    has_current = paths.database.exists()
    damaged_copy: Path | None = None
    ledger_unreadable = False
    safety: BackupInfo | None = None
    current_key: bytes | None = None
    if has_current:
        if (live is None or not live.is_open) and not replace_damaged:
            raise BackupError(
                "A practice is already in this folder; unlock it before restoring over it.",
                hint="Sign in as an administrator (or use the recovery code) so it can be "
                "backed up first, or restore into an empty folder with --data-dir. If the "
                "practice is damaged and will not open, use --replace-damaged.",
            )
    if has_current and (live is None or not live.is_open):
        damaged_copy, damaged_ledger, ledger_unreadable = _set_aside_damaged(
            paths, backup, unlocked.key
        )
        search.add(damaged_ledger, "the damaged practice")
    elif has_current and live is not None:
        if live.practice_id != backup.practice_id:
            raise OtherPractice(
                "This backup is of another practice ({practice}).",
                hint="Restore it into an empty folder with --data-dir instead. Nothing was "
                "changed.",
                practice=backup.practice_name,
            )
        safety = take_backup(live, reason="before restore", prune_old=False)
        progress(0.5, "backing up the current database")
        current_key = live.key
        live.close()
        _settle(paths.database, current_key)
    if not has_current:
        paths.data_dir.mkdir(parents=True, exist_ok=True)

    staged = paths.data_dir / (".restore-" + DATABASE_NAME + TMP_SUFFIX)
    staged_keys = paths.data_dir / (".restore-" + KEYS_NAME + TMP_SUFFIX)
    for leftover in (staged, staged_keys, *_sidecars(staged)):
        leftover.unlink(missing_ok=True)
    upgraded_from: str | None = None
    replayed = 0
    keep_current_keys = current_key is not None and current_key == unlocked.key
    taken = backup.created_at
    with contextlib.suppress(KeyError, TypeError, ValueError):
        taken = dt.datetime.fromisoformat(_read_manifest(backup.path)["taken_at"])
    uncovered = search.uncovered_since(taken)
    try:
        _copy_file_synced(backup.database, staged)
        _private_file(staged)
        if sha256_of(staged) != _read_manifest(backup.path)["database"]["sha256"]:
            raise BackupCorrupt(
                "The backup changed while it was being read.",
                hint="Copy it to this computer's disk first, then restore from there.",
            )
        progress(0.65, "preparing")
        engine = create_practice_engine(staged, unlocked.key)
        try:
            revision = migrate.current_revision(engine)
            if revision != migrate.head_revision():
                upgraded_from = revision
                migrate.upgrade(engine)
            sessions = session_factory(engine)
            with sessions() as session, session.begin():
                replayed = replay_and_record_restore(
                    session, actor, backup, search, upgraded_from, uncovered, replaced=safety
                )
            if replayed:
                # The backup's file still holds the erased people's search tokens and
                # freed pages until it is scrubbed.
                erasure.scrub(engine, progress=progress.part(0.7, 0.85))
            else:
                db.checkpoint_engine(engine)
            head = audit.head_of(sessions)
        finally:
            engine.dispose()
        if any(p.exists() for p in _sidecars(staged)):
            raise DatabaseBusy("The restored database could not be closed cleanly.")
        _fsync_file(staged)
        if not keep_current_keys:
            _copy_file_synced(backup.key_slots, staged_keys)
            _private_file(staged_keys)
        progress(0.9, "swapping")
        _swap_in(paths, staged, staged_keys if not keep_current_keys else None)
        # The restored trail is the practice's trail from now on: a new anchor epoch, so
        # anchors of the replaced database's later entries are not held against it.
        audit.write_anchor(
            paths.key_slots,
            practice_id=backup.practice_id,
            head=head,
            key=unlocked.key,
            new_epoch=True,
        )
    except OSError as exc:
        raise _os_error(exc, doing=Label("the restore"), where=paths.data_dir) from None
    except db.DriverError as exc:
        raise _sqlite_error(exc, doing=Label("the restore"), where=paths.data_dir) from None
    finally:
        for leftover in (staged, staged_keys, *_sidecars(staged)):
            leftover.unlink(missing_ok=True)
    progress.done("done")
    logger.info("restored %s", backup.name)
    return RestoreResult(
        backup,
        safety,
        upgraded_from,
        replayed,
        keep_current_keys,
        damaged_copy,
        ledger_unreadable,
        uncovered_erasure_at=uncovered,
        ledgers_used=tuple(search.sources),
    )


def _set_aside_damaged(
    paths: PracticePaths, backup: BackupInfo, key: bytes
) -> tuple[Path, list[ErasureEntry], bool]:
    """Keep a damaged practice's files exactly as they are (they cannot be backed up), and
    read what can still be read of its erasure ledger. Returns (copy, ledger, unreadable)."""
    with contextlib.suppress(ClientManagerError):
        if KeySlotFile.load(paths.key_slots).practice_id != backup.practice_id:
            raise OtherPractice(
                "This backup is of another practice ({practice}).",
                hint="Restore it into an empty folder with --data-dir instead. Nothing was "
                "changed.",
                practice=backup.practice_name,
            )
    ledger: list[ErasureEntry] = []
    readable = True
    try:
        ledger = [
            ErasureEntry(client_id=c, method=m, reason=r, erased_at=at)
            for c, m, r, at in db.read_ledger_rows(paths.database, key)
        ]
    except (ClientManagerError, db.DriverError, ValueError, TypeError):
        readable = False
        logger.warning("the erasure ledger of the damaged database could not be read")
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H%M%S")
    folder = paths.backups / f"damaged-{stamp}"
    partial = folder.with_name(folder.name + TMP_SUFFIX)
    try:
        partial.mkdir(parents=True)
        for source in (paths.database, *_sidecars(paths.database), paths.key_slots):
            if source.exists():
                _copy_file_synced(source, partial / source.name)
        fsync_directory(partial)
        partial.rename(folder)
        fsync_directory(folder.parent)
    except OSError as exc:
        _remove_tree(partial)
        raise _os_error(
            exc, doing=Label("keeping a copy of the damaged database"), where=folder
        ) from None
    # Its WAL belongs to the damaged file: it must never be applied to the restored one.
    for sidecar in _sidecars(paths.database):
        sidecar.unlink(missing_ok=True)
    return folder, ledger, not readable


def _swap_in(paths: PracticePaths, staged: Path, staged_keys: Path | None) -> None:
    """Put the prepared files in place. The database goes in with one atomic rename; when
    the key-slot file must change too, the old database is held by a hard link (or a copy)
    until the keys are in, so a failure between the two puts the old database back."""
    database, keys = paths.database, paths.key_slots
    if staged_keys is None:
        os.replace(staged, database)
        fsync_directory(paths.data_dir)
        return
    aside = paths.data_dir / (".replaced-" + DATABASE_NAME + TMP_SUFFIX)
    aside.unlink(missing_ok=True)
    had_database = database.exists()
    if had_database:
        try:
            os.link(database, aside)
        except OSError:
            shutil.copy2(database, aside)
    try:
        if not had_database:
            # A new PC: keys first, so a practice.db never exists without its keys.
            os.replace(staged_keys, keys)
            os.replace(staged, database)
        else:
            os.replace(staged, database)
            os.replace(staged_keys, keys)
        fsync_directory(paths.data_dir)
    except BaseException:
        if had_database and aside.exists():
            os.replace(aside, database)
        raise
    finally:
        aside.unlink(missing_ok=True)


# --- after an erasure, and after a re-key: the retained backups follow ----------------------


def _reachable_backups(practice: OpenPractice) -> tuple[list[BackupInfo], list[str]]:
    """This practice's backups in the backup folder and in every off-PC folder a backup
    was copied to that is reachable now; and the folders that are not."""
    found: list[BackupInfo] = []
    unreachable: list[str] = []
    folders = [backup_folder(practice), *copy_destinations(practice)]
    seen: set[Path] = set()
    for folder in folders:
        if folder in seen:
            continue
        seen.add(folder)
        if not folder.is_dir():
            unreachable.append(str(folder))
            continue
        found.extend(b for b in list_backups(folder) if b.practice_id == practice.practice_id)
    return found, unreachable


def _merge_rows(*groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    merged: dict[tuple, dict[str, Any]] = {}
    for rows in groups:
        for row in rows:
            with contextlib.suppress(KeyError, TypeError, ValueError):
                erased_at = row.get("erased_at") or None
                key = erasure.ledger_key(
                    int(row["client_id"]),
                    str(row["method"]),
                    dt.datetime.fromisoformat(erased_at) if erased_at else None,
                )
                merged.setdefault(key, row)
    return sorted(merged.values(), key=lambda r: (str(r.get("erased_at", "")), r["client_id"]))


def _update_manifest(info: BackupInfo, **changes: Any) -> None:
    manifest = _read_manifest(info.path)
    manifest.update(changes)
    _write_manifest(info.path, manifest)


def append_erasures(
    practice: OpenPractice, *, progress: Progress = SILENT
) -> tuple[int, list[str]]:
    """Write the live erasure ledger into every reachable retained backup's ledger (kept
    encrypted under each backup's own key). Returns (backups updated, not reached)."""
    live_rows = _ledger_rows(_detached_ledger(practice))
    found, unreachable = _reachable_backups(practice)
    updated = 0
    for n, info in enumerate(found):
        progress.counted(n, len(found), "updating the backups' erasure ledgers")
        key = backup_key(info, practice.key)
        if key is None:
            unreachable.append(f"{info.name} (taken under a key no longer reachable)")
            continue
        path = info.path / LEDGER_NAME
        own: list[dict[str, Any]] = []
        with contextlib.suppress(sealed.SealedFileError):
            own = sealed.open_ledger(path, practice_id=info.practice_id, key=key)
        rows = _merge_rows(own, live_rows)
        if path.exists() and len(rows) == len(own):
            continue
        try:
            digest = sealed.seal_ledger(path, rows, practice_id=info.practice_id, key=key)
            _update_manifest(info, erasure_ledger=_ledger_manifest(path, digest))
        except OSError as exc:
            unreachable.append(f"{info.name} ({exc.strerror or 'cannot be written'})")
            continue
        updated += 1
    progress.done("backups' erasure ledgers updated")
    return updated, unreachable


def rekey_backups(
    practice: OpenPractice, *, old_key: bytes, new_key: bytes
) -> tuple[int, list[str]]:
    """After the live database got ``new_key``: seal each retained backup's own key under
    the new key (its key bridge), so the practice can still verify it and carry erasures
    into it, and remove from its key-slot file every user who no longer has a slot in the
    live one, so a leaver's password opens none of them."""
    live_users = set(KeySlotFile.load(practice.paths.key_slots).usernames())
    found, unreachable = _reachable_backups(practice)
    updated = 0
    for info in found:
        key = backup_key(info, old_key)
        try:
            if key is not None:
                sealed.add_bridge(
                    info.path / BRIDGE_NAME,
                    old_key=key,
                    new_key=new_key,
                    practice_id=info.practice_id,
                )
            else:
                unreachable.append(f"{info.name} (its key is no longer reachable)")
            slots = KeySlotFile.load(info.key_slots)
            leavers = [u for u in slots.usernames() if u not in live_users]
            for username in leavers:
                slots.remove_user_slot(username)
            if leavers:
                slots.save(info.key_slots)
                _private_file(info.key_slots)
                _update_manifest(
                    info, key_slots={"file": KEYS_NAME, "sha256": sha256_of(info.key_slots)}
                )
        except (OSError, KeySlotFileError) as exc:
            unreachable.append(f"{info.name} ({getattr(exc, 'strerror', None) or 'not written'})")
            continue
        updated += 1
    return updated, unreachable


@dataclass(frozen=True)
class PurgeResult:
    purged: list[str]  # backups rewritten without the erased people
    already_clean: list[str]
    not_reached: list[str]


def purge_erased(practice: OpenPractice, *, progress: Progress = SILENT) -> PurgeResult:
    """Remove every erased person from the retained backups: each backup is rewritten
    (erasures applied, search index merged, file rebuilt by VACUUM and re-encrypted page by
    page), verified in full, and swapped in with its manifest updated. A backup that does
    not hold anyone erased is left as it is."""
    require(practice.actor, Permission.BACKUP_MANAGE)
    live_rows = _ledger_rows(_detached_ledger(practice))
    found, unreachable = _reachable_backups(practice)
    purged: list[str] = []
    clean: list[str] = []
    for n, info in enumerate(found):
        step = progress.part(n / max(len(found), 1), (n + 1) / max(len(found), 1))
        if info.on_server:
            unreachable.append(
                f"{info.name} (a server backup: it cannot be rewritten yet; a restore applies "
                "its erasure ledger)"
            )
            continue
        key = backup_key(info, practice.key)
        if key is None:
            unreachable.append(f"{info.name} (taken under a key no longer reachable)")
            continue
        try:
            with _folder_lock(info.path.parent):
                if _purge_one(practice, info, key, live_rows, step):
                    purged.append(info.name)
                else:
                    clean.append(info.name)
        except OSError as exc:
            unreachable.append(f"{info.name} ({exc.strerror or 'cannot be written'})")
        except BackupBusy:
            unreachable.append(f"{info.name} (a backup is being written there)")
    progress.done("done")
    if purged:
        _audit(
            practice,
            "backup.purged_erased",
            f"erased people removed from {len(purged)} backup(s)",
        )
    return PurgeResult(purged, clean, unreachable)


def _purge_one(
    practice: OpenPractice,
    info: BackupInfo,
    key: bytes,
    live_rows: list[dict[str, Any]],
    progress: Progress,
) -> bool:
    ledger_path = info.path / LEDGER_NAME
    own: list[dict[str, Any]] = []
    with contextlib.suppress(sealed.SealedFileError):
        own = sealed.open_ledger(ledger_path, practice_id=info.practice_id, key=key)
    rows = _merge_rows(own, live_rows)
    staged = info.path / (DATABASE_NAME + ".purge" + TMP_SUFFIX)
    for leftover in (staged, *_sidecars(staged)):
        leftover.unlink(missing_ok=True)
    raise_if_unsound(check_backup(info.path))
    try:
        progress(0.0, f"{info.name}: copying")
        _copy_file_synced(info.database, staged)
        _private_file(staged)
        engine = create_practice_engine(staged, key)
        try:
            revision = migrate.current_revision(engine)
            if revision != migrate.head_revision():
                migrate.upgrade(engine)
            sessions = session_factory(engine)
            with sessions() as session, session.begin():
                applied = erasure.replay_ledger(
                    session, _entries_from_rows(rows), actor=practice.actor
                )
            if not applied:
                return False
            erasure.scrub(engine, progress.part(0.2, 0.7))
            head = audit.head_of(sessions)
        finally:
            engine.dispose()
        db.make_standalone(staged, key)
        progress(0.75, f"{info.name}: verifying")
        summary = db.read_summary(staged, key)
        problems = db.check_file(staged, key, summary.counts, full=True)
        if problems:
            raise BackupCorrupt(
                "The purged copy of {name} did not verify: {problems}.",
                hint="The backup itself was not changed. Run 'clientmanager check'.",
                name=info.name,
                problems="; ".join(problems),
            )
        _fsync_file(staged)
        digest = sha256_of(staged)
        ledger_digest = sealed.seal_ledger(ledger_path, rows, practice_id=info.practice_id, key=key)
        manifest = _read_manifest(info.path)
        manifest.update(
            counts=summary.counts,
            schema_revision=summary.schema_revision,
            audit_chain_head=head[1],
            audit_anchor=sealed.anchor(
                practice_id=info.practice_id,
                epoch=str((manifest.get("audit_anchor") or {}).get("epoch") or "purged"),
                entry=head[0],
                entry_hash=head[1],
                key=key,
            ),
            database={"file": DATABASE_NAME, "size": staged.stat().st_size, "sha256": digest},
            erasure_ledger=_ledger_manifest(ledger_path, ledger_digest),
            purged_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        )
        os.replace(staged, info.database)
        _write_manifest(info.path, manifest)
        fsync_directory(info.path)
        (info.path / STATUS_NAME).unlink(missing_ok=True)
        return True
    finally:
        for leftover in (staged, *_sidecars(staged)):
            leftover.unlink(missing_ok=True)
