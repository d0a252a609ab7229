"""Client ownership: a selection or a departing planner's whole book, audited."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from clientmanager.cli import main
from clientmanager.errors import ClientManagerError, PermissionDenied
from clientmanager.services import client_records as records
from clientmanager.services import clients as client_service
from clientmanager.services import ownership
from clientmanager.services.audit import Actor
from clientmanager.services.clients import ClientFilter, ListQuery, list_client_ids
from clientmanager.store.models import AuditEntry, Client, User
from tests.conftest import ADMIN, ADMIN_PASSWORD


def _users(session) -> dict[str, int]:  # noqa: ANN001
    ids = {}
    for username, role in (
        ("pieter", "planner"), ("lerato", "planner"), ("zanele", "assistant"),
    ):  # fmt: skip
        user = User(username=username, full_name=username.title(), role=role)
        session.add(user)
        session.flush()
        ids[username] = user.id
    return ids


def _clients(session, count: int, planner_id: int | None) -> list[int]:  # noqa: ANN001
    rows = [
        Client(first_names=f"Client{n}", surname=f"Surname{n:03}", planner_id=planner_id)
        for n in range(count)
    ]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]


def test_assign_a_selection_and_a_whole_book(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        users = _users(s)
        unowned = _clients(s, 60, None)
        book = _clients(s, 7, users["lerato"])
    with practice.session() as s:
        result = ownership.assign_clients(s, practice.actor, unowned[:50], "pieter")
        assert (result.moved, result.unchanged, result.missing) == (50, 0, ())
        again = ownership.assign_clients(s, practice.actor, [*unowned[:2], 999_999], "Pieter")
        assert (again.moved, again.unchanged, again.missing) == (0, 2, (999_999,))
    pieter = Actor(users["pieter"], "pieter", "planner")
    with practice.session() as s:
        seen = client_service.list_client_ids(s, pieter, ListQuery(filter=ClientFilter.ALL))
    assert sorted(seen) == sorted(unowned[:50])
    # With "planners see all clients" on, the list shows everyone; "My clients" still 50.
    from clientmanager.services import settings

    with practice.session() as s:
        settings.set_value(s, practice.actor, "planners_see_all", "yes")
    with practice.session() as s:
        everyone = client_service.list_client_ids(s, pieter, ListQuery(filter=ClientFilter.ALL))
        mine = client_service.list_client_ids(s, pieter, ListQuery(filter=ClientFilter.MINE))
        settings.set_value(s, practice.actor, "planners_see_all", "no")
    assert len(everyone) == 67 and sorted(mine) == sorted(unowned[:50])

    with practice.session() as s:
        moved = ownership.assign_book(s, practice.actor, "lerato", "pieter")
        assert moved.moved == 7
        assert s.scalar(
            sa.select(sa.func.count()).where(Client.planner_id == users["lerato"])
        ) == 0  # fmt: skip
        entries = s.scalars(
            sa.select(AuditEntry).where(AuditEntry.action == "client.assigned")
        ).all()
    assert len(entries) == 57
    assert {e.client_id for e in entries} == set(unowned[:50]) | set(book)
    assert entries[-1].summary == "planner: lerato -> pieter (book of lerato)"
    assert entries[0].summary == "planner: nobody -> pieter"


def test_refusals_say_what_to_do(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        users = _users(s)
        ids = _clients(s, 3, None)
    for target, message in (
        ("zanele", "not a planner"),
        ("nobody-here", "users list"),
    ):
        with pytest.raises(ClientManagerError, match=message), practice.session() as s:
            ownership.assign_clients(s, practice.actor, ids, target)
    with pytest.raises(PermissionDenied), practice.session() as s:
        ownership.assign_clients(s, Actor(users["pieter"], "pieter", "planner"), ids, "pieter")
    with pytest.raises(ClientManagerError, match="already"), practice.session() as s:
        ownership.assign_book(s, practice.actor, "pieter", "pieter")


def test_clients_assign_cli(practice, monkeypatch, capsys) -> None:  # noqa: ANN001
    with practice.session() as s:
        users = _users(s)
        ids = _clients(s, 4, users["lerato"])
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    paths = practice.paths
    practice.close()
    common = ["--data-dir", str(paths.data_dir)]
    assert main(["clients", "assign", str(ids[0]), "--to", "pieter", str(ids[1]), *common]) == 0
    assert "Assigned 2 client(s) to pieter." in capsys.readouterr().out
    assert main(["clients", "assign", *common, "--to", "pieter", "--from", "lerato"]) == 0
    assert "Moved 2 client(s) from lerato to pieter." in capsys.readouterr().out
    assert main(["clients", "assign", "--to", "pieter", *common]) == 1
    assert "--from" in capsys.readouterr().err
    assert main(["clients", "assign", "--to", "zanele", str(ids[0]), *common]) == 1
    assert "not a planner" in capsys.readouterr().err


def test_today_and_bulk_work_from_the_cli(practice, monkeypatch, capsys) -> None:  # noqa: ANN001
    import datetime as dt

    with practice.session() as s:
        late = [
            Client(first_names="A", surname=f"Late{n}", last_review_on=dt.date(2024, 1, 1))
            for n in range(14)
        ]
        s.add_all(late)
        s.flush()
        ids = [client.id for client in late]
    monkeypatch.setenv("CLIENTMANAGER_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.setenv("CLIENTMANAGER_USER", ADMIN)
    paths = practice.paths
    practice.close()
    common = ["--data-dir", str(paths.data_dir)]
    assert main(["clients", "today", "--today", "2026-11-25", *common]) == 0
    out = capsys.readouterr().out
    assert [line.split()[-1] for line in out.splitlines() if "Reviews overdue" in line] == ["14"]
    assert main(["clients", "reviewed", *map(str, ids[:4]), "--today", "2026-11-25", *common]) == 0
    assert main(["clients", "task", str(ids[5]), "--title", "Call", "--due", "2026-11-26",
                 *common]) == 0  # fmt: skip
    assert main(["clients", "today", "--today", "2026-11-25", *common]) == 0
    out = capsys.readouterr().out
    assert "Marked 4 client(s) reviewed on 25 November 2026." in out
    assert [line.split()[-1] for line in out.splitlines() if "Reviews overdue" in line] == ["10"]
    assert "Tasks due this week                 1" in out
    assert main(["clients", "task", str(ids[5]), "--title", " ", *common]) == 1
    assert "needs a title" in capsys.readouterr().err


def _new_user(session, username: str, role: str, *, active: bool = True) -> int:
    user = User(username=username, full_name=username.capitalize(), role=role, is_active=active)
    session.add(user)
    session.flush()
    return user.id


def _saved_clients(session, actor, count: int) -> list[int]:
    return [
        records.save_client(
            session, actor, values={"first_names": f"Client{n}", "surname": f"Surname{n}"}
        )
        for n in range(count)
    ]


def test_a_new_planner_assigned_clients_sees_exactly_those(practice):
    with practice.session() as session:
        naledi = _new_user(session, "naledi", "planner")
        ids = _saved_clients(session, practice.actor, 60)
        # A new client's planner is whoever created it.
        assert {session.get(Client, i).planner_id for i in ids} == {practice.actor.user_id}
        assert ownership.assign_clients(session, practice.actor, ids[:50], naledi).moved == 50
        assert ownership.assign_clients(session, practice.actor, ids[:50], "naledi").moved == 0
    planner = Actor(naledi, "naledi", "planner")
    with practice.session() as session:
        assert sorted(_book(session, naledi)) == sorted(ids[:50])
        seen = set(list_client_ids(session, planner, ListQuery()))
        assert seen == set(ids[:50])
        entries = session.scalars(
            sa.select(AuditEntry).where(AuditEntry.action == "client.assigned")
        ).all()
        assert len(entries) == 50 and {e.client_id for e in entries} == set(ids[:50])
        assert all(e.summary.endswith("-> naledi") for e in entries)


def test_a_departing_planners_book_moves_in_one_step(practice):
    with practice.session() as session:
        sipho = _new_user(session, "sipho", "planner")
        anna = _new_user(session, "anna", "planner")
        ids = _saved_clients(session, practice.actor, 5)
        ownership.assign_clients(session, practice.actor, ids, sipho)
        assert ownership.assign_book(session, practice.actor, sipho, anna).moved == 5
        assert _book(session, sipho) == [] and sorted(_book(session, anna)) == sorted(ids)


def test_only_a_practice_manager_assigns_and_only_to_a_planner(practice):
    with practice.session() as session:
        planner_id = _new_user(session, "lindi", "planner")
        assistant_id = _new_user(session, "ayanda", "assistant")
        gone_id = _new_user(session, "gone", "planner", active=False)
        ids = _saved_clients(session, practice.actor, 2)
    planner = Actor(planner_id, "lindi", "planner")
    with practice.session() as session:
        with pytest.raises(PermissionDenied):
            ownership.assign_clients(session, planner, ids, planner_id)
        for bad in (assistant_id, gone_id):
            with pytest.raises(ClientManagerError, match="look(ed)? after"):
                ownership.assign_clients(session, practice.actor, ids, bad)
        result = ownership.assign_clients(session, practice.actor, [*ids, 99_999], planner_id)
        assert result.missing == (99_999,) and result.moved == 2
        names = [choice.name for choice in ownership.possible_owners(session)]
        assert "Lindi" in names and "Ayanda" not in names and "Gone" not in names


def _book(session, user_id: int) -> list[int]:
    return list(session.scalars(sa.select(Client.id).where(Client.planner_id == user_id)))
