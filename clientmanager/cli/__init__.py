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

from clientmanager import APP_NAME, __version__, oplog
from clientmanager.cli import (
    audit,
    backups,
    clients,
    disclosures,
    notices,
    popia,
    practice,
    retention,
    rights,
    second_factor,
    transfer,
    users,
)
from clientmanager.cli import server as server_cli
from clientmanager.cli import settings as settings_cli
from clientmanager.cli.common import (
    CommandFailed,
    common_options,
    derive_sign_in_key_early,
    practice_paths,
)
from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, translate

logger = logging.getLogger(__name__)

# The order of `clientmanager --help`.
COMMAND_GROUPS = (
    practice,
    clients,
    transfer,
    popia,
    rights,
    notices,
    second_factor,
    users,
    audit,
    backups,
    retention,
    settings_cli,
    server_cli,
    disclosures,
)

# A planner's year (issue 19): print, advice, reviews, policies, letters, calendar...
from clientmanager.cli.planner import PLANNER_GROUPS  # noqa: E402

COMMAND_GROUPS += PLANNER_GROUPS
from clientmanager.cli import office as office_cli  # noqa: E402 - last: wraps the others (issue 18)

COMMAND_GROUPS += (office_cli,)


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


def main(
    argv: Sequence[str] | None = None, *, parser: argparse.ArgumentParser | None = None
) -> int:
    parser = parser or build_parser()
    args = parser.parse_args(argv)
    paths = practice_paths(args)
    # Commands log to the practice's own log file once the practice folder exists.
    oplog.configure(
        paths.logs if paths.data_dir.is_dir() else None,
        console_level=logging.INFO if args.verbose else logging.WARNING,
    )
    oplog.install_excepthook()
    logger.info("command %s", getattr(args, "command", None) or "gui")
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", practice.cmd_gui)
    if handler is not practice.cmd_gui:  # the desktop overlaps its own (ui/app.py)
        derive_sign_in_key_early(args, paths)
    try:
        return handler(args)
    except ClientManagerError as exc:
        logger.info("command failed: %s", type(exc).__name__)
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
