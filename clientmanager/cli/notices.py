"""What the practice gives a new client: the s18 collection notice and Form 4
(direct-marketing consent); attaching a signed Form 4 as the consent's proof."""

from __future__ import annotations

import argparse
from pathlib import Path

from clientmanager.cli.common import CommandFailed, CommandSet, out_file, unlocked_session


def cmd_print(args: argparse.Namespace) -> int:
    from clientmanager.services import notices
    from clientmanager.store.files import write_atomically

    out = out_file(args.out, ".pdf")
    build = notices.s18_notice if args.document == "s18-notice" else notices.form4
    with unlocked_session(args) as (session, actor):
        pdf = build(session, actor=actor, client_id=args.client)
        try:
            write_atomically(out, pdf)
        except OSError as exc:
            raise CommandFailed(f"Could not write {out}: {exc.strerror}.") from None
    what = "collection notice (POPIA s18)" if args.document == "s18-notice" else "Form 4 (s69)"
    print(f"Wrote the {what} for client {args.client} to {out}")
    return 0


def cmd_attach_form4(args: argparse.Namespace) -> int:
    from clientmanager.services.notices import attach_signed_form4

    path = Path(args.file).expanduser()
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise CommandFailed(f"Could not read {path}: {exc.strerror}.") from None
    with unlocked_session(args) as (session, actor):
        consent_id = attach_signed_form4(
            session, actor=actor, client_id=args.client, filename=path.name,
            content=content, channels=args.channels.split(","), given_by=args.given_by,
        )  # fmt: skip
    print(f"Attached the signed Form 4; consent {consent_id} recorded with it as proof.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    # `print s18-notice` and `print form4` are registered with `print` (cli/printing.py).
    consent = CommandSet(commands, common).add(
        "consent",
        cmd_attach_form4,
        "attach a signed Form 4 as the consent's proof",
        for_client=True,
    )
    consent.add_argument("action", choices=["attach-form4"])
    consent.add_argument("--file", required=True, metavar="SIGNED.pdf")
    consent.add_argument("--channels", required=True, help="what was ticked, e.g. email,sms")
    consent.add_argument("--given-by", metavar="NAME", help="for a child: the competent person")
