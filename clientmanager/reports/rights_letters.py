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
from clientmanager.reports.base import Letterhead, PracticeDocument
from clientmanager.reports.wording import Words

__all__ = [
    "Addressee",
    "NoticeCorrection",
    "build_confirmation_letter",
    "build_recipient_notice",
    "confirmation_wording",
]


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
    w = letterhead.words
    doc = PracticeDocument.letter_to(
        letterhead,
        addressee,
        title=subject,
        footer_text=w("rights.footer", practice=letterhead.practice_name, number=request_id),
        today=today,
        reference=w("our_reference_request", number=request_id),
    )
    whose = addressee.whose(w, child="rights.whose_child", you="rights.whose_you")
    doc.paragraph(w("rights.received", date=w.date(received_on), whose=whose))
    doc.heading(w("del.what_done"), level=3)
    doc.bullets(what_we_did)
    if what_it_means:
        doc.heading(w("rights.what_means"), level=3)
        doc.bullets(what_it_means)
    doc.closing(w("complain_if_unhappy"))
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
    w = letterhead.words
    reference = subject_reference
    if subject_reference.startswith("our client "):
        reference = w("notice.our_client", number=subject_reference.removeprefix("our client "))
    doc = PracticeDocument.letter(
        letterhead,
        title=w("notice.title", name=subject_name),
        footer_text=w("notice.footer", practice=letterhead.practice_name, number=request_id),
        today=today,
        addressee_lines=(recipient_name, w.term(recipient_category)),
        salutation=w("dear_sir_madam"),
        subject=w("notice.subject", name=subject_name, reference=reference),
        reference=w("our_reference_request", number=request_id),
    )
    doc.paragraph(w("notice.intro", date=w.date(disclosed_on), name=subject_name))
    doc.data_table(
        (w("col_information"), w("notice.col_correct"), w("col_corrected_on")),
        [
            (w.term(item.label), item.new_value or w("removed"), w.date(item.corrected_on))
            for item in corrections
        ],
        col_widths=(50, 84, 40),
    )
    doc.closing(w("notice.closing"), regulator=False)
    return doc.to_bytes(created=dt.datetime.combine(today, dt.time(8)))


def confirmation_wording(
    w: Words, kind: str, *, on: dt.date, purpose: str | None = None
) -> tuple[str, list[str], list[str]]:
    """The subject, "what we have done" and "what this means" of the confirmation letter
    for an objection, restriction, marketing opt-out or consent withdrawal, in ``w``'s
    language. ``purpose`` is the consent purpose's English label (withdrawal only)."""
    date = w.date(on)
    if kind == "objection":
        return (
            w("conf.objection.subject"),
            [w("conf.objection.did_1", date=date), w("conf.objection.did_2")],
            [w("conf.no_marketing"), w("conf.objection.means_2"), w("conf.objection.means_3")],
        )
    if kind == "restriction":
        return (
            w("conf.restriction.subject"),
            [w("conf.restriction.did_1", date=date)],
            [w(f"conf.restriction.means_{n}") for n in (1, 2, 3)],
        )
    if kind == "marketing_opt_out":
        return (
            w("conf.opt_out.subject"),
            [w("conf.opt_out.did_1", date=date)],
            [w("conf.opt_out.means_1"), w("conf.opt_out.means_2")],
        )
    if kind == "consent_withdrawal":
        return (
            w("conf.withdrawal.subject"),
            [w("conf.withdrawal.did_1", purpose=w.term(purpose or ""), date=date)],
            [w("conf.withdrawal.means_1"), w("conf.withdrawal.means_2")],
        )
    raise ValueError(f"no confirmation letter for a request of kind {kind!r}")
