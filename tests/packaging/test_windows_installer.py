"""The Windows installer compiles, installs for all users, upgrades in place and uninstalls
keeping the practice data: Inno Setup's own compiler (ISCC.exe from the npm ``innosetup``
package) and the produced setup run under wine.

What is real and what is not: the .iss, the compiler, the setup program, its uninstaller,
the registry entries and the shortcuts are the real ones. The payload cannot be a Windows
PyInstaller bundle (PyInstaller does not cross-compile), so the setup is compiled against
a staged folder with the Linux bundle's file layout (``_internal/`` as built, when the
bundle is built in this run) and two small Windows executables standing in for
``ClientManager.exe`` and ``clientmanager-cli.exe``. Without a bundle build (outside CI
without ``CLIENTMANAGER_BUILD_BUNDLE=1``) ``_internal/`` holds what the bundle copies from
the checkout: ``resources/`` and the migration scripts.

Runs wherever wine is installed; outside CI a missing wine (or compiler) skips, saying
so; in CI (``CI`` set, where ``.ci/run`` installs both) it fails instead. The wine prefix
is made once per session (about 30 s). Set ``CLIENTMANAGER_ARTIFACTS_DIR`` to keep the
compiled setup (``.ci/run`` prints its size and SHA-256).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from clientmanager import __version__
from tests.packaging.conftest import BUILD_BUNDLE, IN_CI, REPO

ISS = REPO / "installer" / "clientmanager.iss"
ICON = REPO / "resources" / "icons" / "clientmanager.ico"
APP_GUID = "6E0B7C3A-2F4D-4C1B-9A57-3D8E1F5B2C90"
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall" + "\\{" + APP_GUID + "}_is1"
UPGRADE_VERSION = "99.0.1"
# The release setup uses the .iss default, lzma2/max: on the 270 MB bundle that takes
# more than ten minutes under wine, so CI compiles with lzma2/fast (about two minutes,
# and a larger setup). Everything else about the setup is the same.
COMPRESSION = os.environ.get("CLIENTMANAGER_SETUP_COMPRESSION", "lzma2/fast")
# Inno's own confirmation; the uninstaller is registered with /SILENT so it never shows.
INNO_CONFIRMATION = "Are you sure you want to completely remove"
OUR_CONFIRMATION = "This removes the ClientManager program from this computer."

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="wine on Linux")


def _missing(what: str) -> None:
    if IN_CI:
        pytest.fail(f"{what} (.ci/run installs it in CI)")
    pytest.skip(what)


def find_iscc() -> Path | None:
    given = os.environ.get("CLIENTMANAGER_ISCC")
    if given:
        return Path(given)
    roots = []
    npm = shutil.which("npm")
    if npm:
        result = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, check=False)
        if result.returncode == 0 and result.stdout.strip():
            roots.append(Path(result.stdout.strip()))
    roots += [
        REPO / "node_modules",
        Path("/usr/local/lib/node_modules"),
        Path("/usr/lib/node_modules"),
    ]
    for root in roots:
        for package in ("innosetup", "innosetup-compiler"):
            candidate = root / package / "bin" / "ISCC.exe"
            if candidate.is_file():
                return candidate
    return None


@dataclass
class Wine:
    prefix: Path
    env: dict[str, str]
    user: str

    def run(self, *args: str, timeout: int = 1800) -> subprocess.CompletedProcess:
        result = subprocess.run(
            ["wine", *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        # The uninstaller's first phase returns at once and its second phase carries on;
        # the wineserver exits (writing the registry files) only when every process is done.
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=timeout, check=False)
        return result

    def windows_path(self, path: Path) -> str:
        return "Z:" + str(path).replace("/", "\\")

    def drive_c(self, windows_path: str) -> Path:
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.prefix / "drive_c" / Path(*windows_path[3:].split("\\"))

    def registry_key(self, key: str, *, machine: bool = True) -> dict[str, str] | None:
        """The string values of a key, read from the prefix's registry file."""
        text = (self.prefix / ("system.reg" if machine else "user.reg")).read_text(
            encoding="utf-8", errors="replace"
        )
        header = "[" + key.replace("\\", "\\\\") + "]"
        start = next(
            (i for i, line in enumerate(text.splitlines()) if line.startswith(header)), None
        )
        if start is None:
            return None
        values = {}
        for line in text.splitlines()[start + 1 :]:
            if not line.strip():
                break
            match = re.match(r'^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$', line)
            if match:
                unescape = lambda s: re.sub(r"\\(.)", r"\1", s)  # noqa: E731
                values[unescape(match.group(1))] = unescape(match.group(2))
        return values


def _start_xvfb() -> subprocess.Popen | None:
    """A virtual X display: the setup's wizard window must be created even when silent."""
    if os.environ.get("DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        _missing("Xvfb is not installed (apt-get install xvfb): the setup needs a display")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as handle:
        number = handle.readline().strip()
    assert number, "Xvfb did not start"
    server.display = f":{number}"  # type: ignore[attr-defined]
    return server


@pytest.fixture(scope="session")
def wine(tmp_path_factory):
    """A fresh 64-bit wine prefix set to Windows 10 (the installer's MinVersion)."""
    if not shutil.which("wine") or not shutil.which("wineserver"):
        _missing("wine is not installed (apt-get install wine wine32:i386)")
    xvfb = _start_xvfb()
    prefix = tmp_path_factory.mktemp("wineprefix")
    env = {
        **os.environ,
        "WINEPREFIX": str(prefix),
        "WINEARCH": "win64",
        "WINEDEBUG": "-all",
        # No Mono or Gecko download prompts: the installer needs neither (and no network).
        "WINEDLLOVERRIDES": "mscoree,mshtml=",
    }
    if xvfb is not None:
        env["DISPLAY"] = xvfb.display
    try:
        subprocess.run(["wineboot", "-i"], env=env, capture_output=True, timeout=600, check=True)
        subprocess.run(["wineserver", "-w"], env=env, timeout=600, check=False)
        Wine(prefix, env, "").run("winecfg", "-v", "win10")
        users = [p.name for p in (prefix / "drive_c" / "users").iterdir() if p.name != "Public"]
        yield Wine(prefix, env, users[0])
    finally:
        subprocess.run(["wineserver", "-k"], env=env, check=False, capture_output=True)
        if xvfb is not None:
            xvfb.send_signal(signal.SIGTERM)
            xvfb.wait(timeout=30)


def _stub_exe(wine: Wine) -> Path:
    # Any small Windows program will do: it gives the shortcuts a real target to point at.
    return wine.prefix / "drive_c" / "windows" / "system32" / "hostname.exe"


def stage(wine: Wine, root: Path, internal_from: Path | None, marker: str) -> Path:
    folder = root / "ClientManager"
    internal = folder / "_internal"
    if internal_from is not None:
        shutil.copytree(internal_from, internal, symlinks=True)
    else:
        shutil.copytree(REPO / "resources", internal / "resources")
        migrations = REPO / "clientmanager" / "store" / "migrations"
        shutil.copytree(
            migrations,
            internal / "clientmanager" / "store" / "migrations",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    for name in ("ClientManager.exe", "clientmanager-cli.exe"):
        shutil.copy(_stub_exe(wine), folder / name)
    (internal / "staged-version.txt").write_text(marker, encoding="utf-8")
    return folder


@dataclass
class Compiled:
    setup: Path
    staged: Path
    output: str


def compile_setup(
    wine: Wine, iscc: Path, staged: Path, out: Path, version: str, compression: str
) -> Compiled:
    result = wine.run(
        str(iscc),
        f"/DAppVersion={version}",
        f"/DBundleDir={wine.windows_path(staged)}",
        f"/DOutputDir={wine.windows_path(out)}",
        f"/DCompression={compression}",
        wine.windows_path(ISS),
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
    assert "Successful compile" in result.stdout, result.stdout[-4000:]
    setup = out / f"ClientManager-Setup-{version}.exe"
    assert setup.is_file(), result.stdout[-2000:]
    return Compiled(setup, staged, result.stdout)


@pytest.fixture(scope="session")
def iscc() -> Path:
    found = find_iscc()
    if found is None or not found.is_file():
        _missing("the Inno Setup compiler is not installed (npm install -g innosetup)")
    return found


@pytest.fixture(scope="session")
def compiled(iscc, wine, request, tmp_path_factory) -> Compiled:
    """The release setup (full compression), compiled against the bundle's layout."""
    internal = None
    if BUILD_BUNDLE or os.environ.get("CLIENTMANAGER_BUNDLE_DIR"):
        internal = request.getfixturevalue("bundle") / "_internal"
    root = tmp_path_factory.mktemp("setup")
    staged = stage(wine, root / "staged", internal, __version__)
    built = compile_setup(wine, iscc, staged, root / "out", __version__, COMPRESSION)
    keep = os.environ.get("CLIENTMANAGER_ARTIFACTS_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(built.setup, Path(keep) / built.setup.name)
    data = built.setup.read_bytes()
    print(
        f"{built.setup.name} ({COMPRESSION}): {len(data):,} bytes, "
        f"sha256 {hashlib.sha256(data).hexdigest()}",
        file=sys.stderr,
    )
    return built


def version_info(exe: bytes) -> tuple[int, int, int, int]:
    """The file version from the VS_FIXEDFILEINFO block of a Windows executable."""
    at = exe.find(struct.pack("<I", 0xFEEF04BD))
    assert at > 0, "no version resource"
    _sig, _struct, ms, ls = struct.unpack_from("<IIII", exe, at)
    return ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF


def version_string(exe: bytes, name: str) -> str | None:
    key = (name + "\0").encode("utf-16-le")
    at = exe.find(key)
    if at < 0:
        return None
    at += len(key)
    at += (4 - at % 4) % 4  # values are 32-bit aligned
    end = at
    while exe[end : end + 2] != b"\0\0":
        end += 2
    return exe[at:end].decode("utf-16-le").strip()  # Inno pads values with spaces


def icon_images(ico: bytes) -> list[bytes]:
    _reserved, _type, count = struct.unpack_from("<HHH", ico, 0)
    images = []
    for index in range(count):
        size, offset = struct.unpack_from("<II", ico, 6 + 16 * index + 8)
        images.append(ico[offset : offset + size])
    return images


def test_setup_carries_version_info_our_icon_and_the_licence(compiled):
    exe = compiled.setup.read_bytes()
    major, minor, patch = (int(p) for p in __version__.split("."))
    assert version_info(exe) == (major, minor, patch, 0)
    assert version_string(exe, "ProductName") == "ClientManager Desktop"
    assert version_string(exe, "ProductVersion") == __version__
    assert version_string(exe, "CompanyName") == "ClientManager"
    # Every image of our .ico is an icon resource of the setup (not Inno's default icon).
    images = icon_images(ICON.read_bytes())
    assert len(images) >= 4
    for image in images:
        assert image in exe, "the setup does not carry resources/icons/clientmanager.ico"
    # The licence page: the compiler read installer/licence.txt into the wizard.
    assert "Reading file (LicenseFile)" in compiled.output
    licence = (REPO / "installer" / "licence.txt").read_text(encoding="utf-8")
    assert "GNU" in licence and "Lesser General Public License" in licence


def test_all_users_install_upgrade_and_uninstall_keep_the_data(iscc, wine, compiled, tmp_path):
    log = tmp_path / "setup.log"
    result = wine.run(
        str(compiled.setup),
        "/ALLUSERS",
        "/VERYSILENT",
        "/SUPPRESSMSGBOXES",
        "/TASKS=desktopicon",
        f"/LOG={wine.windows_path(log)}",
    )
    assert result.returncode == 0, log.read_text(encoding="utf-8-sig", errors="replace")[-3000:]

    entry = wine.registry_key(UNINSTALL_KEY)
    assert entry is not None, "no uninstall entry in HKLM: not an all-users install"
    assert entry["DisplayName"] == "ClientManager Desktop"
    assert entry["DisplayVersion"] == __version__
    app = wine.drive_c(entry["Inno Setup: App Path"])
    assert app == wine.prefix / "drive_c" / "Program Files" / "ClientManager"
    assert entry["DisplayIcon"].endswith("\\ClientManager.exe")
    # Every file of the bundle is installed, at the same place.
    staged = {p.relative_to(compiled.staged) for p in compiled.staged.rglob("*") if p.is_file()}
    installed = {p.relative_to(app) for p in app.rglob("*") if p.is_file()}
    assert staged <= installed, sorted(staged - installed)[:10]
    # Shortcuts for all users: Start menu (app, command prompt, uninstall) and desktop.
    menu = wine.prefix / "drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs"
    group = menu / "ClientManager Desktop"
    for name in (
        "ClientManager Desktop",
        "ClientManager command prompt",
        "Uninstall ClientManager Desktop",
    ):
        assert (group / f"{name}.lnk").is_file(), sorted(p.name for p in group.glob("*"))
    assert (
        b"C:\\Program Files\\ClientManager\\ClientManager.exe"
        in (group / "ClientManager Desktop.lnk").read_bytes()
    )
    desktop = wine.prefix / "drive_c/users/Public/Desktop/ClientManager Desktop.lnk"
    assert desktop.is_file()
    # Registered so that only our confirmation shows.
    assert entry["UninstallString"].endswith('unins000.exe" /SILENT'), entry["UninstallString"]

    # Upgrade in place: a newer version with the same AppId, run without /ALLUSERS, goes
    # into the same folder and replaces the entry (no second installation).
    newer = compile_setup(
        wine,
        iscc,
        stage(wine, tmp_path / "newer", None, UPGRADE_VERSION),
        tmp_path / "newer-out",
        UPGRADE_VERSION,
        "zip",
    )
    old_only = app / "_internal" / "left-from-the-old-version.dll"
    old_only.write_bytes(b"stale")
    result = wine.run(str(newer.setup), "/VERYSILENT", "/SUPPRESSMSGBOXES")
    assert result.returncode == 0, result.stderr[-2000:]
    entry = wine.registry_key(UNINSTALL_KEY)
    assert entry["DisplayVersion"] == UPGRADE_VERSION
    assert wine.drive_c(entry["Inno Setup: App Path"]) == app
    assert (app / "_internal" / "staged-version.txt").read_text() == UPGRADE_VERSION
    assert not old_only.exists(), "the upgrade left a file of the old bundle in _internal"
    assert wine.registry_key(UNINSTALL_KEY, machine=False) is None, "a second, per-user copy"

    # The practice data, where the app keeps it.
    data = wine.prefix / "drive_c/users" / wine.user / "AppData/Local/ClientManager/ClientManager"
    (data / "backups").mkdir(parents=True)
    (data / "practice.db").write_bytes(b"encrypted practice")
    (data / "backups" / "practice-2026-12-01.db").write_bytes(b"a backup")

    # Uninstall exactly as "Apps and features" does (its registered command). Message
    # boxes are answered with their default (Yes) and logged, which shows how many there were.
    uninstall_log = tmp_path / "uninstall.log"
    command = entry["UninstallString"]
    exe, params = re.match(r'^"([^"]+)"\s*(.*)$', command).groups()
    wine.run(exe, *params.split(), "/SUPPRESSMSGBOXES", f"/LOG={wine.windows_path(uninstall_log)}")
    text = uninstall_log.read_text(encoding="utf-8-sig", errors="replace")
    assert "Uninstallation process succeeded" in text, text[-3000:]
    questions = re.findall(r"message box \(Yes/No\):\s*\n\s*(.*)", text)
    assert questions == [OUR_CONFIRMATION], questions
    assert INNO_CONFIRMATION not in text
    assert "Data folder kept: C:\\users\\" in text

    assert not app.exists()
    assert not group.exists() and not desktop.exists()
    assert wine.registry_key(UNINSTALL_KEY) is None
    assert (data / "practice.db").read_bytes() == b"encrypted practice"
    assert (data / "backups" / "practice-2026-12-01.db").read_bytes() == b"a backup"

    # Scripted removal (QuietUninstallString, e.g. from a management tool) asks nothing.
    assert wine.run(str(newer.setup), "/ALLUSERS", "/VERYSILENT").returncode == 0
    quiet = wine.registry_key(UNINSTALL_KEY)["QuietUninstallString"]
    exe, params = re.match(r'^"([^"]+)"\s*(.*)$', quiet).groups()
    assert params == "/VERYSILENT"
    quiet_log = tmp_path / "quiet-uninstall.log"
    wine.run(exe, *params.split(), f"/LOG={wine.windows_path(quiet_log)}")
    text = quiet_log.read_text(encoding="utf-8-sig", errors="replace")
    assert "Uninstallation process succeeded" in text, text[-3000:]
    assert "message box" not in text.lower()
    assert not app.exists()
    assert (data / "practice.db").read_bytes() == b"encrypted practice"
