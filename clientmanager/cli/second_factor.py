"""A second factor for practice managers (TOTP) and their sign-in alerts, from a terminal.

``clientmanager second-factor setup`` shows a QR code to scan with an authenticator app
and switches the factor on once a code matches; from then on every sign-in of that
administrator, here and in the desktop, needs the code (CLIENTMANAGER_SECOND_FACTOR for
scripts) or the practice recovery code.
"""

from __future__ import annotations

import argparse

from clientmanager.cli.common import (
    SECOND_FACTOR_ENV,
    CommandSet,
    ask_secret,
    unlocked,
    unlocked_session,
)


def cmd_setup(args: argparse.Namespace) -> int:
    from clientmanager.services import second_factor
    from clientmanager.services.auth import qr_text

    with unlocked(args) as practice:
        with practice.session() as session:
            enrolment = second_factor.begin(session, actor=practice.actor)
        print("Scan this with your authenticator app (or type the key below):")
        print(qr_text(enrolment.uri))
        print(f"  key: {enrolment.secret}")
        code = ask_secret("Code the app shows now: ", SECOND_FACTOR_ENV)
        with practice.session() as session:
            second_factor.confirm(session, actor=practice.actor, secret=enrolment.secret, code=code)
    print("Second factor on: every sign-in now needs the code (or the recovery code).")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    from clientmanager.services import second_factor

    with unlocked_session(args) as (session, actor):
        second_factor.remove(session, actor=actor, username=args.for_user)
    print(f"Second factor removed for {args.for_user}.")
    return 0


def cmd_alerts(args: argparse.Namespace) -> int:
    from clientmanager.services.second_factor import sign_in_alerts

    with unlocked_session(args) as (session, actor):
        alerts = sign_in_alerts(session, actor=actor, days=args.days)
    if not alerts:
        print(f"No unusual sign-ins in the last {args.days} days.")
    for alert in alerts:
        print(f"  {alert.message}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    cli = CommandSet(commands, common)
    actions = cli.group(
        "second-factor", "practice managers: authenticator-app codes", dest="factor_action"
    )
    actions.add("setup", cmd_setup, "show the QR code and switch it on")
    remove = actions.add("remove", cmd_remove, "switch it off for a user")
    remove.add_argument("for_user", metavar="USER")
    alerts = cli.add("sign-in-alerts", cmd_alerts, "unusual sign-ins (after failures, after hours)")
    alerts.add_argument("--days", type=int, default=14)
