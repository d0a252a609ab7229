"""The schema the migrations build, pinned as SQLite itself records it.

Migrations are history: a refactoring of them (shared column or trigger helpers) must
build exactly the schema it built before, whether a practice is created at the newest
revision in one step or was upgraded one revision at a time over the years. When a new
migration changes the schema on purpose, regenerate the pinned text with
``PYTHONPATH=. python tests/store/test_schema_pinned.py`` and review the difference.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import sqlalchemy as sa
from alembic.script import ScriptDirectory

from clientmanager.store import migrate
from clientmanager.store.engine import create_practice_engine

PINNED = Path(__file__).resolve().parent.parent / "data" / "sqlcipher_schema.txt"


def _schema(engine: sa.Engine) -> str:
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).all()
    return "".join(f"{tuple(row)!r}\n" for row in rows)


def _revisions_oldest_first() -> list[str]:
    scripts = ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()
    return [script.revision for script in reversed(list(scripts))]


def _schema_at_head(path: Path) -> str:
    engine = create_practice_engine(path, os.urandom(32))
    try:
        migrate.upgrade(engine)
        return _schema(engine)
    finally:
        engine.dispose()


def test_a_new_practice_gets_the_pinned_schema(tmp_path):
    assert _schema_at_head(tmp_path / "practice.db") == PINNED.read_text(encoding="utf-8")


def test_upgrading_one_revision_at_a_time_gives_the_same_schema(tmp_path):
    engine = create_practice_engine(tmp_path / "practice.db", os.urandom(32))
    try:
        for revision in _revisions_oldest_first():
            migrate.upgrade(engine, revision)
        assert _schema(engine) == PINNED.read_text(encoding="utf-8")
    finally:
        engine.dispose()


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        PINNED.write_text(_schema_at_head(Path(folder) / "practice.db"), encoding="utf-8")
    sys.stdout.write(f"wrote {PINNED}\n")
