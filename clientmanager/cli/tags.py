"""`clientmanager tags`: tags, combined searches (saved by name) and bulk actions."""

from __future__ import annotations

import argparse

from clientmanager.cli.common import CommandSet, in_session, unlocked_session
from clientmanager.cli.reviews import parse_day, parse_ids


def _criteria(args: argparse.Namespace):  # noqa: ANN202
    from clientmanager.services.tags import Criteria

    return Criteria(
        text=args.text or "",
        tags=list(args.tag or []),
        category=args.category,
        planner=args.planner,
        review_due=args.review_due,
        marketing_allowed=args.marketing,
    )


def _print_rows(rows) -> None:  # noqa: ANN001
    for row in rows:
        print(f"  {row.id:>7}  {row.display_name}")


def cmd_list(args: argparse.Namespace) -> int:
    from clientmanager.services.tags import list_tags, saved_searches

    with unlocked_session(args) as (session, actor):
        tags = list_tags(session, actor)
        saved = saved_searches(session)
    print("Tags:" if tags else "No tags yet.")
    for name, count in tags:
        print(f"  {name:<30} {count} client(s)")
    if saved:
        print("Saved searches:")
        for name, criteria in saved:
            print(f"  {name:<30} {criteria.describe()}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from clientmanager.services.tags import tag_clients, untag_clients

    ids = parse_ids(args.clients)
    count = in_session(args, untag_clients if args.remove else tag_clients, ids, args.tag)
    verb = "Removed" if args.remove else "Tagged"
    print(f"{verb} {count} client(s): {args.tag}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from clientmanager.services.tags import find_clients, save_search

    criteria = _criteria(args)
    with unlocked_session(args) as (session, actor):
        rows = find_clients(session, actor, criteria)
        if args.save:
            save_search(session, actor, args.save, criteria)
    print(f"{len(rows)} client(s) match {criteria.describe()}:")
    _print_rows(rows)
    if args.save:
        print(f"Saved as {args.save!r}; run it again with: clientmanager tags run {args.save!r}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from clientmanager.services.tags import run_saved_search

    rows = in_session(args, run_saved_search, args.name)
    print(f"{len(rows)} client(s) match the saved search {args.name!r}:")
    _print_rows(rows)
    return 0


def cmd_delete_search(args: argparse.Namespace) -> int:
    from clientmanager.services.tags import delete_saved_search, saved_searches

    with unlocked_session(args) as (session, actor):
        name = delete_saved_search(session, actor, args.name)
        left = len(saved_searches(session))
    print(f"Deleted the saved search {name!r}; {left} saved search(es) left.")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from clientmanager.services.tags import assign_planner

    ids = parse_ids(args.clients)
    count = in_session(args, assign_planner, ids, args.planner)
    print(f"Assigned {count} client(s) to {args.planner}.")
    return 0


def cmd_task(args: argparse.Namespace) -> int:
    from clientmanager.services.tags import add_tasks

    ids = parse_ids(args.clients)
    count = in_session(
        args, add_tasks, ids, title=args.title, due_on=parse_day(args.due), assigned_to=args.assign
    )
    print(f"Added the task to {count} client(s).")
    return 0


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--text", help="name, ID number, phone, e-mail or policy number")
    parser.add_argument("--tag", action="append", help="has this tag (repeat for several)")
    parser.add_argument("--category", choices=("client", "prospect", "related"))
    parser.add_argument("--planner", metavar="USER")
    parser.add_argument("--review-due", action="store_true")
    parser.add_argument("--marketing", action="store_true", help="marketing consent allows")


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group("tags", "tags, saved searches, bulk actions")
    actions.add("list", cmd_list, "tags and saved searches")
    add = actions.add("add", cmd_add, "tag clients (or --remove)")
    add.add_argument("--clients", required=True, metavar="ID,ID,...")
    add.add_argument("--tag", required=True)
    add.add_argument("--remove", action="store_true")
    search = actions.add("search", cmd_search, "combined filters")
    _filters(search)
    search.add_argument("--save", metavar="NAME", help="save the search under this name")
    run = actions.add("run", cmd_run, "run a saved search")
    run.add_argument("name")
    delete = actions.add("delete-search", cmd_delete_search, "forget a saved search")
    delete.add_argument("name")
    assign = actions.add("assign", cmd_assign, "give clients to a planner")
    assign.add_argument("--clients", required=True, metavar="ID,ID,...")
    assign.add_argument("--planner", required=True, metavar="USER")
    task = actions.add("task", cmd_task, "the same task for each client")
    task.add_argument("--clients", required=True, metavar="ID,ID,...")
    task.add_argument("--title", required=True)
    task.add_argument("--due", metavar="YYYY-MM-DD")
    task.add_argument("--assign", metavar="USER")
