"""After the idle lock the key is gone from Python: engine disposed, connection factory
emptied, no login dialog left holding its practice."""

from __future__ import annotations

import gc
import hashlib
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from clientmanager.errors import DatabaseUnreadable
from clientmanager.ui.app import DesktopController
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD

_HEX = re.compile(r"[0-9a-fA-F]{64}")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _live_copies_of(key_digest: str, hex_digest: str) -> list[str]:
    """Every bytes/bytearray/str reachable from a live object that is, or contains, the
    key or its hex digits. Compared by hash, so this test holds no copy of its own."""
    found = []
    gc.collect()
    for holder in gc.get_objects():
        for value in (holder, *gc.get_referents(holder)):
            if isinstance(value, bytes | bytearray):
                if len(value) == 32 and _digest(bytes(value)) == key_digest:
                    found.append(f"bytes in {type(holder).__name__}")
                elif 32 < len(value) <= 4096:
                    raw = bytes(value)
                    if any(_digest(raw[i : i + 32]) == key_digest for i in range(len(raw) - 31)):
                        found.append(f"bytes inside {type(holder).__name__}")
            elif isinstance(value, str) and len(value) >= 64:
                for match in _HEX.finditer(value):
                    if _digest(match.group().lower().encode()) == hex_digest:
                        found.append(f"hex in a str in {type(holder).__name__}")
    return found


def _answer_the_unlock_screen(qtbot, seen: list) -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, LoginDialog):
        QTimer.singleShot(50, lambda: _answer_the_unlock_screen(qtbot, seen))
        return
    seen.append(dialog)
    dialog.password.set_text(ADMIN_PASSWORD)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)


def test_three_lock_unlock_cycles_leave_no_key_in_python(qtbot, context, practice):
    context.set_unlocked(practice)
    controller = DesktopController(context)
    controller.window = MainWindow(context)
    controller.window.lock_requested.connect(controller.lock)
    qtbot.addWidget(controller.window)
    controller.window.show()

    digests = []
    dialogs: list = []
    for _cycle in range(3):
        current = context.practice
        digests.append((_digest(current.key), _digest(current.key.hex().encode())))
        engine = current.engine
        QTimer.singleShot(0, lambda: _answer_the_unlock_screen(qtbot, dialogs))
        controller.lock("Locked for the test.")
        assert context.is_unlocked and context.practice is not current
        # The old practice is closed all the way down: no engine, no key, and an engine
        # someone kept hold of cannot reconnect.
        assert current.engine is None and not current.is_open
        with pytest.raises(DatabaseUnreadable):
            engine.connect()
        del current, engine

    context.lock()
    controller.idle_watcher.stop()
    qtbot.wait(50)  # deleteLater of the last dialog
    dialog_ids = {id(d) for d in dialogs}
    dialogs.clear()
    gc.collect()
    # Every login dialog is gone, not parked under the main window holding its practice.
    assert not [w for w in QApplication.allWidgets() if id(w) in dialog_ids]
    assert not [o for o in gc.get_objects() if isinstance(o, LoginDialog)]
    for key_digest, hex_digest in digests:
        assert _live_copies_of(key_digest, hex_digest) == []
