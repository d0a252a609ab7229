"""Today's counts are the whole numbers, and each is what the client list shows."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, NotFound, PermissionDenied
from clientmanager.services import clients as client_service
from clientmanager.services import settings, today
from clientmanager.services.audit import Actor
from clientmanager.store.models import Client, Task, User

TODAY = dt.date(2026, 11, 25)


def _seed(session) -> dict:  # noqa: ANN001
    planner = User(username="pieter", full_name="Pieter", role="planner")
    session.add(planner)
    session.flush()
    made = dt.datetime(2024, 1, 10, 9, 0)
    overdue = [
        Client(first_names="Over", surname=f"Due{n:02}", last_review_on=dt.date(2025, 1, 1),
               planner_id=planner.id if n < 5 else None, created_at=made)
        for n in range(30)
    ]  # fmt: skip
    soon = [
        Client(first_names="Soon", surname=f"Due{n:02}", last_review_on=dt.date(2025, 12, 10),
               created_at=made)
        for n in range(14)
    ]  # fmt: skip
    fresh = Client(first_names="New", surname="Client")  # created today, never reviewed
    imported = Client(first_names="Old", surname="Import", created_at=made)  # never reviewed
    related = Client(first_names="Kid", surname="Dependant", category="related", created_at=made)
    born = [
        Client(first_names="Birth", surname=f"Day{n:02}", date_of_birth=dt.date(1980, 11, 26),
               last_review_on=dt.date(2026, 6, 1))
        for n in range(15)
    ]  # fmt: skip
    session.add_all([*overdue, *soon, fresh, imported, related, *born])
    session.flush()
    tasks = [
        Task(client_id=overdue[n].id, title=f"Call {n}", due_on=TODAY - dt.timedelta(days=n))
        for n in range(14)
    ]
    tasks.append(Task(client_id=soon[0].id, title="Sign forms", due_on=TODAY + dt.timedelta(6)))
    tasks.append(Task(client_id=soon[1].id, title="Later", due_on=TODAY + dt.timedelta(20)))
    tasks.append(Task(client_id=None, title="Practice admin", due_on=TODAY))
    session.add_all(tasks)
    return {"planner": planner.id, "fresh": fresh.id, "imported": imported.id,
            "overdue": [c.id for c in overdue]}  # fmt: skip


def _ids(session, actor, card) -> list[int]:  # noqa: ANN001
    return client_service.list_client_ids(session, actor, card.query)


def test_counts_are_true_totals_and_open_the_same_list(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        seeded = _seed(s)
    with practice.session() as s:
        board = today.load_today(s, practice.actor, today=TODAY, rows=12)
        # 30 a year past their review, plus the import never reviewed since 2024
        assert board.reviews_overdue.count == 31
        assert len(board.reviews_overdue.rows) == 12 and board.reviews_overdue.more == 19
        assert seeded["fresh"] not in _ids(s, practice.actor, board.reviews_overdue)
        assert seeded["imported"] in _ids(s, practice.actor, board.reviews_overdue)
        assert board.reviews_soon.count == 14
        assert board.birthdays.count == 15 and len(board.birthdays.rows) == 12
        assert board.tasks.count == 16  # 14 + due in six days + the practice's own
        assert any(t.title == "Sign forms" for t in today.load_today(
            s, practice.actor, today=TODAY).tasks.rows)  # fmt: skip
        assert board.tasks_overdue == 13
        assert board.task_clients == 15
        for card, count in (
            (board.reviews_overdue, 31),
            (board.reviews_soon, 14),
            (board.birthdays, 15),
            (board.tasks, 15),
        ):
            assert len(_ids(s, practice.actor, card)) == count

        planner = Actor(seeded["planner"], "pieter", "planner")
        mine = today.load_today(s, planner, today=TODAY)
        assert mine.reviews_overdue.count == 5
        assert sorted(_ids(s, planner, mine.reviews_overdue)) == sorted(seeded["overdue"][:5])
        assert mine.tasks.count == 6  # five of their clients' tasks and the unassigned one


def test_the_review_interval_setting_moves_due_dates(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        _seed(s)
    with practice.session() as s:
        settings.set_value(s, practice.actor, "review_interval_default", "24")
    with practice.session() as s:
        board = today.load_today(s, practice.actor, today=TODAY)
    assert board.reviews_overdue.count == 1  # only the 2024 import, never reviewed


def test_mark_reviewed_and_create_tasks_on_a_selection(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        seeded = _seed(s)
    chosen = seeded["overdue"][:20]
    with practice.session() as s:
        assert today.mark_reviewed(s, practice.actor, chosen, on=TODAY) == 20
        assert today.create_tasks(
            s, practice.actor, chosen, title="Annual review letter", due_on=TODAY
        ) == 20  # fmt: skip
    with practice.session() as s:
        board = today.load_today(s, practice.actor, today=TODAY)
        assert board.reviews_overdue.count == 11
        made = s.scalar(
            sa.select(sa.func.count()).select_from(Task).where(Task.title == "Annual review letter")
        )
        assert made == 20
        assert s.get(Client, chosen[0]).last_review_on == TODAY
    with pytest.raises(ValidationError), practice.session() as s:
        today.create_tasks(s, practice.actor, chosen, title=" ", due_on=None)
    with (
        pytest.raises(ClientManagerError, match="Select at least one client"),
        practice.session() as s,
    ):
        today.mark_reviewed(s, practice.actor, [], on=TODAY)


def test_the_tasks_due_filter_reads_the_due_tasks_once_not_once_per_client(practice) -> None:  # noqa: ANN001
    # As a correlated EXISTS, SQLite chose the (status, due_on) index for every client and
    # read every due task per client: a minute at 10k clients, an hour at 100k, with the
    # Today page holding the database worker all that time.
    with practice.session() as session:
        _seed(session)
        query = client_service.ListQuery(filter=client_service.ClientFilter.TASKS_DUE, today=TODAY)
        statement = sa.select(sa.func.count(Client.id)).where(
            *client_service._list_conditions(session, practice.actor, query)
        )
        compiled = statement.compile(session.bind, compile_kwargs={"literal_binds": True})
        plan = [row[-1] for row in session.execute(sa.text(f"EXPLAIN QUERY PLAN {compiled}"))]
        assert not any("CORRELATED" in step or "EXISTS" in step for step in plan), plan
        assert client_service.count_clients(session, practice.actor, query) == 15


@pytest.mark.parametrize(
    ("card", "index"),
    [
        (client_service.ClientFilter.REVIEWS_DUE, "ix_clients_review_base"),
        (client_service.ClientFilter.REVIEWS_SOON, "ix_clients_review_base"),
        (client_service.ClientFilter.BIRTHDAYS, "ix_clients_month_day_of_birth"),
    ],
)
def test_todays_client_cards_are_read_through_their_indexes(practice, card, index) -> None:  # noqa: ANN001
    # Each card once read every client (0.3-0.7 s at 100k, at every refresh); the indexes
    # of migration 0010t are used only while the queries spell their expressions the same.
    with practice.session() as session:
        _seed(session)
        query = client_service.ListQuery(filter=card, today=TODAY)
        statement = sa.select(sa.func.count(Client.id)).where(
            *client_service._list_conditions(session, practice.actor, query)
        )
        # Bound parameters, as the list runs it: a parameter inside the indexed expression
        # would stop SQLite from using the index.
        compiled = statement.compile(session.bind, compile_kwargs={"render_postcompile": True})
        values = tuple(
            str(value) if isinstance(value, dt.date) else value
            for value in (compiled.params[name] for name in compiled.positiontup)
        )
        rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", values)
        plan = " ".join(row[-1] for row in rows)
        assert index in plan, plan


def test_a_selection_with_a_client_not_the_planners_or_gone_changes_none_of_them(practice) -> None:  # noqa: ANN001
    with practice.session() as s:
        seeded = _seed(s)
    planner = Actor(seeded["planner"], "pieter", "planner")
    own, foreign = seeded["overdue"][0], seeded["overdue"][10]
    with pytest.raises(PermissionDenied, match="another planner"), practice.session() as s:
        today.create_tasks(s, planner, [own, foreign], title="Call", due_on=None)
    with pytest.raises(NotFound, match="999999 are not in the practice"), practice.session() as s:
        today.mark_reviewed(s, practice.actor, [own, 999_999], on=TODAY)
    with practice.session() as s:
        assert s.scalars(sa.select(Task.title).where(Task.client_id == own)).all() == ["Call 0"]
        assert s.get(Client, own).last_review_on == dt.date(2025, 1, 1)
        # The planner's own clients, each once however often selected, are done.
        assert today.create_tasks(s, planner, [own, own], title="Call", due_on=None) == 1
