"""Appointments in the practice's calendar (issue 19), on the client and in a day/week view.

Times are naive local wall-clock times (the practice's own time zone, South Africa has one
and no daylight saving), which is also how the iCalendar export writes them, with the
Africa/Johannesburg zone named.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.errors import ClientManagerError, NotFound
from clientmanager.services import audit
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import (
    Permission,
    require,
    require_client_access,
    visible_clients_clause,
)
from clientmanager.store.models import Appointment, Client, User

KINDS = ("meeting", "review", "call")


def new_uid() -> str:
    return f"{uuid.uuid4()}@clientmanager"


@dataclass(frozen=True)
class AppointmentView:
    id: int
    uid: str
    client_id: int | None
    client_name: str
    kind: str
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    location: str
    details: str
    status: str
    user_name: str


def add_appointment(
    session: Session,
    actor: Actor,
    *,
    title: str,
    starts_at: dt.datetime,
    ends_at: dt.datetime | None = None,
    client_id: int | None = None,
    kind: str = "meeting",
    location: str = "",
    details: str = "",
    user_id: int | None = None,
    task_id: int | None = None,
    uid: str | None = None,
) -> Appointment:
    require(actor, Permission.TASK_EDIT)
    if client_id is not None:
        require_client_access(session, actor, client_id)
    title = (title or "").strip()
    if not title:
        raise ClientManagerError("An appointment needs a title.", hint="Say what it is for.")
    if kind not in KINDS:
        raise ClientManagerError(
            "Unknown appointment kind {kind!r}.", hint="{kinds}", kind=kind, kinds=", ".join(KINDS)
        )
    ends_at = ends_at or starts_at + dt.timedelta(hours=1)
    if ends_at <= starts_at:
        raise ClientManagerError(
            "The appointment ends before it starts.", hint="Check the start and end times."
        )
    appointment = Appointment(
        uid=uid or new_uid(),
        client_id=client_id,
        kind=kind,
        title=title[:300],
        starts_at=starts_at.replace(second=0, microsecond=0, tzinfo=None),
        ends_at=ends_at.replace(second=0, microsecond=0, tzinfo=None),
        location=location.strip()[:300] or None,
        details=details.strip() or None,
        user_id=user_id if user_id is not None else actor.user_id,
        task_id=task_id,
    )
    session.add(appointment)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="appointment.added",
        client_id=client_id,
        summary=f"appointment #{appointment.id} ({kind})",
    )
    return appointment


def cancel_appointment(session: Session, actor: Actor, appointment_id: int) -> AppointmentView:
    """Mark an appointment cancelled (kept, so an exported calendar can cancel it too)."""
    require(actor, Permission.TASK_EDIT)
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(
            "There is no appointment {appointment_id}.",
            hint="Refresh the calendar, or see 'clientmanager calendar list'.",
            appointment_id=appointment_id,
        )
    if appointment.client_id is not None:
        require_client_access(session, actor, appointment.client_id)
    if appointment.status != "cancelled":
        appointment.status = "cancelled"
        session.flush()
        audit.record(
            session,
            actor=actor,
            action="appointment.cancelled",
            client_id=appointment.client_id,
            summary=f"appointment #{appointment.id} ({appointment.kind})",
        )
    return _views(session, _base(session, actor).where(Appointment.id == appointment_id))[0]


def _views(session: Session, statement: sa.Select) -> list[AppointmentView]:
    rows = session.execute(statement).all()
    names = dict(session.execute(sa.select(User.id, User.full_name)).all())
    return [
        AppointmentView(
            id=a.id,
            uid=a.uid,
            client_id=a.client_id,
            client_name=(client.display_name if client else ""),
            kind=a.kind,
            title=a.title,
            starts_at=a.starts_at,
            ends_at=a.ends_at,
            location=a.location or "",
            details=a.details or "",
            status=a.status,
            user_name=names.get(a.user_id, ""),
        )
        for a, client in rows
    ]


def _base(session: Session, actor: Actor) -> sa.Select:
    return (
        sa.select(Appointment, Client)
        .outerjoin(Client, Client.id == Appointment.client_id)
        .where(sa.or_(Appointment.client_id.is_(None), visible_clients_clause(session, actor)))
        .order_by(Appointment.starts_at, Appointment.id)
    )


def appointments_between(
    session: Session,
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    include_cancelled: bool = False,
) -> list[AppointmentView]:
    """Appointments starting on ``start`` up to and including ``end`` (a day or a week)."""
    statement = _base(session, actor).where(
        Appointment.starts_at >= dt.datetime.combine(start, dt.time()),
        Appointment.starts_at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time()),
    )
    if not include_cancelled:
        statement = statement.where(Appointment.status != "cancelled")
    return _views(session, statement)


def client_appointments(session: Session, actor: Actor, client_id: int) -> list[AppointmentView]:
    require_client_access(session, actor, client_id)
    return _views(session, _base(session, actor).where(Appointment.client_id == client_id))


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)
