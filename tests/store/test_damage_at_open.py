"""A damaged database is refused at the door, and SQLCipher's own "ERROR CORE" lines
never reach the terminal."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientmanager.errors import IntegrityProblem
from clientmanager.services import practice as practice_service
from tests.conftest import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]


def _damage_a_quiet_page(practice) -> None:
    """Flip a byte in a page no unlock or sign-in reads (the goals table's root)."""
    with practice.engine.connect() as connection:
        page = connection.exec_driver_sql(
            "SELECT rootpage FROM sqlite_schema WHERE name = 'goals'"
        ).scalar_one()
    practice.close()
    data = bytearray(practice.paths.database.read_bytes())
    data[(page - 1) * 4096 + 200] ^= 0x5A
    practice.paths.database.write_bytes(bytes(data))


def test_a_damaged_page_nobody_reads_still_stops_the_unlock(practice):
    paths = practice.paths
    _damage_a_quiet_page(practice)
    with pytest.raises(IntegrityProblem) as refused:
        practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    assert "1 page(s) failed their encryption check, so it was not opened" in refused.value.message
    assert "clientmanager check" in refused.value.hint
    # The integrity check itself still opens it, to say what is wrong.
    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD, sign_in=False)
    try:
        report = practice_service.check_practice(opened)
    finally:
        opened.close()
    assert "cipher_integrity_check found 1 damaged page(s)" in report.problems


def test_sqlcipher_error_lines_do_not_reach_the_terminal(practice):
    paths = practice.paths
    _damage_a_quiet_page(practice)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLIENTMANAGER_PASSWORD": ADMIN_PASSWORD}
    for command in (["duplicates"], ["check"]):
        result = subprocess.run(
            [sys.executable, "-m", "clientmanager", "--data-dir", str(paths.data_dir), *command],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 1, result.stdout + result.stderr
        assert "ERROR CORE" not in result.stderr and "ERROR CORE" not in result.stdout
        assert "Traceback" not in result.stderr
        assert "damaged" in result.stderr + result.stdout
