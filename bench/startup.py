"""Start-up from process launch, and idle memory, beside truly bare baselines.

Each figure is a fresh interpreter started with ``subprocess`` (QT_QPA_PLATFORM=offscreen),
timed on CLOCK_MONOTONIC, which parent and child share, from just before the launch:

* ``ours``: ``python -m bench.startup ours DIR``: the desktop's own start-up path (the
  imports in ``clientmanager``'s order, the application set-up of ``run_gui``, the real
  ``DesktopController.start()``: its sign-in screen filled and submitted as soon as it
  is up, the Argon2id unlock on the worker, the main window, which starts the page
  check, the daily backup and the retention review once its rows are painted) until
  the client list has rows and they are painted. The practice is made to look like a
  first launch of the day: today's backups are removed before each launch and the
  weekly retention review is due. Then idle RSS, once all that start-up work is done.
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


def _settle(app, seconds: float, until=None) -> None:  # noqa: ANN001, ARG001
    """Run the event loop, as the desktop's ``app.exec()`` does, for ``seconds`` or until
    ``until()``. A real loop, not ``processEvents()`` polling: that never runs deferred
    deletions, so a window closed with ``deleteLater`` (the sign-in screen) would stay
    alive and count in the idle memory, where the desktop has deleted it."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + seconds
    loop = QEventLoop()

    def check() -> None:
        if time.monotonic() >= deadline or (until is not None and until()):
            loop.quit()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


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
    from clientmanager.__main__ import prepare_desktop_imports

    prepare_desktop_imports()  # as ``clientmanager`` does before the desktop starts
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clientmanager.paths import PracticePaths
    from clientmanager.services import retention
    from clientmanager.ui.app import DesktopController, configure_application
    from clientmanager.ui.context import AppContext
    from clientmanager.ui.login import LoginDialog

    app = QApplication([])
    configure_application(app)
    context = AppContext(PracticePaths(practice_dir))
    # The weekly review is due, as on the first launch after a week.
    retention.review_is_due = lambda session, now=None: True  # noqa: ARG005
    imported, cpu_imported = time.monotonic(), time.process_time()
    marks: dict[str, float] = {}

    def sign_in() -> None:
        # The real sign-in screen, filled and submitted as soon as it is up, as a user
        # who types instantly would: its unlock runs on the worker (ui/login.py).
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog)), None
        )
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(1, sign_in)
            return
        dialog.username.set_text(username)
        dialog.password.set_text(password)
        # A breakdown mark: the sign-in screen is up; the unlock (Argon2id) starts now.
        marks.setdefault("submitted", time.monotonic())
        dialog.submit()

    def unlocked(_practice: object) -> None:
        marks.setdefault("unlocked", time.monotonic())
        marks.setdefault("cpu_unlocked", time.process_time())

    context.practice_unlocked.connect(unlocked)
    controller = DesktopController(context)
    QTimer.singleShot(0, sign_in)
    if not controller.start():  # the sign-in, then the real main window
        raise SystemExit("the sign-in did not open the practice")
    window = controller.window
    model = window.client_list.model
    while model.rowCount() == 0:
        app.processEvents()
        time.sleep(0.0005)
    window.client_list.table.viewport().repaint()
    painted, cpu_at_paint = time.monotonic(), time.process_time()
    memory_at_paint = _memory()
    loaded_at_paint = len(sys.modules)

    def start_up_done() -> bool:
        # Idle means after the start-up work: the review and Today's counts (the worker),
        # the day's backup (its child process), the page check, and the memory they used
        # given back (DesktopController._release_start_up_memory).
        return (
            not context.tasks.is_busy()
            and not controller.backups.is_running
            and not context.practice.pages_unchecked
            and controller.start_up_memory_released
        )

    _settle(app, 300.0, until=start_up_done)
    finished = start_up_done()
    _settle(app, 1.0)
    figures = {
        "imported": imported,
        "submitted": marks["submitted"],
        "unlocked": marks["unlocked"],
        "painted": painted,
        # CPU of this whole process (every thread) since the interpreter started.
        "cpu_imports": cpu_imported,
        "cpu_unlock": marks["cpu_unlocked"] - cpu_imported,
        "cpu_window": cpu_at_paint - marks["cpu_unlocked"],
        "cpu_at_paint": cpu_at_paint,
        "modules_at_paint": loaded_at_paint,
        "rss_at_paint": memory_at_paint["VmRSS"],
        "start_up_work_done": finished,
        "backup_done": any(
            path.is_dir() and not path.name.endswith(".tmp")
            for path in context.paths.backups.glob("backup-*")
        ),
        **_memory(),
    }
    context.tasks.wait_until_idle()
    context.lock()
    context.release_practice()
    return figures


def launch(mode: str, practice_dir: Path, username: str, password: str) -> dict:
    home = ROOT / "bench" / "_work" / "startup-home"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        BENCH_SECRET=password,
        # The sign-in saves the last user name in Qt's settings: not in the real ones.
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
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
        # Within unlock_s: the application and sign-in screen set up, then the unlock itself
        # (Argon2id on the worker beside the hidden window's build) until set_unlocked.
        figures["sign_in_shown_s"] = figures["submitted"] - figures["imported"]
        figures["unlock_after_submit_s"] = figures["unlocked"] - figures["submitted"]
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
