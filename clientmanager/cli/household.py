"""`clientmanager clients household|address|year`: what the client record does for one
client, from a terminal (households and relationships, addresses, the planner's year).

Every command prints what the database holds after it ran, read back in the same
transaction, never what was asked for.
"""

from __future__ import annotations

import argparse

from clientmanager.cli.common import (
    CommandFailed,
    CommandSet,
    in_session,
    today_from,
    unlocked_session,
)

# A person's, then a company's and a trust's (services/households.py kinds_for).
RELATION_KINDS = ("spouse", "partner", "dependant", "beneficiary", "director", "trustee")
ADDRESS_OPTIONS = (
    ("line1", "--line1", "street address"),
    ("line2", "--line2", "address line 2"),
    ("suburb", "--suburb", "suburb"),
    ("city", "--city", "city or town"),
    ("province", "--province", "province, e.g. Gauteng or 'Western Cape'"),
    ("postal_code", "--postal-code", "four-digit postal code"),
)
_OPTION_OF = {key: option for key, option, _help in ADDRESS_OPTIONS}


def _print_household(session, actor, client_id: int) -> None:  # noqa: ANN001
    from clientmanager.services import households

    view = households.household_view(session, actor, client_id)
    if view.kind in households.ENTITY_KINDS:
        print(f"Client {client_id} is a {view.kind}; its people:")
    elif view.household_id is None:
        print(f"Client {client_id} is in no household.")
    else:
        print(f"Client {client_id}: household {view.household_id}, {view.household_name}")
    if not view.members:
        print("  Nobody is linked to this client.")
        return
    for member in view.members:
        born = f"  born {member.date_of_birth:%Y-%m-%d}" if member.date_of_birth else ""
        only = "  (name only)" if member.name_only else ""
        print(f"  {member.label:<12} {member.client_id:>7}  {member.name}{born}{only}")


def cmd_household_show(args: argparse.Namespace) -> int:
    in_session(args, _print_household, args.client)
    return 0


def cmd_household_create(args: argparse.Namespace) -> int:
    from clientmanager.services import households

    with unlocked_session(args) as (session, actor):
        households.create_household(session, actor, args.client, args.name or "")
        _print_household(session, actor, args.client)
    return 0


def cmd_household_link(args: argparse.Namespace) -> int:
    from clientmanager.services import households

    with unlocked_session(args) as (session, actor):
        households.add_person(session, actor, args.client, args.kind, other_id=args.to)
        _print_household(session, actor, args.client)
    return 0


def cmd_household_add_dependant(args: argparse.Namespace) -> int:
    from clientmanager.services import households

    with unlocked_session(args) as (session, actor):
        added = households.add_person(
            session,
            actor,
            args.client,
            args.kind,
            first_names=args.first_names,
            surname=args.surname,
            date_of_birth=args.born or "",
        )
        print(f"Added client {added} ({args.kind}, name only).")
        _print_household(session, actor, args.client)
    return 0


def cmd_household_unlink(args: argparse.Namespace) -> int:
    from clientmanager.services import households

    with unlocked_session(args) as (session, actor):
        households.remove_person(session, actor, args.client, args.other)
        print(f"Client {args.other} is no longer linked to client {args.client}.")
        _print_household(session, actor, args.client)
    return 0


def _print_addresses(session, actor, client_id: int) -> None:  # noqa: ANN001
    from clientmanager.services import client_records

    addresses = client_records.client_addresses(session, actor, client_id)
    for kind in client_records.ADDRESS_KINDS:
        fields = addresses.get(kind)
        if not fields:
            print(f"{kind.capitalize()}: none")
        elif fields.get("same_as_residential"):
            print(f"{kind.capitalize()}: same as residential")
        else:
            parts = [fields[key] for key in ("line1", "line2", "suburb", "city") if fields[key]]
            tail = " ".join(v for v in (fields["province"], fields["postal_code"]) if v)
            print(f"{kind.capitalize()}: {', '.join([*parts, tail] if tail else parts)}")


def cmd_address_show(args: argparse.Namespace) -> int:
    in_session(args, _print_addresses, args.client)
    return 0


def cmd_address_set(args: argparse.Namespace) -> int:
    from clientmanager.services.client_records import InvalidInput, set_address

    fields = {key: getattr(args, key) or "" for key, _option, _help in ADDRESS_OPTIONS}
    if not fields["line1"] and not args.clear:
        raise CommandFailed(
            "Give the street address with --line1 (and --city, --province, --postal-code), "
            "or --clear to remove the address."
        )
    if args.clear:
        fields = {}
    with unlocked_session(args) as (session, actor):
        try:
            set_address(session, actor, args.client, args.kind, fields)
        except InvalidInput as exc:
            problems = "; ".join(
                f"{_OPTION_OF.get(key.split('_', 1)[1], key)}: {message}"
                for key, message in exc.errors.items()
            )
            raise CommandFailed(f"Nothing was saved. {problems}") from None
        _print_addresses(session, actor, args.client)
    return 0


def cmd_year(args: argparse.Namespace) -> int:
    from clientmanager.services import client_year, reviews

    day = today_from(args)
    year = in_session(args, client_year.client_year, args.client, today=day)
    level = reviews.FREQUENCY_LABELS.get(year.frequency, year.frequency)
    print(f"Client {year.client_id}, as on {day:%d %B %Y}:")
    print(f"  Reviews       {level}{', ' + year.assistant if year.assistant else ''}")
    last = f"{year.last_review_on:%Y-%m-%d}" if year.last_review_on else "never"
    nxt = f"{year.next_review_on:%Y-%m-%d}" if year.next_review_on else "not yet set"
    print(f"  Last review   {last}")
    print(f"  Next review   {nxt}")
    print(f"  Tags          {', '.join(year.tags) or 'none'}")
    print(f"Appointments ({len(year.appointments)}):")
    for a in year.appointments:
        print(f"  {a.starts_at:%Y-%m-%d %H:%M}  {a.title}")
    print(f"Policy events in 90 days ({len(year.policy_events)}):")
    for e in year.policy_events:
        print(f"  {e.on:%Y-%m-%d}  {e.description}")
    print(f"Records of advice ({len(year.records_of_advice)}):")
    for note_id, subject, template, final in year.records_of_advice:
        print(f"  #{note_id} {subject} ({template or '-'}, {'final' if final else 'draft'})")
    return 0


def register_actions(actions: CommandSet) -> None:
    """Adds ``household``, ``address`` and ``year`` to the ``clients`` command."""
    steps = actions.group(
        "household",
        "a client's household, spouse and dependants; a company's directors, a trust's "
        "trustees and beneficiaries",
        metavar="STEP",
    )
    steps.add(
        "show",
        cmd_household_show,
        "the household and everyone linked to the client",
        for_client=True,
    )
    create = steps.add(
        "create", cmd_household_create, "start a household with the client in it", for_client=True
    )
    create.add_argument("--name", metavar="NAME", help="default: '<surname> household'")
    link = steps.add(
        "link",
        cmd_household_link,
        "link another client as spouse, dependant..., or as a company's director or a "
        "trust's trustee or beneficiary",
        for_client=True,
    )
    link.add_argument("--to", type=int, required=True, metavar="OTHER_ID")
    link.add_argument("--as", dest="kind", choices=RELATION_KINDS, default="spouse")
    unlink = steps.add(
        "unlink",
        cmd_household_unlink,
        "remove the links to someone (nobody deleted)",
        for_client=True,
    )
    unlink.add_argument("--other", type=int, required=True, metavar="OTHER_ID")
    dependant = steps.add(
        "add-dependant",
        cmd_household_add_dependant,
        "add a child, beneficiary, director or trustee by name only",
        for_client=True,
    )
    dependant.add_argument("--first-names", required=True, metavar="NAMES")
    dependant.add_argument("--surname", required=True, metavar="SURNAME")
    dependant.add_argument("--born", metavar="DATE", help="date of birth (YYYY-MM-DD)")
    dependant.add_argument(
        "--as",
        dest="kind",
        choices=("dependant", "beneficiary", "director", "trustee"),
        default="dependant",
    )

    address_steps = actions.group(
        "address", "a client's residential (FICA) and postal address", metavar="STEP"
    )
    address_steps.add("show", cmd_address_show, "the stored addresses", for_client=True)
    set_parser = address_steps.add(
        "set",
        cmd_address_set,
        "replace one address (audited, like the record's form)",
        for_client=True,
    )
    set_parser.add_argument("--kind", choices=("residential", "postal"), default="residential")
    for key, option, text in ADDRESS_OPTIONS:
        set_parser.add_argument(option, dest=key, metavar="TEXT", help=text)
    set_parser.add_argument("--clear", action="store_true", help="remove this address")

    year = actions.add(
        "year", cmd_year, "a client's planner's year: reviews, events, advice", for_client=True
    )
    year.add_argument("--today", metavar="DATE", help="as on this day (YYYY-MM-DD)")
