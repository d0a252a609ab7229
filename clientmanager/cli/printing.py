"""`clientmanager print`: documents a planner takes into a meeting (issue 19), and the
notices the practice gives a new client (s18 notice, Form 4)."""

from __future__ import annotations

import argparse

from clientmanager.cli.common import CommandSet, in_session, out_file


def cmd_print_summary(args: argparse.Namespace) -> int:
    from clientmanager.services.summary import write_client_summary

    out = out_file(args.out, ".pdf")
    in_session(args, write_client_summary, args.client, out)
    print(f"Wrote the client summary of client {args.client} to {out}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    kinds = CommandSet(commands, common).group(
        "print", "print client documents", metavar="DOCUMENT", dest="document"
    )
    summary = kinds.add(
        "summary",
        cmd_print_summary,
        "a client summary and fact-find PDF for a review",
        for_client=True,
    )
    summary.add_argument("--out", required=True, metavar="FILE.pdf")

    from clientmanager.cli.notices import cmd_print as cmd_print_notice

    for name, help_text in (
        ("s18-notice", "the POPIA s18 collection notice to give a new client"),
        ("form4", "Form 4: the direct-marketing consent form (POPIA s69), never pre-ticked"),
    ):
        notice = kinds.add(name, cmd_print_notice, help_text, for_client=True)
        notice.add_argument("--out", required=True, metavar="FILE.pdf")
