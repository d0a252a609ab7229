"""Database work off the UI thread, results back on it.

One worker thread runs operations in order (a practice database has one writer at a time
anyway); each result or error is delivered to the main thread through a queued signal,
so callbacks may touch widgets and workers never do.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

logger = logging.getLogger(__name__)


class TaskRunner(QObject):
    """A one-thread executor for database work.

    Results come back through this long-lived object's own queued signals, keyed by job.
    No per-job QObject is made: such helpers sat in reference cycles with their callbacks,
    so Python's cycle collector could delete one from the worker thread while the UI
    thread was using it, which crashed at random. A plain Python thread pool replaces
    QThreadPool, whose Python QRunnables are owned twice (by the pool and by Python).
    """

    _succeeded = Signal(int, object)
    _failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database")
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]]
        self._callbacks = {}
        self._job_ids = itertools.count()
        self._pending: set[Future] = set()
        self._succeeded.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)

    def submit(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        job_id = next(self._job_ids)
        self._callbacks[job_id] = (on_done, on_error)

        def run() -> None:
            try:
                result = work()
            except BaseException as exc:  # delivered to the UI, which decides what to say
                logger.debug("background job failed: %s", type(exc).__name__)
                self._failed.emit(job_id, exc)
            else:
                self._succeeded.emit(job_id, result)

        future = self._executor.submit(run)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    @Slot(int, object)
    def _deliver_result(self, job_id: int, result: Any) -> None:
        on_done, _on_error = self._callbacks.pop(job_id)
        on_done(result)

    @Slot(int, object)
    def _deliver_error(self, job_id: int, error: BaseException) -> None:
        _on_done, on_error = self._callbacks.pop(job_id)
        on_error(error)

    def is_busy(self) -> bool:
        return bool(self._callbacks)

    def wait_until_idle(self, timeout_ms: int = 30_000) -> bool:
        _done, not_done = wait(list(self._pending), timeout=timeout_ms / 1000)
        return not not_done
