"""Opening the SQLCipher database: one connection factory, one engine per unlocked practice.

Every connection goes through :func:`connect`, which applies the settings below in this
order. The key comes first because SQLCipher reads nothing before it has one; the first
real read comes last and proves the key, so a wrong key fails here, before any write.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from clientmanager.errors import (
    ClientManagerError,
    DatabaseBusy,
    DatabaseUnreadable,
    IntegrityProblem,
    Label,
    ReadOnlyPractice,
    disk_full,
    folder_missing,
    folder_read_only,
)

# SQLAlchemy (and the field cipher built on it) only where an engine is made: the desktop's
# backup child copies and checks the file through connect() alone, and starts in a
# fraction of the time without them (see services/backup_child.py).
if TYPE_CHECKING:
    import sqlalchemy as sa
    from sqlalchemy.orm import Session, sessionmaker

logger = logging.getLogger(__name__)

# 64 MiB of decrypted pages per connection: big enough that the working set of a
# 100k-client practice stays decrypted between queries, which is what keeps the
# encryption tax small (see bench/RESULTS.md). Pages are only allocated as they are used.
CACHE_SIZE_KIB = 64 * 1024
BUSY_TIMEOUT_SECONDS = 10.0


@dataclass(frozen=True)
class ConnectionSettings:
    """The values :func:`connect` sets, listed so tests can read each one back."""

    cipher_compatibility: int = 4
    temp_store: int = 2  # MEMORY: no decrypted scratch data is ever written to a temp file
    journal_mode: str = "wal"
    synchronous: int = 2  # FULL: a committed transaction survives a power cut
    foreign_keys: int = 1
    cache_size: int = -CACHE_SIZE_KIB  # negative means KiB rather than pages


SETTINGS = ConnectionSettings()


def key_pragma(key: bytes) -> str:
    """The ``PRAGMA key`` statement for a raw key.

    PRAGMA statements cannot take bound parameters. The key is never user text: it is
    exactly 32 random bytes, and only their hex digits reach the statement.
    """
    if not isinstance(key, bytes | bytearray) or len(key) != 32:
        raise ValueError("the database key must be exactly 32 bytes")
    return "PRAGMA key = \"x'" + bytes(key).hex() + "'\""


_DAMAGE_MARKERS = ("malformed", "not a database", "hmac check failed", "disk i/o error")


def is_damage(exc: BaseException) -> bool:
    """True when SQLite reports a damaged file rather than a mistake in a query."""
    message = str(getattr(exc, "orig", exc)).lower()
    return any(marker in message for marker in _DAMAGE_MARKERS)


def damaged_database_error() -> IntegrityProblem:
    return IntegrityProblem(
        "The practice database is damaged: part of it failed its encryption check.",
        hint="Nothing more was written. Run 'clientmanager check' for details, then restore "
        "the most recent verified backup.",
    )


# Below this much free space a failed write is blamed on the disk, not on the database.
LOW_SPACE_BYTES = 1024 * 1024


def _file_size_limit() -> int | None:
    """The process's file-size limit (RLIMIT_FSIZE), when one is set."""
    try:
        import resource
    except ImportError:  # Windows has no such limit
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    return None if soft == resource.RLIM_INFINITY else soft


def storage_problem(path: Path) -> ClientManagerError | None:
    """Why writing beside ``path`` would fail, if the folder or disk says so: missing,
    read-only, full (or the file-size limit reached). None when storage looks fine, so that
    only then is a failure blamed on the key or on damage."""
    folder = path.parent
    if not folder.is_dir():
        return folder_missing(folder)
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return folder_read_only(folder)
    try:
        if shutil.disk_usage(folder).free < LOW_SPACE_BYTES:
            return disk_full(folder)
    except OSError:
        pass
    limit = _file_size_limit()
    if limit is not None:
        sizes = [0]
        for candidate in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            try:
                sizes.append(candidate.stat().st_size)
            except OSError:
                pass
        if limit < max(sizes) + LOW_SPACE_BYTES:
            return disk_full(folder)
    return None


def is_busy(exc: BaseException) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in message or "database is busy" in message


def busy_error(path: Path) -> DatabaseBusy:
    """The database is busy: name who holds the practice, when the practice lock says so."""
    from clientmanager.store.practice_lock import read_holder

    holder = read_holder(path.parent)
    if holder is not None and holder.pid == os.getpid():
        who = Label("another task in this copy of ClientManager (such as a backup)")
    elif holder is not None:
        who = holder.describe()
    else:
        who = Label("another program (another copy of ClientManager, or a backup)")
    return DatabaseBusy(
        "The practice database is busy: {who} is writing to it.",
        hint="Nothing was changed. Wait for it to finish, or close it, and try again.",
        who=who,
    )


def explain(
    exc: BaseException, path: Path, *, read_only: bool = False
) -> ClientManagerError | None:
    """The error a person should see for a database failure, or None when it is not one
    of these (a bug, to be raised as it is). Storage is checked before damage, so a full
    disk is never reported as a damaged database."""
    message = str(getattr(exc, "orig", exc)).lower()
    if is_busy(exc):
        return busy_error(path)
    if read_only and ("readonly" in message or "read-only" in message):
        return ReadOnlyPractice(
            "The practice is open read-only here, so nothing can be changed.",
            hint="Another copy of ClientManager has it open for changes. Close it there, "
            "then lock and unlock this one to make changes.",
        )
    storage_words = ("disk is full", "disk i/o error", "unable to open", "readonly", "read-only")
    if any(word in message for word in storage_words):
        problem = storage_problem(path)
        if problem is not None:
            return problem
    if "database or disk is full" in message:
        return disk_full(path.parent)
    if "readonly" in message:
        return folder_read_only(path.parent)
    if is_damage(exc):
        return damaged_database_error()
    return None


def damaged_pages(connection: sa.Connection) -> int:
    """How many pages fail their HMAC (SQLCipher's cipher_integrity_check)."""
    return len(connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall())


def _unreadable(path: Path) -> DatabaseUnreadable:
    return DatabaseUnreadable(
        "The practice database {name} could not be opened with this key.",
        hint="The key-slot file may belong to a different practice or the database may be "
        "damaged. Nothing was changed. Restore the matching key-slot file, or restore "
        "the most recent backup.",
        name=path.name,
    )


def apply_settings(
    connection: sqlcipher.Connection, key: bytes | None, *, read_only: bool = False
) -> None:
    """Apply the practice settings in order. ``key=None`` is only for the benchmark's
    unencrypted twin, which must differ from the real thing in nothing but the key."""
    # SQLCipher prints "ERROR CORE …" lines for a bad page straight to the terminal; the
    # same failure reaches us as an error code, explained in words by this module.
    connection.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        connection.execute(key_pragma(key))
        connection.execute("PRAGMA cipher_compatibility = 4")
    connection.execute("PRAGMA temp_store = MEMORY")
    if not read_only:
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA cache_size = -" + str(CACHE_SIZE_KIB))
    connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()


def connect(path: Path, key: bytes, *, read_only: bool = False) -> sqlcipher.Connection:
    """Open one connection with the practice settings applied and the key proven."""
    if read_only:
        target, uri = "file:" + path.as_posix() + "?mode=ro", True
    else:
        target, uri = str(path), False
    connection = sqlcipher.connect(
        target, uri=uri, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS
    )
    try:
        apply_settings(connection, key, read_only=read_only)
    except sqlcipher.DatabaseError as exc:
        connection.close()
        if is_busy(exc):
            raise busy_error(path) from None
        # A full disk or a read-only folder also stops the first read (the WAL index cannot
        # be made): say so, rather than blame the key and invite a needless restore.
        problem = storage_problem(path)
        if problem is not None:
            raise problem from None
        raise _unreadable(path) from None
    return connection


def create_practice_engine(
    path: Path, key: bytes, *, pool_size: int = 4, read_only: bool = False
) -> sa.Engine:
    """An engine whose every pooled connection comes from :func:`connect`.

    A QueuePool (not SingletonThreadPool) lets the UI's database worker and a backup
    each hold their own connection.

    Every ORM session (see :func:`session_factory`) on a writable engine takes the write
    lock with ``BEGIN IMMEDIATE`` before its first write (waiting up to the busy timeout),
    so a transaction can never fail half-way with "database is locked" because another
    process wrote in between. Plain ``engine.connect()`` readers (checks, backups), and
    sessions that only read, never hold up a writer.
    """
    import sqlalchemy as sa
    from sqlalchemy.pool import QueuePool

    held = _HeldKey(bytes(key))

    def factory() -> sqlcipher.Connection:
        if held.key is None:
            raise DatabaseUnreadable("The practice is locked.", hint="Unlock it again to carry on.")
        return connect(path, held.key, read_only=read_only)

    engine = sa.create_engine(
        "sqlite:///" + path.as_posix(),
        module=sqlcipher,
        creator=factory,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=False,
    )

    if read_only:

        @sa.event.listens_for(engine, "connect")
        def _query_only(dbapi_connection, _record) -> None:  # noqa: ANN001
            dbapi_connection.execute("PRAGMA query_only = ON")

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _take_the_write_lock_first(connection, cursor, statement, *_args) -> None:  # noqa: ANN001
        # A writer session takes the write lock, waiting up to the busy timeout, before
        # its first write: never a deferred transaction that must upgrade half-way and
        # fails at once with "database is locked". Reads before it hold no snapshot (the
        # driver runs them outside a transaction), so nothing they saw can go stale under
        # a lock we are waiting for; a session that only reads never locks anyone out.
        if read_only or not connection.get_execution_options().get(_WRITER_OPTION):
            return
        if statement.lstrip()[:10].lower().startswith(_WRITES):
            dbapi_connection = cursor.connection
            if not dbapi_connection.in_transaction:
                dbapi_connection.execute("BEGIN IMMEDIATE")

    @sa.event.listens_for(engine, "checkin")
    def _checkpoint_after_bulk_load(dbapi_connection, record) -> None:  # noqa: ANN001
        if dbapi_connection is None:
            return
        try:
            checkpoint_deferred_wal(dbapi_connection, record.info)
        except sqlcipher.Error as exc:
            # Its checkpoint setting could not be put back: never hand it out again.
            logger.warning("connection dropped after a bulk load: %s", type(exc).__name__)
            record.invalidate(exc)

    _HELD_KEYS[engine] = held
    logger.debug("engine created for %s", path.name)
    return engine


# A connection whose automatic WAL checkpoint a bulk load turned off (the pages per
# checkpoint it had before), in its pool record's info.
DEFERRED_CHECKPOINT = "clientmanager_deferred_checkpoint"


def begin_before_schema_change(connection: sa.Connection) -> None:
    """Open the driver's transaction now: it opens one lazily, at the first INSERT, so a
    DROP before it would be committed on its own and stay dropped if the load then
    failed. ``connection`` is inside a SQLAlchemy transaction already."""
    driver_connection = connection.connection.driver_connection
    if not driver_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")


def defer_wal_checkpoint(dbapi_connection: sqlcipher.Connection, info: dict) -> None:
    """No automatic checkpoint at this connection's next commits: one bulk load's commit
    would otherwise copy its whole WAL into the file inside the commit (0.3 s for a 10k-row
    import at 100k clients). The checkpoint runs when the connection goes back to the
    pool, after the commit, and the setting is restored then."""
    if DEFERRED_CHECKPOINT in info:
        return
    (pages,) = dbapi_connection.execute("PRAGMA wal_autocheckpoint").fetchone()
    info[DEFERRED_CHECKPOINT] = int(pages)
    dbapi_connection.execute("PRAGMA wal_autocheckpoint = 0")


def checkpoint_deferred_wal(dbapi_connection: sqlcipher.Connection, info: dict) -> None:
    """The checkpoint :func:`defer_wal_checkpoint` put off, and the setting back. A
    PASSIVE checkpoint never waits for readers; one it cannot finish (a reader on another
    PC's snapshot, a full disk) leaves the pages in the WAL, where they are safe, for the
    next checkpoint."""
    pages = info.pop(DEFERRED_CHECKPOINT, None)
    if pages is None:
        return
    try:
        dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
    except sqlcipher.Error as exc:
        logger.warning("checkpoint after a bulk load not done: %s", type(exc).__name__)
    finally:
        # Only our own integer, never input.
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {int(pages)}")


class _HeldKey:
    """The key an engine's connection factory uses, in one place that can be emptied."""

    __slots__ = ("key", "__weakref__")

    def __init__(self, key: bytes) -> None:
        self.key: bytes | None = key


_HELD_KEYS: weakref.WeakKeyDictionary[sa.Engine, _HeldKey] = weakref.WeakKeyDictionary()


def dispose_practice_engine(engine: sa.Engine | None) -> None:
    """Close every pooled connection and drop the key from the connection factory, so a
    locked practice keeps no key reachable from Python (the engine may outlive us in a
    reference somewhere; its factory then refuses instead of reconnecting)."""
    if engine is None:
        return
    held = _HELD_KEYS.pop(engine, None)
    if held is not None:
        held.key = None
    from clientmanager.store import fieldcrypt

    fieldcrypt.forget_field_key(engine)
    engine.dispose()


def release_idle_memory(engine: sa.Engine) -> None:
    """Give the memory of idle connections back to the system: their page caches (up to
    64 MiB each, filled by one-off scans such as start-up's counts and review) go with
    them, and the C heap they leave is trimmed. The next query opens a fresh connection
    (about 2 ms) and decrypts the pages it reads again; connections in use are kept."""
    engine.pool.dispose()
    trim_heap()


def trim_heap() -> None:
    """glibc keeps freed memory in its arenas for reuse; ``malloc_trim`` returns the free
    pages to the system. Elsewhere (or without glibc) there is nothing to do."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl and others: no malloc_trim
        return
    trim.argtypes = [ctypes.c_size_t]
    trim(0)


_WRITER_OPTION = "clientmanager_writer"
_WRITES = ("insert", "update", "delete", "replace", "create", "drop", "alter", "savepoint")


def session_factory(engine: sa.Engine) -> sessionmaker[Session]:
    """Sessions are the writers: each takes ``BEGIN IMMEDIATE`` before its first write."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine.execution_options(**{_WRITER_OPTION: True}), expire_on_commit=False)
