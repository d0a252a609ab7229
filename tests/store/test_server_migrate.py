"""``clientmanager server migrate`` (issue 18): a SQLCipher practice moved onto the office
server and back, on a real throw-away PostgreSQL cluster (tests/pgcluster.py), keeping
every row, the sealed notes and documents, the key slots, the audit chain and the
erasure ledger; a failure half-way leaves both sides as they were."""

from __future__ import annotations

import datetime as dt
import os

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.errors import ClientManagerError, PermissionDenied, PracticeAlreadyExists
from clientmanager.paths import PracticePaths
from clientmanager.services import audit, erasure, server_migrate, users
from clientmanager.services import practice as practice_service
from clientmanager.services.clients import search_clients
from clientmanager.services.demo import generate_demo_data
from clientmanager.store import fieldcrypt, postgres, transfer
from clientmanager.store.models import Client, DocumentContent, ErasureEntry, Note
from clientmanager.store.postgres import ServerAddress
from tests.conftest import ADMIN, ADMIN_PASSWORD
from tests.pgcluster import APP_LOGIN, APP_PASSWORD, SUPERUSER_PASSWORD

pytest_plugins = ("tests.pgpractice",)

TODAY = dt.date(2026, 11, 25)
SENTINEL = "Sentinel-note-Kwezi-7781 about the trust"
ERASED_SURNAME = "Quathlamba-Erased"
PLANNER, PLANNER_PASSWORD = "pieter", "Plans for many years 7"


def _sqlcipher_practice(paths: PracticePaths, clients: int):
    """A SQLCipher practice with demo data, a second user, a sentinel note and one client
    destroyed (in the erasure ledger)."""
    practice, code = practice_service.create_practice(
        paths=paths,
        practice_name="Karoo Wealth",
        admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD,
    )
    generate_demo_data(practice.engine, clients=clients, seed=11, today=TODAY)
    users.add_user(
        practice,
        username=PLANNER,
        full_name="Pieter Botha",
        role="planner",
        password=PLANNER_PASSWORD,
    )
    with practice.session() as session:
        client_id = session.scalar(sa.select(Client.id).order_by(Client.id).limit(1))
        session.add(Note(client_id=client_id, kind="note", subject="Trust", body=SENTINEL))
        erased = Client(first_names="Qhawekazi", surname=ERASED_SURNAME, id_number="8001015009087")
        session.add(erased)
        session.flush()
        erased_id = erased.id
    with practice.session() as session:
        erasure.destroy_client(
            session, client_id=erased_id, actor=practice.actor, reason="retention ended"
        )
    erasure.after_erasure(practice)
    practice.close()
    return code, erased_id


def _counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return transfer.count_rows(connection)


def _file_counts(paths: PracticePaths) -> dict[str, int]:
    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD, sign_in=False)
    try:
        return _counts(opened.engine)
    finally:
        opened.close()


def _signed_in_once_more(counts: dict[str, int]) -> dict[str, int]:
    return {**counts, "audit_log": counts["audit_log"] + 1}


def _move_to_server(paths: PracticePaths, address: ServerAddress):
    practice = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        return server_migrate.move_to_server(
            practice, address, SUPERUSER_PASSWORD, app_login=APP_LOGIN, app_password=APP_PASSWORD
        )
    finally:
        practice.close()


def _server_is_empty(cluster, address: ServerAddress) -> bool:
    tables = cluster.psql(
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", database=address.database
    )
    if tables == "0":
        return True
    return cluster.psql("SELECT count(*) FROM practice", database=address.database) == "0"


@pytest.fixture
def file_practice(tmp_path):
    paths = PracticePaths(tmp_path / "one-pc")
    code, erased_id = _sqlcipher_practice(paths, clients=300)
    return paths, code, erased_id


def test_a_practice_moves_to_the_server_keeping_every_row_the_chain_and_the_passwords(
    file_practice, cluster, owner_address
):
    paths, code, erased_id = file_practice
    before = _file_counts(paths)

    result = _move_to_server(paths, owner_address)

    assert result.done and result.check.ok
    assert result.target_counts == result.source_counts
    # The same rows as before the move, and the mover's sign-in on top of the trail.
    assert result.source_counts == {**before, "audit_log": before["audit_log"] + 1}
    assert before["clients"] == 300 and before["document_contents"] > 0
    assert before["erasure_ledger"] == 1
    # The folder is a server folder now; the old file is kept, renamed, byte for byte.
    assert postgres.is_server_folder(paths.data_dir)
    assert not paths.database.exists() and not paths.key_slots.exists()
    assert result.retired.parent == paths.data_dir
    # The old practice, as the move left it, still opens from there (nothing was added).
    assert _file_counts(PracticePaths(result.retired)) == result.source_counts
    assert result.desktop_url.startswith(f"postgresql://{APP_LOGIN}@")

    # Each user signs in on the server with their own password; the recovery code works.
    for username, password in ((ADMIN, ADMIN_PASSWORD), (PLANNER, PLANNER_PASSWORD)):
        opened = practice_service.unlock_with_password(paths, username, password)
        assert opened.on_server
        opened.close()
    opened = practice_service.unlock_with_recovery_code(paths, code)
    try:
        assert opened.on_server and opened.engine.dialect.name == "postgresql"
        after = _counts(opened.engine)
        # Every table as it was, the sign-ins and the move itself on top of the trail.
        assert {t: n for t, n in after.items() if t != "audit_log"} == {
            t: n for t, n in before.items() if t != "audit_log"
        }
        assert after["audit_log"] > before["audit_log"]
        with opened.session() as session:
            chain = audit.verify_chain(session, anchors=audit.known_anchors(session))
            assert chain.ok, chain.describe()
            actions = session.scalars(
                sa.select(audit.AuditEntry.action).order_by(audit.AuditEntry.id)
            ).all()
            assert "practice.moved_to_server" in actions
            # The sealed note reads back in the server practice...
            assert session.scalar(sa.select(Note.body).where(Note.body == SENTINEL)) is None
            bodies = session.scalars(sa.select(Note.body)).all()
            assert SENTINEL in bodies
            document = session.scalars(sa.select(DocumentContent.content).limit(1)).one()
            assert document.startswith(b"%PDF")
            # ...the erased client stays erased, and the ledger says so.
            assert session.get(Client, erased_id) is None
            assert search_clients(session, ERASED_SURNAME) == []
            ledger = session.scalars(sa.select(ErasureEntry)).all()
            assert [(e.client_id, e.method) for e in ledger] == [(erased_id, "destroyed")]
            # A client added on the server gets a new id (the sequences moved on).
            session.add(Client(first_names="Lerato", surname="Nkosi"))
            session.flush()
    finally:
        opened.close()
    # ...and the server holds only ciphertext for it, as a server practice writes it.
    stored = cluster.psql(
        "SELECT count(*) FROM notes WHERE body LIKE '%Sentinel-note%'",
        database=owner_address.database,
    )
    assert stored == "0"
    prefixed = cluster.psql(
        f"SELECT count(*) FROM notes WHERE body NOT LIKE '{fieldcrypt.TEXT_PREFIX}%'",
        database=owner_address.database,
    )
    assert prefixed == "0"
    assert "audit_log" in cluster.psql(
        "SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'",
        database=owner_address.database,
    )
    # The desktops' login cannot change the copied audit log.
    login_engine = ServerAddress.parse(result.desktop_url).engine(APP_PASSWORD)
    try:
        with pytest.raises(sa.exc.DBAPIError), login_engine.begin() as connection:
            connection.exec_driver_sql("UPDATE audit_log SET summary = 'x' WHERE id = 1")
    finally:
        login_engine.dispose()


def test_and_back_into_a_file_with_the_same_rows(file_practice, cluster, owner_address):
    paths, code, erased_id = file_practice
    before = _file_counts(paths)
    _move_to_server(paths, owner_address)
    # Only a practice manager moves the practice.
    opened = practice_service.unlock_with_password(paths, PLANNER, PLANNER_PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            server_migrate.move_to_file(opened)
    finally:
        opened.close()
    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        on_server = _counts(opened.engine)
        result = server_migrate.move_to_file(opened)
    finally:
        opened.close()
    assert result.done and result.source_counts == on_server == result.target_counts
    assert not postgres.is_server_folder(paths.data_dir)
    assert paths.database.exists() and paths.key_slots.exists()
    assert (result.retired / "practice.server").exists()
    # The server's database is left as it was.
    assert cluster.psql("SELECT count(*) FROM clients", database=owner_address.database) == str(
        on_server["clients"]
    )

    back = practice_service.unlock_with_password(paths, PLANNER, PLANNER_PASSWORD)
    try:
        assert not back.on_server and back.engine.dialect.name == "sqlite"
        counts = _counts(back.engine)
        assert {t: n for t, n in counts.items() if t != "audit_log"} == {
            t: n for t, n in before.items() if t != "audit_log"
        }
        with back.session() as session:
            chain = audit.verify_chain(session, anchors=audit.known_anchors(session))
            assert chain.ok, chain.describe()
            assert SENTINEL in session.scalars(sa.select(Note.body)).all()
            # The search index was built for the copied clients.
            surname = session.scalar(sa.select(Client.surname).order_by(Client.id).limit(1))
            assert search_clients(session, surname)
            assert search_clients(session, ERASED_SURNAME) == []
        report = practice_service.check_practice(back)
        assert report.ok, report.problems
    finally:
        back.close()
    assert practice_service.unlock_with_recovery_code(paths, code, sign_in=False).close() is None


def test_amounts_beyond_32_bits_move_across_intact(file_practice, cluster, owner_address):
    # R25 million: more than PostgreSQL's INTEGER holds in cents; BIGINT on the server.
    paths, _code, _erased = file_practice
    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    with opened.session() as session:
        session.execute(sa.text("UPDATE goals SET target_amount_cents = 2500000000 WHERE id = 1"))
    opened.close()
    _move_to_server(paths, owner_address)
    assert postgres.is_server_folder(paths.data_dir)
    moved = cluster.psql(
        "SELECT target_amount_cents FROM goals WHERE id = 1", database=owner_address.database
    )
    assert moved == "2500000000"


def test_a_server_that_already_holds_a_practice_is_refused(file_practice, two_pcs, owner_address):
    paths, _code, _erased = file_practice
    before = _file_counts(paths)
    with pytest.raises(PracticeAlreadyExists):
        _move_to_server(paths, owner_address)
    assert not postgres.is_server_folder(paths.data_dir)
    assert _file_counts(paths) == _signed_in_once_more(before)


def test_a_failure_half_way_leaves_the_server_empty_and_the_file_as_it_was(
    file_practice, cluster, owner_address, monkeypatch
):
    paths, _code, _erased = file_practice
    before = _file_counts(paths)
    copy = transfer.copy_rows

    def server_goes_away(source, target, **kwargs):
        copy(source, target, **kwargs)
        # The server refuses a row of the last table: the whole copy must roll back.
        target.exec_driver_sql(
            "INSERT INTO document_contents (document_id, content) VALUES (999999, 'x')"
        )

    monkeypatch.setattr(transfer, "copy_rows", server_goes_away)
    with pytest.raises(ClientManagerError) as failed:
        _move_to_server(paths, owner_address)
    assert "nothing was moved" in failed.value.message
    assert _server_is_empty(cluster, owner_address)
    assert cluster.psql(f"SELECT count(*) FROM pg_roles WHERE rolname = '{APP_LOGIN}'") in (
        "0",
        "1",
    )
    assert _file_counts(paths) == _signed_in_once_more(before)
    assert not postgres.is_server_folder(paths.data_dir)
    assert not any(p.name.startswith("moved-to-") for p in paths.data_dir.iterdir())
    # The practice opens as before, and the move can be made again.
    monkeypatch.setattr(transfer, "copy_rows", copy)
    assert _move_to_server(paths, owner_address).done


def test_a_server_dropped_during_the_move_back_leaves_the_folder_on_the_server(
    file_practice, cluster, owner_address, monkeypatch
):
    paths, _code, _erased = file_practice
    _move_to_server(paths, owner_address)
    pointer = paths.server_connection.read_bytes()
    copy = transfer.copy_rows

    def server_gone(source, target, **kwargs):
        cluster.psql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{owner_address.database}' AND pid <> pg_backend_pid()"
        )
        copy(source, target, **kwargs)

    monkeypatch.setattr(transfer, "copy_rows", server_gone)
    opened = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        with pytest.raises(ClientManagerError) as failed:
            server_migrate.move_to_file(opened)
    finally:
        opened.close()
    assert "server" in failed.value.message
    assert paths.server_connection.read_bytes() == pointer
    assert not paths.database.exists() and not paths.key_slots.exists()
    assert not (paths.data_dir / ".moving-to-file").exists()


def test_the_command_line_moves_the_practice_and_prints_the_counts(
    file_practice, owner_address, capsys, monkeypatch
):
    paths, _code, _erased = file_practice
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_SERVER_PASSWORD", SUPERUSER_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_APP_PASSWORD", APP_PASSWORD)
    base = ["--data-dir", str(paths.data_dir), "--user", ADMIN]
    assert main(["server", "migrate", *base]) == 1
    assert "--to URL" in capsys.readouterr().err
    code = main(["server", "migrate", *base, "--to", owner_address.url, "--app-login", APP_LOGIN])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "clients" in out and "      300        300" in out
    assert "no longer used" in out and "moved-to-server-" in out
    assert main(["audit", "verify", *base]) == 0
    assert "intact" in capsys.readouterr().out.lower()
    assert main(["server", "migrate", *base, "--to-file"]) == 0
    out = capsys.readouterr().out
    assert "in a file on this PC again" in out
    assert main(["check", *base]) == 0
    assert os.path.exists(paths.database)


def test_into_a_database_prepared_by_server_init_with_the_desktops_login(
    file_practice, owner_address
):
    paths, _code, _erased = file_practice
    from clientmanager.services import server

    prepared = server.prepare_server(
        owner_address, SUPERUSER_PASSWORD, app_login=APP_LOGIN, app_password=APP_PASSWORD
    )
    assert prepared.check.ok
    login_address = ServerAddress.parse(server.desktop_url(owner_address, APP_LOGIN))
    practice = practice_service.unlock_with_password(paths, ADMIN, ADMIN_PASSWORD)
    try:
        result = server_migrate.move_to_server(practice, login_address, APP_PASSWORD)
    finally:
        practice.close()
    assert result.done and result.check is None
    assert result.target_counts == result.source_counts
    opened = practice_service.unlock_with_password(paths, PLANNER, PLANNER_PASSWORD)
    try:
        with opened.session() as session:
            highest = session.scalar(sa.select(sa.func.max(Client.id)))
            # The login may only draw sequence numbers: they were drawn past the copied ids.
            added = Client(first_names="Sipho", surname="Ndlovu")
            session.add(added)
            session.flush()
            assert added.id > highest
    finally:
        opened.close()
