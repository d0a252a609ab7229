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
    return bundle


def test_desktop_entry_is_valid_and_starts_the_installed_app():
    entry = (LINUX / "clientmanager.desktop").read_text(encoding="utf-8")
    assert "Exec=clientmanager-desktop" in entry and "Icon=clientmanager" in entry
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run(
            [validator, str(LINUX / "clientmanager.desktop")], capture_output=True, text=True
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
    assert (home / ".local" / "share" / "applications" / "clientmanager.desktop").is_file()
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
    # The data is untouched, and the user is told where it is.
    assert (data / "practice.db").read_bytes() == b"encrypted practice"
    assert (data / "backups" / "practice-2026-11-25.db").read_bytes() == b"a backup"
    assert "NOT deleted" in removed.stdout and str(data) in removed.stdout
