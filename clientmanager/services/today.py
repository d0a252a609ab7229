"""The Today page: what needs doing, with true counts, and the work done on a selection.

Each card's count is the number of clients (or tasks) the client list shows for the same
:class:`ListQuery`, so "Show all" opens exactly what was counted; the card itself lists
only the first few. Planners see their own clients here even when they may open
everyone's; other roles see the whole practice.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.domain.errors import ValidationError
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.client_records import TaskItem
from clientmanager.services.clients import (
    _ROW_COLUMNS,
    TASKS_AHEAD_DAYS,
    ClientFilter,
    ClientRow,
    ListQuery,
    _list_conditions,
    _row,
    count_clients,
    fetch_client_rows,
    review_base,
)
from clientmanager.services.permissions import (
    Permission,
    allows,
    require,
    require_selected_clients,
    visible_clients_clause,
)
from clientmanager.store.expressions import month_day
from clientmanager.store.models import AuditEntry, Client, Task

CARD_ROWS = 50  # rows listed on a card; the count is always the whole number
POLICY_EVENT_DAYS = 30


@dataclass(frozen=True)
class Card:
    """One Today card: the whole count, the first rows, and the list query behind it."""

    count: int
    query: ListQuery
    rows: list = field(default_factory=list)  # ClientRow or TaskItem

    @property
    def more(self) -> int:
        return max(0, self.count - len(self.rows))


@dataclass(frozen=True)
class EventsCard:
    """Policy anniversaries, renewals and reviews coming up: the whole count, the first
    rows (each a :class:`~clientmanager.services.policy_calendar.PolicyEvent`)."""

    count: int = 0
    clients: int = 0
    rows: list = field(default_factory=list)


@dataclass(frozen=True)
class Today:
    today: dt.date
    reviews_overdue: Card
    reviews_soon: Card
    tasks: Card  # count: tasks; query: the clients those tasks are for
    tasks_overdue: int
    task_clients: int
    birthdays: Card
    recent_clients: list[ClientRow]
    requests_overdue: list = field(default_factory=list)  # RequestView
    policy_events: EventsCard = field(default_factory=EventsCard)


def card_query(filter: ClientFilter, actor: Actor, today: dt.date) -> ListQuery:
    return ListQuery(filter=filter, today=today, mine=actor.role == "planner")


def _clients_card(
    session: Session, actor: Actor, kind: ClientFilter, today: dt.date, order: tuple, *, rows: int
) -> Card:
    query = card_query(kind, actor, today)
    conditions = _list_conditions(session, actor, query)
    found = [
        _row(values)
        for values in session.execute(
            sa.select(*_ROW_COLUMNS).where(*conditions).order_by(*order).limit(rows)
        )
    ]
    return Card(count_clients(session, actor, query), query, found)


def _task_where(session: Session, actor: Actor, today: dt.date) -> list:
    base = [Client.archived_at.is_(None), visible_clients_clause(session, actor)]
    if actor.role == "planner":
        base.append(Client.planner_id == actor.user_id)
    where = [
        Task.status == "open",
        Task.due_on <= today + dt.timedelta(days=TASKS_AHEAD_DAYS),
        sa.or_(Task.client_id.is_(None), sa.and_(*base)),
    ]
    if actor.role == "planner":
        where.append(sa.or_(Task.assigned_to_id == actor.user_id, Task.assigned_to_id.is_(None)))
    return where


def load_today(
    session: Session, actor: Actor, *, today: dt.date | None = None, rows: int = CARD_ROWS
) -> Today:
    require(actor, Permission.CLIENT_READ)
    today = today or dt.date.today()

    def card(wanted: ClientFilter, order: tuple, limit: int = rows) -> Card:
        return _clients_card(session, actor, wanted, today, order, rows=limit)

    by_review = (review_base(), Client.id)
    overdue = card(ClientFilter.REVIEWS_DUE, by_review)
    soon = card(ClientFilter.REVIEWS_SOON, by_review)
    # At most a week of birthdays; sorted across the year's end below.
    birthdays = card(
        ClientFilter.BIRTHDAYS, (month_day(Client.date_of_birth), Client.surname, Client.id), 500
    )
    week = [(today + dt.timedelta(days=offset)).strftime("%m-%d") for offset in range(7)]
    ordered = sorted(
        birthdays.rows,
        key=lambda row: (week.index(row.date_of_birth.strftime("%m-%d")), row.surname),
    )
    birthdays = Card(birthdays.count, birthdays.query, ordered[:rows])

    where = _task_where(session, actor, today)
    task_count, tasks_overdue = session.execute(
        sa.select(sa.func.count(Task.id), sa.func.count(Task.id).filter(Task.due_on < today))
        .select_from(Task)
        .outerjoin(Client, Client.id == Task.client_id)
        .where(*where)
    ).one()
    task_rows = session.execute(
        sa.select(Task, *_ROW_COLUMNS)
        .outerjoin(Client, Client.id == Task.client_id)
        .where(*where)
        .order_by(Task.due_on, Task.id)
        .limit(rows)
    )
    tasks = []
    for task, *client_values in task_rows:
        name = _row(client_values).display_name if client_values[0] is not None else ""
        tasks.append(
            TaskItem(
                task.id,
                task.title,
                task.kind,
                task.due_on,
                task.client_id,
                name,
                task.due_on is not None and task.due_on < today,
            )
        )
    tasks_query = card_query(ClientFilter.TASKS_DUE, actor, today)

    recent_ids = list(
        session.scalars(
            sa.select(AuditEntry.client_id)
            .where(
                AuditEntry.action == "client.opened",
                AuditEntry.user_id == actor.user_id,
                AuditEntry.client_id.is_not(None),
            )
            .group_by(AuditEntry.client_id)
            .order_by(sa.func.max(AuditEntry.id).desc())
            .limit(12)
        )
    )
    archived = set(
        session.scalars(
            sa.select(Client.id).where(Client.id.in_(recent_ids), Client.archived_at.is_not(None))
        )
    )
    recent = [row for row in fetch_client_rows(session, recent_ids) if row.id not in archived]
    requests = []
    if allows(actor, Permission.REGISTERS_VIEW):
        from clientmanager.services.subject_requests import overdue_requests

        requests = overdue_requests(session, actor=actor, today=today)
    return Today(
        today=today,
        reviews_overdue=overdue,
        reviews_soon=soon,
        tasks=Card(task_count, tasks_query, tasks),
        tasks_overdue=tasks_overdue,
        task_clients=count_clients(session, actor, tasks_query),
        birthdays=birthdays,
        recent_clients=recent,
        requests_overdue=requests,
        policy_events=policy_events_card(session, actor, today, rows=rows),
    )


def policy_events_card(
    session: Session,
    actor: Actor,
    today: dt.date,
    *,
    days: int = POLICY_EVENT_DAYS,
    rows: int = CARD_ROWS,
) -> EventsCard:
    """The policy events of the next ``days`` days: their count and clients, and the first
    ``rows`` by date. A planner sees those of their own clients, like the other cards."""
    from clientmanager.services.policy_calendar import event_order, policy_events_ahead

    planner_id = actor.user_id if actor.role == "planner" else None
    count, clients, first = 0, set(), []
    for event in policy_events_ahead(session, actor, today, days, planner_id=planner_id):
        count += 1
        clients.add(event.client_id)
        if rows and (len(first) < rows or event_order(event) < event_order(first[-1])):
            bisect.insort(first, event, key=event_order)
            del first[rows:]
    return EventsCard(count, len(clients), first)


# --- work on a selection of clients --------------------------------------------------------


def create_tasks(
    session: Session,
    actor: Actor,
    client_ids: Iterable[int],
    *,
    title: str,
    due_on: dt.date | None,
    kind: str = "task",
    assigned_to_id: int | None = None,
) -> int:
    """The same task for each selected client (a review round, a call campaign)."""
    require(actor, Permission.TASK_EDIT)
    title = (title or "").strip()
    if not title:
        raise ValidationError("Task", "needs a title, e.g. 'Book the annual review'")
    if len(title) > 300:
        raise ValidationError("Task", "title is too long; keep it under 300 characters")
    ids = require_selected_clients(session, actor, client_ids)
    session.add_all(
        Task(
            client_id=client_id,
            kind=kind,
            title=title,
            due_on=due_on,
            assigned_to_id=assigned_to_id,
        )
        for client_id in ids
    )
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="tasks.created",
        summary=f"{len(ids)} task(s) for selected clients, due {due_on or 'no date'}",
    )
    return len(ids)


def mark_reviewed(
    session: Session, actor: Actor, client_ids: Iterable[int], *, on: dt.date | None = None
) -> int:
    """Record that the selected clients were reviewed on ``on`` (default: today)."""
    require(actor, Permission.CLIENT_EDIT)
    on = on or dt.date.today()
    if on > dt.date.today():
        raise ValidationError("Review date", "cannot be in the future")
    ids = require_selected_clients(session, actor, client_ids)
    for client in session.scalars(sa.select(Client).where(Client.id.in_(ids))):
        client.last_review_on = on
        audit.record(
            session,
            actor=actor,
            action="client.updated",
            client_id=client.id,
            summary=f"last_review_on: marked reviewed {on.isoformat()}",
        )
    session.flush()
    return len(ids)
