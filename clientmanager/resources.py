"""Find bundled files (icons, stylesheet, fonts, translations) wherever the app runs.

One helper for every way the application is started:

* **frozen** (a PyInstaller bundle): files are unpacked beside the executable and
  PyInstaller sets ``sys._MEIPASS`` to that folder; the spec copies ``resources/`` there;
* **from source** (a git checkout, also ``pip install -e .``): ``resources/`` sits next
  to the ``clientmanager`` package;
* **installed** (``pip install .`` from a wheel): pyproject's data-files put the same
  tree under ``<prefix>/share/clientmanager/resources``.

No Qt here: the PDF reports (fpdf2 fonts) and the CLI use this as well.
"""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent / "resources"
_INSTALLED_SUBDIR = ("share", "clientmanager", "resources")


def resource_roots() -> list[Path]:
    """The places searched, in order: frozen bundle, source checkout, installed prefix."""
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root, "resources"))
    roots.append(_SOURCE_ROOT)
    for prefix in dict.fromkeys((sys.prefix, sys.base_prefix)):
        roots.append(Path(prefix, *_INSTALLED_SUBDIR))
    return roots


def resources_dir() -> Path:
    """The ``resources/`` folder in use; the first candidate if none exists (for messages)."""
    roots = resource_roots()
    for root in roots:
        if root.is_dir():
            return root
    return roots[0]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, e.g. ``resource_path("icons", "clientmanager.svg")``.

    A frozen build only ever looks inside its own bundle, so a stray checkout on the PC
    can never change what an installed copy shows.
    """
    if getattr(sys, "_MEIPASS", None):
        return resource_roots()[0].joinpath(*parts)
    return resources_dir().joinpath(*parts)
