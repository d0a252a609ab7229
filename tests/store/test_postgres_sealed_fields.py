"""Notes and documents reach the office server only as ciphertext (issue 18).

A real, throw-away PostgreSQL cluster: the server's own tools (psql, pg_dump) and its data
files must never show a sentinel written through the app's models; the app reads it back.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.services import server
from clientmanager.store import fieldcrypt
from clientmanager.store.models import Client, Document, DocumentContent, Note, Task
from clientmanager.store.postgres import ServerAddress
from tests.pgcluster import SUPERUSER_PASSWORD, running_cluster, server_binaries

SENTINEL = "OKAPI-SENTINEL-5531"
KEY = bytes(range(32))


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
    name = "sealed_" + "".join(
        ch if ch.isalnum() else "_" for ch in request.node.name[-40:].lower()
    )
    cluster.psql(f"DROP DATABASE IF EXISTS {name}")
    cluster.psql(f"CREATE DATABASE {name}")
    address = ServerAddress.parse(cluster.url(database=name))
    server.prepare_server(address, SUPERUSER_PASSWORD)
    return address


def _write_client(engine) -> int:
    with Session(engine) as session, session.begin():
        client = Client(first_names="Ayanda", surname="Khumalo")
        session.add(client)
        session.flush()
        session.add(
            Note(client_id=client.id, kind="note", subject="Call", body=f"Spoke {SENTINEL}")
        )
        session.add(Task(client_id=client.id, title="Follow up", details=f"Ask {SENTINEL}"))
        document = Document(
            client_id=client.id,
            category="statement",
            filename="statement.pdf",
            mime_type="application/pdf",
            size_bytes=30,
            sha256="0" * 64,
        )
        session.add(document)
        session.flush()
        session.add(DocumentContent(document_id=document.id, content=f"%PDF {SENTINEL}".encode()))
        return client.id


def test_the_app_reads_back_what_the_server_holds_only_as_ciphertext(cluster, database):
    engine = database.engine(SUPERUSER_PASSWORD)
    fieldcrypt.seal_fields(engine, KEY)
    client_id = _write_client(engine)

    with Session(engine) as session:
        note = session.scalars(sa.select(Note).where(Note.client_id == client_id)).one()
        assert note.body == f"Spoke {SENTINEL}"
        assert session.scalars(sa.select(Task.details)).one() == f"Ask {SENTINEL}"
        assert (
            session.scalars(sa.select(DocumentContent.content)).one() == f"%PDF {SENTINEL}".encode()
        )
        # The list's fields stay searchable on the server.
        assert session.scalars(sa.select(Client.surname)).one() == "Khumalo"

    raw = cluster.psql("SELECT body FROM notes", database=database.database)
    assert raw.startswith(fieldcrypt.TEXT_PREFIX) and SENTINEL not in raw
    assert SENTINEL not in cluster.psql("SELECT details FROM tasks", database=database.database)
    assert "Khumalo" in cluster.psql("SELECT surname FROM clients", database=database.database)


def test_pg_dump_and_the_servers_data_files_never_hold_the_sentinel(cluster, database):
    engine = database.engine(SUPERUSER_PASSWORD)
    fieldcrypt.seal_fields(engine, KEY)
    _write_client(engine)
    engine.dispose()
    pg_dump = shutil.which("pg_dump", path=str(server_binaries())) or shutil.which("pg_dump")
    assert pg_dump, "pg_dump is installed with the server binaries"
    dump = subprocess.run(
        [pg_dump, "--no-owner", cluster.url(database=database.database)],
        capture_output=True,
        check=True,
        env={**os.environ, "PGPASSWORD": SUPERUSER_PASSWORD},
    ).stdout
    assert b"Khumalo" in dump  # the dump is real and holds the list's fields
    assert SENTINEL.encode() not in dump
    cluster.psql("CHECKPOINT")
    clear_surname_seen = False
    for path in (cluster.folder / "data").rglob("*"):
        if path.is_file() and path.stat().st_size < 64 * 1024 * 1024:
            content = path.read_bytes()
            assert SENTINEL.encode() not in content, path
            clear_surname_seen = clear_surname_seen or b"Khumalo" in content
    assert clear_surname_seen, "the scan reads the pages where the rows are"


def test_a_value_changed_on_the_server_is_refused_not_shown(cluster, database):
    engine = database.engine(SUPERUSER_PASSWORD)
    fieldcrypt.seal_fields(engine, KEY)
    _write_client(engine)
    # The server's administrator moves a task's sealed text into the note: same key, but
    # the column is bound into each value.
    cluster.psql(
        "UPDATE notes SET body = (SELECT details FROM tasks LIMIT 1)", database=database.database
    )
    with Session(engine) as session:
        with pytest.raises(fieldcrypt.SealedFieldDamaged, match="notes.body"):
            session.scalars(sa.select(Note.body)).one()
    other_key = database.engine(SUPERUSER_PASSWORD)
    fieldcrypt.seal_fields(other_key, bytes(32))
    with Session(other_key) as session:
        with pytest.raises(fieldcrypt.SealedFieldDamaged):
            session.scalars(sa.select(Task.details)).one()


def test_without_the_key_the_engine_passes_values_through(practice):
    # The embedded store: SQLCipher encrypts the whole file, so the columns stay plain.
    assert not fieldcrypt.seals_fields(practice.engine)
    with practice.session() as session:
        client = Client(first_names="Ayanda", surname="Khumalo")
        session.add(client)
        session.flush()
        session.add(Note(client_id=client.id, kind="note", subject="Call", body="plain words"))
    with practice.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT body FROM notes").scalar_one() == "plain words"


def test_disposing_the_engine_forgets_the_field_key(cluster, database):
    from clientmanager.store.engine import dispose_practice_engine

    engine = database.engine(SUPERUSER_PASSWORD)
    fieldcrypt.seal_fields(engine, KEY)
    assert fieldcrypt.seals_fields(engine)
    dispose_practice_engine(engine)
    assert not fieldcrypt.seals_fields(engine)
