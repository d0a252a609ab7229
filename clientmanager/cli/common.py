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
import io
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clientmanager.domain.errors import ValidationError
from clientmanager.errors import ClientManagerError, KeyringUnavailable
from clientmanager.paths import PracticePaths, default_data_dir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from clientmanager.services.audit import Actor
    from clientmanager.services.practice import OpenPractice

logger = logging.getLogger(__name__)


PASSWORD_ENV = "CLIENTMANAGER_PASSWORD"


USER_ENV = "CLIENTMANAGER_USER"


RECOVERY_CODE_ENV = "CLIENTMANAGER_RECOVERY_CODE"


NEW_PASSWORD_ENV = "CLIENTMANAGER_NEW_PASSWORD"


SECOND_FACTOR_ENV = "CLIENTMANAGER_SECOND_FACTOR"


SERVER_PASSWORD_ENV = "CLIENTMANAGER_SERVER_PASSWORD"


APP_PASSWORD_ENV = "CLIENTMANAGER_APP_PASSWORD"


PDF_PASSWORD_ENV = "CLIENTMANAGER_PDF_PASSWORD"


class CommandFailed(Exception):
    """A command's own failure (not an error in the program): message to stderr, exit 1."""


def ask_server_password(account: str) -> str:
    """The password of an account on the office server (its owner, or a login)."""
    return ask_secret(f"Server password for {account}: ", SERVER_PASSWORD_ENV)


def need_terminal(needed: str, env_name: str) -> None:
    """Refuse when there is no terminal to ask on, naming what a script sets instead."""
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(
            f"{needed} is needed, but there is no terminal to ask on. For scripts, set {env_name}."
        )


def ask_secret(prompt: str, env_name: str) -> str:
    value = os.environ.get(env_name)
    if value:
        return value
    need_terminal(prompt.rstrip(": "), env_name)
    return getpass.getpass(prompt)


def derive_sign_in_key_early(args: argparse.Namespace, paths: PracticePaths) -> None:
    """A command given its user name and password in the environment (a script) starts
    the password's key derivation (Argon2id, most of a second) now, on a second thread,
    beside its imports and its own preparation; the sign-in takes the result (or derives
    afresh when it is not the same secret for the same slot: store/keyslots.py)."""
    if getattr(args, "recovery_code", False):
        return
    username = getattr(args, "user", None) or os.environ.get(USER_ENV)
    password = os.environ.get(PASSWORD_ENV)
    if not (username and password) or not paths.key_slots.is_file():
        return
    from clientmanager.store.keyslots import derive_ahead

    derive_ahead(paths.key_slots, username, password)


def ask_new_password(username: str) -> str:
    from clientmanager.domain.passwords import MIN_PASSWORD_LENGTH, check_new_password

    from_env = os.environ.get(NEW_PASSWORD_ENV) or os.environ.get(PASSWORD_ENV)
    if from_env:
        return check_new_password(from_env, username=username)
    need_terminal("A new password", PASSWORD_ENV)
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


def ask_text(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(f"{prompt.rstrip(': ')} is needed; pass it as an option.")
    return input(prompt).strip()


def only_user_or_asked(known: list[str]) -> str:
    """The one user there is, or (with several) the name typed at the prompt."""
    return known[0] if len(known) == 1 else ask_text("User name: ")


def ask_password_for(username: str) -> str:
    """A new password for another user: never taken from the caller's own password."""
    from clientmanager.domain.passwords import check_new_password

    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env:
        return check_new_password(from_env, username=username)
    return ask_new_password_at_terminal(username, f"A password for {username}", NEW_PASSWORD_ENV)


def ask_new_password_at_terminal(username: str, needed: str, env_name: str) -> str:
    """A new password typed for someone else: never the caller's own from PASSWORD_ENV."""
    need_terminal(needed, env_name)
    saved = os.environ.pop(PASSWORD_ENV, None)
    try:
        return ask_new_password(username)
    finally:
        if saved is not None:
            os.environ[PASSWORD_ENV] = saved


def practice_paths(args: argparse.Namespace) -> PracticePaths:
    return PracticePaths(Path(args.data_dir).expanduser() if args.data_dir else default_data_dir())


def unlock(
    args: argparse.Namespace,
    *,
    sign_in: bool = True,
    hold_lock: bool = False,
    defer_page_check: bool = False,
):  # -> OpenPractice
    """``hold_lock``: take the practice lock for the command (bulk writers such as import),
    refusing with who has the practice open when another copy holds it.
    ``defer_page_check``: see :func:`unlocked`'s ``check_pages_beside``."""
    from clientmanager.services import practice as practice_service

    paths = practice_paths(args)
    if args.recovery_code:
        code = ask_secret("Recovery code: ", RECOVERY_CODE_ENV)
        return practice_service.unlock_with_recovery_code(
            paths, code, sign_in=sign_in, hold_lock=hold_lock, defer_page_check=defer_page_check
        )
    username = args.user or os.environ.get(USER_ENV)
    if not username:
        try:
            practice = practice_service.unlock_from_keyring(
                paths, sign_in=sign_in, hold_lock=hold_lock, defer_page_check=defer_page_check
            )
        except KeyringUnavailable as exc:
            print(f"note: {exc}", file=sys.stderr)
            practice = None
        if practice is not None:
            return practice
        known = practice_service.known_usernames(paths)
        username = only_user_or_asked(known)
    password = ask_secret(f"Password for {username}: ", PASSWORD_ENV)
    from clientmanager.services.auth import SecondFactorRequired

    def attempt(code: str | None) -> OpenPractice:
        return practice_service.unlock_with_password(
            paths,
            username,
            password,
            remember_in_keyring=getattr(args, "remember", False),
            sign_in=sign_in,
            second_factor=code,
            hold_lock=hold_lock,
            defer_page_check=defer_page_check,
        )

    code = os.environ.get(SECOND_FACTOR_ENV) or None
    try:
        return attempt(code)
    except SecondFactorRequired as exc:
        if exc.wrong or code:
            raise
    # An administrator with a second factor: the code from the app (or the recovery code).
    return attempt(ask_secret("Authenticator code (or the recovery code): ", SECOND_FACTOR_ENV))


def create_practice_asking_password(
    paths: PracticePaths, practice_name: str, username: str, **details
):  # -> (OpenPractice, recovery code)
    """A new practice whose first administrator's password is asked for (or taken from
    the environment, as :func:`ask_new_password` does)."""
    from clientmanager.services.practice import create_practice

    return create_practice(
        paths=paths,
        practice_name=practice_name,
        admin_username=username,
        admin_password=ask_new_password(username),
        **details,
    )


def print_recovery_code(code: str) -> None:
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


def out_file(value: str, suffix: str, *, new_folder_allowed: bool = False) -> Path:
    """``--out``: a file name ending in ``suffix``, in a folder that exists, or one the
    service creates (``new_folder_allowed``: the data-subject package)."""
    out = Path(value).expanduser()
    if out.suffix.lower() != suffix:
        raise CommandFailed(f"Give --out a file name ending in {suffix}.")
    if not new_folder_allowed and not out.parent.is_dir():
        raise CommandFailed(f"The folder {out.parent} does not exist; create it first.")
    return out


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n /= 1024
    return str(n)


def today_from(args: argparse.Namespace):  # -> dt.date
    import datetime as dt

    if getattr(args, "today", None):
        try:
            return dt.date.fromisoformat(args.today)
        except ValueError:
            raise CommandFailed("--today must be a date like 2026-11-25.") from None
    return dt.date.today()


def practice_id_or_none(paths: PracticePaths) -> str | None:
    from clientmanager.services.practice import practice_id_of

    try:
        return practice_id_of(paths)
    except ClientManagerError:
        return None


def common_options(*, keep_earlier_values: bool) -> argparse.ArgumentParser:
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


@contextmanager
def unlocked(
    args: argparse.Namespace,
    *,
    sign_in: bool = True,
    hold_lock: bool = False,
    check_pages_beside: bool = False,
) -> Iterator[OpenPractice]:
    """The practice, unlocked for one command and closed (key dropped) however it ends.

    ``check_pages_beside``: the whole-file page check runs on a second thread while the
    command works, instead of before it; any commit waits for it and is refused if it
    fails, and the command fails when the block ends. For commands whose only writes are
    commits through the practice's sessions (not the re-key or a restore)."""
    retry = getattr(args, _RETRY, None)
    if retry is not None and retry.practice is not None and retry.practice.is_open:
        yield retry.practice  # a command run again after a conflict: already signed in
        return
    practice = unlock(
        args, sign_in=sign_in, hold_lock=hold_lock, defer_page_check=check_pages_beside
    )
    failures = getattr(practice, "failed_sign_ins_before", 0)
    if failures:  # issue 14: the count is reset at this sign-in, so say it, never silently
        print(
            f"{failures} wrong password{'s' if failures != 1 else ''} since your last sign-in.",
            file=sys.stderr,
        )
    if retry is not None and sign_in and not hold_lock and not practice.pages_unchecked:
        retry.practice = practice  # kept open for a run again; closed by run_retrying
        yield practice
        return
    checking = None
    try:
        if check_pages_beside and practice.pages_unchecked:
            from clientmanager.services.practice import PageCheckBeside

            checking = practice.page_check = PageCheckBeside(practice)
        yield practice
        if checking is not None:
            checking.finish()
    finally:
        if checking is not None:
            checking.stop()
        practice.close()


@contextmanager
def unlocked_session(args: argparse.Namespace) -> Iterator[tuple[Session, Actor]]:
    """One session on the unlocked practice, committed when the block ends, and the
    signed-in actor: what most commands need.

    On the office server the block is the command's one transaction, so when the server
    gives up on it because another PC raced it, :func:`run_retrying` runs the whole
    command again (as OpenPractice.transact does for the desktop). What the block prints
    is held until the commit: a run that was undone says nothing of what it did."""
    with unlocked(args) as practice:
        retry = getattr(args, _RETRY, None)
        if retry is None or not practice.on_server:
            with practice.session() as session:
                yield session, practice.actor
            return
        from clientmanager.store.postgres import ServerConflict

        held = io.StringIO()
        try:
            with redirect_stdout(held), practice.session() as session:
                yield session, practice.actor
        except ServerConflict:
            retry.may_run_again = True
            held = None
            raise
        finally:
            if held is not None:
                sys.stdout.write(held.getvalue())


def in_session(args: argparse.Namespace, service: Callable, *arguments, **options):  # noqa: ANN201
    """``service(session, actor, ...)`` as one :func:`unlocked_session` block: what most
    commands do between checking their options and printing what the service returned."""
    with unlocked_session(args) as (session, actor):
        return service(session, actor, *arguments, **options)


_RETRY = "_clientmanager_conflict_retry"


@dataclass
class _Retry:
    practice: OpenPractice | None = None
    may_run_again: bool = False  # the conflict ended an unlocked_session block


def run_retrying(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command on a practice on the office server, again from the start (up to
    CONFLICT_ATTEMPTS times, signed in once) when its one transaction met another PC's
    (a deadlock or a serialisation failure: nothing of it was kept). Only a command whose
    work is one :func:`unlocked_session` block is run again; any other says the conflict
    at once, as before."""
    from clientmanager.services.practice import run_again_on_conflict

    retry = _Retry()
    setattr(args, _RETRY, retry)

    def attempt() -> int:
        retry.may_run_again = False
        return handler(args)

    try:
        return run_again_on_conflict(attempt, may_run_again=lambda: retry.may_run_again)
    finally:
        delattr(args, _RETRY)
        if retry.practice is not None:
            retry.practice.close()


class IntermixedParser(argparse.ArgumentParser):
    """Takes positional arguments wherever they are typed: ``users add --data-dir X pieter``.

    A plain parser gives an optional positional its (empty) value as soon as an option follows
    the action, and then rejects the name as an unrecognised argument."""

    _intermixing = False

    def parse_known_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201
        if self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


@dataclass(frozen=True)
class CommandSet:
    """Where a module adds its commands (or a group's actions): each takes the options
    every command takes (``common``) and runs its ``handler``."""

    subparsers: argparse._SubParsersAction
    common: argparse.ArgumentParser

    def add(
        self,
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help: str,  # noqa: A002 - argparse's own name for it
        *,
        for_client: bool = False,
        intermixed: bool = False,
        **options,
    ) -> argparse.ArgumentParser:
        """``for_client``: the command works on one client, named by a required --client ID.
        ``intermixed``: its positionals may follow its options (see IntermixedParser)."""
        default_class = self.subparsers._parser_class
        if intermixed:
            self.subparsers._parser_class = IntermixedParser
        try:
            parser = self.subparsers.add_parser(name, parents=[self.common], help=help, **options)
        finally:
            self.subparsers._parser_class = default_class
        if for_client:
            parser.add_argument("--client", type=int, required=True, metavar="ID")
        parser.set_defaults(handler=handler)
        return parser

    def group(self, name: str, help: str, *, metavar: str = "ACTION", dest: str = "") -> CommandSet:  # noqa: A002
        """A command whose actions follow its name (``clientmanager rights open``)."""
        parser = self.subparsers.add_parser(name, parents=[self.common], help=help)
        actions = parser.add_subparsers(
            dest=dest or f"{name.replace('-', '_')}_action", metavar=metavar, required=True
        )
        return CommandSet(actions, self.common)


def terminal_progress():  # -> Progress (imported late: the parser loads no services)
    """A Progress that names each new step on stderr when that is a terminal; Ctrl+C
    stops the work the usual way (KeyboardInterrupt rolls the transaction back)."""
    from clientmanager.services.progress import Progress

    last = {"step": None}

    def report(_fraction: float, step: str) -> None:
        if step and step != last["step"] and sys.stderr.isatty():
            print(f"  {step}...", file=sys.stderr)
        last["step"] = step

    return Progress(report)
