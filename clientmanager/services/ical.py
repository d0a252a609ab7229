"""The practice calendar as iCalendar files (issue 19), so Outlook or a phone can show it.

Offline like everything else: the planner exports a ``.ics`` file and imports one; there
is no sync. Times are stored as South African wall-clock time (SAST, UTC+2, no daylight
saving) and written in UTC, which every calendar reads. An appointment keeps its UID, so
importing an export again updates rather than duplicates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clientmanager.errors import ClientManagerError, PermissionDenied
from clientmanager.services import audit
from clientmanager.services.appointments import KINDS, add_appointment, appointments_between
from clientmanager.services.audit import Actor
from clientmanager.services.permissions import Permission, require, require_client_access
from clientmanager.store.files import write_atomically
from clientmanager.store.models import Appointment, Client, utcnow

SAST = dt.timezone(dt.timedelta(hours=2), "SAST")
CLIENT_PROPERTY = "X-CLIENTMANAGER-CLIENT"
PRODID = "-//ClientManager Desktop//Practice calendar//EN"
MAX_IMPORT_BYTES = 10 * 1024 * 1024


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=SAST).astimezone(dt.UTC)


def _local(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # "floating" time: the wall clock where it is read
            return value.replace(second=0, microsecond=0)
        return value.astimezone(SAST).replace(tzinfo=None, second=0, microsecond=0)
    return dt.datetime.combine(value, dt.time())


def calendar_bytes(
    session: Session,
    actor: Actor,
    *,
    start: dt.date,
    end: dt.date,
    with_names: bool = True,
) -> tuple[bytes, int]:
    from icalendar import Calendar, Event

    require(actor, Permission.CLIENT_READ)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "ClientManager")
    views = appointments_between(session, actor, start, end, include_cancelled=True)
    stamp = utcnow().replace(tzinfo=dt.UTC)
    for view in views:
        event = Event()
        event.add("uid", view.uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", _aware(view.starts_at))
        event.add("dtend", _aware(view.ends_at))
        title = view.title
        if not with_names and view.client_id is not None:
            title = f"{view.kind.capitalize()} (client {view.client_id})"
        event.add("summary", title)
        if view.location:
            event.add("location", view.location)
        if view.details and with_names:
            event.add("description", view.details)
        event.add("categories", [view.kind])
        event.add("status", "CANCELLED" if view.status == "cancelled" else "CONFIRMED")
        if view.client_id is not None:
            event.add(CLIENT_PROPERTY, str(view.client_id))
        calendar.add_component(event)
    return calendar.to_ical(), len(views)


def export_calendar(
    session: Session,
    actor: Actor,
    out: Path,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    with_names: bool = True,
) -> int:
    """Write appointments from ``start`` (default: 30 days ago) to ``end`` (a year on)."""
    today = dt.date.today()
    start = start or today - dt.timedelta(days=30)
    end = end or today + dt.timedelta(days=365)
    if end < start:
        raise ClientManagerError("The end date is before the start date.")
    content, count = calendar_bytes(session, actor, start=start, end=end, with_names=with_names)
    write_atomically(Path(out), content)
    audit.record(
        session,
        actor=actor,
        action="calendar.exported",
        summary=f"{count} appointment(s), {'with' if with_names else 'without'} client names",
    )
    return count


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int


def import_calendar(session: Session, actor: Actor, path: Path) -> ImportResult:
    """Add the events of an ``.ics`` file; an event whose UID is known updates it."""
    from icalendar import Calendar

    require(actor, Permission.TASK_EDIT)
    path = Path(path)
    if not path.is_file():
        raise ClientManagerError(
            "There is no file {name}.", hint="Choose the .ics file.", name=path.name
        )
    raw = path.read_bytes()
    if len(raw) > MAX_IMPORT_BYTES:
        raise ClientManagerError("The calendar file is larger than 10 MB.", hint="Export less.")
    try:
        calendar = Calendar.from_ical(raw)
    except ValueError:
        raise ClientManagerError(
            "{name} is not an iCalendar file.",
            hint="Export the calendar as .ics first.",
            name=path.name,
        ) from None
    added = updated = skipped = 0
    for event in calendar.walk("VEVENT"):
        start = event.get("dtstart")
        uid = str(event.get("uid") or "").strip()
        if start is None:
            skipped += 1
            continue
        starts_at = _local(start.dt)
        end = event.get("dtend")
        ends_at = _local(end.dt) if end is not None else starts_at + dt.timedelta(hours=1)
        if ends_at <= starts_at:
            ends_at = starts_at + dt.timedelta(minutes=30)
        title = str(event.get("summary") or "Appointment").strip()[:300] or "Appointment"
        location = str(event.get("location") or "").strip()
        details = str(event.get("description") or "").strip()
        status = "cancelled" if str(event.get("status") or "").upper() == "CANCELLED" else "booked"
        categories = event.get("categories")
        kind = "meeting"
        if categories is not None:
            names = [str(c).lower() for c in getattr(categories, "cats", [])]
            kind = next((k for k in names if k in KINDS), "meeting")
        existing = (
            session.scalar(sa.select(Appointment).where(Appointment.uid == uid)) if uid else None
        )
        if existing is not None:
            existing.starts_at, existing.ends_at = starts_at, ends_at
            existing.location = location or existing.location
            existing.status = status
            # The title of a private export names no client: keep the one we have.
            if "(client " not in title:
                existing.title = title
            updated += 1
            continue
        client_id = None
        marker = str(event.get(CLIENT_PROPERTY) or "").strip()
        if marker.isdigit() and session.get(Client, int(marker)) is not None:
            client_id = int(marker)
            try:
                require_client_access(session, actor, client_id)
            except PermissionDenied:
                client_id = None
        appointment = add_appointment(
            session,
            actor,
            title=title,
            starts_at=starts_at,
            ends_at=ends_at,
            client_id=client_id,
            kind=kind,
            location=location,
            details=details,
            uid=uid[:120] or None,
        )
        appointment.status = status
        added += 1
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="calendar.imported",
        summary=f"{added} added, {updated} updated, {skipped} skipped",
    )
    return ImportResult(added, updated, skipped)
