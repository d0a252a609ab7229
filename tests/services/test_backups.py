"""Backups: real encrypted copies, verified, kept in a rolling window, and restored."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlcipher3 import dbapi2 as sqlcipher

from clientmanager.errors import (
    ClientManagerError,
    PermissionDenied,
    WrongPassword,
    WrongRecoveryCode,
)
from clientmanager.paths import PracticePaths
from clientmanager.services import backups, erasure
from clientmanager.services import practice as practice_service
from clientmanager.services.audit import Actor
from clientmanager.services.backups import BackupInfo, plan_retention
from clientmanager.services.demo import generate_demo_data
from clientmanager.store import migrate
from clientmanager.store.engine import connect
from clientmanager.store.models import AuditEntry, Client, ErasureEntry
from tests.conftest import ADMIN, ADMIN_PASSWORD

SENTINEL = "QUOKKA-SENTINEL-4417"
DAY0 = dt.datetime(2026, 3, 1, 18, 30)


def _add_sentinel_client(practice) -> int:
    with practice.session() as session:
        client = Client(first_names="Lindiwe", surname=SENTINEL, email="lindiwe@example.co.za")
        session.add(client)
        session.flush()
        return client.id


def _table_rows(connection: sqlcipher.Connection) -> dict[str, list[tuple]]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {
        name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr)  # noqa: S608
        for name in names
    }


def _rows_of(database: Path, key: bytes) -> dict[str, list[tuple]]:
    connection = connect(database, key)
    try:
        return _table_rows(connection)
    finally:
        connection.close()


def _file_bytes(paths: PracticePaths) -> bytes:
    return paths.database.read_bytes()


@pytest.fixture
def demo_practice(practice):
    generate_demo_data(practice.engine, clients=40, seed=7)
    _add_sentinel_client(practice)
    return practice


# --- taking and restoring -------------------------------------------------------------------


def test_backup_is_encrypted_verified_and_restores_identical_rows(
    demo_practice, recovery_code, tmp_path, fail_keyring
):
    practice = demo_practice
    source = connect(practice.paths.database, practice.key)
    try:
        before = _table_rows(source)
    finally:
        source.close()

    info = backups.take_backup(practice)

    assert info.path.parent == practice.paths.backups
    assert sorted(p.name for p in info.path.iterdir()) == [
        "erasures.ledger",
        "manifest.json",
        "practice.db",
        "practice.keys",
    ]
    manifest = json.loads((info.path / "manifest.json").read_text())
    assert manifest["counts"]["clients"] == 41
    assert manifest["database"]["sha256"] == backups.sha256_of(info.database)
    assert manifest["schema_revision"] == migrate.head_revision()
    assert len(manifest["audit_chain_head"]) == 64
    assert info.verified and info.size == info.database.stat().st_size
    # No client data in any file of the backup, and the database needs the key.
    for file in info.path.iterdir():
        assert SENTINEL.encode() not in file.read_bytes(), file.name
    # One self-contained file in rollback-journal mode: opens read-only from a USB stick.
    copy = connect(info.database, practice.key, read_only=True)
    try:
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        copy.close()
    keyless = sqlcipher.connect(str(info.database))
    with pytest.raises(sqlcipher.DatabaseError):
        keyless.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    keyless.close()

    # A new PC: an empty folder, no keyring, only the backup and the recovery code.
    new_pc = PracticePaths(tmp_path / "new-pc")
    unlocked = backups.unlock_backup(info.path, recovery_code=recovery_code)
    result = backups.restore_backup(info.path, paths=new_pc, unlocked=unlocked)
    assert result.safety_backup is None and result.upgraded_from is None
    restored = connect(new_pc.database, unlocked.key)
    try:
        after = _table_rows(restored)
    finally:
        restored.close()
    assert after.keys() == before.keys()
    for table, rows in before.items():
        if table == "audit_log":
            added = [row for row in after[table] if row not in rows]
            assert [row[4] for row in added] == ["backup.restored"]
            assert len(after[table]) == len(rows) + 1
        else:
            assert after[table] == rows, table

    # It opens as a practice with the admin's password too.
    reopened = practice_service.unlock_with_password(new_pc, ADMIN, ADMIN_PASSWORD)
    try:
        assert practice_service.check_practice(reopened).ok
    finally:
        reopened.close()


def test_restore_over_the_live_practice_backs_it_up_first_and_brings_back_the_old_rows(
    demo_practice,
):
    practice = demo_practice
    paths = practice.paths
    info = backups.take_backup(practice)
    with practice.session() as session:
        session.add(Client(first_names="Later", surname="Addition"))

    unlocked = backups.unlock_backup(info.path, username=ADMIN, password=ADMIN_PASSWORD)
    result = backups.restore_backup(info.path, paths=paths, unlocked=unlocked, live=practice)

    assert not practice.is_open  # the caller must unlock again
    assert result.kept_current_key_slots
    safety = result.safety_backup
    assert safety is not None and safety.reason == "before restore" and safety.verified
    assert safety.counts["clients"] == 42 and result.restored.counts["clients"] == 41
    reopened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        with reopened.session() as session:
            names = session.scalars(sa.select(Client.surname)).all()
            restored = session.scalars(
                sa.select(AuditEntry.summary).where(AuditEntry.action == "backup.restored")
            ).all()
        assert "Addition" not in names and SENTINEL in names
        assert restored == [
            f"{info.name} (taken {info.created_at:%Y-%m-%d %H:%M} UTC); "
            f"replaced database kept as {safety.name}"
        ]
        assert not any(p.exists() for p in paths.data_dir.glob(".restore-*"))
    finally:
        reopened.close()


def test_a_client_destroyed_after_the_backup_stays_destroyed_after_restore(demo_practice):
    practice = demo_practice
    client_id = _add_sentinel_client(practice)
    info = backups.take_backup(practice)
    with practice.session() as session:
        erasure.destroy_client(
            session, client_id=client_id, actor=practice.actor, reason="retention ended"
        )

    unlocked = backups.unlock_backup(info.path, username=ADMIN, password=ADMIN_PASSWORD)
    result = backups.restore_backup(
        info.path, paths=practice.paths, unlocked=unlocked, live=practice
    )
    assert result.erasures_replayed == 1

    reopened = practice_service.unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD)
    try:
        with reopened.session() as session:
            assert session.get(Client, client_id) is None
            ledger = session.scalars(sa.select(ErasureEntry)).all()
            assert [(e.client_id, e.method) for e in ledger] == [(client_id, "destroyed")]
    finally:
        reopened.close()


def test_an_old_schema_backup_is_upgraded_on_restore(practice, tmp_path, recovery_code):
    paths, key = practice.paths, practice.key
    with practice.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "0002")
    # Plain SQL: today's model has columns (record versions) that a 0002 table lacks.
    with practice.engine.begin() as connection:
        connection.execute(
            sa.text(
                "INSERT INTO clients (kind, category, first_names, surname, mobile, "
                "is_restricted, created_at, updated_at) VALUES ('person', 'client', 'Pieter', "
                "'van der Merwe', '+27821234567', 0, '2026-01-05 10:00', '2026-01-05 10:00')"
            )
        )
    old = backups.take_backup(practice, prune_old=False)
    assert old.schema_revision == "0002"
    practice.close()

    unlocked = backups.unlock_backup(old.path, recovery_code=recovery_code)
    assert unlocked.key == key
    new_pc = PracticePaths(tmp_path / "upgraded")
    result = backups.restore_backup(old.path, paths=new_pc, unlocked=unlocked)
    assert result.upgraded_from == "0002"
    reopened = practice_service.unlock_with_recovery_code(new_pc, recovery_code)
    try:
        assert migrate.current_revision(reopened.engine) == migrate.head_revision()
        assert reopened.pre_upgrade_copy is None  # the restore upgraded it already
        with reopened.session() as session:
            assert session.scalars(sa.select(Client.surname)).all() == ["van der Merwe"]
    finally:
        reopened.close()
    assert paths.database.exists()


# --- damaged backups ------------------------------------------------------------------------


def _flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x41
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "no-keys", "flip-and-rehash"])
def test_a_damaged_backup_is_caught_by_verify_and_refused_by_restore(demo_practice, damage):
    practice = demo_practice
    good = backups.take_backup(practice, prune_old=False)
    bad = backups.take_backup(practice, prune_old=False)
    database = bad.database
    size = database.stat().st_size
    if damage == "flip":
        _flip_byte(database, size // 2)
    elif damage == "truncate":
        with database.open("r+b") as handle:
            handle.truncate(size - 4096)
    elif damage == "empty":
        database.write_bytes(b"")
    elif damage == "no-keys":
        bad.key_slots.unlink()
    else:
        # A flip the checksum cannot see (the manifest is rewritten to match): the cipher
        # check with the key still catches it.
        _flip_byte(database, size // 2)
        manifest_path = bad.path / "manifest.json"
        manifest = json.loads(manifest_path.read_text())
        manifest["database"]["sha256"] = backups.sha256_of(database)
        manifest_path.write_text(json.dumps(manifest))

    result = backups.verify_backup(practice, bad.path)
    assert not result.ok and result.problems
    listed = {b.name: b for b in backups.practice_backups(practice)}
    assert not listed[bad.name].verified and listed[good.name].verified

    practice.engine.dispose()
    live_bytes = _file_bytes(practice.paths)
    keys_bytes = practice.paths.key_slots.read_bytes()
    unlocked = backups.Unlocked(practice.key, practice.actor)
    with pytest.raises(backups.BackupCorrupt) as caught:
        backups.restore_backup(bad.path, paths=practice.paths, unlocked=unlocked, live=practice)
    assert "damaged" in caught.value.message and "another backup" in caught.value.hint
    assert practice.is_open  # refused before anything was touched
    assert practice.paths.key_slots.read_bytes() == keys_bytes
    practice.engine.dispose()
    assert _file_bytes(practice.paths) == live_bytes
    # the good one still verifies
    assert backups.verify_backup(practice, good.path).ok


def test_wrong_password_or_recovery_code_does_not_unlock_a_backup(practice):
    info = backups.take_backup(practice)
    with pytest.raises(WrongPassword):
        backups.unlock_backup(info.path, username=ADMIN, password="Not the password at all")
    with pytest.raises(WrongRecoveryCode):
        backups.unlock_backup(
            info.path, recovery_code="0000-0000-0000-0000-0000-0000-0000-0000-0000"
        )


def test_a_folder_that_is_not_a_backup_is_refused_clearly(practice, tmp_path):
    (tmp_path / "random").mkdir()
    with pytest.raises(backups.BackupCorrupt, match="manifest is missing"):
        backups.read_backup(tmp_path / "random")
    with pytest.raises(backups.BackupFolderError, match="no backup"):
        backups.read_backup(tmp_path / "nowhere")


# --- full disk, interrupted backups, busy folders -------------------------------------------


@contextlib.contextmanager
def _file_size_limit(limit: int):
    """A real kernel refusal (EFBIG) for any write past ``limit`` bytes, as on a full disk."""
    resource = pytest.importorskip("resource")
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)


def _tree_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_full_disk_fails_the_backup_cleanly_and_harms_nothing(demo_practice):
    practice = demo_practice
    earlier = backups.take_backup(practice, prune_old=False)
    earlier_files = _tree_bytes(earlier.path)
    practice.engine.dispose()
    live_bytes = _file_bytes(practice.paths)

    with _file_size_limit(64 * 1024), pytest.raises(backups.DiskFull) as caught:
        backups.take_backup(practice)
    assert "full" in str(caught.value) and "not changed" in caught.value.hint

    names = [p.name for p in practice.paths.backups.iterdir() if p.name.startswith("backup-")]
    assert names == [earlier.name]  # no partial backup left, the earlier one kept
    assert _tree_bytes(earlier.path) == earlier_files
    assert backups.verify_backup(practice, earlier.path).ok
    report = practice_service.check_practice(practice)
    assert report.ok and report.counts["clients"] == 41
    practice.engine.dispose()
    assert len(live_bytes) > 64 * 1024


def test_a_full_usb_drive_fails_the_copy_cleanly(demo_practice, tmp_path):
    practice = demo_practice
    info = backups.take_backup(practice)
    usb = tmp_path / "usb"
    usb.mkdir()
    with _file_size_limit(32 * 1024), pytest.raises(backups.DiskFull):
        backups.copy_backup(practice, info.path, usb)
    assert list(usb.iterdir()) in ([], [usb / backups.LOCK_NAME])


def test_a_backup_killed_midway_leaves_nothing_final_and_the_next_run_cleans_up(practice, tmp_path):
    script = f"""
import os, signal
from pathlib import Path
from clientmanager.paths import PracticePaths
from clientmanager.services import backups
from clientmanager.services.practice import unlock_with_password
practice = unlock_with_password(PracticePaths(Path({str(practice.paths.data_dir)!r})),
                                {ADMIN!r}, {ADMIN_PASSWORD!r})
from clientmanager.services.progress import Progress
def die(fraction, step):
    if step == "verifying":
        os.kill(os.getpid(), signal.SIGKILL)
backups.take_backup(practice, progress=Progress(die))
"""
    practice.engine.dispose()
    process = subprocess.run([sys.executable, "-c", script], cwd=Path.cwd(), check=False)
    assert process.returncode == -signal.SIGKILL
    folder = practice.paths.backups
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith("backup-")]
    assert len(leftovers) == 1 and leftovers[0].endswith(".tmp")
    assert backups.list_backups(folder) == []

    info = backups.take_backup(practice)
    names = [p.name for p in folder.iterdir() if p.name.startswith("backup-")]
    assert names == [info.name]


def test_two_backups_at_once_into_one_folder_are_refused_not_mixed(practice):
    folder = practice.paths.backups
    with backups._folder_lock(folder):
        with pytest.raises(backups.BackupBusy, match="Another backup"):
            backups.take_backup(practice)


def test_a_missing_destination_gives_a_clear_error(practice, tmp_path):
    info = backups.take_backup(practice)
    with pytest.raises(backups.BackupFolderError, match="is not there"):
        backups.copy_backup(practice, info.path, tmp_path / "unplugged-usb")


# --- copies, folder setting, permissions ----------------------------------------------------


def test_copy_to_a_usb_folder_is_a_complete_verified_backup(practice, tmp_path, recovery_code):
    info = backups.take_backup(practice)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = backups.copy_backup(practice, info.path, usb)
    assert copy == usb / info.name
    assert backups.check_backup(copy, key=practice.key).ok
    assert backups.unlock_backup(copy, recovery_code=recovery_code).key == practice.key
    with pytest.raises(backups.BackupFolderError, match="already holds"):
        backups.copy_backup(practice, info.path, usb)


def test_the_backup_folder_can_be_moved_to_another_drive(practice, tmp_path):
    assert backups.backup_folder(practice) == practice.paths.backups
    second_drive = tmp_path / "D" / "ClientManager backups"
    assert backups.set_backup_folder(practice, second_drive) == second_drive
    assert backups.backup_folder(practice) == second_drive
    info = backups.take_daily_backup(practice)
    assert info is not None and info.path.parent == second_drive
    assert backups.take_daily_backup(practice) is None  # today already has one
    assert backups.take_daily_backup(practice, force=True) is not None
    backups.set_backup_folder(practice, None)
    assert backups.backup_folder(practice) == practice.paths.backups


@pytest.mark.parametrize(
    ("role", "may_back_up", "may_manage", "may_restore"),
    [
        ("assistant", True, False, False),
        ("planner", True, False, False),
        ("compliance", False, False, False),
    ],
)
def test_roles_limit_backup_and_restore(practice, role, may_back_up, may_manage, may_restore):
    info = backups.take_backup(practice)
    practice.actor = Actor(user_id=None, username="someone", role=role)
    if may_back_up:
        backups.take_backup(practice)
    else:
        with pytest.raises(PermissionDenied):
            backups.take_backup(practice)
    if not may_manage:
        with pytest.raises(PermissionDenied):
            backups.verify_backup(practice, info.path)
        with pytest.raises(PermissionDenied):
            backups.set_backup_folder(practice, info.path.parent)
    if not may_restore:
        unlocked = backups.Unlocked(practice.key, practice.actor)
        with pytest.raises(PermissionDenied):
            backups.restore_backup(
                info.path, paths=practice.paths, unlocked=unlocked, live=practice
            )
        assert practice.is_open


def test_restoring_another_practice_over_this_one_is_refused(practice, tmp_path):
    other, other_code = practice_service.create_practice(
        paths=PracticePaths(tmp_path / "other"),
        practice_name="Another Practice",
        admin_username="sipho",
        admin_password="Another long password 9",
    )
    try:
        foreign = backups.take_backup(other)
    finally:
        other.close()
    unlocked = backups.unlock_backup(foreign.path, recovery_code=other_code)
    with pytest.raises(backups.OtherPractice, match="another practice"):
        backups.restore_backup(foreign.path, paths=practice.paths, unlocked=unlocked, live=practice)
    assert practice.is_open


# --- the rolling window ---------------------------------------------------------------------


def _fake(day: dt.date, sequence: int, *, verified: bool = True) -> BackupInfo:
    return BackupInfo(
        path=Path(f"/backups/{sequence:04d}"),
        created_at=dt.datetime.combine(day, dt.time(17), tzinfo=dt.UTC),
        day=day,
        sequence=sequence,
        size=1,
        verified=verified,
        problem=None if verified else "bad",
        reason="daily",
        schema_revision="x",
        practice_id="p",
        practice_name="P",
    )


def _simulate(days: list[dt.date], *, fail: set[int] = frozenset()) -> list[BackupInfo]:
    """Run the daily routine once per entry of ``days`` (the clock's date that run)."""
    kept: list[BackupInfo] = []
    for run, day in enumerate(days, start=1):
        if run in fail:
            continue  # the backup did not verify: nothing is written and nothing pruned
        kept.append(_fake(day, run))
        kept, _deleted = plan_retention(kept, today=day)
    return kept


def test_45_consecutive_days_leave_exactly_30_daily_backups():
    start = dt.date(2026, 1, 1)
    kept = _simulate([start + dt.timedelta(days=i) for i in range(45)])
    assert len(kept) == 30
    assert sorted(b.day for b in kept) == [start + dt.timedelta(days=i) for i in range(15, 45)]


def test_a_month_with_the_pc_off_keeps_the_newest_few():
    start = dt.date(2026, 1, 1)
    days = [start + dt.timedelta(days=i) for i in range(10)] + [start + dt.timedelta(days=60)]
    kept = _simulate(days)
    assert [b.sequence for b in kept] == [11, 10, 9, 8, 7]


def test_the_clock_moved_back_deletes_nothing_that_is_newer():
    start = dt.date(2026, 1, 1)
    forward = [start + dt.timedelta(days=i) for i in range(40)]
    # The clock is put back three weeks for a week, then corrected.
    backwards = [start + dt.timedelta(days=19 + i) for i in range(7)]
    corrected = [start + dt.timedelta(days=40 + i) for i in range(13)]
    kept = _simulate(forward + backwards + corrected)  # 60 runs in all
    sequences = {b.sequence for b in kept}
    # While the clock was back (at day 25), the backups from its "future" (days 26..39)
    # were kept, and every calendar day still has its backup.
    during = _simulate(forward + backwards)
    assert {b.sequence for b in during} >= set(range(27, 41))
    assert {b.day for b in during} == set(forward[10:])  # days 10..39: none lost
    # After it was corrected: each of the last 30 days once, the newest by sequence.
    last_day = corrected[-1]
    assert len(kept) == 30
    assert {b.day for b in kept} == {last_day - dt.timedelta(days=i) for i in range(30)}
    assert max(sequences) == 60
    # A day with two backups (once forward, once with the clock back) keeps the later run.
    day_25 = [b for b in during if b.day == start + dt.timedelta(days=25)]
    assert [b.sequence for b in day_25] == [47]


def test_backups_that_fail_verification_prune_nothing():
    start = dt.date(2026, 1, 1)
    days = [start + dt.timedelta(days=i) for i in range(50)]
    kept = _simulate(days, fail=set(range(21, 51)))
    # The 20 good backups are all still there, 30 days after the last one.
    assert [b.sequence for b in kept] == list(range(20, 0, -1))


def test_the_last_good_backup_is_never_deleted_even_if_others_failed_verification():
    old = _fake(dt.date(2025, 1, 1), 1)
    broken = [_fake(dt.date(2026, 1, i), 1 + i, verified=False) for i in range(1, 4)]
    keep, delete = plan_retention([old, *broken], today=dt.date(2026, 1, 3), keep_newest=1)
    assert old in keep and delete == []


def test_sixty_real_days_with_time_going_backwards(practice):
    """Real backups with a fake 'today': the folder ends up matching the rule."""
    folder = practice.paths.backups
    taken: list[BackupInfo] = []

    def run(offset: int, *, force: bool = False) -> None:
        info = backups.take_daily_backup(
            practice, now=DAY0 + dt.timedelta(days=offset), force=force
        )
        if info is not None:
            taken.append(info)
        assert backups.list_backups(folder), "never without a backup"

    for offset in range(40):
        run(offset)
    # The clock is put back ten days: those days already have a backup (not due), and a
    # forced one is dated "day 30" again. Nothing dated later may go.
    for offset in (30, 31, 32):
        run(offset)
        run(offset, force=True)
    later = {b.name for b in taken if b.day > (DAY0 + dt.timedelta(days=32)).date()}
    assert later <= {b.name for b in backups.list_backups(folder)}
    for offset in range(40, 57):
        run(offset)
    remaining = backups.list_backups(folder)
    final_day = (DAY0 + dt.timedelta(days=56)).date()
    assert len(taken) == 60
    assert len(remaining) == 30
    assert {b.day for b in remaining} == {final_day - dt.timedelta(days=i) for i in range(30)}
    assert all(b.verified for b in remaining)
    # Day 30 has two backups; the one kept is the later run (taken with the clock back).
    day_30 = [b for b in remaining if b.day == (DAY0 + dt.timedelta(days=30)).date()]
    assert [b.sequence for b in day_30] == [41]
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_no_backup_is_pruned_until_the_new_one_verified(demo_practice):
    practice = demo_practice
    for offset in range(35):
        backups.take_backup(practice, now=DAY0 + dt.timedelta(days=offset))
    before = [b.name for b in backups.list_backups(practice.paths.backups)]
    assert len(before) == 30
    # Damage the live database: every new backup now fails, and nothing is pruned.
    practice.engine.dispose()
    data = bytearray(practice.paths.database.read_bytes())
    data[len(data) // 2] ^= 0x5A
    practice.paths.database.write_bytes(bytes(data))
    for offset in range(35, 70):
        # Where the flipped byte lands decides which refusal comes first: the copy's check
        # (BackupError), a damaged settings page, or the connection's key proof
        # (DatabaseUnreadable). Each says what to do: restore a backup.
        with pytest.raises(ClientManagerError) as refused:
            backups.take_backup(practice, now=DAY0 + dt.timedelta(days=offset))
        assert "restore" in refused.value.hint.lower()
    after = [b.name for b in backups.list_backups(practice.paths.backups)]
    assert after == before
    assert not [p for p in practice.paths.backups.iterdir() if p.name.endswith(".tmp")]


def test_a_damaged_settings_page_is_a_backup_error_wherever_the_folder_is_asked(demo_practice):
    # The desktop's backup child asks for the folder before take_backup (and the Backup
    # centre lists it): each must get the backup's message, not a raw database error.
    practice = demo_practice
    with contextlib.closing(connect(practice.paths.database, practice.key)) as raw:
        page_size = int(raw.execute("PRAGMA page_size").fetchone()[0])
        pages = [
            page
            for (page,) in raw.execute(
                "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'settings' AND rootpage > 1"
            )
        ]
    assert pages
    practice.engine.dispose()
    data = bytearray(practice.paths.database.read_bytes())
    for page in pages:
        data[(page - 1) * page_size + page_size // 2] ^= 0x5A
    practice.paths.database.write_bytes(bytes(data))
    for ask in (backups.backup_folder, backups.practice_backups, backups.take_backup):
        with pytest.raises(backups.BackupError) as refused:
            ask(practice)
        assert "restore the newest backup" in refused.value.hint, ask.__name__


def test_a_damaged_practice_that_will_not_open_can_be_replaced_and_is_kept_aside(
    demo_practice, recovery_code
):
    practice = demo_practice
    paths = practice.paths
    client_id = _add_sentinel_client(practice)
    info = backups.take_backup(practice)
    with practice.session() as session:
        erasure.destroy_client(session, client_id=client_id, actor=practice.actor, reason="s14")
    with practice.engine.connect() as connection:
        # A damaged page in the client data (the clients table's first page), wherever
        # the migrations put it; the erasure ledger's own pages stay readable.
        page_size = int(connection.exec_driver_sql("PRAGMA page_size").scalar_one())
        root = connection.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'clients'"
        ).scalar_one()
    practice.close()
    data = bytearray(paths.database.read_bytes())
    data[(root - 1) * page_size + page_size // 2] ^= 0x5A
    paths.database.write_bytes(bytes(data))
    damaged = bytes(data)

    unlocked = backups.unlock_backup(info.path, recovery_code=recovery_code)
    with pytest.raises(backups.BackupError, match="unlock it before") as refused:
        backups.restore_backup(info.path, paths=paths, unlocked=unlocked)
    assert "--replace-damaged" in refused.value.hint
    assert paths.database.read_bytes() == damaged

    result = backups.restore_backup(info.path, paths=paths, unlocked=unlocked, replace_damaged=True)
    assert result.damaged_copy is not None
    assert (result.damaged_copy / "practice.db").read_bytes() == damaged
    assert result.safety_backup is None
    assert not result.ledger_unreadable and result.erasures_replayed == 1
    assert [b.name for b in backups.list_backups(paths.backups)] == [info.name]
    reopened = practice_service.unlock_with_recovery_code(paths, recovery_code)
    try:
        assert practice_service.check_practice(reopened).ok
        with reopened.session() as session:
            assert session.get(Client, client_id) is None
    finally:
        reopened.close()


def test_the_backup_taken_before_a_restore_stays_for_the_whole_window():
    day = dt.date(2026, 6, 1)
    safety = BackupInfo(**{**_fake(day, 1).__dict__, "reason": "before restore"})
    later = [_fake(day, n) for n in range(2, 9)]  # seven more backups the same day
    keep, delete = plan_retention([safety, *later], today=day + dt.timedelta(days=10))
    assert safety in keep and {b.sequence for b in delete} == {2, 3}
    keep, delete = plan_retention([safety, *later], today=day + dt.timedelta(days=30))
    assert safety in delete


def test_a_restore_that_runs_out_of_space_changes_nothing(demo_practice, recovery_code, tmp_path):
    practice = demo_practice
    info = backups.take_backup(practice)
    paths = practice.paths
    unlocked = backups.unlock_backup(info.path, recovery_code=recovery_code)

    # Over the live practice: the safety backup cannot be written, so nothing happens.
    before = _rows_of(paths.database, practice.key)
    with _file_size_limit(64 * 1024), pytest.raises(backups.DiskFull):
        backups.restore_backup(info.path, paths=paths, unlocked=unlocked, live=practice)
    assert practice.is_open
    after = _rows_of(paths.database, practice.key)
    # Only the audit trail grew (the failed backup is recorded); every other row is as it was.
    assert {t: r for t, r in after.items() if t != "audit_log"} == {
        t: r for t, r in before.items() if t != "audit_log"
    }
    assert practice_service.check_practice(practice).ok
    assert [b.name for b in backups.list_backups(paths.backups)] == [info.name]

    # On a new PC: the staged copy cannot be written; no half practice is left behind.
    new_pc = PracticePaths(tmp_path / "new-pc")
    with _file_size_limit(64 * 1024), pytest.raises(backups.DiskFull):
        backups.restore_backup(info.path, paths=new_pc, unlocked=unlocked)
    assert not new_pc.database.exists() and not new_pc.key_slots.exists()
    assert [p.name for p in new_pc.data_dir.iterdir()] == []
