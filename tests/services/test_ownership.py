"""Client ownership: a planner on each client, moved only by a practice manager, audited."""

import pytest
import sqlalchemy as sa

from clientmanager.errors import ClientManagerError, PermissionDenied
from clientmanager.services import client_records as records
from clientmanager.services import ownership
from clientmanager.services.audit import Actor
from clientmanager.services.clients import ListQuery, list_client_ids
from clientmanager.store.models import AuditEntry, Client, User


def _user(session, username: str, role: str, *, active: bool = True) -> int:
    user = User(username=username, full_name=username.capitalize(), role=role, is_active=active)
    session.add(user)
    session.flush()
    return user.id


def _clients(session, actor, count: int) -> list[int]:
    return [
        records.save_client(
            session, actor, values={"first_names": f"Client{n}", "surname": f"Surname{n}"}
        )
        for n in range(count)
    ]


def test_a_new_planner_assigned_clients_sees_exactly_those(practice):
    with practice.session() as session:
        naledi = _user(session, "naledi", "planner")
        ids = _clients(session, practice.actor, 60)
        # A new client's planner is whoever created it.
        assert {session.get(Client, i).planner_id for i in ids} == {practice.actor.user_id}
        assert ownership.assign_clients(session, practice.actor, ids[:50], naledi) == 50
        assert ownership.assign_clients(session, practice.actor, ids[:50], "naledi") == 0
    planner = Actor(naledi, "naledi", "planner")
    with practice.session() as session:
        assert sorted(ownership.clients_of(session, "naledi")) == sorted(ids[:50])
        seen = set(list_client_ids(session, planner, ListQuery()))
        assert seen == set(ids[:50])
        entries = session.scalars(
            sa.select(AuditEntry).where(AuditEntry.action == "client.assigned")
        ).all()
        assert len(entries) == 50 and {e.client_id for e in entries} == set(ids[:50])
        assert all(e.summary.endswith(f"-> #{naledi}") for e in entries)


def test_a_departing_planners_book_moves_in_one_step(practice):
    with practice.session() as session:
        sipho = _user(session, "sipho", "planner")
        anna = _user(session, "anna", "planner")
        ids = _clients(session, practice.actor, 5)
        ownership.assign_clients(session, practice.actor, ids, sipho)
        book = ownership.clients_of(session, sipho)
        assert ownership.assign_clients(session, practice.actor, book, anna) == 5
        assert ownership.clients_of(session, sipho) == []


def test_only_a_practice_manager_assigns_and_only_to_a_planner(practice):
    with practice.session() as session:
        planner_id = _user(session, "lindi", "planner")
        assistant_id = _user(session, "ayanda", "assistant")
        gone_id = _user(session, "gone", "planner", active=False)
        ids = _clients(session, practice.actor, 2)
    planner = Actor(planner_id, "lindi", "planner")
    with practice.session() as session:
        with pytest.raises(PermissionDenied):
            ownership.assign_clients(session, planner, ids, planner_id)
        for bad in (assistant_id, gone_id):
            with pytest.raises(ClientManagerError, match="cannot look after clients"):
                ownership.assign_clients(session, practice.actor, ids, bad)
        with pytest.raises(ClientManagerError, match="no longer in the practice"):
            ownership.assign_clients(session, practice.actor, [*ids, 99_999], planner_id)
        names = [choice.name for choice in ownership.planner_choices(session)]
        assert "Lindi" in names and "Ayanda" not in names and "Gone" not in names
