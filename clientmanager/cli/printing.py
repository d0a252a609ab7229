"""`clientmanager print`: documents a planner takes into a meeting (issue 19), and the
notices the practice gives a new client (s18 notice, Form 4)."""

from __future__ import annotations

import argparse
from pathlib import Path

from clientmanager.cli.common import CommandFailed, unlocked_session


def pdf_path(value: str) -> Path:
    out = Path(value).expanduser()
    if out.suffix.lower() != ".pdf":
        raise CommandFailed("Give --out a file name ending in .pdf.")
    if not out.parent.is_dir():
        raise CommandFailed(f"The folder {out.parent} does not exist; create it first.")
    return out


def cmd_print_summary(args: argparse.Namespace) -> int:
    from clientmanager.services.summary import write_client_summary

    out = pdf_path(args.out)
    with unlocked_session(args) as (session, actor):
        write_client_summary(session, actor, args.client, out)
    print(f"Wrote the client summary of client {args.client} to {out}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    printing = commands.add_parser("print", parents=[common], help="print client documents")
    kinds = printing.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    summary = kinds.add_parser(
        "summary", parents=[common], help="a client summary and fact-find PDF for a review"
    )
    summary.add_argument("--client", type=int, required=True, metavar="ID")
    summary.add_argument("--out", required=True, metavar="FILE.pdf")
    summary.set_defaults(handler=cmd_print_summary)

    from clientmanager.cli.notices import cmd_print as cmd_print_notice

    for name, help_text in (
        ("s18-notice", "the POPIA s18 collection notice to give a new client"),
        ("form4", "Form 4: the direct-marketing consent form (POPIA s69), never pre-ticked"),
    ):
        notice = kinds.add_parser(name, parents=[common], help=help_text)
        notice.add_argument("--client", type=int, required=True, metavar="ID")
        notice.add_argument("--out", required=True, metavar="FILE.pdf")
        notice.set_defaults(handler=cmd_print_notice)
