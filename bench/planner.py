"""A planner's year (issue 19): mail merge, a heavy client's summary PDF, the reviews board.

    .venv/bin/python -m bench.planner                      # 100k clients, as the issue asks
    .venv/bin/python -m bench.planner --clients 5000       # a quick look
    .venv/bin/python -m bench.planner --practice DIR       # reuse a practice (user admin)

Targets: 500 merged letters <= 10 s; a heavy client's summary PDF <= 1 s; the month's
reviews board of a 100k practice <= 100 ms. Prints its figures (RESULTS.md belongs to
bench/run.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PASSWORD, WORK_DIR, machine_line, timed  # noqa: E402
from bench.subject_export import HEAVY_EMAIL, add_heavy_client  # noqa: E402
from clientmanager.paths import PracticePaths  # noqa: E402
from clientmanager.services import letters, reviews, summary  # noqa: E402
from clientmanager.services.demo import generate_demo_data  # noqa: E402
from clientmanager.services.practice import create_practice, unlock_with_password  # noqa: E402
from clientmanager.store.models import Address, Client, ServiceLevel, Task  # noqa: E402

TARGET_MERGE_S = 10.0
TARGET_SUMMARY_S = 1.0
TARGET_BOARD_MS = 100.0


def _practice(directory: Path, clients: int):  # noqa: ANN202
    paths = PracticePaths(directory)
    if paths.database.exists():
        return unlock_with_password(paths, "admin", PASSWORD), 0.0
    directory.parent.mkdir(parents=True, exist_ok=True)
    practice, _code = create_practice(
        paths=paths,
        practice_name="Bench Practice",
        admin_username="admin",
        admin_password=PASSWORD,
    )
    build_s, _ = timed(lambda: generate_demo_data(practice.engine, clients=clients, seed=2026))
    return practice, build_s


def _review_routine(practice, today: dt.date) -> None:  # noqa: ANN001
    """Service levels for a fifth of the clients and this month's bookings, as a busy
    practice would have them (idempotent: only added once)."""
    with practice.session() as session:
        if session.scalar(sa.select(sa.func.count()).select_from(ServiceLevel)):
            return
        ids = list(session.scalars(sa.select(Client.id).where(Client.category == "client")))
        rng = random.Random(19)
        levels = [
            {
                "client_id": i,
                "frequency": rng.choice(("quarterly", "half_yearly")),
                "updated_at": dt.datetime(2026, 1, 1),
            }
            for i in rng.sample(ids, len(ids) // 5)
        ]
        session.execute(sa.insert(ServiceLevel), levels)
        booked = [
            {
                "client_id": i,
                "kind": "review",
                "title": "Review meeting",
                "status": "open",
                "due_on": today.replace(day=rng.randint(1, 28)),
                "created_at": dt.datetime(2026, 1, 1),
            }
            for i in rng.sample(ids, min(len(ids) // 50, 2000))
        ]
        session.execute(sa.insert(Task), booked)


def run(*, clients: int, practice_dir: Path) -> str:
    practice, build_s = _practice(practice_dir, clients)
    today = dt.date.today()
    try:
        _review_routine(practice, today)
        actor = practice.actor
        with practice.session() as session:
            total = session.scalar(sa.select(sa.func.count()).select_from(Client))
            heavy = session.scalar(sa.select(Client.id).where(Client.email == HEAVY_EMAIL))
        if heavy is None:
            heavy = add_heavy_client(practice)

        # The reviews board for this month (warm: the second and later runs).
        board_ms, board_cpu_ms = [], []
        with practice.session() as session:
            reviews.review_board(session, actor, today)
            for _ in range(15):
                started, cpu = time.perf_counter(), time.process_time()
                board = reviews.review_board(session, actor, today)
                board_ms.append((time.perf_counter() - started) * 1000)
                board_cpu_ms.append((time.process_time() - cpu) * 1000)

        # The heavy client's summary PDF.
        summary_s, summary_cpu = [], []
        with practice.session() as session:
            for _ in range(5):
                started, cpu = time.perf_counter(), time.process_time()
                pdf = summary.client_summary_pdf(session, actor, heavy)
                summary_s.append(time.perf_counter() - started)
                summary_cpu.append(time.process_time() - cpu)

        # Mail merge of 500 review invitations (kept in the documents, written to a folder);
        # rolled back afterwards so that reruns measure the same thing.
        with practice.sessions() as session:
            ids = list(
                session.scalars(
                    sa.select(Address.client_id).distinct().order_by(Address.client_id).limit(500)
                )
            )
            out = Path(tempfile.mkdtemp(prefix="bench-merge-"))
            try:
                started, cpu = time.perf_counter(), time.process_time()
                result = letters.merge_letters(
                    session,
                    actor,
                    template_name="review_invitation",
                    client_ids=ids,
                    out_dir=out,
                )
                session.flush()
                merge_s = time.perf_counter() - started
                merge_cpu = time.process_time() - cpu
                written = len(result.written)
            finally:
                session.rollback()
                shutil.rmtree(out, ignore_errors=True)
    finally:
        practice.close()

    def verdict(ok: bool) -> str:
        return "meets target" if ok else "MISSES target"

    board_p50, board_max = statistics.median(board_ms), max(board_ms)
    summary_p50, summary_max = statistics.median(summary_s), max(summary_s)
    lines = [
        f"A planner's year (issue 19), {dt.date.today():%Y-%m-%d}. {machine_line()}",
        "Wall-clock times on a shared machine; CPU is this process's own time.",
        f"Practice: {total:,} clients, encrypted (SQLCipher)"
        + (f"; built in {build_s:.0f} s." if build_s else "; reused."),
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| mail merge, {written} review invitations (PDFs kept in the clients' documents and "
        f"written to a folder) | {merge_s:.1f} s ({merge_s / max(written, 1) * 1000:.0f} ms a "
        f"letter; CPU {merge_cpu:.1f} s) | <= {TARGET_MERGE_S:.0f} s, "
        f"{verdict(merge_s <= TARGET_MERGE_S)} |",
        f"| heavy client's summary PDF ({len(pdf) // 1024} KB) | median {summary_p50 * 1000:.0f} "
        f"ms, max {summary_max * 1000:.0f} ms (n={len(summary_s)}; CPU median "
        f"{statistics.median(summary_cpu) * 1000:.0f} ms) | <= 1 s, "
        f"{verdict(summary_max <= TARGET_SUMMARY_S)} |",
        f"| reviews board for {today:%B %Y} ({board.due_count:,} due, {board.overdue_count:,} "
        f"overdue, {board.booked_count:,} booked, {board.done_count:,} done) | median "
        f"{board_p50:.0f} ms, max {board_max:.0f} ms (n={len(board_ms)}; CPU median "
        f"{statistics.median(board_cpu_ms):.0f} ms) | <= 100 ms, "
        f"{verdict(board_p50 <= TARGET_BOARD_MS)} |",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--practice", type=Path, default=WORK_DIR / "planner" / "practice")
    args = parser.parse_args()
    print(run(clients=args.clients, practice_dir=args.practice))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
