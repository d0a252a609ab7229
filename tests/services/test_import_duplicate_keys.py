"""The import's duplicate check against the practice (issue 17): each key finds its
client, including the spellings the database's lower() does not fold, and on SQLite
every candidate is read through an index (migration 0013), not by reading every client."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future

import pytest
import sqlalchemy as sa

from clientmanager.domain import make_sa_id
from clientmanager.errors import PermissionDenied
from clientmanager.services.audit import Actor
from clientmanager.services.importer import analyse, check_rows, guess_mapping, read_source
from clientmanager.store.models import Client

pytestmark = pytest.mark.both_backends

LINDIWE_ID = make_sa_id(dt.date(1975, 5, 5), sequence=4000)
HEADER = "First name,Surname,ID Number,Date of birth,Mobile,Email\n"


def _practice_clients(practice) -> dict[str, int]:
    with practice.session() as session:
        clients = {
            "by id": Client(first_names="Lindiwe", surname="Zulu", id_number=LINDIWE_ID),
            "by e-mail": Client(first_names="Karen", surname="Smith", email="Karen@Example.co.za"),
            # The Kelvin sign: casefold() makes it "k", SQL lower() leaves it.
            "by non-ASCII e-mail": Client(
                first_names="Kobus", surname="Kruger", email="\u212aobus@example.co.za"
            ),
            "by mobile": Client(first_names="Thabo", surname="Nkosi", mobile="+27821002000"),
            "by name": Client(
                first_names="Pieter Johannes",
                surname="van der Merwe",
                date_of_birth=dt.date(1960, 3, 4),
            ),
            "by non-ASCII name": Client(
                first_names="Anél", surname="Müller", date_of_birth=dt.date(1981, 7, 8)
            ),
            "bystander": Client(
                first_names="Anél", surname="Müller", date_of_birth=dt.date(1982, 7, 8)
            ),
        }
        session.add_all(clients.values())
        session.flush()
        return {key: client.id for key, client in clients.items()}


def _file(tmp_path):
    path = tmp_path / "clients.csv"
    path.write_text(
        HEADER + f"Lindiwe,Zulu,{LINDIWE_ID},,,\n"
        "Karen,Smith-Jones,,,,KAREN@example.co.za\n"
        "Kobus,Kruger,,,,kobus@example.co.za\n"
        "Thabo,Nkosi,,,082 100 2000,\n"
        "Pieter,VAN DER MERWE,,04/03/1960,,\n"
        "ANEL,MULLER,,08/07/1981,,\n"
        "Sipho,Mokoena,,01/01/1990,,sipho@example.co.za\n",
        encoding="utf-8",
    )
    return path


def test_each_key_finds_the_client_it_names(practice, tmp_path):
    ids = _practice_clients(practice)
    source = read_source(_file(tmp_path))
    with practice.session() as session:
        plan = analyse(session, source, guess_mapping(source.clients.headers))
    found = {
        row.row_number: (row.duplicate.matched_on, row.duplicate.existing_client_id)
        if row.duplicate
        else None
        for row in plan.good_rows
    }
    assert found == {
        2: ("SA ID number", ids["by id"]),
        3: ("e-mail", ids["by e-mail"]),
        4: ("e-mail", ids["by non-ASCII e-mail"]),
        5: ("mobile", ids["by mobile"]),
        6: ("name and date of birth", ids["by name"]),
        7: ("name and date of birth", ids["by non-ASCII name"]),
        8: None,
    }


def test_rows_checked_elsewhere_give_the_same_plan(practice, tmp_path):
    _practice_clients(practice)
    source = read_source(_file(tmp_path))
    mapping = guess_mapping(source.clients.headers)
    checked: Future = Future()
    checked.set_result(check_rows(source, mapping))
    with practice.session() as session:
        here = analyse(session, source, mapping, actor=practice.actor)
        beside = analyse(session, source, mapping, actor=practice.actor, checked_rows=checked)
    assert [(r.row_number, r.values, r.problems, r.duplicate) for r in beside.rows] == [
        (r.row_number, r.values, r.problems, r.duplicate) for r in here.rows
    ]


def test_rows_checked_elsewhere_still_wait_for_the_permission_check(practice, tmp_path):
    source = read_source(_file(tmp_path))
    failed: Future = Future()
    failed.set_exception(RuntimeError("the check's own error"))
    reader = Actor(user_id=practice.actor.user_id, username="reader", role="read_only")
    with practice.session() as session, pytest.raises(PermissionDenied):
        analyse(session, source, {}, actor=reader, checked_rows=failed)
    with practice.session() as session, pytest.raises(RuntimeError, match="own error"):
        analyse(session, source, {}, actor=practice.actor, checked_rows=failed)


@pytest.mark.sqlcipher_only("SQLite's query plan; PostgreSQL plans on its statistics")
def test_the_candidates_are_read_through_indexes(practice, tmp_path):
    _practice_clients(practice)
    source = read_source(_file(tmp_path))
    statements = []

    def remember(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        if "UNION" in statement and "json_each" in statement:
            statements.append((statement, parameters))

    sa.event.listen(practice.engine, "before_cursor_execute", remember)
    try:
        with practice.session() as session:
            analyse(session, source, guess_mapping(source.clients.headers))
    finally:
        sa.event.remove(practice.engine, "before_cursor_execute", remember)
    assert len(statements) == 1
    statement, parameters = statements[0]
    with practice.engine.connect() as connection:
        plan = [
            row[-1]
            for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]
    reads = [step for step in plan if "clients" in step]
    assert len(reads) == 6, plan
    assert all("USING INDEX" in step for step in reads), plan
    used = " ".join(reads)
    for index in (
        "ix_clients_id_number",
        "ix_clients_mobile",
        "ix_clients_email_lower",
        "ix_clients_email_non_ascii",
        "ix_clients_surname_birth_key",
        "ix_clients_surname_non_ascii",
    ):
        assert index in used, plan
