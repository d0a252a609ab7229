"""Backup benchmark: take and verify a backup of a demo practice, against a plain file copy
(`cp` plus fsync) of the same database measured in the same run, and how long the "UI"
thread is held up while the backup runs on a worker thread.

.venv/bin/python -m bench.backups --clients 20000
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PASSWORD, WORK_DIR, timed, write_section  # noqa: E402
from clientmanager.paths import PracticePaths  # noqa: E402
from clientmanager.services import backups  # noqa: E402
from clientmanager.services.demo import generate_demo_data  # noqa: E402
from clientmanager.services.practice import (  # noqa: E402
    OpenPractice,
    create_practice,
    unlock_with_password,
)
from clientmanager.store.files import fsync_directory  # noqa: E402

REPEATS = 3


def _practice(clients: int, work_dir: Path, practice_dir: Path | None) -> tuple[OpenPractice, str]:
    if practice_dir is not None and (practice_dir / "practice.db").exists():
        return unlock_with_password(PracticePaths(practice_dir), "admin", PASSWORD), "reused"
    paths = PracticePaths(work_dir / "practice")
    practice, _code = create_practice(
        paths=paths, practice_name="Bench Practice", admin_username="admin", admin_password=PASSWORD
    )
    generate_demo_data(practice.engine, clients=clients, seed=2026)
    return practice, "built"


def _copy_with_fsync(source: Path, target: Path) -> None:
    """The baseline: what `cp` then `sync` costs for the same bytes."""
    shutil.copyfile(source, target)
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())
    fsync_directory(target.parent)


def _ui_stalls(operation) -> tuple[float, list[float]]:  # noqa: ANN001
    """Run ``operation`` on a worker thread, as the app does, while this thread ticks every
    10 ms like an event loop. Returns the operation's time and the tick gaps in ms."""
    done = threading.Event()
    elapsed: list[float] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            elapsed.append(timed(operation)[0])
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            done.set()

    gaps = []
    thread = threading.Thread(target=worker)
    last = time.perf_counter()
    thread.start()
    while not done.is_set():
        time.sleep(0.01)
        now = time.perf_counter()
        gaps.append((now - last) * 1000)
        last = now
    thread.join()
    if errors:
        raise errors[0]
    return elapsed[0], gaps


def run(*, clients: int, work_dir: Path, practice_dir: Path | None = None) -> str:
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)
    practice, origin = _practice(clients, work_dir, practice_dir)
    try:
        with practice.engine.connect() as connection:
            actual_clients = connection.exec_driver_sql("SELECT count(*) FROM clients").scalar()
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database = practice.paths.database
        size_mb = database.stat().st_size / 1e6
        folder = work_dir / "backups"
        copies = work_dir / "copies"
        copies.mkdir()

        copy_s: list[float] = []
        backup_s: list[float] = []
        verify_s: list[float] = []
        stalls: list[float] = []
        phases: dict[str, float] = {}
        for n in range(REPEATS):
            copy_s.append(timed(lambda n=n: _copy_with_fsync(database, copies / f"{n}.db"))[0])
            marks: list[tuple[str, float]] = []

            def take(marks: list[tuple[str, float]] = marks) -> backups.BackupInfo:
                return backups.take_backup(
                    practice,
                    folder=folder,
                    prune_old=False,
                    progress=lambda step, _f: marks.append((step, time.perf_counter())),
                )

            started = time.perf_counter()
            seconds, gaps = _ui_stalls(take)
            ended = started + seconds
            backup_s.append(seconds)
            stalls.extend(gaps)
            # Each progress mark starts a phase; its time runs until the next mark.
            bounds = [("start", started), *marks, ("end", ended)]
            for (phase, at), (_next, until) in zip(bounds, bounds[1:], strict=False):
                phases[phase] = phases.get(phase, 0.0) + (until - at)
            (copies / f"{n}.db").unlink()
        newest = backups.list_backups(folder)[0]
        for _ in range(REPEATS):
            verify_s.append(timed(lambda: backups.check_backup(newest.path, key=practice.key))[0])
    finally:
        practice.close()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    copy_med = statistics.median(copy_s)
    backup_med = statistics.median(backup_s)
    verify_med = statistics.median(verify_s)
    ordered = sorted(stalls)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * (len(ordered) - 1)))]
    names = {
        "start": "lock and name",
        "copying": "online backup API copy (one read snapshot, row counts)",
        "verifying": "reopen + cipher_integrity_check + integrity_check + counts",
        "sealing": "key slots, manifest, fsync, rename (SHA-256 runs during the checks)",
    }
    split = "; ".join(
        f"{label} {phases[p] / REPEATS:.2f} s" for p, label in names.items() if p in phases
    )
    ratio = backup_med / copy_med
    body = f"""
Practice: {actual_clients:,} synthetic clients ({origin}), database {size_mb:,.0f} MB.
Baseline: `cp` + fsync of the same database file, measured in the same run, alternating
with the backups. Median of {REPEATS} runs each.

| measure | time | vs cp + fsync |
|---|---|---|
| cp + fsync (baseline) | {copy_med:.2f} s | 1.0x |
| backup: copy, fsync, reopen, cipher_integrity_check, integrity_check, row counts vs source, SHA-256, rename, fsync dir | {backup_med:.2f} s | {ratio:.1f}x |
| verify an existing backup (SHA-256 + the same checks) | {verify_med:.2f} s | {verify_med / copy_med:.1f}x |

Where the backup's time goes (mean per run): {split}.

UI responsiveness: while the backup ran on a worker thread (as `context.tasks` runs it),
a 10 ms ticker on the main thread saw gaps of p99 {p99:.0f} ms, max {ordered[-1]:.0f} ms
(n={len(ordered)}); sqlcipher3 and hashlib release the GIL during page copies, checks and
hashing. Target: backup <= 10x cp + fsync (reached: {"yes" if ratio <= 10 else "no"}).

Reading the ratio: the copy, the two integrity checks and the SHA-256 are CPU work
(every page is decrypted and HMAC-checked, and the copy re-encrypted), while cp + fsync
is a kernel memcpy with a cheap fsync on this machine's storage. The CPU figures are
inflated by other work on the shared machine (1-minute load average at the end of the
run: {load if load is None else f"{load:.1f}"} on {os.cpu_count()} cores).
"""
    write_section("backups", "Backups: take and verify (issue 4)", body)
    return body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--work-dir", type=Path, default=WORK_DIR / "backups")
    parser.add_argument("--practice", type=Path, help="reuse this practice (user admin)")
    args = parser.parse_args()
    print(run(clients=args.clients, work_dir=args.work_dir, practice_dir=args.practice))
    return 0


if __name__ == "__main__":
    sys.exit(main())
