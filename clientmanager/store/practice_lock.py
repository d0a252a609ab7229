"""One writer at a time: the practice lock file beside the database.

``practice.lock`` names the PC, the user, the process and the time the practice was
opened. While it is held the file is also locked by the operating system (``flock`` on
POSIX, ``msvcrt.locking`` on Windows), so a holder that died (a crash, a power cut, a
killed process) releases it with its last breath and the next opener takes it over. Where
the OS lock is not available (some network shares), a lock naming this PC and a process
that no longer runs is taken over too.

Nothing secret is written here: the PC's name, a user name, a process id and a time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import platform
from dataclasses import dataclass
from pathlib import Path

from clientmanager.errors import PracticeInUse

logger = logging.getLogger(__name__)

LOCK_NAME = "practice.lock"

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock one byte far past the text, so others can still read who holds it.
    _LOCK_OFFSET = 1 << 20

    def _os_lock(fd: int) -> bool:
        try:
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _os_unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _os_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError:
            # No OS locks on this filesystem: fall back to the PID/host check alone.
            return _holder_is_gone(fd)
        return True

    def _os_unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def this_host() -> str:
    return platform.node() or "this PC"


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    since: str  # ISO time, local
    program: str = "ClientManager"

    def describe(self) -> str:
        when = self.since
        with contextlib.suppress(ValueError):
            when = dt.datetime.fromisoformat(self.since).strftime("%Y-%m-%d %H:%M")
        who = self.user or "someone"
        return f"{who} on {self.host} (since {when}, {self.program})"

    @property
    def is_stale(self) -> bool:
        """A holder on this PC whose process has ended."""
        return self.host == this_host() and not _process_alive(self.pid)


def _parse(raw: bytes) -> LockHolder | None:
    try:
        document = json.loads(raw.decode("utf-8"))
        return LockHolder(
            host=str(document["host"]),
            pid=int(document["pid"]),
            user=str(document.get("user", "")),
            since=str(document.get("since", "")),
            program=str(document.get("program", "ClientManager")),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def _read_fd(fd: int) -> bytes:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        chunks = []
        while chunk := os.read(fd, 4096):
            chunks.append(chunk)
    except OSError:  # unreadable: the holder is then simply not named
        return b""
    return b"".join(chunks)


def _holder_is_gone(fd: int) -> bool:
    holder = _parse(_read_fd(fd))
    return holder is None or holder.is_stale or holder.pid == os.getpid()


def read_holder(data_dir: Path) -> LockHolder | None:
    """Who holds the practice lock, when someone does (for messages); None otherwise."""
    path = data_dir / LOCK_NAME
    try:
        holder = _parse(path.read_bytes())
    except OSError:
        return None
    if holder is None or holder.is_stale:
        return None
    return holder


def in_use_error(holder: LockHolder | None) -> PracticeInUse:
    who = holder.describe() if holder else "another copy of ClientManager"
    return PracticeInUse(
        "The practice is open for changes by {who}.",
        hint="Only one copy of ClientManager can change a practice at a time. Close it "
        "there first, or open the practice read-only to look things up.",
        holder=who,
        who=who,
    )


class PracticeLock:
    """Held for as long as a copy of the app may write to the practice."""

    def __init__(self, data_dir: Path, fd: int, holder: LockHolder) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = fd
        self.holder = holder
        self.took_over: LockHolder | None = None

    @classmethod
    def acquire(
        cls, data_dir: Path, *, user: str = "", program: str = "ClientManager"
    ) -> PracticeLock:
        """Take the lock, or raise :class:`PracticeInUse` naming who has it."""
        path = data_dir / LOCK_NAME
        for _attempt in range(5):
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            if not _os_lock(fd):
                holder = _parse(_read_fd(fd))
                os.close(fd)
                raise in_use_error(holder)
            # The file may have been removed (released) between our open and our lock:
            # then we hold a lock on a name nobody sees. Start again.
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same = False
            if os.name == "nt" or same:
                break
            os.close(fd)
        else:  # pragma: no cover - only under a storm of concurrent openers
            raise in_use_error(None)
        previous = _parse(_read_fd(fd))
        holder = LockHolder(
            host=this_host(),
            pid=os.getpid(),
            user=user,
            since=dt.datetime.now().isoformat(timespec="seconds"),
            program=program,
        )
        if previous is not None and previous.pid != os.getpid():
            logger.warning("took over a practice lock left by a process that has ended")
        payload = json.dumps(holder.__dict__).encode("utf-8")
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, payload)
            os.fsync(fd)
        except OSError:
            _os_unlock(fd)
            os.close(fd)
            raise
        lock = cls(data_dir, fd, holder)
        lock.took_over = previous if previous is not None and previous.pid != os.getpid() else None
        return lock

    @property
    def held(self) -> bool:
        return self._fd is not None

    def set_user(self, user: str) -> None:
        """Name the user once they have signed in (the lock is taken before)."""
        if self._fd is None or user == self.holder.user:
            return
        self.holder = LockHolder(
            self.holder.host, self.holder.pid, user, self.holder.since, self.holder.program
        )
        with contextlib.suppress(OSError):
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.ftruncate(self._fd, 0)
            os.write(self._fd, json.dumps(self.holder.__dict__).encode("utf-8"))

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        # Remove the name first, then let go: an opener that raced us re-checks the inode.
        with contextlib.suppress(OSError):
            if os.name != "nt":
                self.path.unlink()
        _os_unlock(fd)
        with contextlib.suppress(OSError):
            os.close(fd)
        if os.name == "nt":  # pragma: no cover
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __del__(self) -> None:  # a lock must never outlive the object that holds it
        with contextlib.suppress(Exception):
            self.release()
