"""Clients in bulk: the demo practice, duplicate clients, and who looks after them."""

from __future__ import annotations

import argparse
import os
import sys
import time

from clientmanager.cli.common import (
    USER_ENV,
    CommandFailed,
    CommandSet,
    create_practice_asking_password,
    in_session,
    practice_paths,
    print_recovery_code,
    today_from,
    unlock,
    unlocked,
    unlocked_session,
)


def cmd_demo(args: argparse.Namespace) -> int:
    from clientmanager.services.demo import generate_demo_data

    paths = practice_paths(args)
    if paths.exists():
        practice = unlock(args)
    else:
        username = args.user or os.environ.get(USER_ENV) or "admin"
        practice, recovery_code = create_practice_asking_password(
            paths, args.practice, username, information_officer_name="Information Officer"
        )
        print(
            f'Created the demo practice "{args.practice}" in {paths.data_dir} '
            f"(administrator: {username})"
        )
        print_recovery_code(recovery_code)
    try:
        started = time.perf_counter()
        last_shown = [0.0]

        def show_progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if sys.stderr.isatty() and (now - last_shown[0] > 0.2 or done == total):
                last_shown[0] = now
                print(f"\r  {done:,} of {total:,} clients", end="", file=sys.stderr, flush=True)

        summary = generate_demo_data(
            practice.engine, clients=args.clients, seed=args.seed, progress=show_progress
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        elapsed = time.perf_counter() - started
        from clientmanager.services import audit

        with practice.session() as session:
            audit.record(
                session,
                actor=practice.actor,
                action="demo.generated",
                summary=f"{args.clients} synthetic clients",
            )
        print(f"Added synthetic data in {elapsed:.1f} s:")
        for table, count in summary.as_dict().items():
            print(f"  {table:<16} {count:>10,}")
    finally:
        practice.close()
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from clientmanager.services import duplicates

    with unlocked_session(args) as (session, actor):
        if args.merge:
            keep, other = args.merge
            result = duplicates.merge_clients(
                session, actor=actor, survivor_id=keep, other_id=other
            )
            moved = ", ".join(f"{t} {n}" for t, n in sorted(result.moved.items()))
            print(f"Merged client {other} into {keep}: moved {moved or 'nothing'}.")
            if result.copied_records_of_advice:
                print(
                    f"  {result.copied_records_of_advice} finalised record(s) of advice "
                    f"copied; the originals stay on client {other}, now archived."
                )
            return 0
        found = duplicates.find_possible_duplicates(session, actor=actor)
    if not found:
        print("No possible duplicates.")
        return 0
    print(f"{len(found)} possible duplicate pair(s):")
    for pair in found:
        print(
            f"  {pair.first.id:>7} {pair.first.name:<28} {pair.second.id:>7} "
            f"{pair.second.name:<28} {pair.reason}"
        )
    print("Merge a pair with: clientmanager duplicates --merge KEEP_ID OTHER_ID")
    return 0


def cmd_clients_assign(args: argparse.Namespace) -> int:
    from clientmanager.services import ownership

    if bool(args.from_user) == bool(args.client_ids):
        raise CommandFailed(
            "Name the clients to move (client ids) or --from a planner (their whole book), "
            "not both: 'clientmanager clients assign --to USER ID...' or "
            "'clientmanager clients assign --to USER --from USER'."
        )
    with unlocked_session(args) as (session, actor):
        if args.from_user:
            result = ownership.assign_book(session, actor, args.from_user, args.to_user)
            print(f"Moved {result.moved:,} client(s) from {args.from_user} to {result.to_user}.")
            return 0
        result = ownership.assign_clients(session, actor, args.client_ids, args.to_user)
    print(f"Assigned {result.moved:,} client(s) to {result.to_user}.")
    if result.unchanged:
        print(f"  {result.unchanged:,} were already {result.to_user}'s.")
    if result.missing:
        shown = ", ".join(str(i) for i in result.missing[:10])
        print(f"  Not found (no such client): {shown}{' …' if len(result.missing) > 10 else ''}")
        return 1
    return 0


def cmd_clients_today(args: argparse.Namespace) -> int:
    from clientmanager.services import today as today_service

    day = today_from(args)
    board = in_session(args, today_service.load_today, today=day, rows=0)
    print(f"Today, {day:%A %d %B %Y}:")
    print(f"  {'Reviews overdue':<28} {board.reviews_overdue.count:>8,}")
    print(f"  {'Reviews due in 30 days':<28} {board.reviews_soon.count:>8,}")
    print(
        f"  {'Tasks due this week':<28} {board.tasks.count:>8,}  "
        f"({board.tasks_overdue:,} overdue, for {board.task_clients:,} clients)"
    )
    print(f"  {'Birthdays this week':<28} {board.birthdays.count:>8,}")
    print(
        f"  {'Policy events in 30 days':<28} {board.policy_events.count:>8,}  "
        f"(for {board.policy_events.clients:,} clients)"
    )
    if board.requests_overdue:
        print(f"  {'Data-subject requests late':<28} {len(board.requests_overdue):>8,}")
    return 0


def cmd_clients_reviewed(args: argparse.Namespace) -> int:
    from clientmanager.services import today as today_service

    day = today_from(args)
    count = in_session(args, today_service.mark_reviewed, args.client_ids, on=day)
    print(f"Marked {count:,} client(s) reviewed on {day:%d %B %Y}.")
    return 0


def cmd_clients_task(args: argparse.Namespace) -> int:
    import datetime as dt

    from clientmanager.services import today as today_service

    try:
        due = dt.date.fromisoformat(args.due) if args.due else None
    except ValueError:
        raise CommandFailed("--due must be a date like 2026-12-15.") from None
    count = in_session(
        args, today_service.create_tasks, args.client_ids, title=args.title, due_on=due
    )
    print(f"Created {count:,} task(s): {args.title}.")
    return 0


def cmd_clients_restore(args: argparse.Namespace) -> int:
    from clientmanager.errors import NotFound
    from clientmanager.services import client_records as records

    with unlocked(args) as practice, practice.session() as session:
        try:
            card = records.reload_client(session, practice.actor, args.client_id)
        except NotFound:
            raise CommandFailed(f"There is no client {args.client_id} in this practice.") from None
        if card.client.archived_at is None:
            print(f"Client {args.client_id} ({card.client.display_name}) is not archived.")
            return 0
        records.restore_client(session, practice.actor, args.client_id)
        name = card.client.display_name
    print(f"Restored client {args.client_id} ({name}) from the archive.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    cli = CommandSet(commands, common)
    demo = cli.add("demo", cmd_demo, "create a demo practice, or add synthetic clients to one")
    demo.add_argument("--clients", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--practice", default="Demo Financial Planning", metavar="NAME")
    duplicates_parser = cli.add(
        "duplicates", cmd_duplicates, "list possible duplicate clients, or merge two"
    )
    duplicates_parser.add_argument(
        "--merge", nargs=2, type=int, metavar=("KEEP_ID", "OTHER_ID"), help="merge OTHER into KEEP"
    )
    clients_actions = cli.group("clients", "clients in bulk: assign them to a planner")
    assign = clients_actions.add(
        "assign",
        cmd_clients_assign,
        "give clients (or a departing planner's whole book) to a planner; audited",
        intermixed=True,
    )
    assign.add_argument("--to", dest="to_user", required=True, metavar="USER")
    assign.add_argument(
        "--from", dest="from_user", metavar="USER", help="move every client of this planner"
    )
    assign.add_argument("client_ids", nargs="*", type=int, metavar="ID")
    today = clients_actions.add(
        "today", cmd_clients_today, "the Today page's counts (whole numbers)"
    )
    today.add_argument("--today", metavar="DATE", help="count as on this day (YYYY-MM-DD)")
    reviewed = clients_actions.add(
        "reviewed", cmd_clients_reviewed, "mark clients reviewed (audited)", intermixed=True
    )
    reviewed.add_argument("client_ids", nargs="+", type=int, metavar="ID")
    reviewed.add_argument("--today", metavar="DATE", help="the review date (default: today)")
    task = clients_actions.add(
        "task", cmd_clients_task, "the same task for each client", intermixed=True
    )
    task.add_argument("client_ids", nargs="+", type=int, metavar="ID")
    task.add_argument("--title", required=True, metavar="TEXT")
    task.add_argument("--due", metavar="DATE", help="due date (YYYY-MM-DD)")
    # One client's household, addresses and year (the client record's tabs, from a terminal).
    from clientmanager.cli.household import register_actions

    register_actions(clients_actions)
    restore = clients_actions.add(
        "restore", cmd_clients_restore, "bring an archived client back (audited)"
    )
    restore.add_argument("client_id", type=int, metavar="ID")
