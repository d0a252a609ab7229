"""The letter confirming a correction to the person (POPIA s24(4)).

It says what was corrected and when, lists the earlier recipients of the information who
are being told of the correction (s24(3)), and reminds the person of their right to
complain to the Information Regulator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from clientmanager.reports.base import Letterhead, PracticeDocument, format_date


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
    doc = PracticeDocument(
        letterhead,
        title=f"Correction of personal information: {subject_name}",
        footer_text=f"Rights-register request {request_id} (POPIA section 24)",
    )
    doc.add_page()
    doc.letter_opening(
        today=today,
        addressee_lines=(subject_name, *address_lines),
        salutation=salutation,
        subject="Correction of your personal information",
        reference=f"Our reference: request {request_id}",
    )
    doc.paragraph(
        f"On {format_date(received_on)} you asked us to correct personal information we hold "
        f"about you (our reference: request {request_id}). We have made the following "
        "corrections to your record, as section 24 of the Protection of Personal Information "
        "Act requires:"
    )
    doc.data_table(
        ("Information", "Now reads", "Corrected on", "By"),
        [
            (
                item.label,
                item.new_value or "(removed)",
                format_date(item.corrected_at),
                item.corrected_by,
            )
            for item in corrections
        ],
        col_widths=(38, 70, 36, 30),
    )
    doc.heading("Who we are telling (section 24(3))", level=2)
    if recipients:
        doc.paragraph(
            "These parties received your information from us before the correction. Where the "
            "correction affects decisions about you, we are informing each of them:"
        )
        doc.data_table(
            ("Recipient", "Kind of recipient", "Received your information on"),
            [(r.name, r.category, format_date(r.disclosed_on)) for r in recipients],
            col_widths=(74, 50, 50),
        )
    else:
        doc.paragraph(
            "Our disclosure register shows that no third party received the corrected "
            "information from us, so there is no one else to inform."
        )
    doc.closing(
        "If you are not satisfied with how we dealt with your request, you may complain to "
        "the Information Regulator:"
    )
    return doc.to_bytes()
