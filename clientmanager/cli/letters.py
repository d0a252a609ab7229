"""`clientmanager letters`: letter templates and mail merge, one PDF per client."""

from __future__ import annotations

import argparse
from pathlib import Path

from clientmanager.cli.common import CommandFailed, CommandSet, unlocked
from clientmanager.cli.reviews import parse_ids


def cmd_templates(args: argparse.Namespace) -> int:
    from clientmanager.services.letters import FIELDS, list_templates

    with unlocked(args) as practice:
        with practice.session() as session:
            templates = list_templates(session)
    print("Letter templates:")
    for t in templates:
        origin = "built-in" if t.built_in else "practice"
        print(f"  {t.name:<30} {t.title}  [{t.purpose}, to the {t.recipient}, {origin}]")
    if args.fields:
        print("Fields:")
        for key, label in FIELDS.items():
            print(f"  {{{key}}}  {label}")
    return 0


def cmd_add_template(args: argparse.Namespace) -> int:
    from clientmanager.services.letters import save_template

    body_file = Path(args.body_file).expanduser()
    if not body_file.is_file():
        raise CommandFailed(f"There is no file {body_file}.")
    body = body_file.read_text(encoding="utf-8")
    with unlocked(args) as practice:
        with practice.session() as session:
            saved = save_template(
                session,
                practice.actor,
                name=args.name,
                title=args.title,
                subject=args.subject,
                body=body,
                purpose=args.purpose,
                recipient=args.recipient,
            )
    print(f"Saved letter template {saved.name}.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from clientmanager.services.letters import merge_letters

    ids = parse_ids(args.clients)
    out = Path(args.out).expanduser()
    if out.exists() and not out.is_dir():
        raise CommandFailed(f"{out} is a file; give --out a folder for the letters.")
    with unlocked(args) as practice:
        with practice.session() as session:
            result = merge_letters(
                session, practice.actor, template_name=args.template, client_ids=ids, out_dir=out
            )
    print(f"Wrote {len(result.written)} letter(s) to {out}; each is in the client's documents.")
    if result.disclosures:
        print(f"  {result.disclosures} recorded in the disclosure register (sent to a provider).")
    if result.skipped:
        print(f"Skipped {len(result.skipped)}:")
        for client_id, why in result.skipped:
            print(f"  client {client_id}: {why}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group("letters", "letters and mail merge")
    templates = actions.add("templates", cmd_templates, "list letter templates")
    templates.add_argument("--fields", action="store_true", help="also list the merge fields")
    add = actions.add("add-template", cmd_add_template, "save a practice template")
    add.add_argument("--name", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--subject", required=True)
    add.add_argument("--body-file", required=True, metavar="FILE.txt")
    add.add_argument("--purpose", choices=("service", "marketing"), default="service")
    add.add_argument("--recipient", choices=("client", "provider"), default="client")
    merge = actions.add("merge", cmd_merge, "one PDF per client")
    merge.add_argument("--template", required=True, metavar="NAME")
    merge.add_argument("--clients", required=True, metavar="ID,ID,...")
    merge.add_argument("--out", required=True, metavar="DIR")
