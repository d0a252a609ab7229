"""Compile the Qt translation sources (resources/translations/*.ts) into .qm files.

    .venv/bin/python installer/build_translations.py          # compile
    .venv/bin/python installer/build_translations.py --update # refresh .ts from the code first

The PyInstaller spec compiles the .ts files itself, so every bundle (Linux, Windows,
macOS) ships .qm files built from its .ts. The .qm files are also committed, so running
from source never needs this step; run it after editing a .ts file (in Qt Linguist: ``pyside6-linguist resources/translations/...``).
``--update`` first lists the services' error messages and hints in
clientmanager/ui/service_messages.py (installer/service_messages.py reads them from the
raise sites), then runs pyside6-lupdate over clientmanager/ui so new self.tr() strings
and service messages appear in every .ts file, ready to translate. Both tools ship with
PySide6-Essentials.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
UI_SOURCES = REPO / "clientmanager" / "ui"


def qt_tool(name: str) -> str:
    """A Qt tool from the PySide6 wheel (e.g. lrelease), else one on PATH."""
    import PySide6

    for candidate in (
        Path(PySide6.__file__).parent / name,
        Path(PySide6.__file__).parent / f"{name}.exe",
    ):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials (pip install -e .)")
    return found


def update_sources() -> None:
    from installer.service_messages import write_listing

    print(f"listed {write_listing()} service messages")
    sources = sorted(str(p) for p in UI_SOURCES.rglob("*.py"))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run(
            [qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
            check=True,
        )


def compile_all(target: Path | None = None) -> list[Path]:
    """Compile every .ts; into ``target`` if given (the PyInstaller spec's build folder),
    else beside the .ts files (the committed .qm, which running from source loads)."""
    written = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = (target / ts.name if target else ts).with_suffix(".qm")
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update_sources()
    for qm in compile_all():
        print(f"wrote {qm.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
