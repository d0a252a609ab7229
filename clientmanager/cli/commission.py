"""`clientmanager commission`: expected and received commission and fees, reconciled."""

from __future__ import annotations

import argparse
from pathlib import Path

from clientmanager.cli.common import CommandFailed, CommandSet, in_session
from clientmanager.cli.reviews import parse_day


def _amount(text: str) -> int:
    from clientmanager.domain.money import parse_amount

    return parse_amount(text, field="Amount")


def _mapping(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    mapping = {}
    for pair in text.split(","):
        if "=" not in pair:
            raise CommandFailed("--map takes COLUMN=FIELD pairs separated by commas.")
        column, field_key = pair.split("=", 1)
        mapping[column.strip()] = field_key.strip()
    return mapping


def _money(cents: int) -> str:
    from clientmanager.domain.money import format_amount

    return format_amount(cents)


def cmd_expect(args: argparse.Namespace) -> int:
    from clientmanager.services.commission import add_expectation

    in_session(
        args,
        add_expectation,
        policy_id=args.policy,
        kind=args.kind,
        amount_cents=_amount(args.amount),
        frequency=args.frequency,
        starts_on=parse_day(args.start),
        ends_on=parse_day(args.end),
    )
    print(
        f"Policy {args.policy}: {args.kind} of {_money(_amount(args.amount))} "
        f"({args.frequency}) expected from {args.start}."
    )
    return 0


def cmd_receive(args: argparse.Namespace) -> int:
    from clientmanager.services.commission import record_receipt

    receipt = in_session(
        args,
        record_receipt,
        provider=args.provider,
        policy_number=args.policy_number,
        period=args.period,
        amount_cents=_amount(args.amount),
        kind=args.kind,
    )
    matched = receipt.policy_id is not None
    print(
        f"Recorded {_money(_amount(args.amount))} from {args.provider} for {args.period}"
        + ("." if matched else " (no policy in the practice has that number).")
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from clientmanager.services.commission import import_statement

    result = in_session(
        args,
        import_statement,
        Path(args.file).expanduser(),
        provider=args.provider,
        mapping=_mapping(args.map),
        save=args.save_mapping,
    )
    print(
        f"Imported {result.imported} of {result.rows} row(s) from {args.provider}: "
        f"{_money(result.total_cents)}, {result.matched} matched to policies."
    )
    if args.save_mapping:
        print(f"  The column mapping is saved for {args.provider}.")
    for line, problem in result.problems:
        print(f"  line {line}: {problem}")
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    from clientmanager.services.commission import export_reconciliation, reconcile

    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.suffix.lower() not in (".csv", ".xlsx"):
        raise CommandFailed("Give --out a file name ending in .csv or .xlsx.")
    recon = in_session(
        args, reconcile, start=args.start, end=args.end or args.start, provider=args.provider
    )
    print(
        f"Commission and fees {recon.start} to {recon.end}: expected "
        f"{_money(recon.expected_cents)}, received {_money(recon.received_cents)}."
    )
    for row in recon.months:
        print(
            f"  {row.period}  {row.provider:<20} expected {_money(row.expected_cents):>14}  "
            f"received {_money(row.received_cents):>14}  difference "
            f"{_money(row.difference_cents):>14}"
        )
    if recon.differences:
        print(f"{len(recon.differences)} difference(s):")
        for d in recon.differences:
            print(
                f"  {d.period}  {d.provider} {d.policy_number} ({d.client_name or 'unknown'}): "
                f"expected {_money(d.expected_cents)}, received {_money(d.received_cents)}, "
                f"{d.reason}"
            )
    if out is not None:
        export_reconciliation(recon, out)
        print(f"Wrote {out}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group("commission", "commission and fees")
    expect = actions.add("expect", cmd_expect, "expected on a policy")
    expect.add_argument("--policy", type=int, required=True, metavar="ID")
    expect.add_argument("--kind", required=True, choices=("upfront", "ongoing", "advice_fee"))
    expect.add_argument("--amount", required=True, metavar="RANDS")
    expect.add_argument("--frequency", choices=("once", "monthly", "annual"), default="once")
    expect.add_argument("--start", required=True, metavar="YYYY-MM-DD")
    expect.add_argument("--end", metavar="YYYY-MM-DD")
    receive = actions.add("receive", cmd_receive, "an amount received")
    receive.add_argument("--provider", required=True)
    receive.add_argument("--policy-number", required=True)
    receive.add_argument("--period", required=True, metavar="YYYY-MM")
    receive.add_argument("--amount", required=True, metavar="RANDS")
    receive.add_argument("--kind", choices=("upfront", "ongoing", "advice_fee"))
    imported = actions.add("import", cmd_import, "a provider statement CSV")
    imported.add_argument("file", metavar="FILE.csv")
    imported.add_argument("--provider", required=True)
    imported.add_argument(
        "--map",
        metavar="COLUMN=FIELD,...",
        help="fields: policy_number, amount, period, date, kind",
    )
    imported.add_argument(
        "--save-mapping", action="store_true", help="remember the mapping for this provider"
    )
    rec = actions.add("reconcile", cmd_reconcile, "expected against received")
    rec.add_argument("--from", dest="start", required=True, metavar="YYYY-MM")
    rec.add_argument("--to", dest="end", metavar="YYYY-MM")
    rec.add_argument("--provider")
    rec.add_argument("--out", metavar="FILE.csv|FILE.xlsx")
