"""Backups of a practice on the office server: ``pg_dump`` and ``pg_restore``, streamed
through AES-256-GCM so that no plaintext dump ever touches a disk.

The dump is the custom format (``pg_dump --format=custom``, compressed by pg_dump) read
from the child's stdout and sealed in chunks as it arrives; a restore or a check decrypts
chunk by chunk straight into ``pg_restore``'s stdin. The file is::

    MAGIC | salt (16) | records...
    record = final flag (1) | ciphertext length (4, big-endian) | nonce (12) | ciphertext

Each chunk's key is derived per file (HKDF-SHA256 of the practice data key, the file's
random salt, the practice id) and each chunk's AAD binds the header, the chunk's index and
its final flag: a flipped byte fails its tag, chunks moved or dropped fail their index,
and a file cut short lacks its final chunk. The password for the server login reaches the
child only in its environment (``PGPASSWORD``), never on its command line or in a file.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import logging
import os
import secrets
import shutil
import struct
import subprocess
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, urlsplit, urlunsplit

import sqlalchemy as sa
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from clientmanager.errors import ClientManagerError, Label

logger = logging.getLogger(__name__)

MAGIC = b"CMPGDUMP1\n"
SALT_BYTES = 16
NONCE_BYTES = 12
CHUNK = 1024 * 1024
HEADER_BYTES = len(MAGIC) + SALT_BYTES
_RECORD = struct.Struct(">BI")
# Refuse absurd lengths before allocating: a damaged length field must not eat memory.
_MAX_CIPHERTEXT = CHUNK + 16
PG_BIN_ENV = "CLIENTMANAGER_PG_BIN"
TOOLS = ("pg_dump", "pg_restore")


class PgToolMissing(ClientManagerError):
    pass


class DumpDamaged(ClientManagerError):
    pass


class PgToolFailed(ClientManagerError):
    pass


# --- finding pg_dump and pg_restore ---------------------------------------------------------


def _candidates(name: str) -> list[Path]:
    exe = name + (".exe" if os.name == "nt" else "")
    found: list[Path] = []
    on_path = shutil.which(name)
    if on_path:
        found.append(Path(on_path))
    patterns = [
        "/usr/lib/postgresql/*/bin/",
        "/usr/pgsql-*/bin/",
        "/opt/homebrew/opt/postgresql@*/bin/",
        "/usr/local/opt/postgresql@*/bin/",
        "/Applications/Postgres.app/Contents/Versions/*/bin/",
        "C:/Program Files/PostgreSQL/*/bin/",
    ]
    versioned = []
    for pattern in patterns:
        for hit in glob.glob(pattern + exe):
            version = "".join(ch for ch in Path(hit).parent.parent.name if ch.isdigit())
            versioned.append((int(version or 0), Path(hit)))
    found.extend(path for _v, path in sorted(versioned, reverse=True))
    return found


def find_tool(name: str) -> Path:
    """The PostgreSQL client program ``name``: in ``CLIENTMANAGER_PG_BIN`` when set (and
    only there: a folder named on purpose is not second-guessed), else on PATH, else in
    the usual install folders (the newest version first)."""
    exe = name + (".exe" if os.name == "nt" else "")
    chosen = os.environ.get(PG_BIN_ENV)
    if chosen:
        candidate = Path(chosen).expanduser() / exe
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
        raise PgToolMissing(
            "The PostgreSQL program {tool} is not in {folder} (CLIENTMANAGER_PG_BIN).",
            hint="Point CLIENTMANAGER_PG_BIN at the folder that holds pg_dump and pg_restore "
            "(version 15 or newer, not older than the server), or unset it.",
            tool=Label(name),
            folder=Path(chosen),
        )
    for candidate in _candidates(name):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise PgToolMissing(
        "The PostgreSQL program {tool} is not installed on this PC, so backups of the "
        "office server cannot be taken, checked or restored here.",
        hint="Install PostgreSQL's client programs, version 15 or newer and not older than "
        "the server (Debian or Ubuntu: apt install postgresql-client; Windows and macOS: "
        'the "Command Line Tools" of the PostgreSQL installer), or set '
        "CLIENTMANAGER_PG_BIN to the folder that holds pg_dump and pg_restore.",
        tool=Label(name),
    )


def _child_env(password: str | None) -> dict[str, str]:
    """The child's environment: ours without any PG* setting that could point it
    elsewhere, no password file, and the login's password for this child only."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["PGPASSFILE"] = os.devnull
    env["PGCONNECT_TIMEOUT"] = "10"
    env["PGAPPNAME"] = "ClientManager backup"
    if password:
        env["PGPASSWORD"] = password
    return env


def libpq_url(url: str) -> str:
    """The address as libpq takes it (SQLAlchemy's driver prefix removed)."""
    scheme, rest = url.split("://", 1)
    return "postgresql://" + rest if scheme.startswith("postgres") else url


def with_database(url: str, database: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/" + quote(database, safe="")))


def with_user(url: str, user: str) -> str:
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=quote(user, safe="") + "@" + host))


class _Stderr:
    """Drain a child's stderr on a thread (a full pipe would stall the child), keeping
    only its last few kilobytes for the message."""

    def __init__(self, stream: BinaryIO) -> None:
        self.tail = b""
        self._thread = threading.Thread(target=self._drain, args=(stream,), daemon=True)
        self._thread.start()

    def _drain(self, stream: BinaryIO) -> None:
        with contextlib.suppress(OSError, ValueError):
            while block := stream.read(4096):
                self.tail = (self.tail + block)[-4096:]

    def last_line(self) -> str:
        self._thread.join(5)
        lines = [line.strip() for line in self.tail.decode("utf-8", "replace").splitlines()]
        lines = [line for line in lines if line]
        return (lines[-1] if lines else "no message")[:300]


def _failed(tool: str, process: subprocess.Popen, stderr: _Stderr) -> PgToolFailed:
    detail = stderr.last_line()
    logger.warning("%s ended with code %s", tool, process.returncode)
    return PgToolFailed(
        "{tool} failed (exit code {code}): {detail}",
        hint="Check that the office server is reachable and that this PC's PostgreSQL "
        "client programs are not older than the server. Nothing was changed.",
        tool=Label(tool),
        code=process.returncode,
        detail=detail,
    )


def _stop(process: subprocess.Popen) -> None:
    with contextlib.suppress(OSError):
        process.kill()
    with contextlib.suppress(Exception):
        process.wait(10)


# --- the encrypted stream -------------------------------------------------------------------


def _file_key(data_key: bytes, salt: bytes, practice_id: str) -> AESGCM:
    derived = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=salt,
        info=b"clientmanager pg_dump backup v1|" + practice_id.encode("utf-8"),
    ).derive(data_key)
    return AESGCM(derived)


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


class EncryptingWriter:
    """Seal what is written into ``target`` in chunks; :meth:`close` writes the final one.
    Also keeps the SHA-256 and size of what reached the file."""

    def __init__(self, target: BinaryIO, data_key: bytes, practice_id: str) -> None:
        salt = secrets.token_bytes(SALT_BYTES)
        self._header = MAGIC + salt
        self._aead = _file_key(data_key, salt, practice_id)
        self._target = target
        self._buffer = bytearray()
        self._index = 0
        self.digest = hashlib.sha256()
        self.size = 0
        self.plain_bytes = 0
        self._emit_raw(self._header)

    def _emit_raw(self, data: bytes) -> None:
        self._target.write(data)
        self.digest.update(data)
        self.size += len(data)

    def _seal(self, plain: bytes, final: bool) -> None:
        nonce = secrets.token_bytes(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, plain, _aad(self._header, self._index, final))
        self._emit_raw(_RECORD.pack(1 if final else 0, len(sealed)) + nonce + sealed)
        self._index += 1

    def write(self, data: bytes) -> None:
        self._buffer.extend(data)
        self.plain_bytes += len(data)
        while len(self._buffer) >= CHUNK:
            self._seal(bytes(self._buffer[:CHUNK]), final=False)
            del self._buffer[:CHUNK]

    def close(self) -> None:
        self._seal(bytes(self._buffer), final=True)
        self._buffer.clear()


def _damaged(why: str) -> DumpDamaged:
    return DumpDamaged(
        "The backup's dump file is damaged: {why}.",
        hint="Nothing was restored or changed. Use another backup, for example the one from "
        "the day before.",
        why=Label(why),
    )


def decrypt_chunks(source: Path, data_key: bytes, practice_id: str) -> Iterator[bytes]:
    """The dump's plaintext, chunk by chunk; raises :class:`DumpDamaged` on any flipped
    byte, moved or missing chunk, a cut-short file or bytes after the end."""
    with source.open("rb") as handle:
        header = handle.read(HEADER_BYTES)
        if len(header) < HEADER_BYTES or not header.startswith(MAGIC):
            raise _damaged("it is not a ClientManager server dump")
        aead = _file_key(data_key, header[len(MAGIC) :], practice_id)
        index = 0
        while True:
            head = handle.read(_RECORD.size + NONCE_BYTES)
            if not head:
                raise _damaged("it ends early (the file was cut short)")
            if len(head) < _RECORD.size + NONCE_BYTES:
                raise _damaged("it ends early (the file was cut short)")
            flag, length = _RECORD.unpack(head[: _RECORD.size])
            if flag not in (0, 1) or length > _MAX_CIPHERTEXT or length < 16:
                raise _damaged("a chunk's header is wrong")
            nonce = head[_RECORD.size :]
            sealed = handle.read(length)
            if len(sealed) < length:
                raise _damaged("it ends early (the file was cut short)")
            try:
                plain = aead.decrypt(nonce, sealed, _aad(header, index, flag == 1))
            except InvalidTag:
                raise _damaged(
                    "a chunk does not decrypt (changed, moved, or taken under another key)"
                ) from None
            index += 1
            yield plain
            if flag == 1:
                if handle.read(1):
                    raise _damaged("there are bytes after its end")
                return


def check_stream(source: Path, data_key: bytes, practice_id: str) -> int:
    """Decrypt every chunk without keeping any; returns the plaintext size."""
    return sum(len(chunk) for chunk in decrypt_chunks(source, data_key, practice_id))


# --- taking a dump --------------------------------------------------------------------------


@dataclass(frozen=True)
class Dump:
    counts: dict[str, int]
    head_id: int
    head_hash: str | None
    schema_revision: str | None
    size: int
    sha256: str
    dump_bytes: int
    server_version: str


def table_counts(connection: sa.Connection) -> dict[str, int]:
    """Rows in every table of the practice's schema."""
    tables = (
        connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
        .scalars()
        .all()
    )
    quote_name = connection.dialect.identifier_preparer.quote
    return {
        str(table): int(
            connection.exec_driver_sql(f"SELECT count(*) FROM {quote_name(table)}").scalar_one()  # noqa: S608
        )
        for table in tables
    }


def chain_head(connection: sa.Connection) -> tuple[int, str | None]:
    row = connection.exec_driver_sql(
        "SELECT id, entry_hash FROM audit_log ORDER BY id DESC LIMIT 1"
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, None)


def _revision(connection: sa.Connection) -> str | None:
    with contextlib.suppress(sa.exc.DBAPIError):
        return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None


def dump_encrypted(
    engine: sa.Engine,
    url: str,
    password: str | None,
    target: Path,
    *,
    data_key: bytes,
    practice_id: str,
    report: Callable[[float], None] = lambda _f: None,
) -> Dump:
    """``pg_dump`` the practice's database into ``target``, sealed on the way. The row
    counts and the audit chain's head are read in the very snapshot pg_dump dumps (an
    exported snapshot), so the manifest describes exactly what the file holds.
    ``report`` is called between chunks and may raise to stop (the child is killed)."""
    pg_dump = find_tool("pg_dump")
    with engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
        with connection.begin():
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            snapshot = connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
            counts = table_counts(connection)
            head_id, head_hash = chain_head(connection)
            revision = _revision(connection)
            version = str(connection.exec_driver_sql("SHOW server_version").scalar_one())
            size_estimate = int(
                connection.exec_driver_sql(
                    "SELECT pg_database_size(current_database())"
                ).scalar_one()
            )
            command = [
                str(pg_dump),
                "--format=custom",
                "--no-password",
                f"--snapshot={snapshot}",
                "--dbname",
                libpq_url(url),
            ]
            process = subprocess.Popen(  # noqa: S603 - fixed program, no shell
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=_child_env(password),
            )
            stderr = _Stderr(process.stderr)
            try:
                with target.open("wb") as handle:
                    writer = EncryptingWriter(handle, data_key, practice_id)
                    while block := process.stdout.read(CHUNK):
                        writer.write(block)
                        report(min(0.95, writer.plain_bytes / max(size_estimate / 3, 1)))
                    writer.close()
                    handle.flush()
                    os.fsync(handle.fileno())
                process.wait()
            except BaseException:
                _stop(process)
                raise
            finally:
                with contextlib.suppress(OSError):
                    process.stdout.close()
            if process.returncode != 0:
                raise _failed("pg_dump", process, stderr)
    return Dump(
        counts=counts,
        head_id=head_id,
        head_hash=head_hash,
        schema_revision=revision,
        size=writer.size,
        sha256=writer.digest.hexdigest(),
        dump_bytes=writer.plain_bytes,
        server_version=version,
    )


# --- feeding pg_restore ---------------------------------------------------------------------


def _feed_pg_restore(
    arguments: list[str],
    source: Path,
    *,
    data_key: bytes,
    practice_id: str,
    password: str | None,
    report: Callable[[float], None],
) -> None:
    pg_restore = find_tool("pg_restore")
    process = subprocess.Popen(  # noqa: S603 - fixed program, no shell
        [str(pg_restore), "--no-password", *arguments],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=_child_env(password),
    )
    stderr = _Stderr(process.stderr)
    total = max(source.stat().st_size, 1)
    fed = 0
    try:
        try:
            for chunk in decrypt_chunks(source, data_key, practice_id):
                process.stdin.write(chunk)
                fed += len(chunk)
                report(min(0.99, fed / total))
        except BrokenPipeError:
            pass  # pg_restore stopped reading: its exit code and message say why
        with contextlib.suppress(BrokenPipeError, OSError):
            process.stdin.close()
        process.wait()
    except BaseException:
        _stop(process)
        raise
    if process.returncode != 0:
        raise _failed("pg_restore", process, stderr)


def read_through(
    source: Path,
    *,
    data_key: bytes,
    practice_id: str,
    report: Callable[[float], None] = lambda _f: None,
) -> None:
    """Decrypt the whole dump into ``pg_restore`` writing nowhere (the null device): every
    chunk authenticates and pg_restore reads every table's data, without a server."""
    _feed_pg_restore(
        ["--file", os.devnull],
        source,
        data_key=data_key,
        practice_id=practice_id,
        password=None,
        report=report,
    )


def restore_into(
    url: str,
    password: str | None,
    source: Path,
    *,
    data_key: bytes,
    practice_id: str,
    report: Callable[[float], None] = lambda _f: None,
) -> None:
    """Restore the dump into the (empty) database at ``url`` in one transaction. Objects
    belong to the login restoring (``--no-owner``); grants are made afresh afterwards by
    the caller (``--no-privileges``: the source server's roles need not exist here)."""
    _feed_pg_restore(
        [
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--dbname",
            libpq_url(url),
        ],
        source,
        data_key=data_key,
        practice_id=practice_id,
        password=password,
        report=report,
    )


# --- scratch and target databases -----------------------------------------------------------


def may_create_databases(engine: sa.Engine) -> bool:
    with engine.connect() as connection:
        return bool(
            connection.exec_driver_sql(
                "SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user"
            ).scalar()
        )


def database_name(engine: sa.Engine) -> str:
    with engine.connect() as connection:
        return str(connection.exec_driver_sql("SELECT current_database()").scalar_one())


@contextlib.contextmanager
def scratch_database(engine: sa.Engine) -> Iterator[str]:
    """A new empty database ``<db>_verify_<random>`` beside the one ``engine`` reaches,
    dropped afterwards whatever happens. Yields its name."""
    base = database_name(engine)[:40]
    name = f"{base}_verify_{secrets.token_hex(4)}"
    quoted = engine.dialect.identifier_preparer.quote(name)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8'")
    try:
        yield name
    finally:
        with contextlib.suppress(sa.exc.DBAPIError):
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")


def is_empty(engine: sa.Engine) -> bool:
    """True when the database holds no table, view or sequence of its own."""
    with engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg_toast%%' AND n.nspname NOT LIKE 'pg_temp%%' "
            "AND c.relkind IN ('r', 'v', 'S', 'm', 'p')"
        ).scalar_one()
    return int(found) == 0


def empty_public_schema(engine: sa.Engine) -> None:
    """Put a database a failed restore wrote into back as it was (empty)."""
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")


def vacuum_full(engine: sa.Engine) -> None:
    """Rewrite every table from its live rows, so rows an erasure removed after the
    restore do not linger in the new database's files as dead tuples."""
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM (FULL, ANALYZE)")
