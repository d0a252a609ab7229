"""`clientmanager reviews`: the month's review board, booking, the review form, service levels."""

from __future__ import annotations

import argparse
import datetime as dt

from clientmanager.cli.common import CommandFailed, CommandSet, in_session, unlocked_session


def parse_ids(text: str) -> list[int]:
    try:
        ids = [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise CommandFailed("Give client ids separated by commas, like 12,15,31.") from None
    if not ids:
        raise CommandFailed("Give at least one client id.")
    return ids


def parse_month(text: str | None) -> dt.date:
    if not text:
        return dt.date.today().replace(day=1)
    try:
        return dt.date.fromisoformat(f"{text}-01")
    except ValueError:
        raise CommandFailed("--month must look like 2026-12.") from None


def parse_moment(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise CommandFailed(f"{text!r} is not a date and time like 2026-12-07T09:00.") from None


def parse_day(text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise CommandFailed(f"{text!r} is not a date like 2026-12-07.") from None


def cmd_board(args: argparse.Namespace) -> int:
    from clientmanager.services import reviews

    month = parse_month(args.month)
    with unlocked_session(args) as (session, actor):
        assignee = reviews.user_id_by_name(session, args.assignee) if args.assignee else None
        board = reviews.review_board(
            session,
            actor,
            month,
            assignee_id=assignee,
            rows=args.rows,
            include_overdue=True,
        )
    print(
        f"Reviews for {month:%B %Y}: {board.due_count} due, {board.booked_count} booked, "
        f"{board.done_count} done, {board.overdue_count}{'+' if board.overdue_more else ''} "
        "overdue (earlier, not booked)."
    )
    for title, rows in (("Due", board.due), ("Booked", board.booked), ("Done", board.done)):
        if rows:
            print(f"{title}:")
            for row in rows:
                when = f"{row.on:%d %b %Y}" if row.on else "never reviewed"
                extra = f"  ({row.assignee})" if row.assignee else ""
                print(f"  {row.client_id:>7}  {row.name:<32} {when}{extra}")
    return 0


def cmd_book(args: argparse.Namespace) -> int:
    from clientmanager.services import reviews

    ids = parse_ids(args.clients)
    first = parse_moment(args.start)
    with unlocked_session(args) as (session, actor):
        assignee = reviews.user_id_by_name(session, args.assign) if args.assign else None
        bookings = reviews.book_reviews(
            session,
            actor,
            ids,
            first_slot=first,
            minutes=args.minutes,
            assigned_to_id=assignee,
        )
    print(f"Booked {len(bookings)} review(s): a task and an appointment each.")
    for booking in bookings:
        print(f"  client {booking.client_id:>7}  {booking.starts_at:%a %d %b %Y %H:%M}")
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    from clientmanager.services import reviews

    review = in_session(
        args,
        reviews.record_review,
        args.client,
        reviewed=args.reviewed,
        changes=args.changes or "",
        reviewed_on=parse_day(args.on),
        next_on=parse_day(args.next),
    )
    print(
        f"Review recorded for client {args.client}; next review {review.next_review_on:%d %b %Y}."
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from clientmanager.services import reviews

    history = in_session(args, reviews.review_history, args.client)
    if not history:
        print(f"No reviews recorded for client {args.client}.")
        return 0
    print(f"Reviews of client {args.client}, newest first ({len(history)}):")
    for review in history:
        next_on = f"{review.next_review_on:%d %b %Y}" if review.next_review_on else "not set"
        print(f"  {review.reviewed_on:%d %b %Y}  {review.reviewed}  (next: {next_on})")
        if review.changes:
            print(f"               changes: {review.changes}")
    return 0


def cmd_level(args: argparse.Namespace) -> int:
    from clientmanager.services import reviews

    with unlocked_session(args) as (session, actor):
        assistant = reviews.user_id_by_name(session, args.assistant) if args.assistant else None
        reviews.set_service_level(
            session,
            actor,
            args.client,
            frequency=args.frequency,
            assistant_id=assistant,
        )
        next_on = reviews.next_review_on(session, args.client)
    when = f"{next_on:%d %b %Y}" if next_on else "not yet known (never reviewed)"
    print(f"Client {args.client} is reviewed {args.frequency.replace('_', '-')}; next: {when}.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group("reviews", "client reviews")
    board = actions.add("board", cmd_board, "the month's reviews")
    board.add_argument("--month", metavar="YYYY-MM")
    board.add_argument("--assignee", metavar="USER")
    board.add_argument("--rows", type=int, default=50, metavar="N")
    book = actions.add("book", cmd_book, "book reviews (task + appointment)")
    book.add_argument("--clients", required=True, metavar="ID,ID,...")
    book.add_argument("--start", required=True, metavar="YYYY-MM-DDTHH:MM")
    book.add_argument("--minutes", type=int, default=60)
    book.add_argument("--assign", metavar="USER", help="who runs them (e.g. an assistant)")
    record = actions.add("record", cmd_record, "the review form", for_client=True)
    record.add_argument("--reviewed", required=True, metavar="TEXT")
    record.add_argument("--changes", metavar="TEXT")
    record.add_argument("--on", metavar="YYYY-MM-DD")
    record.add_argument("--next", metavar="YYYY-MM-DD")
    level = actions.add("level", cmd_level, "a client's service level", for_client=True)
    level.add_argument("--frequency", required=True, choices=("annual", "half_yearly", "quarterly"))
    level.add_argument("--assistant", metavar="USER")
    actions.add("history", cmd_history, "a client's past reviews", for_client=True)
