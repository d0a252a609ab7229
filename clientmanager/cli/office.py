"""A practice on the office server (issue 18): ``init --server``, ``join``, and what the
other commands do when the data folder points at a server.

``init --practice NAME --admin USER --server URL`` creates the practice in the server's
database (preparing the server first when URL names its owner account); ``join --server
URL`` sets up another PC's data folder for it. Every other command then works as on a
SQLCipher practice, through the same unlock (backups through pg_dump: cli/backups.py,
import, the retention scrub and the re-key too). This module registers last and wraps
the handlers to ask for the server login's password when it is needed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from clientmanager.cli.common import (
    APP_PASSWORD_ENV,
    SERVER_PASSWORD_ENV,
    CommandFailed,
    CommandSet,
    ask_new_password,
    ask_new_password_at_terminal,
    ask_secret,
    ask_server_password,
    practice_paths,
    print_recovery_code,
    run_retrying,
)


def _ask_login_password(prompt: str) -> str | None:
    if not sys.stdin or not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def _server_aware(handler):  # noqa: ANN001, ANN202
    def run(args: argparse.Namespace) -> int:
        from clientmanager.services.practice import is_on_server

        paths = practice_paths(args)
        if is_on_server(paths):
            from clientmanager.store import postgres

            postgres.set_password_prompt(_ask_login_password)
            return run_retrying(handler, args)
        return handler(args)

    run.__wrapped__ = handler  # type: ignore[attr-defined]
    return run


def add_server_options(init: argparse.ArgumentParser) -> None:
    """``init``'s options for a practice on the office server."""
    init.add_argument(
        "--server",
        metavar="URL",
        help="create the practice on the office server: postgresql://USER@SERVER/DATABASE"
        "?sslmode=verify-full&sslrootcert=CA.pem (or ?host=/run/postgresql on the server PC); "
        f"the password is asked for, or {SERVER_PASSWORD_ENV}",
    )
    init.add_argument(
        "--app-login",
        metavar="NAME",
        help="with --server and the server's owner account: the desktops' login to create "
        f"(password asked, or {APP_PASSWORD_ENV})",
    )


def _address(url: str):  # -> ServerAddress
    from clientmanager.store.postgres import ServerAddress

    return ServerAddress.parse(url)


def _say_where_the_password_is(kept: bool) -> None:
    if kept:
        print("The desktops' login password is kept in this PC's keyring.")
    else:
        print(
            "This PC has no usable keyring: the desktops' login password is asked for at "
            f"each start (or set {APP_PASSWORD_ENV}). It is never written to a file."
        )


def cmd_init_on_server(args: argparse.Namespace) -> int:
    from clientmanager.domain.passwords import check_username
    from clientmanager.services import server

    paths = practice_paths(args)
    address = _address(args.server)
    password = ask_server_password(address.user)
    username = check_username(args.admin)
    app_password = None
    if args.app_login:
        app_password = ask_new_login_password(args.app_login)
    admin_password = ask_new_password(username)
    created = server.create_server_practice(
        address,
        password,
        paths=paths,
        practice_name=args.practice,
        admin_username=username,
        admin_password=admin_password,
        app_login=args.app_login,
        app_password=app_password,
        admin_full_name=args.admin_name,
        information_officer_name=args.information_officer,
        information_officer_email=args.information_officer_email,
    )
    if created.check is not None:
        print(f"Server {address.host} ({address.database}):")
        for finding in created.check.findings:
            print(f"  {'ok ' if finding.ok else 'FIX'}  {finding.text}")
    if created.practice is None:
        raise CommandFailed("Nothing was changed on the server: fix the lines marked FIX first.")
    created.practice.close()
    print(f'Created the practice "{args.practice.strip()}" on the office server.')
    print(
        f"This PC's folder {paths.data_dir} now opens it (as {_address(created.desktop_url).user})."
    )
    print(f"Administrator: {username}")
    _say_where_the_password_is(created.password_in_keyring)
    print("Other PCs: clientmanager join --data-dir DIR --server " + created.desktop_url)
    print_recovery_code(created.recovery_code)
    return 0


def ask_new_login_password(login: str) -> str:
    """The password for a desktops' login about to be created: APP_PASSWORD_ENV, or typed."""
    return os.environ.get(APP_PASSWORD_ENV) or ask_new_password_at_terminal(
        login, f"A password for the desktops' login {login}", APP_PASSWORD_ENV
    )


def cmd_join(args: argparse.Namespace) -> int:
    from clientmanager.services import server

    paths = practice_paths(args)
    address = _address(args.server)
    password = ask_secret(f"Password of the server login {address.user}: ", APP_PASSWORD_ENV)
    joined = server.join_server_practice(paths, address, password)
    print(
        f'This PC\'s folder {paths.data_dir} now opens the practice "{joined.practice_name}" '
        "on the office server."
    )
    print("Users sign in with their own passwords: " + ", ".join(joined.usernames))
    _say_where_the_password_is(joined.password_in_keyring)
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    join = CommandSet(commands, common).add(
        "join", cmd_join, "set this PC up for the practice on the office server"
    )
    join.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help="the desktops' login on the server: postgresql://LOGIN@SERVER/DATABASE"
        "?sslmode=verify-full&sslrootcert=CA.pem; its password is asked for, or "
        f"{APP_PASSWORD_ENV}",
    )
    # Registered last: every command learns what a server data folder means, down to the
    # actions under a command ("clients reviewed").
    for name, parser in commands.choices.items():
        if name not in ("join", "init", "server"):
            _make_server_aware(parser)


def _make_server_aware(parser: argparse.ArgumentParser) -> None:
    handler = parser.get_default("handler")
    if handler is not None:
        parser.set_defaults(handler=_server_aware(handler))
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _make_server_aware(sub)
