"""The audit trail: verify the hash chain, export it."""

from __future__ import annotations

import argparse
from pathlib import Path

from clientmanager.cli.common import CommandFailed, CommandSet, unlocked_session


def _audit_filter(args: argparse.Namespace):  # -> AuditFilter
    import datetime as dt

    from clientmanager.services.audit import AuditFilter

    def day(text: str | None) -> dt.date | None:
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise CommandFailed(f"{text!r} is not a date; use YYYY-MM-DD.") from None

    return AuditFilter(
        username=args.filter_user,
        client_id=args.client,
        action=args.action_name,
        since=day(args.since),
        until=day(args.until),
    )


def cmd_audit(args: argparse.Namespace) -> int:
    from clientmanager.services import audit as audit_service

    with unlocked_session(args) as (session, actor):
        if args.audit_action == "verify":
            report = audit_service.verify_and_record(session, actor)
            print(report.describe())
            return 0 if report.ok else 2
        wanted = _audit_filter(args)
        if not (args.csv or args.pdf):
            raise CommandFailed("Say where to write the export: --csv FILE and/or --pdf FILE.")
        if args.csv:
            count = audit_service.export_csv(session, actor, Path(args.csv), wanted)
            print(f"Wrote {count} entries to {args.csv}.")
        if args.pdf:
            count = audit_service.export_pdf(session, actor, Path(args.pdf), wanted)
            print(f"Wrote {count} entries to {args.pdf}.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    audit_parser = CommandSet(commands, common).add(
        "audit", cmd_audit, "verify the audit trail's hash chain, or export it"
    )
    audit_parser.add_argument("audit_action", choices=["verify", "export"])
    audit_parser.add_argument("--csv", metavar="FILE", help="export to this CSV file")
    audit_parser.add_argument("--pdf", metavar="FILE", help="export to this PDF file")
    audit_parser.add_argument("--filter-user", metavar="NAME", help="only this user's entries")
    audit_parser.add_argument("--client", type=int, metavar="ID", help="only this client")
    audit_parser.add_argument(
        "--action", dest="action_name", metavar="ACTION", help="only this action (or prefix.)"
    )
    audit_parser.add_argument("--since", metavar="YYYY-MM-DD")
    audit_parser.add_argument("--until", metavar="YYYY-MM-DD")
