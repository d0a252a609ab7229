"""The review routine an assistant can run (issue 19): service levels, the next review
date, booking (a task and an appointment), the review form, and the month's board.

A client's next review is the date the last review form chose, or else the last review
date plus the service level's interval (annual when none is set). The board for a month
counts, among active clients:

* due: the next review falls in the month and no review is booked;
* overdue: the next review fell before the month (or there never was one) and none is booked;
* booked: an open review task falls due in the month;
* done: a review was recorded in the month.

Every count is one indexed query (a 100k-client practice is counted in milliseconds).
The "next date falls in month M" test needs no date arithmetic in SQL: with no date set,
last review + n months lands in M exactly when the last review lies in month M - n.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.addressee import NAME_COLUMNS, listed_name
from clientmanager.services.appointments import add_appointment
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    get_client,
    require,
    require_client_access,
    visible_clients_clause,
)
from clientmanager.store.models import Client, Review, ServiceLevel, Task, User, utcnow

FREQUENCIES = {"annual": 12, "half_yearly": 6, "quarterly": 3}
FREQUENCY_LABELS = {"annual": "Annual", "half_yearly": "Half-yearly", "quarterly": "Quarterly"}
DEFAULT_FREQUENCY = "annual"
BOARD_ROWS = 500  # rows listed per column; the counts are always complete


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    month += 1
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_first - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last_day))


def month_bounds(month: dt.date) -> tuple[dt.date, dt.date]:
    start = month.replace(day=1)
    return start, add_months(start, 1) - dt.timedelta(days=1)


def _frequency(value: str) -> str:
    if value not in FREQUENCIES:
        raise ClientManagerError(
            "Unknown review frequency {value!r}.",
            hint="Choose {frequencies}.",
            value=value,
            frequencies=", ".join(FREQUENCIES),
        )
    return value


# --- service levels and the next date ----------------------------------------------------


def set_service_level(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    frequency: str,
    assistant_id: int | None = None,
) -> ServiceLevel:
    require(actor, Permission.TASK_EDIT)
    require_client_access(session, actor, client_id)
    _frequency(frequency)
    if assistant_id is not None and session.get(User, assistant_id) is None:
        raise NotFound("That user is not in the practice.", hint="Choose another user.")
    level = session.get(ServiceLevel, client_id) or ServiceLevel(client_id=client_id)
    level.frequency = frequency
    level.assistant_id = assistant_id
    session.add(level)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="review.service_level",
        client_id=client_id,
        summary=f"reviews {frequency}",
    )
    return level


def next_review_on(session: Session, client_id: int) -> dt.date | None:
    client = get_client(session, client_id)
    level = session.get(ServiceLevel, client_id)
    if level is not None and level.next_review_on is not None:
        return level.next_review_on
    if client.last_review_on is None:
        return None
    months = FREQUENCIES[level.frequency if level else DEFAULT_FREQUENCY]
    return add_months(client.last_review_on, months)


# --- booking and recording -----------------------------------------------------------------


@dataclass(frozen=True)
class Booking:
    client_id: int
    task_id: int
    appointment_id: int
    starts_at: dt.datetime


def _open_review_task(session: Session, client_id: int) -> Task | None:
    return session.scalars(
        sa.select(Task)
        .where(Task.client_id == client_id, Task.kind == "review", Task.status == "open")
        .order_by(Task.due_on)
        .limit(1)
    ).first()


def book_review(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    starts_at: dt.datetime,
    minutes: int = 60,
    assigned_to_id: int | None = None,
    location: str = "",
) -> Booking:
    """ "Book review": a review task (for whoever runs it) and an appointment in the diary."""
    require(actor, Permission.TASK_EDIT)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    if _open_review_task(session, client_id) is not None:
        raise ClientManagerError(
            "A review is already booked for {name}.",
            hint="Record that review, or cancel its task, before booking another.",
            name=client.display_name,
        )
    level = session.get(ServiceLevel, client_id)
    assignee = assigned_to_id or (level.assistant_id if level else None) or actor.user_id
    if assigned_to_id is not None and session.get(User, assigned_to_id) is None:
        raise NotFound("That user is not in the practice.", hint="Choose another user.")
    name = client.display_name or f"client {client_id}"
    task = Task(
        client_id=client_id,
        kind="review",
        title=f"Review meeting with {name}",
        details=f"Booked for {starts_at:%d %b %Y %H:%M}.",
        due_on=starts_at.date(),
        assigned_to_id=assignee,
    )
    session.add(task)
    session.flush()
    appointment = add_appointment(
        session,
        actor,
        title=f"Review: {name}",
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(minutes=minutes),
        client_id=client_id,
        kind="review",
        location=location,
        user_id=assignee,
        task_id=task.id,
    )
    audit.record(
        session,
        actor=actor,
        action="review.booked",
        client_id=client_id,
        summary=f"task #{task.id}, appointment #{appointment.id}",
    )
    return Booking(client_id, task.id, appointment.id, appointment.starts_at)


def _slots(first: dt.datetime, minutes: int, day_starts: dt.time, day_ends: dt.time):  # noqa: ANN202
    """Consecutive weekday slots from ``first``; later days start at ``day_starts``."""
    length = dt.timedelta(minutes=minutes)
    if dt.datetime.combine(first.date(), day_starts) + length > dt.datetime.combine(
        first.date(), day_ends
    ):
        raise ClientManagerError(
            "A {minutes}-minute review does not fit between {day_starts:%H:%M} and "
            "{day_ends:%H:%M}.",
            hint="Choose shorter slots or a longer working day.",
            minutes=minutes,
            day_starts=day_starts,
            day_ends=day_ends,
        )
    slot = first
    while True:
        if slot.weekday() >= 5 or slot + length > dt.datetime.combine(slot.date(), day_ends):
            next_day = slot.date() + dt.timedelta(days=1)
            while next_day.weekday() >= 5:
                next_day += dt.timedelta(days=1)
            slot = dt.datetime.combine(next_day, day_starts)
            continue
        yield slot
        slot += length


def book_reviews(
    session: Session,
    actor: Actor,
    client_ids: list[int],
    *,
    first_slot: dt.datetime,
    minutes: int = 60,
    day_starts: dt.time = dt.time(9, 0),
    day_ends: dt.time = dt.time(16, 30),
    assigned_to_id: int | None = None,
) -> list[Booking]:
    """Book a review for each client, in consecutive weekday slots (all or nothing)."""
    if minutes <= 0:
        raise ClientManagerError("A review slot must be at least a minute long.")
    if not client_ids:
        raise ClientManagerError("Choose at least one client to book.")
    slots = _slots(first_slot, minutes, day_starts, day_ends)
    return [
        book_review(
            session,
            actor,
            client_id,
            starts_at=next(slots),
            minutes=minutes,
            assigned_to_id=assigned_to_id,
        )
        for client_id in dict.fromkeys(client_ids)
    ]


def record_review(
    session: Session,
    actor: Actor,
    client_id: int,
    *,
    reviewed: str,
    changes: str = "",
    reviewed_on: dt.date | None = None,
    next_on: dt.date | None = None,
) -> Review:
    """The review form: what was reviewed, what changed, the next date (default: the
    service level's interval). Completes the open review task and moves the client's last
    review date."""
    require(actor, Permission.TASK_EDIT)
    require_client_access(session, actor, client_id)
    client = get_client(session, client_id)
    reviewed = (reviewed or "").strip()
    if not reviewed:
        raise ClientManagerError(
            "Say what was reviewed.", hint="For example: cover, retirement funds, beneficiaries."
        )
    reviewed_on = reviewed_on or dt.date.today()
    level = session.get(ServiceLevel, client_id)
    if level is None:
        level = ServiceLevel(client_id=client_id, frequency=DEFAULT_FREQUENCY)
        session.add(level)
    next_on = next_on or add_months(reviewed_on, FREQUENCIES[level.frequency])
    if next_on <= reviewed_on:
        raise ClientManagerError(
            "The next review must be after this one.", hint="Choose a later date."
        )
    task = _open_review_task(session, client_id)
    if task is not None:
        task.status = "done"
        task.completed_at = utcnow()
        task.completed_by_id = actor.user_id
    review = Review(
        client_id=client_id,
        reviewed_on=reviewed_on,
        reviewed=reviewed,
        changes=(changes or "").strip(),
        next_review_on=next_on,
        task_id=task.id if task else None,
        recorded_by_id=actor.user_id,
    )
    session.add(review)
    client.last_review_on = max(client.last_review_on or reviewed_on, reviewed_on)
    level.next_review_on = next_on
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="review.recorded",
        client_id=client_id,
        summary=f"review #{review.id}",
    )
    return review


def review_history(session: Session, actor: Actor, client_id: int) -> list[Review]:
    """A client's reviews, newest first."""
    require_client_access(session, actor, client_id)
    get_client(session, client_id)
    return list(
        session.scalars(
            sa.select(Review)
            .where(Review.client_id == client_id)
            .order_by(Review.reviewed_on.desc())
        )
    )


# --- the board -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BoardRow:
    client_id: int
    name: str
    on: dt.date | None
    assignee: str = ""


@dataclass
class ReviewBoard:
    month: dt.date
    due_count: int
    overdue_count: int  # at most BOARD_ROWS (see overdue_more)
    booked_count: int
    done_count: int
    due: list[BoardRow] = field(default_factory=list)
    overdue: list[BoardRow] = field(default_factory=list)
    booked: list[BoardRow] = field(default_factory=list)
    done: list[BoardRow] = field(default_factory=list)
    overdue_more: bool = False  # more overdue clients than listed


def _active(session: Session, actor: Actor) -> sa.ColumnElement[bool]:
    return sa.and_(
        Client.category == "client",
        Client.relationship_end.is_(None),
        Client.archived_at.is_(None),
        visible_clients_clause(session, actor),
    )


def _name_columns():  # noqa: ANN202
    return (Client.id, *NAME_COLUMNS)


def _display(values) -> str:  # noqa: ANN001
    return listed_name(*values[1:6])


def review_board(
    session: Session,
    actor: Actor,
    month: dt.date,
    *,
    assignee_id: int | None = None,
    rows: int = BOARD_ROWS,
    include_overdue: bool = False,
) -> ReviewBoard:
    require(actor, Permission.CLIENT_READ)
    start, end = month_bounds(month)
    level = aliased(ServiceLevel)
    frequency = sa.func.coalesce(level.frequency, DEFAULT_FREQUENCY)
    open_review = (
        sa.select(1)
        .where(Task.client_id == Client.id, Task.kind == "review", Task.status == "open")
        .correlate(Client)
        .exists()
    )
    base_where = [_active(session, actor), ~open_review]
    if assignee_id is not None:
        base_where.append(level.assistant_id == assignee_id)

    # Each part is one index range (clients.last_review_on or service_levels.next_review_on)
    # and the parts are disjoint, so their counts add up: no scan of the whole practice.
    due_parts, overdue_parts = [], []
    for key, months in FREQUENCIES.items():
        first, last = month_bounds(add_months(start, -months))
        implied = sa.and_(frequency == key, level.next_review_on.is_(None))
        due_parts.append(sa.and_(implied, Client.last_review_on.between(first, last)))
        overdue_parts.append(sa.and_(implied, Client.last_review_on < first))
    due_parts.append(level.next_review_on.between(start, end))
    overdue_parts.append(level.next_review_on < start)
    overdue_parts.append(sa.and_(level.next_review_on.is_(None), Client.last_review_on.is_(None)))

    def clients(parts, *, limit: int | None):  # noqa: ANN001, ANN202
        listed = []
        for clause in parts:
            statement = (
                sa.select(*_name_columns(), level.next_review_on, Client.last_review_on, frequency)
                .select_from(Client)
                .outerjoin(level, level.client_id == Client.id)
                .where(*base_where, clause)
            )
            if limit is not None:
                statement = statement.limit(limit)
            for values in session.execute(statement):
                explicit, last, freq = values[6], values[7], values[8]
                on = explicit or (add_months(last, FREQUENCIES[freq]) if last else None)
                listed.append(BoardRow(values[0], _display(values), on))
        listed.sort(key=lambda row: (row.on is not None, row.on or start, row.client_id))
        return len(listed), listed[:rows]

    # A month's due reviews are a twelfth of the practice at most: fetched in full, so the
    # count is exact and costs no second query.
    due_count, due = clients(due_parts, limit=None)
    overdue_count, overdue, overdue_more = 0, [], False
    if include_overdue:
        # The backlog can be most of a practice and needs a scan: listed up to the board's
        # rows, and only when asked (the Today page counts it in full).
        overdue_count, overdue = clients(overdue_parts, limit=rows + 1)
        overdue_more = overdue_count > rows
        overdue_count = min(overdue_count, rows)

    names = dict(session.execute(sa.select(User.id, User.full_name)).all())

    def listed(model, day, person, where, order):  # noqa: ANN001, ANN202
        """The month's count and first rows of ``model`` (booked tasks or done reviews),
        each with the client's name, the day, and the person assigned or recording."""

        def joined(statement):  # noqa: ANN001, ANN202
            return (
                statement.select_from(model)
                .join(Client, Client.id == model.client_id)
                .where(*where)
            )

        count = session.scalar(joined(sa.select(sa.func.count())))
        found = [
            BoardRow(values[0], _display(values), values[6], names.get(values[7], ""))
            for values in session.execute(
                joined(sa.select(*_name_columns(), day, person)).order_by(*order).limit(rows)
            )
        ]
        return count, found

    task_where = [
        Task.kind == "review",
        Task.status == "open",
        Task.due_on.between(start, end),
        Client.archived_at.is_(None),
        visible_clients_clause(session, actor),
    ]
    if assignee_id is not None:
        task_where.append(Task.assigned_to_id == assignee_id)
    # Ordered by due_on: the (status, due_on) index's order, so no sort.
    booked_count, booked = listed(Task, Task.due_on, Task.assigned_to_id, task_where, [Task.due_on])
    review_where = [
        Review.reviewed_on.between(start, end),
        visible_clients_clause(session, actor),
    ]
    if assignee_id is not None:
        review_where.append(Review.recorded_by_id == assignee_id)
    done_count, done = listed(
        Review,
        Review.reviewed_on,
        Review.recorded_by_id,
        review_where,
        [Review.reviewed_on, Client.id],
    )
    return ReviewBoard(
        month=start,
        due_count=due_count,
        overdue_count=overdue_count,
        overdue_more=overdue_more,
        booked_count=booked_count or 0,
        done_count=done_count or 0,
        due=due,
        overdue=overdue,
        booked=booked,
        done=done,
    )


def user_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, full name, role) of active users: whom a review can be assigned to."""
    return [
        (i, n, r)
        for i, n, r in session.execute(
            sa.select(User.id, User.full_name, User.role)
            .where(User.is_active.is_(True))
            .order_by(User.full_name)
        )
    ]


def user_id_by_name(session: Session, username: str) -> int:
    user_id = session.scalar(sa.select(User.id).where(User.username == username.strip()))
    if user_id is None:
        raise NotFound(
            "There is no user called {user!r}.", hint="See: clientmanager users", user=username
        )
    return user_id
