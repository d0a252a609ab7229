"""`server migrate` of a 10k-client practice (issue 18, must show: "keeps every count, and
the audit chain verifies afterwards"): the demo practice as `clientmanager demo --clients
10000` builds it, moved with `clientmanager server migrate --to URL` into a fresh
database on the session's PostgreSQL cluster, then every table counted on both sides
and the audit chain verified on the server.

Self-contained (its own data folder and database) and marked ``slow``: about a minute on
a quiet machine."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.paths import PracticePaths
from clientmanager.services import audit
from clientmanager.services import practice as practice_service
from clientmanager.store.models import Client, Note, Policy
from tests.backends import counts_and_verified_chain

pytestmark = pytest.mark.slow

CLIENTS = 10_000
ADMIN = "naledi"
PASSWORD = "Ten thousand clients on one server 7"
TRAIL = 2_000  # audit entries on top of the demo's own, so the chain has work to verify


def _counts_and_chain(paths: PracticePaths) -> tuple[dict[str, int], int]:
    counts, checked = counts_and_verified_chain(paths, ADMIN, PASSWORD)
    assert checked == counts["audit_log"]  # every entry, not just up to an anchor
    return counts, checked


def test_server_migrate_of_a_10k_client_practice_keeps_every_count(
    server_practices, tmp_path, monkeypatch, capsys
):
    from tests.pgcluster import APP_LOGIN, APP_PASSWORD, SUPERUSER_PASSWORD

    paths = PracticePaths(tmp_path / "practice")
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", PASSWORD)
    assert main(["demo", "--clients", str(CLIENTS), "--data-dir", str(paths.data_dir)]) == 0
    capsys.readouterr()
    practice = practice_service.unlock_with_password(paths, ADMIN, PASSWORD)
    try:
        with practice.session() as session:
            for n in range(TRAIL):
                audit.record(session, actor=practice.actor, action="client.viewed", client_id=n + 1)
    finally:
        practice.close()
    before, before_entries = _counts_and_chain(paths)
    assert before["clients"] == CLIENTS and before["policies"] > CLIENTS
    assert before["notes"] > 0 and before_entries > TRAIL

    database = f"migrate10k_{tmp_path.name[-20:].replace('-', '_')}"
    server_practices.sql(f"CREATE DATABASE {database}")
    try:
        owner_url = server_practices.cluster.url(database=database)
        monkeypatch.setenv("CLIENTMANAGER_SERVER_PASSWORD", SUPERUSER_PASSWORD)
        monkeypatch.setenv("CLIENTMANAGER_APP_PASSWORD", APP_PASSWORD)
        code = main([
            "server", "migrate", "--to", owner_url, "--app-login", APP_LOGIN,
            "--data-dir", str(paths.data_dir),
        ])  # fmt: skip
        out, err = capsys.readouterr()
        assert code == 0, err
        assert practice_service.is_on_server(paths) and not paths.database.exists()

        after, after_entries = _counts_and_chain(paths)
        assert set(after) == set(before)
        for table, count in before.items():
            if table != "audit_log":
                assert after[table] == count, table
        # The trail moved whole, with the move's own entry (and the sign-in) on top.
        assert before_entries < after_entries <= before_entries + 3
        assert main(["audit", "verify", "--data-dir", str(paths.data_dir)]) == 0
        assert main(["check", "--data-dir", str(paths.data_dir)]) == 0
        out = capsys.readouterr().out
        assert "Checks passed (office server)" in out

        opened = practice_service.unlock_with_password(paths, ADMIN, PASSWORD)
        try:
            assert opened.on_server
            with opened.session() as session:
                # Read back through the server's sealing: the same people and notes.
                assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == CLIENTS
                assert (
                    session.scalar(sa.select(sa.func.count()).select_from(Policy))
                    == (before["policies"])
                )
                body = session.scalar(sa.select(Note.body).where(Note.body != "").limit(1))
                assert body and not body.startswith("\u2063cm1:")
        finally:
            opened.close()
    finally:
        server_practices.drop(database)
