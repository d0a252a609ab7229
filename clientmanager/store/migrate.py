"""Schema versions: Alembic upgrades, always after a verified copy of the old database."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa

from clientmanager.errors import IntegrityProblem
from clientmanager.paths import PracticePaths
from clientmanager.store.engine import connect
from clientmanager.store.files import fsync_directory

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Tables that migrations create by hand and the ORM does not map: the FTS5 index and the
# shadow tables SQLite keeps for it, and the list positions its ordered tables use (0014).
# Autogenerate must not offer to drop them.
UNMAPPED_TABLE_PREFIXES = ("client_search", "client_list_positions")


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # noqa: ANN001
    return not (
        type_ == "table"
        and reflected
        and compare_to is None
        and str(name).startswith(UNMAPPED_TABLE_PREFIXES)
    )


def alembic_config(connection: sa.Connection | None = None) -> Config:
    # Alembic (and Mako) cost a noticeable part of start-up; they are imported only when a
    # schema version must really be worked out or changed.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    """False for a schema written by a newer version of the app (its revision is unknown).
    Read from the revision files themselves: no Alembic import at start-up."""
    revisions, _parents = _revision_files()
    return revision in revisions


def current_revision(engine: sa.Engine) -> str | None:
    """The database's schema version: one plain query (Alembic's own table), so opening a
    practice that needs no upgrade imports no Alembic; None for a database with no schema."""
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except sa.exc.OperationalError:
        return None
    if len(rows) > 1:
        raise RuntimeError("the database records more than one schema version")
    return rows[0][0] if rows else None


def upgrade(bind: sa.Engine | sa.Connection, revision: str = "head") -> None:
    """On an engine, in a transaction of its own; on a connection, inside the caller's."""
    from alembic import command

    if isinstance(bind, sa.Connection):
        command.upgrade(alembic_config(bind), revision)
        return
    with bind.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def copy_encrypted_database(
    source: Path, key: bytes, destination: Path, *, key_slots: Path | None = None
) -> Path:
    """Copy a live database with SQLite's online backup API, under the same key, and prove
    the copy opens and is whole before returning. The key-slot file goes alongside."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".tmp")
    partial.unlink(missing_ok=True)
    source_connection = connect(source, key)
    try:
        target = connect(partial, key)
        try:
            source_connection.backup(target)
            # The copy is a standalone file: fold its WAL back in so it is one file.
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            target.execute("PRAGMA journal_mode = DELETE")
            problems = target.execute("PRAGMA cipher_integrity_check").fetchall()
            ok = target.execute("PRAGMA integrity_check").fetchone()
        finally:
            target.close()
    finally:
        source_connection.close()
    if problems or ok is None or ok[0] != "ok":
        partial.unlink(missing_ok=True)
        raise IntegrityProblem(
            "The safety copy taken before a schema upgrade did not verify.",
            hint="Nothing was upgraded. Run 'clientmanager check' and contact support.",
        )
    partial.replace(destination)
    if key_slots is not None and key_slots.exists():
        shutil.copy2(key_slots, destination.with_suffix(".keys"))
    fsync_directory(destination.parent)
    return destination


_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*=\s*"([^"]*)"', re.MULTILINE)


def _revision_files() -> tuple[set[str], set[str]]:
    """Every revision id in the migration files, and every id named as a parent."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    return revisions, parents


def _is_at_the_only_head(engine: sa.Engine) -> bool:
    """The start-up check without Alembic: the database's version (one plain query) against
    the one revision no other revision file names as its parent. Anything unusual (no
    version table, several heads, a file this cannot read) answers False, and the caller
    asks Alembic."""
    revisions, parents = _revision_files()
    heads = revisions - parents
    if len(heads) != 1:
        return False
    try:
        with engine.connect() as connection:
            versions = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    except sa.exc.OperationalError:
        return False
    return [row[0] for row in versions] == list(heads)


def upgrade_if_needed(engine: sa.Engine, paths: PracticePaths, key: bytes) -> Path | None:
    """Bring an older database to the current schema. Returns the pre-upgrade copy, if any.

    A database that has no schema yet is created at head without a copy; an older one is
    copied first, so a failed or unwanted upgrade can always be undone by a restore.
    """
    if _is_at_the_only_head(engine):
        return None
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    safety_copy = None
    if current is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        safety_copy = copy_encrypted_database(
            paths.database,
            key,
            paths.upgrade_backups / f"practice-before-{current}-{stamp}.db",
            key_slots=paths.key_slots,
        )
        logger.info("schema %s is older than %s; copy kept at %s", current, head, safety_copy)
    upgrade(engine)
    return safety_copy
