"""Import and export of clients and of the whole practice."""

from __future__ import annotations

import argparse
import os
import zipfile
from pathlib import Path

from clientmanager.cli.common import (
    CommandFailed,
    CommandSet,
    ask_secret,
    terminal_progress,
    unlocked,
)

ARCHIVE_PASSWORD_ENV = "CLIENTMANAGER_ARCHIVE_PASSWORD"


def _parse_map_options(pairs: list[str]) -> dict[str, str]:
    from clientmanager.services.importer import FIELD_BY_KEY

    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, field_key = pair.partition("=")
        if not sep or not column.strip():
            raise CommandFailed(f'--map takes COLUMN=FIELD, e.g. "Cell=mobile"; got {pair!r}.')
        field_key = field_key.strip()
        if field_key and field_key not in FIELD_BY_KEY:
            raise CommandFailed(
                f"There is no field {field_key!r}. Fields: " + ", ".join(sorted(FIELD_BY_KEY))
            )
        mapping[column.strip()] = field_key
    return mapping


def _is_practice_export(path: Path) -> bool:
    import zipfile

    if path.suffix.lower() == ".json":
        return True
    return path.suffix.lower() == ".zip" and zipfile.is_zipfile(path)


def cmd_import(args: argparse.Namespace) -> int:
    from clientmanager.services import importer

    path = Path(args.file).expanduser()
    if _is_practice_export(path):
        from clientmanager.services.exporter import import_practice_json

        with unlocked(args, hold_lock=True, check_pages_beside=True) as practice:
            with practice.session() as session:
                password = None
                if zipfile.is_zipfile(path):
                    password = ask_secret("Archive password: ", ARCHIVE_PASSWORD_ENV)
                counts = import_practice_json(
                    session, actor=practice.actor, path=path, password=password
                )
        print(f"Loaded the practice export: {counts.get('clients', 0):,} clients.")
        for table, count in counts.items():
            if count:
                print(f"  {table:<20} {count:>10,}")
        return 0

    source = importer.read_source(path)
    checking = None if args.mapping else _check_rows_beside(source, args.map or [])
    with unlocked(args, hold_lock=True, check_pages_beside=True) as practice:
        with practice.session() as session:
            if args.mapping:
                mapping = importer.load_mapping(session, args.mapping)
            else:
                mapping = importer.guess_mapping(source.clients.headers)
            mapping.update(_parse_map_options(args.map or []))
            if args.save_mapping:
                importer.save_mapping(session, args.save_mapping, mapping)
            plan = importer.analyse(
                session, source, mapping, actor=practice.actor, checked_rows=checking
            )
        _print_plan(source, plan)
        if args.bad_rows and plan.bad_rows:
            written = importer.write_bad_rows(plan, Path(args.bad_rows).expanduser())
            print(f"Saved {written} bad row(s) to {args.bad_rows} to fix and import again.")
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 0
        with practice.session() as session:
            result = importer.run_import(
                session,
                plan,
                actor=practice.actor,
                on_duplicate=importer.DuplicateAction(args.on_duplicate),
                progress=terminal_progress(),
            )
    print(
        f"Imported: {result.created} created, {result.updated} updated, "
        f"{result.unchanged} unchanged, {result.skipped} skipped, {result.bad} bad row(s)."
    )
    print(
        f"  households {result.households}, policies {result.policies}, notes {result.notes}, "
        f"addresses {result.addresses}"
    )
    if result.bad_related:
        print(f"  {result.bad_related} row(s) of the other sheets not imported:")
        for dropped in result.related_problems:
            print(f"    {dropped.sheet} row {dropped.row_number}: {dropped.text}")
    return 0


def _check_rows_beside(source, map_options: list[str]):  # noqa: ANN001, ANN202 - a Future or None
    """The file's rows checked on a second thread while the practice is unlocked (the
    key derivation runs outside the interpreter's lock), with the mapping the command will
    use when no saved mapping is named. None when the --map options are wrong: the
    command then says so where it always did, after signing in."""
    import threading
    from concurrent.futures import Future

    from clientmanager.services import importer

    try:
        mapping = importer.guess_mapping(source.clients.headers)
        mapping.update(_parse_map_options(map_options))
    except CommandFailed:
        return None
    checking: Future = Future()

    def check() -> None:
        try:
            checking.set_result(importer.check_rows(source, mapping))
        except BaseException as exc:  # noqa: BLE001 - handed to the command's thread
            checking.set_exception(exc)

    # A daemon: a command that fails at sign-in does not wait for the check to end.
    threading.Thread(target=check, name="import-check-rows", daemon=True).start()
    return checking


def _print_plan(source, plan) -> None:  # noqa: ANN001
    from clientmanager.services.importer import DELIMITER_NAMES, FIELD_BY_KEY

    how = (
        f"{source.encoding}, {DELIMITER_NAMES.get(source.delimiter, source.delimiter)}-separated"
        if source.kind == "csv"
        else "vCard contacts"
        if source.kind == "vcard"
        else "Excel workbook"
    )
    print(f"Read {len(source.clients.rows)} row(s) from {source.path.name} ({how}).")
    for warning in getattr(source, "warnings", []):
        print(f"warning: {warning}")
    print("Columns:")
    for header, field_key in plan.mapping.items():
        if header in source.clients.headers:
            label = FIELD_BY_KEY[field_key].label if field_key else "(not imported)"
            print(f"  {header:<28} -> {label}")
    for kind, sheet in source.related.items():
        print(f"Related sheet {sheet.name!r}: {len(sheet.rows)} {kind} row(s).")
    print(
        f"{len(plan.good_rows)} row(s) ready, {len(plan.duplicates)} possible duplicate(s), "
        f"{len(plan.bad_rows)} bad row(s)."
    )
    for row in plan.bad_rows:
        print(f"  row {row.row_number}: " + "; ".join(row.problems))
    for dropped in plan.related_problems:
        print(f"  {dropped.sheet} row {dropped.row_number}: {dropped.text}")
    for row in plan.duplicates:
        dup = row.duplicate
        if dup.existing_client_id:
            print(
                f"  row {row.row_number}: same {dup.matched_on} as client "
                f"{dup.existing_client_id} ({dup.existing_name})"
            )
        else:
            print(f"  row {row.row_number}: same {dup.matched_on} as row {dup.earlier_row}")


def _vcard_options(args: argparse.Namespace) -> dict:
    if args.format != "vcard":
        if args.one_file_per_card or args.vcard_version != "3.0":
            raise CommandFailed("--vcard-version and --one-file-per-card are for --format vcard.")
        return {}
    return {"vcard_version": args.vcard_version, "one_file_per_card": args.one_file_per_card}


def _format_label(args: argparse.Namespace) -> str:
    if args.format != "vcard":
        return args.format
    return f"vCard {args.vcard_version}" + (
        ", one file per client" if args.one_file_per_card else ""
    )


def cmd_export(args: argparse.Namespace) -> int:
    from clientmanager.services import exporter

    out = Path(args.out).expanduser()
    vcard_options = _vcard_options(args)
    with unlocked(args) as practice:
        with practice.session() as session:
            if args.format == "json":
                if args.purpose == "marketing":
                    raise CommandFailed(
                        "The JSON export is the whole practice; a marketing list is csv, "
                        "xlsx or vcard."
                    )
                if out.suffix.lower() != ".zip":
                    raise CommandFailed(
                        "The whole-practice export is an encrypted zip: give --out a name "
                        "ending in .zip."
                    )
                password = os.environ.get(ARCHIVE_PASSWORD_ENV)
                shown = None
                if not password:
                    from clientmanager.services.subject_export import new_pdf_passphrase

                    password = shown = new_pdf_passphrase()
                counts = exporter.export_practice_json(
                    session,
                    actor=practice.actor,
                    path=out,
                    password=password,
                    progress=terminal_progress(),
                )
                print(
                    f"Wrote the whole practice to {out}: {counts.get('clients', 0):,} clients, "
                    f"{sum(counts.values()):,} rows in {len(counts)} tables."
                )
                print("The archive is AES-256 encrypted.")
                if shown:
                    print(f"  Archive password: {shown}")
                    print("  (shown once: keep it apart from the file)")
                return 0
            result = exporter.export_clients(
                session,
                actor=practice.actor,
                path=out,
                format=args.format,
                purpose=args.purpose,
                include_archived=args.include_archived,
                lawful_purpose=args.lawful_purpose,
                recipient_name=args.recipient,
                recipient_category=args.recipient_kind,
                recipient_purpose=args.recipient_purpose,
                **vcard_options,
                progress=terminal_progress(),
            )
    print(f"Wrote {result.clients:,} client(s) to {out} ({_format_label(args)}).")
    if args.lawful_purpose:
        print("Restricted and objecting clients included; the purpose is in the audit log.")
    elif args.purpose != "marketing":
        print("Restricted and objecting clients were left out (POPIA s14(6), s11(3)).")
    if args.recipient:
        print(f"Recorded one disclosure per client to {args.recipient} (POPIA s23(1)(b)).")
    if args.purpose == "marketing":
        print(
            "Marketing list: only clients whose latest direct-marketing consent is 'given' and "
            "who have not objected and are not restricted (POPIA s69, s11(3))."
        )
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    cli = CommandSet(commands, common)
    import_parser = cli.add(
        "import",
        cmd_import,
        "import clients from CSV, XLSX or vCard (.vcf) (or load a whole-practice JSON export)",
    )
    import_parser.add_argument("file", metavar="FILE")
    import_parser.add_argument("--mapping", metavar="NAME", help="a saved column mapping")
    import_parser.add_argument(
        "--map",
        action="append",
        metavar="COLUMN=FIELD",
        help="map a column to a field (repeatable; FIELD empty to ignore the column)",
    )
    import_parser.add_argument("--save-mapping", metavar="NAME", help="save the mapping used")
    import_parser.add_argument(
        "--on-duplicate",
        choices=["update-empty", "overwrite", "skip", "create"],
        default="update-empty",
        help="what to do with a row that matches a client (default: fill empty fields)",
    )
    import_parser.add_argument(
        "--dry-run", action="store_true", help="show the preview, bad rows and duplicates only"
    )
    import_parser.add_argument("--bad-rows", metavar="FILE.csv", help="save the bad rows to fix")
    export_parser = cli.add(
        "export", cmd_export, "export clients (csv, xlsx, vcard) or the whole practice"
    )
    export_parser.add_argument("--format", choices=["csv", "xlsx", "vcard", "json"], required=True)
    export_parser.add_argument("--out", required=True, metavar="FILE")
    export_parser.add_argument(
        "--purpose",
        choices=["general", "marketing"],
        default="general",
        help="marketing: only clients who may receive direct marketing (POPIA s69)",
    )
    export_parser.add_argument("--include-archived", action="store_true")
    export_parser.add_argument(
        "--vcard-version",
        choices=["3.0", "4.0"],
        default="3.0",
        help="vcard only: 3.0 (default; Outlook, phones) or 4.0",
    )
    export_parser.add_argument(
        "--one-file-per-card",
        action="store_true",
        help="vcard only: --out is a folder; write one .vcf per client into it",
    )
    export_parser.add_argument(
        "--lawful-purpose",
        metavar="TEXT",
        help="include restricted and objecting clients, for this purpose the law allows "
        "(recorded in the audit log)",
    )
    export_parser.add_argument(
        "--recipient",
        metavar="NAME",
        help="who outside the practice receives the file: one disclosure per client is recorded",
    )
    export_parser.add_argument(
        "--recipient-kind",
        default="other",
        choices=[
            "product_provider", "compliance_officer", "regulator", "auditor", "operator",
            "referral", "other",
        ],
    )  # fmt: skip
    export_parser.add_argument(
        "--recipient-purpose", metavar="TEXT", help="why the recipient receives it"
    )
