"""A copied ID number leaves the clipboard after its time, unless the user copied over it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from clientmanager.ui.clipboard import CLEAR_AFTER_MS, SensitiveClipboard


def test_a_copied_id_number_is_cleared_after_its_time(qtbot):
    clipboard = SensitiveClipboard(clear_after_ms=150)
    assert CLEAR_AFTER_MS == 30_000
    clipboard.copy("8001015009087")
    assert QGuiApplication.clipboard().text() == "8001015009087"
    with qtbot.waitSignal(clipboard.cleared, timeout=3_000):
        pass
    assert QGuiApplication.clipboard().text() == ""


def test_something_copied_since_is_left_alone(qtbot):
    clipboard = SensitiveClipboard(clear_after_ms=150)
    clipboard.copy("8001015009087")
    QGuiApplication.clipboard().setText("meeting notes")
    cleared = []
    clipboard.cleared.connect(lambda: cleared.append(True))
    qtbot.wait(400)
    assert cleared == [] and QGuiApplication.clipboard().text() == "meeting notes"


def test_quitting_clears_what_we_copied(qtbot, qapp):
    clipboard = SensitiveClipboard(clear_after_ms=60_000)
    clipboard.copy("62 1234 5678")
    qapp.aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""
