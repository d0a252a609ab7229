"""Idle lock on the wall clock: a fake clock, a jump as after sleep, the key dropped and the
unlock screen shown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from clientmanager.services import settings
from clientmanager.ui.app import DesktopController
from clientmanager.ui.idle_lock import IdleLockWatcher
from clientmanager.ui.login import LoginDialog
from clientmanager.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_750_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def _key_press(widget) -> None:
    QApplication.sendEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )


def test_input_keeps_it_awake_and_idleness_locks(qtbot):
    clock = FakeClock()
    watcher = IdleLockWatcher(minutes=10, clock=clock, tick_ms=60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher.start()
    fired = []
    watcher.idle_timeout.connect(lambda: fired.append(clock()))

    clock.advance(9 * 60)
    watcher.check()
    _key_press(field)  # typing resets the idle time
    clock.advance(9 * 60)
    watcher.check()
    assert fired == [] and field.text() == "a"
    clock.advance(61)
    watcher.check()
    assert len(fired) == 1 and not watcher.is_running
    watcher.check()
    assert len(fired) == 1  # once, until started again
    watcher.stop()


def test_the_first_input_after_a_sleep_locks_instead_of_counting_as_activity(qtbot):
    clock = FakeClock()
    watcher = IdleLockWatcher(minutes=10, clock=clock, tick_ms=60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher.start()
    clock.advance(3 * 3600)  # the laptop lid was closed for three hours
    with qtbot.waitSignal(watcher.idle_timeout, timeout=2_000):
        _key_press(field)
    assert field.text() == ""  # the keystroke went to the lock, not into the form
    watcher.stop()


def test_a_clock_set_back_does_not_lock_or_freeze(qtbot):
    clock = FakeClock()
    watcher = IdleLockWatcher(minutes=10, clock=clock, tick_ms=60_000)
    watcher.start()
    fired = []
    watcher.idle_timeout.connect(lambda: fired.append(True))
    clock.advance(-7200)
    watcher.check()
    clock.advance(9 * 60)
    watcher.check()
    assert fired == []
    clock.advance(61)
    watcher.check()
    assert fired == [True]
    watcher.stop()


def test_idle_lock_drops_the_key_and_shows_the_unlock_screen(qtbot, context, practice, tmp_path):
    with practice.session() as session:
        settings.set_value(session, practice.actor, "idle_lock_minutes", "5")
    clock = FakeClock()
    context.set_unlocked(practice)
    controller = DesktopController(context, idle_clock=clock)
    controller.window = MainWindow(context)
    controller.window.lock_requested.connect(controller.lock)
    qtbot.addWidget(controller.window)
    controller.window.show()
    qtbot.waitUntil(lambda: controller.idle_watcher.minutes == 5, timeout=10_000)
    assert controller.idle_watcher.is_running

    clock.advance(4 * 60)
    controller.idle_watcher.check()
    assert context.is_unlocked  # four minutes is not enough

    seen = {}

    def at_the_unlock_screen() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(50, at_the_unlock_screen)
            return
        seen["dialog_visible"] = dialog.isVisible()
        seen["window_hidden"] = not controller.window.isVisible()
        seen["unlocked"] = context.is_unlocked
        seen["key_dropped"] = practice._key is None
        seen["reason"] = dialog.reason.text()
        seen["watcher_running"] = controller.idle_watcher.is_running
        dialog.grab().save(str(tmp_path / "idle-lock.png"))
        dialog.grab().save("/tmp/idle-lock.png")
        dialog.password.set_text("")
        qtbot.keyClicks(dialog.password.edit, ADMIN_PASSWORD)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, at_the_unlock_screen)
    clock.advance(2 * 3600)  # the PC slept; the first tick after waking sees the jump
    controller.idle_watcher.check()  # returns once the unlock screen was answered

    assert seen == {
        "dialog_visible": True,
        "window_hidden": True,
        "unlocked": False,
        "key_dropped": True,
        "reason": seen["reason"],
        "watcher_running": False,
    }
    assert "Locked after 5 minutes without activity" in seen["reason"]
    # Signing in again brings the window back with a new practice object and the watch on.
    assert context.is_unlocked and context.practice is not practice
    assert controller.window.isVisible()
    assert controller.idle_watcher.is_running
    controller.idle_watcher.stop()  # leave no application-wide filter behind


def test_mouse_input_counts_as_activity(qtbot):
    clock = FakeClock()
    watcher = IdleLockWatcher(minutes=1, clock=clock, tick_ms=60_000)
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher.start()
    clock.advance(50)
    QApplication.sendEvent(
        field,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(3, 3),
            QPointF(3, 3),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    clock.advance(50)
    watcher.check()
    assert watcher.is_running and watcher.idle_seconds() == 50
    watcher.stop()


def test_an_installed_watcher_outlives_its_dropped_owner(qtbot):
    """A running watcher is an application event filter: it must stay alive until stopped,
    or garbage collection could delete it in the middle of filtering an event."""
    import gc

    from clientmanager.ui import idle_lock

    watcher = IdleLockWatcher(minutes=10, clock=FakeClock(), tick_ms=60_000)
    watcher.start()
    kept = {id(w) for w in idle_lock._INSTALLED}
    assert id(watcher) in kept
    del watcher
    gc.collect()
    field = QLineEdit()
    qtbot.addWidget(field)
    _key_press(field)  # the filter still runs, on a live object
    survivor = next(w for w in idle_lock._INSTALLED if id(w) in kept)
    assert survivor.is_running
    survivor.stop()
    assert survivor not in idle_lock._INSTALLED
