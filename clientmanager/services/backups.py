"""Backups: verified, encrypted copies of the practice, a rolling 30-day window, copies for
a USB drive, and restores that are never half-done.

A backup is a folder, ``backup-YYYY-MM-DD-HHMMSS``, holding three files:

* ``practice.db``: the database copied with SQLite's online backup API, still encrypted
  under the practice key (the key never leaves its slots);
* ``practice.keys``: the key-slot file as it was, so the folder alone restores on a new PC
  with a user's password or the recovery code;
* ``manifest.json``: when, which app and schema version, row counts, size and SHA-256 of
  both files, and the audit-chain head. No client data and no secret.

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
import hashlib
import json
import logging
import os
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlcipher3 import dbapi2 as sqlcipher

from clientmanager import __version__
from clientmanager.errors import (
    ClientManagerError,
    DatabaseBusy,
    DatabaseUnreadable,
    KeySlotFileError,
    PermissionDenied,
)
from clientmanager.paths import PracticePaths
from clientmanager.services import audit, erasure
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, require
from clientmanager.services.practice import OpenPractice
from clientmanager.store import migrate
from clientmanager.store.engine import (
    connect,
    create_practice_engine,
    key_pragma,
    session_factory,
)
from clientmanager.store.files import fsync_directory
from clientmanager.store.keyslots import KeySlotFile
from clientmanager.store.models import ErasureEntry, Setting

logger = logging.getLogger(__name__)

FORMAT = "clientmanager-backup"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
DATABASE_NAME = "practice.db"
KEYS_NAME = "practice.keys"
STATUS_NAME = "status.json"
NAME_PREFIX = "backup-"
TMP_SUFFIX = ".tmp"
LOCK_NAME = ".backup.lock"

KEEP_DAYS = 30
KEEP_NEWEST = 5
BACKUP_FOLDER_SETTING = "backup_folder"

# Pages copied per step of the online backup: about 16 MiB at SQLCipher's 4 KiB pages,
# small enough for smooth progress, large enough that stepping costs nothing measurable.
PAGES_PER_STEP = 4096
# Page cache for verifying a copy: the whole file, up to this much (freed straight after).
VERIFY_CACHE_MAX_KIB = 512 * 1024
_CHUNK = 1024 * 1024

Progress = Callable[[str, float], None]


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

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def database(self) -> Path:
        return self.path / DATABASE_NAME

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


# --- small helpers --------------------------------------------------------------------------


def _report(progress: Progress | None, phase: str, fraction: float) -> None:
    if progress is not None:
        progress(phase, max(0.0, min(1.0, fraction)))


def _local_now(now: dt.datetime | None) -> dt.datetime:
    """The moment, as an aware datetime in the computer's time zone (tests pass ``now``)."""
    moment = now or dt.datetime.now().astimezone()
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone()


def today(now: dt.datetime | None = None) -> dt.date:
    """The practice's calendar day: the local date of ``now`` (tests pass a fake one)."""
    return _local_now(now).date()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _os_error(exc: OSError, *, doing: str, where: Path) -> BackupError:
    """Turn a file-system failure into a message that says what to do."""
    if exc.errno in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", -1)):
        return DiskFull(
            f"There is not enough free space in {where} for {doing}.",
            hint="Free some space on that drive or choose another backup folder, then try "
            "again. The practice database and the earlier backups were not changed.",
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BackupFolderError(
            f"{where} cannot be written to, so {doing} was not possible.",
            hint="Check that the drive is not write-protected or read-only and that you may "
            "write there, or choose another folder. Nothing was changed.",
        )
    if exc.errno == errno.ENOENT:
        return BackupFolderError(
            f"The folder {where} is not there.",
            hint="Plug in the drive or create the folder, or choose another one.",
        )
    return BackupError(
        f"{doing[:1].upper() + doing[1:]} failed: {exc.strerror or type(exc).__name__}.",
        hint=f"Check the drive holding {where} and try again. Nothing was changed.",
    )


def _sqlite_error(exc: sqlcipher.Error, *, doing: str, where: Path) -> BackupError:
    message = str(exc).lower()
    if "full" in message:
        return _os_error(OSError(errno.ENOSPC, "disk full"), doing=doing, where=where)
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return _os_error(OSError(errno.EROFS, "read-only"), doing=doing, where=where)
    if "locked" in message or "busy" in message:
        return BackupBusy(
            "The practice database was busy, so " + doing + " could not finish.",
            hint="Wait a minute and try again.",
        )
    if "disk i/o" in message:
        # SQLite reports a write refused for size (EFBIG) or a failing drive this way.
        return DiskFull(
            f"Writing to {where} failed ({doing}): the drive may be full or failing.",
            hint="Free some space or choose another backup folder, then try again. The "
            "practice database and the earlier backups were not changed.",
        )
    return BackupError(
        f"{doing[:1].upper() + doing[1:]} failed: {exc}.",
        hint="Run 'clientmanager check'; if it reports damage, restore the newest backup.",
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
        raise _os_error(exc, doing="a backup", where=folder) from None
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
    with practice.sessions() as session:
        setting = session.get(Setting, BACKUP_FOLDER_SETTING)
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
        raise _os_error(exc, doing="keeping backups", where=target) from None
    with practice.session() as session:
        setting = session.get(Setting, BACKUP_FOLDER_SETTING)
        if folder is None:
            if setting is not None:
                session.delete(setting)
        elif setting is None:
            session.add(Setting(key=BACKUP_FOLDER_SETTING, value=str(target)))
        else:
            setting.value = str(target)
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
    database = folder / DATABASE_NAME
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
            f"There is no backup at {folder}.",
            hint="Check the path; a backup is a folder named like backup-2026-01-31-170000.",
        )
    try:
        return _info_from(folder, _read_manifest(folder))
    except FileNotFoundError:
        raise BackupCorrupt(
            f"{folder.name} is not a complete ClientManager backup: its manifest is missing.",
            hint="Choose a folder named like backup-2026-01-31-170000 that holds "
            "manifest.json, practice.db and practice.keys.",
        ) from None
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupCorrupt(
            f"The backup {folder.name} is damaged: its manifest cannot be read.",
            hint="Use another backup, for example the one from the day before.",
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


def _user_tables(connection: sqlcipher.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted(
        name for name, sql in rows if not (sql or "").upper().startswith("CREATE VIRTUAL")
    )


def _quote(name: str) -> str:
    # Table names come from sqlite_schema of our own database, never from a person.
    return '"' + name.replace('"', '""') + '"'


def _count_rows(connection: sqlcipher.Connection) -> dict[str, int]:
    return {
        table: connection.execute("SELECT count(*) FROM " + _quote(table)).fetchone()[0]  # noqa: S608
        for table in _user_tables(connection)
    }


def _schema_revision(connection: sqlcipher.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.DatabaseError:
        return None
    return row[0] if row else None


def _chain_head(connection: sqlcipher.Connection) -> str | None:
    try:
        row = connection.execute(
            "SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except sqlcipher.DatabaseError:
        return None
    return row[0] if row else audit.GENESIS_HASH


def _open_copy(path: Path, key: bytes) -> sqlcipher.Connection | str:
    try:
        return connect(path, key, read_only=True)
    except DatabaseUnreadable:
        return "the database does not open with the practice key (damaged or another key)"
    except sqlcipher.Error as exc:
        return f"the database cannot be opened ({exc})"


def _cipher_check(path: Path, key: bytes, digest: bool) -> tuple[list[str], str | None]:
    """The page-by-page HMAC check, then (optionally) the file's SHA-256."""
    connection = _open_copy(path, key)
    if isinstance(connection, str):
        return [connection], None
    try:
        damaged = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher.DatabaseError as exc:
        return [f"cipher_integrity_check could not finish ({exc})"], None
    finally:
        connection.close()
    problems = [f"cipher_integrity_check found {len(damaged)} damaged page(s)"] if damaged else []
    return problems, sha256_of(path) if digest else None


def _structure_check(path: Path, key: bytes, expected_counts: dict[str, int] | None) -> list[str]:
    """SQLite's integrity_check, then the row counts against what the source held."""
    connection = _open_copy(path, key)
    if isinstance(connection, str):
        return [connection]
    problems: list[str] = []
    try:
        # integrity_check looks every index entry up in its table: with the whole file in
        # the page cache each page is decrypted once instead of again on every miss.
        cache_kib = min(VERIFY_CACHE_MAX_KIB, path.stat().st_size // 1024 + 1024)
        connection.execute("PRAGMA cache_size = -" + str(max(cache_kib, 2048)))
        result = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.append("integrity_check: " + "; ".join(result[:3]))
        elif expected_counts is not None:
            counts = _count_rows(connection)
            if counts != expected_counts:
                differing = sorted(
                    t
                    for t in set(counts) | set(expected_counts)
                    if counts.get(t) != expected_counts.get(t)
                )
                problems.append("row counts differ from the source in " + ", ".join(differing))
    except sqlcipher.DatabaseError as exc:
        problems.append(f"the database could not be read to the end ({exc})")
    finally:
        connection.close()
    return problems


def _check_database(
    path: Path, key: bytes, expected_counts: dict[str, int] | None, *, digest: bool = False
) -> tuple[list[str], str | None]:
    """Open a copy read-only and run the checks a backup must pass. The cipher check (and
    the SHA-256) run on a second connection alongside integrity_check: both release the
    GIL, so on a multi-core PC the two passes over the file overlap."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-check") as pool:
        cipher = pool.submit(_cipher_check, path, key, digest)
        structure = _structure_check(path, key, expected_counts)
        cipher_problems, sha = cipher.result()
    problems = cipher_problems + [p for p in structure if p not in cipher_problems]
    return problems, sha


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


def _copy_database(
    source: Path, key: bytes, target: Path, progress: Progress | None
) -> tuple[dict[str, int], str | None, str | None]:
    """Online-backup ``source`` into ``target`` from one read snapshot. Returns the row
    counts, schema revision and audit-chain head of that snapshot."""
    source_connection = connect(source, key)
    try:
        # One read transaction: the counts, the chain head and every page copied below
        # come from the same snapshot, however busy the practice is meanwhile.
        source_connection.isolation_level = None
        source_connection.execute("BEGIN")
        counts = _count_rows(source_connection)
        revision = _schema_revision(source_connection)
        head = _chain_head(source_connection)
        target_connection = sqlcipher.connect(str(target), check_same_thread=False)
        try:
            # The copy is a scratch file until it verifies: no journal and no syncs while
            # pages are written (it is fsynced once, below); a crash leaves a .tmp only.
            target_connection.execute(key_pragma(key))
            target_connection.execute("PRAGMA cipher_compatibility = 4")
            target_connection.execute("PRAGMA temp_store = MEMORY")
            target_connection.execute("PRAGMA journal_mode = OFF").fetchall()
            target_connection.execute("PRAGMA synchronous = OFF")

            def stepped(_status: int, remaining: int, total: int) -> None:
                _report(progress, "copying", 0.6 * (total - remaining) / max(total, 1))

            source_connection.backup(target_connection, pages=PAGES_PER_STEP, progress=stepped)
            # A backup is one self-contained file: no WAL beside it.
            # The pages came from a WAL database; mark the copy as a plain rollback-journal
            # file so it opens read-only anywhere (a USB stick) without -wal/-shm files.
            target_connection.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            target_connection.close()
        source_connection.execute("COMMIT")
    finally:
        source_connection.close()
    return counts, revision, head


def take_backup(
    practice: OpenPractice,
    *,
    folder: Path | None = None,
    now: dt.datetime | None = None,
    reason: str = "daily",
    prune_old: bool = True,
    progress: Progress | None = None,
) -> BackupInfo:
    """Take a verified backup now. Prunes the rolling window afterwards (only then)."""
    require(practice.actor, Permission.BACKUP_RUN)
    folder = Path(folder) if folder is not None else backup_folder(practice)
    moment = _local_now(now)
    with _folder_lock(folder):
        _clean_partials(folder)
        name = _new_name(folder, moment)
        partial = folder / (name + TMP_SUFFIX)
        final = folder / name
        try:
            info = _write_backup(practice, partial, final, moment, reason, folder, progress)
        except BaseException as exc:
            _remove_tree(partial)
            _record_failure(practice, exc)
            raise
        with practice.session() as session:
            audit.record(
                session,
                actor=practice.actor,
                action="backup.taken",
                summary=f"{info.name}, {info.size} bytes, {reason}",
            )
        if prune_old:
            removed = prune(folder, now=moment, protect=final)
            if removed:
                with practice.session() as session:
                    audit.record(
                        session,
                        actor=practice.actor,
                        action="backup.pruned",
                        summary=f"{len(removed)} old backup(s) removed: " + ", ".join(removed),
                    )
    _report(progress, "done", 1.0)
    logger.info("backup %s written (%d bytes)", info.name, info.size)
    return info


def _record_failure(practice: OpenPractice, exc: BaseException) -> None:
    with contextlib.suppress(Exception):
        with practice.session() as session:
            audit.record(
                session,
                actor=practice.actor,
                action="backup.failed",
                summary=type(exc).__name__,
            )


def _write_backup(
    practice: OpenPractice,
    partial: Path,
    final: Path,
    moment: dt.datetime,
    reason: str,
    folder: Path,
    progress: Progress | None,
) -> BackupInfo:
    doing = "the backup"
    _report(progress, "copying", 0.0)
    try:
        partial.mkdir(parents=True)
        database = partial / DATABASE_NAME
        try:
            counts, revision, head = _copy_database(
                practice.paths.database, practice.key, database, progress
            )
        except sqlcipher.Error as exc:
            raise _sqlite_error(exc, doing=doing, where=folder) from None
        _fsync_file(database)
        _report(progress, "verifying", 0.6)
        problems, digest = _check_database(database, practice.key, counts, digest=True)
        if problems:
            raise BackupCorrupt(
                "The new backup did not verify, so it was not kept: " + "; ".join(problems) + ".",
                hint="Run 'clientmanager check' on the practice. The earlier backups were "
                "not touched.",
            )
        _report(progress, "sealing", 0.9)
        keys = partial / KEYS_NAME
        shutil.copyfile(practice.paths.key_slots, keys)
        _fsync_file(keys)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created_at": moment.astimezone(dt.UTC).isoformat(timespec="seconds"),
            "day": moment.date().isoformat(),
            "sequence": _next_sequence(folder),
            "reason": reason,
            "app_version": __version__,
            "schema_revision": revision,
            "practice_id": practice.practice_id,
            "practice_name": practice.practice_name,
            "counts": counts,
            "audit_chain_head": head,
            "database": {"file": DATABASE_NAME, "size": database.stat().st_size, "sha256": digest},
            "key_slots": {"file": KEYS_NAME, "sha256": sha256_of(keys)},
            "verified": {
                "cipher_integrity_check": "ok",
                "integrity_check": "ok",
                "row_counts": "match the source",
            },
        }
        manifest_path = partial / MANIFEST_NAME
        manifest_path.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _fsync_file(manifest_path)
        fsync_directory(partial)
        partial.rename(final)
        fsync_directory(folder)
    except OSError as exc:
        raise _os_error(exc, doing=doing, where=folder) from None
    return _info_from(final, manifest)


def take_daily_backup(
    practice: OpenPractice,
    *,
    now: dt.datetime | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> BackupInfo | None:
    """Today's backup, if today has none yet (or always with ``force``). None if not due."""
    require(practice.actor, Permission.BACKUP_RUN)
    folder = backup_folder(practice)
    if not force and not backup_due(folder, now=now):
        return None
    return take_backup(practice, folder=folder, now=now, progress=progress)


# --- verifying ------------------------------------------------------------------------------


def check_backup(path: Path, *, key: bytes | None = None) -> VerifyResult:
    """Check a backup without changing it: files present, sizes and SHA-256 as recorded,
    the key-slot file readable; with ``key``, also open it and run the integrity checks
    and compare the row counts with the manifest."""
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
    if key is not None and not problems:
        problems.extend(_check_database(database, key, info.counts)[0])
    return VerifyResult(info, problems)


def verify_backup(practice: OpenPractice, path: Path) -> VerifyResult:
    """Verify a backup of this practice with its key, record the outcome beside the backup
    (so the list shows it) and in the audit log."""
    require(practice.actor, Permission.BACKUP_MANAGE)
    info = read_backup(path)
    key = practice.key if info.practice_id == practice.practice_id else None
    result = check_backup(info.path, key=key)
    if key is None and result.ok:
        result = VerifyResult(
            result.backup, ["it belongs to another practice, so only its checksums were checked"]
        )
    status = {
        "ok": result.ok,
        "checked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "problem": "; ".join(result.problems) or None,
    }
    with contextlib.suppress(OSError):  # a write-protected USB drive: still report
        (info.path / STATUS_NAME).write_text(json.dumps(status) + "\n", encoding="utf-8")
    with practice.session() as session:
        audit.record(
            session,
            actor=practice.actor,
            action="backup.verified" if result.ok else "backup.verify_failed",
            summary=info.name if result.ok else f"{info.name}: {status['problem']}"[:500],
        )
    return VerifyResult(_info_from(info.path, manifest=_read_manifest(info.path)), result.problems)


def raise_if_unsound(result: VerifyResult) -> None:
    if not result.ok:
        raise BackupCorrupt(
            f"The backup {result.backup.name} is damaged and cannot be used: "
            + "; ".join(result.problems)
            + ".",
            hint="Nothing was changed. Choose another backup, for example the one from the "
            "day before.",
        )


# --- copying off the PC ---------------------------------------------------------------------


def copy_backup(practice: OpenPractice, source: Path, destination: Path) -> Path:
    """Copy a backup into ``destination`` (a USB drive, a second disk). The copy appears
    under its final name only once every file is written, synced and checked."""
    require(practice.actor, Permission.BACKUP_MANAGE)
    result = check_backup(source)
    raise_if_unsound(result)
    info = result.backup
    destination = Path(destination).expanduser()
    if not destination.is_dir():
        raise BackupFolderError(
            f"The folder {destination} is not there.",
            hint="Plug in the drive or create the folder, then try again.",
        )
    final = destination / info.name
    if final.exists():
        raise BackupFolderError(
            f"{destination} already holds a backup called {info.name}.",
            hint="It is probably the same backup copied earlier; choose another folder to "
            "keep a second copy.",
        )
    with _folder_lock(destination):
        _clean_partials(destination)
        partial = destination / (info.name + TMP_SUFFIX)
        try:
            partial.mkdir()
            for name in (DATABASE_NAME, KEYS_NAME, MANIFEST_NAME):
                shutil.copyfile(info.path / name, partial / name)
                _fsync_file(partial / name)
            fsync_directory(partial)
            copied = check_backup(partial)
            if not copied.ok:
                raise BackupCorrupt(
                    "The copy did not match the backup: " + "; ".join(copied.problems) + ".",
                    hint="The drive may be failing. Try another drive.",
                )
            partial.rename(final)
            fsync_directory(destination)
        except OSError as exc:
            _remove_tree(partial)
            raise _os_error(exc, doing="copying the backup", where=destination) from None
        except BaseException:
            _remove_tree(partial)
            raise
    with practice.session() as session:
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
    key = slots.unwrap_with_password(username, password)
    raise_if_unsound(check_backup(info.path))
    connection = connect(info.database, key, read_only=True)
    try:
        row = connection.execute(
            "SELECT id, role, is_active FROM users WHERE username = ?", (username,)
        ).fetchone()
    finally:
        connection.close()
    if row is None or not row[2]:
        raise PermissionDenied(
            "That account is not active in this backup.",
            hint="Use an administrator's password from when the backup was taken, or the "
            "recovery code.",
        )
    return Unlocked(key, Actor(user_id=row[0], username=username, role=row[1]))


def _detached_ledger(practice: OpenPractice) -> list[ErasureEntry]:
    with practice.sessions() as session:
        rows = session.execute(
            sa.select(
                ErasureEntry.client_id,
                ErasureEntry.method,
                ErasureEntry.reason,
                ErasureEntry.erased_at,
            ).order_by(ErasureEntry.id)
        ).all()
    return [
        ErasureEntry(client_id=r.client_id, method=r.method, reason=r.reason, erased_at=r.erased_at)
        for r in rows
    ]


def _copy_file_synced(source: Path, target: Path) -> None:
    with source.open("rb") as reader, target.open("wb") as writer:
        shutil.copyfileobj(reader, writer, _CHUNK)
        writer.flush()
        os.fsync(writer.fileno())


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def _settle(database: Path, key: bytes) -> None:
    """Fold the WAL into the database file and make sure nobody else has it open, so the
    file can be swapped without a stale WAL being applied to the new one."""
    connection = connect(database, key)
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy or any(p.exists() for p in _sidecars(database)):
        raise DatabaseBusy(
            "The practice database is open in another program, so it cannot be replaced.",
            hint="Close ClientManager on this computer (and any scheduled backup), then "
            "restore again. Nothing was changed.",
        )


def restore_backup(
    path: Path,
    *,
    paths: PracticePaths,
    unlocked: Unlocked,
    live: OpenPractice | None = None,
    replace_damaged: bool = False,
    progress: Progress | None = None,
) -> RestoreResult:
    """Replace the practice with a backup, or set it up from one in an empty folder.

    With a practice in place, ``live`` must be it, unlocked: it is backed up (verified)
    first, its erasure ledger is carried over, and it is closed; the caller must unlock
    again afterwards. With ``replace_damaged`` and no ``live`` (the practice is damaged
    and will not open), its files are set aside as they are and its erasure ledger is read
    if it still can be. The new database is prepared beside the old one (schema upgraded,
    erasures replayed, restore audited) and swapped in with one atomic rename; any failure
    before that leaves the old database exactly as it was.
    """
    actor = live.actor if live is not None else unlocked.actor
    require(actor, Permission.RESTORE)
    _report(progress, "verifying", 0.0)
    result = check_backup(path, key=unlocked.key)
    raise_if_unsound(result)
    backup = result.backup
    _report(progress, "verifying", 0.25)

    has_current = paths.database.exists()
    damaged_copy: Path | None = None
    ledger_unreadable = False
    safety: BackupInfo | None = None
    ledger: list[ErasureEntry] = []
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
        damaged_copy, ledger, ledger_unreadable = _set_aside_damaged(paths, backup, unlocked.key)
    elif has_current and live is not None:
        if live.practice_id != backup.practice_id:
            raise OtherPractice(
                f"This backup is of another practice ({backup.practice_name}).",
                hint="Restore it into an empty folder with --data-dir instead. Nothing was "
                "changed.",
            )
        ledger = _detached_ledger(live)
        safety = take_backup(live, reason="before restore", prune_old=False)
        _report(progress, "backing up the current database", 0.5)
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
    try:
        _copy_file_synced(backup.database, staged)
        if sha256_of(staged) != _read_manifest(backup.path)["database"]["sha256"]:
            raise BackupCorrupt(
                "The backup changed while it was being read.",
                hint="Copy it to this computer's disk first, then restore from there.",
            )
        _report(progress, "preparing", 0.65)
        engine = create_practice_engine(staged, unlocked.key)
        try:
            revision = migrate.current_revision(engine)
            if revision != migrate.head_revision():
                upgraded_from = revision
                migrate.upgrade(engine)
            sessions = session_factory(engine)
            with sessions() as session, session.begin():
                applied = erasure.replay_ledger(session, ledger, actor=actor)
                replayed = len(applied)
                audit.record(
                    session,
                    actor=actor,
                    action="backup.restored",
                    summary=(
                        f"{backup.name} (taken {backup.created_at:%Y-%m-%d %H:%M} UTC)"
                        + (f"; replaced database kept as {safety.name}" if safety else "")
                        + (f"; schema upgraded from {upgraded_from}" if upgraded_from else "")
                    )[:500],
                )
            if replayed:
                # The backup's file still holds the erased people's search tokens and
                # freed pages until it is scrubbed.
                erasure.scrub(engine)
            else:
                with engine.connect() as connection:
                    connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        if any(p.exists() for p in _sidecars(staged)):
            raise DatabaseBusy("The restored database could not be closed cleanly.")
        _fsync_file(staged)
        if not keep_current_keys:
            _copy_file_synced(backup.key_slots, staged_keys)
        _report(progress, "swapping", 0.9)
        _swap_in(paths, staged, staged_keys if not keep_current_keys else None)
    except OSError as exc:
        raise _os_error(exc, doing="the restore", where=paths.data_dir) from None
    except sqlcipher.Error as exc:
        raise _sqlite_error(exc, doing="the restore", where=paths.data_dir) from None
    finally:
        for leftover in (staged, staged_keys, *_sidecars(staged)):
            leftover.unlink(missing_ok=True)
    _report(progress, "done", 1.0)
    logger.info("restored %s", backup.name)
    return RestoreResult(
        backup, safety, upgraded_from, replayed, keep_current_keys, damaged_copy, ledger_unreadable
    )


def _set_aside_damaged(
    paths: PracticePaths, backup: BackupInfo, key: bytes
) -> tuple[Path, list[ErasureEntry], bool]:
    """Keep a damaged practice's files exactly as they are (they cannot be backed up), and
    read what can still be read of its erasure ledger. Returns (copy, ledger, unreadable)."""
    with contextlib.suppress(ClientManagerError):
        if KeySlotFile.load(paths.key_slots).practice_id != backup.practice_id:
            raise OtherPractice(
                f"This backup is of another practice ({backup.practice_name}).",
                hint="Restore it into an empty folder with --data-dir instead. Nothing was "
                "changed.",
            )
    ledger: list[ErasureEntry] = []
    readable = True
    try:
        connection = connect(paths.database, key)
        try:
            rows = connection.execute(
                "SELECT client_id, method, reason, erased_at FROM erasure_ledger ORDER BY id"
            ).fetchall()
        finally:
            connection.close()
        ledger = [
            ErasureEntry(
                client_id=r[0], method=r[1], reason=r[2], erased_at=dt.datetime.fromisoformat(r[3])
            )
            for r in rows
        ]
    except (ClientManagerError, sqlcipher.Error, ValueError, TypeError):
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
        raise _os_error(exc, doing="keeping a copy of the damaged database", where=folder) from None
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
