"""Letters that answer a rights-register request: the confirmation to the person
(objection s11(3), restriction s14(6), marketing opt-out s69, withdrawal of consent
s11(2)(b)), and the s24(3) notice to an earlier recipient of corrected information.

All in the one letter layout of ``reports/base.py``; they take plain values only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from clientmanager.reports.addressing import Addressee
from clientmanager.reports.base import Letterhead, PracticeDocument, format_date

__all__ = ["Addressee", "NoticeCorrection", "build_confirmation_letter", "build_recipient_notice"]


def build_confirmation_letter(
    letterhead: Letterhead,
    *,
    addressee: Addressee,
    request_id: int,
    received_on: dt.date,
    subject: str,
    what_we_did: Sequence[str],
    what_it_means: Sequence[str],
    today: dt.date,
) -> bytes:
    doc = PracticeDocument(
        letterhead,
        title=subject,
        footer_text=f"{letterhead.practice_name} · Rights-register request {request_id} · "
        "Protection of Personal Information Act 4 of 2013",
    )
    doc.add_page()
    doc.letter_opening(
        today=today,
        addressee_lines=(addressee.name, *addressee.address_lines),
        salutation=addressee.salutation,
        subject=subject,
        reference=f"Our reference: request {request_id}",
    )
    whose = (
        f"personal information about {addressee.on_behalf_of}"
        if addressee.on_behalf_of
        else "your personal information"
    )
    doc.paragraph(
        f"On {format_date(received_on)} we received your request about {whose}. "
        "This letter confirms what we have done."
    )
    doc.heading("What we have done", level=3)
    doc.bullets(what_we_did)
    if what_it_means:
        doc.heading("What this means", level=3)
        doc.bullets(what_it_means)
    doc.closing(
        "If you are not satisfied with how we dealt with your request, you may complain to "
        "the Information Regulator:"
    )
    return doc.to_bytes(created=dt.datetime.combine(today, dt.time(8)))


@dataclass(frozen=True)
class NoticeCorrection:
    label: str
    new_value: str
    corrected_on: dt.date | dt.datetime


def build_recipient_notice(
    letterhead: Letterhead,
    *,
    recipient_name: str,
    recipient_category: str,
    subject_name: str,
    subject_reference: str,
    disclosed_on: dt.date | dt.datetime,
    corrections: Sequence[NoticeCorrection],
    request_id: int,
    today: dt.date,
) -> bytes:
    """POPIA s24(3): tell a party who received information that it has been corrected."""
    doc = PracticeDocument(
        letterhead,
        title=f"Notice of correction: {subject_name}",
        footer_text=f"{letterhead.practice_name} · Notice under section 24(3) of the "
        f"Protection of Personal Information Act 4 of 2013 · request {request_id}",
    )
    doc.add_page()
    doc.letter_opening(
        today=today,
        addressee_lines=(recipient_name, recipient_category),
        salutation="Dear Sir or Madam",
        subject=f"Correction of personal information: {subject_name} ({subject_reference})",
        reference=f"Our reference: request {request_id}",
    )
    doc.paragraph(
        f"On {format_date(disclosed_on)} we gave you personal information about "
        f"{subject_name}. At their request we have corrected it, and section 24(3) of the "
        "Protection of Personal Information Act requires us to tell you, because the "
        "correction may affect decisions made about them. Please correct your records:"
    )
    doc.data_table(
        ("Information", "Correct value", "Corrected on"),
        [
            (item.label, item.new_value or "(removed)", format_date(item.corrected_on))
            for item in corrections
        ],
        col_widths=(50, 84, 40),
    )
    doc.closing(
        "Please do not use the earlier value for any further decision. If you passed the "
        "information on, please tell those parties too.",
        regulator=False,
    )
    return doc.to_bytes(created=dt.datetime.combine(today, dt.time(8)))
