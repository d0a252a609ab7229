"""``clientmanager server migrate``: move a practice from its SQLCipher file to the office
server, or from the server back into a SQLCipher file, keeping every row.

The copy itself is store/transfer.py; this module is the policy around it: who may, which
servers are acceptable (the same checks and set-up as ``init --server``), that the target
holds no practice yet, that every table's count and the audit chain verify on the target
before anything is committed, and what becomes of the data folder afterwards. The
practice's data key does not change, so every user's password and the recovery code keep
working: the key slots move with the data (into the server's ``server_key_slots``, or
into a key-slot file).

All of the target's changes are one transaction: a failure (the server gone, a full
disk, a refused row) leaves the target without a practice and the source as it was.
Only after that commit is the data folder switched over; the old SQLCipher file (or the
old server connection file) is kept in a folder beside, renamed, never deleted.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.errors import ClientManagerError, IntegrityProblem, PracticeAlreadyExists
from clientmanager.paths import PracticePaths
from clientmanager.services import audit
from clientmanager.services.permissions import Permission, require
from clientmanager.services.progress import Progress
from clientmanager.services.server import ServerCheck, check_server, desktop_url
from clientmanager.store import migrate, postgres, transfer
from clientmanager.store.engine import create_practice_engine, dispose_practice_engine
from clientmanager.store.keyslots import KeySlotFile
from clientmanager.store.postgres import ServerAddress

logger = logging.getLogger(__name__)

MOVED_TO_SERVER_PREFIX = "moved-to-server-"
MOVED_TO_FILE_PREFIX = "moved-to-file-"
_STAGING = ".moving-to-file"


class MigrationRefused(ClientManagerError):
    pass


@dataclass
class MigrationResult:
    to_server: bool
    # Rows per table in the source, and what the target holds after the copy (checked
    # equal before the commit; the move's own audit entry comes on top of audit_log).
    source_counts: dict[str, int] = field(default_factory=dict)
    target_counts: dict[str, int] = field(default_factory=dict)
    audit_entries_verified: int = 0
    # Where the old SQLCipher file (or the old server connection file) now is.
    retired: Path | None = None
    desktop_url: str = ""
    password_in_keyring: bool = False
    # Set when the server's own check refused it: then nothing was changed anywhere.
    check: ServerCheck | None = None

    @property
    def done(self) -> bool:
        return self.retired is not None


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def _copy_progress(progress: Progress, total: int) -> Callable[[str, int], None]:
    finished = {"rows": 0, "table": "", "done": 0}

    def report(table: str, done: int) -> None:
        if table != finished["table"]:
            finished["rows"] += finished["done"]
            finished["table"] = table
        finished["done"] = done
        progress.counted(finished["rows"] + done, total, f"Copying {table}")

    return report


def _verify_target(
    target: sa.Connection,
    source_counts: dict[str, int],
    anchors: list[tuple[int, str]],
) -> tuple[dict[str, int], int]:
    """Every table's count, then the audit chain (reaching every anchor the source knew),
    on the target inside its transaction: a mismatch rolls the whole copy back."""
    counts = transfer.count_rows(target)
    different = sorted(t for t in source_counts if counts.get(t) != source_counts[t])
    if different:
        raise IntegrityProblem(
            "The copy does not hold the same rows as the practice ({tables}), so nothing "
            "was moved.",
            hint="The practice is as it was. Run 'clientmanager check', then try again.",
            tables=", ".join(different),
        )
    with Session(bind=target, join_transaction_mode="create_savepoint") as session:
        chain = audit.verify_chain(session, anchors=anchors)
    if not chain.ok:
        raise IntegrityProblem(
            "The audit trail did not verify on the copy ({problem}), so nothing was moved.",
            hint="The practice is as it was. Run 'clientmanager audit verify' on it.",
            problem=chain.describe(),
        )
    return counts, chain.checked


def _record_move(target: sa.Connection, actor, action: str, summary: str) -> tuple[int, str]:  # noqa: ANN001
    with Session(bind=target, join_transaction_mode="create_savepoint") as session:
        entry = audit.record(session, actor=actor, action=action, summary=summary)
        head = (entry.id, entry.entry_hash or "")
        session.commit()
    return head


def _anchors_of(practice) -> list[tuple[int, str]]:  # noqa: ANN001 (an OpenPractice)
    with practice.sessions() as session:
        return audit.known_anchors(session)


def _server_failure(exc: sa.exc.DBAPIError) -> ClientManagerError:
    problem = postgres.explain(exc)
    if isinstance(exc, sa.exc.OperationalError) or problem is None:
        kind = type(getattr(exc, "orig", exc)).__name__
        table = getattr(exc, "refused_table", None)
        logger.warning("server migrate failed: %s (table %s)", kind, table)
        if table and not isinstance(exc, sa.exc.OperationalError):
            return MigrationRefused(
                "The target database refused a row of the table {table} ({kind}), so "
                "nothing was moved.",
                hint="Both the target and the practice are as they were. Run 'clientmanager "
                "check' on the practice, and tell support the table's name.",
                table=table,
                kind=kind,
            )
        return MigrationRefused(
            "The office server stopped the move ({kind}), so nothing was moved.",
            hint="The server's database holds no practice and the practice on this PC is as "
            "it was. Check that the server is on and has room, then try again.",
            kind=kind,
        )
    return problem


def move_to_server(
    practice,  # noqa: ANN001 (an OpenPractice in one SQLCipher file, unlocked)
    address: ServerAddress | str,
    password: str | None,
    *,
    app_login: str | None = None,
    app_password: str | None = None,
    progress: Progress | None = None,
) -> MigrationResult:
    """Copy the practice into the (empty, or prepared by ``server init``) server database
    at ``address``, then point the data folder at it. With the server's owner account the
    server is checked and prepared first, as ``init --server`` does, and ``app_login`` is
    created for the desktops. Closes ``practice`` when the move is done."""
    from clientmanager.domain.passwords import check_new_password, check_username

    require(practice.actor, Permission.RESTORE)
    progress = progress or Progress()
    if isinstance(address, str):
        address = ServerAddress.parse(address)
    if practice.on_server:
        raise MigrationRefused(
            "This practice is already on the office server.",
            hint="To bring it back into a file on this PC, use 'clientmanager server "
            "migrate --to-file'.",
        )
    probe = address.engine(password)
    try:
        facts = postgres.read_facts(probe)
    finally:
        probe.dispose()
    if facts.is_superuser:
        if not app_login:
            raise postgres.ServerPracticeError(
                "That is the server's owner account: the desktops must not sign in with it.",
                hint="Add --app-login NAME: the move creates that login for the desktops, "
                "with no right to change the audit log.",
            )
        check = check_server(address, password)
        if not check.ok:
            return MigrationResult(True, check=check)
        login = check_username(app_login)
        login_password = check_new_password(app_password or "", username=login)
        url = desktop_url(address, login)
    else:
        check, login, login_password, url = None, None, password, address.url
    slots = KeySlotFile.load(practice.paths.key_slots)
    anchors = _anchors_of(practice)
    key = practice.key
    engine = address.engine(password)
    postgres.seal_fields(engine, key)
    progress(0.0, "Preparing the office server")
    try:
        with practice.engine.connect() as source, source.begin(), engine.begin() as target:
            if login is not None:
                postgres.build_schema(target)
                postgres.grant_app_role(target)
                postgres.create_app_login(target, login, login_password or "")
            elif not sa.inspect(target).has_table("alembic_version") or (
                target.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                != migrate.head_revision()
            ):
                raise MigrationRefused(
                    "The server's database is not prepared for ClientManager.",
                    hint="Give the server's owner account instead (with --app-login), or "
                    "prepare it first with 'clientmanager server init URL --app-login NAME'.",
                )
            if transfer.holds_practice(target):
                raise PracticeAlreadyExists(
                    "The server's database already holds a practice, so nothing was moved.",
                    hint="Give this practice its own, empty database on the server.",
                )
            source_counts = transfer.count_rows(source)
            total = sum(source_counts.values())
            transfer.copy_rows(
                source, target, progress=_copy_progress(progress.part(0.05, 0.9), total)
            )
            transfer.reset_sequences(target)
            postgres.write_slots(target, slots)
            progress(0.92, "Checking the copy")
            target_counts, verified = _verify_target(target, source_counts, anchors)
            head = _record_move(
                target,
                practice.actor,
                "practice.moved_to_server",
                f"{address.host} {address.database}",
            )
            progress.check()  # a late Cancel still rolls everything back
    except sa.exc.DBAPIError as exc:
        raise _server_failure(exc) from None
    finally:
        dispose_practice_engine(engine)
    # Committed: from here on the server holds the practice.
    paths: PracticePaths = practice.paths
    postgres.use_app_password(url, login_password)
    postgres.ServerConnection(url, practice.practice_id, practice.practice_name).write(
        paths.data_dir
    )
    practice.close()
    retired = paths.data_dir / (MOVED_TO_SERVER_PREFIX + _stamp())
    retired.mkdir()
    for old in (paths.database, *paths.database_sidecars(), paths.key_slots):
        if old.exists():
            old.replace(retired / old.name)
    anchor = audit.anchor_path(paths.key_slots)
    if anchor.exists():
        shutil.copy2(anchor, retired / anchor.name)
    audit.write_anchor(paths.key_slots, practice_id=slots.practice_id, head=head, key=key)
    kept = bool(login_password) and postgres.remember_app_password(url, login_password)
    logger.info("practice moved to the office server")
    progress.done("Moved")
    return MigrationResult(True, source_counts, target_counts, verified, retired, url, kept, check)


def move_to_file(practice, *, progress: Progress | None = None) -> MigrationResult:  # noqa: ANN001
    """Copy the practice on the office server into a new SQLCipher file in this data
    folder (the same data key, so the same passwords), then use that file. The server's
    database is left as it is. Closes ``practice`` when the move is done."""
    require(practice.actor, Permission.RESTORE)
    progress = progress or Progress()
    if not practice.on_server:
        raise MigrationRefused(
            "This practice is already in a file on this PC.",
            hint="To move it to the office server, use 'clientmanager server migrate --to URL'.",
        )
    paths: PracticePaths = practice.paths
    staging = PracticePaths(paths.data_dir / _STAGING)
    if staging.data_dir.exists():
        shutil.rmtree(staging.data_dir)  # only ever an interrupted earlier attempt's
    staging.data_dir.mkdir()
    key = practice.key
    anchors = _anchors_of(practice)
    engine = None
    try:
        engine = create_practice_engine(staging.database, key)
        progress(0.0, "Preparing the new practice file")
        migrate.upgrade(engine)
        with (
            practice.engine.connect().execution_options(
                isolation_level="REPEATABLE READ"
            ) as source,
            source.begin(),
            engine.begin() as target,
        ):
            slots = postgres.read_slots(source, practice.practice_id)
            source_counts = transfer.count_rows(source)
            total = sum(source_counts.values())
            transfer.copy_rows(
                source, target, progress=_copy_progress(progress.part(0.05, 0.9), total)
            )
            progress(0.92, "Checking the copy")
            target_counts, verified = _verify_target(target, source_counts, anchors)
            head = _record_move(
                target, practice.actor, "practice.moved_to_file", practice.practice_name
            )
            progress.check()
        dispose_practice_engine(engine)
        engine = None
        slots.save(staging.key_slots)  # a plain file: the staging folder has no server pointer
    except sa.exc.DBAPIError as exc:
        dispose_practice_engine(engine)
        shutil.rmtree(staging.data_dir, ignore_errors=True)
        problem = postgres.explain(exc)
        raise (problem or _server_failure(exc)) from None
    except BaseException:
        dispose_practice_engine(engine)
        shutil.rmtree(staging.data_dir, ignore_errors=True)
        raise
    practice.close()
    retired = paths.data_dir / (MOVED_TO_FILE_PREFIX + _stamp())
    retired.mkdir()
    paths.server_connection.replace(retired / paths.server_connection.name)
    for built in (staging.database, staging.key_slots):
        built.replace(paths.data_dir / built.name)
    shutil.rmtree(staging.data_dir, ignore_errors=True)
    audit.write_anchor(paths.key_slots, practice_id=slots.practice_id, head=head, key=key)
    logger.info("practice moved from the office server into a file")
    progress.done("Moved")
    return MigrationResult(False, source_counts, target_counts, verified, retired)
