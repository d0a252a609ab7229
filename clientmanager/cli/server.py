"""The office server (PostgreSQL): check it, and prepare it for the practice."""

from __future__ import annotations

import argparse
import os

from clientmanager.cli.common import (
    APP_PASSWORD_ENV,
    SERVER_PASSWORD_ENV,
    CommandFailed,
    CommandSet,
    ask_new_password,
    ask_server_password,
)


def _address(args: argparse.Namespace):  # -> ServerAddress
    from clientmanager.store.postgres import ServerAddress

    return ServerAddress.parse(args.url)


def _print_check(check) -> None:  # noqa: ANN001
    for finding in check.findings:
        print(f"  {'ok ' if finding.ok else 'FIX'}  {finding.text}")


def cmd_server(args: argparse.Namespace) -> int:
    from clientmanager.services import server

    if args.server_action == "migrate":
        return cmd_migrate(args)
    if not args.url:
        raise CommandFailed(f"server {args.server_action} needs the server's address (URL).")
    address = _address(args)
    password = ask_server_password(address.user)
    if args.server_action == "check":
        check = server.check_server(address, password)
        print(f"Server {address.host} ({address.database}):")
        _print_check(check)
        if not check.ok:
            print("Fix the lines marked FIX, then check again.")
            return 1
        print("The server is fit for the practice.")
        return 0
    app_password = None
    if args.app_login:
        app_password = os.environ.get(APP_PASSWORD_ENV) or ask_new_password(args.app_login)
    prepared = server.prepare_server(
        address, password, app_login=args.app_login, app_password=app_password
    )
    print(f"Server {address.host} ({address.database}):")
    _print_check(prepared.check)
    if not prepared.check.ok:
        raise CommandFailed("Nothing was changed on the server: fix the lines marked FIX first.")
    print(f"Schema ready at version {prepared.revision}.")
    print(
        "The application role may add audit and erasure-ledger entries but never change or "
        "remove them."
    )
    if prepared.app_login:
        print(f"Desktops sign in to the server as {prepared.app_login}.")
    return 0


def _print_counts(result) -> None:  # noqa: ANN001 (a MigrationResult)
    print("Rows copied, table by table (the practice / the new copy):")
    width = max(len(name) for name in result.source_counts)
    for name, count in result.source_counts.items():
        print(f"  {name:<{width}}  {count:>9,}  {result.target_counts.get(name, 0):>9,}")
    print(
        f"The audit trail verifies on the new copy: {result.audit_entries_verified:,} entries, "
        "then one more for this move."
    )


def cmd_migrate(args: argparse.Namespace) -> int:
    from clientmanager.cli.common import terminal_progress, unlocked
    from clientmanager.services import server_migrate

    if bool(args.to) == bool(args.to_file):
        raise CommandFailed(
            "Say where the practice goes: --to URL (the office server) or --to-file "
            "(back into a file on this PC)."
        )
    if args.to:
        from clientmanager.store.postgres import ServerAddress

        address = ServerAddress.parse(args.to)
        password = ask_server_password(address.user)
        app_password = None
        if args.app_login:
            from clientmanager.cli.office import ask_new_login_password

            app_password = ask_new_login_password(args.app_login)
        with unlocked(args, hold_lock=True) as practice:
            name, folder = practice.practice_name, practice.paths.data_dir
            result = server_migrate.move_to_server(
                practice,
                address,
                password,
                app_login=args.app_login,
                app_password=app_password,
                progress=terminal_progress(),
            )
        if result.check is not None:
            print(f"Server {address.host} ({address.database}):")
            _print_check(result.check)
        if not result.done:
            raise CommandFailed(
                "Nothing was moved and nothing was changed: fix the lines marked FIX first."
            )
        _print_counts(result)
        print(
            f'The practice "{name}" is now on the office server {address.host} '
            f"({address.database}); this PC's folder {folder} opens it there."
        )
        print(
            f"The old practice file is kept, unchanged and no longer used, in {result.retired}. "
            "Keep it safe (it holds every client record, encrypted) or remove it once you "
            "trust the server and its backups."
        )
        print(
            "Every user signs in with the same password as before; the recovery code still works."
        )
        from clientmanager.cli.office import _say_where_the_password_is

        _say_where_the_password_is(result.password_in_keyring)
        print("Other PCs: clientmanager join --data-dir DIR --server " + result.desktop_url)
        return 0
    with unlocked(args, hold_lock=True) as practice:
        name, folder = practice.practice_name, practice.paths.data_dir
        result = server_migrate.move_to_file(practice, progress=terminal_progress())
    _print_counts(result)
    print(f'The practice "{name}" is now in a file on this PC again: {folder}.')
    print(
        f"The server connection file is kept in {result.retired}. The server's database was "
        "not changed, but it is no longer this practice: other PCs still set up for it "
        "would work on a copy that no longer receives this PC's changes."
    )
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    server = CommandSet(commands, common).add(
        "server",
        cmd_server,
        "check the practice's office server (PostgreSQL), prepare it, or move a practice "
        "to it and back (migrate)",
    )
    server.add_argument("server_action", choices=["check", "init", "migrate"])
    server.add_argument(
        "url",
        metavar="URL",
        nargs="?",
        help="postgresql://USER@SERVER/DATABASE?sslmode=verify-full&sslrootcert=CA.pem "
        "(or ?host=/run/postgresql on the server PC); the password is asked for, or "
        f"{SERVER_PASSWORD_ENV}",
    )
    server.add_argument(
        "--app-login",
        metavar="NAME",
        help=f"with init, or migrate --to the owner account: create the desktops' login "
        f"(password asked, or {APP_PASSWORD_ENV})",
    )
    server.add_argument(
        "--to",
        metavar="URL",
        help="with migrate: move the practice in --data-dir into this server database (its "
        "owner account with --app-login, or a login made by 'server init --app-login')",
    )
    server.add_argument(
        "--to-file",
        action="store_true",
        help="with migrate: move the practice on the office server back into a file in --data-dir",
    )
