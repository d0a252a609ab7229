"""A letter to one person in the practice's letter layout (mail merge, issue 19).

The recipient block, date and reference follow the correction letter's layout; the body is
paragraphs of plain text already merged with the client's details.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from clientmanager.reports.base import GREY, INK, Letterhead, PracticeDocument, format_date


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
    doc.set_text_color(*GREY)
    doc.set_font_size(8.5)
    for line in letterhead.address_lines():
        doc.cell(0, 4.2, line, align="R", new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.set_text_color(*INK)
    doc.cell(0, 4.5, format_date(letter.on), align="R", new_x="LMARGIN", new_y="NEXT")
    if letter.reference:
        doc.set_text_color(*GREY)
        doc.cell(
            0, 4.5, f"Our reference: {letter.reference}", align="R", new_x="LMARGIN", new_y="NEXT"
        )
        doc.set_text_color(*INK)
    doc.ln(4)
    doc.set_font_size(9.5)
    for line in letter.recipient_lines:
        doc.cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
    doc.ln(7)
    doc.paragraph(f"{letter.salutation},")
    doc.paragraph(letter.subject, style="B", size=11)
    for paragraph in letter.paragraphs:
        doc.paragraph(paragraph)
    doc.ln(2)
    doc.paragraph("Kind regards,")
    doc.ln(8)
    doc.paragraph(letter.signed_by, style="B", after=0.5)
    if letter.signer_role:
        doc.paragraph(letter.signer_role, color=GREY)
    return doc.to_bytes(created=dt.datetime.combine(letter.on, dt.time(8, 0)))
