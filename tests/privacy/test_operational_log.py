"""The operational log helps support without ever holding a client's information."""

from __future__ import annotations

import logging
import sys

import pytest
from sqlalchemy import select

from clientmanager import oplog
from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services import practice as practice_service
from clientmanager.store.models import Client

PASSWORD = "Log nothing personal 7"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "practice"
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(folder))
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", "admin")
    for name in ("CLIENTMANAGER_RECOVERY_CODE", "CLIENTMANAGER_NEW_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    yield folder
    logging.getLogger().handlers[:] = [
        h for h in logging.getLogger().handlers if not getattr(h, "_clientmanager", False)
    ]


def _personal_values(folder) -> set[str]:
    practice = practice_service.unlock_with_password(
        PracticePaths(folder), "admin", PASSWORD, sign_in=False
    )
    try:
        with practice.session() as session:
            clients = session.scalars(select(Client)).all()
            values = set()
            for c in clients:
                for value in (c.first_names, c.surname, c.id_number, c.email, c.mobile):
                    if value and len(value) > 3:
                        values.add(value)
            return values
    finally:
        practice.close()


def test_every_command_logs_to_the_practice_and_never_a_clients_details(data_dir, tmp_path, capsys):
    assert main(["demo", "--clients", "25"]) == 0
    out = tmp_path / "out"
    out.mkdir()
    commands = [
        ["check"],
        ["backup"],
        ["backups"],
        ["export", "--format", "csv", "--out", str(out / "clients.csv")],
        ["export", "--format", "json", "--out", str(out / "practice.zip")],
        ["import", str(out / "clients.csv"), "--dry-run"],
        ["export-subject", "--client", "1", "--out", str(out / "subject.zip")],
        ["export-subject", "--client", "999999", "--out", str(out / "nobody.zip")],
        ["duplicates"],
        ["users", "list"],
        ["audit", "verify"],
        ["audit", "export", "--csv", str(out / "audit.csv")],
        ["retention", "schedule"],
        ["retention", "run"],
        ["breach", "list"],
    ]
    codes = [main(command) for command in commands]
    capsys.readouterr()
    assert codes[:7] == [0] * 7 and codes[7] == 1, codes

    log = (data_dir / "logs" / oplog.LOG_FILE_NAME).read_text(encoding="utf-8")
    # The log really recorded the session: each command, and the failed one by its kind.
    for command in ("check", "backup", "export-subject", "retention"):
        assert f"command {command}" in log
    assert "command failed: NotFound" in log
    personal = _personal_values(data_dir)
    assert len(personal) > 50
    leaked = sorted(value for value in personal if value in log)
    assert leaked == []


def test_the_log_scrubs_numbers_and_addresses_and_tracebacks_keep_no_message(tmp_path):
    path = oplog.configure(tmp_path / "logs", console_level=None)
    try:
        logger = logging.getLogger("clientmanager.test")
        logger.warning("looked up %s and %s", "8001015009087", "thandi@example.co.za")
        logger.warning("called +27 82 555 1234 about 3 policies")
        try:
            raise ValueError("Hélène Nkosi 8001015009087")
        except ValueError:
            logger.exception("saving failed")
        hook_before = sys.excepthook
        oplog.install_excepthook(show=lambda where: None)
        try:
            sys.excepthook(KeyError, KeyError("Zoë Ndlovu"), None)
        finally:
            sys.excepthook = hook_before
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = path.read_text(encoding="utf-8")
    finally:
        logging.getLogger().handlers[:] = [
            h for h in logging.getLogger().handlers if not getattr(h, "_clientmanager", False)
        ]
    assert "8001015009087" not in text and "thandi@example" not in text
    assert "555 1234" not in text and "about 3 policies" in text
    assert "builtins.ValueError" in text and "Hélène" not in text
    assert "builtins.KeyError" in text and "Zoë" not in text
    assert text.count("[removed]") == 3
