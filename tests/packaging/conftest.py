"""The PyInstaller bundle, built once per test session and shared by the packaging tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")
BUILD_BUNDLE = IN_CI or os.environ.get("CLIENTMANAGER_BUILD_BUNDLE") == "1"


def build_bundle(root: Path) -> Path:
    if IN_CI:
        # .ci/run installs the 'package' extra: in CI a missing PyInstaller is a failure.
        import PyInstaller  # noqa: F401
    else:
        pytest.importorskip("PyInstaller", reason="pip install -e '.[package]' to build the bundle")
    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(root / "dist"),
            "--workpath",
            str(root / "work"),
            str(REPO / "installer" / "clientmanager.spec"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(f"bundle built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return root / "dist" / "ClientManager"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The one-folder bundle: reused if given, else built once for the whole session."""
    given = os.environ.get("CLIENTMANAGER_BUNDLE_DIR")
    if given:
        path = Path(given).resolve()
        assert (path / f"clientmanager-cli{EXE_SUFFIX}").is_file(), f"no bundle in {path}"
        return path
    if not BUILD_BUNDLE:
        pytest.skip(
            "builds the PyInstaller bundle (1-2 minutes): runs when CI is set "
            "or CLIENTMANAGER_BUILD_BUNDLE=1"
        )
    return build_bundle(tmp_path_factory.mktemp("bundle"))
