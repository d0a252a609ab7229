"""The Unicode font every PDF embeds, found through the one resource helper.

The PDF core fonts only know Latin-1; DejaVu Sans (``resources/fonts``, Bitstream Vera
licence) prints names such as Müller, Hélène or Nkosi-Ndlovu, and the en dash, correctly.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clientmanager.errors import ClientManagerError
from clientmanager.resources import resource_path

if TYPE_CHECKING:  # fpdf is imported only when a PDF is made (start-up time)
    from fpdf import FPDF

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


# --- parsing each font once per process ---------------------------------------------------
#
# fpdf2's add_font parses the whole TrueType file (cmap, metrics, glyph order) for every
# PDF: about 45 ms of CPU per face, twice per document. What it builds from the file is
# the same for every document, so it is built once here and shared; what a document
# changes stays its own: the glyphs it used (its subset map), the glyphs it lacked, and
# the fontTools object that fpdf2 subsets in place when it writes the PDF (a new
# lazily-read one per document, cheap to open).

_PER_DOCUMENT = frozenset(
    {"i", "ttfont", "_hbfont", "subset", "missing_glyphs", "biggest_size_pt", "color_font"}
)
# The TTFFont fields of the fpdf2 versions this was checked against (2.8.x); another
# version with other fields gets fpdf2's own add_font, parsed per document as before.
_KNOWN_FIELDS = _PER_DOCUMENT | {
    "type", "name", "desc", "glyph_ids", "sp", "ss", "up", "ut", "cw", "ttffile", "fontkey",
    "emphasis", "scale", "cmap", "unicode_range", "palette_index", "is_compressed", "is_cff",
    "is_cid_keyed", "is_symbol", "cff_ros", "collection_font_number",
}  # fmt: skip
_parsed: dict[str, dict] = {}  # style -> the TTFFont fields every document shares
_parsing = threading.Lock()


def add_fonts(pdf: FPDF, styles: Sequence[str] = ("", "B")) -> None:
    """Make :data:`FONT_FAMILY` in ``styles`` available to ``pdf``, as ``pdf.add_font``
    would, parsing each font file only the first time in this process."""
    for style in styles:
        if _fontkey(style) in pdf.fonts:
            continue
        with _parsing:
            shared = _parsed.get(style)
            if shared is None:
                pdf.add_font(FONT_FAMILY, style, str(font_file(style)))
                font = pdf.fonts[_fontkey(style)]
                shared = _shareable(font)
                if shared is not None:
                    _parsed[style] = shared
                    _drop_unembedded_tables(font.ttfont)
                continue
        pdf.fonts[_fontkey(style)] = _font_for(pdf, shared)


def parse_fonts(styles: Sequence[str] = ("", "B")) -> None:
    """Parse the font files now, ahead of the first PDF: for a command that waits on
    something else meanwhile (the CLI's page check), so the PDF does not pay for it."""
    from fpdf import FPDF

    add_fonts(FPDF(), styles)


def _fontkey(style: str) -> str:
    return f"{FONT_FAMILY.lower()}{style}"


def _shareable(font: object) -> dict | None:
    from fpdf.fonts import TTFFont

    fields = set(getattr(TTFFont, "__slots__", ()))
    if type(font) is not TTFFont or fields != _KNOWN_FIELDS:
        return None
    if font.color_font is not None or font.is_cff:  # never the case for DejaVu Sans
        return None
    # A field fpdf2 leaves unset (unicode_range, when none is given) stays unset.
    return {name: getattr(font, name) for name in fields - _PER_DOCUMENT if hasattr(font, name)}


def _font_for(pdf: FPDF, shared: dict) -> object:
    from fontTools import ttLib
    from fpdf.fonts import SubsetMap, TTFFont

    font = TTFFont.__new__(TTFFont)
    for name, value in shared.items():
        setattr(font, name, value)
    font.i = len(pdf.fonts) + 1
    font.ttfont = ttLib.TTFont(
        font.ttffile,
        recalcTimestamp=False,  # as fpdf2 opens it: the same bytes in the PDF
        fontNumber=font.collection_font_number,
        lazy=True,
    )
    _drop_unembedded_tables(font.ttfont)
    font._hbfont = None
    font.biggest_size_pt = 0
    font.missing_glyphs = []
    font.color_font = None  # only fonts without colour glyphs are shared (_shareable)
    font.subset = SubsetMap(font)
    return font


def _drop_unembedded_tables(ttfont: object) -> None:
    """Remove the layout tables fpdf2 leaves out of every embedded subset (its drop list in
    fpdf/output.py): its subsetter reads all their lookups in before dropping them, about
    a fifth of the subsetting. Nothing else reads them (text shaping, which we do not use,
    reads the file itself). tests/reports/test_font_cache.py checks that the PDFs stay
    byte-identical to fpdf2's own, so an fpdf2 that embeds these tables is noticed."""
    if "GPOS" in ttfont and "kern" in ttfont:
        del ttfont["kern"]  # the subsetter drops kern when GPOS is there: the same result
    for tag in ("GDEF", "GSUB", "GPOS"):
        if tag in ttfont:
            del ttfont[tag]
