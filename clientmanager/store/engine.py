"""Opening the SQLCipher database: one connection factory, one engine per unlocked practice.

Every connection goes through :func:`connect`, which applies the settings below in this
order. The key comes first because SQLCipher reads nothing before it has one; the first
real read comes last and proves the key, so a wrong key fails here, before any write.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from clientmanager.errors import DatabaseBusy, DatabaseUnreadable, IntegrityProblem

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


def _unreadable(path: Path) -> DatabaseUnreadable:
    return DatabaseUnreadable(
        f"The practice database {path.name} could not be opened with this key.",
        hint="The key-slot file may belong to a different practice or the database may be "
        "damaged. Nothing was changed. Restore the matching key-slot file, or restore "
        "the most recent backup.",
    )


def apply_settings(
    connection: sqlcipher.Connection, key: bytes | None, *, read_only: bool = False
) -> None:
    """Apply the practice settings in order. ``key=None`` is only for the benchmark's
    unencrypted twin, which must differ from the real thing in nothing but the key."""
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
        message = str(exc).lower()
        if "locked" in message or "busy" in message:
            raise DatabaseBusy(
                "The practice database is in use by another program.",
                hint="Close other copies of ClientManager (or a running backup) and try again.",
            ) from None
        raise _unreadable(path) from None
    return connection


def create_practice_engine(path: Path, key: bytes, *, pool_size: int = 4) -> sa.Engine:
    """An engine whose every pooled connection comes from :func:`connect`.

    A QueuePool (not SingletonThreadPool) lets the UI's database worker and a backup
    each hold their own connection.
    """
    factory: Callable[[], sqlcipher.Connection] = lambda: connect(path, key)  # noqa: E731
    engine = sa.create_engine(
        "sqlite:///" + path.as_posix(),
        module=sqlcipher,
        creator=factory,
        poolclass=QueuePool,
        pool_size=pool_size,
        max_overflow=2,
        pool_pre_ping=False,
    )
    logger.debug("engine created for %s", path.name)
    return engine


def session_factory(engine: sa.Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
