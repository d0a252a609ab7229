"""One client's year at a glance (issue 19), for the client record's planner panel: the
service level and next review, booked appointments, tags, records of advice, and the
policy anniversaries and renewals coming up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from clientmanager.services.appointments import AppointmentView, client_appointments
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import get_client, require_client_access
from clientmanager.services.policy_calendar import PolicyEvent, upcoming_policy_events
from clientmanager.services.reviews import DEFAULT_FREQUENCY, next_review_on
from clientmanager.services.roa import list_roas
from clientmanager.services.tags import tags_of
from clientmanager.store.models import ServiceLevel, User


@dataclass(frozen=True)
class ClientYear:
    client_id: int
    frequency: str
    assistant: str
    last_review_on: dt.date | None
    next_review_on: dt.date | None
    appointments: list[AppointmentView]
    tags: list[str]
    records_of_advice: list[tuple[int, str, str, bool]]
    policy_events: list[PolicyEvent]


def client_year(
    session: Session, actor: Actor, client_id: int, *, today: dt.date | None = None
) -> ClientYear:
    require_client_access(session, actor, client_id)
    today = today or dt.date.today()
    client = get_client(session, client_id)
    level = session.get(ServiceLevel, client_id)
    assistant = session.get(User, level.assistant_id) if level and level.assistant_id else None
    start = dt.datetime.combine(today, dt.time())
    return ClientYear(
        client_id=client_id,
        frequency=level.frequency if level else DEFAULT_FREQUENCY,
        assistant=assistant.full_name if assistant else "",
        last_review_on=client.last_review_on if client else None,
        next_review_on=next_review_on(session, client_id),
        appointments=[
            a
            for a in client_appointments(session, actor, client_id)
            if a.starts_at >= start and a.status != "cancelled"
        ],
        tags=tags_of(session, actor, client_id),
        records_of_advice=list_roas(session, actor, client_id),
        policy_events=upcoming_policy_events(session, actor, today, 90, client_id=client_id),
    )
