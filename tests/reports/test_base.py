"""The shared practice document: wrapping tables, page numbers, AES-256 only."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from clientmanager.reports.base import Letterhead, PracticeDocument

LETTERHEAD = Letterhead(
    practice_name="Mokoena & Müller Financial Planning",
    fsp_number="49261",
    information_officer_email="privacy@example.co.za",
)


def _text(pdf: bytes, password: str | None = None) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        assert reader.decrypt(password)
    return len(reader.pages), " ".join(
        " ".join(page.extract_text() for page in reader.pages).split()
    )


def test_a_cell_longer_than_a_page_continues_on_the_next_without_losing_words() -> None:
    doc = PracticeDocument(LETTERHEAD, title="Test", footer_text="Footer line for Zoë")
    doc.add_page()
    words = [f"word{n:04d}" for n in range(2500)]
    doc.data_table(
        ("Date", "Note"),
        [("1 March 2025", " ".join(words)), ("2 March 2025", "Nkosi-Ndlovu short note")],
        col_widths=(30, 144),
    )
    pages, text = _text(doc.to_bytes())
    assert pages >= 3
    positions = [text.index(word) for word in words]
    assert positions == sorted(positions)  # every word, in order
    assert "Nkosi-Ndlovu short note" in text
    assert text.count("Date Note") == pages  # the heading row repeats on every page
    assert f"Page {pages} of {pages}" in text and "Footer line for Zoë" in text


def test_wrap_text_breaks_at_spaces_and_splits_overlong_words() -> None:
    doc = PracticeDocument(LETTERHEAD, title="Test")
    doc.add_page()
    lines = doc.wrap_text("Hélène Müller " * 20 + "\nx" + "y" * 300, 60)
    assert all(doc.get_string_width(line) <= 60.01 for line in lines)
    assert "".join(lines).replace(" ", "") == ("HélèneMüller" * 20 + "x" + "y" * 300)


def test_protection_is_aes_256_and_needs_a_password() -> None:
    doc = PracticeDocument(LETTERHEAD, title="Test")
    with pytest.raises(ValueError):
        doc.protect("")
    doc.protect("8001015009087")
    doc.add_page()
    doc.paragraph("Confidential")
    pdf = doc.to_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert not reader.decrypt("wrong")
    assert "Confidential" in _text(pdf, "8001015009087")[1]


def test_characters_the_font_lacks_are_not_written_to_the_log(caplog) -> None:
    doc = PracticeDocument(LETTERHEAD, title="Test")
    doc.add_page()
    doc.data_table(("Note",), [("Client wrote 中文 in the form",)])
    with caplog.at_level("WARNING"):
        pdf = doc.to_bytes()
    assert pdf.startswith(b"%PDF")
    assert "missing the following glyphs" in caplog.text
    assert "中" not in caplog.text and "文" not in caplog.text
