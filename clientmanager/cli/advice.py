"""`clientmanager advice`: records of advice from templates, as signable PDFs (FAIS s9)."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from pathlib import Path

from clientmanager.cli.common import CommandFailed, CommandSet, out_file, unlocked, unlocked_session


@contextmanager
def field_errors():
    """Say which fields need attention (the GUI marks them in red; a terminal lists them)."""
    from clientmanager.services.client_records import InvalidInput

    try:
        yield
    except InvalidInput as exc:
        raise CommandFailed(
            f"{exc.message} " + " ".join(exc.errors.values()) + " Nothing was saved."
        ) from None


# option name -> field key
FIELD_OPTIONS = {
    "subject": "subject",
    "basis": "advice_basis",
    "needs": "needs_analysis",
    "considered": "products_considered",
    "recommendation": "recommendation",
    "reasons": "recommendation_reasons",
    "fees": "fees_disclosed",
    "commission": "commission_disclosed",
    "replaced": "replaced_product",
    "comparison": "replacement_comparison",
    "replacement_reasons": "replacement_reasons",
}


def _pdf(value: str | None) -> Path | None:
    return None if value is None else out_file(value, ".pdf")


def cmd_templates(args: argparse.Namespace) -> int:
    from clientmanager.services.roa import TEMPLATES

    print("Record-of-advice templates:")
    for key, chosen in TEMPLATES.items():
        print(f"  {key:<12} {chosen.title}")
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    from clientmanager.services import roa

    roa.template(args.template)
    given = {
        key: getattr(args, option)
        for option, key in FIELD_OPTIONS.items()
        if getattr(args, option) is not None
    }
    with unlocked(args) as practice, field_errors():
        with practice.session() as session:
            values = roa.draft_values(session, practice.actor, args.client, args.template)
            values.update(given)
            note_id = roa.save_roa(
                session,
                practice.actor,
                client_id=args.client,
                template_key=args.template,
                values=values,
            )
    print(
        f"Saved draft record of advice {note_id} for client {args.client} "
        f"(template {args.template})."
    )
    print(f"  Check it with: clientmanager advice pdf --note {note_id} --out draft.pdf")
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from clientmanager.services import roa
    from clientmanager.services.files import write_file

    out = _pdf(args.out)
    with unlocked_session(args) as (session, actor):
        write_file(out, roa.roa_pdf(session, actor, args.note))
    print(f"Wrote record of advice {args.note} to {out}")
    return 0


def cmd_finalise(args: argparse.Namespace) -> int:
    from clientmanager.services import roa
    from clientmanager.services.files import write_file

    out = _pdf(args.out)
    with unlocked(args) as practice, field_errors():
        with practice.session() as session:
            result = roa.finalise_roa(session, practice.actor, args.note)
            if out is not None:
                write_file(out, result.content)
    print(
        f"Record of advice {result.note_id} is final and locked; its PDF is document "
        f"{result.document_id} in the client's documents."
    )
    print(f"  SHA-256 {result.sha256}")
    if out is not None:
        print(f"  A copy for signing is in {out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from clientmanager.services import roa

    with unlocked_session(args) as (session, actor):
        view = roa.load_roa(session, actor, args.note)
        ok = roa.verify_roa(session, actor, args.note)
    if view.finalised_at is None or view.pdf_sha256 is None:
        raise CommandFailed(
            f"Record of advice {args.note} is a draft: only a finalised record has a locked "
            f"PDF to verify (clientmanager advice finalise --note {args.note})."
        )
    if not ok:
        raise CommandFailed(
            f"Record of advice {args.note}: the kept PDF does NOT match the SHA-256 locked "
            f"when it was finalised ({view.pdf_sha256}); it has changed or is missing. Restore "
            "the most recent verified backup, and keep this database for support."
        )
    print(
        f"Record of advice {args.note}: the kept PDF (document {view.document_id}) matches "
        f"the SHA-256 locked on {view.finalised_at:%d %b %Y}."
    )
    print(f"  SHA-256 {view.pdf_sha256}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group(
        "advice", "records of advice: templates, drafts, PDFs, finalise"
    )
    actions.add("templates", cmd_templates, "list the templates")
    draft = actions.add(
        "draft",
        cmd_draft,
        "a draft from a template, filled from the client's record",
        for_client=True,
    )
    draft.add_argument("--template", required=True, metavar="NAME")
    for option in FIELD_OPTIONS:
        draft.add_argument(f"--{option.replace('_', '-')}", dest=option, metavar="TEXT")
    pdf = actions.add("pdf", cmd_pdf, "the PDF of a record of advice")
    pdf.add_argument("--note", type=int, required=True, metavar="ID")
    pdf.add_argument("--out", required=True, metavar="FILE.pdf")
    finalise = actions.add(
        "finalise", cmd_finalise, "lock a record of advice with its PDF for good"
    )
    finalise.add_argument("--note", type=int, required=True, metavar="ID")
    finalise.add_argument("--out", metavar="FILE.pdf", help="also write the PDF for signing")
    verify = actions.add("verify", cmd_verify, "check a finalised record's PDF against its SHA-256")
    verify.add_argument("--note", type=int, required=True, metavar="ID")
