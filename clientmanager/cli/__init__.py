"""The practice from a terminal: for scripts, scheduled tasks and support.

Every command takes ``--data-dir`` (default: the platform's user data folder, or
``CLIENTMANAGER_DATA_DIR``). Commands that need the database unlock it, in this order:
the recovery code if ``--recovery-code`` is given; a password for ``--user`` (from
``CLIENTMANAGER_PASSWORD`` or a prompt); a key the user chose to remember in the system
keyring; and finally a prompt for user name and password.

One module per command group; each keeps its parsers (``register``) beside its handlers.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from clientmanager import APP_NAME, __version__
from clientmanager.cli import audit, backups, clients, popia, practice, retention, transfer, users
from clientmanager.cli.common import CommandFailed, common_options
from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, translate

# The order of `clientmanager --help`.
COMMAND_GROUPS = (practice, clients, transfer, popia, users, audit, backups, retention)


def build_parser() -> argparse.ArgumentParser:
    common = common_options(keep_earlier_values=True)
    parser = argparse.ArgumentParser(
        prog="clientmanager",
        parents=[common_options(keep_earlier_values=False)],
        description=f"{APP_NAME}: run with no command to start the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", practice.cmd_gui)
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
    except Exception as exc:
        # A full disk, a locked or read-only file met outside the services' own checks:
        # say what it is and what to do, never a traceback (issue 13).
        problem = translate(exc)
        if problem is None:
            raise
        print(f"error: {problem.message}", file=sys.stderr)
        if problem.hint:
            print(f"       {problem.hint}", file=sys.stderr)
        return 1
