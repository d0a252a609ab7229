"""The rights register from a terminal (POPIA s23, s24, s11, s14(6), s69).

``clientmanager rights open --client 42 --kind correction --verified "ID book seen"``
prints "Request N"; ``rights act N ...`` does what the request asks through the same
service the desktop uses and writes its letter(s); ``rights list``, ``rights verify``,
``rights extend`` and ``rights close`` keep the register.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from clientmanager.cli.common import (
    PDF_PASSWORD_ENV,
    CommandFailed,
    CommandSet,
    out_file,
    unlocked,
    unlocked_session,
)

KINDS = (
    "access", "correction", "deletion", "objection", "restriction",
    "consent_withdrawal", "marketing_opt_out", "portability",
)  # fmt: skip
ALIASES = {"withdrawal": "consent_withdrawal", "opt_out": "marketing_opt_out"}


def _kind(value: str) -> str:
    kind = value.strip().lower().replace("-", "_").replace(" ", "_")
    kind = ALIASES.get(kind, kind)
    if kind not in KINDS:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a kind of request; choose one of: {', '.join(KINDS)}"
        )
    return kind


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-30") from None


def cmd_open(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_requests import open_request

    with unlocked_session(args) as (session, actor):
        request = open_request(
            session,
            actor=actor,
            client_id=args.client,
            kind=args.kind,
            requested_by=args.requested_by or "The data subject",
            received_on=args.received,
            details=args.details,
            identity_verification=args.verified,
        )
        request_id, due = request.id, request.due_on
    print(f"Request {request_id}")
    print(f"  due {due:%d %b %Y} (PAIA s56: 30 days)")
    if not args.verified:
        print(f"  Verify the requester's identity: clientmanager rights verify {request_id} ...")
    if args.kind == "deletion":
        print("  Marketing and optional processing for this client stopped at once.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_requests import list_requests

    with unlocked_session(args) as (session, actor):
        views = list_requests(session, actor=actor, include_closed=not args.open)
    if not views:
        print("The rights register is empty.")
        return 0
    today = dt.date.today()
    for view in views:
        flag = "  OVERDUE" if view.is_overdue(today) else ""
        verified = "identity verified" if view.identity_verified_on else "identity NOT verified"
        print(
            f"{view.id:>5}  {view.kind_label:<42} client {view.client_id or '-':<6} "
            f"{view.status_label:<9} due {view.effective_due:%Y-%m-%d}  {verified}{flag}"
        )
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_requests import get_request

    with unlocked_session(args) as (session, actor):
        view = get_request(session, actor=actor, request_id=args.number)
    today = dt.date.today()
    who = f"client {view.client_id} ({view.client_name})" if view.client_id else "no client"
    lines = [
        f"Request {view.id}: {view.kind_label}, {who}",
        f"  Requested by:  {view.requested_by}",
        f"  Received:      {view.received_on:%Y-%m-%d}",
        f"  Due:           {view.effective_due:%Y-%m-%d}"
        + (f" (extended: {view.extension_reason})" if view.extended_to else "")
        + ("  OVERDUE" if view.is_overdue(today) else ""),
        "  Identity:      "
        + (
            f"verified {view.identity_verified_on:%Y-%m-%d} ({view.identity_verification})"
            if view.identity_verified_on
            else "NOT verified"
        ),
        f"  Status:        {view.status_label}",
    ]
    if view.details:
        lines.append(f"  Details:       {view.details}")
    if view.outcome:
        lines.append(f"  Outcome:       {view.outcome}")
    if view.completed_at:
        by = f" by {view.handled_by}" if view.handled_by else ""
        lines.append(f"  Completed:     {view.completed_at:%Y-%m-%d}{by}")
    print("\n".join(lines))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_requests import verify_identity

    with unlocked_session(args) as (session, actor):
        verify_identity(session, actor=actor, request_id=args.number, method=args.method)
    print(f"Request {args.number}: identity verified ({args.method}).")
    return 0


def cmd_extend(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_requests import extend_request

    with unlocked_session(args) as (session, actor):
        request = extend_request(
            session, actor=actor, request_id=args.number, days=args.days,
            reason=args.reason,
        )  # fmt: skip
        until = request.extended_to
    print(f"Request {args.number} extended to {until:%d %b %Y} (PAIA s57). Tell the person why.")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_requests import complete_request

    with unlocked_session(args) as (session, actor):
        complete_request(
            session, actor=actor, request_id=args.number, outcome=args.outcome,
            refused=args.refused,
        )  # fmt: skip
    print(f"Request {args.number} {'refused' if args.refused else 'closed'}.")
    return 0


def _safe(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)
    return "-".join(part for part in keep.split("-") if part)[:60] or "recipient"


def cmd_act(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_export import new_pdf_passphrase
    from clientmanager.services.subject_requests import act_on_request
    from clientmanager.store.files import write_atomically

    letters = Path(args.letters).expanduser() if args.letters else Path.cwd()
    out = out_file(args.out, ".zip", new_folder_allowed=True) if args.out else None
    password = args.pdf_password or os.environ.get(PDF_PASSWORD_ENV)
    if args.password_protect and not password:
        password = new_pdf_passphrase()
        shown = True
    else:
        shown = False
    scrubbed = None
    with unlocked(args) as practice:
        with practice.session() as session:
            outcome = act_on_request(
                session,
                actor=practice.actor,
                request_id=args.number,
                field=args.field,
                new_value=args.value,
                purpose=args.purpose,
                out=out,
                pdf_password=password,
            )
            written = []
            try:
                if outcome.letter is not None:
                    path = letters / (outcome.letter_name or f"request-{args.number}.pdf")
                    write_atomically(path, outcome.letter)
                    written.append(path)
                for number, (name, pdf) in enumerate(outcome.notices, start=1):
                    path = letters / f"s24-3-notice-{args.number}-{number}-{_safe(name)}.pdf"
                    write_atomically(path, pdf)
                    written.append(path)
            except OSError as exc:
                for path in written:
                    path.unlink(missing_ok=True)
                raise CommandFailed(
                    f"The letters could not be written to {letters} ({exc.strerror}). "
                    "Nothing was changed."
                ) from None
        if outcome.kind == "deletion":  # issue 13: the removal reaches every backup's ledger
            from clientmanager.cli.retention import say_what_the_scrub_did
            from clientmanager.services.erasure import after_erasure

            scrubbed = after_erasure(practice)
    print(outcome.message)
    if scrubbed is not None and practice.on_server:
        say_what_the_scrub_did(practice, scrubbed.not_rewritten)
    for path in written:
        print(f"  wrote {path}")
    if outcome.package_path is not None and shown:
        print(f"  report.pdf opens with: {password}")
        print("  (shown once: give it to the person another way than the package)")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group(
        "rights", "the rights register: data-subject requests (POPIA)"
    )

    opened = actions.add("open", cmd_open, "record a request; prints its number", for_client=True)
    opened.add_argument("--kind", type=_kind, required=True, metavar="KIND",
                        help="one of: " + ", ".join(KINDS))  # fmt: skip
    opened.add_argument("--requested-by", metavar="NAME", help="who asked (default: the person)")
    opened.add_argument("--received", type=_date, metavar="YYYY-MM-DD", help="default: today")
    opened.add_argument("--verified", metavar="HOW", help="how identity was verified")
    opened.add_argument("--details", metavar="TEXT")

    shown = actions.add("show", cmd_show, "one request in full")
    shown.add_argument("number", type=int, metavar="N")

    listed = actions.add("list", cmd_list, "the register, open first")
    listed.add_argument("--open", action="store_true", help="open requests only")

    verify = actions.add("verify", cmd_verify, "record how identity was verified")
    verify.add_argument("number", type=int, metavar="N")
    verify.add_argument("--method", required=True, metavar="HOW")

    extend = actions.add("extend", cmd_extend, "extend once (PAIA s57)")
    extend.add_argument("number", type=int, metavar="N")
    extend.add_argument("--days", type=int, required=True)
    extend.add_argument("--reason", required=True)

    act = actions.add("act", cmd_act, "do what the request asks, with its letter")
    act.add_argument("number", type=int, metavar="N")
    act.add_argument("--field", help="correction: the field to correct (e.g. surname, email)")
    act.add_argument("--value", help="correction: the correct value (empty removes it)")
    act.add_argument("--purpose", help="withdrawal of consent: the purpose (e.g. direct_marketing)")
    act.add_argument("--out", metavar="FILE.zip", help="access or portability: the package")
    act.add_argument("--password-protect", action="store_true",
                     help="protect report.pdf; a random passphrase is shown once")  # fmt: skip
    act.add_argument("--pdf-password", metavar="PASSWORD", help=f"or set {PDF_PASSWORD_ENV}")
    act.add_argument("--letters", metavar="DIR", help="where letters go (default: this folder)")

    close = actions.add("close", cmd_close, "close a request with its outcome")
    close.add_argument("number", type=int, metavar="N")
    close.add_argument(
        "--outcome", default="Completed.", help="what was done (the register shows it)"
    )
    close.add_argument("--refused", action="store_true")
