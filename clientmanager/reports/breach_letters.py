"""Breach notices (POPIA s22): the letter to each affected person, and the notice for the
Information Regulator, on the practice letterhead (``reports/base.py``).

A letter to a person carries everything s22(5) requires: (a) the possible consequences,
(b) the measures taken or intended, (c) what the person can do, (d) who did it if known;
plus what happened, what information was involved, the information officer's name and
contact details (s55), and the Regulator's details for a complaint.
"""

from __future__ import annotations

import datetime as dt

from clientmanager.reports.base import GREY, Letterhead, PracticeDocument, format_date
from clientmanager.reports.breach_inputs import BreachView, LetterRecipient, ResponsibleParty

# From COMPLIANCE.md: where notices go. Since April 2025 security-compromise notices are
# submitted through the Regulator's eServices portal.
REGULATOR = {
    "name": "Information Regulator (South Africa)",
    "address": "JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001",
    "postal": "P.O. Box 31533, Braamfontein, Johannesburg, 2017",
    "phone": "010 023 5200",
    "complaints": "POPIAComplaints@inforegulator.org.za",
    "enquiries": "enquiries@inforegulator.org.za",
    "portal": "the Information Regulator's eServices portal (security-compromise notification)",
}


LETTER_SUBJECT = "Notice of a security compromise affecting your personal information"


def _letterhead(party: ResponsibleParty) -> Letterhead:
    return Letterhead(
        practice_name=party.name,
        fsp_number=party.fsp_number,
        address=party.address,
        information_officer_name=party.information_officer_name,
        information_officer_email=party.information_officer_email,
        information_officer_phone=party.information_officer_phone,
    )


def _officer_contact(party: ResponsibleParty) -> str:
    parts = [
        part for part in (party.information_officer_email, party.information_officer_phone) if part
    ]
    return ", ".join(parts)


def _encryption_sentence(breach: BreachView) -> str:
    if breach.data_encrypted:
        return (
            "The information was encrypted (AES-256). Without the key, which was not part "
            "of the compromise, it cannot be read."
        )
    return "The information was not encrypted."


def render_letter(
    *,
    breach: BreachView,
    party: ResponsibleParty,
    recipient: LetterRecipient,
    today: dt.date,
    letterhead: Letterhead | None = None,
) -> bytes:
    officer = party.information_officer_name or "The Information Officer"
    document = PracticeDocument(
        letterhead or _letterhead(party),
        title=LETTER_SUBJECT,
        footer_text=f"{party.name} · Information officer: {officer} · "
        "Notice under section 22 of the Protection of Personal Information Act 4 of 2013",
    )
    document.add_page()
    document.letter_opening(
        today=today,
        addressee_lines=(recipient.name, *recipient.address_lines),
        salutation=getattr(recipient, "salutation", None) or f"Dear {recipient.name}",
        subject=LETTER_SUBJECT,
        reference=f"Our reference: breach {breach.id}",
    )
    document.paragraph(
        "We are writing to tell you about a security compromise involving personal "
        "information we hold about you, as section 22 of the Protection of Personal "
        "Information Act (POPIA) requires, and to explain what it means for you."
    )

    document.heading("What happened", level=3)
    discovered = format_date(breach.discovered_at)
    if breach.occurred_on:
        when = (
            f"It happened on {format_date(breach.occurred_on)}; we discovered it on {discovered}."
        )
    else:
        when = f"We discovered it on {discovered}."
    document.paragraph(f"{breach.description}\n{when}")

    document.heading("What information was involved", level=3)
    document.bullets(breach.data_categories)
    document.paragraph(_encryption_sentence(breach))

    document.heading("Possible consequences for you", level=3)
    document.paragraph(breach.consequences)

    document.heading("What we have done", level=3)
    document.paragraph(breach.measures_taken)

    document.heading("What you can do to protect yourself", level=3)
    document.paragraph(breach.subject_actions)

    document.heading("Who accessed the information", level=3)
    document.paragraph(
        breach.perpetrator
        if breach.perpetrator
        else "We do not know who accessed or acquired the information."
    )

    contact = _officer_contact(party)
    questions = (
        f"Our information officer, {officer}, will answer any question about this notice"
        + (f": {contact}." if contact else ".")
        + " You may also complain to the Information Regulator:"
    )
    document.keep_space(document.text_height(questions) + 70)
    document.heading("Questions and complaints", level=3)
    document.closing(questions)
    return document.to_bytes(created=dt.datetime.combine(today, dt.time(8)))


def render_regulator_notice(
    *,
    facts: list[tuple[str, str]],
    party: ResponsibleParty,
    breach_id: int,
    today: dt.date,
    letterhead: Letterhead | None = None,
) -> bytes:
    """The facts for the Regulator's security-compromise notification (form SCN1), as a
    printable draft to copy into the eServices portal and keep with the register."""
    document = PracticeDocument(
        letterhead or _letterhead(party),
        title="Security compromise notification: draft for the Information Regulator",
        footer_text=f"{party.name} · breach register entry {breach_id} · draft of "
        f"{format_date(today)} · Section 22 of the Protection of Personal Information Act 4 of 2013",
    )
    document.add_page()
    document.heading("Security compromise notification (POPIA s22)", level=1)
    document.paragraph(
        "To the Information Regulator: submit through the Regulator's eServices portal or "
        "to POPIACompliance@inforegulator.org.za (check the address in Settings):",
        color=GREY,
    )
    document.regulator_box()
    document.key_values(facts, label_width=58)
    return document.to_bytes(created=dt.datetime.combine(today, dt.time(8)))
