"""'clientmanager users ...' and the new user's own password, as a script would use them."""

from __future__ import annotations

import pytest

from clientmanager.cli import main
from clientmanager.errors import WrongPassword
from clientmanager.services import practice as practice_service
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def cli_env(practice, monkeypatch):
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.delenv("CLIENTMANAGER_NEW_PASSWORD", raising=False)
    paths = practice.paths
    practice.close()
    return ["--data-dir", str(paths.data_dir)], paths


def test_users_add_list_role_disable(cli_env, monkeypatch, capsys):
    common, paths = cli_env
    # Without a new password for the user, a script is told how to give one; the admin's
    # own password (CLIENTMANAGER_PASSWORD) is never reused for someone else.
    assert main(["users", "add", "pieter", "--full-name", "Pieter van Wyk", "--role", "planner",
                 *common]) == 1  # fmt: skip
    assert "CLIENTMANAGER_NEW_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("CLIENTMANAGER_NEW_PASSWORD", "Planner's own passphrase 7")
    assert main(["users", "add", "pieter", "--full-name", "Pieter van Wyk", "--role", "planner",
                 *common]) == 0  # fmt: skip
    practice_service.unlock_with_password(paths, "pieter", "Planner's own passphrase 7").close()
    assert main(["users", "set-role", "pieter", "--role", "compliance", *common]) == 0
    capsys.readouterr()
    assert main(["users", "list", *common]) == 0
    listing = capsys.readouterr().out
    assert "pieter" in listing and "Compliance officer" in listing and "active" in listing
    assert main(["users", "disable", "pieter", "--rekey", *common]) == 0
    assert "re-keyed" in capsys.readouterr().out
    with pytest.raises(WrongPassword):
        practice_service.unlock_with_password(paths, "pieter", "Planner's own passphrase 7")
    assert main(["users", "disable", ADMIN, *common]) == 1
    assert "your own account" in capsys.readouterr().err
