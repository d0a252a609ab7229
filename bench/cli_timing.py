"""CLI commands timed end to end (process launch to exit) beside their in-process figure.

The end-to-end figure is what a script or a scheduled task waits for: interpreter
start, imports, the Argon2id unlock, the work, the commit. The in-process figure is the
service call alone, in a warm process, on an identical copy of the practice. CPU time
of the child (user + system, from ``wait4``) is given beside wall time, since the
machine is shared.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_compiled = False


def precompile() -> None:
    """Byte-compile our sources once, as an installed copy has them (pip and the bundle
    compile on install). Without this, a machine with PYTHONDONTWRITEBYTECODE set (this
    one) recompiles every module of ours in every launch: about 0.15 s of CPU that no
    user's start-up pays."""
    global _compiled
    if not _compiled:
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "clientmanager")], check=True
        )
        _compiled = True


def copy_practice(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    # Every file of the practice, the audit anchor (practice.anchor) included: a copy
    # without it would skip the anchor's checks and its first writing.
    for path in source.iterdir():
        if path.is_file():
            shutil.copy2(path, target / path.name)
    return target


def run_cli(args: list[str], *, password: str) -> tuple[float, float, str]:
    """(wall s, child CPU s, stdout) of ``python -m clientmanager ARGS``."""
    precompile()
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        CLIENTMANAGER_PASSWORD=password,
        CLIENTMANAGER_USER="admin",
    )
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "clientmanager", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if completed.returncode != 0:
        raise RuntimeError(f"clientmanager {args[0]} failed: {completed.stderr[-500:]}")
    return wall, cpu, completed.stdout


def time_import(practice_dir: Path, work_dir: Path, *, password: str, rows: int = 10_000) -> dict:
    """10k CSV rows into copies of the practice: the service in-process, then the CLI."""
    from bench.importer import _write_csv
    from clientmanager.paths import PracticePaths
    from clientmanager.services import importer
    from clientmanager.services.practice import unlock_with_password

    inproc = copy_practice(practice_dir, work_dir / "import-inproc")
    cli = copy_practice(practice_dir, work_dir / "import-cli")
    csv_path = work_dir / "import.csv"
    practice = unlock_with_password(PracticePaths(inproc), "admin", password)
    try:
        _write_csv(csv_path, practice.engine, rows, 8)
        wall, cpu = time.perf_counter(), time.process_time()
        source = importer.read_source(csv_path)
        mapping = importer.guess_mapping(source.clients.headers)
        with practice.session() as session:
            plan = importer.analyse(session, source, mapping, actor=practice.actor)
        analysed, analysed_cpu = time.perf_counter() - wall, time.process_time() - cpu
        with practice.session() as session:
            result = importer.run_import(session, plan, actor=practice.actor)
        in_wall, in_cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        practice.close()
    cli_wall, cli_cpu, _out = run_cli(
        ["--data-dir", str(cli), "import", str(csv_path)], password=password
    )
    for folder in (inproc, cli):
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "rows": rows,
        "created": result.created,
        "duplicates": len(plan.duplicates),
        "in_wall": in_wall,
        "in_cpu": in_cpu,
        "analyse_wall": analysed,
        "analyse_cpu": analysed_cpu,
        "cli_wall": cli_wall,
        "cli_cpu": cli_cpu,
    }


def time_check(practice_dir: Path, *, password: str) -> dict:
    """``clientmanager check`` (integrity and counts) end to end vs ``check_practice``."""
    from clientmanager.paths import PracticePaths
    from clientmanager.services.practice import check_practice, unlock_with_password

    practice = unlock_with_password(PracticePaths(practice_dir), "admin", password)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        check_practice(practice)
        in_wall, in_cpu = time.perf_counter() - wall, time.process_time() - cpu
    finally:
        practice.close()
    cli_wall, cli_cpu, _out = run_cli(["--data-dir", str(practice_dir), "check"], password=password)
    return {"in_wall": in_wall, "in_cpu": in_cpu, "cli_wall": cli_wall, "cli_cpu": cli_cpu}


def time_python_start() -> float:
    """The floor under every CLI figure: an interpreter that imports nothing of ours."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started
