"""Start-up from process launch, and idle memory, beside truly bare baselines.

Each figure is a fresh interpreter started with ``subprocess`` (QT_QPA_PLATFORM=offscreen),
timed on CLOCK_MONOTONIC, which parent and child share, from just before the launch:

* ``ours``: ``python -m bench.startup ours DIR``: the desktop's own start-up path (the
  application set-up of ``run_gui``, the Argon2id unlock, the real ``DesktopController``
  opening its main window, which schedules the daily backup and the retention review)
  until the client list has rows and they are painted. The practice is made to look
  like a first launch of the day: today's backups are removed before each launch and the
  weekly retention review is due. Then idle RSS, once the backup and review are done.
* ``bare``: a bare PySide6 window process (QApplication, a QMainWindow shown and
  painted): nothing of ours, no SQLAlchemy.
* ``stack``: a process that imports PySide6, SQLAlchemy and sqlcipher3 and opens the same
  database (key from the same Argon2id slot), reads the first window of clients, with a
  window shown: the memory baseline for idle RSS.

Launches are ABBA-interleaved (bare, ours, ours, bare, ...) after one warm-up of each.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _memory() -> dict[str, float]:
    figures = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            figures[key] = int(value.split()[0]) / 1024
    return figures


def _settle(app, seconds: float, until=None) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if until is not None and until():
            return
        time.sleep(0.005)


def child_bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Clients"))
    window.resize(1360, 740)
    window.show()
    app.processEvents()
    window.centralWidget().repaint()
    painted = time.monotonic()
    cpu_at_paint = time.process_time()
    _settle(app, 1.0)
    return {"painted": painted, "cpu_at_paint": cpu_at_paint, **_memory()}


def child_stack(practice_dir: Path, username: str, password: str) -> dict:
    """PySide6 + SQLAlchemy + sqlcipher3, the same database open, no ClientManager UI."""
    import sqlalchemy as sa
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
    from sqlcipher3 import dbapi2  # noqa: F401  (the same driver, loaded)

    from clientmanager.paths import PracticePaths
    from clientmanager.store.engine import create_practice_engine
    from clientmanager.store.keyslots import KeySlotFile

    paths = PracticePaths(practice_dir)
    key = KeySlotFile.load(paths.key_slots).unwrap_with_password(username, password)
    engine = create_practice_engine(paths.database, key)
    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Clients"))
    window.resize(1360, 740)
    window.show()
    with engine.connect() as connection:
        connection.execute(
            sa.text(
                "SELECT id, surname, first_names FROM clients WHERE surname IS NOT NULL "
                "ORDER BY surname, first_names, id LIMIT 201"
            )
        ).all()
    app.processEvents()
    painted = time.monotonic()
    cpu_at_paint = time.process_time()
    _settle(app, 1.0)
    return {"painted": painted, "cpu_at_paint": cpu_at_paint, **_memory()}


def child_ours(practice_dir: Path, username: str, password: str) -> dict:
    from PySide6.QtWidgets import QApplication

    from clientmanager.paths import PracticePaths
    from clientmanager.ui.app import DesktopController, configure_application
    from clientmanager.ui.context import AppContext

    app = QApplication([])
    configure_application(app)
    context = AppContext(PracticePaths(practice_dir))
    from clientmanager.services import retention
    from clientmanager.services.practice import unlock_with_password

    # The weekly review is due, as on the first launch after a week.
    retention.review_is_due = lambda session, now=None: True  # noqa: ARG005
    imported, cpu_imported = time.monotonic(), time.process_time()
    # As the sign-in screen unlocks (ui/login.py): the whole-file page check then runs
    # beside the window (AppContext), and is part of what this process does meanwhile.
    context.set_unlocked(
        unlock_with_password(
            context.paths, username=username, password=password, defer_page_check=True
        )
    )
    unlocked, cpu_unlocked = time.monotonic(), time.process_time()
    controller = DesktopController(context)
    controller.open_main_window()
    window = controller.window
    model = window.client_list.model
    while model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.0005)
    window.client_list.table.viewport().repaint()
    painted, cpu_at_paint = time.monotonic(), time.process_time()
    memory_at_paint = _memory()
    loaded_at_paint = len(sys.modules)
    _settle(app, 120.0, until=lambda: not context.tasks.is_busy())
    _settle(app, 1.0)
    figures = {
        "imported": imported,
        "unlocked": unlocked,
        "painted": painted,
        # CPU of this whole process (every thread) since the interpreter started.
        "cpu_imports": cpu_imported,
        "cpu_unlock": cpu_unlocked - cpu_imported,
        "cpu_window": cpu_at_paint - cpu_unlocked,
        "cpu_at_paint": cpu_at_paint,
        "modules_at_paint": loaded_at_paint,
        "rss_at_paint": memory_at_paint["VmRSS"],
        "backup_done": bool(list(context.paths.backups.glob("*.db*"))),
        **_memory(),
    }
    context.tasks.wait_until_idle()
    context.lock()
    return figures


def launch(mode: str, practice_dir: Path, username: str, password: str) -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        BENCH_SECRET=password,
    )
    if mode == "ours":
        # First launch of the day: no backup from today yet.
        shutil.rmtree(PracticePathsLike(practice_dir).backups, ignore_errors=True)
    started = time.monotonic()
    output = subprocess.run(
        [sys.executable, "-m", "bench.startup", mode, str(practice_dir), username],
        check=True,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    ).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    figures["launch_to_paint_s"] = figures["painted"] - started
    if "imported" in figures:
        figures["imports_s"] = figures["imported"] - started
        figures["unlock_s"] = figures["unlocked"] - figures["imported"]
        figures["window_s"] = figures["painted"] - figures["unlocked"]
    return figures


class PracticePathsLike:
    """The practice's backup folder without importing our code into the parent."""

    def __init__(self, data_dir: Path) -> None:
        self.backups = data_dir / "backups"


def measure(practice_dir: Path, username: str, password: str, rounds: int = 3) -> dict:
    """ABBA: bare, ours, ours, bare (and stack beside each bare) per round."""
    from bench.cli_timing import precompile

    precompile()  # warm means installed: our modules byte-compiled, as pip leaves them
    for mode in ("bare", "stack", "ours"):  # warm-up: page cache, Qt plugin cache
        launch(mode, practice_dir, username, password)
    results: dict[str, list[dict]] = {"bare": [], "stack": [], "ours": []}
    for _round in range(rounds):
        results["bare"].append(launch("bare", practice_dir, username, password))
        results["stack"].append(launch("stack", practice_dir, username, password))
        results["ours"].append(launch("ours", practice_dir, username, password))
        results["ours"].append(launch("ours", practice_dir, username, password))
        results["stack"].append(launch("stack", practice_dir, username, password))
        results["bare"].append(launch("bare", practice_dir, username, password))
    return results


if __name__ == "__main__":
    mode, directory = sys.argv[1], Path(sys.argv[2])
    secret = os.environ.get("BENCH_SECRET", "")
    user = sys.argv[3] if len(sys.argv) > 3 else "admin"
    if mode == "bare":
        print(json.dumps(child_bare()))
    elif mode == "stack":
        print(json.dumps(child_stack(directory, user, secret)))
    else:
        print(json.dumps(child_ours(directory, user, secret)))
