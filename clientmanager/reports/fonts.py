"""The Unicode font every PDF embeds, found through the one resource helper.

The PDF core fonts only know Latin-1; DejaVu Sans (``resources/fonts``, Bitstream Vera
licence) prints names such as Müller, Hélène or Nkosi-Ndlovu, and the en dash, correctly.
"""

from __future__ import annotations

from pathlib import Path

from clientmanager.errors import ClientManagerError
from clientmanager.resources import resource_path

FONT_FAMILY = "DejaVu"
FONT_FILES = {
    "": "DejaVuSans.ttf",
    "B": "DejaVuSans-Bold.ttf",
    "I": "DejaVuSans-Oblique.ttf",
}


class MissingResource(ClientManagerError):
    """A file the program ships with is missing: the installation is incomplete."""


def font_file(style: str = "") -> Path:
    """The TrueType file for ``style`` ("" regular, "B" bold, "I" italic)."""
    try:
        name = FONT_FILES[style]
    except KeyError:
        raise ValueError(f"no font is shipped for style {style!r}") from None
    path = resource_path("fonts", name)
    if not path.is_file():
        raise MissingResource(
            "The font file {name} is missing from this installation.",
            hint="Reinstall ClientManager; the 'resources/fonts' folder must ship with it.",
            name=name,
        )
    return path
