"""Issue 14: the command line says how many wrong passwords were typed for the account
since its last sign-in, once, instead of resetting the count silently."""

from __future__ import annotations

import pytest

from clientmanager.cli import main
from clientmanager.errors import WrongPassword
from clientmanager.services import practice as practice_service
from tests.conftest import ADMIN, ADMIN_PASSWORD


def test_wrong_passwords_since_the_last_sign_in_are_told_once(practice, monkeypatch, capsys):
    paths = practice.paths
    practice.close()
    for attempt in range(2):
        with pytest.raises(WrongPassword):
            practice_service.unlock_with_password(paths, ADMIN, f"wrong {attempt}")
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    common = ["--data-dir", str(paths.data_dir)]
    assert main(["users", "list", *common]) == 0
    assert "2 wrong passwords since your last sign-in." in capsys.readouterr().err
    assert main(["users", "list", *common]) == 0
    assert "wrong password" not in capsys.readouterr().err
