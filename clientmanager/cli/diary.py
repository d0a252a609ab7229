"""`clientmanager calendar`: appointments, and .ics export and import (Outlook, phones)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from clientmanager.cli.common import CommandSet, in_session, out_file
from clientmanager.cli.reviews import parse_day, parse_moment


def cmd_export(args: argparse.Namespace) -> int:
    from clientmanager.services.ical import export_calendar

    out = out_file(args.out, ".ics")
    count = in_session(
        args,
        export_calendar,
        out,
        start=parse_day(args.start),
        end=parse_day(args.end),
        with_names=not args.without_names,
    )
    print(f"Wrote {count} appointment(s) to {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from clientmanager.services.ical import import_calendar

    result = in_session(args, import_calendar, Path(args.file).expanduser())
    print(
        f"Imported {args.file}: {result.added} added, {result.updated} updated, "
        f"{result.skipped} skipped."
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from clientmanager.services.appointments import appointments_between, week_of

    day = parse_day(args.day) or dt.date.today()
    start, end = week_of(day) if args.week else (day, day)
    views = in_session(args, appointments_between, start, end)
    label = f"week of {start:%d %b %Y}" if args.week else f"{day:%A %d %b %Y}"
    if not views:
        print(f"No appointments, {label}.")
        return 0
    print(f"Appointments, {label}:")
    for view in views:
        print(
            f"  {view.starts_at:%a %d %b %H:%M}-{view.ends_at:%H:%M}  {view.title}"
            + (f"  @ {view.location}" if view.location else "")
            + f"  [no. {view.id}]"
        )
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    from clientmanager.services.appointments import cancel_appointment

    view = in_session(args, cancel_appointment, args.appointment)
    print(
        f"Cancelled appointment {view.id}: {view.title}, {view.starts_at:%a %d %b %Y %H:%M}. "
        "It stays in the calendar as cancelled, so an exported .ics cancels it too."
    )
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from clientmanager.services.appointments import add_appointment

    starts = parse_moment(args.start)
    appointment = in_session(
        args,
        add_appointment,
        title=args.title,
        starts_at=starts,
        ends_at=starts + dt.timedelta(minutes=args.minutes),
        client_id=args.client,
        kind=args.kind,
        location=args.location or "",
    )
    print(f"Added appointment {appointment.id} on {starts:%a %d %b %Y %H:%M}.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group("calendar", "appointments and .ics")
    export = actions.add("export", cmd_export, "write an .ics file")
    export.add_argument("--out", required=True, metavar="FILE.ics")
    export.add_argument("--start", metavar="YYYY-MM-DD", help="default: 30 days ago")
    export.add_argument("--end", metavar="YYYY-MM-DD", help="default: a year from today")
    export.add_argument(
        "--without-names",
        action="store_true",
        help="client numbers instead of names (for a calendar outside the practice)",
    )
    imported = actions.add("import", cmd_import, "read an .ics file")
    imported.add_argument("file", metavar="FILE.ics")
    listing = actions.add("list", cmd_list, "a day's or week's appointments")
    listing.add_argument("--day", metavar="YYYY-MM-DD")
    listing.add_argument("--week", action="store_true")
    add = actions.add("add", cmd_add, "add an appointment")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, metavar="YYYY-MM-DDTHH:MM")
    add.add_argument("--minutes", type=int, default=60)
    add.add_argument("--client", type=int, metavar="ID")
    add.add_argument("--kind", choices=("meeting", "review", "call"), default="meeting")
    add.add_argument("--location")
    cancel = actions.add("cancel", cmd_cancel, "cancel an appointment")
    cancel.add_argument("appointment", type=int, metavar="N", help="its number (calendar list)")
