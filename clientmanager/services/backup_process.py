"""The desktop's backups, taken in a child process of their own.

A practice in an encrypted file (SQLCipher): :func:`backups.take_backup` runs on the
desktop's backup thread with :class:`ChildCopier`, which makes and checks the database
copy in a child that imports only the driver (services/backup_child.py), so the child
starts in a fraction of a second; the bookkeeping (name under the folder lock, key
slots, ledger, manifest, rename, audit entry, pruning) is a few milliseconds here. A
practice on the office server: the whole backup (its pg_dump, sealed as it streams)
runs in the child below, which opens its own server connection.

The backup itself is :func:`backups.take_backup` (one implementation, shared with the CLI,
which runs it in its own process already). The desktop runs it here, in a process started
with multiprocessing's "spawn" method (the same on Linux, Windows and in the frozen
bundle), so that:

* the desktop's memory stays its own: the copy's and the check's page caches live and
  die with the child;
* the desktop's database worker and its GIL are never held by the copy or the checks;
* quitting can stop a backup at once: the child is asked to stop and, if it does not
  within a few seconds (the cipher check has no safe point), it is terminated and its
  unfinished ``.tmp`` folder removed.

The data key (and, for a practice on the office server, the desktops' login password)
reaches the child only through the pipe, after the child started: never on its command
line, in its environment, in a file or in a log. The child opens its own
connection with it (no page check, no upgrade: the desktop already did both) and drops
it when it ends.

Both children speak the same protocol over the pipe (services/backup_child.py
:func:`~backup_child.serve` on their side, :func:`_supervise` on the desktop's):
``("started", pid, ...)``, then ``("progress", fraction, step)`` and a wait for ``"go"``
or ``"stop"`` (lock-step, so a slow reader holds the backup instead of a flood of
messages), ``("log", level, name, text)`` for the parent to write to its own log, and
finally ``("done", result)``, ``("cancelled",)`` or ``("failed", ...)``. Errors travel as
their class name and attributes, rebuilt as the same :class:`ClientManagerError` on the
desktop's side, so a full disk in the child is the same "not enough free space" message
as anywhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno as errno_codes
import importlib
import logging
import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from clientmanager.errors import ClientManagerError
from clientmanager.services import backup_child, backups
from clientmanager.services.actor import Actor
from clientmanager.services.backups import BackupError, BackupInfo
from clientmanager.services.practice import OpenPractice, is_on_server
from clientmanager.services.progress import SILENT, Cancelled, Progress
from clientmanager.store import sqlcipher as db

logger = logging.getLogger(__name__)

DAILY = "daily"
AT_CLOSE = "at close"
MANUAL = "manual"
# At close, a new backup is taken when today's newest is older than this: the work of a
# long session is then in a backup before the PC is switched off.
CLOSE_BACKUP_AFTER = dt.timedelta(hours=1)
# After "stop", a child still busy (in the cipher check, which has no safe point) this
# long is terminated; its partial folder is then removed here.
STOP_GRACE_SECONDS = 3.0
# How long the child may take to start and say hello (a cold start of the frozen app on a
# slow PC reads every module from disk).
START_TIMEOUT_SECONDS = 120.0
_POLL_SECONDS = 0.1


class BackupProcessDied(BackupError):
    """The child process ended without a result (killed, crashed, out of memory)."""


@dataclass(frozen=True)
class _Request:
    data_dir: str
    practice_id: str
    actor: Actor
    kind: str
    now: dt.datetime | None
    key: bytes
    # A practice on the office server: the desktops' login password, which the child
    # needs to reach the server (and pg_dump gets in its environment only).
    server_password: str | None = None


# --- the child's side -----------------------------------------------------------------------


def _open_in_child(request: _Request) -> OpenPractice:
    import sqlalchemy as sa

    from clientmanager.paths import PracticePaths
    from clientmanager.services import audit
    from clientmanager.store.engine import create_practice_engine, session_factory
    from clientmanager.store.models import Practice

    paths = PracticePaths(Path(request.data_dir))
    on_server = is_on_server(paths)
    if on_server:
        from clientmanager.store import postgres

        connection = postgres.ServerConnection.read(paths.data_dir)
        postgres.use_app_password(connection.url, request.server_password)
        engine = postgres.practice_engine(connection)
        postgres.seal_fields(engine, request.key)
    else:
        engine = create_practice_engine(paths.database, request.key, pool_size=1)
    sessions = session_factory(engine)
    with sessions() as session:
        row = session.scalar(sa.select(Practice))
    if row is None or row.practice_id != request.practice_id:
        engine.dispose()
        raise backups.OtherPractice(
            "The practice database changed while the backup was starting.",
            hint="Lock the practice, unlock it again, then take the backup.",
        )
    practice = OpenPractice(
        paths=paths,
        practice_id=row.practice_id,
        practice_name=row.name,
        engine=engine,
        sessions=sessions,
        actor=request.actor,
        _key=request.key,
        on_server=on_server,
    )
    audit.track_anchor(practice)  # its audit entries keep the anchor current too
    return practice


def _closing_backup(
    practice: OpenPractice,
    now: dt.datetime | None,
    progress: Progress,
    copier: Any = db.copy_and_check,
) -> BackupInfo | None:
    folder = backups.backup_folder(practice)
    moment = now or dt.datetime.now().astimezone()
    today = [b for b in backups.list_backups(folder) if b.verified and b.day == moment.date()]
    if today and moment - today[0].created_at < CLOSE_BACKUP_AFTER:
        return None
    return backups.take_backup(
        practice, folder=folder, now=now, reason=AT_CLOSE, progress=progress, copier=copier
    )


def _error_message(exc: BaseException) -> tuple:
    message = backup_child.error_message(exc)
    if message[1] in ("os", "driver"):
        # take_backup words these itself in this child; one that escaped it is not one of
        # ours, and its text may carry data (SQLAlchemy puts parameters in messages).
        return ("failed", "other", type(exc).__name__)
    return message


def _take(request: _Request, send: Any, progress: Progress) -> BackupInfo | None:
    logging.getLogger("alembic").setLevel(logging.WARNING)
    practice = _open_in_child(request)
    try:
        folder = backups.backup_folder(practice)
        send(("started", os.getpid(), str(folder)))
        if request.kind == DAILY:
            return backups.take_daily_backup(practice, now=request.now, progress=progress)
        if request.kind == AT_CLOSE:
            return _closing_backup(practice, request.now, progress)
        return backups.take_backup(
            practice, folder=folder, now=request.now, reason=request.kind, progress=progress
        )
    finally:
        practice.close()


def child_main(inbox: Any, conn: Any) -> None:
    """The child process: receive the request, take the backup, report, exit."""
    backup_child.serve(inbox, conn, _take, _error_message)


# --- the desktop's side ---------------------------------------------------------------------


def _rebuild(module: str, name: str, state: dict[str, Any]) -> ClientManagerError:
    kind: type = BackupError
    if module.split(".")[0] == "clientmanager":
        with contextlib.suppress(Exception):
            found = getattr(importlib.import_module(module), name)
            if isinstance(found, type) and issubclass(found, ClientManagerError):
                kind = found
    error = kind.__new__(kind)
    ClientManagerError.__init__(
        error, str(state.get("message", "")), hint=str(state.get("hint", ""))
    )
    error.__dict__.update(state)
    return error


def _died(exitcode: int | None) -> BackupProcessDied:
    if exitcode is None:
        return BackupProcessDied(
            "The backup stopped before it finished: its process did not start in time.",
            hint="No partial backup was kept and the earlier backups are unchanged. It will "
            "be tried again later; if it keeps stopping, run 'clientmanager backup' from a "
            "terminal to see why.",
        )
    if exitcode < 0:
        return BackupProcessDied(
            "The backup stopped before it finished: its process was stopped (signal {signal}).",
            hint="No partial backup was kept and the earlier backups are unchanged. It will "
            "be tried again later; if it keeps stopping, run 'clientmanager backup' from a "
            "terminal to see why.",
            signal=-exitcode,
        )
    return BackupProcessDied(
        "The backup stopped before it finished: its process ended unexpectedly (exit code {code}).",
        hint="No partial backup was kept and the earlier backups are unchanged. It will "
        "be tried again later; if it keeps stopping, run 'clientmanager backup' from a "
        "terminal to see why.",
        code=exitcode,
    )


def _remove_unfinished(folder: Path | None) -> None:
    """After a child was terminated or died: remove its ``.tmp`` folder (its lock went with
    it, so the folder lock can be taken here)."""
    if folder is None:
        return
    with contextlib.suppress(ClientManagerError), backups._folder_lock(folder):
        backups._clean_partials(folder)


def _server_password(practice: OpenPractice) -> str | None:
    if not practice.on_server:
        return None
    from clientmanager.store import postgres

    return postgres.app_password(postgres.ServerConnection.read(practice.paths.data_dir).url)


def _supervise(target: Any, request: Any, progress: Progress, on_hello: Any) -> Any:
    """Start ``target(inbox, conn)`` in a spawned child, send it ``request`` and follow it
    to its end: relay its progress and log, stop it when ``progress`` asks (terminated
    after :data:`STOP_GRACE_SECONDS` without a safe point), give up if it does not say
    hello within :data:`START_TIMEOUT_SECONDS`. ``on_hello(message)`` gets its "started"
    message. Returns its result; raises its error, :class:`Cancelled` or
    :class:`BackupProcessDied`."""
    context = multiprocessing.get_context("spawn")
    # Two one-way pipes, not a duplex one: on POSIX a duplex Pipe is a socket pair, and
    # the app opens no sockets at all.
    their_inbox, outbox = context.Pipe(duplex=False)
    ours, their_outbox = context.Pipe(duplex=False)
    child = context.Process(
        target=target,
        args=(their_inbox, their_outbox),
        name="clientmanager-backup",
        daemon=True,
    )
    child.start()
    their_inbox.close()
    their_outbox.close()
    try:
        outbox.send(request)
        del request
        return _follow(child, ours, outbox, progress, on_hello)
    except BaseException:
        if child.is_alive():
            child.join(STOP_GRACE_SECONDS)
        if child.is_alive():
            child.terminate()
            child.join(10)
        raise
    finally:
        ours.close()
        outbox.close()
        child.join(10)
        if child.is_alive():
            child.kill()
            child.join()


def _follow(child: Any, ours: Any, outbox: Any, progress: Progress, on_hello: Any) -> Any:
    stopping_since: float | None = None
    started_at = time.monotonic()
    hello = False
    # The child reported its end (the copy checked, or the backup renamed into place):
    # it has no safe point left, so it is let finish rather than stopped.
    finishing = False
    while True:
        if not ours.poll(_POLL_SECONDS):
            if not child.is_alive() and not ours.poll(0):
                raise _died(child.exitcode)
            if finishing:
                pass
            elif stopping_since is None:
                try:
                    progress.check()
                except Cancelled:
                    stopping_since = time.monotonic()
                    with contextlib.suppress(OSError):
                        outbox.send("stop")  # read at the child's next safe point
            elif time.monotonic() - stopping_since > STOP_GRACE_SECONDS:
                child.terminate()
                child.join(10)
                if child.is_alive():
                    child.kill()
                raise Cancelled()
            if not hello and time.monotonic() - started_at > START_TIMEOUT_SECONDS:
                child.kill()
                child.join(10)
                raise _died(None)
            continue
        try:
            message = ours.recv()
        except (EOFError, OSError):
            child.join(10)
            raise _died(child.exitcode) from None
        tag = message[0]
        if tag == "progress":
            finishing = finishing or message[1] >= 1.0
            answer = "stop" if stopping_since is not None and not finishing else "go"
            if answer == "go":
                try:
                    progress(message[1], message[2])
                except Cancelled:
                    stopping_since = time.monotonic()
                    answer = "stop"
            with contextlib.suppress(OSError):
                outbox.send(answer)
        elif tag == "started":
            hello = True
            logger.info("backup process %d started", message[1])
            on_hello(message)
        elif tag == "log":
            logging.getLogger(message[2]).log(message[1], "[backup process] %s", message[3])
        elif tag == "done":
            return message[1]
        elif tag == "cancelled":
            raise Cancelled()
        elif tag == "failed":
            _raise_failure(message)


def _raise_failure(message: tuple) -> None:
    kind = message[1]
    if kind == "error":
        raise _rebuild(message[2], message[3], message[4])
    if kind == "os":
        # The same OSError as in-process: take_backup words it (a full disk, a read-only
        # drive, a missing folder) as it would have here.
        raise OSError(message[2], message[3] or errno_codes.errorcode.get(message[2], ""))
    if kind == "driver":
        raise db.DriverError(message[2])
    # Not one of ours: its text may carry data, so only its type crossed.
    raise BackupError(
        "The backup failed ({kind}).",
        hint="Run 'clientmanager backup' from a terminal to see more, or "
        "'clientmanager check' if it keeps failing. The earlier backups are unchanged.",
        kind=message[2],
    )


def _run_whole_backup_in_child(
    practice: OpenPractice,
    *,
    kind: str,
    now: dt.datetime | None,
    progress: Progress,
    on_started: Any,
) -> BackupInfo | None:
    """:func:`run_backup` for a practice on the office server: the whole backup (its
    pg_dump, sealed as it streams) in the child, which opens its own connection."""
    request = _Request(
        data_dir=str(practice.paths.data_dir),
        practice_id=practice.practice_id,
        actor=practice.actor,
        kind=kind,
        now=now,
        key=practice.key,
        server_password=_server_password(practice),
    )
    folder: Path | None = None

    def hello(message: tuple) -> None:
        nonlocal folder
        folder = Path(message[2])
        if on_started is not None:
            on_started(message[1])

    try:
        return _supervise(child_main, request, progress, hello)
    except BaseException:
        _remove_unfinished(folder)
        raise


class ChildCopier:
    """A copier for :func:`backups.take_backup` that makes and checks the copy in a
    spawned child (services/backup_child.py) and blocks until it ends."""

    def __init__(self, on_started: Any = None) -> None:
        self._on_started = on_started

    def __call__(
        self, source: Path, key: bytes, target: Path, *, full: bool, progress: Progress
    ) -> db.CheckedCopy:
        request = backup_child.CopyRequest(str(source), str(target), key, full)
        return _supervise(backup_child.child_main, request, progress, self._hello)

    def _hello(self, message: tuple) -> None:
        if self._on_started is not None:
            self._on_started(message[1])


def run_backup(
    practice: OpenPractice,
    *,
    kind: str = DAILY,
    now: dt.datetime | None = None,
    progress: Progress = SILENT,
    on_started: Any = None,
) -> BackupInfo | None:
    """Take the practice's backup, its copy and checks in a child process; block until it
    ends. Call it from a thread of its own, never the database worker's.

    ``kind``: "daily" (only if today has none), "at close" (unless today has one newer
    than :data:`CLOSE_BACKUP_AFTER`) or "manual" (always). Returns None when not due.
    ``progress`` receives the backup's progress; asking it to stop stops the child (and
    raises :class:`Cancelled`). ``on_started(pid)`` is called once the child runs.
    Raises the backup's own errors, or :class:`BackupProcessDied`."""
    from clientmanager.services.permissions import Permission, require

    require(practice.actor, Permission.BACKUP_RUN)
    if practice.on_server:
        return _run_whole_backup_in_child(
            practice, kind=kind, now=now, progress=progress, on_started=on_started
        )
    copier = ChildCopier(on_started)
    if kind == DAILY:
        return backups.take_daily_backup(practice, now=now, progress=progress, copier=copier)
    if kind == AT_CLOSE:
        return _closing_backup(practice, now, progress, copier)
    return backups.take_backup(practice, now=now, reason=kind, progress=progress, copier=copier)
