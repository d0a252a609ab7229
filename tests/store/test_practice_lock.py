"""One writer at a time: the practice lock file, BEGIN IMMEDIATE writers, busy messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.errors import DatabaseBusy, PracticeInUse
from clientmanager.services.practice import OpenPractice, unlock_with_password
from clientmanager.store import engine as engine_module
from clientmanager.store.engine import connect
from clientmanager.store.practice_lock import LOCK_NAME, PracticeLock, read_holder, this_host
from tests.conftest import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from clientmanager.store.practice_lock import PracticeLock
    lock = PracticeLock.acquire(Path(sys.argv[1]), user="sipho")
    print("ready", flush=True)
    sys.stdin.readline()
    lock.release()
    """
)


def _holder(data_dir: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout.readline().strip() == "ready"
    return process


def test_the_lock_names_the_pc_the_user_and_the_time(practice_paths, practice):
    lock = PracticeLock.acquire(practice_paths.data_dir, user="thandi")
    try:
        document = json.loads((practice_paths.data_dir / LOCK_NAME).read_text())
        assert document["host"] == this_host()
        assert document["user"] == "thandi"
        assert document["pid"] == os.getpid()
        assert document["since"][:4].isdigit()
    finally:
        lock.release()
    assert not (practice_paths.data_dir / LOCK_NAME).exists()


def test_a_second_opener_is_told_who_has_the_practice(practice_paths, practice):
    holder = _holder(practice_paths.data_dir)
    try:
        with pytest.raises(PracticeInUse) as refused:
            PracticeLock.acquire(practice_paths.data_dir, user="thandi")
        assert f"sipho on {this_host()}" in refused.value.message
        assert "read-only" in refused.value.hint
        # The CLI's bulk writers take the lock too, and are refused the same way.
        with pytest.raises(PracticeInUse):
            unlock_with_password(practice_paths, ADMIN, ADMIN_PASSWORD, hold_lock=True)
    finally:
        holder.communicate("\n", timeout=30)
    # Released: the next opener gets it.
    PracticeLock.acquire(practice_paths.data_dir, user="thandi").release()


def test_a_lock_left_by_a_dead_process_is_taken_over(practice_paths, practice):
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    stale = {
        "host": this_host(),
        "pid": process.pid,
        "user": "sipho",
        "since": "2026-11-30T08:00:00",
    }
    (practice_paths.data_dir / LOCK_NAME).write_text(json.dumps(stale))
    assert read_holder(practice_paths.data_dir) is None  # a dead holder is nobody
    lock = PracticeLock.acquire(practice_paths.data_dir, user="thandi")
    try:
        assert lock.took_over is not None and lock.took_over.pid == process.pid
        assert json.loads((practice_paths.data_dir / LOCK_NAME).read_text())["user"] == "thandi"
    finally:
        lock.release()


def test_a_killed_holder_releases_the_lock(practice_paths, practice):
    holder = _holder(practice_paths.data_dir)
    holder.kill()
    holder.wait()
    # The file is still there naming sipho, but nobody holds it any more.
    assert (practice_paths.data_dir / LOCK_NAME).exists()
    PracticeLock.acquire(practice_paths.data_dir, user="thandi").release()


def test_writers_take_the_lock_first_and_a_busy_database_names_the_holder(
    practice_paths, practice: OpenPractice, monkeypatch
):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.3)
    practice.engine.dispose()
    lock = PracticeLock.acquire(practice_paths.data_dir, user="sipho")
    other = connect(practice_paths.database, practice.key)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE practice SET name = name")
        # While another writer holds the database, a session may still read...
        with practice.session() as session:
            assert session.execute(sa.text("SELECT count(*) FROM users")).scalar() == 1
        # ...but its first write waits for the write lock, then says who holds it, and
        # nothing of the session is written.
        with pytest.raises(DatabaseBusy) as busy:
            with practice.session() as session:
                session.execute(sa.text("SELECT count(*) FROM clients")).scalar()
                session.execute(sa.text("UPDATE practice SET name = 'changed'"))
        assert "another task in this copy of ClientManager" in busy.value.message
        assert "Nothing was changed" in busy.value.hint
        other.rollback()
        # With the other writer gone, the same session writes, inside BEGIN IMMEDIATE.
        with practice.session() as session:
            session.execute(sa.text("UPDATE practice SET name = 'changed'"))
            raw = session.connection().connection.dbapi_connection
            assert raw.in_transaction
        other.execute("BEGIN IMMEDIATE")  # and the lock was released at commit
    finally:
        other.rollback()
        other.close()
        lock.release()


def test_a_session_that_opens_a_transaction_holds_the_write_lock_from_the_start(
    practice_paths, practice: OpenPractice, monkeypatch
):
    """A savepoint (or DDL) opens the transaction before any write: it must not be a
    deferred reader that later fails half-way to upgrade, so it takes the lock first and
    another writer waits (here: is refused after its short timeout)."""
    import sqlcipher3

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.3)
    other = connect(practice_paths.database, practice.key)
    try:
        with practice.session() as session:
            with session.begin_nested():
                session.execute(sa.text("SELECT count(*) FROM clients")).scalar()
                with pytest.raises(sqlcipher3.dbapi2.OperationalError, match="locked"):
                    other.execute("BEGIN IMMEDIATE")
                session.execute(sa.text("UPDATE practice SET name = 'changed'"))
        other.execute("BEGIN IMMEDIATE")  # free again once the session committed
        other.rollback()
    finally:
        other.close()
