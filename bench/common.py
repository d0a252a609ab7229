"""Shared benchmark plumbing: timing, percentiles, twin practices, and RESULTS.md sections."""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.pool import QueuePool
from sqlcipher3 import dbapi2 as sqlcipher

from clientmanager.store.engine import apply_settings

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "RESULTS.md"
WORK_DIR = BENCH_DIR / "_work"
PASSWORD = "Benchmark practice password 1"


@dataclass(frozen=True)
class Latency:
    samples_ms: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples_ms)
        return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]

    @property
    def total_s(self) -> float:
        return sum(self.samples_ms) / 1000

    def summary(self) -> str:
        return f"p50 {self.p50:.2f} ms, p95 {self.p95:.2f} ms (n={len(self.samples_ms)})"


def measure(operation: Callable[[object], object], inputs: Iterable[object]) -> Latency:
    samples = []
    for value in inputs:
        started = time.perf_counter()
        operation(value)
        samples.append((time.perf_counter() - started) * 1000)
    return Latency(samples)


def timed(operation: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = operation()
    return time.perf_counter() - started, result


def plain_engine(path: Path) -> sa.Engine:
    """The same library and settings as the practice engine, without a key."""

    def connect() -> sqlcipher.Connection:
        connection = sqlcipher.connect(str(path), check_same_thread=False)
        apply_settings(connection, None)
        return connection

    return sa.create_engine(
        "sqlite:///" + path.as_posix(), module=sqlcipher, creator=connect, poolclass=QueuePool
    )


def machine_line() -> str:
    cipher = sqlcipher.connect(":memory:").execute("PRAGMA cipher_version").fetchone()
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, SQLite {sqlcipher.sqlite_version}, "
        f"SQLCipher {cipher[0] if cipher else '?'}"
    )


def write_section(name: str, title: str, body: str) -> None:
    """Replace one benchmark's section of RESULTS.md, keeping the others."""
    start, end = f"<!-- section:{name} -->", f"<!-- /section:{name} -->"
    block = f"{start}\n## {title}\n\n_Measured {dt.date.today():%Y-%m-%d} on {machine_line()}._\n\n{body.strip()}\n{end}"
    existing = (
        RESULTS.read_text(encoding="utf-8")
        if RESULTS.exists()
        else (
            "# Benchmark results\n\nEach section is rewritten by the benchmark that owns it "
            "(`bench/run.py`). Ratios compare against a baseline measured in the same run.\n"
        )
    )
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(existing):
        updated = pattern.sub(lambda _match: block, existing)
    else:
        updated = existing.rstrip() + "\n\n" + block + "\n"
    RESULTS.write_text(updated, encoding="utf-8")
