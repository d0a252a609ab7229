"""`clientmanager disclosures`: the disclosure register from a terminal (POPIA s23(1)(b)):
record a referral or a document sent to someone outside the practice, and list a client's."""

from __future__ import annotations

import argparse

from clientmanager.cli.common import CommandFailed, CommandSet, unlocked_session

BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "subject_interest",
    "public_duty",
    "legitimate_interest",
)
CHANNELS = ("export", "print", "email", "copy", "portal", "in_person")
RECIPIENTS = (
    "product_provider",
    "compliance_officer",
    "regulator",
    "auditor",
    "operator",
    "referral",
    "other",
)


def cmd_add(args: argparse.Namespace) -> int:
    from clientmanager.services import disclosures

    if args.kind == "referral":
        if args.client is None:
            raise CommandFailed("A referral needs --client ID (the client who was referred).")
        if args.document is not None:
            raise CommandFailed("--document goes with --kind document, not with a referral.")
    elif args.document is None:
        raise CommandFailed("A document sent needs --document N (see the client's documents).")
    with unlocked_session(args) as (session, actor):
        if args.kind == "referral":
            row = disclosures.record_referral(
                session,
                actor=actor,
                client_id=args.client,
                recipient_name=args.recipient,
                purpose=args.purpose,
                categories=args.information or "Identity, contact details",
                lawful_basis=args.basis or "consent",
                channel=args.how or "email",
            )
        else:
            row = disclosures.record_document_sent(
                session,
                actor=actor,
                document_id=args.document,
                recipient_name=args.recipient,
                recipient_category=args.recipient_kind or "product_provider",
                purpose=args.purpose,
                lawful_basis=args.basis,
                channel=args.how or "email",
            )
        number, client_id, name, what = row.id, row.client_id, row.recipient_name, row.categories
    print(
        f"Recorded disclosure {number} for client {client_id}: {what} to {name}. "
        "The client's s23 report lists it."
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from clientmanager.services import disclosures

    with unlocked_session(args) as (session, actor):
        views = disclosures.list_disclosures(session, actor=actor, client_id=args.client)
    if not views:
        print(f"Nothing about client {args.client} has been disclosed to a third party.")
        return 0
    print(f"Disclosures of client {args.client} (oldest first):")
    for view in views:
        print(
            f"  {view.id:>5}  {view.disclosed_at:%Y-%m-%d}  {view.recipient_name}  "
            f"({view.recipient_category}; {view.lawful_basis or 'no basis recorded'}): "
            f"{view.purpose} [{view.categories}]"
        )
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group(
        "disclosures", "the disclosure register (POPIA s23(1)(b))"
    )
    add = actions.add("add", cmd_add, "record a referral or a document sent to a third party")
    add.add_argument("--kind", required=True, choices=("referral", "document"))
    add.add_argument("--client", type=int, metavar="ID", help="referral: the client")
    add.add_argument("--document", type=int, metavar="N", help="document: its number")
    add.add_argument("--recipient", required=True, metavar="NAME", help="who received it")
    add.add_argument("--purpose", required=True, metavar="TEXT", help="why it was shared")
    add.add_argument("--recipient-kind", choices=RECIPIENTS, help="document: default provider")
    add.add_argument("--information", metavar="TEXT", help="referral: what was shared")
    add.add_argument("--basis", choices=BASES, help="the lawful basis (POPIA s11)")
    add.add_argument("--how", choices=CHANNELS, help="default: email")
    actions.add("list", cmd_list, "a client's disclosures", for_client=True)
