"""Breach notices (POPIA s22): the letter to each affected person, and the notice for the
Information Regulator, on the practice letterhead (``reports/base.py``).

A letter to a person carries everything s22(5) requires: (a) the possible consequences,
(b) the measures taken or intended, (c) what the person can do, (d) who did it if known;
plus what happened, what information was involved, the information officer's name and
contact details (s55), and the Regulator's details for a complaint.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from clientmanager.reports.addressing import Addressee
from clientmanager.reports.base import GREY, Letterhead, PracticeDocument, format_date
from clientmanager.reports.breach_inputs import BreachView, LetterRecipient, ResponsibleParty
from clientmanager.reports.wording import TEXT, Words

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


LETTER_SUBJECT = TEXT["breach.subject"][0]


def _officer_contact(party: ResponsibleParty) -> str:
    parts = [
        part for part in (party.information_officer_email, party.information_officer_phone) if part
    ]
    return ", ".join(parts)


def _encryption_sentence(breach: BreachView, w: Words) -> str:
    return w("breach.encrypted") if breach.data_encrypted else w("breach.not_encrypted")


def render_letter(
    *,
    breach: BreachView,
    party: ResponsibleParty,
    recipient: LetterRecipient,
    today: dt.date,
    letterhead: Letterhead,
) -> bytes:
    w = letterhead.words
    officer = party.information_officer_name or w("the_officer")
    salutation = getattr(recipient, "salutation", None)
    document = PracticeDocument.letter_to(
        letterhead,
        Addressee.by_name(w, recipient.name, recipient.address_lines, salutation),
        title=w("breach.subject"),
        footer_text=w("breach.footer", practice=party.name, officer=officer),
        today=today,
        reference=w("breach.reference", number=breach.id),
    )
    document.paragraph(w("breach.intro"))

    document.heading(w("breach.what_happened"), level=3)
    discovered = w.date(breach.discovered_at)
    if breach.occurred_on:
        when = w("breach.happened", occurred=w.date(breach.occurred_on), discovered=discovered)
    else:
        when = w("breach.discovered", discovered=discovered)
    document.paragraph(f"{breach.description}\n{when}")

    document.heading(w("breach.what_info"), level=3)
    document.bullets([w.term(category) for category in breach.data_categories])
    document.paragraph(_encryption_sentence(breach, w))

    document.heading(w("breach.consequences"), level=3)
    document.paragraph(breach.consequences)

    document.heading(w("breach.measures"), level=3)
    document.paragraph(breach.measures_taken)

    document.heading(w("breach.actions"), level=3)
    document.paragraph(breach.subject_actions)

    document.heading(w("breach.who"), level=3)
    document.paragraph(breach.perpetrator if breach.perpetrator else w("breach.unknown"))

    contact = _officer_contact(party)
    questions = (
        w("breach.questions", officer=officer)
        + (f": {contact}." if contact else ".")
        + w("breach.also_complain")
    )
    document.keep_space(document.text_height(questions) + 70)
    document.heading(w("breach.questions_heading"), level=3)
    document.closing(questions)
    return document.to_bytes(created=dt.datetime.combine(today, dt.time(8)))


def render_regulator_notice(
    *,
    facts: list[tuple[str, str]],
    party: ResponsibleParty,
    breach_id: int,
    today: dt.date,
    letterhead: Letterhead,
) -> bytes:
    """The facts for the Regulator's security-compromise notification (form SCN1), as a
    printable draft to copy into the eServices portal and keep with the register."""
    # For the Regulator, whose forms are in English, whatever the clients' letters use.
    head = replace(letterhead, language="en")
    document = PracticeDocument(
        head,
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
