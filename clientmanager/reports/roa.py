"""A record of advice (FAIS General Code s9) as a signable PDF in the practice's layout.

The sections follow s9(1): (a) the information the advice was based on, with the needs
analysis; (b) the financial products considered; (c) the products recommended and why
they are likely to meet the client's needs and objectives; and, where an existing product
is replaced, the s8(1)(d) comparison. Fees and commission (s3(1)(a)(vii), s7) are
disclosed, and the record ends with a declaration and signature lines for the client and
the representative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from fpdf.enums import XPos, YPos

from clientmanager.reports.base import (
    GREY,
    RULE,
    Letterhead,
    PracticeDocument,
)
from clientmanager.reports.fonts import FONT_FAMILY

NOT_RECORDED = "Not recorded."  # English; reports/wording.py "roa.not_recorded"


@dataclass(frozen=True)
class RoaDocument:
    reference: str
    template_title: str
    replacement: bool
    subject: str
    client_name: str
    client_identity: str
    client_address: Sequence[str]
    representative: str
    advice_date: dt.date
    final_on: dt.date | None  # None: a draft
    values: dict[str, str]
    labels: dict[str, str]


def _section(doc: PracticeDocument, title: str, text: str) -> None:
    doc.heading(doc.words.term(title), level=2)
    doc.paragraph(
        text.strip() or doc.words("roa.not_recorded"),
        color=GREY if not text.strip() else (29, 39, 51),
    )


def _signature_lines(doc: PracticeDocument, labels: Sequence[str]) -> None:
    width = (doc.epw - 10) / 2
    for label in labels:
        doc.ln(12)
        y = doc.get_y()
        doc.set_draw_color(*RULE)
        doc.set_line_width(0.3)
        doc.line(doc.l_margin, y, doc.l_margin + width, y)
        doc.line(doc.l_margin + width + 10, y, doc.w - doc.r_margin, y)
        doc.set_font(FONT_FAMILY, size=8)
        doc.set_text_color(*GREY)
        doc.cell(width + 10, 4, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
        doc.cell(width, 4, doc.words("roa.date"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    doc.set_text_color(29, 39, 51)
    doc.set_font(FONT_FAMILY, size=9.5)


def build_roa_pdf(letterhead: Letterhead, roa: RoaDocument) -> bytes:
    w = letterhead.words
    status = w("roa.final_on", date=w.date(roa.final_on)) if roa.final_on else w("roa.draft_status")
    doc = PracticeDocument(
        letterhead,
        title=w("roa.title", name=roa.client_name),
        footer_text=w("roa.footer", reference=roa.reference, status=status),
    )
    doc.add_page()
    doc.heading(w("roa.heading"))
    doc.paragraph(w.term(roa.template_title), style="B")
    if roa.final_on is None:
        doc.note_box([(w("roa.draft"), w("roa.draft_note"))])
    doc.key_values(
        [
            (w("roa.reference"), roa.reference),
            (w("roa.subject"), roa.subject),
            (w("roa.client"), roa.client_name),
            (w("roa.identity"), roa.client_identity),
            (w("address"), ", ".join(roa.client_address)),
            (w("roa.advice_date"), w.date(roa.advice_date)),
            (w("roa.representative"), roa.representative),
            (
                w("roa.provider"),
                letterhead.practice_name
                + (w("roa.fsp", number=letterhead.fsp_number) if letterhead.fsp_number else ""),
            ),
            (w("roa.status"), status[0].upper() + status[1:]),
        ]
    )
    v, label = roa.values, roa.labels
    doc.heading(w("roa.s1"))
    _section(doc, label["advice_basis"], v.get("advice_basis", ""))
    _section(doc, label["needs_analysis"], v.get("needs_analysis", ""))
    doc.heading(w("roa.s2"))
    doc.paragraph(v.get("products_considered", "").strip() or w("roa.not_recorded"))
    doc.heading(w("roa.s3"))
    _section(doc, label["recommendation"], v.get("recommendation", ""))
    _section(doc, label["recommendation_reasons"], v.get("recommendation_reasons", ""))
    number = 4
    if roa.replacement:
        doc.heading(w("roa.replacement", number=number))
        _section(doc, label["replaced_product"], v.get("replaced_product", ""))
        _section(doc, label["replacement_comparison"], v.get("replacement_comparison", ""))
        _section(doc, label["replacement_reasons"], v.get("replacement_reasons", ""))
        number += 1
    doc.heading(w("roa.fees", number=number))
    _section(doc, label["fees_disclosed"], v.get("fees_disclosed", ""))
    _section(doc, label["commission_disclosed"], v.get("commission_disclosed", ""))
    if v.get("body", "").strip():
        doc.heading(w("roa.further", number=number + 1))
        doc.paragraph(v["body"])
    doc.keep_space(95)  # the declaration and the signature lines stay on one page
    doc.heading(w("roa.declaration"))
    doc.paragraph(w("roa.declaration_text"))
    _signature_lines(
        doc,
        [
            w("roa.sign_client", name=roa.client_name),
            w("roa.sign_representative", name=roa.representative),
        ],
    )
    created = dt.datetime.combine(roa.final_on or roa.advice_date, dt.time(12, 0))
    return doc.to_bytes(created=created)
