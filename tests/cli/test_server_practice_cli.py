"""`import` and `retention run --approve` from a terminal, on a data folder of either
backend: the SQLCipher file, or a folder that points at a practice on the office server
(issue 18: "every other command works unchanged against a data dir that points at a
server"), `users rekey` included."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.store import postgres
from clientmanager.store.models import Client
from tests.backends import add_client_due_for_destruction
from tests.conftest import ADMIN, ADMIN_PASSWORD

# Each test runs on SQLCipher and on PostgreSQL (tests/backends.py).
pytestmark = pytest.mark.both_backends

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture
def cli(practice, monkeypatch, capsys):
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    for name in ("CLIENTMANAGER_RECOVERY_CODE", "CLIENTMANAGER_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    assert practice.on_server == (practice.paths.data_dir / postgres.SERVER_FILE).is_file()
    return practice


def test_import_then_reimport_from_the_command_line(cli, capsys):
    assert main(["import", str(DATA / "messy_clients.csv"), "--map", "Notes="]) == 0
    out = capsys.readouterr().out
    assert "Imported: 5 created, 1 updated, 1 unchanged, 0 skipped, 5 bad row(s)." in out
    with cli.sessions() as session:
        surnames = sorted(session.scalars(sa.select(Client.surname)))
    assert len(surnames) == 5
    assert set(surnames) == {"Du Plessis", "Khumalo", "Mokoena", "van der Merwe"}

    assert main(["import", str(DATA / "messy_clients.csv"), "--on-duplicate", "skip"]) == 0
    assert "Imported: 0 created, 0 updated, 0 unchanged, 7 skipped" in capsys.readouterr().out
    with cli.sessions() as session:
        assert sorted(session.scalars(sa.select(Client.surname))) == surnames


def test_retention_approval_from_the_command_line_says_what_the_scrub_did(cli, capsys):
    ended_id = add_client_due_for_destruction(cli)
    assert main(["retention", "run", "--approve", "--today", "2026-11-25"]) == 0
    out = capsys.readouterr().out
    assert "Approved: 1 destroyed, 0 de-identified, 0 restricted" in out
    with cli.sessions() as session:
        assert session.get(Client, ended_id) is None
    if cli.on_server:
        # The desktops' login owns no table (PostgreSQL 15): the administrator is told
        # exactly what to run, and about the server's WAL archives and backups.
        assert "may not rewrite the server's tables" in out
        assert "VACUUM (FULL) " in out and "clients" in out and "audit_log" not in out
        assert "WAL archives" in out
    else:
        assert "The database file was compacted" in out


def test_users_rekey_on_the_server_from_the_command_line(cli, capsys):
    if not cli.on_server:
        pytest.skip("re-keying the SQLCipher file: tests/cli/test_users_cli.py")
    old_key = cli.key
    cli.close()  # the CLI command opens the practice itself, as on another PC
    assert main(["users", "rekey"]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Not yet available" not in captured.err
    paths = cli.paths
    from clientmanager.services import practice as practice_service
    from clientmanager.store import sealed

    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        assert opened.key != old_key
        with opened.engine.connect() as connection:
            held = postgres.read_key_check(connection, opened.practice_id)
        assert held == sealed.key_id(opened.key)
    finally:
        opened.close()
    assert main(["users", "list"]) == 0
    assert ADMIN in capsys.readouterr().out
