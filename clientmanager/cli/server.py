"""The office server (PostgreSQL): check it, and prepare it for the practice."""

from __future__ import annotations

import argparse
import os

from clientmanager.cli.common import CommandFailed, ask_new_password, ask_secret

SERVER_PASSWORD_ENV = "CLIENTMANAGER_SERVER_PASSWORD"
APP_PASSWORD_ENV = "CLIENTMANAGER_APP_PASSWORD"


def _address(args: argparse.Namespace):  # -> ServerAddress
    from clientmanager.store.postgres import ServerAddress

    return ServerAddress.parse(args.url)


def _server_password(address) -> str | None:  # noqa: ANN001
    if os.environ.get(SERVER_PASSWORD_ENV):
        return os.environ[SERVER_PASSWORD_ENV]
    return ask_secret(f"Server password for {address.user}: ", SERVER_PASSWORD_ENV)


def _print_check(check) -> None:  # noqa: ANN001
    for finding in check.findings:
        print(f"  {'ok ' if finding.ok else 'FIX'}  {finding.text}")


def cmd_server(args: argparse.Namespace) -> int:
    from clientmanager.services import server

    address = _address(args)
    password = _server_password(address)
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


def register(commands, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser(
        "server",
        parents=[common],
        help="check the practice's office server (PostgreSQL), or prepare it",
    )
    server.add_argument("server_action", choices=["check", "init"])
    server.add_argument(
        "url",
        metavar="URL",
        help="postgresql://USER@SERVER/DATABASE?sslmode=verify-full&sslrootcert=CA.pem "
        "(or ?host=/run/postgresql on the server PC); the password is asked for, or "
        f"{SERVER_PASSWORD_ENV}",
    )
    server.add_argument(
        "--app-login",
        metavar="NAME",
        help=f"with init: create the desktops' login (password asked, or {APP_PASSWORD_ENV})",
    )
    server.set_defaults(handler=cmd_server)
