"""The desktop's backups run in a child process: its own pid, the key only through the
pipe, a killed child reported plainly, a full disk reported as a full disk, and nothing
partial left behind."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import signal
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from clientmanager.services import backup_process, backups
from clientmanager.services import practice as practice_service
from clientmanager.services.demo import generate_demo_data
from clientmanager.store.models import AuditEntry
from clientmanager.ui.backup_scheduler import DailyBackupScheduler
from clientmanager.ui.forms import describe
from tests.conftest import ADMIN, ADMIN_PASSWORD

WAIT_MS = 120_000

linux_only = pytest.mark.skipif(
    not Path("/proc/self/environ").exists(), reason="reads another process's /proc entries"
)


@pytest.fixture
def unlocked(context, practice):
    generate_demo_data(practice.engine, clients=200, seed=5)
    context.set_unlocked(practice)
    return context


def _leftovers(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(backups.NAME_PREFIX))


def _holding(step: str = "copying"):
    """A progress hook that holds the backup (the child waits for the desktop's word in
    lock-step) at its first report past 0 in ``step``, until released."""
    reached = threading.Event()
    release = threading.Event()

    def hook(fraction: float, at: str) -> None:
        if at == step and fraction > 0 and not reached.is_set():
            reached.set()
            release.wait(60)

    return hook, reached, release


@linux_only
def test_the_backup_runs_in_a_child_that_never_sees_the_key_on_its_command_line_or_environment(
    qtbot, unlocked, caplog
):
    caplog.set_level(logging.INFO)
    practice = unlocked.practice
    key = practice.key
    hook, reached, release = _holding()
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000, progress_hook=hook)
    scheduler.start()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    pid = scheduler.child_pid
    try:
        assert pid is not None and pid != os.getpid()
        proc = Path(f"/proc/{pid}")
        assert (proc / "status").read_text().split("PPid:")[1].split()[0] == str(os.getpid())
        cmdline = (proc / "cmdline").read_bytes()
        environ = (proc / "environ").read_bytes()
        assert b"multiprocessing" in cmdline  # it is the spawned child we are looking at
        for form in (key, key.hex().encode(), key.hex().upper().encode()):
            assert form not in cmdline
            assert form not in environ
    finally:
        release.set()
    with qtbot.waitSignal(scheduler.backup_finished, timeout=WAIT_MS) as finished:
        pass
    scheduler.stop()
    info = finished.args[0]
    assert backups.check_backup(info.path, key=key).ok
    assert info.clients == 200
    # The desktop's backup thread wrote the audit entry once the child's copy had
    # verified, and the child's log lines reached the desktop's log.
    with practice.session() as session:
        taken = session.scalars(
            sa.select(AuditEntry.summary).where(AuditEntry.action == "backup.taken")
        ).all()
    assert [s.split(",")[0] for s in taken] == [info.name]
    assert any(
        "[backup process]" in r.getMessage() and info.name in r.getMessage() for r in caplog.records
    )
    qtbot.waitUntil(lambda: not _alive(pid), timeout=WAIT_MS)  # the child has ended


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie the multiprocessing machinery has not reaped yet counts as ended.
    with contextlib.suppress(OSError):
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    return False


def test_a_killed_backup_process_is_reported_plainly_and_leaves_no_partial_backup(qtbot, unlocked):
    killed: list[int] = []
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000)

    def kill_it(fraction: float, step: str) -> None:
        # The child has its .tmp folder and is copying pages when it is killed.
        if step == "copying" and fraction > 0 and not killed:
            killed.append(scheduler.child_pid)
            os.kill(scheduler.child_pid, signal.SIGKILL)

    scheduler._hook = kill_it
    with qtbot.waitSignal(scheduler.backup_failed, timeout=WAIT_MS) as failed:
        scheduler.start()
    error = failed.args[0]
    assert killed and killed[0] != os.getpid()
    assert isinstance(error, backup_process.BackupProcessDied)
    text = describe(error)
    assert "The backup stopped before it finished" in text
    assert f"signal {signal.SIGKILL.value}" in text
    assert "No partial backup was kept" in text
    assert "Traceback" not in text
    assert not scheduler.is_running
    folder = unlocked.paths.backups
    assert _leftovers(folder) == []  # its .tmp folder was removed
    # The next check takes the day's backup after all.
    scheduler._hook = None
    with qtbot.waitSignal(scheduler.backup_finished, timeout=WAIT_MS) as finished:
        assert scheduler.check_now()
    scheduler.stop()
    assert _leftovers(folder) == [finished.args[0].name]


def test_cancel_while_the_child_is_held_stops_it_and_leaves_nothing(qtbot, unlocked):
    hook, reached, release = _holding()
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000, progress_hook=hook)
    scheduler.start()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    pid = scheduler.child_pid
    scheduler.cancel()
    release.set()
    with qtbot.waitSignal(scheduler.backup_cancelled, timeout=WAIT_MS):
        pass
    scheduler.stop()
    assert _leftovers(unlocked.paths.backups) == []
    qtbot.waitUntil(lambda: not _alive(pid), timeout=WAIT_MS)


@contextlib.contextmanager
def _file_size_limit(limit: int):
    """A real kernel refusal (EFBIG) past ``limit`` bytes; the spawned child inherits it."""
    resource = pytest.importorskip("resource")
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_full_disk_in_the_child_gives_the_disk_full_message_and_harms_nothing(qtbot, unlocked):
    practice = unlocked.practice
    yesterday = dt.datetime.now().astimezone() - dt.timedelta(days=1)
    earlier = backups.take_backup(practice, now=yesterday, prune_old=False)
    earlier_bytes = {p.name: p.read_bytes() for p in earlier.path.iterdir()}
    assert practice.paths.database.stat().st_size > 128 * 1024
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000)
    with _file_size_limit(128 * 1024):
        with qtbot.waitSignal(scheduler.backup_failed, timeout=WAIT_MS) as failed:
            scheduler.start()
    scheduler.stop()
    error = failed.args[0]
    assert isinstance(error, backups.DiskFull)  # the same error as in-process, rebuilt
    assert "not enough free space" in error.message
    assert "not changed" in error.hint
    assert _leftovers(unlocked.paths.backups) == [earlier.name]
    assert {p.name: p.read_bytes() for p in earlier.path.iterdir()} == earlier_bytes
    assert backups.verify_backup(practice, earlier.path).ok


def test_locking_the_practice_stops_a_running_backup_so_no_process_keeps_the_key(qtbot, unlocked):
    hook, reached, release = _holding()
    scheduler = DailyBackupScheduler(unlocked, interval_ms=60 * 60 * 1000, progress_hook=hook)
    scheduler.start()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    pid = scheduler.child_pid
    unlocked.lock()
    release.set()
    with qtbot.waitSignal(scheduler.backup_cancelled, timeout=WAIT_MS):
        pass
    assert _leftovers(unlocked.paths.backups) == []
    qtbot.waitUntil(lambda: not _alive(pid), timeout=WAIT_MS)
    # Unlocking again takes the day's backup after all.
    reopened = practice_service.unlock_with_password(unlocked.paths, ADMIN, ADMIN_PASSWORD)
    scheduler._hook = None
    with qtbot.waitSignal(scheduler.backup_finished, timeout=WAIT_MS) as finished:
        unlocked.set_unlocked(reopened)
    scheduler.stop()
    assert _leftovers(unlocked.paths.backups) == [finished.args[0].name]
