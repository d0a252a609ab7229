"""A second copy of the desktop on the same practice is told who has it open."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from clientmanager.errors import ReadOnlyPractice
from clientmanager.store.practice_lock import this_host
from clientmanager.ui.login import LoginDialog
from tests.conftest import ADMIN, ADMIN_PASSWORD

ROOT = Path(__file__).resolve().parents[2]

# The first desktop: its AppContext claims the practice as the real app does at start-up.
FIRST_DESKTOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from clientmanager.paths import PracticePaths
    from clientmanager.ui.context import AppContext
    app = QCoreApplication([])
    context = AppContext(PracticePaths(Path(sys.argv[1])))
    context.claim_practice()
    context.practice_lock.set_user("sipho")
    print("ready", flush=True)
    sys.stdin.readline()
    context.release_practice()
    """
)


@pytest.fixture
def first_desktop(practice_paths, practice):
    process = subprocess.Popen(
        [sys.executable, "-c", FIRST_DESKTOP, str(practice_paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.communicate("\n", timeout=30)


def test_second_desktop_is_told_who_has_the_practice_and_may_read(
    qtbot, context, practice, first_desktop
):
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reason.isVisible()
    assert f"open for changes by sipho on {this_host()}" in dialog.reason.text()
    assert dialog.read_only_button.isVisible()
    dialog.grab().save("/tmp/safety/second_instance.png")

    # Unlocking for changes is refused (the other copy still has it)...
    dialog.password.set_text(ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert dialog.practice is None and context.practice_lock is None

    # ...read-only works, and nothing can be written through it.
    qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.practice is not None, timeout=30_000)
    opened = dialog.practice
    try:
        assert opened.read_only and opened.actor.username == ADMIN
        with opened.session() as session:
            assert session.execute(sa.text("SELECT count(*) FROM users")).scalar() == 1
        with pytest.raises(ReadOnlyPractice) as refused:
            with opened.session() as session:
                session.execute(sa.text("UPDATE practice SET name = 'changed'"))
        assert "read-only" in refused.value.message
    finally:
        opened.close()


def test_the_only_desktop_takes_the_lock_and_names_the_user(qtbot, context, practice):
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    assert context.practice_lock is not None and not dialog.read_only_button.isVisible()
    dialog.password.set_text(ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.practice is not None, timeout=30_000)
    context.set_unlocked(dialog.practice)
    assert context.practice_lock.holder.user == ADMIN


def test_a_read_only_desktop_says_so_and_takes_no_backup(
    qtbot, context, practice, practice_paths, first_desktop
):
    from clientmanager.services.practice import unlock_with_password
    from clientmanager.ui.app import DesktopController

    context.open_read_only()
    context.set_unlocked(
        unlock_with_password(practice_paths, ADMIN, ADMIN_PASSWORD, read_only=True)
    )
    controller = DesktopController(context)
    controller.open_main_window()
    qtbot.addWidget(controller.window)
    try:
        assert controller.window.windowTitle().endswith("(read-only)")
        assert "Read-only" in controller.window.statusBar().currentMessage()
        qtbot.wait(500)
        context.tasks.wait_until_idle()
        backups = practice_paths.backups
        assert not backups.exists() or not [p for p in backups.rglob("*") if p.is_file()]
    finally:
        controller.idle_watcher.stop()
