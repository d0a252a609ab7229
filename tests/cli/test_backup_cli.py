"""Backups from the command line, as Task Scheduler, cron or a support person uses them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.store.models import Client

PASSWORD = "Table mountain at dawn 1"
CODE_PATTERN = re.compile(r"\b([0-9A-Z]{4}(?:-[0-9A-Z]{4}){8})\b")


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cli-practice"
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(folder))
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    for name in ("CLIENTMANAGER_USER", "CLIENTMANAGER_RECOVERY_CODE", "CLIENTMANAGER_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.fixture
def code(data_dir, capsys) -> str:
    assert main(["init", "--practice", "Karoo Wealth", "--admin", "sipho"]) == 0
    match = CODE_PATTERN.search(capsys.readouterr().out)
    assert match
    return match.group(1)


def _backup(capsys, *extra: str) -> Path:
    assert main(["backup", *extra]) == 0
    out = capsys.readouterr().out
    match = re.search(r"verified: (\S+) \(", out)
    assert match, out
    return Path(match.group(1))


def _add_client(data_dir: Path, surname: str) -> None:
    practice = practice_service.unlock_with_password(PracticePaths(data_dir), "sipho", PASSWORD)
    try:
        with practice.session() as session:
            session.add(Client(first_names="Anele", surname=surname))
    finally:
        practice.close()


def _surnames(data_dir: Path, *, code: str | None = None) -> list[str]:
    paths = PracticePaths(data_dir)
    practice = (
        practice_service.unlock_with_recovery_code(paths, code)
        if code
        else practice_service.unlock_with_password(paths, "sipho", PASSWORD)
    )
    try:
        with practice.session() as session:
            return sorted(c.surname for c in session.query(Client))
    finally:
        practice.close()


def test_backup_once_a_day_for_the_scheduler_then_list(data_dir, code, capsys):
    first = _backup(capsys)
    assert first.parent == data_dir / "backups" and (first / "practice.db").exists()

    assert main(["backup"]) == 0
    out = capsys.readouterr().out
    assert "Today already has a verified backup" in out and str(first) in out

    second = _backup(capsys, "--force")
    assert second != first

    assert main(["backups"]) == 0
    out = capsys.readouterr().out
    assert out.count("verified") == 2 and first.name in out and second.name in out
    assert main(["backups", "--folder", str(data_dir / "backups")]) == 0
    assert first.name in capsys.readouterr().out


def test_verify_backup_passes_a_good_one_and_fails_a_damaged_one(data_dir, code, capsys):
    backup = _backup(capsys)
    assert main(["verify-backup", str(backup)]) == 0
    assert "is sound" in capsys.readouterr().out

    database = backup / "practice.db"
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0x10
    database.write_bytes(bytes(data))
    assert main(["verify-backup", str(backup / "practice.db")]) == 1
    err = capsys.readouterr().err
    assert "DAMAGED" in err and "SHA-256" in err
    assert main(["backups"]) == 0
    assert "DAMAGED" in capsys.readouterr().out


def test_restore_brings_back_the_backup_and_keeps_the_replaced_database(data_dir, code, capsys):
    _add_client(data_dir, "Before")
    backup = _backup(capsys)
    _add_client(data_dir, "After")

    assert main(["restore", str(backup), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Restored the backup" in out and "backed up first" in out
    assert _surnames(data_dir) == ["Before"]
    safety = Path(re.search(r"backed up first: (\S+)", out).group(1))
    assert (safety / "manifest.json").exists()


def test_restore_of_a_damaged_backup_is_refused_and_changes_nothing(data_dir, code, capsys):
    backup = _backup(capsys)
    with (backup / "practice.db").open("r+b") as handle:
        handle.truncate(8192)
    live = (data_dir / "practice.db").read_bytes()
    assert main(["restore", str(backup), "--yes"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "another backup" in err
    assert (data_dir / "practice.db").read_bytes() == live


def test_restore_on_a_new_pc_with_the_recovery_code(
    data_dir, code, capsys, tmp_path, monkeypatch, fail_keyring
):
    _add_client(data_dir, "Mahlangu")
    backup = _backup(capsys)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["copy-backup", str(backup), str(usb)]) == 0
    out = capsys.readouterr().out
    assert "recovery code" in out
    copy = usb / backup.name

    new_pc = tmp_path / "new-pc"
    monkeypatch.setenv("CLIENTMANAGER_RECOVERY_CODE", code)
    monkeypatch.delenv("CLIENTMANAGER_PASSWORD")
    assert main(["restore", str(copy), "--recovery-code", "--data-dir", str(new_pc)]) == 0
    assert "Restored the backup" in capsys.readouterr().out
    assert _surnames(new_pc, code=code) == ["Mahlangu"]


def test_restore_on_a_new_pc_with_a_wrong_password_is_refused(
    data_dir, code, capsys, tmp_path, monkeypatch
):
    backup = _backup(capsys)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", "Not the right password 1")
    new_pc = tmp_path / "new-pc"
    assert main(["restore", str(backup), "--data-dir", str(new_pc)]) == 1
    assert "password is not right" in capsys.readouterr().err
    assert not (new_pc / "practice.db").exists()


def test_copy_backup_to_a_missing_drive_says_so(data_dir, code, capsys, tmp_path):
    backup = _backup(capsys)
    assert main(["copy-backup", str(backup), str(tmp_path / "E-drive")]) == 1
    assert "is not there" in capsys.readouterr().err


def test_a_damaged_practice_is_replaced_with_replace_damaged(data_dir, code, capsys, monkeypatch):
    _add_client(data_dir, "Dlamini")
    backup = _backup(capsys)
    database = data_dir / "practice.db"
    data = bytearray(database.read_bytes())
    for offset in range(4096, len(data), 4096):
        data[offset + 100] ^= 0x33  # every page after the first: it will not open
    database.write_bytes(bytes(data))

    assert main(["restore", str(backup), "--yes"]) == 1
    assert "--replace-damaged" in capsys.readouterr().err

    monkeypatch.setenv("CLIENTMANAGER_RECOVERY_CODE", code)
    assert main(["restore", str(backup), "--yes", "--replace-damaged", "--recovery-code"]) == 0
    out = capsys.readouterr().out
    kept = Path(re.search(r"kept, as it was, in (\S+)", out).group(1))
    assert (kept / "practice.db").read_bytes() == bytes(data)
    assert _surnames(data_dir) == ["Dlamini"]
