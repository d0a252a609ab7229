"""An import leaves the search indexes' segment merges to the writes after it: merging is
off inside the load and back as it was when the load ends, or when it fails
(store/search_index.py ``merge_later``), and every new client is found at once."""

from __future__ import annotations

import csv

import pytest
import sqlalchemy as sa

from clientmanager.errors import DiskFull
from clientmanager.services import client_records as records
from clientmanager.services import importer
from clientmanager.services.clients import ListQuery, client_list
from clientmanager.store import search_index
from clientmanager.store.models import Client

TABLES = (
    "client_search",
    "client_search_substring",
    "client_search_ordered",
    "client_search_ordered_substring",
)


def _automerge(connection) -> dict[str, int | None]:  # noqa: ANN001
    return {
        table: connection.exec_driver_sql(
            f"SELECT v FROM \"{table}_config\" WHERE k = 'automerge'"  # noqa: S608
        ).scalar()
        for table in TABLES
    }


def _plan(practice, tmp_path, rows: int):  # noqa: ANN001, ANN202
    listed = tmp_path / "clients.csv"
    with listed.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Surname", "E-mail"])
        for n in range(rows):
            writer.writerow([f"Thandi{n}", f"Qwabe{n:03}", f"qwabe{n}@example.co.za"])
    source = importer.read_source(listed)
    with practice.session() as session:
        return importer.analyse(
            session, source, importer.guess_mapping(source.clients.headers), actor=practice.actor
        )


def test_merging_is_off_inside_an_import_and_back_as_it_was_after(practice, tmp_path, monkeypatch):
    with practice.engine.begin() as connection:
        # One table set by hand (a scrub, a support tweak): that value comes back, not 4.
        connection.exec_driver_sql(
            "INSERT INTO client_search(client_search, rank) VALUES ('automerge', 8)"
        )
        before = _automerge(connection)
    assert before == {"client_search": 8, **dict.fromkeys(TABLES[1:])}
    during = []
    place = search_index._place_in_list_order

    def placing(connection, existing):  # noqa: ANN001, ANN202
        during.append(_automerge(connection))
        return place(connection, existing)

    monkeypatch.setattr(search_index, "_place_in_list_order", placing)
    plan = _plan(practice, tmp_path, 120)
    with practice.session() as session:
        result = importer.run_import(session, plan, actor=practice.actor)
    assert result.created == 120
    assert during == [dict.fromkeys(TABLES, 0)]
    with practice.engine.connect() as connection:
        assert _automerge(connection) == {"client_search": 8, **dict.fromkeys(TABLES[1:], 4)}
    with practice.session() as session:
        found = client_list(session, practice.actor, ListQuery(text="Qwabe11"))
        assert [row.display_name for row in found.first_rows] == [
            f"Thandi{n} Qwabe{n:03}" for n in (11, *range(110, 120))
        ]
        # The triggers are back: a client saved after the import is found as well.
        records.save_client(
            session, practice.actor, values={"first_names": "Sipho", "surname": "Qwabe-Nkosi"}
        )
    with practice.session() as session:
        found = client_list(session, practice.actor, ListQuery(text="Qwabe-Nk"))
        assert [row.display_name for row in found.first_rows] == ["Sipho Qwabe-Nkosi"]


def test_a_failed_import_leaves_the_merge_settings_and_nothing_else(
    practice, tmp_path, monkeypatch
):
    with practice.engine.connect() as connection:
        before = _automerge(connection)

    def disk_full(_connection, _existing):  # noqa: ANN001, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(search_index, "_place_in_list_order", disk_full)
    plan = _plan(practice, tmp_path, 30)
    # The session says so in words (the disk is full), and rolls the import back.
    with pytest.raises(DiskFull), practice.session() as session:
        importer.run_import(session, plan, actor=practice.actor)
    with practice.engine.connect() as connection:
        assert _automerge(connection) == before
    with practice.session() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Client)) == 0
