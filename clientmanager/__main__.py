"""``python -m clientmanager`` and the ``clientmanager`` command.

On Linux, before Qt loads, a start of the desktop app checks that the system libraries
Qt's X11 (xcb) platform plugin needs are installed. pip's Qt wheels and our bundle ship
Qt itself but not these; without them Qt stops with "could not load the Qt platform
plugin "xcb"", which says nothing about what to install. The check names the packages
and prints the one command to run.
"""

from __future__ import annotations

import ctypes
import os
import sys

# soname -> (Debian/Ubuntu package, Fedora package). The Qt 6 xcb plugin's (and
# libQt6XcbQpa's) system dependencies; tests/packaging/test_xcb_check.py checks that this
# table covers every library the installed plugin links.
XCB_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

SKIP_CHECK_VARIABLE = "CLIENTMANAGER_SKIP_XCB_CHECK"


def platform_will_be_xcb(environ: os._Environ | dict[str, str] = os.environ) -> bool:
    """Whether Qt will pick its X11 plugin: asked for, or an X11 session (not Wayland)."""
    if not sys.platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    if not environ.get("DISPLAY"):
        return False  # no X server: Qt tries Wayland (or fails for another reason)
    wayland = environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland"
    return not wayland


def missing_libraries(names=None, load=None) -> list[str]:
    """The sonames in ``names`` (default: :data:`XCB_LIBRARIES`) the dynamic loader
    cannot open. Opening is what Qt will do; ``ctypes.util.find_library`` would only
    guess from the ldconfig cache."""
    load = load or (lambda name: ctypes.CDLL(name, mode=os.RTLD_LAZY | os.RTLD_LOCAL))
    missing = []
    for name in names if names is not None else XCB_LIBRARIES:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def distribution_family(os_release: str | None = None) -> str:
    """ "debian", "fedora" or "" (unknown), from /etc/os-release's ID and ID_LIKE."""
    if os_release is None:
        try:
            with open("/etc/os-release", encoding="utf-8") as handle:
                os_release = handle.read()
        except OSError:
            os_release = ""
    ids: list[str] = []
    for line in os_release.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids += value.strip().strip('"').lower().split()
    if any(i in ("debian", "ubuntu", "linuxmint", "pop", "raspbian") for i in ids):
        return "debian"
    if any(i in ("fedora", "rhel", "centos", "rocky", "almalinux") for i in ids):
        return "fedora"
    return ""


def install_commands(missing: list[str]) -> tuple[str, str]:
    """The apt-get and the dnf command that install the packages providing ``missing``."""
    debian = sorted({XCB_LIBRARIES[name][0] for name in missing})
    fedora = sorted({XCB_LIBRARIES[name][1] for name in missing})
    return "sudo apt-get install " + " ".join(debian), "sudo dnf install " + " ".join(fedora)


def missing_xcb_message(missing: list[str], family: str) -> str:
    apt, dnf = install_commands(missing)
    lines = [
        "ClientManager cannot open its window: this computer lacks system libraries that",
        "Qt needs to draw on an X11 desktop: " + ", ".join(missing) + ".",
        "",
        "Install them with:",
    ]
    if family == "fedora":
        lines.append("    " + dnf)
    elif family == "debian":
        lines.append("    " + apt)
    else:
        lines += [
            "    " + apt + "        (Debian, Ubuntu, Mint)",
            "    " + dnf + "        (Fedora)",
        ]
    lines += [
        "",
        "then start ClientManager again. The command line (clientmanager check, backup ...)",
        f"works without them. To start anyway, set {SKIP_CHECK_VARIABLE}=1.",
    ]
    return "\n".join(lines)


def check_gui_libraries(stream=sys.stderr) -> bool:
    """False (after saying what to install) when the xcb plugin could not load."""
    if os.environ.get(SKIP_CHECK_VARIABLE) == "1" or not platform_will_be_xcb():
        return True
    missing = missing_libraries()
    if not missing:
        return True
    print(missing_xcb_message(missing, distribution_family()), file=stream)
    return False


def starts_gui(argv: list[str], parser=None) -> bool:  # noqa: ANN001
    """Whether these arguments start the desktop app (no command, or ``gui``).
    ``parser``: the command line's own, when the caller has built it already."""
    from clientmanager.cli import build_parser

    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return False
    parser = parser or build_parser()
    commands = next((a for a in parser._actions if a.dest == "command"), None)
    names = set(commands.choices) if commands is not None else set()
    first = next((arg for arg in argv if arg in names), None)
    return first is None or first == "gui"


def prepare_desktop_imports() -> None:
    """Import the database layer before Qt. Once PySide6 is loaded, its import hook reads
    the source of every module imported after it (looking for ``from __feature__``):
    SQLAlchemy and our models imported first skip that, about 0.08 s of a launch's CPU."""
    import clientmanager.services.practice  # noqa: F401


def main() -> int:
    import multiprocessing

    # The desktop takes its backups in a "spawn" child (services/backup_process.py). In the
    # frozen bundle that child is this executable started again with multiprocessing's
    # arguments: freeze_support() runs the child's work and exits before anything else.
    # Outside the bundle it does nothing.
    multiprocessing.freeze_support()
    from clientmanager.cli import build_parser
    from clientmanager.cli import main as cli_main

    argv = sys.argv[1:]
    parser = build_parser()  # once: building it costs every command some 25 ms
    if starts_gui(argv, parser):
        if sys.platform.startswith("linux") and not check_gui_libraries():
            return 3
        prepare_desktop_imports()
    return cli_main(argv, parser=parser)


if __name__ == "__main__":
    sys.exit(main())
