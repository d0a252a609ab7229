"""The office server: checked and prepared on a real, throw-away PostgreSQL cluster."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.cli import main
from clientmanager.domain.errors import ValidationError
from clientmanager.services import server
from clientmanager.store import migrate, postgres
from clientmanager.store.models import Client, Note, utcnow
from clientmanager.store.postgres import ServerAddress, ServerAddressError
from tests.pgcluster import SUPERUSER_PASSWORD, running_cluster, server_binaries

APP_PASSWORD = "Desks in the office 4"


@pytest.fixture(scope="module")
def cluster():
    if server_binaries() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install PostgreSQL (see .ci/run)")
        pytest.skip(
            "no PostgreSQL 15+ server binaries on this machine (apt-get install postgresql)"
        )
    with running_cluster() as running:
        yield running


@pytest.fixture
def database(cluster, request):
    name = "practice_" + request.node.name[-40:].lower().replace("[", "_").replace("]", "")
    name = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)
    cluster.psql(f"DROP DATABASE IF EXISTS {name}")
    cluster.psql(f"CREATE DATABASE {name}")
    return ServerAddress.parse(cluster.url(database=name))


def test_a_network_address_must_verify_the_servers_certificate():
    with pytest.raises(ServerAddressError, match="check the server's certificate"):
        ServerAddress.parse("postgresql://practice@office-server/clientmanager")
    with pytest.raises(ServerAddressError, match="must not contain a password"):
        ServerAddress.parse("postgresql://practice:secret@office-server/clientmanager")
    ok = ServerAddress.parse(
        "postgresql://practice@office-server:5433/cm?sslmode=verify-full&sslrootcert=/ca.pem"
    )
    assert (ok.host, ok.port, ok.database, ok.over_socket) == ("office-server", 5433, "cm", False)


def test_the_check_passes_a_sound_server_and_names_a_trust_line(cluster, database):
    check = server.check_server(database, SUPERUSER_PASSWORD)
    assert check.ok, [f.text for f in check.findings]
    assert any("SCRAM-SHA-256" in f.text for f in check.findings)

    hba = cluster.folder / "data" / "pg_hba.conf"
    original = hba.read_text()
    try:
        hba.write_text(original + "host all all 10.0.0.0/8 trust\n")
        cluster.psql("SELECT pg_reload_conf()")
        check = server.check_server(database, SUPERUSER_PASSWORD)
        problems = [f.text for f in check.findings if not f.ok]
        assert len(problems) == 1
        assert "host 10.0.0.0 mask 255.0.0.0" in problems[0] and "trust" in problems[0]
    finally:
        hba.write_text(original)
        cluster.psql("SELECT pg_reload_conf()")


def test_a_wrong_password_is_a_clear_message(database):
    with pytest.raises(postgres.ServerUnreachable, match="did not accept the connection"):
        server.check_server(database, "not the password at all")


def test_init_builds_the_schema_and_the_app_role_cannot_change_evidence(cluster, database):
    prepared = server.prepare_server(
        database, SUPERUSER_PASSWORD, app_login="desktops", app_password=APP_PASSWORD
    )
    assert prepared.revision == migrate.head_revision()
    tables = cluster.psql(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
        "AND table_name IN ('clients', 'audit_log', 'erasure_ledger', 'notes', 'consents')",
        database=database.database,
    )
    assert tables == "5"

    as_app = ServerAddress.parse(cluster.url(user="desktops", database=database.database))
    engine = as_app.engine(APP_PASSWORD)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO audit_log (at, action, summary) VALUES (now(), 'test.entry', 'one')"
        )
        connection.exec_driver_sql(
            "INSERT INTO households (name, created_at, updated_at) VALUES ('Dlamini', now(), now())"
        )
        connection.exec_driver_sql("UPDATE households SET name = 'Dlamini-Zulu'")
    for statement in ("UPDATE audit_log SET summary = 'changed'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.ProgrammingError, match="permission denied"):
            with engine.begin() as connection:
                connection.exec_driver_sql(statement)
    # Even the server's own superuser meets the append-only trigger.
    with pytest.raises(sa.exc.IntegrityError, match="append-only"):
        with database.engine(SUPERUSER_PASSWORD).begin() as connection:
            connection.exec_driver_sql("UPDATE audit_log SET summary = 'changed'")
    assert cluster.psql("SELECT summary FROM audit_log", database=database.database) == "one"


def test_a_finalised_record_of_advice_is_locked_on_the_server_too(database):
    server.prepare_server(database, SUPERUSER_PASSWORD)
    engine = database.engine(SUPERUSER_PASSWORD)
    # The embedded store's own models, unchanged, on the server's schema.
    with Session(engine) as session, session.begin():
        client = Client(first_names="Lerato", surname="Mokoena")
        session.add(client)
        session.flush()
        session.add(Note(client_id=client.id, kind="advice", subject="RA", finalised_at=utcnow()))
    with pytest.raises(sa.exc.IntegrityError, match="final and cannot be changed"):
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE notes SET body = 'rewritten'")


def test_init_refuses_a_weak_app_password_and_changes_nothing_it_cannot_finish(database):
    with pytest.raises(ValidationError):
        server.prepare_server(
            database, SUPERUSER_PASSWORD, app_login="desktops", app_password="short"
        )


def test_the_cli_checks_and_prepares_the_server(cluster, database, monkeypatch, capsys):
    monkeypatch.setenv("CLIENTMANAGER_SERVER_PASSWORD", SUPERUSER_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_APP_PASSWORD", APP_PASSWORD)
    assert main(["server", "check", database.url]) == 0
    out = capsys.readouterr().out
    assert "The server is fit for the practice." in out and "FIX" not in out
    assert main(["server", "init", database.url, "--app-login", "officepcs"]) == 0
    out = capsys.readouterr().out
    assert f"Schema ready at version {migrate.head_revision()}." in out
    assert "Desktops sign in to the server as officepcs." in out
    assert cluster.psql("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'officepcs'") == "t"
    assert main(["server", "check", "postgresql://x@office/cm"]) == 1
    assert "certificate" in capsys.readouterr().err


def test_an_older_server_gets_64_bit_amount_columns(cluster, database):
    engine = database.engine(SUPERUSER_PASSWORD)
    migrate.upgrade(engine, "0011")
    # A server built before the money columns were BIGINT there: as 0001 created them then.
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "ALTER TABLE goals ALTER COLUMN target_amount_cents TYPE integer"
        )
        connection.exec_driver_sql(
            "ALTER TABLE policies ALTER COLUMN cover_amount_cents TYPE integer"
        )
    narrow = (
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
        "AND column_name LIKE '%_cents' AND data_type = 'integer'"
    )
    assert cluster.psql(narrow, database=database.database) == "2"
    migrate.upgrade(engine)
    assert cluster.psql(narrow, database=database.database) == "0"
    wide = cluster.psql(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
        "AND column_name LIKE '%_cents' AND data_type = 'bigint'",
        database=database.database,
    )
    assert wide == "10"
    engine.dispose()
