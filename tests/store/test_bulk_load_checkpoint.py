"""A bulk load's commit does not copy the WAL into the database file: that checkpoint runs
when its connection goes back to the pool, after the commit, and the connection's own
checkpoint setting comes back with it (store/engine.py, store/search_index.py)."""

from __future__ import annotations

import csv
import datetime as dt

import sqlalchemy as sa

from clientmanager.domain import make_sa_id
from clientmanager.services import importer
from clientmanager.store.models import Client


def _client_list(path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Surname", "ID Number", "E-mail"])
        for n in range(rows):
            born = dt.date(1960 + n % 40, 1 + n % 12, 1 + n % 28)
            number = make_sa_id(born, sequence=5000 + n)
            writer.writerow([f"Thandi{n}", f"Mokoena{n}", number, f"t{n}@example.co.za"])


def test_the_import_commit_leaves_the_checkpoint_to_the_connections_return(practice, tmp_path):
    listed = tmp_path / "clients.csv"
    _client_list(listed, 400)
    source = importer.read_source(listed)
    mapping = importer.guess_mapping(source.clients.headers)
    database = practice.paths.database
    with practice.session() as session:
        plan = importer.analyse(session, source, mapping, actor=practice.actor)

    with practice.sessions() as session:
        raw = session.connection().connection.driver_connection
        # A checkpoint after every page: any commit that checkpoints would show at once.
        raw.execute("PRAGMA wal_autocheckpoint = 1")
        size_before = database.stat().st_size
        importer.run_import(session, plan, actor=practice.actor)
        assert raw.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
        # Committed, but the connection not yet back in the pool.
        at_commit = []
        sa.event.listen(session, "after_commit", lambda _s: at_commit.append(database.stat()))
        session.commit()
    size_at_commit = at_commit[0].st_size
    size_after_return = database.stat().st_size

    assert size_at_commit == size_before  # the 400 clients are in the WAL only
    assert size_after_return > size_before  # and copied into the file on the return
    assert raw.execute("PRAGMA wal_autocheckpoint").fetchone() == (1,)
    raw.execute("PRAGMA wal_autocheckpoint = 1000")
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 400
        assert importer.analyse(session, source, mapping).duplicates  # the file is in


def test_a_failed_import_restores_the_setting_and_keeps_nothing(practice, tmp_path, monkeypatch):
    listed = tmp_path / "clients.csv"
    _client_list(listed, 50)
    source = importer.read_source(listed)
    mapping = importer.guess_mapping(source.clients.headers)
    with practice.session() as session:
        plan = importer.analyse(session, source, mapping, actor=practice.actor)

    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importer, "_insert_rows", broken)
    with practice.sessions() as session:
        raw = session.connection().connection.driver_connection
        setting = raw.execute("PRAGMA wal_autocheckpoint").fetchone()
        try:
            importer.run_import(session, plan, actor=practice.actor)
        except OSError:
            session.rollback()
    assert raw.execute("PRAGMA wal_autocheckpoint").fetchone() == setting
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 0


def test_a_connection_whose_setting_cannot_be_restored_is_never_reused(
    practice, tmp_path, monkeypatch
):
    from sqlcipher3 import dbapi2

    from clientmanager.store import engine as store_engine

    listed = tmp_path / "clients.csv"
    _client_list(listed, 20)
    source = importer.read_source(listed)
    mapping = importer.guess_mapping(source.clients.headers)
    with practice.session() as session:
        plan = importer.analyse(session, source, mapping, actor=practice.actor)

    def disk_gone(_connection, info):  # noqa: ANN001, ANN202
        info.pop(store_engine.DEFERRED_CHECKPOINT, None)
        raise dbapi2.OperationalError("disk I/O error")

    monkeypatch.setattr(store_engine, "checkpoint_deferred_wal", disk_gone)
    with practice.session() as session:
        used = session.connection().connection.driver_connection
        importer.run_import(session, plan, actor=practice.actor)
    monkeypatch.undo()
    with practice.session() as session:
        assert session.connection().connection.driver_connection is not used
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 20
