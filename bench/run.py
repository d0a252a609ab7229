"""Run the benchmarks and rewrite their sections of bench/RESULTS.md.

.venv/bin/python -m bench.run                   # issue 17: type-ahead, record, start-up,
                                                # memory, CLI; 10k / 100k / 300k
.venv/bin/python -m bench.run --sizes 10000     # a quick look
.venv/bin/python -m bench.run --skip typeahead startup cli   # only the encryption tax
.venv/bin/python -m bench.run --legacy          # also the older sections (issues 3-8)

The demo practices are built once into --practices (default /tmp/perf/p10k, p100k,
p300k) with ``clientmanager demo``, user admin, password from BENCH_PASSWORD, and reused.
Every figure stands beside a baseline measured in the same run, interleaved (ABBA) where
the two can alternate, and with CPU time beside wall time: the machine may be shared.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import WORK_DIR, machine_line, write_section  # noqa: E402

DEFAULT_PASSWORD = "perf-bench-password-2026"
TARGETS_TYPEAHEAD_MS = {100_000: 15.0, 300_000: 25.0}


def _label(clients: int) -> str:
    return f"{clients // 1000}k"


def build_practice(directory: Path, clients: int, password: str) -> float:
    """``clientmanager demo`` into ``directory`` unless built; returns its CPU seconds."""
    if (directory / "practice.db").exists():
        return float("nan")
    from bench.cli_timing import run_cli

    _wall, cpu, _out = run_cli(
        ["demo", "--clients", str(clients), "--data-dir", str(directory)], password=password
    )
    return cpu


def _load() -> str:
    one, five, _fifteen = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min) on {os.cpu_count()} cores"


def _met(value: float, limit: float) -> str:
    return "met" if value <= limit else "**not met**"


def typeahead_section(sizes: list[int], practices: Path, password: str) -> tuple[str, dict]:
    from bench import typeahead
    from clientmanager.paths import PracticePaths
    from clientmanager.services.practice import unlock_with_password

    rows = []
    open_rows = []
    open_line: list[str] = []
    ratios: dict[int, float] = {}
    worst: dict[int, tuple[float, float, float]] = {}
    follow = {}
    for clients in sizes:
        directory = practices / f"p{_label(clients)}"
        practice = unlock_with_password(PracticePaths(directory), "admin", password)
        try:
            rng = random.Random(17)
            with practice.session() as session:
                typed = typeahead.keystrokes(session, rng, words=8)
                import sqlalchemy as sa

                from clientmanager.store.models import Client

                ids = list(
                    session.scalars(sa.select(Client.id).order_by(sa.func.random()).limit(60))
                )
            figures = typeahead.measure_typeahead(practice, typed, with_old=True)
            all_mine = [ms for mine, _base, _old in figures.values() for ms in mine.wall_ms]
            all_base = [ms for _mine, base, _old in figures.values() for ms in base.wall_ms]
            all_cpu = [ms for mine, _base, _old in figures.values() for ms in mine.cpu_ms]
            all_base_cpu = [ms for _mine, base, _old in figures.values() for ms in base.cpu_ms]
            all_old = [ms for _mine, _base, old in figures.values() for ms in old.wall_ms]
            all_old_cpu = [ms for _mine, _base, old in figures.values() for ms in old.cpu_ms]
            worst[clients] = (
                max(mine.p95 for mine, _base, _old in figures.values()),
                typeahead.p95(all_base),
                max(mine.cpu_p95 for mine, _base, _old in figures.values()),
            )
            for kind, (mine, base, before) in figures.items():
                ratio = mine.p95 / base.p95 if base.p95 else float("nan")
                rows.append(
                    f"| {_label(clients)} | {kind} | {len(mine.wall_ms) // 2} | {mine.p50:.2f} "
                    f"| **{mine.p95:.2f}** | {mine.cpu_p95:.2f} | {base.p95:.2f} | "
                    f"{base.cpu_p95:.2f} | {ratio:.1f}x | {before.p95:.2f} / "
                    f"{before.cpu_p95:.2f} |"
                )
            rows.append(
                f"| {_label(clients)} | **all kinds** | {len(all_mine) // 2} | "
                f"{typeahead.statistics.median(all_mine):.2f} | **{typeahead.p95(all_mine):.2f}** "
                f"| {typeahead.p95(all_cpu):.2f} | {typeahead.p95(all_base):.2f} | "
                f"{typeahead.p95(all_base_cpu):.2f} | "
                f"{typeahead.p95(all_mine) / typeahead.p95(all_base):.1f}x | "
                f"{typeahead.p95(all_old):.2f} / {typeahead.p95(all_old_cpu):.2f} |"
            )
            ratios[clients] = typeahead.p95(all_mine) / typeahead.p95(all_base)
            flat = [text for texts in typed.values() for text in texts[::3]]
            follow[clients] = typeahead.measure_follow_up(practice, flat)
            opened, audited, reloaded = typeahead.measure_open(practice, ids)
            open_rows.append(
                f"| {_label(clients)} | {opened.p50:.2f} | **{opened.p95:.2f}** | "
                f"{opened.cpu_p95:.2f} | {audited.p95:.2f} | {reloaded.p95:.2f} |"
            )
            if clients == 100_000:
                open_line.append(
                    f"- Opening a record, p95 wall, 100k: {opened.p95:.2f} ms against 5 ms: "
                    f"{_met(opened.p95, 5.0)} (the audit entry follows in its own "
                    f"transaction, p95 {audited.p95:.1f} ms, not waited for)."
                )
        finally:
            practice.close()
    lines = []
    for clients, limit in TARGETS_TYPEAHEAD_MS.items():
        if clients not in worst:
            continue
        p95_worst, _base_p95, cpu_worst = worst[clients]
        lines.append(
            f"- Type-ahead p95 per keystroke, worst input kind, {_label(clients)}: "
            f"{p95_worst:.1f} ms wall ({_met(p95_worst, limit)}), {cpu_worst:.1f} ms CPU "
            f"({_met(cpu_worst, limit)}), against {limit:.0f} ms."
        )
    for clients, ratio in ratios.items():
        lines.append(
            f"- Type-ahead <= 3x raw FTS5 on the same connection (p95, all kinds), "
            f"{_label(clients)}: {ratio:.1f}x: {_met(ratio, 3.0)}."
        )
    body = f"""
Each keystroke is one `first_client_window` call in its own session (as the list runs
it), ABBA-interleaved with raw FTS5 on the same connection (the MATCH the type-ahead
reads its match set with: the prefix index, and from three characters the substring
index too; first 201 rowids, nothing joined or sorted) and with the first window as it was
computed before this change (every prefix match joined and sorted; no substring
matches), in the order raw, ours, before, before, ours, raw. "n" is keystrokes measured
(each twice).

| practice | input kind | n | p50 ms | p95 ms | CPU p95 ms | raw FTS5 p95 ms | raw FTS5 CPU p95 ms | ratio of p95 (wall) | before: join and sort, p95 / CPU p95 ms |
|---|---|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

First window, then every matching id (what the count and the scrollbar wait for; off the
UI thread, and stopped when a newer keystroke arrives):
{chr(10).join(f"- {_label(c)}: p50 {f.p50:.1f} ms, p95 {f.p95:.1f} ms (CPU p95 {f.cpu_p95:.1f} ms)" for c, f in follow.items())}

Opening a client record: the card delivered (`load_opened_client`), then its audit entry
in its own transaction (`record_opening`, timed apart); ABBA with the same card reloaded:

| practice | card p50 ms | card p95 ms | card CPU p95 ms | audit entry p95 ms | reload p95 ms |
|---|---|---|---|---|---|
{chr(10).join(open_rows)}

{chr(10).join(lines + open_line)}
"""
    return body, {"worst": worst}


def startup_section(practices: Path, password: str, sizes: list[int]) -> str:
    from bench import startup

    rows = []
    lines = []
    for clients in [size for size in sizes if size >= 100_000] or sizes[-1:]:
        directory = practices / f"p{_label(clients)}"
        results = startup.measure(directory, "admin", password, rounds=2)

        def median(mode: str, key: str, results: dict = results) -> float:
            values = sorted(figure[key] for figure in results[mode])
            return values[len(values) // 2]

        ours_s = median("ours", "launch_to_paint_s")
        bare_s = median("bare", "launch_to_paint_s")
        rss, stack_rss, bare_rss = (
            median("ours", "VmRSS"),
            median("stack", "VmRSS"),
            median("bare", "VmRSS"),
        )
        rows.append(
            f"| {_label(clients)} | **{ours_s:.2f} s** (imports {median('ours', 'imports_s'):.2f}, "
            f"unlock {median('ours', 'unlock_s'):.2f}, window and rows "
            f"{median('ours', 'window_s'):.2f}; CPU {median('ours', 'cpu_at_paint'):.2f}: imports "
            f"{median('ours', 'cpu_imports'):.2f}, unlock {median('ours', 'cpu_unlock'):.2f}, window "
            f"{median('ours', 'cpu_window'):.2f}) | {bare_s:.2f} s (CPU "
            f"{median('bare', 'cpu_at_paint'):.2f}) | {median('stack', 'launch_to_paint_s'):.2f} s "
            f"(CPU {median('stack', 'cpu_at_paint'):.2f}) "
            f"| **{rss:.0f} MB** (at first paint {median('ours', 'rss_at_paint'):.0f}, peak "
            f"{median('ours', 'VmHWM'):.0f}) | {stack_rss:.0f} MB (peak {median('stack', 'VmHWM'):.0f}) "
            f"| {bare_rss:.0f} MB | {rss / stack_rss:.2f}x |"
        )
        limit = 1.3 if clients <= 100_000 else 1.5
        if clients == 100_000:
            lines.append(
                f"- Launch to an unlocked window with rows, warm, 100k: {ours_s:.2f} s against "
                f"1.0 s: {_met(ours_s, 1.0)}."
            )
        lines.append(
            f"- Idle RSS {_label(clients)}: {rss / stack_rss:.2f}x the PySide6 + SQLAlchemy + "
            f"sqlcipher3 process with the same database open, against {limit}x: "
            f"{_met(rss / stack_rss, limit)}."
        )
        done = all(f["backup_done"] and f["start_up_work_done"] for f in results["ours"])
        lines.append(
            f"- {_label(clients)}: the day's backup taken and the start-up work finished "
            f"before idle RSS was read in every launch: {'yes' if done else '**no**'}."
        )
    return f"""
A fresh process per launch (offscreen Qt), timed from just before `subprocess` starts
it to the client list's rows painted. It goes the desktop's own way: the database layer
imported before Qt (as `clientmanager` does), the real `DesktopController.start()`, whose
sign-in screen (`LoginDialog`) is filled and submitted as soon as it is up (its Argon2id
unlock runs on the worker while the main window is built), then the main window. The
daily backup is due (today's backups removed before each launch) and so is the weekly
retention review; both, and the whole-file page check, start once the rows are painted.
"unlock" is from the end of the imports to the practice unlocked (the sign-in screen,
Argon2id, and the window built meanwhile); "window and rows" the rest. Medians of 4
launches each, ABBA-interleaved after a warm-up; our modules byte-compiled first, as an
installed copy has them. CPU: the child's own, every thread, from interpreter start to
the rows painted (the backup's child process not included).
Idle RSS: once the start-up backup, review, page check and Today's counts have finished
and the desktop has closed the idle connections they filled (and trimmed the heap),
plus one second.

| practice | ours: launch to rows painted | bare PySide6 window | PySide6 + SQLAlchemy + sqlcipher3, DB open | idle RSS ours | idle RSS of that stack | bare window RSS | RSS ratio |
|---|---|---|---|---|---|---|---|
{chr(10).join(rows)}

{chr(10).join(lines)}
"""


def cli_section(practices: Path, password: str, sizes: list[int]) -> str:
    from bench import cli_timing

    work = WORK_DIR / "cli"
    work.mkdir(parents=True, exist_ok=True)
    floor = cli_timing.time_python_start()
    lines = [f"An interpreter that imports nothing: {floor:.2f} s (the floor under every row)."]
    rows = []
    small = practices / f"p{_label(sizes[0])}"
    check = cli_timing.time_check(small, password=password)
    rows.append(
        f"| `check` ({_label(sizes[0])}) | {check['in_wall']:.2f} s (CPU {check['in_cpu']:.2f}) "
        f"| {check['cli_wall']:.2f} s (CPU {check['cli_cpu']:.2f}) | |"
    )
    target = 100_000 if 100_000 in sizes else sizes[-1]
    result = cli_timing.time_import(practices / f"p{_label(target)}", work, password=password)
    rows.append(
        f"| `import` {result['rows']:,} rows into {_label(target)} ({result['duplicates']:,} "
        f"duplicates) | **{result['in_wall']:.2f} s** (CPU {result['in_cpu']:.2f}; analyse "
        f"{result['analyse_wall']:.2f}) | **{result['cli_wall']:.2f} s** (CPU "
        f"{result['cli_cpu']:.2f}) | <= 2 s / <= 3 s |"
    )
    if target == 100_000:
        lines.append(
            f"- Import of 10k rows into 100k: {result['in_wall']:.2f} s in-process "
            f"({_met(result['in_wall'], 2.0)}), {result['cli_wall']:.2f} s from the CLI "
            f"({_met(result['cli_wall'], 3.0)})."
        )
    return f"""
Wall time of the whole command (interpreter start to exit) beside the service call in a
warm process on an identical copy; child CPU time from `wait4`.

| command | in-process | CLI end to end | target |
|---|---|---|---|
{chr(10).join(rows)}

{chr(10).join(lines)}
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000])
    parser.add_argument("--practices", type=Path, default=Path("/tmp/perf"))
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["typeahead", "startup", "cli", "tax"]
    )
    parser.add_argument("--legacy", action="store_true", help="also the older sections")
    parser.add_argument("--clients", type=int, default=100_000, help="for --legacy")
    args = parser.parse_args()
    password = os.environ.get("BENCH_PASSWORD", DEFAULT_PASSWORD)
    load_before = _load()
    build_cpu = {
        clients: build_practice(args.practices / f"p{_label(clients)}", clients, password)
        for clients in args.sizes
    }
    built = {clients: cpu for clients, cpu in build_cpu.items() if cpu == cpu}
    if 100_000 in built and 300_000 in built:
        ratio = built[300_000] / built[100_000]
        lines = [
            "`clientmanager demo` from the CLI into an empty folder, child CPU time (wait4):",
            "",
            "| practice | CPU seconds |",
            "|---|---|",
            *(f"| {_label(c)} | {cpu:.1f} |" for c, cpu in sorted(built.items())),
            "",
            f"- Demo build 300k <= 3.3x the CPU time of 100k: {ratio:.2f}x: {_met(ratio, 3.3)}.",
        ]
        write_section(
            "issue17-demo-build",
            "Issue 17: building the demo practices",
            f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine_line()}; "
            f"{load_before} at the start.\n\n" + "\n".join(lines),
        )
    header = (
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {machine_line()}; "
        f"{load_before} at the start."
    )
    sections = (
        ("typeahead", "Issue 17: type-ahead and opening a record, 10k / 100k / 300k"),
        ("startup", "Issue 17: start-up from launch, and memory"),
        ("cli", "Issue 17: CLI commands end to end"),
        ("tax", "Issue 17: the encryption tax, interleaved"),
    )
    for name, title in sections:
        if name in args.skip or (name == "tax" and 100_000 not in args.sizes):
            continue
        part_started = time.perf_counter()
        if name == "typeahead":
            body, _ = typeahead_section(args.sizes, args.practices, password)
        elif name == "startup":
            body = startup_section(args.practices, password, args.sizes)
        elif name == "tax":
            from bench import encryption_tax

            body = encryption_tax.run(args.practices / "p100k", password)
        else:
            body = cli_section(args.practices, password, args.sizes)
        footer = f"This part took {time.perf_counter() - part_started:.0f} s; {_load()} at its end."
        print(body)
        write_section(f"issue17-{name}", title, f"{header}\n\n{body}\n\n{footer}")
    if args.legacy:
        subprocess.run(
            [sys.executable, "-m", "bench.legacy", "--clients", str(args.clients)], check=True
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
