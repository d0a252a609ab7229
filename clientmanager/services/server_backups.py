"""Backups of a practice on the office server (issue 18), in the shape of the SQLCipher
backups of services/backups.py: the same folder names, rolling window, manifest (which
says ``"backend": "postgresql"``), key-slot copy, erasure ledger and audit anchor.

The database part is the server's ``pg_dump`` (custom format) sealed with a key derived
from the practice data key as it streams (store/pg_backup.py), never a plaintext file.
A new backup is checked before it is kept: every chunk decrypts and ``pg_restore`` reads
the whole archive. ``verify`` goes further: it restores the backup into a scratch
database on the server and compares every table's row count and the audit chain's head
with the manifest. A restore goes into a fresh, empty server database, as the server's
owner account (the desktops' login must not own the tables whose guards protect the
audit log), and applies every erasure ledger it can find, as on SQLCipher.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from clientmanager.errors import PermissionDenied
from clientmanager.paths import PracticePaths
from clientmanager.services import audit
from clientmanager.services import backups as b
from clientmanager.services.actor import Actor
from clientmanager.services.permissions import Permission, require
from clientmanager.services.practice import OpenPractice
from clientmanager.services.progress import SILENT, Progress
from clientmanager.store import migrate, pg_backup, postgres, sealed
from clientmanager.store.engine import session_factory
from clientmanager.store.keyslots import KeySlotFile
from clientmanager.store.models import Practice, User
from clientmanager.store.postgres import ServerAddress

logger = logging.getLogger(__name__)

SERVER_PASSWORD_ENV = "CLIENTMANAGER_SERVER_PASSWORD"


@dataclass(frozen=True)
class ServerOwner:
    """The server's owner account (asked for, as ``init --server`` does): it may create
    the scratch database a verification restores into, and owns a restored practice."""

    user: str
    password: str | None = field(repr=False)


def _connection(practice: OpenPractice) -> postgres.ServerConnection:
    return postgres.ServerConnection.read(practice.paths.data_dir)


def _login_password(practice: OpenPractice) -> str | None:
    return postgres.app_password(_connection(practice).url)


def _answer_or_unreachable(question: Callable[[sa.Engine], bool], engine: sa.Engine) -> bool:
    """``question(engine)``, the first thing asked of the server: a failure to connect
    there is said as the server being unreachable."""
    try:
        return question(engine)
    except sa.exc.OperationalError as exc:
        raise postgres.unreachable(exc) from None


# --- taking one -----------------------------------------------------------------------------


def write_copy(practice: OpenPractice, partial: Path, progress: Progress) -> b.WrittenCopy:
    """The server's database, dumped encrypted into ``partial`` and read through again,
    with the practice's key slots beside it."""
    key = practice.key
    connection = _connection(practice)
    target = partial / b.SERVER_DUMP_NAME
    dumping = progress.part(0.0, 0.6)
    dump = pg_backup.dump_encrypted(
        practice.engine,
        connection.url,
        _login_password(practice),
        target,
        data_key=key,
        practice_id=practice.practice_id,
        report=lambda f: dumping(f, "dumping the server's database"),
    )
    b._private_file(target)
    reading = progress.part(0.6, 0.9)
    pg_backup.read_through(
        target,
        data_key=key,
        practice_id=practice.practice_id,
        report=lambda f: reading(f, "verifying"),
    )
    progress(0.9, "sealing")
    # The slots live in the server's table; the backup carries them as a key-slot file
    # so the folder alone opens with a password or the recovery code.
    KeySlotFile.load(practice.paths.key_slots).save(partial / b.KEYS_NAME)
    return b.WrittenCopy(
        source=dump,
        backend=b.POSTGRESQL,
        server_version=dump.server_version,
        database={
            "file": b.SERVER_DUMP_NAME,
            "size": dump.size,
            "sha256": dump.sha256,
            "format": "pg_dump custom, AES-256-GCM in 1 MiB chunks",
        },
        verified={
            "decrypted": "every chunk",
            "pg_restore": "read the whole archive",
            "sha256": "recorded as written",
            "row_counts": "read in pg_dump's own snapshot",
            "restore_test": "not run (clientmanager verify-backup)",
        },
    )


# --- checking one ---------------------------------------------------------------------------


def deep_check(info: b.BackupInfo, key: bytes) -> list[str]:
    """With the backup's key: every chunk decrypts and pg_restore reads the archive."""
    try:
        pg_backup.read_through(info.database, data_key=key, practice_id=info.practice_id)
    except pg_backup.DumpDamaged as exc:
        return [exc.message]
    except pg_backup.PgToolFailed as exc:
        return [f"pg_restore could not read it: {exc.values.get('detail', exc.message)}"]
    return []


def _owner_url(practice: OpenPractice, owner: ServerOwner | None) -> tuple[str, str | None]:
    url = _connection(practice).url
    if owner is None:
        return url, _login_password(practice)
    return pg_backup.with_user(url, owner.user), owner.password


def restore_check(
    practice: OpenPractice,
    info: b.BackupInfo,
    key: bytes,
    *,
    owner: ServerOwner | None = None,
    required: bool = True,
    progress: Progress = SILENT,
) -> list[str] | None:
    """Restore the backup into a scratch database on the practice's server and compare
    every table's row count and the audit chain (its head against the manifest's anchor)
    with the manifest; the scratch database is dropped afterwards. None when it could not
    be run (the login may not create databases and ``required`` is False)."""
    url, password = _owner_url(practice, owner)
    address = ServerAddress.parse(url)
    engine = address.engine(password)
    try:
        allowed = _answer_or_unreachable(pg_backup.may_create_databases, engine)
        if not allowed:
            if not required:
                return None
            raise b.BackupError(
                "The login {login} may not create databases, so the backup cannot be "
                "restored into a scratch database on the server to check it.",
                hint="Run it again with --owner NAME: the server's owner account (its "
                "password is asked for, or CLIENTMANAGER_SERVER_PASSWORD). The backup was "
                "not changed.",
                login=address.user,
            )
        manifest = b._read_manifest(info.path)
        problems: list[str] = []
        with pg_backup.scratch_database(engine) as scratch:
            scratch_url = pg_backup.with_database(url, scratch)
            progress(0.1, "restoring into a scratch database")
            try:
                pg_backup.restore_into(
                    scratch_url,
                    password,
                    info.database,
                    data_key=key,
                    practice_id=info.practice_id,
                    report=lambda f: progress(0.1 + 0.7 * f, "restoring into a scratch database"),
                )
            except pg_backup.DumpDamaged as exc:
                return [exc.message]
            except pg_backup.PgToolFailed as exc:
                return [f"pg_restore could not restore it: {exc.values.get('detail', '')}"]
            progress(0.85, "comparing")
            restored = ServerAddress.parse(scratch_url).engine(password)
            try:
                problems.extend(_compare(restored, manifest, key))
            finally:
                restored.dispose()
        return problems
    finally:
        engine.dispose()


def _compare(engine: sa.Engine, manifest: dict, key: bytes) -> list[str]:
    problems: list[str] = []
    with engine.connect() as connection:
        counts = pg_backup.table_counts(connection)
        head_id, head_hash = pg_backup.chain_head(connection)
    for table, expected in sorted(manifest.get("counts", {}).items()):
        found = counts.get(table)
        if found != int(expected):
            problems.append(f"{table}: {found} rows restored, {expected} in the manifest")
    anchor = manifest.get("audit_anchor") or {}
    if not sealed.anchor_is_genuine(
        anchor, practice_id=str(manifest.get("practice_id")), signer=sealed.anchor_key(key)
    ):
        problems.append("the manifest's audit anchor is not genuine (changed, or another key)")
    elif (head_hash or audit.GENESIS_HASH) != manifest.get("audit_chain_head") or (
        int(anchor.get("entry", -1)) != head_id
        or anchor.get("hash") != (head_hash or audit.GENESIS_HASH)
    ):
        problems.append("the restored audit trail does not end where the manifest's anchor says")
    sessions = session_factory(engine)
    with sessions() as session:
        chain = audit.verify_chain(session, expected_head=manifest.get("audit_chain_head"))
    if not chain.ok:
        problems.append(chain.describe())
    return problems


# --- restoring into a fresh server database -------------------------------------------------


def restore_to_server(
    path: Path,
    *,
    paths: PracticePaths,
    address: ServerAddress,
    password: str | None,
    unlocked: b.Unlocked,
    app_login: str,
    app_password: str | None,
    ledger_files: list[Path] | tuple[Path, ...] = (),
    progress: Progress = SILENT,
) -> b.RestoreResult:
    """Restore a server backup into the empty database ``address`` names (connected as
    the server's owner account), then point ``paths`` (a new data folder) at it through
    the desktops' login ``app_login``. Every erasure ledger that can be found is applied,
    so nobody erased comes back; the key slots come back with the dump
    (``server_key_slots``). A failure leaves the database empty again."""
    require(unlocked.actor, Permission.RESTORE)
    progress(0.0, "verifying")
    result = b.check_backup(path, key=unlocked.key, full=True)
    b.raise_if_unsound(result)
    backup = result.backup
    if not backup.on_server:
        raise b.BackupError(
            "This is a backup of a practice on one PC; it restores into a data folder, not "
            "into a server database.",
            hint="Run the restore without --server. Moving a practice to the server is "
            "'clientmanager server migrate'.",
        )
    if paths.exists() or (paths.data_dir / postgres.SERVER_FILE).exists():
        raise b.BackupError(
            "A practice is already in {folder}.",
            hint="Restore into a new, empty folder with --data-dir; then set the other PCs "
            "up for the restored practice with 'clientmanager join'. Nothing was changed.",
            folder=paths.data_dir,
        )
    search = b.find_ledgers(backup, unlocked.key, extra_files=ledger_files)
    taken = backup.created_at
    manifest = b._read_manifest(backup.path)
    try:
        taken = dt.datetime.fromisoformat(manifest["taken_at"])
    except (KeyError, TypeError, ValueError):
        pass
    uncovered = search.uncovered_since(taken)
    engine = address.engine(password)
    try:
        empty = _answer_or_unreachable(pg_backup.is_empty, engine)
        if not empty:
            raise b.BackupError(
                "The database {database} on the server is not empty.",
                hint="A restore goes into a new, empty database (create one on the server, "
                "e.g. createdb), so nothing there is overwritten. Nothing was changed.",
                database=address.database,
            )
        try:
            pg_backup.restore_into(
                address.url,
                password,
                backup.database,
                data_key=unlocked.key,
                practice_id=backup.practice_id,
                report=lambda f: progress(0.3 + 0.4 * f, "restoring into the server"),
            )
        except BaseException:
            pg_backup.empty_public_schema(engine)
            raise
        try:
            restored = _finish_restore(
                engine, backup, unlocked, search, uncovered, app_login, app_password, progress
            )
        except BaseException:
            engine.dispose()
            engine = address.engine(password)
            pg_backup.empty_public_schema(engine)
            raise
    finally:
        engine.dispose()
    upgraded_from, replayed, head, actor = restored
    desktop_url = pg_backup.with_user(address.url, app_login)
    postgres.use_app_password(desktop_url, app_password)
    postgres.ServerConnection(desktop_url, backup.practice_id, backup.practice_name).write(
        paths.data_dir
    )
    if app_password:
        postgres.remember_app_password(desktop_url, app_password)
    audit.write_anchor(
        paths.key_slots, practice_id=backup.practice_id, head=head, key=unlocked.key, new_epoch=True
    )
    progress.done("done")
    logger.info("restored %s into the office server", backup.name)
    return b.RestoreResult(
        backup,
        None,
        upgraded_from,
        replayed,
        True,
        uncovered_erasure_at=uncovered,
        ledgers_used=tuple(search.sources),
    )


def _finish_restore(
    engine: sa.Engine,
    backup: b.BackupInfo,
    unlocked: b.Unlocked,
    search: b.LedgerSearch,
    uncovered: dt.datetime | None,
    app_login: str,
    app_password: str | None,
    progress: Progress,
) -> tuple[str | None, int, tuple[int, str], Actor]:
    postgres.seal_fields(engine, unlocked.key)
    upgraded_from = None
    revision = migrate.current_revision(engine)
    if revision != migrate.head_revision():
        upgraded_from = revision
        migrate.upgrade(engine)
    postgres.grant_app_role(engine)
    postgres.create_app_login(engine, app_login, app_password or "")
    sessions = session_factory(engine)
    actor = unlocked.actor
    with sessions() as session, session.begin():
        practice = session.scalar(sa.select(Practice))
        if practice is None or practice.practice_id != backup.practice_id:
            raise b.BackupCorrupt(
                "The restored database is not the practice the backup names.",
                hint="Use another backup. The server database was emptied again.",
            )
        if actor.user_id is None and actor.username != Actor.recovery().username:
            user = session.scalar(sa.select(User).where(User.username == actor.username))
            if user is None or not user.is_active:
                raise PermissionDenied(
                    "That account is not active in this backup.",
                    hint="Use an administrator's password from when the backup was taken, "
                    "or the recovery code.",
                )
            actor = Actor(user_id=user.id, username=user.username, role=user.role)
            require(actor, Permission.RESTORE)
        progress(0.75, "applying erasures")
        replayed = b.replay_and_record_restore(
            session, actor, backup, search, upgraded_from, uncovered, on_server=True
        )
    if replayed:
        progress(0.85, "rewriting the tables")
        pg_backup.vacuum_full(engine)
    head = audit.head_of(sessions)
    with sessions() as session:
        chain = audit.verify_chain(session)
    if not chain.ok:
        raise b.BackupCorrupt(
            "The restored audit trail does not verify: {problem}.",
            hint="Use another backup. The server database was emptied again.",
            problem=chain.describe(),
        )
    return upgraded_from, replayed, head, actor


def unlock_server_backup(
    info: b.BackupInfo, slots: KeySlotFile, username: str, password: str
) -> b.Unlocked:
    """A password unwraps the key here; whether the account is an active administrator
    is read from the restored database itself (the dump cannot be read without a server),
    before anything else is done there."""
    key = slots.unwrap_with_password(username, password)
    return b.Unlocked(key, Actor(user_id=None, username=username, role="administrator"))
