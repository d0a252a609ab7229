"""`clientmanager policies`: anniversaries, escalations, renewals and status history."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation

from clientmanager.cli.common import (
    CommandFailed,
    CommandSet,
    in_session,
    today_from,
)
from clientmanager.cli.reviews import parse_day


def _percent_bp(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int((Decimal(text.rstrip("%")) * 100).to_integral_value())
    except InvalidOperation:
        raise CommandFailed(f"{text!r} is not a percentage like 10 or 7.5.") from None


def cmd_events(args: argparse.Namespace) -> int:
    from clientmanager.services.policy_calendar import upcoming_policy_events

    today = today_from(args)
    events = in_session(args, upcoming_policy_events, today, args.days)
    if not events:
        print(f"No policy anniversaries, renewals or reviews in the next {args.days} days.")
        return 0
    print(f"Policy events from {today:%d %b %Y}, next {args.days} days:")
    for event in events:
        print(f"  {event.on:%d %b %Y}  {event.client_name:<28} {event.description}")
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    from clientmanager.services.policy_calendar import set_schedule

    in_session(
        args,
        set_schedule,
        args.policy,
        escalation_bp=_percent_bp(args.escalation),
        renewal_on=parse_day(args.renewal),
        review_on=parse_day(args.review),
    )
    print(f"Policy {args.policy}: schedule saved.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from clientmanager.services.policy_calendar import change_status

    change = in_session(
        args,
        change_status,
        args.policy,
        to_status=args.to,
        effective_on=parse_day(args.on),
        reason=args.reason or "",
    )
    print(
        f"Policy {args.policy}: {change.from_status} -> {change.to_status} from "
        f"{change.effective_on:%d %b %Y}."
    )
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from clientmanager.services.policy_calendar import status_history

    history = in_session(args, status_history, args.policy)
    if not history:
        print(f"Policy {args.policy} has no status changes recorded.")
    for change in history:
        reason = f"  ({change.reason})" if change.reason else ""
        print(
            f"  {change.effective_on:%d %b %Y}  {change.from_status} -> {change.to_status}"
            f"  by {change.recorded_by}{reason}"
        )
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group("policies", "policies over time")
    events = actions.add("events", cmd_events, "anniversaries, renewals, reviews")
    events.add_argument("--days", type=int, default=30)
    events.add_argument("--today", metavar="YYYY-MM-DD")
    schedule = actions.add("schedule", cmd_schedule, "escalation and dates")
    schedule.add_argument("--policy", type=int, required=True, metavar="ID")
    schedule.add_argument("--escalation", metavar="PERCENT", help="yearly premium escalation")
    schedule.add_argument("--renewal", metavar="YYYY-MM-DD")
    schedule.add_argument("--review", metavar="YYYY-MM-DD")
    status = actions.add("status", cmd_status, "lapsed, paid up, cancelled...")
    status.add_argument("--policy", type=int, required=True, metavar="ID")
    status.add_argument(
        "--to",
        required=True,
        choices=("active", "quote", "paid_up", "lapsed", "cancelled", "matured"),
    )
    status.add_argument("--on", metavar="YYYY-MM-DD")
    status.add_argument("--reason", metavar="TEXT")
    history = actions.add("history", cmd_history, "a policy's status history")
    history.add_argument("--policy", type=int, required=True, metavar="ID")
