"""The Linux install script installs the bundle per user and its uninstall keeps the data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "installer" / "linux"
METAINFO = "za.co.clientmanager.desktop.metainfo.xml"
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")


def fake_bundle(root: Path) -> Path:
    """The layout build_linux.sh produces, with stand-in executables."""
    bundle = root / "ClientManager"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("ClientManager", "clientmanager-cli"):
        exe = bundle / name
        exe.write_text(f'#!/bin/sh\necho {name} "$@"\n')
        exe.chmod(0o755)
    shutil.copy(LINUX / "clientmanager.desktop", bundle)
    shutil.copy(
        REPO / "resources" / "icons" / "clientmanager-256.png", bundle / "clientmanager.png"
    )
    shutil.copy(LINUX / "install.sh", bundle)
    shutil.copy(LINUX / METAINFO, bundle)
    return bundle


def desktop_entry(text: str) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in text.splitlines() if "=" in line and not line.startswith("#")
    )


def validate_desktop_file(path: Path) -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_matches_the_window_identity():
    from clientmanager.ui.app import DESKTOP_FILE_NAME, WM_CLASS_INSTANCE

    entry = desktop_entry((LINUX / "clientmanager.desktop").read_text(encoding="utf-8"))
    assert entry["Icon"] == "clientmanager"
    # Docks group the window with its launcher: Wayland by the desktop file name
    # (QGuiApplication.setDesktopFileName), X11 by WM_CLASS (instance fixed by run_gui).
    assert (LINUX / f"{DESKTOP_FILE_NAME}.desktop").is_file()
    assert entry["StartupWMClass"] == WM_CLASS_INSTANCE
    validate_desktop_file(LINUX / "clientmanager.desktop")


def test_the_application_sets_its_desktop_file_name(qapp):
    from PySide6.QtGui import QGuiApplication

    from clientmanager.ui.app import DESKTOP_FILE_NAME, configure_application

    configure_application(qapp)
    assert QGuiApplication.desktopFileName() == DESKTOP_FILE_NAME


def test_appstream_metainfo_is_valid():
    text = (LINUX / METAINFO).read_text(encoding="utf-8")
    assert '<launchable type="desktop-id">clientmanager.desktop</launchable>' in text
    from clientmanager import __version__

    assert f'<release version="{__version__}"' in text, "add a <release> for this version"
    validator = shutil.which("appstreamcli")
    if validator is None:
        if IN_CI:
            pytest.fail("appstreamcli is missing (.ci/run installs appstream)")
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(
        [validator, "validate", "--no-net", str(LINUX / METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_then_uninstall_keeps_the_practice_data(tmp_path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "ClientManager"
    data.mkdir(parents=True)
    (data / "practice.db").write_bytes(b"encrypted practice")
    (data / "backups").mkdir()
    (data / "backups" / "practice-2026-11-25.db").write_bytes(b"a backup")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTMANAGER_")}
    env["HOME"] = str(home)
    bundle = fake_bundle(tmp_path / "unpacked")

    subprocess.run([str(bundle / "install.sh")], env=env, check=True, capture_output=True)
    installed = home / ".local" / "opt" / "ClientManager"
    run = subprocess.run(
        [str(home / ".local" / "bin" / "clientmanager"), "check"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == "clientmanager-cli check"
    desktop = home / ".local" / "share" / "applications" / "clientmanager.desktop"
    entry = desktop_entry(desktop.read_text(encoding="utf-8"))
    # An absolute path: the menu works without ~/.local/bin on the session's PATH.
    assert entry["Exec"] == f'"{installed}/ClientManager"'
    assert entry["TryExec"] == f"{installed}/ClientManager"
    assert os.access(entry["TryExec"], os.X_OK)
    validate_desktop_file(desktop)
    assert (home / ".local" / "share" / "metainfo" / METAINFO).is_file()
    assert (home / ".local/share/icons/hicolor/256x256/apps/clientmanager.png").is_file()

    removed = subprocess.run(
        [str(installed / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert not installed.exists()
    assert not (home / ".local" / "bin" / "clientmanager").exists()
    assert not (home / ".local" / "share" / "applications" / "clientmanager.desktop").exists()
    assert not (home / ".local" / "share" / "metainfo" / METAINFO).exists()
    # The data is untouched, and the user is told where it is.
    assert (data / "practice.db").read_bytes() == b"encrypted practice"
    assert (data / "backups" / "practice-2026-11-25.db").read_bytes() == b"a backup"
    assert "NOT deleted" in removed.stdout and str(data) in removed.stdout
