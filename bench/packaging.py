"""The installer bundle: build time, size, and how fast the frozen CLI starts (issue 9).

    .venv/bin/python -m bench.packaging            # builds into bench/_work/packaging

Needs the 'package' extra (pip install -e '.[package]'). Not part of bench/run.py
because it rebuilds the bundle (minutes) and measures nothing about the database.
Baseline: the same commands run from source (python -m clientmanager) in the same run.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PASSWORD, WORK_DIR, write_section  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _mb(n: int) -> str:
    return f"{n / 1_000_000:,.0f} MB"


def _median_run(command: list[str], env: dict, runs: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of the child, in seconds.

    The CPU figure is the fair comparison on a shared machine: waiting for a core
    inflates wall time but not CPU time."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(wall), statistics.median(cpu)


def _pair(times: tuple[float, float]) -> str:
    return f"{times[0] * 1000:.0f} / {times[1] * 1000:.0f} ms"


def run(work_dir: Path = WORK_DIR / "packaging") -> str:
    if work_dir.exists():
        shutil.rmtree(work_dir)
    work_dir.mkdir(parents=True)
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work_dir / "dist"),
            "--workpath",
            str(work_dir / "build"),
            str(REPO / "installer" / "clientmanager.spec"),
        ],
        check=True,
    )
    build_s = time.perf_counter() - started
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    build_cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (
        cpu_after.ru_stime - cpu_before.ru_stime
    )
    bundle = work_dir / "dist" / "ClientManager"
    internal = bundle / "_internal"
    total = _size(bundle)
    files = sum(1 for p in bundle.rglob("*") if p.is_file())
    tarball = Path(shutil.make_archive(str(work_dir / "ClientManager"), "gztar", bundle.parent))
    parts = {
        "Qt (PySide6, Qt libraries and plugins)": _size(internal / "PySide6")
        + sum(p.stat().st_size for p in internal.glob("libQt6*") if not p.is_symlink()),
        "SQLCipher (sqlcipher3 extension)": _size(internal / "sqlcipher3"),
        "Python runtime": sum(
            p.stat().st_size for p in internal.glob("libpython*") if not p.is_symlink()
        )
        + _size(internal / "python3.11")
        + (internal / "base_library.zip").stat().st_size,
        "resources/ (icons, style, fonts, translations)": _size(internal / "resources"),
    }

    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTMANAGER_")}
    env.update(
        CLIENTMANAGER_PASSWORD=PASSWORD,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    frozen = [str(bundle / "clientmanager-cli")]
    source = [sys.executable, "-m", "clientmanager"]
    data = work_dir / "practice"
    subprocess.run(
        [*frozen, "--data-dir", str(data), "demo", "--clients", "200"],
        env=env,
        check=True,
        capture_output=True,
    )
    version_frozen = _median_run([*frozen, "--version"], env)
    version_source = _median_run([*source, "--version"], env)
    check_frozen = _median_run([*frozen, "--data-dir", str(data), "check"], env)
    check_source = _median_run([*source, "--data-dir", str(data), "check"], env)

    parts["everything else (cryptography, Pillow for fpdf2, SQLAlchemy, system libraries...)"] = (
        total - sum(parts.values())
    )
    rows = "\n".join(f"| {name} | {_mb(size)} |" for name, size in parts.items())
    body = f"""
One-folder PyInstaller build of `installer/clientmanager.spec` (`bench/packaging.py`),
clean (`--clean`), on this shared 2-core machine; other engineers' jobs were running.

| measure | value |
|---|---|
| build time (wall) | {build_s:.0f} s |
| build CPU time (PyInstaller and its subprocesses) | {build_cpu:.0f} s |
| bundle size (`ClientManager/`, {files:,} files) | {_mb(total)} |
| `.tar.gz` of the bundle | {_mb(tarball.stat().st_size)} |

Where the size goes:

| part | size |
|---|---|
{rows}

Start-up, median of 5 runs each, wall time and CPU time (baseline: the same command
from source, `python -m clientmanager`, same run; CPU time is the fair comparison here,
since wall time includes waiting for a core):

| command | frozen wall / CPU | source wall / CPU | CPU ratio |
|---|---|---|---|
| `--version` | {_pair(version_frozen)} | {_pair(version_source)} | {version_frozen[1] / version_source[1]:.2f}x |
| `check`, 200-client practice (Argon2id unlock, integrity checks) | {_pair(check_frozen)} | {_pair(check_source)} | {check_frozen[1] / check_source[1]:.2f}x |
"""
    write_section("packaging", "Installer bundle: build time, size, start-up (issue 9)", body)
    return body


if __name__ == "__main__":
    print(run())
