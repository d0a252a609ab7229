"""A command from a terminal on the office server meets another PC's transaction (issue
18): it is run again, as the desktop's OpenPractice.transact does, and after five
conflicts it says so clearly with exit code 1 and has saved nothing."""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.services.practice import CONFLICT_ATTEMPTS
from clientmanager.store import postgres
from clientmanager.store.models import AuditEntry, Client
from tests.backends import superuser_engine
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True, scope="session")

REVIEWED_ON = "2026-11-20"


@pytest.fixture
def cli(practice, monkeypatch):
    assert practice.on_server
    monkeypatch.setenv("CLIENTMANAGER_DATA_DIR", str(practice.paths.data_dir))
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    with practice.session() as session:
        client = Client(first_names="Sipho", surname="Zulu")
        session.add(client)
        session.flush()
        practice.client_id = client.id
    return practice


def _reviewed(practice) -> tuple[dt.date | None, int]:
    with practice.session() as session:
        on = session.scalar(sa.select(Client.last_review_on))
        entries = session.scalar(
            sa.select(sa.func.count()).where(AuditEntry.action == "client.updated")
        )
        logins = session.scalar(sa.select(sa.func.count()).where(AuditEntry.action == "login"))
    return on, entries, logins


def test_a_deadlock_with_another_pc_is_run_again_and_succeeds(cli, capsys, caplog):
    """A real deadlock: the other PC holds the client's row, and then asks for the row the
    command's transaction already holds (the key fingerprint, read FOR SHARE at its start).
    The other PC waits longer before its own deadlock check, so the server ends the
    command's transaction; the command runs again once the other PC has committed."""
    _, _, logins_before = _reviewed(cli)
    caplog.set_level(logging.INFO, logger="clientmanager.cli.common")
    engine = superuser_engine(cli)
    other_done = threading.Event()
    problems: list[BaseException] = []

    def other_pc() -> None:
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql("SET LOCAL deadlock_timeout = '20s'")
                connection.exec_driver_sql(
                    f"SELECT id FROM clients WHERE id = {cli.client_id} FOR UPDATE"
                )
                holding.set()
                waited = 0.0
                while waited < 30:  # until the command waits for the client's row
                    # pg_stat_activity is read once per transaction unless cleared.
                    connection.exec_driver_sql("SELECT pg_stat_clear_snapshot()")
                    blocked = connection.exec_driver_sql(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                        "'ClientManager' AND wait_event_type = 'Lock'"
                    ).scalar_one()
                    if blocked:
                        break
                    time.sleep(0.05)
                    waited += 0.05
                connection.exec_driver_sql(
                    "SELECT slot FROM server_key_slots WHERE slot_id = "
                    f"'{postgres.KEY_CHECK_SLOT}' FOR UPDATE"
                )
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            problems.append(exc)
        finally:
            holding.set()
            other_done.set()

    holding = threading.Event()
    thread = threading.Thread(target=other_pc, daemon=True)
    thread.start()
    assert holding.wait(30)
    try:
        code = main(["clients", "reviewed", str(cli.client_id), "--today", REVIEWED_ON])
    finally:
        other_done.wait(60)
        engine.dispose()
    assert not problems, problems
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "conflict with another PC's transaction: attempt 1 again" in caplog.text
    assert captured.out.count("Marked 1 client(s) reviewed on 20 November 2026.") == 1
    on, entries, logins = _reviewed(cli)
    assert on == dt.date(2026, 11, 20)
    assert entries == 1  # the undone attempt left no audit entry behind
    assert logins == logins_before + 1  # signed in once for both attempts


@pytest.fixture
def conflicts(cli):
    """The server ends the next ``n`` transactions that update a client with a
    serialisation failure (SQLSTATE 40001), as it would a transaction that raced
    another PC's; a sequence counts them, as it is not undone with them."""
    engine = superuser_engine(cli)

    def arrange(n: int) -> None:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE SEQUENCE conflicts_so_far")
            connection.exec_driver_sql(
                "CREATE FUNCTION raise_conflict() RETURNS trigger LANGUAGE plpgsql "
                "SECURITY DEFINER AS $$ BEGIN "
                f"IF nextval('conflicts_so_far') <= {n} THEN RAISE EXCEPTION "
                "'could not serialize access due to concurrent update' "
                "USING ERRCODE = 'serialization_failure'; END IF; RETURN NEW; END $$"
            )
            connection.exec_driver_sql(
                "CREATE TRIGGER conflict_on_update BEFORE UPDATE ON clients "
                "FOR EACH ROW EXECUTE FUNCTION raise_conflict()"
            )

    def count() -> int:
        with engine.connect() as connection:
            return connection.exec_driver_sql(
                "SELECT last_value FROM conflicts_so_far"
            ).scalar_one()

    arrange.count = count
    yield arrange
    engine.dispose()


def test_a_command_that_conflicts_twice_is_saved_on_the_third_run(cli, conflicts, capsys):
    conflicts(2)
    assert main(["clients", "reviewed", str(cli.client_id), "--today", REVIEWED_ON]) == 0
    captured = capsys.readouterr()
    assert captured.out.count("Marked 1 client(s) reviewed") == 1
    assert conflicts.count() == 3
    on, entries, _ = _reviewed(cli)
    assert on == dt.date(2026, 11, 20) and entries == 1


def test_after_five_conflicts_the_command_says_so_and_saves_nothing(cli, conflicts, capsys):
    conflicts(CONFLICT_ATTEMPTS)
    code = main(["clients", "reviewed", str(cli.client_id), "--today", REVIEWED_ON])
    captured = capsys.readouterr()
    assert code == 1
    assert conflicts.count() == CONFLICT_ATTEMPTS
    assert "Another PC was changing the same records at that moment, so nothing was saved." in (
        captured.err
    )
    assert "Try again" in captured.err and "Traceback" not in captured.err
    assert "Marked" not in captured.out  # nothing claimed for what was undone
    on, entries, _ = _reviewed(cli)
    assert on is None and entries == 0
