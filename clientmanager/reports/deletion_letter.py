"""The letter that answers a deletion request (POPIA s24(1)(b), s24(4)): what was deleted,
and what was kept, until when and under which law.

It is rendered from a :class:`DeletionLetterFacts` captured *before* the erasure, since
afterwards the name and address it is sent to are gone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from clientmanager.reports.base import Letterhead, PracticeDocument, format_date

REGULATOR_LINE = (
    "If you are not satisfied, you may complain to the Information Regulator (South Africa), "
    "JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001; telephone 010 023 5200; "
    "e-mail POPIAComplaints@inforegulator.org.za (Form 5)."
)


@dataclass(frozen=True)
class KeptRecord:
    description: str
    kept_until: dt.date | None
    law: str
    # Shown when the clock has not started yet (the product or relationship continues).
    until_text: str = "5 years after it ends"


@dataclass(frozen=True)
class DeletionLetterFacts:
    client_id: int
    name: str
    address_lines: list[str]
    requested_on: dt.date | None
    destroyed: bool  # True: everything went; False: de-identified, some records kept
    kept: list[KeptRecord] = field(default_factory=list)
    # Nothing deleted yet: a law still needs the identity (FICA s23); processing restricted.
    restricted: bool = False
    salutation: str | None = None  # "Dear Ms Müller": title and surname (issue 14)


DELETED_WHEN_DEIDENTIFIED = (
    "Your name, ID and passport numbers, date of birth, tax number, occupation and employer",
    "Your e-mail address, phone numbers and postal and physical addresses",
    "Copies of your identity document and proof of address",
    "The links between you and family members or other people on our records",
)


def render_deletion_letter(
    *, facts: DeletionLetterFacts, letterhead: Letterhead, today: dt.date
) -> bytes:
    officer = letterhead.information_officer_name or "The Information Officer"
    document = PracticeDocument(
        letterhead,
        title="Your request to delete your personal information",
        footer_text=f"{letterhead.practice_name} · Information officer: {officer} · "
        "Reply under section 24 of the Protection of Personal Information Act 4 of 2013",
    )
    document.add_page()
    document.letter_opening(
        today=today,
        addressee_lines=(facts.name, *facts.address_lines),
        salutation=facts.salutation or f"Dear {facts.name}",
        subject="Your request to delete your personal information",
    )
    asked = f" on {format_date(facts.requested_on)}" if facts.requested_on else ""
    document.paragraph(
        f"You asked us{asked} to delete the personal information we hold about you "
        "(section 24 of the Protection of Personal Information Act, POPIA). This letter "
        "tells you what we have done, as section 24(4) requires."
    )
    if facts.restricted:
        document.heading("What we have done", level=3)
        document.paragraph(
            "We may not delete your information yet, because the laws listed below require "
            "us to keep it for a time. Until then we have restricted it: it is stored, and "
            "used for nothing but those legal duties (POPIA s14(6)). When each period ends "
            "the records are destroyed, without your having to ask again."
        )
    else:
        document.heading("What we deleted", level=3)
    if facts.destroyed:
        document.paragraph(
            "Everything we held about you: your identity and contact details, addresses, "
            "policy and investment records, records of advice, notes, documents and consent "
            "records. They were destroyed so that they cannot be reconstructed (POPIA "
            "s14(5)), and they will not return if we ever restore an older backup."
        )
    elif not facts.restricted:
        document.bullets(DELETED_WHEN_DEIDENTIFIED)
    if not facts.destroyed:
        document.heading("What we kept, and why", level=3)
        document.paragraph(
            "The law requires us to keep some records for a period after the product ended, "
            "the advice was given or our business relationship ended. We have kept only "
            + (
                "those, restricted to that purpose."
                if facts.restricted
                else "those, and they no longer show who you are."
            )
            + " We will destroy each one when its period ends:"
        )
        document.data_table(
            ("Record", "Kept until", "Law that requires it"),
            [
                (
                    record.description,
                    format_date(record.kept_until) if record.kept_until else record.until_text,
                    record.law,
                )
                for record in facts.kept
            ],
            col_widths=(80, 30, 64),
        )
    document.heading("Questions", level=3)
    contact = ", ".join(
        part
        for part in (letterhead.information_officer_email, letterhead.information_officer_phone)
        if part
    )
    document.paragraph(
        f"Our information officer, {officer}, will answer any question about this letter"
        + (f": {contact}." if contact else ".")
    )
    document.closing(
        "If you are not satisfied, you may complain to the Information Regulator:"
    )
    return document.to_bytes(created=dt.datetime.combine(today, dt.time(8)))


def render_deletion_outcome(
    letterhead: Letterhead,
    *,
    addressee,  # noqa: ANN001 (reports.addressing.Addressee)
    request_id: int,
    requested_on: dt.date | None,
    deleted: list[str],
    kept: list[tuple[str, dt.date | None, str, str]],
    destroyed: bool,
    backup_days: int,
    today: dt.date,
) -> bytes:
    """The answer to a deletion request acted on under the rights register: exactly what
    was deleted, exactly what was kept (until when, under which law), and the backups."""
    document = PracticeDocument(
        letterhead,
        title="Your request to delete your personal information",
        footer_text=f"{letterhead.practice_name} · Rights-register request {request_id} · "
        "Reply under section 24(4) of the Protection of Personal Information Act 4 of 2013",
    )
    document.add_page()
    document.letter_opening(
        today=today,
        addressee_lines=(addressee.name, *addressee.address_lines),
        salutation=addressee.salutation,
        subject="Your request to delete your personal information",
        reference=f"Our reference: request {request_id}",
    )
    whose = (
        f"the personal information we hold about {addressee.on_behalf_of}"
        if addressee.on_behalf_of
        else "the personal information we hold about you"
    )
    asked = f" on {format_date(requested_on)}" if requested_on else ""
    document.paragraph(
        f"You asked us{asked} to delete {whose} (section 24 of the Protection of Personal "
        "Information Act, POPIA). We stopped all marketing and all processing the law does "
        "not require as soon as we received the request. This letter tells you what we "
        "have done, as section 24(4) requires."
    )
    document.heading("What we deleted", level=3)
    if destroyed:
        document.paragraph(
            "Everything we held: identity and contact details, addresses, policy and "
            "investment records, records of advice, notes, documents and consent records. "
            "They were destroyed so that they cannot be reconstructed (POPIA s14(5))."
        )
    elif deleted:
        document.bullets(deleted)
    else:
        document.paragraph("There was nothing we could delete without breaking a law listed below.")
    if kept:
        document.heading("What we kept, until when, and why", level=3)
        document.paragraph(
            "The law requires us to keep these records for a period. We have kept exactly "
            "these, restricted to that legal purpose (POPIA s14(6)), and will destroy each "
            "one when its period ends, without your having to ask again:"
        )
        document.data_table(
            ("Record", "Kept until", "Law that requires it"),
            [
                (description, format_date(until) if until else until_text, law)
                for description, until, until_text, law in kept
            ],
            col_widths=(84, 34, 56),
        )
    document.heading("Backups", level=3)
    document.paragraph(
        f"Our encrypted backups roll off within {backup_days} days: after that no copy of "
        "what we deleted remains. Until then the backups are used for nothing but restoring "
        "the practice's records after a failure."
    )
    closing = (
        f"Our information officer, {letterhead.officer}, will answer any question about this "
        "letter. If you are not satisfied, you may complain to the Information Regulator:"
    )
    document.keep_space(document.text_height(closing) + 70)
    document.heading("Questions", level=3)
    document.closing(closing)
    return document.to_bytes(created=dt.datetime.combine(today, dt.time(8)))
