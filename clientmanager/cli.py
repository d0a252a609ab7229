"""The practice from a terminal: for scripts, scheduled tasks and support.

Every command takes ``--data-dir`` (default: the platform's user data folder, or
``CLIENTMANAGER_DATA_DIR``). Commands that need the database unlock it, in this order:
the recovery code if ``--recovery-code`` is given; a password for ``--user`` (from
``CLIENTMANAGER_PASSWORD`` or a prompt); a key the user chose to remember in the system
keyring; and finally a prompt for user name and password.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from clientmanager import APP_NAME, __version__
from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, KeyringUnavailable
from clientmanager.paths import PracticePaths, default_data_dir

logger = logging.getLogger(__name__)

PASSWORD_ENV = "CLIENTMANAGER_PASSWORD"
USER_ENV = "CLIENTMANAGER_USER"
RECOVERY_CODE_ENV = "CLIENTMANAGER_RECOVERY_CODE"
NEW_PASSWORD_ENV = "CLIENTMANAGER_NEW_PASSWORD"


class CommandFailed(Exception):
    """A command's own failure (not an error in the program): message to stderr, exit 1."""


# --- asking the person at the keyboard ----------------------------------------------------


def _ask_secret(prompt: str, env_name: str) -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(
            f"{prompt.rstrip(': ')} is needed, but there is no terminal to ask on. "
            f"For scripts, set {env_name}."
        )
    return getpass.getpass(prompt)


def _ask_new_password(username: str) -> str:
    from clientmanager.domain.passwords import MIN_PASSWORD_LENGTH, check_new_password

    from_env = os.environ.get(NEW_PASSWORD_ENV) or os.environ.get(PASSWORD_ENV)
    if from_env:
        return check_new_password(from_env, username=username)
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(
            f"A new password is needed, but there is no terminal to ask on. "
            f"For scripts, set {PASSWORD_ENV}."
        )
    print(
        f"Choose a password of at least {MIN_PASSWORD_LENGTH} characters "
        "(a short sentence is easy to remember and hard to guess)."
    )
    while True:
        first = getpass.getpass(f"New password for {username}: ")
        try:
            check_new_password(first, username=username)
        except ValidationError as exc:
            print(f"  {exc}")
            continue
        if getpass.getpass("Type it again: ") == first:
            return first
        print("  The two passwords were different. Try again.")


def _ask_text(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(f"{prompt.rstrip(': ')} is needed; pass it as an option.")
    return input(prompt).strip()


# --- unlocking ------------------------------------------------------------------------------


def _paths(args: argparse.Namespace) -> PracticePaths:
    return PracticePaths(Path(args.data_dir).expanduser() if args.data_dir else default_data_dir())


def _unlock(args: argparse.Namespace, *, sign_in: bool = True):  # -> OpenPractice
    from clientmanager.services import practice as practice_service

    paths = _paths(args)
    if args.recovery_code:
        code = _ask_secret("Recovery code: ", RECOVERY_CODE_ENV)
        return practice_service.unlock_with_recovery_code(paths, code, sign_in=sign_in)
    username = args.user or os.environ.get(USER_ENV)
    if not username:
        try:
            practice = practice_service.unlock_from_keyring(paths, sign_in=sign_in)
        except KeyringUnavailable as exc:
            print(f"note: {exc}", file=sys.stderr)
            practice = None
        if practice is not None:
            return practice
        known = practice_service.known_usernames(paths)
        username = known[0] if len(known) == 1 else _ask_text("User name: ")
    password = _ask_secret(f"Password for {username}: ", PASSWORD_ENV)
    return practice_service.unlock_with_password(
        paths,
        username,
        password,
        remember_in_keyring=getattr(args, "remember", False),
        sign_in=sign_in,
    )


# --- commands -------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    from clientmanager.domain.passwords import check_username
    from clientmanager.services.practice import create_practice

    paths = _paths(args)
    username = check_username(args.admin)
    password = _ask_new_password(username)
    practice, recovery_code = create_practice(
        paths=paths,
        practice_name=args.practice,
        admin_username=username,
        admin_password=password,
        admin_full_name=args.admin_name,
        information_officer_name=args.information_officer,
        information_officer_email=args.information_officer_email,
    )
    practice.close()
    print(f'Created the practice "{args.practice.strip()}" in {paths.data_dir}')
    print(f"Administrator: {username}")
    _print_recovery_code(recovery_code)
    return 0


def _print_recovery_code(code: str) -> None:
    line = "=" * 64
    print()
    print(line)
    print("  RECOVERY CODE (shown once)")
    print()
    print(f"      {code}")
    print()
    print("  Print this code or write it down, and lock it away (a safe, or")
    print("  with the practice's other vital records). It unlocks the practice")
    print("  and its backups if every password is lost. Anyone who has it and")
    print("  a copy of the data can read every client record.")
    print(line)
    print()


def cmd_demo(args: argparse.Namespace) -> int:
    from clientmanager.services.demo import generate_demo_data
    from clientmanager.services.practice import create_practice

    paths = _paths(args)
    if paths.exists():
        practice = _unlock(args)
    else:
        username = args.user or os.environ.get(USER_ENV) or "admin"
        password = _ask_new_password(username)
        practice, recovery_code = create_practice(
            paths=paths,
            practice_name=args.practice,
            admin_username=username,
            admin_password=password,
            information_officer_name="Information Officer",
        )
        print(
            f'Created the demo practice "{args.practice}" in {paths.data_dir} '
            f"(administrator: {username})"
        )
        _print_recovery_code(recovery_code)
    try:
        started = time.perf_counter()
        last_shown = [0.0]

        def show_progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if sys.stderr.isatty() and (now - last_shown[0] > 0.2 or done == total):
                last_shown[0] = now
                print(f"\r  {done:,} of {total:,} clients", end="", file=sys.stderr, flush=True)

        summary = generate_demo_data(
            practice.engine, clients=args.clients, seed=args.seed, progress=show_progress
        )
        if sys.stderr.isatty():
            print(file=sys.stderr)
        elapsed = time.perf_counter() - started
        from clientmanager.services import audit

        with practice.session() as session:
            audit.record(
                session,
                actor=practice.actor,
                action="demo.generated",
                summary=f"{args.clients} synthetic clients",
            )
        print(f"Added synthetic data in {elapsed:.1f} s:")
        for table, count in summary.as_dict().items():
            print(f"  {table:<16} {count:>10,}")
    finally:
        practice.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from clientmanager.services.practice import check_practice

    # The check reads a possibly damaged file, so it opens without the sign-in write.
    practice = _unlock(args, sign_in=False)
    try:
        report = check_practice(practice)
    finally:
        practice.close()
    print(f"Practice:        {practice.practice_name}")
    print(f"Schema version:  {report.schema_revision} (this program: {report.head_revision})")
    if practice.pre_upgrade_copy:
        print(f"Upgraded; the previous version is kept at {practice.pre_upgrade_copy}")
    for table, count in report.counts.items():
        print(f"  {table:<16} {count:>10,}")
    if report.ok:
        print("Checks passed: cipher_integrity_check ok, integrity_check ok, foreign keys ok.")
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print(
        "Restore the most recent verified backup, and keep this database for support.",
        file=sys.stderr,
    )
    return 1


# --- import, export, duplicates (issue 8) -----------------------------------------------------


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

        practice = _unlock(args)
        try:
            with practice.session() as session:
                counts = import_practice_json(session, actor=practice.actor, path=path)
        finally:
            practice.close()
        print(f"Loaded the practice export: {counts.get('clients', 0):,} clients.")
        for table, count in counts.items():
            if count:
                print(f"  {table:<20} {count:>10,}")
        return 0

    source = importer.read_source(path)
    practice = _unlock(args)
    try:
        with practice.session() as session:
            if args.mapping:
                mapping = importer.load_mapping(session, args.mapping)
            else:
                mapping = importer.guess_mapping(source.clients.headers)
            mapping.update(_parse_map_options(args.map or []))
            if args.save_mapping:
                importer.save_mapping(session, args.save_mapping, mapping)
            plan = importer.analyse(session, source, mapping, actor=practice.actor)
        _print_plan(source, plan)
        if args.bad_rows and plan.bad_rows:
            written = importer.write_bad_rows(plan, Path(args.bad_rows).expanduser())
            print(f"Saved {written} bad row(s) to {args.bad_rows} to fix and import again.")
        if args.dry_run:
            print("Dry run: nothing was imported.")
            return 0
        shown = [0.0]

        def show_progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if sys.stderr.isatty() and (now - shown[0] > 0.2 or done == total):
                shown[0] = now
                print(f"\r  {done:,} of {total:,}", end="", file=sys.stderr, flush=True)

        with practice.session() as session:
            result = importer.run_import(
                session,
                plan,
                actor=practice.actor,
                on_duplicate=importer.DuplicateAction(args.on_duplicate),
                progress=show_progress,
            )
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        practice.close()
    print(
        f"Imported: {result.created} created, {result.updated} updated, "
        f"{result.unchanged} unchanged, {result.skipped} skipped, {result.bad} bad row(s)."
    )
    print(
        f"  households {result.households}, policies {result.policies}, notes {result.notes}, "
        f"addresses {result.addresses}"
    )
    return 0


def _print_plan(source, plan) -> None:  # noqa: ANN001
    from clientmanager.services.importer import DELIMITER_NAMES, FIELD_BY_KEY

    how = (
        f"{source.encoding}, {DELIMITER_NAMES.get(source.delimiter, source.delimiter)}-separated"
        if source.kind == "csv"
        else "Excel workbook"
    )
    print(f"Read {len(source.clients.rows)} row(s) from {source.path.name} ({how}).")
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
    for sheet_name, number, problem in plan.related_problems:
        print(f"  {sheet_name} row {number}: {problem}")
    for row in plan.duplicates:
        dup = row.duplicate
        if dup.existing_client_id:
            print(
                f"  row {row.row_number}: same {dup.matched_on} as client "
                f"{dup.existing_client_id} ({dup.existing_name})"
            )
        else:
            print(f"  row {row.row_number}: same {dup.matched_on} as row {dup.earlier_row}")


def cmd_export(args: argparse.Namespace) -> int:
    from clientmanager.services import exporter

    out = Path(args.out).expanduser()
    practice = _unlock(args)
    try:
        with practice.session() as session:
            if args.format == "json":
                if args.purpose == "marketing":
                    raise CommandFailed(
                        "The JSON export is the whole practice; a marketing list is csv, "
                        "xlsx or vcard."
                    )
                counts = exporter.export_practice_json(session, actor=practice.actor, path=out)
                print(
                    f"Wrote the whole practice to {out}: {counts.get('clients', 0):,} clients, "
                    f"{sum(counts.values()):,} rows in {len(counts)} tables."
                )
                return 0
            result = exporter.export_clients(
                session,
                actor=practice.actor,
                path=out,
                format=args.format,
                purpose=args.purpose,
                include_archived=args.include_archived,
            )
    finally:
        practice.close()
    print(f"Wrote {result.clients:,} client(s) to {out} ({args.format}).")
    if args.purpose == "marketing":
        print(
            "Marketing list: only clients whose latest direct-marketing consent is 'given' and "
            "who have not objected and are not restricted (POPIA s69, s11(3))."
        )
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from clientmanager.services import duplicates

    practice = _unlock(args)
    try:
        with practice.session() as session:
            if args.merge:
                keep, other = args.merge
                result = duplicates.merge_clients(
                    session, actor=practice.actor, survivor_id=keep, other_id=other
                )
                moved = ", ".join(f"{t} {n}" for t, n in sorted(result.moved.items()))
                print(f"Merged client {other} into {keep}: moved {moved or 'nothing'}.")
                if result.copied_records_of_advice:
                    print(
                        f"  {result.copied_records_of_advice} finalised record(s) of advice "
                        f"copied; the originals stay on client {other}, now archived."
                    )
                return 0
            found = duplicates.find_possible_duplicates(session, actor=practice.actor)
    finally:
        practice.close()
    if not found:
        print("No possible duplicates.")
        return 0
    print(f"{len(found)} possible duplicate pair(s):")
    for pair in found:
        print(
            f"  {pair.first.id:>7} {pair.first.name:<28} {pair.second.id:>7} "
            f"{pair.second.name:<28} {pair.reason}"
        )
    print("Merge a pair with: clientmanager duplicates --merge KEEP_ID OTHER_ID")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    from clientmanager.services import practice as practice_service

    paths = _paths(args)
    if args.recovery_code:
        username = args.user or os.environ.get(USER_ENV) or _ask_text("User name: ")
        code = _ask_secret("Recovery code: ", RECOVERY_CODE_ENV)
        practice = practice_service.unlock_with_recovery_code(paths, code)
    else:
        known = practice_service.known_usernames(paths)
        username = (
            args.user
            or os.environ.get(USER_ENV)
            or (known[0] if len(known) == 1 else _ask_text("User name: "))
        )
        old_password = _ask_secret(f"Current password for {username}: ", PASSWORD_ENV)
        practice = practice_service.unlock_with_password(paths, username, old_password)
    try:
        new_password = _ask_new_password(username)
        practice_service.set_password(practice, username=username, new_password=new_password)
    finally:
        practice.close()
    print(f"The password for {username.strip().casefold()} has been changed.")
    return 0


def cmd_recovery_code(args: argparse.Namespace) -> int:
    from clientmanager.services.practice import new_recovery_code_for

    practice = _unlock(args)
    try:
        if practice.actor.role != "administrator":
            raise CommandFailed("Only an administrator can issue a new recovery code.")
        code = new_recovery_code_for(practice)
    finally:
        practice.close()
    print("A new recovery code has been issued. The old printed code no longer works.")
    _print_recovery_code(code)
    return 0


def cmd_keyring(args: argparse.Namespace) -> int:
    from clientmanager.services import practice as practice_service
    from clientmanager.store import keyring_cache

    paths = _paths(args)
    practice_id = practice_service.practice_id_of(paths)
    if args.action == "status":
        # The user asked, so the keyring itself is consulted, marker or not.
        cached = keyring_cache.recall(practice_id)
        where = keyring_cache.backend_name()
        if cached is None:
            print(f"No key is remembered for this practice in the keyring ({where}).")
        else:
            if not keyring_cache.is_marked(paths.keyring_marker):
                # Remembered before the marker existed: mark it, or it would go unused.
                keyring_cache.remember(
                    practice_id, cached.username, cached.key, marker=paths.keyring_marker
                )
            print(f"The key is remembered for {cached.username} in the keyring ({where}).")
        return 0
    if args.action == "forget":
        keyring_cache.forget(practice_id, marker=paths.keyring_marker)
        print("The key is no longer remembered on this computer.")
        return 0
    args.remember = True
    practice = _unlock(args)
    practice.close()
    print(
        f"The key is remembered for {practice.actor.username} in the keyring "
        f"({keyring_cache.backend_name()}). Commands and the app can now open this "
        "practice without a password on this computer account. "
        "Undo with 'clientmanager keyring forget'."
    )
    return 0


PDF_PASSWORD_ENV = "CLIENTMANAGER_PDF_PASSWORD"


def cmd_export_subject(args: argparse.Namespace) -> int:
    from clientmanager.services.subject_export import (
        default_pdf_password,
        export_subject_package,
    )

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".zip":
        raise CommandFailed("The package is a zip file: give --out a name ending in .zip.")
    password = args.pdf_password or os.environ.get(PDF_PASSWORD_ENV)
    protect = args.password_protect or bool(password)
    practice = _unlock(args)
    try:
        with practice.session() as session:
            if protect and not password:
                password = default_pdf_password(
                    session, actor=practice.actor, client_id=args.client
                )
                if not password:
                    raise CommandFailed(
                        "This client has no ID or passport number on record to use as the "
                        f"PDF password. Give one with --pdf-password (or {PDF_PASSWORD_ENV})."
                    )
                where = "the client's ID number (or passport number)"
            else:
                where = "the password you gave"
            result = export_subject_package(
                session,
                actor=practice.actor,
                client_id=args.client,
                out=out,
                pdf_password=password if protect else None,
                request_id=args.request,
            )
    finally:
        practice.close()
    print(f"Wrote the data-subject package {result.package_id} to {result.path}")
    print(f"  {result.files} files, {result.size_bytes / 1024:,.0f} KB")
    print(f"  SHA-256 of data.json: {result.data_sha256}")
    if result.pdf_protected:
        print(f"  report.pdf opens with {where} (AES-256).")
    print("Recorded in the disclosure register and the audit log.")
    if args.request is not None:
        print(f"Rights-register request {args.request} is marked done.")
    return 0


# --- users and the audit trail (issue 6) -----------------------------------------------------


def _ask_password_for(username: str) -> str:
    """A new password for another user: never taken from the caller's own password."""
    from clientmanager.domain.passwords import check_new_password

    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env:
        return check_new_password(from_env, username=username)
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(
            f"A password for {username} is needed, but there is no terminal to ask on. "
            f"For scripts, set {NEW_PASSWORD_ENV}."
        )
    saved = os.environ.pop(PASSWORD_ENV, None)
    try:
        return _ask_new_password(username)
    finally:
        if saved is not None:
            os.environ[PASSWORD_ENV] = saved


def cmd_users(args: argparse.Namespace) -> int:
    from clientmanager.services import users as users_service

    practice = _unlock(args)
    try:
        if args.action == "list":
            rows = users_service.list_users(practice)
            print(f"{'USER':<16} {'ROLE':<34} {'STATUS':<9} {'LAST SIGN-IN':<17} FULL NAME")
            for user in rows:
                last = user.last_login_at.strftime("%Y-%m-%d %H:%M") if user.last_login_at else "-"
                status = "active" if user.is_active else "disabled"
                print(
                    f"{user.username:<16} {user.role_label:<34} {status:<9} {last:<17} "
                    f"{user.full_name}"
                )
            return 0
        if args.action == "rekey":
            users_service.rekey(practice)
            print(
                "The database has a new key. Every active user's password and the recovery "
                "code still open it; nothing else does."
            )
            return 0
        if not args.username:
            raise CommandFailed(f"'users {args.action}' needs a user name.")
        name = args.username.strip().casefold()
        if args.action == "add":
            if not args.role or not args.full_name:
                raise CommandFailed("'users add' needs --full-name and --role.")
            password = _ask_password_for(name)
            users_service.add_user(
                practice,
                username=name,
                full_name=args.full_name,
                role=args.role,
                password=password,
                email=args.email,
            )
            print(f"Added {name} as {args.role}. They sign in with the password you chose.")
        elif args.action == "disable":
            users_service.disable_user(practice, username=name, rekey=args.rekey)
            print(f"Disabled {name}: their password no longer opens the practice.")
            if args.rekey:
                print("The database was re-keyed, so no copy of the old key opens it either.")
        elif args.action == "enable":
            users_service.enable_user(practice, username=name, new_password=_ask_password_for(name))
            print(f"Enabled {name} with a new password.")
        elif args.action == "reset-password":
            users_service.reset_password(
                practice, username=name, new_password=_ask_password_for(name)
            )
            print(f"The password for {name} has been reset.")
        elif args.action == "set-role":
            if not args.role:
                raise CommandFailed("'users set-role' needs --role.")
            users_service.set_role(practice, username=name, role=args.role)
            print(f"{name} is now {args.role}.")
    finally:
        practice.close()
    return 0


def _audit_filter(args: argparse.Namespace):  # -> AuditFilter
    import datetime as dt

    from clientmanager.services.audit import AuditFilter

    def day(text: str | None) -> dt.date | None:
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise CommandFailed(f"{text!r} is not a date; use YYYY-MM-DD.") from None

    return AuditFilter(
        username=args.filter_user,
        client_id=args.client,
        action=args.action_name,
        since=day(args.since),
        until=day(args.until),
    )


def cmd_audit(args: argparse.Namespace) -> int:
    from clientmanager.services import audit as audit_service

    practice = _unlock(args)
    try:
        with practice.session() as session:
            if args.audit_action == "verify":
                report = audit_service.verify_and_record(session, practice.actor)
                print(report.describe())
                return 0 if report.ok else 2
            wanted = _audit_filter(args)
            if not (args.csv or args.pdf):
                raise CommandFailed("Say where to write the export: --csv FILE and/or --pdf FILE.")
            if args.csv:
                count = audit_service.export_csv(session, practice.actor, Path(args.csv), wanted)
                print(f"Wrote {count} entries to {args.csv}.")
            if args.pdf:
                count = audit_service.export_pdf(session, practice.actor, Path(args.pdf), wanted)
                print(f"Wrote {count} entries to {args.pdf}.")
    finally:
        practice.close()
    return 0


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return str(n)


def cmd_backup(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    practice = _unlock(args)
    try:
        info = backups.take_daily_backup(practice, force=args.force)
        folder = backups.backup_folder(practice)
        if info is None:
            newest = backups.list_backups(folder)[0]
            print(f"Today already has a verified backup: {newest.path} ({_size(newest.size)}).")
            print("Use --force to take another one now.")
            return 0
    finally:
        practice.close()
    print(f"Backup written and verified: {info.path} ({_size(info.size)}).")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    if args.folder:
        folder = Path(args.folder).expanduser()
    else:
        practice = _unlock(args)
        try:
            folder = backups.backup_folder(practice)
        finally:
            practice.close()
    found = backups.list_backups(folder)
    if not found:
        print(f"There are no backups in {folder} yet. Take one with 'clientmanager backup'.")
        return 0
    print(f"Backups in {folder} (newest first):")
    print(f"  {'taken':<17} {'size':>10}  {'clients':>8}  {'status':<9} name")
    for b in found:
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        status = "verified" if b.verified else "DAMAGED"
        clients = "" if b.clients is None else f"{b.clients:,}"
        extra = f"  ({b.reason})" if b.reason not in ("", "daily") else ""
        print(f"  {when:<17} {_size(b.size):>10}  {clients:>8}  {status:<9} {b.name}{extra}")
        if b.problem:
            print(f"      {b.problem}")
    return 0


def _unlock_backup_for(args: argparse.Namespace, source: Path):  # -> backups.Unlocked
    from clientmanager.services import backups
    from clientmanager.store.keyslots import KeySlotFile

    if args.recovery_code:
        code = _ask_secret("Recovery code: ", RECOVERY_CODE_ENV)
        return backups.unlock_backup(source, recovery_code=code)
    username = args.user or os.environ.get(USER_ENV)
    if not username:
        known = KeySlotFile.load(backups.read_backup(source).key_slots).usernames()
        username = known[0] if len(known) == 1 else _ask_text("User name: ")
    password = _ask_secret(f"Password for {username}: ", PASSWORD_ENV)
    return backups.unlock_backup(source, username=username, password=password)


def cmd_restore(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    paths = _paths(args)
    source = backups.resolve_backup(Path(args.file))
    info = backups.read_backup(source)
    # A damaged backup is refused before anything is unlocked or written.
    backups.raise_if_unsound(backups.check_backup(source))
    taken = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    live = None
    if paths.database.exists() and args.replace_damaged:
        # The practice here is damaged and will not open: unlock the backup itself.
        if not args.yes:
            print(f"This replaces the damaged practice in {paths.data_dir} with the backup of")
            print(f"{taken}. Its files are kept aside, as they are, in a damaged-... folder.")
            if _ask_text("Type RESTORE to go ahead: ") != "RESTORE":
                raise CommandFailed("Nothing was restored.")
        unlocked = _unlock_backup_for(args, source)
    elif paths.database.exists():
        if not args.yes:
            print(f"This replaces the practice in {paths.data_dir} with the backup of {taken}.")
            print("The current database is backed up first.")
            if _ask_text("Type RESTORE to go ahead: ") != "RESTORE":
                raise CommandFailed("Nothing was restored.")
        from clientmanager.errors import DatabaseUnreadable, IntegrityProblem

        try:
            live = _unlock(args)
        except (IntegrityProblem, DatabaseUnreadable) as exc:
            raise CommandFailed(
                f"{exc.message} If it is damaged, run the restore again with "
                "--replace-damaged: its files are then kept aside, as they are."
            ) from None
        unlocked = backups.Unlocked(live.key, live.actor)
    else:
        unlocked = _unlock_backup_for(args, source)
    try:
        result = backups.restore_backup(
            source,
            paths=paths,
            unlocked=unlocked,
            live=live,
            replace_damaged=args.replace_damaged,
        )
    finally:
        if live is not None:
            live.close()
    print(f"Restored the backup of {taken} into {paths.data_dir}.")
    if result.safety_backup is not None:
        print(f"The database it replaced was backed up first: {result.safety_backup.path}")
    if result.damaged_copy is not None:
        print(f"The damaged database was kept, as it was, in {result.damaged_copy}")
    if result.ledger_unreadable:
        print(
            "WARNING: the damaged database's erasure ledger could not be read. Check the "
            "erasure register: anyone erased after this backup was taken must be erased again."
        )
    if result.upgraded_from:
        print(f"The backup's schema {result.upgraded_from} was upgraded to the current version.")
    if result.erasures_replayed:
        print(
            f"{result.erasures_replayed} client erasure(s) made after this backup were "
            "applied again, so those people stay erased."
        )
    if not result.kept_current_key_slots:
        print("Unlock it with a password or recovery code that was valid when it was taken.")
    return 0


def cmd_verify_backup(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    paths = _paths(args)
    source = backups.resolve_backup(Path(args.file))
    info = backups.read_backup(source)
    same_practice = paths.key_slots.exists() and (_practice_id_or_none(paths) == info.practice_id)
    if same_practice:
        practice = _unlock(args)
        try:
            result = backups.verify_backup(practice, source)
        finally:
            practice.close()
    else:
        result = backups.check_backup(source, key=_unlock_backup_for(args, source).key)
    if result.ok:
        print(
            f"{info.name} is sound: checksums match, cipher_integrity_check and "
            f"integrity_check passed, row counts match its manifest ({_size(info.size)})."
        )
        return 0
    print(f"{info.name} is DAMAGED and cannot be restored:", file=sys.stderr)
    for problem in result.problems:
        print(f"  - {problem}", file=sys.stderr)
    print("Use another backup, for example the one from the day before.", file=sys.stderr)
    return 1


def _practice_id_or_none(paths: PracticePaths) -> str | None:
    from clientmanager.services.practice import practice_id_of

    try:
        return practice_id_of(paths)
    except ClientManagerError:
        return None


def cmd_copy_backup(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    practice = _unlock(args)
    try:
        copy = backups.copy_backup(practice, Path(args.file), Path(args.destination))
    finally:
        practice.close()
    print(f"Copied and checked: {copy}")
    print(
        "To open this copy on another computer you need the practice's recovery code (or "
        "an administrator's password from when it was taken). Keep the drive somewhere safe."
    )
    return 0


def _today(args: argparse.Namespace):  # -> dt.date
    import datetime as dt

    if getattr(args, "today", None):
        try:
            return dt.date.fromisoformat(args.today)
        except ValueError:
            raise CommandFailed("--today must be a date like 2026-11-25.") from None
    return dt.date.today()


def cmd_retention(args: argparse.Namespace) -> int:
    from clientmanager.services import retention

    practice = _unlock(args)
    try:
        if args.action == "schedule":
            with practice.session() as session:
                lines = retention.schedule(session)
            print("Retention schedule (POPIA s14; edit periods in Settings):")
            for line in lines:
                print(f"  {line.label}")
                print(f"      keep: {line.period} ({line.minimum})")
                print(f"      law:  {line.citation}")
                print(f"      for:  {line.applies_to}")
            return 0
        today = _today(args)
        with practice.session() as session:
            review = retention.run_review(
                session, actor=practice.actor, today=today, logs_dir=practice.paths.logs
            )
        print(f"Retention review for {today:%d %B %Y}:")
        if not review.due:
            print("  Nothing is due for destruction.")
        for item in review.due:
            print(f"  {item.action_label:<12} client {item.client_id:>7}  {item.name}")
            print(f"  {'':<12} {item.reason}")
        for held in review.held:
            print(f"  {'On hold':<12} client {held.client_id:>7}  {held.name}")
            print(f"  {'':<12} legal hold: {'; '.join(held.reasons)}")
        if review.old_logs:
            print(f"  {review.old_logs} technical log file(s) are older than 90 days.")
        if not args.approve:
            if review.due or review.old_logs:
                print(
                    "Nothing was changed. A practice manager approves with "
                    "'clientmanager retention run --approve'."
                )
            return 0
        if not (review.due or review.old_logs):
            return 0
        letters = Path(args.letters).expanduser() if args.letters else None
        result = retention.erase_now(
            practice, actor=practice.actor, today=today, letters_dir=letters
        )
        for letter in result.letters:
            print(f"  Letter for the person who asked for deletion: {letter}")
        print(
            f"Approved: {result.destroyed} destroyed, {result.deidentified} de-identified, "
            f"{result.restricted} restricted ({result.rows_removed} records removed), "
            f"{result.logs_removed} log file(s) removed. The database file was compacted so "
            "nothing erased can be recovered from it (POPIA s14(5))."
        )
        return 0
    finally:
        practice.close()


def cmd_breach(args: argparse.Namespace) -> int:
    from clientmanager.services import breaches

    practice = _unlock(args)
    try:
        with practice.session() as session:
            entries = breaches.list_breaches(session, actor=practice.actor)
    finally:
        practice.close()
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


def cmd_gui(args: argparse.Namespace) -> int:
    from clientmanager.ui.app import run_gui

    return run_gui(data_dir=_paths(args).data_dir)


# --- parser ---------------------------------------------------------------------------------


def _common_options(*, keep_earlier_values: bool) -> argparse.ArgumentParser:
    """The options every command takes, before or after the command's name.

    On the subcommands they default to "not given" (SUPPRESS), so that
    ``clientmanager --data-dir X check`` keeps the X given before the command.
    """
    common = argparse.ArgumentParser(
        add_help=False, argument_default=argparse.SUPPRESS if keep_earlier_values else None
    )
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"the practice folder (default: {default_data_dir()}; or set CLIENTMANAGER_DATA_DIR)",
    )
    common.add_argument("--user", metavar="NAME", help=f"unlock as this user (or {USER_ENV})")
    common.add_argument(
        "--recovery-code",
        action="store_true",
        help=f"unlock with the practice's recovery code (asked for, or {RECOVERY_CODE_ENV})",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="show progress details")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common_options(keep_earlier_values=True)
    parser = argparse.ArgumentParser(
        prog="clientmanager",
        parents=[_common_options(keep_earlier_values=False)],
        description=f"{APP_NAME}: run with no command to start the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], help="create a new practice")
    init.add_argument("--practice", required=True, metavar="NAME", help="the practice's name")
    init.add_argument("--admin", required=True, metavar="USER", help="the first administrator")
    init.add_argument("--admin-name", metavar="FULL_NAME", help="the administrator's full name")
    init.add_argument(
        "--information-officer", metavar="NAME", help="the information officer (POPIA s55)"
    )
    init.add_argument("--information-officer-email", metavar="EMAIL")
    init.set_defaults(handler=cmd_init)

    demo = commands.add_parser(
        "demo", parents=[common], help="create a demo practice, or add synthetic clients to one"
    )
    demo.add_argument("--clients", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--practice", default="Demo Financial Planning", metavar="NAME")
    demo.set_defaults(handler=cmd_demo)

    check = commands.add_parser(
        "check", parents=[common], help="verify encryption and integrity; show schema and counts"
    )
    check.set_defaults(handler=cmd_check)

    import_parser = commands.add_parser(
        "import",
        parents=[common],
        help="import clients from CSV or XLSX (or load a whole-practice JSON export)",
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
    import_parser.set_defaults(handler=cmd_import)

    export_parser = commands.add_parser(
        "export", parents=[common], help="export clients (csv, xlsx, vcard) or the whole practice"
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
    export_parser.set_defaults(handler=cmd_export)

    duplicates_parser = commands.add_parser(
        "duplicates", parents=[common], help="list possible duplicate clients, or merge two"
    )
    duplicates_parser.add_argument(
        "--merge", nargs=2, type=int, metavar=("KEEP_ID", "OTHER_ID"), help="merge OTHER into KEEP"
    )
    duplicates_parser.set_defaults(handler=cmd_duplicates)

    passwd = commands.add_parser("passwd", parents=[common], help="change a password")
    passwd.set_defaults(handler=cmd_passwd)

    recovery = commands.add_parser(
        "recovery-code", parents=[common], help="issue a new recovery code (administrators)"
    )
    recovery.set_defaults(handler=cmd_recovery_code)

    keyring_parser = commands.add_parser(
        "keyring", parents=[common], help="remember or forget the key in the system keyring"
    )
    keyring_parser.add_argument("action", choices=["status", "remember", "forget"])
    keyring_parser.set_defaults(handler=cmd_keyring)

    export_subject = commands.add_parser(
        "export-subject",
        parents=[common],
        help="write a client's POPIA s23 data-subject package (PDF report, JSON, CSV, documents)",
    )
    export_subject.add_argument(
        "--client", type=int, required=True, metavar="ID", help="the client number"
    )
    export_subject.add_argument("--out", required=True, metavar="FILE.zip")
    export_subject.add_argument(
        "--password-protect",
        action="store_true",
        help="protect report.pdf with AES-256; the password defaults to the client's ID number",
    )
    export_subject.add_argument(
        "--pdf-password",
        metavar="PASSWORD",
        help=f"the PDF password instead of the ID number (safer: set {PDF_PASSWORD_ENV})",
    )
    export_subject.add_argument(
        "--request",
        type=int,
        metavar="N",
        help="the rights-register access request this answers (it is marked done)",
    )
    export_subject.set_defaults(handler=cmd_export_subject)

    users_parser = commands.add_parser(
        "users", parents=[common], help="list, add, disable, enable users; reset passwords; roles"
    )
    users_parser.add_argument(
        "action",
        choices=["list", "add", "disable", "enable", "reset-password", "set-role", "rekey"],
    )
    users_parser.add_argument("username", nargs="?", metavar="NAME")
    users_parser.add_argument("--full-name", metavar="TEXT")
    users_parser.add_argument("--email", metavar="EMAIL")
    users_parser.add_argument(
        "--role", choices=["administrator", "planner", "assistant", "compliance"]
    )
    users_parser.add_argument(
        "--rekey",
        action="store_true",
        help="with disable: also give the database a new key (others keep their passwords)",
    )
    users_parser.set_defaults(handler=cmd_users)

    audit_parser = commands.add_parser(
        "audit", parents=[common], help="verify the audit trail's hash chain, or export it"
    )
    audit_parser.add_argument("audit_action", choices=["verify", "export"])
    audit_parser.add_argument("--csv", metavar="FILE", help="export to this CSV file")
    audit_parser.add_argument("--pdf", metavar="FILE", help="export to this PDF file")
    audit_parser.add_argument("--filter-user", metavar="NAME", help="only this user's entries")
    audit_parser.add_argument("--client", type=int, metavar="ID", help="only this client")
    audit_parser.add_argument(
        "--action", dest="action_name", metavar="ACTION", help="only this action (or prefix.)"
    )
    audit_parser.add_argument("--since", metavar="YYYY-MM-DD")
    audit_parser.add_argument("--until", metavar="YYYY-MM-DD")
    audit_parser.set_defaults(handler=cmd_audit)
    backup = commands.add_parser(
        "backup", parents=[common], help="take today's verified backup (for scheduled tasks)"
    )
    backup.add_argument("--force", action="store_true", help="even if today has one already")
    backup.set_defaults(handler=cmd_backup)

    backups_parser = commands.add_parser(
        "backups", parents=[common], help="list backups with date, size and status"
    )
    backups_parser.add_argument("--folder", metavar="DIR", help="list this folder instead")
    backups_parser.set_defaults(handler=cmd_backups)

    restore = commands.add_parser(
        "restore",
        parents=[common],
        help="restore a backup (the current database is backed up first)",
    )
    restore.add_argument("file", metavar="BACKUP", help="a backup folder (or a file in it)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument(
        "--replace-damaged",
        action="store_true",
        help="the practice here is damaged and will not open: set it aside and restore",
    )
    restore.set_defaults(handler=cmd_restore)

    verify_backup = commands.add_parser(
        "verify-backup", parents=[common], help="check that a backup is whole and opens"
    )
    verify_backup.add_argument("file", metavar="BACKUP")
    verify_backup.set_defaults(handler=cmd_verify_backup)

    copy_backup = commands.add_parser(
        "copy-backup", parents=[common], help="copy a backup to a USB drive or another folder"
    )
    copy_backup.add_argument("file", metavar="BACKUP")
    copy_backup.add_argument("destination", metavar="DEST")
    copy_backup.set_defaults(handler=cmd_copy_backup)

    retention_parser = commands.add_parser(
        "retention",
        parents=[common],
        help="the weekly due-for-destruction review (POPIA s14), or the schedule",
    )
    retention_parser.add_argument("action", choices=["run", "schedule"])
    retention_parser.add_argument(
        "--approve",
        action="store_true",
        help="destroy or de-identify what is due (practice managers only)",
    )
    retention_parser.add_argument(
        "--today", metavar="YYYY-MM-DD", help="review as of this day (default: today)"
    )
    retention_parser.add_argument(
        "--letters",
        metavar="DIR",
        help="where to write the letters to people who asked for deletion (POPIA s24(4))",
    )
    retention_parser.set_defaults(handler=cmd_retention)

    breach_parser = commands.add_parser(
        "breach", parents=[common], help="the breach register (POPIA s22)"
    )
    breach_parser.add_argument("action", choices=["list"])
    breach_parser.set_defaults(handler=cmd_breach)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except ClientManagerError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"       {exc.hint}", file=sys.stderr)
        return 1
    except (ValidationError, CommandFailed) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopped.", file=sys.stderr)
        return 130
