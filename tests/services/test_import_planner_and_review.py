"""An import gives its clients a planner (the file's Planner column, or whoever imports)
and keeps their last review date, so a practice moving from another system sees each
client in the right planner's list and the reviews board due as it was."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.domain import make_sa_id
from clientmanager.errors import PermissionDenied
from clientmanager.services import clients as client_service
from clientmanager.services import exporter
from clientmanager.services import practice as practice_service
from clientmanager.services.audit import Actor
from clientmanager.services.clients import ClientFilter, ListQuery
from clientmanager.services.importer import (
    DuplicateAction,
    analyse,
    guess_mapping,
    read_source,
    run_import,
)
from clientmanager.store.models import Client, User
from tests.conftest import ADMIN, ADMIN_PASSWORD

pytestmark = pytest.mark.both_backends


def _planners(practice) -> dict[str, int]:
    ids = {}
    with practice.session() as session:
        for username, full_name, role, active in (
            ("pieter", "Pieter Botha", "planner", True),
            ("lerato", "Lerato Dlamini", "planner", True),
            ("zanele", "Zanele Khumalo", "assistant", True),
            ("johan", "Johan Smit", "planner", False),
        ):
            user = User(username=username, full_name=full_name, role=role, is_active=active)
            session.add(user)
            session.flush()
            ids[username] = user.id
    return ids


def _import(practice, file, actor, **options):  # noqa: ANN001, ANN202
    source = read_source(file)
    with practice.session() as session:
        plan = analyse(session, source, guess_mapping(source.clients.headers), actor=actor)
        result = run_import(session, plan, actor=actor, **options)
    return plan, result


def _planner_of(practice, surname: str) -> int | None:
    with practice.session() as session:
        return session.scalar(sa.select(Client.planner_id).where(Client.surname == surname))


def test_the_planner_column_gives_each_client_its_planner(practice, tmp_path):
    users = _planners(practice)
    file = tmp_path / "book.csv"
    file.write_text(
        "First name,Surname,Adviser\n"
        "Sipho,Mokoena,Pieter Botha\n"
        "Ntombi,Dube,  lerato \n"  # a user name, in any case and spacing
        "Anna,Venter,\n"  # no planner: whoever imports
        "Piet,Nel,Nobody Here\n"  # nobody of that name: the row is refused
        "Thandi,Zulu,Zanele Khumalo\n"  # an assistant cannot look after clients
        "Koos,Smit,Johan Smit\n",  # nor can a disabled account
        encoding="utf-8",
    )
    plan, result = _import(practice, file, practice.actor)
    assert result.created == 3 and result.bad == 3
    problems = {row.display_name: row.problems for row in plan.bad_rows}
    assert set(problems) == {"Piet Nel", "Thandi Zulu", "Koos Smit"}
    assert all("no active planner or practice manager" in p[0] for p in problems.values())
    assert _planner_of(practice, "Mokoena") == users["pieter"]
    assert _planner_of(practice, "Dube") == users["lerato"]
    assert _planner_of(practice, "Venter") == practice.actor.user_id
    # And each planner's own list now holds their clients (planners see only their own).
    pieter = Actor(users["pieter"], "pieter", "planner")
    with practice.session() as session:
        seen = client_service.list_client_ids(session, pieter, ListQuery(filter=ClientFilter.ALL))
        assert [session.get(Client, i).surname for i in seen] == ["Mokoena"]


def test_a_planner_who_imports_keeps_the_clients_and_cannot_give_them_away(practice, tmp_path):
    users = _planners(practice)
    pieter = Actor(users["pieter"], "pieter", "planner")
    plain = tmp_path / "mine.csv"
    plain.write_text("First name,Surname\nSipho,Mokoena\n", encoding="utf-8")
    _import(practice, plain, pieter)
    # Before, imported clients had no planner: a planner's own import vanished from
    # their list.
    with practice.session() as session:
        seen = client_service.list_client_ids(session, pieter, ListQuery(filter=ClientFilter.ALL))
    assert len(seen) == 1 and _planner_of(practice, "Mokoena") == users["pieter"]

    giving = tmp_path / "giving.csv"
    giving.write_text(
        "First name,Surname,Planner\nNtombi,Dube,Lerato Dlamini\nAnna,Venter,pieter\n",
        encoding="utf-8",
    )
    plan, result = _import(practice, giving, pieter)
    assert result.created == 1 and result.bad == 1
    assert "only the practice manager can give clients" in plan.bad_rows[0].problems[0]
    assert _planner_of(practice, "Venter") == users["pieter"]
    assert _planner_of(practice, "Dube") is None  # not imported at all

    # A plan made without the permission check is still refused when run.
    source = read_source(giving)
    with practice.session() as session:
        unchecked = analyse(session, source, guess_mapping(source.clients.headers))
        with pytest.raises(PermissionDenied):
            run_import(session, unchecked, actor=pieter)


def test_a_duplicate_gets_a_planner_only_where_it_has_none(practice, tmp_path):
    users = _planners(practice)
    with practice.session() as session:
        session.add_all(
            [
                Client(first_names="Sipho", surname="Mokoena", email="sipho@example.co.za"),
                Client(
                    first_names="Ntombi",
                    surname="Dube",
                    email="ntombi@example.co.za",
                    planner_id=users["lerato"],
                ),
            ]
        )
    file = tmp_path / "again.csv"
    file.write_text(
        "First name,Surname,E-mail,Planner\n"
        "Sipho,Mokoena,sipho@example.co.za,pieter\n"
        "Ntombi,Dube,ntombi@example.co.za,pieter\n",
        encoding="utf-8",
    )
    _plan, result = _import(practice, file, practice.actor, on_duplicate=DuplicateAction.OVERWRITE)
    assert result.updated == 1 and result.unchanged == 1
    assert _planner_of(practice, "Mokoena") == users["pieter"]
    # Moving a client between planners is the Assign command's, audited per client.
    assert _planner_of(practice, "Dube") == users["lerato"]


def test_the_last_review_is_imported_and_never_moves_back(practice, tmp_path):
    recent = dt.date.today() - dt.timedelta(days=30)
    with practice.session() as session:
        session.add(
            Client(
                first_names="Ntombi",
                surname="Dube",
                email="ntombi@example.co.za",
                last_review_on=recent,
            )
        )
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    file = tmp_path / "reviews.csv"
    file.write_text(
        "First name,Surname,E-mail,Last review\n"
        "Sipho,Mokoena,,2025-03-14\n"
        "Ntombi,Dube,ntombi@example.co.za,2024-01-10\n"
        f"Anna,Venter,,{tomorrow.isoformat()}\n",
        encoding="utf-8",
    )
    plan, result = _import(practice, file, practice.actor, on_duplicate=DuplicateAction.OVERWRITE)
    assert result.created == 1 and result.bad == 1
    assert plan.bad_rows[0].problems == ["Last review: cannot be after today"]
    with practice.session() as session:
        reviewed = dict(session.execute(sa.select(Client.surname, Client.last_review_on)).all())
    assert reviewed == {"Mokoena": dt.date(2025, 3, 14), "Dube": recent}


def test_an_export_fills_back_the_planner_and_the_review_it_wrote(practice, tmp_path):
    users = _planners(practice)
    with practice.session() as session:
        session.add(
            Client(
                first_names="Sipho",
                surname="Mokoena",
                id_number=make_sa_id(dt.date(1980, 3, 15), sequence=5123),
                planner_id=users["pieter"],
                last_review_on=dt.date(2025, 6, 1),
            )
        )
    out = tmp_path / "clients.csv"
    with practice.session() as session:
        exporter.export_clients(session, actor=practice.actor, path=out, format="csv")
        session.execute(sa.update(Client).values(planner_id=None, last_review_on=None))
    _plan, result = _import(practice, out, practice.actor)
    assert result.updated == 1
    with practice.session() as session:
        back = session.execute(sa.select(Client.planner_id, Client.last_review_on)).one()
    assert tuple(back) == (users["pieter"], dt.date(2025, 6, 1))


def test_the_cli_import_reads_the_planner_column(practice, tmp_path, capsys, monkeypatch):
    users = _planners(practice)
    file = tmp_path / "book.csv"
    file.write_text(
        "First name,Surname,Planner\nSipho,Mokoena,Pieter Botha\nPiet,Nel,Nobody\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    data_dir = practice.paths.data_dir
    practice.close()
    code = main(["import", str(file), "--data-dir", str(data_dir)])
    out = capsys.readouterr()
    assert code == 0, out
    assert "row 3: Planner: no active planner or practice manager has that name" in out.out
    assert "Planner                      -> Planner" in out.out
    reopened = practice_service.unlock_with_password(practice.paths, ADMIN, ADMIN_PASSWORD)
    try:
        assert _planner_of(reopened, "Mokoena") == users["pieter"]
        assert _planner_of(reopened, "Nel") is None
    finally:
        reopened.close()
