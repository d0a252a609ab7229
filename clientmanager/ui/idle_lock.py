"""Lock the practice after a spell without keyboard or mouse input (POPIA s19 safeguard).

Idle time is measured on the wall clock, not with a countdown timer: a QTimer's clock
stops while the PC sleeps, so a laptop closed for an hour would wake up with its old
countdown still running. Here a short tick compares "now" with the time of the last input;
after a sleep the first tick (or the application becoming active again) sees the jump and
locks at once. The clock is injectable so tests can jump it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

logger = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 10
TICK_MS = 5_000

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


# Watchers whose event filter is installed on the application (see start()).
_INSTALLED: set[IdleLockWatcher] = set()


class IdleLockWatcher(QObject):
    """Emits :attr:`idle_timeout` once after ``minutes`` without user input.

    Install it with :meth:`start` when the practice is unlocked and :meth:`stop` it when it
    locks; it watches the whole application through an event filter.
    """

    idle_timeout = Signal()

    def __init__(
        self,
        *,
        minutes: float = DEFAULT_IDLE_MINUTES,
        clock: Callable[[], float] = time.time,
        tick_ms: int = TICK_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._minutes = float(minutes)
        self._last_input = clock()
        self._running = False
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def minutes(self) -> float:
        return self._minutes

    @property
    def is_running(self) -> bool:
        return self._running

    def set_minutes(self, minutes: float) -> None:
        """Change the idle time (the practice setting); 0 or less turns the lock off."""
        self._minutes = float(minutes)
        self.check()

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._last_input = self._clock()
        app = QGuiApplication.instance()
        if app is not None:
            # While installed, the filter must not be garbage-collected: a parentless
            # watcher whose owner was dropped could otherwise be collected (and its C++
            # object deleted) in the middle of filtering an event, which crashes Qt.
            _INSTALLED.add(self)
            app.installEventFilter(self)
        self._tick.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._tick.stop()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        _INSTALLED.discard(self)

    def note_activity(self) -> None:
        self._last_input = self._clock()

    def idle_seconds(self) -> float:
        return self._clock() - self._last_input

    def check(self) -> None:
        """Lock if the idle time has passed, however the clock got there."""
        if not self._running or self._minutes <= 0:
            return
        idle = self.idle_seconds()
        if idle < 0:
            # The clock was set back (time zone fix, NTP): count from now, not from the future.
            self._last_input = self._clock()
            return
        if idle >= self._minutes * 60:
            logger.info("locking after %.0f idle minutes", idle / 60)
            self.stop()
            self.idle_timeout.emit()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        # Waking from sleep usually re-activates the app before the next tick.
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() not in _INPUT_EVENTS:
            return False
        now = self._clock()
        if self._running and self._minutes > 0 and now - self._last_input >= self._minutes * 60:
            # The first input after a sleep must not count as activity that cancels the
            # lock: lock now (after this event is dropped), not at the next tick.
            self.stop()
            QTimer.singleShot(0, self.idle_timeout.emit)
            return True
        self._last_input = now
        return False
