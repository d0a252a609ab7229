"""Each storage or file problem gets its own message: a damaged key slot is not a wrong
password, a newer database is not a traceback, a read-only folder is not damage."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.errors import (
    DiskFull,
    FileLocked,
    FolderMissing,
    FolderReadOnly,
    KeySlotDamaged,
    KeySlotFileError,
    NewerDatabase,
    WrongPassword,
    from_os_error,
    translate,
)
from clientmanager.services.practice import unlock_with_password
from clientmanager.store.keyslots import KeySlotFile
from tests.conftest import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def test_a_flipped_byte_in_a_key_slot_is_damage_not_a_wrong_password(practice_paths, practice):
    original = practice_paths.key_slots.read_bytes()
    text = original.decode()
    start = text.index('"id": "user:')
    end = text.index("}", text.index('"envelope"', start))
    wrong_password = []
    # Every 5th byte of the administrator's slot: salt, nonce, sealed key, KDF settings...
    for position in range(start, end, 5):
        damaged = bytearray(original)
        damaged[position] ^= 0x01
        practice_paths.key_slots.write_bytes(bytes(damaged))
        try:
            slots = KeySlotFile.load(practice_paths.key_slots)
            slots.unwrap_with_password(ADMIN, ADMIN_PASSWORD)
        except WrongPassword:
            wrong_password.append(position)
        except KeySlotFileError as exc:
            assert "damaged" in exc.message
    assert wrong_password == []
    practice_paths.key_slots.write_bytes(original)


def test_a_damaged_slot_says_so_and_keeps_saying_so_after_another_save(practice_paths, practice):
    text = practice_paths.key_slots.read_text()
    slot_at = text.index('"id": "user:')
    salt_at = text.index('"salt": "', slot_at) + len('"salt": "') + 3
    flipped = text[:salt_at] + ("A" if text[salt_at] != "A" else "B") + text[salt_at + 1 :]
    practice_paths.key_slots.write_text(flipped)
    with pytest.raises(KeySlotDamaged) as damaged:
        unlock_with_password(practice_paths, ADMIN, ADMIN_PASSWORD)
    assert "The password may well be right" in damaged.value.message
    assert "practice.keys" in damaged.value.hint
    # Saving the file again (as another user's sign-in would) does not heal the checksum.
    KeySlotFile.load(practice_paths.key_slots).save(practice_paths.key_slots)
    with pytest.raises(KeySlotDamaged):
        KeySlotFile.load(practice_paths.key_slots).unwrap_with_password(ADMIN, ADMIN_PASSWORD)
    # A genuinely wrong password on an intact file is still a wrong password.
    practice_paths.key_slots.write_text(text)
    with pytest.raises(WrongPassword):
        KeySlotFile.load(practice_paths.key_slots).unwrap_with_password(ADMIN, "not it at all 9")


def test_a_database_from_a_newer_version_is_refused_with_what_to_do(practice_paths, practice):
    with practice.engine.begin() as connection:
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '0099_future'"))
    practice.close()
    with pytest.raises(NewerDatabase) as newer:
        unlock_with_password(practice_paths, ADMIN, ADMIN_PASSWORD)
    assert "newer version of ClientManager" in newer.value.message
    assert "0099_future" in newer.value.message
    assert "Install the newest version" in newer.value.hint
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "clientmanager",
            "--data-dir",
            str(practice_paths.data_dir),
            "check",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT), "CLIENTMANAGER_PASSWORD": ADMIN_PASSWORD},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "newer version of ClientManager" in result.stderr
    assert "Traceback" not in result.stderr and "alembic" not in result.stderr.lower()


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DiskFull, "disk is full"),
        (OSError(errno.EFBIG, "File too large"), DiskFull, "disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), FolderReadOnly, "cannot be written"),
        (OSError(errno.EACCES, "Permission denied"), FolderReadOnly, "cannot be written"),
        (OSError(errno.ENOENT, "No such file"), FolderMissing, "is not there"),
        (OSError(errno.EBUSY, "Device busy"), FileLocked, "locked by another program"),
    ],
)
def test_os_errors_become_their_own_messages(error, kind, words):
    problem = from_os_error(error, "E:/backups")
    assert isinstance(problem, kind)
    assert words in problem.message and "E:/backups" in problem.message
    assert problem.hint
    # Wrapped (as SQLAlchemy or a service would), the same error is still found.
    try:
        try:
            raise error
        except OSError as inner:
            raise RuntimeError("while exporting") from inner
    except RuntimeError as outer:
        assert isinstance(translate(outer), kind)


def test_a_windows_sharing_violation_is_a_locked_file():
    error = OSError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # ERROR_SHARING_VIOLATION, as Windows reports a file open in Excel
    assert isinstance(from_os_error(error), FileLocked)


@pytest.fixture
def read_only_mount(tmp_path):
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a read-only mount needs root on Linux (root ignores chmod)")
    mount = tmp_path / "mnt"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)]).returncode:
        pytest.skip("mount is not permitted here")
    yield mount
    subprocess.run(["umount", str(mount)], check=False)


def test_a_read_only_folder_is_not_called_a_wrong_key(read_only_mount):
    from clientmanager.paths import PracticePaths
    from clientmanager.services.practice import create_practice

    paths = PracticePaths(read_only_mount / "practice")
    practice, _code = create_practice(
        paths=paths, practice_name="Karoo", admin_username=ADMIN, admin_password=ADMIN_PASSWORD
    )
    practice.close()
    assert subprocess.run(["mount", "-o", "remount,ro", str(read_only_mount)]).returncode == 0
    with pytest.raises(FolderReadOnly) as refused:
        unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    assert "cannot be written to" in refused.value.message
