"""The retention review (POPIA s14)."""

from __future__ import annotations

import argparse
from pathlib import Path

from clientmanager.cli.common import (
    CommandFailed,
    CommandSet,
    today_from,
    unlocked,
    unlocked_session,
)


def _day(day) -> str:  # noqa: ANN001
    return f"{day:%Y-%m-%d}" if day else "not yet known"


def cmd_client_retention(args: argparse.Namespace) -> int:
    from clientmanager.services import retention

    if args.client is None:
        raise CommandFailed("Say which client: clientmanager retention client --client ID.")
    with unlocked_session(args) as (session, actor):
        person = retention.client_retention(session, actor=actor, client_id=args.client)
    print(f"Retention of client {person.client_id}, {person.name} (POPIA s14):")
    for clock in person.clocks:
        held = "  ON HOLD" if clock.held else ""
        print(f"  {clock.description:<40} may go from {_day(clock.destroy_from)}{held}")
        print(f"  {'':<40} {clock.citation}")
    whole = person.destroy_from
    print(
        "The whole record may go from " + _day(whole) + "."
        if whole
        else "The whole record is kept: a record's clock has not started (it is still active)."
    )
    if person.hold_reasons:
        print("Legal hold: " + "; ".join(person.hold_reasons))
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    from clientmanager.services import retention

    if args.action == "client":
        return cmd_client_retention(args)
    with unlocked(args) as practice:
        if args.action == "schedule":
            with practice.session() as session:
                lines = retention.schedule(session)
            print("Retention schedule (POPIA s14; edit periods in Settings):")
            for line in lines:
                print(f"  {line.label}")
                print(f"      keep: {line.period} ({line.minimum})")
                print(f"      law:  {line.citation}")
                print(f"      for:  {line.applies_to}")
            return 0
        today = today_from(args)
        with practice.session() as session:
            review = retention.run_review(
                session, actor=practice.actor, today=today, logs_dir=practice.paths.logs
            )
        print(f"Retention review for {today:%d %B %Y}:")
        if not review.due:
            print("  Nothing is due for destruction.")
        for item in review.due:
            print(f"  {item.action_label:<12} client {item.client_id:>7}  {item.name}")
            print(f"  {'':<12} {item.reason}")
        for held in review.held:
            print(f"  {'On hold':<12} client {held.client_id:>7}  {held.name}")
            print(f"  {'':<12} legal hold: {'; '.join(held.reasons)}")
        if review.old_logs:
            print(f"  {review.old_logs} technical log file(s) are older than 90 days.")
        if not args.approve:
            if review.due or review.old_logs:
                print(
                    "Nothing was changed. A practice manager approves with "
                    "'clientmanager retention run --approve'."
                )
            return 0
        if not (review.due or review.old_logs):
            return 0
        letters = Path(args.letters).expanduser() if args.letters else None
        result = retention.erase_now(
            practice, actor=practice.actor, today=today, letters_dir=letters
        )
        for letter in result.letters:
            print(f"  Letter for the person who asked for deletion: {letter}")
        print(
            f"Approved: {result.destroyed} destroyed, {result.deidentified} de-identified, "
            f"{result.restricted} restricted ({result.rows_removed} records removed), "
            f"{result.logs_removed} log file(s) removed."
        )
        say_what_the_scrub_did(practice, result.not_rewritten)
        return 0


def say_what_the_scrub_did(practice, not_rewritten: tuple[str, ...]) -> None:  # noqa: ANN001
    """After an erasure: what the scrub did, and on the server what is left for its
    administrator (the desktops' login may not rewrite tables it does not own)."""
    if not practice.on_server:
        print(
            "The database file was compacted so nothing erased can be recovered from it "
            "(POPIA s14(5))."
        )
    elif not not_rewritten:
        print(
            "The server's tables were rewritten (VACUUM FULL) so nothing erased is left "
            "in its data files. Its WAL archives and its own backups still hold the "
            "erased records: see the README (office server)."
        )
    else:
        print(
            "This login may not rewrite the server's tables, so old copies of the erased "
            "records stay in the server's data files until its administrator runs, as "
            "the tables' owner (POPIA s14(5)):"
        )
        from clientmanager.services.erasure import vacuum_statement

        print("  " + vacuum_statement(not_rewritten))
        print(
            "Its WAL archives and its own backups also still hold them: see the README "
            "(office server)."
        )


def register(commands, common: argparse.ArgumentParser) -> None:
    retention_parser = CommandSet(commands, common).add(
        "retention",
        cmd_retention,
        "the weekly due-for-destruction review (POPIA s14), or the schedule",
    )
    retention_parser.add_argument("action", choices=["run", "schedule", "client"])
    retention_parser.add_argument(
        "--client", type=int, metavar="ID", help="client: one person's records and their dates"
    )
    retention_parser.add_argument(
        "--approve",
        action="store_true",
        help="destroy or de-identify what is due (practice managers only)",
    )
    retention_parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="review as of this day (default: today)"
    )
    retention_parser.add_argument(
        "--letters",
        metavar="DIR",
        help="where to write the letters to people who asked for deletion (POPIA s24(4))",
    )
