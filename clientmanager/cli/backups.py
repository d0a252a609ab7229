"""Backups: take, list, verify, copy and restore."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from clientmanager.cli.common import (
    APP_PASSWORD_ENV,
    PASSWORD_ENV,
    RECOVERY_CODE_ENV,
    SERVER_PASSWORD_ENV,
    USER_ENV,
    CommandFailed,
    CommandSet,
    ask_secret,
    ask_server_password,
    ask_text,
    human_size,
    only_user_or_asked,
    practice_id_or_none,
    practice_paths,
    terminal_progress,
    unlock,
    unlocked,
)


def cmd_backup(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    with unlocked(args) as practice:
        info = backups.take_daily_backup(practice, force=args.force)
        folder = backups.backup_folder(practice)
        if info is None:
            newest = backups.list_backups(folder)[0]
            print(
                f"Today already has a verified backup: {newest.path} ({human_size(newest.size)})."
            )
            print("Use --force to take another one now.")
            return 0
    print(f"Backup written and verified: {info.path} ({human_size(info.size)}).")
    return 0


def cmd_purge_erased(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    with unlocked(args) as practice:
        result = backups.purge_erased(practice, progress=terminal_progress())
    for name in result.purged:
        print(f"  {name}: rewritten without the erased people, verified")
    if result.purged:
        print(f"Erased people were removed from {len(result.purged)} backup(s).")
    else:
        print("No retained backup holds anyone who was erased.")
    if result.already_clean:
        print(
            f"{len(result.already_clean)} backup(s) held nobody erased and were left as they are."
        )
    for problem in result.not_reached:
        print(f"NOT REACHED: {problem}", file=sys.stderr)
    if result.not_reached:
        print(
            "Plug in the drive (or restore access) and run 'clientmanager backups "
            "purge-erased' again.",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    if getattr(args, "backups_action", None) == "purge-erased":
        return cmd_purge_erased(args)
    if args.folder:
        folder = Path(args.folder).expanduser()
    else:
        with unlocked(args) as practice:
            folder = backups.backup_folder(practice)
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
        print(f"  {when:<17} {human_size(b.size):>10}  {clients:>8}  {status:<9} {b.name}{extra}")
        if b.problem:
            print(f"      {b.problem}")
    return 0


def unlock_backup_for(args: argparse.Namespace, source: Path):  # -> backups.Unlocked
    from clientmanager.services import backups
    from clientmanager.store.keyslots import KeySlotFile

    if args.recovery_code:
        code = ask_secret("Recovery code: ", RECOVERY_CODE_ENV)
        return backups.unlock_backup(source, recovery_code=code)
    username = args.user or os.environ.get(USER_ENV)
    if not username:
        known = KeySlotFile.load(backups.read_backup(source).key_slots).usernames()
        username = only_user_or_asked(known)
    password = ask_secret(f"Password for {username}: ", PASSWORD_ENV)
    return backups.unlock_backup(source, username=username, password=password)


def _restore_to_server(args: argparse.Namespace, source: Path, info, taken: str) -> int:  # noqa: ANN001
    """``restore BACKUP --server OWNER-URL --app-login LOGIN``: a backup of a server
    practice into a new, empty database there, as the server's owner account."""
    from clientmanager.services import server_backups
    from clientmanager.store.postgres import ServerAddress

    paths = practice_paths(args)
    if not args.app_login:
        raise CommandFailed(
            "A restore into the office server needs --app-login NAME: the desktops' login "
            "for the restored database (created, or its password set, by the restore)."
        )
    address = ServerAddress.parse(args.server)
    if not args.yes:
        print(
            f"This restores the backup of {taken} into the empty database "
            f"{address.database} on {address.host}, and points {paths.data_dir} at it."
        )
        if ask_text("Type RESTORE to go ahead: ") != "RESTORE":
            raise CommandFailed("Nothing was restored.")
    password = ask_server_password(address.user)
    app_password = ask_secret(
        f"Password for the desktops' login {args.app_login}: ", APP_PASSWORD_ENV
    )
    unlocked = unlock_backup_for(args, source)
    result = server_backups.restore_to_server(
        source,
        paths=paths,
        address=address,
        password=password,
        unlocked=unlocked,
        app_login=args.app_login,
        app_password=app_password,
        ledger_files=[Path(p) for p in (args.ledger or [])],
        progress=terminal_progress(),
    )
    print(f"Restored the backup of {taken} into the office server ({address.database}).")
    print(
        f"This PC's folder {paths.data_dir} now opens it; other PCs: clientmanager join "
        f"--data-dir DIR --server {info_url(address.url, args.app_login)}"
    )
    _say_erasures(result)
    return 0


def info_url(url: str, login: str) -> str:
    from clientmanager.store.pg_backup import with_user

    return with_user(url, login)


def _say_erasures(result) -> None:  # noqa: ANN001
    if result.upgraded_from:
        print(f"The backup's schema {result.upgraded_from} was upgraded to the current version.")
    if result.erasures_replayed:
        print(
            f"{result.erasures_replayed} client erasure(s) made after this backup were "
            "applied again, so those people stay erased."
        )
    if result.uncovered_erasure_at is not None:
        when = result.uncovered_erasure_at.strftime("%Y-%m-%d %H:%M")
        print(
            f"WARNING: this backup is older than an erasure made on {when} UTC whose ledger "
            "could not be read here, so a person erased then may be back in this practice. "
            "Restore again with --ledger pointing at the erasures.ledger of a newer backup "
            "(or the practice it came from), or erase them again from the erasure register.",
            file=sys.stderr,
        )


def cmd_restore(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    paths = practice_paths(args)
    source = backups.resolve_backup(Path(args.file))
    info = backups.read_backup(source)
    # A damaged backup is refused before anything is unlocked or written.
    backups.raise_if_unsound(backups.check_backup(source))
    taken = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    if getattr(args, "server", None):
        return _restore_to_server(args, source, info, taken)
    if info.on_server:
        raise CommandFailed(
            "This is a backup of a practice on an office server: it restores into a new, "
            "empty database on a server. Create one there, then add --server "
            "postgresql://OWNER@SERVER/NEWDB --app-login LOGIN (and a new --data-dir)."
        )
    live = None
    if paths.database.exists() and args.replace_damaged:
        # The practice here is damaged and will not open: unlock the backup itself.
        if not args.yes:
            print(f"This replaces the damaged practice in {paths.data_dir} with the backup of")
            print(f"{taken}. Its files are kept aside, as they are, in a damaged-... folder.")
            if ask_text("Type RESTORE to go ahead: ") != "RESTORE":
                raise CommandFailed("Nothing was restored.")
        unlocked = unlock_backup_for(args, source)
    elif paths.database.exists():
        if not args.yes:
            print(f"This replaces the practice in {paths.data_dir} with the backup of {taken}.")
            print("The current database is backed up first.")
            if ask_text("Type RESTORE to go ahead: ") != "RESTORE":
                raise CommandFailed("Nothing was restored.")
        from clientmanager.errors import DatabaseUnreadable, IntegrityProblem

        try:
            live = unlock(args)
        except (IntegrityProblem, DatabaseUnreadable) as exc:
            raise CommandFailed(
                f"{exc.message} If it is damaged, run the restore again with "
                "--replace-damaged: its files are then kept aside, as they are."
            ) from None
        # The backup opens with its own key: the live one, or (after a re-key) the one
        # its key bridge holds; otherwise its own key-slot file asks for a password.
        own_key = (
            backups.backup_key(info, live.key) if info.practice_id == live.practice_id else None
        )
        if own_key is not None:
            unlocked = backups.Unlocked(own_key, live.actor)
        else:
            unlocked = backups.Unlocked(unlock_backup_for(args, source).key, live.actor)
    else:
        unlocked = unlock_backup_for(args, source)
    try:
        result = backups.restore_backup(
            source,
            paths=paths,
            unlocked=unlocked,
            live=live,
            replace_damaged=args.replace_damaged,
            ledger_files=[Path(p) for p in (args.ledger or [])],
            progress=terminal_progress(),
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
    _say_erasures(result)
    if not result.kept_current_key_slots:
        print("Unlock it with a password or recovery code that was valid when it was taken.")
    return 0


def cmd_verify_backup(args: argparse.Namespace) -> int:
    from clientmanager.services import backups
    from clientmanager.services.practice import is_on_server

    paths = practice_paths(args)
    source = backups.resolve_backup(Path(args.file))
    info = backups.read_backup(source)
    on_server = is_on_server(paths)
    same_practice = (paths.key_slots.exists() or on_server) and (
        practice_id_or_none(paths) == info.practice_id
    )
    restore_tested = False
    if same_practice:
        with unlocked(args) as practice:
            reachable = backups.backup_key(info, practice.key) is not None
            if reachable:
                owner = None
                if info.on_server and args.owner:
                    from clientmanager.services.server_backups import ServerOwner

                    owner = ServerOwner(args.owner, ask_server_password(args.owner))
                restore_tested = info.on_server and on_server
                result = backups.verify_backup(
                    practice,
                    source,
                    owner=owner,
                    restore_test=True if restore_tested else None,
                    progress=terminal_progress(),
                )
        if not reachable:
            # Taken under a key the practice no longer reaches: its own key-slot file opens it.
            result = backups.check_backup(source, key=unlock_backup_for(args, source).key)
    else:
        result = backups.check_backup(source, key=unlock_backup_for(args, source).key)
    if result.ok and info.on_server:
        tested = (
            "restored into a scratch database on the server with every table's row count and "
            "the audit chain's head matching its manifest"
            if restore_tested
            else "pg_restore read it in full (run this on a PC of the practice, with --owner, "
            "to restore it into a scratch database too)"
        )
        print(
            f"{info.name} is sound: checksums match, every chunk decrypts, {tested} "
            f"({human_size(info.size)})."
        )
        return 0
    if result.ok:
        print(
            f"{info.name} is sound: checksums match, cipher_integrity_check and "
            f"integrity_check passed, row counts match its manifest ({human_size(info.size)})."
        )
        return 0
    print(f"{info.name} is DAMAGED and cannot be restored:", file=sys.stderr)
    for problem in result.problems:
        print(f"  - {problem}", file=sys.stderr)
    print("Use another backup, for example the one from the day before.", file=sys.stderr)
    return 1


def cmd_copy_backup(args: argparse.Namespace) -> int:
    from clientmanager.services import backups

    with unlocked(args) as practice:
        copy = backups.copy_backup(practice, Path(args.file), Path(args.destination))
    print(f"Copied and checked: {copy}")
    print(
        "To open this copy on another computer you need the practice's recovery code (or "
        "an administrator's password from when it was taken). Keep the drive somewhere safe."
    )
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    cli = CommandSet(commands, common)
    backup = cli.add("backup", cmd_backup, "take today's verified backup (for scheduled tasks)")
    backup.add_argument("--force", action="store_true", help="even if today has one already")
    backups_parser = cli.add("backups", cmd_backups, "list backups with date, size and status")
    backups_parser.add_argument(
        "backups_action",
        nargs="?",
        choices=["list", "purge-erased"],
        default="list",
        help="list (default), or purge-erased: remove erased people from retained backups",
    )
    backups_parser.add_argument("--folder", metavar="DIR", help="list this folder instead")
    restore = cli.add(
        "restore", cmd_restore, "restore a backup (the current database is backed up first)"
    )
    restore.add_argument("file", metavar="BACKUP", help="a backup folder (or a file in it)")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.add_argument(
        "--ledger",
        action="append",
        metavar="FILE",
        help="also apply this erasure ledger (an erasures.ledger file, or a backup folder)",
    )
    restore.add_argument(
        "--replace-damaged",
        action="store_true",
        help="the practice here is damaged and will not open: set it aside and restore",
    )
    restore.add_argument(
        "--server",
        metavar="URL",
        help="a backup of a practice on the office server: restore it into this new, empty "
        "database, as the server's owner account (postgresql://OWNER@SERVER/NEWDB...; "
        f"password asked, or {SERVER_PASSWORD_ENV})",
    )
    restore.add_argument(
        "--app-login",
        metavar="NAME",
        help="with --server: the desktops' login for the restored database (created or its "
        f"password set; asked, or {APP_PASSWORD_ENV})",
    )
    verify_backup = cli.add(
        "verify-backup", cmd_verify_backup, "check that a backup is whole and opens"
    )
    verify_backup.add_argument("file", metavar="BACKUP")
    verify_backup.add_argument(
        "--owner",
        metavar="NAME",
        help="a practice on the office server: the server's owner account, which may create "
        f"the scratch database the check restores into (password asked, or {SERVER_PASSWORD_ENV})",
    )
    copy_backup = cli.add(
        "copy-backup", cmd_copy_backup, "copy a backup to a USB drive or another folder"
    )
    copy_backup.add_argument("file", metavar="BACKUP")
    copy_backup.add_argument("destination", metavar="DEST")
