"""The letter confirming a correction to the person (POPIA s24(4)).

It says what was corrected and when, lists the earlier recipients of the information who
are being told of the correction (s24(3)), and reminds the person of their right to
complain to the Information Regulator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from clientmanager.reports.base import Letterhead, PracticeDocument


@dataclass(frozen=True)
class CorrectedField:
    label: str
    new_value: str
    corrected_at: dt.datetime
    corrected_by: str


@dataclass(frozen=True)
class Recipient:
    name: str
    category: str
    disclosed_on: dt.date | dt.datetime


def build_correction_letter(
    letterhead: Letterhead,
    *,
    subject_name: str,
    salutation: str,
    address_lines: Sequence[str],
    request_id: int,
    received_on: dt.date,
    corrections: Sequence[CorrectedField],
    recipients: Sequence[Recipient],
    today: dt.date,
) -> bytes:
    w = letterhead.words
    doc = PracticeDocument.letter(
        letterhead,
        title=w("cor.title", name=subject_name),
        footer_text=w("cor.footer", number=request_id),
        today=today,
        addressee_lines=(subject_name, *address_lines),
        salutation=salutation,
        subject=w("cor.subject"),
        reference=w("our_reference_request", number=request_id),
    )
    doc.paragraph(w("cor.intro", date=w.date(received_on), number=request_id))
    doc.data_table(
        (w("col_information"), w("cor.col_now"), w("col_corrected_on"), w("cor.col_by")),
        [
            (
                w.term(item.label),
                item.new_value or w("removed"),
                w.date(item.corrected_at),
                item.corrected_by,
            )
            for item in corrections
        ],
        col_widths=(38, 70, 36, 30),
    )
    doc.heading(w("cor.telling"), level=2)
    if recipients:
        doc.paragraph(w("cor.recipients"))
        doc.data_table(
            (w("cor.col_recipient"), w("cor.col_kind"), w("cor.col_received")),
            [(r.name, w.term(r.category), w.date(r.disclosed_on)) for r in recipients],
            col_widths=(74, 50, 50),
        )
    else:
        doc.paragraph(w("cor.no_recipients"))
    doc.closing(w("complain_if_unhappy"))
    return doc.to_bytes()
