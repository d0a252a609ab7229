"""'clientmanager settings show|set' and 'users add' with options in any order."""

from __future__ import annotations

import pytest

from clientmanager.cli import main
from clientmanager.services import practice as practice_service
from tests.conftest import ADMIN, ADMIN_PASSWORD


@pytest.fixture
def cli_env(practice, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    paths = practice.paths
    practice.close()
    return ["--data-dir", str(paths.data_dir)], paths


def test_settings_set_and_show(cli_env, capsys) -> None:  # noqa: ANN001
    common, paths = cli_env
    assert main(["settings", "set", "fsp_number", "45123", *common]) == 0
    assert main(["settings", "set", "phone", "021 555 1234", *common]) == 0
    assert main([*common, "settings", "set", "planners_see_all", "yes"]) == 0
    assert main(["settings", "set", "retention.fais_records", "6 years", *common]) == 0
    assert "6 years" in capsys.readouterr().out
    assert main(["settings", "show", *common]) == 0
    shown = capsys.readouterr().out
    assert "Practice identity:" in shown and "Retention:" in shown
    lines = {line.split()[0]: line for line in shown.splitlines() if line.startswith("  ")}
    assert lines["fsp_number"].split()[1] == "45123"
    assert "021 555 1234" in lines["phone"]
    assert lines["planners_see_all"].split()[1] == "yes"
    assert "6 years" in lines["retention.fais_records"]
    assert "[law: at least 5 years]" in lines["retention.fais_records"]
    practice = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        from clientmanager.services.letterhead import practice_letterhead

        with practice.session() as session:
            assert practice_letterhead(session).fsp_number == "45123"
    finally:
        practice.close()


def test_bad_values_say_what_to_do(cli_env, capsys) -> None:  # noqa: ANN001
    common, _paths = cli_env
    assert main(["settings", "set", "fsp_number", "FSP12", *common]) == 1
    assert "only digits" in capsys.readouterr().err
    assert main(["settings", "set", "retention.fica_records", "2 years", *common]) == 1
    assert "cannot be shorter" in capsys.readouterr().err
    assert main(["settings", "set", "favourite_colour", "blue", *common]) == 1
    assert "settings show" in capsys.readouterr().err
    assert main(["settings", "set", "idle_lock_minutes", "999", *common]) == 1
    assert "between 1 and 240" in capsys.readouterr().err


def test_users_add_takes_the_name_after_the_options(cli_env, monkeypatch, capsys) -> None:  # noqa: ANN001
    common, paths = cli_env
    monkeypatch.setenv("CLIENTMANAGER_NEW_PASSWORD", "Planner's own passphrase 7")
    assert main(["users", "add", *common, "pieter", "--role", "planner",
                 "--full-name", "Pieter van Wyk"]) == 0  # fmt: skip
    assert main([*common, "users", "add", "--full-name", "Anna Botha", "--role", "assistant",
                 "anna"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["users", "list", *common]) == 0
    listing = capsys.readouterr().out
    assert "pieter" in listing and "anna" in listing
    practice_service.unlock_with_password(paths, "anna", "Planner's own passphrase 7").close()
