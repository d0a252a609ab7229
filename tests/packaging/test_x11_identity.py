"""On a real X server the window's WM_CLASS matches the menu entry's StartupWMClass, so
docks group the running app with its launcher (issue 16)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clientmanager.__main__ import missing_libraries

REPO = Path(__file__).resolve().parents[2]
DESKTOP = REPO / "installer" / "linux" / "clientmanager.desktop"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11")


def _wm_classes(display: str) -> list[tuple[str, str, str]]:
    """(window name, WM_CLASS instance, WM_CLASS class) of every named top-level window."""
    env = {**os.environ, "DISPLAY": display}
    tree = subprocess.run(
        ["xwininfo", "-root", "-children"], env=env, capture_output=True, text=True, check=True
    ).stdout
    found = []
    for window_id, name in re.findall(r'^\s+(0x[0-9a-f]+) "([^"]+)"', tree, re.M):
        prop = subprocess.run(
            ["xprop", "-id", window_id, "WM_CLASS"], env=env, capture_output=True, text=True
        ).stdout
        match = re.search(r'WM_CLASS\(STRING\) = "([^"]*)", "([^"]*)"', prop)
        if match:
            found.append((name, match.group(1), match.group(2)))
    return found


def test_the_window_class_matches_the_desktop_entry(tmp_path):
    tools = [t for t in ("Xvfb", "xwininfo", "xprop") if not shutil.which(t)]
    if tools:
        pytest.skip(f"needs {', '.join(tools)} (apt-get install xvfb x11-utils)")
    if missing_libraries():
        pytest.skip("the xcb libraries are not installed: " + ", ".join(missing_libraries()))
    startup_class = re.search(r"^StartupWMClass=(.+)$", DESKTOP.read_text(), re.M).group(1)

    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as handle:
        display = ":" + handle.readline().strip()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "CLIENTMANAGER_"))}
    env.pop("RESOURCE_NAME", None)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PYTHONPATH=str(REPO),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    # Started as the launcher's symlink would be, under another argv[0]: the class holds.
    app = subprocess.Popen(
        [sys.executable, "-m", "clientmanager", "--data-dir", str(tmp_path / "data")],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        windows: list[tuple[str, str, str]] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and app.poll() is None:
            windows = [w for w in _wm_classes(display) if "ClientManager" in w[0]]
            if windows:
                break
            time.sleep(0.5)
        assert app.poll() is None, app.stderr.read().decode(errors="replace")[-2000:]
        assert windows, "the app showed no window"
        for _name, instance, class_name in windows:
            assert instance == startup_class
            assert class_name == "ClientManager Desktop"
    finally:
        app.kill()
        app.wait(timeout=30)
        xvfb.terminate()
        xvfb.wait(timeout=30)
