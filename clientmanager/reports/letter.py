"""A letter to one person in the practice's letter layout (mail merge, issue 19).

The recipient block, date and reference follow the correction letter's layout; the body is
paragraphs of plain text already merged with the client's details.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from clientmanager.reports.base import GREY, INK, Letterhead, PracticeDocument


@dataclass(frozen=True)
class Letter:
    recipient_lines: Sequence[str]  # name, then address lines
    on: dt.date
    salutation: str
    subject: str
    paragraphs: Sequence[str]
    signed_by: str
    signer_role: str = ""
    reference: str = ""
    footer: str = ""


def build_letter(letterhead: Letterhead, letter: Letter) -> bytes:
    doc = PracticeDocument(letterhead, title=letter.subject, footer_text=letter.footer)
    doc.add_page()
    _write_letter_body(doc, letterhead, letter)
    return doc.to_bytes(created=dt.datetime.combine(letter.on, dt.time(8, 0)))


class _LetterBatch(PracticeDocument):
    """Many letters laid out in one document, each numbering its own pages ("Page 1 of 2").

    Loading and subsetting the embedded fonts costs more than laying out a letter, so a
    mail merge lays every letter out in one document (fonts loaded once) and
    :func:`build_letters` then cuts it into one PDF per letter.
    """

    def __init__(self, letterhead: Letterhead, *, title: str) -> None:
        super().__init__(letterhead, title=title)
        self.letter_starts: list[int] = []
        self._letter_first = 1
        self._letter_ended = False
        self._in_footer = False

    def page_no(self) -> int:
        if self._in_footer:
            return self.page - self._letter_first + 1
        return self.page

    def footer(self) -> None:
        self._in_footer = True
        try:
            super().footer()
        finally:
            self._in_footer = False
        if self._letter_ended:
            # The letter's last footer is drawn: put its page count into all its pages.
            count = str(self.page - self._letter_first + 1)
            for number in range(self._letter_first, self.page + 1):
                page = self.pages[number]
                for item in page.get_text_substitutions():
                    page.contents = page.contents.replace(
                        item.get_placeholder_string().encode("latin-1"),
                        item.render_text_substitution(count).encode("latin-1"),
                    )

    def start_letter(self, footer_text: str) -> None:
        self._letter_ended = bool(self.page)
        self.add_page()  # draws the previous letter's last footer first
        self._letter_ended = False
        self._letter_first = self.page
        self.footer_text = footer_text
        self.letter_starts.append(self.page)

    def finish(self, *, created: dt.datetime) -> bytes:
        self._letter_ended = True
        return self.to_bytes(created=created)


def _write_letter_body(doc: PracticeDocument, letterhead: Letterhead, letter: Letter) -> None:
    w = letterhead.words
    doc.set_text_color(*GREY)
    doc.set_font_size(8.5)
    for line in letterhead.address_lines():
        doc.cell(0, 4.2, line, align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.set_text_color(*INK)
    doc.cell(0, 4.5, w.date(letter.on), align="R", new_x="LMARGIN", new_y="NEXT")
    if letter.reference:
        doc.set_text_color(*GREY)
        reference = w("our_reference", reference=letter.reference)
        doc.cell(0, 4.5, reference, align="R", new_x="LMARGIN", new_y="NEXT")
        doc.set_text_color(*INK)
    doc.ln(4)
    doc.set_font_size(9.5)
    for line in letter.recipient_lines:
        doc.cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
    doc.ln(7)
    doc.paragraph(f"{w.salutation(letter.salutation)},")
    doc.paragraph(letter.subject, style="B", size=11)
    for paragraph in letter.paragraphs:
        doc.paragraph(paragraph)
    doc.ln(2)
    doc.paragraph(w("kind_regards"))
    doc.ln(8)
    doc.paragraph(letter.signed_by, style="B", after=0.5)
    if letter.signer_role:
        doc.paragraph(letter.signer_role, color=GREY)


def build_letters(letterhead: Letterhead, letters: Sequence[Letter]) -> list[bytes]:
    """One PDF per letter, as :func:`build_letter` would make them, at mail-merge speed."""
    from pypdf import PdfReader, PdfWriter

    if not letters:
        return []
    batch = _LetterBatch(letterhead, title=letters[0].subject)
    for letter in letters:
        batch.start_letter(letter.footer)
        _write_letter_body(batch, letterhead, letter)
    combined = PdfReader(io.BytesIO(batch.finish(created=_created(letters[0]))))
    ends = [*batch.letter_starts[1:], len(combined.pages) + 1]
    results = []
    for letter, first, end in zip(letters, batch.letter_starts, ends, strict=True):
        writer = PdfWriter()
        for number in range(first, end):
            writer.add_page(combined.pages[number - 1])
        writer.add_metadata(
            {
                "/Title": letter.subject,
                "/Author": letterhead.practice_name,
                "/Creator": "ClientManager Desktop",
                "/CreationDate": _created(letter).strftime("D:%Y%m%d%H%M%SZ"),
            }
        )
        buffer = io.BytesIO()
        writer.write(buffer)
        results.append(buffer.getvalue())
    return results


def _created(letter: Letter) -> dt.datetime:
    return dt.datetime.combine(letter.on, dt.time(8, 0))
