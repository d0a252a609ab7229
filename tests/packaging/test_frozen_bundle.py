"""The PyInstaller bundle builds, ships what the app loads dynamically, and its CLI works.

Building takes a minute or two, so this runs only in CI (``CI`` set, as ``.ci/run``
does) or when asked with ``CLIENTMANAGER_BUILD_BUNDLE=1``. Set
``CLIENTMANAGER_BUNDLE_DIR`` to a bundle built earlier in the same run (e.g. by
``installer/build_linux.sh``) to test that one instead of building again.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from clientmanager import __version__
from clientmanager.cli import build_parser

REPO = Path(__file__).resolve().parents[2]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
PASSWORD = "Frozen bundle works 1"

# The bundle fixture (tests/packaging/conftest.py) builds once per session, only in CI
# (CI set) or with CLIENTMANAGER_BUILD_BUNDLE=1, and skips otherwise.


def frozen(bundle: Path, *args: str, data_dir: Path, name: str = "clientmanager-cli"):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "CLIENTMANAGER_"))
    }
    env.update(
        CLIENTMANAGER_PASSWORD=PASSWORD,
        # Never touch the keyring of the person running the tests.
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [str(bundle / f"{name}{EXE_SUFFIX}"), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=data_dir.parent,  # not the checkout: the bundle must not read files from it
        check=False,
    )


def commands_in_help(text: str) -> set[str]:
    block = re.search(r"\{([^}]*)\}|COMMAND\n(.*?)\n\n", text, re.S)
    listed = re.findall(r"^\s{4}([a-z][a-z-]+)\s", text, re.M)
    return set(listed) | (set(block.group(1).split(",")) if block and block.group(1) else set())


def source_commands() -> set[str]:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    return set(subparsers.choices)


def test_bundle_ships_resources_and_migration_scripts(bundle):
    internal = bundle / "_internal"
    source = REPO / "resources"
    for path in source.rglob("*"):
        if path.is_file():
            shipped = internal / "resources" / path.relative_to(source)
            assert shipped.is_file(), f"{path.relative_to(REPO)} is missing from the bundle"
    migrations = REPO / "clientmanager" / "store" / "migrations"
    for path in [migrations / "env.py", migrations / "script.py.mako"] + sorted(
        (migrations / "versions").glob("*.py")
    ):
        shipped = internal / "clientmanager" / "store" / "migrations" / path.relative_to(migrations)
        assert shipped.is_file(), f"{path.relative_to(REPO)} is missing from the bundle"
    # Neither the Python binding for Qt's network module nor the Qt library itself ships
    # (the VNC, TUIO, TLS and network-information plugins that link it are left out).
    assert not list(internal.rglob("QtNetwork.*"))
    network = [p for p in bundle.rglob("*") if "qt6network" in p.name.lower()]
    assert not network, network
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms").is_dir(), "no Qt platform plugins in the bundle"
    for plugin in plugins.rglob("*.so*"):
        assert b"libQt6Network.so" not in plugin.read_bytes(), plugin


def frozen_modules(bundle: Path) -> set[str]:
    """Names of the Python modules frozen into the bundle's PYZ archive."""
    readers = pytest.importorskip("PyInstaller.archive.readers")
    archive = readers.CArchiveReader(str(bundle / f"clientmanager-cli{EXE_SUFFIX}"))
    pyz = next(name for name in archive.toc if name.endswith(".pyz"))
    return set(archive.open_embedded_archive(pyz).toc)


def test_bundle_freezes_the_dynamically_loaded_modules_and_no_network_ones(bundle):
    modules = frozen_modules(bundle)
    # Every module of our package (the migrations' versions ship as files instead).
    package = REPO / "clientmanager"
    ours = {
        ".".join(path.relative_to(REPO).with_suffix("").parts).removesuffix(".__init__")
        for path in package.rglob("*.py")
        if "versions" not in path.parts
    }
    assert ours <= modules, sorted(ours - modules)
    # Loaded by name at run time, so PyInstaller cannot see them by following imports.
    keyring_backends = {
        "keyring.backends.fail",
        "keyring.backends.chainer",
        "keyring.backends.SecretService",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
    }
    assert keyring_backends <= modules
    assert {"sqlcipher3.dbapi2", "alembic.ddl.sqlite", "argon2.low_level"} <= modules
    # The desktop's backup child: spawn re-starts this executable, whose main() runs
    # freeze_support() first (PyInstaller's multiprocessing hook makes it work on every
    # platform), and the child unpickles its target from services/backup_child.py.
    assert {
        "multiprocessing.spawn",
        "multiprocessing.resource_tracker",
        "clientmanager.services.backup_child",
    } <= modules
    assert "phonenumbers.data.region_ZA" in modules
    if sys.platform.startswith("linux"):
        assert {"secretstorage", "jeepney"} <= modules
    assert not {"PySide6.QtNetwork", "requests", "urllib3"} & modules


def test_both_executables_start_and_know_every_command(bundle, tmp_path):
    data = tmp_path / "practice"
    gui = frozen(bundle, "--version", data_dir=data, name="ClientManager")
    assert gui.returncode == 0, gui.stderr
    assert __version__ in gui.stdout
    cli = frozen(bundle, "--help", data_dir=data)
    assert cli.returncode == 0, cli.stderr
    # Every command of the source tree made it into the frozen build (none silently
    # dropped because PyInstaller missed a module).
    assert source_commands() <= commands_in_help(cli.stdout), cli.stdout


def test_frozen_cli_creates_checks_and_backs_up_a_practice(bundle, tmp_path):
    data = tmp_path / "practice"
    demo = frozen(bundle, "demo", "--clients", "10", data_dir=data)
    assert demo.returncode == 0, demo.stderr
    assert re.search(r"clients\s+10\b", demo.stdout), demo.stdout
    assert (data / "practice.db").is_file() and (data / "practice.keys").is_file()
    # Encrypted: the SQLite header is not in plain text.
    assert not (data / "practice.db").read_bytes()[:16].startswith(b"SQLite format 3")

    check = frozen(bundle, "check", "--user", "admin", data_dir=data)
    assert check.returncode == 0, check.stderr
    assert "Checks passed" in check.stdout
    assert re.search(r"clients\s+10\b", check.stdout), check.stdout

    wrong = frozen(bundle, "check", "--user", "nobody", data_dir=data)
    assert wrong.returncode != 0
    assert wrong.stderr.startswith("error:"), wrong.stderr
    assert "Traceback" not in wrong.stderr

    if "backup" in source_commands():
        backup = frozen(bundle, "backup", "--user", "admin", data_dir=data)
        assert backup.returncode == 0, backup.stderr
        made = [p for p in (data / "backups").rglob("*") if p.is_file()]
        assert made, "backup reported success but wrote no file under backups/"


def test_bundle_ships_translations_compiled_from_the_ts_files(bundle, tmp_path):
    """The spec runs lrelease itself: each shipped .qm is what the .ts compiles to now."""
    from installer.build_translations import qt_tool

    shipped = bundle / "_internal" / "resources" / "translations"
    sources = sorted((REPO / "resources" / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert (shipped / fresh.name).read_bytes() == fresh.read_bytes(), fresh.name
