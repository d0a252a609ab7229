"""Ctrl+C in the terminal quits the desktop cleanly (no traceback, practice lock released)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clientmanager.store.practice_lock import LOCK_NAME

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT from a terminal is POSIX here")
def test_ctrl_c_at_the_unlock_screen_quits_cleanly(practice, practice_paths, tmp_path):
    practice.close()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    gui = subprocess.Popen(
        [sys.executable, "-m", "clientmanager", "--data-dir", str(practice_paths.data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lock = practice_paths.data_dir / LOCK_NAME
    try:
        # The unlock screen takes the practice lock when it opens: that is our cue.
        for _ in range(600):
            if lock.exists() or gui.poll() is not None:
                break
            time.sleep(0.1)
        assert lock.exists(), gui.stderr.read() if gui.poll() is not None else "no lock"
        time.sleep(0.5)
        gui.send_signal(signal.SIGINT)
        _out, err = gui.communicate(timeout=60)
    finally:
        if gui.poll() is None:
            gui.kill()
    assert gui.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not lock.exists()
