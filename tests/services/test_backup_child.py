"""The desktop's backup child (services/backup_child.py): it starts without SQLAlchemy, and
the faster copy proves what it did before: every page's HMAC checked on the copy, the
SHA-256 of the very file that is kept, a damaged page never kept as a backup."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientmanager.services import backup_process, backups
from clientmanager.services.demo import generate_demo_data
from clientmanager.store import sqlcipher as db

PAGE = 4096  # SQLCipher 4's page size, as the practice database uses it


@pytest.fixture
def filled(practice):
    generate_demo_data(practice.engine, clients=200, seed=13)
    db.checkpoint_engine(practice.engine)  # every page in the file, none in the WAL
    return practice


def _flip(path: Path, offset: int) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x5A]))


def _backup_folders(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(backups.NAME_PREFIX))


def test_the_child_module_imports_neither_sqlalchemy_nor_the_models_nor_the_services():
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, clientmanager.services.backup_child; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy' "
            "or m in ('clientmanager.store.models', 'clientmanager.services.backups', "
            "'clientmanager.services.audit', 'cryptography')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.strip() == "[]", found.stdout


def test_a_damaged_page_in_the_copy_is_found_and_the_hash_is_of_the_file_as_it_is(filled, tmp_path):
    key = filled.key
    copy = tmp_path / "copy.db"
    snapshot = db.copy_database(filled.paths.database, key, copy, sync=False)
    assert copy.stat().st_size > 10 * PAGE
    digest, problems = db.check_copy(copy, key, snapshot.counts, full=True)
    assert problems == []
    assert digest == hashlib.sha256(copy.read_bytes()).hexdigest()

    _flip(copy, 5 * PAGE + 700)  # inside page 6, far from the header
    digest, problems = db.check_copy(copy, key, snapshot.counts, full=False)
    assert problems == ["cipher_integrity_check found 1 damaged page(s)"]
    assert digest == hashlib.sha256(copy.read_bytes()).hexdigest()


def test_a_backup_through_the_child_records_the_sha256_of_the_file_it_kept(filled):
    info = backup_process.run_backup(filled, kind=backup_process.MANUAL)
    manifest = json.loads((info.path / backups.MANIFEST_NAME).read_text())
    kept = info.database.read_bytes()
    assert manifest["database"]["sha256"] == hashlib.sha256(kept).hexdigest()
    assert manifest["database"]["size"] == len(kept)
    assert not kept[:16].startswith(b"SQLite format 3")  # still encrypted
    # The first backup of the week had the full check, in the child, and it passed.
    assert manifest["verified"]["cipher_integrity_check"] == "ok"
    assert manifest["verified"]["integrity_check"] == "ok"
    assert manifest["verified"]["row_counts"] == "match the source"
    assert manifest["counts"]["clients"] == 200
    if os.name == "posix":
        assert info.database.stat().st_mode & 0o777 == 0o600
    assert backups.check_backup(info.path, key=filled.key).ok
    # A second one the same week: the cipher check only, and the same proof of its bytes.
    second = backup_process.run_backup(filled, kind=backup_process.MANUAL)
    manifest = json.loads((second.path / backups.MANIFEST_NAME).read_text())
    assert manifest["verified"]["integrity_check"] == "not run (weekly)"
    assert (
        manifest["database"]["sha256"] == hashlib.sha256(second.database.read_bytes()).hexdigest()
    )
    assert backups.check_backup(second.path, key=filled.key, full=True).ok


def test_a_damaged_page_in_the_database_is_never_kept_as_a_backup(filled):
    earlier = backup_process.run_backup(filled, kind=backup_process.MANUAL)
    database = filled.paths.database
    pages = database.stat().st_size // PAGE
    _flip(database, (pages // 2) * PAGE + 900)
    with pytest.raises(backups.BackupError) as raised:
        backup_process.run_backup(filled, kind=backup_process.MANUAL)
    assert "damaged" in raised.value.message or "failed" in raised.value.message
    assert _backup_folders(filled.paths.backups) == [earlier.name]
    assert backups.check_backup(earlier.path, key=filled.key).ok
