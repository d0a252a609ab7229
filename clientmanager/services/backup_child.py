"""The desktop's backup child process: it makes and checks the database copy, nothing else.

This module is what multiprocessing's "spawn" imports in the child, so it imports only
the driver and the few store functions the copy needs (:func:`db.copy_and_check`), not
SQLAlchemy, the models or the services: a fresh interpreter is then ready in a tenth of
the time, and every second it does not spend importing is a second the backup is
shorter. The backup's bookkeeping (its folder and name under the folder lock, key slots,
erasure ledger, manifest, rename, audit entry, pruning) stays in
:func:`backups.take_backup`, on the desktop's backup thread (services/backup_process.py),
which already has those modules loaded and costs it a few milliseconds.

Over the pipe, the child receives a :class:`CopyRequest` and sends ``("started", pid)``,
then ``("progress", fraction, step)`` and waits for ``"go"`` or ``"stop"`` (lock-step),
``("log", level, name, text)``, and finally ``("done", CheckedCopy)``, ``("cancelled",)``
or ``("failed", kind, ...)``: a ClientManagerError by class name and attributes, an
OSError by errno (so a full disk is the same message as in-process), a driver error by
its text (SQLite's messages carry no data), anything else by its type only.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientmanager.errors import ClientManagerError
from clientmanager.services.progress import Cancelled, Progress
from clientmanager.store import sqlcipher as db

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class CopyRequest:
    source: str
    target: str
    key: bytes
    full: bool


class _Outbox:
    """The pipe to the desktop, one message at a time: the copy reports its progress from
    a thread of its own while the row counts (and any log record) go on beside it."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._lock = threading.Lock()

    def send(self, message: tuple) -> None:
        with self._lock:
            self._conn.send(message)

    def close(self) -> None:
        self._conn.close()


class _PipeLogHandler(logging.Handler):
    """The child's log records go to the desktop's log (one writer per log file)."""

    def __init__(self, conn: _Outbox) -> None:
        super().__init__(logging.INFO)
        self._conn = conn

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self._conn.send(("log", record.levelno, record.name, record.getMessage()))


def error_message(exc: BaseException) -> tuple:
    if isinstance(exc, Cancelled):
        return ("cancelled",)
    if isinstance(exc, ClientManagerError):
        kind = type(exc)
        state = dict(exc.__dict__)
        try:
            pickle.dumps(state)
        except Exception:
            state = {"message": exc.message, "hint": exc.hint}
        return ("failed", "error", kind.__module__, kind.__qualname__, state)
    if isinstance(exc, OSError) and exc.errno is not None:
        return ("failed", "os", exc.errno, exc.strerror or "")
    if isinstance(exc, db.DriverError):
        return ("failed", "driver", str(exc))
    return ("failed", "other", type(exc).__name__)


def serve(
    inbox: Any,
    conn: Any,
    work: Callable[[Any, Callable[[tuple], None], Progress], Any],
    describe: Callable[[BaseException], tuple] = error_message,
) -> None:
    """A backup child's life, the same for this lean copy and the whole backup of a
    practice on the office server (services/backup_process.py): receive the request, run
    ``work(request, send, progress)`` with the desktop's lock-step progress and this
    process's log relayed over the pipe, report its result or ``describe(error)``, exit."""
    # Ctrl+C in a terminal reaches the whole process group: the desktop decides (its quit
    # cancels this backup), so the child does not die half-way on its own.
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    outbox = _Outbox(conn)
    handler = _PipeLogHandler(outbox)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        stopped = False

        def report(fraction: float, step: str) -> None:
            nonlocal stopped
            outbox.send(("progress", fraction, step))
            # Lock-step: wait for the desktop's word before going on.
            if inbox.recv() == "stop":
                stopped = True

        progress = Progress(report, should_stop=lambda: stopped)
        # Not bound here, so that the work can drop the request (and its key) when done.
        outbox.send(("done", work(inbox.recv(), outbox.send, progress)))
    except BaseException as exc:  # everything is reported to the desktop
        with contextlib.suppress(Exception):
            outbox.send(describe(exc))
    finally:
        root.removeHandler(handler)
        outbox.close()
        inbox.close()


def _copy(
    request: CopyRequest, send: Callable[[tuple], None], progress: Progress
) -> db.CheckedCopy:
    send(("started", os.getpid()))
    target = Path(request.target)
    checked = db.copy_and_check(
        Path(request.source), request.key, target, full=request.full, progress=progress
    )
    del request
    logger.info(
        "copy for %s written and checked (%d bytes%s)",
        target.parent.name,
        target.stat().st_size,
        ", damaged" if checked.problems else "",
    )
    return checked


def child_main(inbox: Any, conn: Any) -> None:
    """The child process: receive the request, copy and check, report, exit."""
    serve(inbox, conn, _copy)
