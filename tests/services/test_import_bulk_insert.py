"""The importer's own bulk insert (issue 17) stores exactly what SQLAlchemy's
executemany stored: every column of every new client, address, policy and note, in the
database's own text (dates, times, booleans, amounts as SQLite holds them)."""

from __future__ import annotations

import csv
import datetime as dt

import sqlalchemy as sa

from clientmanager.domain import make_sa_id
from clientmanager.services import importer
from clientmanager.services.importer import DuplicateAction, analyse, guess_mapping, read_source

TABLES = ("clients", "households", "addresses", "policies", "notes")
NOW = dt.datetime(2026, 3, 4, 5, 6, 7, 891011)


def _write_file(path, practice) -> None:
    from clientmanager.services import client_records as records

    with practice.session() as session:
        records.save_client(
            session,
            practice.actor,
            values={"first_names": "Anél", "surname": "Botha", "email": "anel@example.co.za"},
        )
    headers = [
        "Title", "Name", "Surname", "ID Number", "Date of birth", "Gender", "Cell", "Home phone",
        "E-mail", "Household", "Street address", "City", "Province", "Postal code",
        "Policy number", "Provider", "Premium", "Cover", "Policy start", "Notes", "Category",
    ]  # fmt: skip
    rows = []
    for n in range(40):
        born = dt.date(1950, 1, 1) + dt.timedelta(days=397 * n)
        rows.append(
            [
                ["Mr", "Ms", "dr.", ""][n % 4],
                ["Sipho", "Zoë", "Johan", "Lerato"][n % 4],
                ["Mokoena", "Müller", "van der Merwe", "Dlamini"][n % 4],
                make_sa_id(born, sequence=n * 7) if n % 3 else "",
                f"{born:%d/%m/%Y}" if n % 5 else "",
                ["", "m", "vroulik", ""][n % 4],
                f"08{2 + n % 3} 555 {n:04d}" if n % 2 else "",
                f"021 555 {n:04d}" if n % 6 == 1 else "",
                f"client{n}@Example.CO.ZA" if n % 4 else "",
                f"Household {n % 5}" if n % 3 == 0 else "",
                f"{n} Long Street" if n % 2 == 0 else "",
                "Cape Town" if n % 2 == 0 else "",
                "Western Cape" if n % 4 == 0 else "",
                f"{8000 + n}" if n % 2 == 0 else "",
                f"POL-{n:05d}" if n % 3 != 2 else "",
                ["Sanlam", "Old Mutual", ""][n % 3] if n % 3 != 2 else "",
                f"R {n * 37 + 100},{n % 100:02d}" if n % 3 == 0 else "",
                "R 1 000 000,00" if n % 7 == 0 and n % 3 != 2 else "",
                "2019-05-01" if n % 9 == 0 else "",
                f"Note about client {n}; line two" if n % 4 == 1 else "",
                ["client", "prospect", "lead", ""][n % 4],
            ]
        )
    rows.append(["", "Anél", "BOTHA", "", "", "", "", "", "ANEL@example.co.za"] + [""] * 12)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(rows)


def _dump(session) -> dict[str, list[tuple]]:
    connection = session.connection()
    return {
        table: [
            tuple(row) for row in connection.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")
        ]
        for table in TABLES
    }


def _imported(practice, path, monkeypatch, *, fast: bool) -> dict[str, list[tuple]]:
    monkeypatch.setattr(importer, "_FAST_INSERTS", fast)
    monkeypatch.setattr(importer, "utcnow", lambda: NOW)
    used = []
    real = importer._insert_rows

    def counting(session, table, rows):
        used.append((table.name, len(rows)))
        return real(session, table, rows)

    monkeypatch.setattr(importer, "_insert_rows", counting)
    through_sqlalchemy = []
    real_execute = sa.orm.Session.execute

    def spying(self, statement, *args, **kwargs):
        if isinstance(statement, sa.Insert) and statement.table.name == "clients":
            through_sqlalchemy.append(statement)
        return real_execute(self, statement, *args, **kwargs)

    monkeypatch.setattr(sa.orm.Session, "execute", spying)
    source = read_source(path)
    session = practice.sessions()
    try:
        plan = analyse(session, source, guess_mapping(source.clients.headers))
        result = importer.run_import(
            session, plan, actor=practice.actor, on_duplicate=DuplicateAction.UPDATE_EMPTY
        )
        dump = _dump(session)
    finally:
        session.rollback()
        session.close()
    assert result.created == 40 and result.policies > 0 and result.notes > 0
    assert {name for name, _count in used} >= {"clients", "addresses", "policies", "notes"}
    assert bool(through_sqlalchemy) is not fast  # the two ways really were both taken
    return dump


def test_the_bulk_insert_stores_what_sqlalchemy_stored(practice, tmp_path, monkeypatch):
    path = tmp_path / "clients.csv"
    _write_file(path, practice)
    fast = _imported(practice, path, monkeypatch, fast=True)
    slow = _imported(practice, path, monkeypatch, fast=False)
    assert len(fast["clients"]) == 41 and len(fast["addresses"]) == 20
    for table in TABLES:
        assert fast[table] == slow[table], table


def test_rows_it_cannot_reproduce_go_through_sqlalchemy(practice, monkeypatch):
    executed = []
    monkeypatch.setattr(
        sa.orm.Session,
        "execute",
        lambda self, statement, params=None, **kw: executed.append(params),
    )
    session = practice.sessions()
    try:
        table = importer.Note.__table__
        uneven = [{"client_id": 1, "body": "a"}, {"client_id": 1, "body": "b", "subject": "x"}]
        importer._insert_rows(session, table, uneven)
    finally:
        session.close()
    assert executed == [uneven]
