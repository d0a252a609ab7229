"""The PDF fonts are parsed once per process and shared, and every PDF stays the same.

reports/fonts.add_fonts keeps what fpdf2's add_font builds from the TrueType files and
gives each document its own copy of what the document changes (the glyphs it used, the
glyphs it lacked, the font object fpdf2 subsets when it writes).
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from fpdf.fonts import TTFFont
from pypdf import PdfReader

from clientmanager.reports import base, fonts
from clientmanager.reports.base import Letterhead, PracticeDocument

CREATED = dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC)
LETTERHEAD = Letterhead(practice_name="Mokoena Müller Financial Planning", fsp_number="49261")


def _document(lines: list[str]) -> bytes:
    document = PracticeDocument(LETTERHEAD, title="Font cache")
    document.add_page()
    for line in lines:
        document.paragraph(line)
    document.set_font(fonts.FONT_FAMILY, "B", 11)
    document.cell(0, 6, "Hélène Zoë Nkosi-Ndlovu – bold")
    return document.to_bytes(created=CREATED)


def _fpdf_add_font(pdf, styles) -> None:  # noqa: ANN001
    """What PracticeDocument did before the cache: fpdf2's own add_font, every time."""
    for style in styles:
        pdf.add_font(fonts.FONT_FAMILY, style, str(fonts.font_file(style)))


def _comparable(pdf: bytes) -> bytes:
    # The file identifier is derived from the moment of writing, not from the content.
    return re.sub(rb"/ID \[<[0-9A-F]+><[0-9A-F]+>\]", b"", pdf)


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def parses(monkeypatch) -> list[str]:  # noqa: ANN001
    """A cold cache, and the font files parsed from here on."""
    monkeypatch.setattr(fonts, "_parsed", {})
    seen: list[str] = []
    original = TTFFont.__init__

    def counting(self, fpdf, font_file_path, *args, **kwargs):  # noqa: ANN001, ANN202
        seen.append(str(font_file_path))
        original(self, fpdf, font_file_path, *args, **kwargs)

    monkeypatch.setattr(TTFFont, "__init__", counting)
    return seen


LINES = ["Dear Mr Müller,", "Your policy DL-4471-0923 – R2 500 per month – Ōkami Ça Ñ"]


def test_each_font_is_parsed_once_and_the_pdfs_are_unchanged(parses, monkeypatch) -> None:  # noqa: ANN001
    first = _document(LINES)
    second = _document(LINES)
    third = _document(LINES)
    assert len(parses) == 2  # regular and bold, for the first document only
    assert _comparable(second) == _comparable(first) == _comparable(third)

    # The same document with fpdf2's own add_font (all tables read), byte for byte.
    monkeypatch.setattr(base, "add_fonts", _fpdf_add_font)
    uncached = [_document(LINES) for _ in range(2)]
    assert len(parses) == 2 + 4
    assert all(_comparable(pdf) == _comparable(first) for pdf in uncached)


def test_documents_do_not_share_the_glyphs_they_use(parses) -> None:  # noqa: ANN001
    _document(["Only plain letters here"])
    other = _document(["Ŵŷ Ǆ Ωμέγα Жук 𝔘"])  # glyphs the first never used; 𝔘 DejaVu lacks
    latin = _document(["Only plain letters here"])
    assert len(parses) == 2
    assert "Ωμέγα Жук" in _text(other)
    assert "Ω" not in _text(latin)
    fonts_used = [
        font.get_object()
        for page in PdfReader(io.BytesIO(latin)).pages
        for font in page["/Resources"]["/Font"].values()
    ]
    # Each document embeds only its own glyphs: the Greek and Cyrillic are not in it.
    assert all("/ToUnicode" in font for font in fonts_used)
    cmaps = b"".join(font["/ToUnicode"].get_data() for font in fonts_used)
    assert b"03A9" not in cmaps.upper() and b"0416" not in cmaps.upper()


def test_a_missing_glyph_is_reported_for_its_own_document_only(parses, caplog) -> None:  # noqa: ANN001
    _document(["𝔘 is not in DejaVu Sans"])
    caplog.clear()
    _document(["Every letter of this one is in the font"])
    assert "missing the following glyphs" not in caplog.text


def test_another_fpdf2_version_gets_its_own_add_font(parses, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(fonts, "_KNOWN_FIELDS", frozenset({"a", "field", "set"}))
    pdfs = [_document(LINES) for _ in range(2)]
    assert len(parses) == 4  # nothing shared: parsed per document, as fpdf2 does
    assert _comparable(pdfs[0]) == _comparable(pdfs[1])
    monkeypatch.setattr(base, "add_fonts", _fpdf_add_font)
    assert _comparable(_document(LINES)) == _comparable(pdfs[0])
    assert "Ōkami Ça Ñ" in _text(pdfs[1])
