"""The audit anchor outside the database: cutting the end off the trail, or rewriting it
and recomputing the chain, is reported by `audit verify` and `check` with the entry."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from clientmanager.cli import main
from clientmanager.services import audit, backups
from clientmanager.store import sealed
from clientmanager.store.engine import connect
from clientmanager.store.models import AuditEntry
from tests.conftest import ADMIN, ADMIN_PASSWORD

# SQLCipher only: the trail is cut through the raw file with the key, and the anchors
# compared are those of the file's backups (a server practice's backups are not built
# here; the server's own anchor is checked in tests/services/test_audit_trail.py).

ENTRIES = 45


@pytest.fixture
def trail(practice, monkeypatch):
    with practice.session() as session:
        for n in range(ENTRIES):
            audit.record(session, actor=practice.actor, action="client.opened", summary=f"n{n}")
    backups.take_backup(practice)
    with practice.session() as session:
        for n in range(5):
            audit.record(session, actor=practice.actor, action="client.opened", summary=f"m{n}")
        last = session.scalar(audit.sa.select(audit.sa.func.max(AuditEntry.id)))
    anchor = sealed.read_anchor(audit.anchor_path(practice.paths.key_slots))
    assert anchor is not None and anchor["entry"] == last
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    key = practice.key
    practice.close()
    return practice.paths, key, last


def _tamper(paths, key, *statements: str) -> None:
    connection = connect(paths.database, key)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _recompute_from(paths, key, first: int) -> None:
    """Edit entry ``first`` and recompute every hash after it, as a careful forger would."""
    connection = connect(paths.database, key)
    try:
        connection.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        rows = connection.execute(
            "SELECT id, at, user_id, username, action, client_id, summary, prev_hash "
            "FROM audit_log WHERE id >= ? ORDER BY id",
            (first,),
        ).fetchall()
        previous = rows[0][7]
        for row_id, at, user_id, username, action, client_id, summary, _prev in rows:
            if row_id == first:
                summary = "nothing to see here"
            entry = AuditEntry(
                at=dt.datetime.fromisoformat(at),
                user_id=user_id,
                username=username,
                action=action,
                client_id=client_id,
                summary=summary,
            )
            new_hash = audit.entry_hash(previous, entry)
            connection.execute(
                "UPDATE audit_log SET summary = ?, prev_hash = ?, entry_hash = ? WHERE id = ?",
                (summary, previous, new_hash, row_id),
            )
            previous = new_hash
        connection.commit()
    finally:
        connection.close()


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _both(capsys, paths) -> tuple[tuple[int, str], tuple[int, str]]:
    data_dir = str(paths.data_dir)
    checked = _run(capsys, "check", "--data-dir", data_dir)
    verified = _run(capsys, "audit", "verify", "--data-dir", data_dir)
    return checked, verified


def test_an_untouched_trail_passes_both(trail, capsys):
    paths, _key, _last = trail
    (check_code, check_out), (verify_code, verify_out) = _both(capsys, paths)
    assert check_code == 0, check_out
    assert verify_code == 0 and "intact" in verify_out


def test_the_last_entry_deleted(trail, capsys):
    paths, key, last = trail
    _tamper(paths, key, f"DELETE FROM audit_log WHERE id = {last}")
    (check_code, check_out), (verify_code, verify_out) = _both(capsys, paths)
    assert check_code != 0 and f"entry {last} is missing" in check_out
    assert "append-only guard is gone" in check_out and "audit_log_no_delete" in check_out
    # The sign-in of `audit verify` took number {last} again: it is not the anchored one.
    assert verify_code != 0 and f"entry {last}" in verify_out and "broken" in verify_out


def test_the_last_30_entries_deleted(trail, capsys):
    paths, key, last = trail
    _tamper(paths, key, f"DELETE FROM audit_log WHERE id > {last - 30}")
    (check_code, check_out), (verify_code, verify_out) = _both(capsys, paths)
    assert check_code != 0 and f"entries {last - 29} to {last} are missing" in check_out
    assert verify_code != 0 and f"entries {last - 28} to {last} are missing" in verify_out


def test_every_entry_deleted(trail, capsys):
    paths, key, last = trail
    _tamper(paths, key, "DELETE FROM audit_log")
    (check_code, check_out), (verify_code, verify_out) = _both(capsys, paths)
    assert check_code != 0 and f"entries 1 to {last} are missing" in check_out
    assert "append-only guard is gone" in check_out
    assert verify_code != 0 and f"entries 2 to {last} are missing" in verify_out


def test_a_rewritten_trail_with_its_chain_recomputed(trail, capsys):
    paths, key, last = trail
    _recompute_from(paths, key, last - 3)
    (check_code, check_out), (verify_code, verify_out) = _both(capsys, paths)
    assert check_code != 0 and f"entry {last}" in check_out and "recomputed" in check_out
    assert verify_code != 0 and f"entry {last}" in verify_out and "recomputed" in verify_out


def test_dropped_triggers_alone_are_reported_by_check(trail, capsys):
    paths, key, _last = trail
    _tamper(paths, key)
    code, out = _run(capsys, "check", "--data-dir", str(paths.data_dir))
    assert code != 0
    assert "audit_log_no_update" in out and "audit_log_no_delete" in out


def test_a_removed_anchor_file_still_leaves_the_backup_manifests(trail, capsys):
    paths, key, last = trail
    audit.anchor_path(paths.key_slots).unlink()
    _tamper(paths, key, f"DELETE FROM audit_log WHERE id > {ENTRIES - 10}")
    code, out = _run(capsys, "check", "--data-dir", str(paths.data_dir))
    assert code != 0 and "missing" in out


def test_a_forged_anchor_without_the_key_is_not_believed(trail, capsys):
    paths, key, last = trail
    _tamper(paths, key, f"DELETE FROM audit_log WHERE id > {ENTRIES - 10}")
    path = audit.anchor_path(paths.key_slots)
    forged = json.loads(path.read_text())
    forged["entry"] = ENTRIES - 10  # without the key, the MAC cannot follow
    path.write_text(json.dumps(forged))
    code, out = _run(capsys, "check", "--data-dir", str(paths.data_dir))
    assert code != 0 and "missing" in out  # the backup manifest's anchor still stands
