"""Users and roles."""

from __future__ import annotations

import argparse

from clientmanager.cli.common import CommandFailed, CommandSet, ask_password_for, unlocked


def cmd_users(args: argparse.Namespace) -> int:
    from clientmanager.services import users as users_service

    with unlocked(args) as practice:
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
            password = ask_password_for(name)
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
            users_service.enable_user(practice, username=name, new_password=ask_password_for(name))
            print(f"Enabled {name} with a new password.")
        elif args.action == "reset-password":
            users_service.reset_password(
                practice, username=name, new_password=ask_password_for(name)
            )
            print(f"The password for {name} has been reset.")
        elif args.action == "set-role":
            if not args.role:
                raise CommandFailed("'users set-role' needs --role.")
            users_service.set_role(practice, username=name, role=args.role)
            print(f"{name} is now {args.role}.")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    users_parser = CommandSet(commands, common).add(
        "users",
        cmd_users,
        "list, add, disable, enable users; reset passwords; roles",
        intermixed=True,
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
