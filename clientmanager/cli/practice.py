"""Setting up and opening the practice: init, check, passwords, recovery code, keyring."""

from __future__ import annotations

import argparse
import os
import sys

from clientmanager.cli.common import (
    PASSWORD_ENV,
    RECOVERY_CODE_ENV,
    USER_ENV,
    CommandFailed,
    CommandSet,
    ask_new_password,
    ask_secret,
    ask_text,
    create_practice_asking_password,
    only_user_or_asked,
    practice_paths,
    print_recovery_code,
    unlock,
    unlocked,
)


def cmd_init(args: argparse.Namespace) -> int:
    from clientmanager.domain.passwords import check_username

    if getattr(args, "server", None):  # issue 18: the practice lives on the office server
        from clientmanager.cli.office import cmd_init_on_server

        return cmd_init_on_server(args)
    paths = practice_paths(args)
    username = check_username(args.admin)
    practice, recovery_code = create_practice_asking_password(
        paths,
        args.practice,
        username,
        admin_full_name=args.admin_name,
        information_officer_name=args.information_officer,
        information_officer_email=args.information_officer_email,
    )
    practice.close()
    print(f'Created the practice "{args.practice.strip()}" in {paths.data_dir}')
    print(f"Administrator: {username}")
    print_recovery_code(recovery_code)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from clientmanager.services.practice import check_practice

    # The check reads a possibly damaged file, so it opens without the sign-in write.
    with unlocked(args, sign_in=False) as practice:
        report = check_practice(practice)
    print(f"Practice:        {practice.practice_name}")
    print(f"Schema version:  {report.schema_revision} (this program: {report.head_revision})")
    if practice.pre_upgrade_copy:
        print(f"Upgraded; the previous version is kept at {practice.pre_upgrade_copy}")
    for table, count in report.counts.items():
        print(f"  {table:<16} {count:>10,}")
    if report.ok and practice.on_server:  # issue 18: the server checks its own storage
        print(
            "Checks passed (office server): audit trail intact up to its anchor, append-only "
            "guard in place, the desktops' login cannot change the audit log or erasure ledger."
        )
        return 0
    if report.ok:
        print(
            "Checks passed: cipher_integrity_check ok, integrity_check ok, foreign keys ok, "
            "audit trail intact up to its anchor, append-only guard in place."
        )
        return 0
    for problem in report.problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print(
        "Restore the most recent verified backup, and keep this database for support.",
        file=sys.stderr,
    )
    return 1


def cmd_passwd(args: argparse.Namespace) -> int:
    from clientmanager.services import practice as practice_service

    paths = practice_paths(args)
    if args.recovery_code:
        username = args.user or os.environ.get(USER_ENV) or ask_text("User name: ")
        code = ask_secret("Recovery code: ", RECOVERY_CODE_ENV)
        practice = practice_service.unlock_with_recovery_code(paths, code)
    else:
        known = practice_service.known_usernames(paths)
        username = args.user or os.environ.get(USER_ENV) or only_user_or_asked(known)
        old_password = ask_secret(f"Current password for {username}: ", PASSWORD_ENV)
        practice = practice_service.unlock_with_password(paths, username, old_password)
    try:
        new_password = ask_new_password(username)
        practice_service.set_password(practice, username=username, new_password=new_password)
    finally:
        practice.close()
    print(f"The password for {username.strip().casefold()} has been changed.")
    return 0


def cmd_recovery_code(args: argparse.Namespace) -> int:
    from clientmanager.services.practice import new_recovery_code_for

    with unlocked(args) as practice:
        if practice.actor.role != "administrator":
            raise CommandFailed("Only an administrator can issue a new recovery code.")
        code = new_recovery_code_for(practice)
    print("A new recovery code has been issued. The old printed code no longer works.")
    print_recovery_code(code)
    return 0


def cmd_keyring(args: argparse.Namespace) -> int:
    from clientmanager.services import practice as practice_service
    from clientmanager.store import keyring_cache

    paths = practice_paths(args)
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
    practice = unlock(args)
    practice.close()
    print(
        f"The key is remembered for {practice.actor.username} in the keyring "
        f"({keyring_cache.backend_name()}). Commands and the app can now open this "
        "practice without a password on this computer account. "
        "Undo with 'clientmanager keyring forget'."
    )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from clientmanager.ui.app import run_gui

    return run_gui(data_dir=practice_paths(args).data_dir)


def register(commands, common: argparse.ArgumentParser) -> None:
    cli = CommandSet(commands, common)
    init = cli.add("init", cmd_init, "create a new practice")
    init.add_argument("--practice", required=True, metavar="NAME", help="the practice's name")
    init.add_argument("--admin", required=True, metavar="USER", help="the first administrator")
    init.add_argument("--admin-name", metavar="FULL_NAME", help="the administrator's full name")
    init.add_argument(
        "--information-officer", metavar="NAME", help="the information officer (POPIA s55)"
    )
    init.add_argument("--information-officer-email", metavar="EMAIL")
    from clientmanager.cli.office import add_server_options

    add_server_options(init)
    cli.add("check", cmd_check, "verify encryption and integrity; show schema and counts")
    cli.add("passwd", cmd_passwd, "change a password")
    cli.add("recovery-code", cmd_recovery_code, "issue a new recovery code (administrators)")
    keyring_parser = cli.add(
        "keyring", cmd_keyring, "remember or forget the key in the system keyring"
    )
    keyring_parser.add_argument("action", choices=["status", "remember", "forget"])
