"""The collection notice (POPIA s18) and the direct-marketing consent form (Form 4, s69),
for the practice to give a new client. Plain values in, the one letter layout out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from clientmanager.reports.addressing import Addressee
from clientmanager.reports.base import GREY, Letterhead, PracticeDocument, format_date

COLLECTED = (
    ("Identity", "Name, ID or passport number, date of birth, tax number", "FICA s21 "
     "(customer due diligence): mandatory; without it we may not act for you."),
    ("Contact details", "Addresses, phone numbers, e-mail", "Needed to serve you; "
     "voluntary, but we cannot reach you without them."),
    ("Financial information", "Income, expenses, assets, debts, goals, risk profile",
     "FAIS General Code s8 requires it for suitable advice; without it we cannot advise you."),
    ("Policies and products", "Your policies, their numbers and values", "Needed to place "
     "and service them (FAIS)."),
    ("Health information (special)", "Only when underwriting needs it", "Only with your "
     "consent (POPIA s26, s27); voluntary, but the provider may then decline cover."),
)  # fmt: skip


@dataclass(frozen=True)
class NoticeFacts:
    recipients: Sequence[str]  # who receives the information (product providers...)
    purposes: Sequence[tuple[str, str]]  # (purpose, lawful basis)


def _opening(doc: PracticeDocument, addressee: Addressee, today: dt.date, subject: str) -> None:
    doc.add_page()
    doc.letter_opening(
        today=today,
        addressee_lines=(addressee.name, *addressee.address_lines),
        salutation=addressee.salutation,
        subject=subject,
    )


def build_s18_notice(
    letterhead: Letterhead, *, addressee: Addressee, facts: NoticeFacts, today: dt.date
) -> bytes:
    doc = PracticeDocument(
        letterhead,
        title="How we collect and use your personal information",
        footer_text=f"{letterhead.practice_name} · Notice under section 18 of the Protection "
        "of Personal Information Act 4 of 2013",
    )
    whose = f"about {addressee.on_behalf_of}" if addressee.on_behalf_of else "about you"
    _opening(doc, addressee, today, "How we collect and use your personal information")
    address = ", ".join(letterhead.address_lines()) or "the address above"
    doc.paragraph(
        f"{letterhead.practice_name} (the responsible party, {address}) collects personal "
        f"information {whose} to give financial advice and place and service financial "
        "products. Section 18 of the Protection of Personal Information Act (POPIA) asks us "
        "to tell you the following when we collect it."
    )
    doc.heading("What we collect, and whether you must give it", level=3)
    doc.data_table(
        ("Information", "What it includes", "Voluntary or required, and why"),
        COLLECTED,
        col_widths=(34, 56, 84),
    )
    doc.paragraph(
        "We collect it from you, and with your permission from product providers and "
        "your employer's benefit administrator."
    )
    doc.heading("Why we use it, and on what lawful basis", level=3)
    doc.data_table(
        ("Purpose", "Lawful basis (POPIA s11(1))"), facts.purposes, col_widths=(90, 84)
    )
    doc.heading("Who receives it", level=3)
    doc.bullets(list(facts.recipients) or ["No one outside the practice."])
    doc.paragraph(
        "We do not send your information outside South Africa. Every disclosure is "
        "recorded in our disclosure register, which you may see."
    )
    doc.heading("Your rights", level=3)
    doc.bullets(
        [
            "To know what we hold and who received it, free of charge (s23).",
            "To have it corrected or deleted (s24, Form 2).",
            "To object to its processing (s11(3), Form 1) and to direct marketing (s69).",
            "To withdraw a consent at any time (s11(2)(b)).",
            "To complain to the Information Regulator (s74, Form 5).",
        ]
    )
    doc.closing(
        f"Our information officer, {letterhead.officer}, deals with these requests. The "
        "Information Regulator's details are:"
    )
    return doc.to_bytes(created=dt.datetime.combine(today, dt.time(8)))


FORM4_CHANNELS = ("E-mail", "SMS", "Telephone", "Post")


@dataclass(frozen=True)
class Form4Person:
    name: str
    id_number: str | None
    email: str | None
    mobile: str | None
    on_behalf_of: str | None = None  # a child's name: the competent person signs (s35)


def build_form4(
    letterhead: Letterhead, *, person: Form4Person, goods_and_services: str, today: dt.date
) -> bytes:
    """Form 4 (Regulation 6): consent to direct marketing by electronic communication.
    Nothing is pre-ticked: the person ticks and signs (s69(2))."""
    doc = PracticeDocument(
        letterhead,
        title="Form 4: consent to direct marketing",
        footer_text=f"{letterhead.practice_name} · Form 4 · Section 69 of the Protection of "
        "Personal Information Act 4 of 2013",
    )
    doc.add_page()
    doc.heading("Form 4: application for the consent of a data subject for direct marketing")
    doc.paragraph(
        "Section 69(2) of the Protection of Personal Information Act 4 of 2013; Regulation 6.",
        color=GREY,
        size=8.5,
    )
    doc.key_values(
        [
            ("Responsible party", letterhead.practice_name),
            ("FSP number", letterhead.fsp_number or ""),
            ("Address", ", ".join(letterhead.address_lines())),
            ("Information officer", letterhead.officer),
            ("Date", format_date(today)),
        ]
    )
    doc.heading("The data subject", level=2)
    doc.key_values(
        [
            ("Full name", person.name),
            ("ID number", person.id_number or ""),
            ("E-mail", person.email or ""),
            ("Mobile", person.mobile or ""),
            ("Signing for", person.on_behalf_of or ""),
        ]
    )
    doc.heading("What we would like to send you", level=2)
    doc.paragraph(goods_and_services)
    doc.heading("Your choice (tick what you agree to; nothing is ticked for you)", level=2)
    doc.paragraph("I agree to receive direct marketing of the goods and services above by:")
    for channel in FORM4_CHANNELS:
        y = doc.get_y()
        doc.rect(doc.l_margin + 2, y + 0.8, 3.6, 3.6)
        doc.set_x(doc.l_margin + 8)
        doc.cell(0, 5.2, channel, new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.paragraph(
        "You may withdraw this consent at any time, free of charge, by telling us or by "
        "replying STOP to any message; every message will tell you how (s69(4))."
    )
    doc.keep_space(40)
    doc.ln(8)
    for label in ("Signature", "Name", "Date", "Place"):
        y = doc.get_y()
        doc.cell(30, 6, label)
        doc.line(doc.l_margin + 32, y + 5.5, doc.w - doc.r_margin - 40, y + 5.5)
        doc.ln(9)
    return doc.to_bytes(created=dt.datetime.combine(today, dt.time(8)))
