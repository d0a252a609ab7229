"""POPIA: the data-subject package (s23) and the breach register (s22)."""

from __future__ import annotations

import argparse
import os
import sys

from clientmanager.cli.common import (
    PDF_PASSWORD_ENV,
    CommandFailed,
    CommandSet,
    out_file,
    terminal_progress,
    unlocked,
    unlocked_session,
)


def cmd_export_subject(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_export import (
        default_pdf_password,
        export_subject_package,
        new_pdf_passphrase,
    )

    out = out_file(args.out, ".zip", new_folder_allowed=True)
    password = args.pdf_password or os.environ.get(PDF_PASSWORD_ENV)
    protect = args.password_protect or args.encrypt_package or bool(password)
    with unlocked(args, check_pages_beside=True) as practice:
        # The PDF code and its fonts load, and the package is gathered and rendered, while
        # the page check runs; the package is written only once the whole file has passed
        # it (and every commit waits for it too). The pages the export reads SQLCipher
        # checks as it reads them.
        from clientmanager.reports import subject_report  # noqa: F401
        from clientmanager.reports.fonts import parse_fonts

        parse_fonts()
        page_check = practice.page_check
        with practice.session() as session:
            shown_once = None
            if protect and not password:
                from clientmanager.services.settings import pdf_password_policy

                id_number = (
                    default_pdf_password(session, actor=practice.actor, client_id=args.client)
                    if pdf_password_policy(session) == "id_number"
                    else None
                )
                if id_number:
                    password = id_number
                    where = "the client's ID number (or passport number)"
                    print(
                        "Warning: the practice settings use the ID number as the PDF password; "
                        "with the date of birth known it is about 10,000 guesses.",
                        file=sys.stderr,
                    )
                else:
                    password = shown_once = new_pdf_passphrase()
                    where = "this passphrase"
            else:
                where = "the password you gave"
            result = export_subject_package(
                session,
                actor=practice.actor,
                client_id=args.client,
                out=out,
                pdf_password=password if protect else None,
                request_id=args.request,
                archive_password=password if args.encrypt_package else None,
                progress=terminal_progress(),
                before_writing=page_check.finish if page_check is not None else None,
            )
    print(f"Wrote the data-subject package {result.package_id} to {result.path}")
    print(f"  {result.files} files, {result.size_bytes / 1024:,.0f} KB")
    print(f"  SHA-256 of data.json: {result.data_sha256}")
    if result.pdf_protected:
        print(f"  report.pdf opens with {where} (AES-256).")
        if result.archive_encrypted:
            print("  The whole zip is AES-256 encrypted with the same password.")
        if shown_once:
            print(f"  PDF password: {shown_once}")
            print("  (shown once: give it to the person another way than the package)")
    print("Recorded in the disclosure register and the audit log.")
    if args.request is not None:
        print(f"Rights-register request {args.request} is marked done.")
    return 0


# Option name -> BreachView field: what `breach update` may fill in or correct.
_BREACH_FIELDS = {
    "title": "title",
    "description": "description",
    "consequences": "consequences",
    "measures": "measures_taken",
    "subject_actions": "subject_actions",
    "perpetrator": "perpetrator",
    "status": "status",
    "discovery_manner": "discovery_manner",
    "delay_reason": "delay_reason",
}


def _breach_number(args: argparse.Namespace) -> int:
    if args.number is None:
        raise CommandFailed(
            f"Say which breach: clientmanager breach {args.action} N (see breach list)."
        )
    return args.number


def cmd_breach_update(args: argparse.Namespace) -> int:
    from clientmanager.services import breaches

    number = _breach_number(args)
    changes = {
        field: getattr(args, option)
        for option, field in _BREACH_FIELDS.items()
        if getattr(args, option) is not None
    }
    if not changes:
        raise CommandFailed(
            "Nothing to change: give at least one of "
            + ", ".join("--" + o.replace("_", "-") for o in _BREACH_FIELDS)
            + "."
        )
    with unlocked_session(args) as (session, actor):
        view = breaches.update_breach(session, actor=actor, breach_id=number, **changes)
        missing = view.missing_for_notice()
    print(f"Breach {view.id} updated: {', '.join(o.replace('_', ' ') for o in sorted(changes))}.")
    if missing:
        print("The Regulator's notice still needs " + "; ".join(missing) + ".")
    return 0


def cmd_breach_add_affected(args: argparse.Namespace) -> int:
    from clientmanager.services import breaches

    number = _breach_number(args)
    if not args.client and not args.criteria:
        raise CommandFailed("Say who was affected: --client ID (repeatable) or --criteria.")
    with unlocked_session(args) as (session, actor):
        added = breaches.add_affected(
            session,
            actor=actor,
            breach_id=number,
            client_ids=args.client or None,
            criteria=args.criteria,
        )
        view = breaches.get_breach(session, actor=actor, breach_id=number)
    print(
        f"Breach {number}: {added} more affected people linked; {view.linked_people} linked in all."
    )
    return 0


def cmd_breach(args: argparse.Namespace) -> int:
    from clientmanager.services import breaches

    if args.action == "update":
        return cmd_breach_update(args)
    if args.action == "add-affected":
        return cmd_breach_add_affected(args)
    with unlocked_session(args) as (session, actor):
        entries = breaches.list_breaches(session, actor=actor)
    if not entries:
        print("The breach register is empty.")
        return 0
    print("Breach register (POPIA s22):")
    for entry in entries:
        regulator = (
            f"Regulator told {entry.regulator_notified_at:%d %b %Y}"
            if entry.regulator_notified_at
            else "Regulator NOT yet told"
        )
        people = (
            f"people told {entry.subjects_notified_at:%d %b %Y}"
            if entry.subjects_notified_at
            else "people NOT yet told"
        )
        print(
            f"  {entry.id:>4}  {entry.discovered_at:%Y-%m-%d}  {entry.status:<6}  "
            f"{entry.title}  ({entry.affected_count} affected; {regulator}; {people})"
        )
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    cli = CommandSet(commands, common)
    export_subject = cli.add(
        "export-subject",
        cmd_export_subject,
        "write a client's POPIA s23 data-subject package (PDF report, JSON, CSV, documents)",
    )
    export_subject.add_argument(
        "--client", type=int, required=True, metavar="ID", help="the client number"
    )
    export_subject.add_argument("--out", required=True, metavar="FILE.zip")
    export_subject.add_argument(
        "--password-protect",
        action="store_true",
        help="protect report.pdf with AES-256: a random passphrase, shown once (the ID number "
        "only if the practice settings say so)",
    )
    export_subject.add_argument(
        "--pdf-password",
        metavar="PASSWORD",
        help=f"the PDF password instead of the ID number (safer: set {PDF_PASSWORD_ENV})",
    )
    export_subject.add_argument(
        "--encrypt-package",
        action="store_true",
        help="encrypt the whole zip (AES-256) with the same password as the PDF",
    )
    export_subject.add_argument(
        "--request",
        type=int,
        metavar="N",
        help="the rights-register access request this answers (it is marked done)",
    )
    breach_parser = cli.add("breach", cmd_breach, "the breach register (POPIA s22)")
    breach_parser.add_argument("action", choices=["list", "update", "add-affected"])
    breach_parser.add_argument("number", type=int, nargs="?", metavar="N", help="the breach")
    for option in _BREACH_FIELDS:
        breach_parser.add_argument("--" + option.replace("_", "-"), dest=option, metavar="TEXT")
    breach_parser.add_argument(
        "--client", type=int, action="append", metavar="ID", help="add-affected: a client"
    )
    breach_parser.add_argument(
        "--criteria",
        choices=["everyone", "clients", "prospects", "special_information"],
        help="add-affected: everyone matching",
    )
