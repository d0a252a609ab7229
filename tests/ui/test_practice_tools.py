"""The Practice and POPIA menus: every manager tool reachable, and only for roles allowed."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from clientmanager.services import client_records as records
from clientmanager.services.audit import Actor
from clientmanager.ui.main_window import MainWindow

WAIT = 20_000


def _window(qtbot, context, practice) -> MainWindow:
    context.set_unlocked(practice)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dashboard.dashboard is not None, timeout=WAIT)
    return window


def _visible_labels(window: MainWindow) -> set[str]:
    tools = window.practice_tools
    return {
        action.text().replace("&", "") for action, _tool in tools._actions if action.isVisible()
    }


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_the_practice_manager_reaches_every_tool(qtbot, context, practice):
    window = _window(qtbot, context, practice)
    titles = _menu_titles(window)
    assert titles.index("POPIA") == titles.index("Practice") + 1
    assert _visible_labels(window) == {
        "Backups…",
        "Users and roles…",
        "Change my password…",
        "Set up a second factor…",
        "New recovery code…",
        "Move this practice to the office server…",  # not "back to this PC": it is here
        "Import clients…",
        "Export clients…",
        "Possible duplicates…",
        "Export data-subject package for this client…",
        "Record a request from this client…",
        "Disclosures of this client…",
        "Print collection notice (s18)…",
        "Print Form 4 (marketing consent)…",
        "Attach a signed Form 4…",
        "Rights register (requests)…",
        "Breach register…",
        "Retention review…",
        "Audit trail…",
    }


def test_an_assistant_sees_only_what_the_role_allows(qtbot, context, practice):
    assistant = dataclasses.replace(
        practice, actor=Actor(user_id=practice.actor.user_id, username="zanele", role="assistant")
    )
    window = _window(qtbot, context, assistant)
    assert _visible_labels(window) == {"Backups…", "Change my password…"}


def test_the_package_export_needs_an_open_client(qtbot, context, practice):
    with practice.session() as session:
        client_id = records.save_client(
            session, practice.actor, values={"first_names": "Hélène", "surname": "Müller"}
        )
    window = _window(qtbot, context, practice)
    export = window.practice_tools.subject_export_action
    assert export.isVisible() and not export.isEnabled()
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.record.card is not None, timeout=WAIT)
    assert export.isEnabled()
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        opened.append(str(getattr(dialog, "client_id", "")))
        dialog.reject()

    QTimer.singleShot(200, close_dialog)
    export.trigger()
    assert opened == ["SubjectExportDialog", str(client_id)]


def test_the_audit_trail_opens_from_the_popia_menu(qtbot, context, practice):
    window = _window(qtbot, context, practice)
    action = next(a for a, _t in window.practice_tools._actions if "Audit" in a.text())
    opened: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(200, close_dialog)
    action.trigger()
    assert opened == ["AuditViewerDialog"]
