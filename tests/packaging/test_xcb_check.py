"""Before Qt loads, starting the desktop app on X11 checks for the xcb libraries and says
exactly what to install, instead of Qt's "could not load the Qt platform plugin"."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clientmanager import __main__ as start

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 on Linux")

NOT_SYSTEM = re.compile(r"^(libQt6|libc\.|libm\.|libstdc\+\+|libgcc_s|libpthread|libdl)")


def qt_lib_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    return Path(spec.origin).parent / "Qt"


def needed(path: Path) -> set[str]:
    result = subprocess.run(
        ["readelf", "-d", str(path)], capture_output=True, text=True, check=True
    )
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", result.stdout))


@pytest.mark.skipif(not shutil.which("readelf"), reason="readelf (binutils) reads the plugin")
def test_the_table_covers_every_system_library_the_xcb_plugin_links():
    qt = qt_lib_dir()
    plugin = qt / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.is_file()
    libraries = needed(plugin) | needed(qt / "lib" / "libQt6XcbQpa.so.6")
    system = {name for name in libraries if not NOT_SYSTEM.match(name)}
    assert {"libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxkbcommon-x11.so.0"} <= system
    assert system <= set(start.XCB_LIBRARIES), sorted(system - set(start.XCB_LIBRARIES))


def test_the_platform_is_xcb_on_an_x11_session_only():
    assert start.platform_will_be_xcb({"DISPLAY": ":0"})
    assert start.platform_will_be_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"})
    assert start.platform_will_be_xcb({"QT_QPA_PLATFORM": "xcb:nograb"})
    assert not start.platform_will_be_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"})
    assert not start.platform_will_be_xcb({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"})
    wayland = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert not start.platform_will_be_xcb(wayland)
    assert not start.platform_will_be_xcb({})


def test_missing_libraries_are_the_ones_the_loader_cannot_open():
    assert start.missing_libraries(["libc.so.6", "libclientmanager-not-there.so.9"]) == [
        "libclientmanager-not-there.so.9"
    ]


@pytest.mark.parametrize(
    ("os_release", "family"),
    [
        ('ID=ubuntu\nID_LIKE=debian\nVERSION_ID="22.04"', "debian"),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"', "debian"),
        ("ID=debian\n", "debian"),
        ("ID=fedora\nVERSION_ID=40", "fedora"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"', "fedora"),
        ("ID=arch\n", ""),
    ],
)
def test_distribution_family(os_release, family):
    assert start.distribution_family(os_release) == family


def test_the_message_gives_the_exact_install_command():
    missing = [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxkbcommon-x11.so.0",
        "libxcb-shape.so.0",
    ]
    ubuntu = start.missing_xcb_message(missing, "debian")
    assert (
        "    sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-shape0 libxkbcommon-x11-0\n"
        in ubuntu
    )
    assert "dnf" not in ubuntu
    fedora = start.missing_xcb_message(missing, "fedora")
    assert "    sudo dnf install libxcb libxkbcommon-x11 xcb-util-cursor xcb-util-wm\n" in fedora
    unknown = start.missing_xcb_message(missing, "")
    assert "sudo apt-get install" in unknown and "sudo dnf install" in unknown


def test_starting_the_app_stops_before_qt_and_says_what_to_install(tmp_path):
    """The real start command, in a child process, with one library that no system has
    added to the table (so the check fails the same way on every machine)."""
    script = (
        "import sys\n"
        "import clientmanager.__main__ as start\n"
        "start.XCB_LIBRARIES['libclientmanager-not-there.so.9'] = ('libcm-not-there9', 'cm-not-there')\n"
        f"sys.argv = ['clientmanager', '--data-dir', {str(tmp_path / 'data')!r}]\n"
        "code = start.main()\n"
        "print('qt loaded:', any(m.startswith('PySide6') for m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "CLIENTMANAGER_"))}
    env.update(DISPLAY=":0", PYTHONPATH=str(REPO))
    env.pop("WAYLAND_DISPLAY", None)
    run = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 3, run.stderr
    assert "qt loaded: False" in run.stdout
    assert "libclientmanager-not-there.so.9" in run.stderr
    assert re.search(r"sudo (apt-get|dnf) install .*(libcm-not-there9|cm-not-there)", run.stderr)
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "data").exists()

    # The command line never needs the xcb libraries, and the check can be switched off.
    script_cli = script.replace("'--data-dir'", "'--version', '--data-dir'")
    assert (
        subprocess.run([sys.executable, "-c", script_cli], env=env, capture_output=True).returncode
        == 0
    )
    env[start.SKIP_CHECK_VARIABLE] = "1"
    env["QT_QPA_PLATFORM"] = "xcb"
    skipped = subprocess.run(
        [
            sys.executable,
            "-c",
            script.replace("start.main()", "int(not start.check_gui_libraries())"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert skipped.returncode == 0, skipped.stderr
