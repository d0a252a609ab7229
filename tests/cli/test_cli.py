"""The command line, as a script or scheduled task would use it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.store import migrate

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


def _init(capsys) -> str:
    assert main(["init", "--practice", "Karoo Wealth", "--admin", "Sipho"]) == 0
    out = capsys.readouterr().out
    match = CODE_PATTERN.search(out)
    assert match, out
    return match.group(1)


def test_init_creates_the_practice_and_shows_the_recovery_code_once(data_dir, capsys):
    code = _init(capsys)
    assert (data_dir / "practice.db").exists() and (data_dir / "practice.keys").exists()
    assert code not in (data_dir / "practice.keys").read_text()

    assert main(["init", "--practice", "Again", "--admin", "sipho"]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "--data-dir" in err


def test_init_refuses_a_weak_password_and_leaves_nothing_behind(data_dir, capsys, monkeypatch):
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", "short")
    assert main(["init", "--practice", "Karoo Wealth", "--admin", "sipho"]) == 1
    assert "Password: use at least 10 characters" in capsys.readouterr().err
    assert not (data_dir / "practice.db").exists()


def test_check_reports_schema_and_counts(data_dir, capsys):
    _init(capsys)
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "Practice:        Karoo Wealth" in out
    head = migrate.head_revision()
    assert f"Schema version:  {head} (this program: {head})" in out
    assert re.search(r"users\s+1\b", out)
    assert "Checks passed" in out


def test_check_with_the_wrong_password_says_so(data_dir, capsys, monkeypatch):
    _init(capsys)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", "not the right one")
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "user name or password is not right" in err
    assert "not the right one" not in err


def test_check_exits_non_zero_on_a_damaged_database(data_dir, capsys):
    _init(capsys)
    database = data_dir / "practice.db"
    data = bytearray(database.read_bytes())
    page = 4096
    assert len(data) > 4 * page
    # Damage a page after the first, so the key still proves and the checks must find it.
    for offset in range(3 * page + 100, 3 * page + 140):
        data[offset] ^= 0xFF
    database.write_bytes(bytes(data))
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert "PROBLEM: cipher_integrity_check" in captured.err
    assert "Restore the most recent verified backup" in captured.err


def test_passwd_changes_the_password(data_dir, capsys, monkeypatch):
    _init(capsys)
    monkeypatch.setenv("CLIENTMANAGER_NEW_PASSWORD", "Lions head by moonlight 2")
    assert main(["passwd", "--user", "sipho"]) == 0
    assert "password for sipho has been changed" in capsys.readouterr().out
    paths = PracticePaths(data_dir)
    practice_service.unlock_with_password(paths, "sipho", "Lions head by moonlight 2").close()
    assert main(["check"]) == 1  # the old password (still in the environment) no longer works


def test_passwd_with_the_recovery_code_resets_a_forgotten_password(data_dir, capsys, monkeypatch):
    code = _init(capsys)
    monkeypatch.delenv("CLIENTMANAGER_PASSWORD")
    monkeypatch.setenv("CLIENTMANAGER_RECOVERY_CODE", code)
    monkeypatch.setenv("CLIENTMANAGER_NEW_PASSWORD", "Recovered with the sheet 3")
    assert main(["passwd", "--user", "sipho", "--recovery-code"]) == 0
    monkeypatch.delenv("CLIENTMANAGER_RECOVERY_CODE")
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", "Recovered with the sheet 3")
    capsys.readouterr()
    assert main(["check"]) == 0


def test_check_with_the_recovery_code(data_dir, capsys, monkeypatch):
    code = _init(capsys)
    monkeypatch.delenv("CLIENTMANAGER_PASSWORD")
    monkeypatch.setenv("CLIENTMANAGER_RECOVERY_CODE", code)
    assert main(["check", "--recovery-code"]) == 0


def test_no_password_and_no_terminal_says_how_to_script_it(data_dir, capsys, monkeypatch):
    _init(capsys)
    monkeypatch.delenv("CLIENTMANAGER_PASSWORD")
    assert main(["check"]) == 1
    assert "set CLIENTMANAGER_PASSWORD" in capsys.readouterr().err


def test_keyring_remember_lets_scheduled_commands_run_without_a_password(
    data_dir, capsys, monkeypatch
):
    _init(capsys)
    assert main(["keyring", "remember"]) == 0
    assert "remembered for sipho" in capsys.readouterr().out
    monkeypatch.delenv("CLIENTMANAGER_PASSWORD")
    assert main(["check"]) == 0
    assert main(["keyring", "forget"]) == 0
    assert main(["check"]) == 1


def test_keyring_fail_backend_falls_back_to_the_password(data_dir, capsys, fail_keyring):
    _init(capsys)
    # Nobody asked to remember the key: the keyring is not consulted, no note.
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert "keyring" not in captured.err
    assert "Checks passed" in captured.out
    # Asking to remember it without a keyring says why and stores nothing.
    assert main(["keyring", "remember"]) == 1
    assert "no system keyring" in capsys.readouterr().err
    assert not PracticePaths(data_dir).keyring_marker.exists()


def test_a_remembered_key_whose_keyring_is_gone_falls_back_to_the_password(
    data_dir, capsys, monkeypatch
):
    import keyring
    import keyring.backends.fail

    _init(capsys)
    assert main(["keyring", "remember"]) == 0
    capsys.readouterr()
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        assert main(["check"]) == 0
    finally:
        keyring.set_keyring(previous)
    captured = capsys.readouterr()
    assert "no system keyring" in captured.err
    assert "Checks passed" in captured.out


def test_missing_practice_says_what_to_do(data_dir, capsys):
    assert main(["check"]) == 1
    err = capsys.readouterr().err
    assert "There is no practice database" in err and "clientmanager init" in err


def test_the_installed_command_runs(data_dir):
    result = subprocess.run(
        [sys.executable, "-m", "clientmanager", "--version"],
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )
    assert result.returncode == 0
    assert result.stdout.startswith("clientmanager 0.")
