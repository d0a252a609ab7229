"""Everything SQLCipher-specific that services need, behind plain functions: opening a
file and proving its key, the integrity checks, the verified backup copy, re-keying,
the scrub after an erasure (FTS merge, VACUUM, WAL truncate), and reading a few things
from a database file without an engine.

Services keep the policy (when, what to tell the person); this module keeps the PRAGMAs.
A second backend would offer the same functions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from clientmanager.errors import DatabaseUnreadable
from clientmanager.store.engine import connect, key_pragma
from clientmanager.store.files import sha256_of

# SQLAlchemy is imported by the functions that take an engine or a session: the backup's
# copy and checks below need only the driver (the desktop's backup child imports no more).
if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy.orm import Session

# Raised by the driver; services catch it (through this name) to word a message.
DriverError = sqlcipher.Error
DriverDatabaseError = sqlcipher.DatabaseError

# The append-only guard of the audit log (migration 0003).
AUDIT_TRIGGERS = ("audit_log_no_update", "audit_log_no_delete")

_CHUNK = 4 * 1024 * 1024
# Pages per step of the online backup (the fallback copy): about 16 MiB at 4 KiB pages.
PAGES_PER_STEP = 4096
# A backup reads each page once or twice: a small page cache keeps the desktop's memory
# its own while one runs beside it (the ordinary connection cache is 64 MiB).
BACKUP_CACHE_KIB = 2 * 1024


@dataclass(frozen=True)
class Snapshot:
    """What one read transaction saw of the source while it was copied."""

    counts: dict[str, int]
    schema_revision: str | None
    head_id: int
    head_hash: str | None
    method: str  # "file copy" or "online backup"


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]


def prove_key(path: Path, key: bytes) -> bool:
    """True when ``key`` opens ``path`` (the first page decrypts and its HMAC holds)."""
    try:
        connection = connect(path, key, read_only=True)
    except DatabaseUnreadable:
        return False
    connection.close()
    return True


def user_tables(connection: sqlcipher.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return sorted(
        name for name, sql in rows if not (sql or "").upper().startswith("CREATE VIRTUAL")
    )


def _quote(name: str) -> str:
    # Table names come from sqlite_schema of our own database, never from a person.
    return '"' + name.replace('"', '""') + '"'


def count_rows(connection: sqlcipher.Connection) -> dict[str, int]:
    return {
        table: connection.execute("SELECT count(*) FROM " + _quote(table)).fetchone()[0]  # noqa: S608
        for table in user_tables(connection)
    }


def _schema_revision(connection: sqlcipher.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher.DatabaseError:
        return None
    return row[0] if row else None


def _chain_head(connection: sqlcipher.Connection) -> tuple[int, str | None]:
    try:
        row = connection.execute(
            "SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except sqlcipher.DatabaseError:
        return 0, None
    return (row[0], row[1]) if row else (0, None)


def read_summary(path: Path, key: bytes) -> Snapshot:
    """Row counts, schema revision and audit-chain head of a database file."""
    connection = connect(path, key, read_only=True)
    try:
        head_id, head_hash = _chain_head(connection)
        return Snapshot(
            count_rows(connection), _schema_revision(connection), head_id, head_hash, "read"
        )
    finally:
        connection.close()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def copy_database(
    source: Path,
    key: bytes,
    target: Path,
    progress: Callable[[float], None] | None = None,
    *,
    sync: bool = True,
) -> Snapshot:
    """Copy the encrypted database into ``target`` from one read snapshot.

    The fast way: fold the WAL into the file first, then, inside a read transaction that
    sees no WAL frames, copy the encrypted pages as bytes. While that transaction is open
    no checkpoint can write into the file, so the bytes are exactly the snapshot. If a
    writer got in between (the WAL is not empty), SQLite's online backup API is used
    instead. Either way the copy is then turned into a self-contained rollback-journal
    file (no -wal beside it) and, unless ``sync`` is False (:func:`copy_and_check` syncs
    it beside the checks), synced.
    """
    report = progress or (lambda _f: None)
    connection = connect(source, key)
    try:
        connection.isolation_level = None
        connection.execute("PRAGMA cache_size = -" + str(BACKUP_CACHE_KIB))
        with contextlib.suppress(sqlcipher.DatabaseError):
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("BEGIN")
        connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # the snapshot
        wal = source.with_name(source.name + "-wal")
        quiet = not wal.exists() or wal.stat().st_size == 0
        if quiet:
            # The byte copy runs in the kernel (no GIL, no connection), so the row counts
            # of the same snapshot are read beside it rather than after it.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-copy") as pool:
                copying = pool.submit(_copy_bytes, source, target, report)
                try:
                    counts = count_rows(connection)
                    revision = _schema_revision(connection)
                    head_id, head_hash = _chain_head(connection)
                finally:
                    copying.result()
            method = "file copy"
        else:
            counts = count_rows(connection)
            revision = _schema_revision(connection)
            head_id, head_hash = _chain_head(connection)
            _online_backup(connection, key, target, report)
            method = "online backup"
        connection.execute("COMMIT")
    finally:
        connection.close()
    os.chmod(target, 0o600)
    make_standalone(target, key)
    if sync:
        _fsync(target)
    return Snapshot(counts, revision, head_id, head_hash, method)


def _copy_bytes(source: Path, target: Path, report: Callable[[float], None]) -> None:
    """Copy the file's bytes in chunks (reporting, so it can be stopped), in the kernel
    where the OS can (copy_file_range), as `cp` does."""
    total = max(source.stat().st_size, 1)
    done = 0
    with source.open("rb") as reader, target.open("wb") as writer:
        in_kernel = hasattr(os, "copy_file_range")
        while True:
            if in_kernel:
                try:
                    copied = os.copy_file_range(reader.fileno(), writer.fileno(), 4 * _CHUNK)
                except OSError:
                    in_kernel = False  # another filesystem (a USB stick): plain reads
                    reader.seek(done)
                    writer.seek(done)
                    continue
            else:
                chunk = reader.read(_CHUNK)
                writer.write(chunk)
                copied = len(chunk)
            if not copied:
                break
            done += copied
            report(min(done / total, 1.0))


def _online_backup(
    source: sqlcipher.Connection, key: bytes, target: Path, report: Callable[[float], None]
) -> None:
    target_connection = sqlcipher.connect(str(target), check_same_thread=False)
    try:
        # A scratch file until it verifies: no journal and no syncs while pages go in.
        target_connection.execute(key_pragma(key))
        target_connection.execute("PRAGMA cipher_compatibility = 4")
        target_connection.execute("PRAGMA temp_store = MEMORY")
        target_connection.execute("PRAGMA journal_mode = OFF").fetchall()
        target_connection.execute("PRAGMA synchronous = OFF")

        def stepped(_status: int, remaining: int, total: int) -> None:
            report((total - remaining) / max(total, 1))

        source.backup(target_connection, pages=PAGES_PER_STEP, progress=stepped)
    finally:
        target_connection.close()


def make_standalone(path: Path, key: bytes) -> None:
    """Mark a copy of a WAL database as a rollback-journal file, so it opens read-only
    anywhere (a USB stick) with no -wal or -shm beside it."""
    connection = sqlcipher.connect(str(path), check_same_thread=False)
    try:
        connection.execute(key_pragma(key))
        connection.execute("PRAGMA cipher_compatibility = 4")
        connection.execute("PRAGMA journal_mode = DELETE").fetchall()
    finally:
        connection.close()
    for sidecar in _sidecars(path):
        sidecar.unlink(missing_ok=True)


def _open_copy(path: Path, key: bytes) -> sqlcipher.Connection | str:
    try:
        return connect(path, key, read_only=True)
    except DatabaseUnreadable:
        return "the database does not open with its key (damaged or another key)"
    except sqlcipher.Error as exc:
        return f"the database cannot be opened ({exc})"


def cipher_check(path: Path, key: bytes) -> list[str]:
    """SQLCipher's page-by-page HMAC check of a file."""
    connection = _open_copy(path, key)
    if isinstance(connection, str):
        return [connection]
    try:
        connection.execute("PRAGMA cache_size = -" + str(BACKUP_CACHE_KIB))
        damaged = connection.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher.DatabaseError as exc:
        return [f"cipher_integrity_check could not finish ({exc})"]
    finally:
        connection.close()
    return [f"cipher_integrity_check found {len(damaged)} damaged page(s)"] if damaged else []


def structure_check(path: Path, key: bytes, expected_counts: dict[str, int] | None) -> list[str]:
    """SQLite's integrity_check, then the row counts against what the source held. Uses
    the ordinary page cache: slower on a huge file, but no memory spike beside the app."""
    connection = _open_copy(path, key)
    if isinstance(connection, str):
        return [connection]
    problems: list[str] = []
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        if result != ["ok"]:
            problems.append("integrity_check: " + "; ".join(result[:3]))
        elif expected_counts is not None:
            counts = count_rows(connection)
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


def check_file(
    path: Path, key: bytes, expected_counts: dict[str, int] | None, *, full: bool
) -> list[str]:
    """The checks a backup must pass: the cipher check always, and with ``full`` also
    integrity_check and the row counts."""
    problems = cipher_check(path, key)
    if full and not problems:
        problems.extend(structure_check(path, key, expected_counts))
    return problems


@dataclass(frozen=True)
class CheckedCopy:
    """A fresh copy of the database, synced and checked: what a backup records of it."""

    snapshot: Snapshot
    sha256: str
    problems: list[str]


def copy_and_check(
    source: Path,
    key: bytes,
    target: Path,
    *,
    full: bool,
    progress: Callable[[float, str], None] | None = None,
) -> CheckedCopy:
    """Copy ``source`` into ``target`` (:func:`copy_database`), then check the copy: the
    cipher check of every page (and with ``full`` integrity_check and the row counts
    against the snapshot), its SHA-256 and its fsync run side by side. All three read or
    write the same finished file (the header change of :func:`make_standalone` is made
    before them), and SQLite, hashlib and fsync release the GIL, so on two cores they
    overlap. The caller must not treat the copy as a backup until this returns with no
    problems: only then is the file on disk and proven."""
    report = progress or (lambda _f, _s: None)
    snapshot = copy_database(source, key, target, lambda f: report(0.6 * f, "copying"), sync=False)
    report(0.6, "verifying")
    digest, problems = check_copy(target, key, snapshot.counts, full=full)
    report(1.0, "verifying")
    return CheckedCopy(snapshot, digest, problems)


def check_copy(
    path: Path, key: bytes, expected_counts: dict[str, int] | None, *, full: bool
) -> tuple[str, list[str]]:
    """(SHA-256, problems) of a finished copy: :func:`check_file`, with the hash and the
    fsync of the same file beside it. Returns once all three have finished."""
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="backup-check") as pool:
        synced = pool.submit(_fsync, path)
        hashing = pool.submit(sha256_of, path)
        try:
            problems = check_file(path, key, expected_counts, full=full)
        finally:
            digest = hashing.result()
            synced.result()
    return digest, problems


def checkpoint(path: Path, key: bytes) -> bool:
    """Fold the WAL into the file and truncate it. True when it could finish (nobody else
    held the database open)."""
    connection = connect(path, key)
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    return not busy and not any(p.exists() for p in _sidecars(path))


def checkpoint_engine(engine: sa.Engine) -> None:
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def rekey(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt the database file under ``new_key`` in one SQLCipher transaction."""
    connection = connect(path, old_key)
    try:
        # Same validation and hex-only text as the key pragma; only the verb differs.
        connection.execute("PRAGMA rekey" + key_pragma(new_key).removeprefix("PRAGMA key"))
    finally:
        connection.close()


def secure_delete(session: Session) -> None:
    """Overwrite freed pages with zeros for this connection's deletes (POPIA s14(5)).
    A SQLite setting: on the office server (an erasure replayed by a restore there) the
    dead rows go with a VACUUM instead (store/pg_backup.py, the retention scrub)."""
    import sqlalchemy as sa

    if session.get_bind().dialect.name == "sqlite":
        session.execute(sa.text("PRAGMA secure_delete = ON"))


def truncate_wal(session: Session) -> None:
    import sqlalchemy as sa

    if session.get_bind().dialect.name == "sqlite":
        session.execute(sa.text("PRAGMA wal_checkpoint(TRUNCATE)"))


_SEARCH_INDEX_OPTIMIZE = "INSERT INTO client_search(client_search) VALUES ('optimize')"
# The substring index (migration 0008) holds fragments of ID numbers, phones and e-mails.
_SUBSTRING_INDEX_OPTIMIZE = (
    "INSERT INTO client_search_substring(client_search_substring) VALUES ('optimize')"
)

# Names from sqlite_schema, written by our own migration, never input.
_ORDERED_INDEXES = (
    "SELECT name FROM sqlite_schema WHERE type = 'table' "
    "AND name IN ('client_search_ordered', 'client_search_ordered_substring')"
)


def scrub(engine: sa.Engine, progress: Callable[[float, str], None] | None = None) -> None:
    """Leave nothing of deleted rows in the file: merge the contentless FTS5 indexes (they
    keep a deleted row's tokens until their segments merge), rebuild the file from live
    rows (VACUUM), then fold and truncate the WAL."""
    report = progress or (lambda _f, _s: None)
    report(0.0, "merging the search index")
    with engine.begin() as connection:
        connection.exec_driver_sql(_SEARCH_INDEX_OPTIMIZE)
        connection.exec_driver_sql(_SUBSTRING_INDEX_OPTIMIZE)
        # The same words again, in list order (migration 0014), where the file has them.
        for (table,) in connection.exec_driver_sql(_ORDERED_INDEXES).fetchall():
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # noqa: S608
    report(0.3, "rewriting the database file")
    with engine.connect() as connection:
        connection.exec_driver_sql("VACUUM")
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    report(1.0, "scrubbed")


def database_checks(engine: sa.Engine) -> list[tuple[str, list[tuple] | str]]:
    """cipher_integrity_check, integrity_check and foreign_key_check on a live engine;
    each result is its rows, or the error text when it could not finish."""
    import sqlalchemy as sa

    results: list[tuple[str, list[tuple] | str]] = []
    with engine.connect() as connection:
        for label, statement in (
            ("cipher_integrity_check", "PRAGMA cipher_integrity_check"),
            ("integrity_check", "PRAGMA integrity_check"),
            ("foreign_key_check", "PRAGMA foreign_key_check"),
        ):
            try:
                results.append((label, connection.exec_driver_sql(statement).fetchall()))
            except sa.exc.DatabaseError as exc:
                results.append((label, str(getattr(exc, "orig", exc))))
    return results


def missing_triggers(engine: sa.Engine, names: tuple[str, ...] = AUDIT_TRIGGERS) -> list[str]:
    with engine.connect() as connection:
        present = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_schema WHERE type = 'trigger'"
            )
        }
    return [name for name in names if name not in present]


def read_ledger_rows(path: Path, key: bytes) -> list[tuple[int, str, str, dt.datetime]]:
    """The erasure ledger of a database file that may be damaged (read what still reads)."""
    connection = connect(path, key)
    try:
        rows = connection.execute(
            "SELECT client_id, method, reason, erased_at FROM erasure_ledger ORDER BY id"
        ).fetchall()
    finally:
        connection.close()
    return [(r[0], r[1], r[2], dt.datetime.fromisoformat(r[3])) for r in rows]


def user_row(path: Path, key: bytes, username: str) -> tuple[int, str, bool] | None:
    connection = connect(path, key, read_only=True)
    try:
        row = connection.execute(
            "SELECT id, role, is_active FROM users WHERE username = ?", (username,)
        ).fetchone()
    finally:
        connection.close()
    return None if row is None else (row[0], row[1], bool(row[2]))


def copy_file_synced(source: Path, target: Path) -> None:
    with source.open("rb") as reader, target.open("wb") as writer:
        shutil.copyfileobj(reader, writer, _CHUNK)
        writer.flush()
        os.fsync(writer.fileno())
