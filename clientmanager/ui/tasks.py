"""Database work off the UI thread, results back on it.

One worker thread runs operations in order (a practice database has one writer at a time
anyway); each result or error is delivered to the main thread through a queued signal,
so callbacks may touch widgets and workers never do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

logger = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the main thread; its signals, emitted from the worker, arrive queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]):
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._on_error(error)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the UI, which decides what to say
            logger.debug("background job failed: %s", type(exc).__name__)
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """A one-thread executor for database work."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay: _Relay

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                self._relays.discard(relay)
                callback(value)

            return deliver

        relay = _Relay(finish(on_done), finish(on_error))
        self._relays.add(relay)  # keep it alive until its result is delivered
        self._pool.start(_Job(work, relay))

    def is_busy(self) -> bool:
        return bool(self._relays)

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)
