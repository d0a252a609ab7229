"""The practice's settings: show them, change one."""

from __future__ import annotations

import argparse

from clientmanager.cli.common import CommandSet, unlocked


def cmd_settings_show(args: argparse.Namespace) -> int:
    from clientmanager.services import settings

    with unlocked(args) as practice, practice.session() as session:
        lines = settings.show_settings(session, practice.actor)
    tab = None
    for line in lines:
        if line.tab != tab:
            tab = line.tab
            print(f"{tab}:")
        shown = line.value.replace("\n", ", ") if line.value else "(not set)"
        minimum = f"  [law: {line.minimum}]" if line.minimum else ""
        print(f"  {line.key:<34} {shown}{minimum}")
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    from clientmanager.services import settings

    with unlocked(args) as practice, practice.session() as session:
        line = settings.set_value(session, practice.actor, args.key, args.value)
    shown = line.value.replace("\n", ", ") if line.value else "(not set)"
    print(f"{line.label}: {shown}")
    return 0


def register(commands, common: argparse.ArgumentParser) -> None:
    actions = CommandSet(commands, common).group(
        "settings", "show the practice's settings, or change one"
    )
    actions.add("show", cmd_settings_show, "every setting and its value")
    change = actions.add(
        "set",
        cmd_settings_set,
        "change one setting (audited); retention periods as retention.CATEGORY",
        description="Keys: "
        "registered_name, fsp_number, physical_address, postal_address, phone, email, "
        "office_hours, information_officer, information_officer_email, "
        "information_officer_phone, deputy_information_officers, regulator_contact, "
        "idle_lock_minutes, planners_see_all (yes/no), review_interval_default (months), "
        "backup_folder, pdf_password_policy (id_number | random), "
        "letter_language (en | af: the fixed text of client letters), and "
        "retention.CATEGORY ('5 years', '30 days'). An empty VALUE clears a setting. "
        "Separate address lines with ';'.",
    )
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
