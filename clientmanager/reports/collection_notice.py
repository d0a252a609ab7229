"""The collection notice (POPIA s18) and the direct-marketing consent form (Form 4, s69),
for the practice to give a new client. Plain values in, the one letter layout out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from clientmanager.reports.addressing import Addressee
from clientmanager.reports.base import GREY, Letterhead, PracticeDocument

# What is collected, as keys of reports/wording.py: (kind, what it includes, why).
COLLECTED = tuple(
    (f"s18.{kind}", f"s18.{kind}_what", f"s18.{kind}_why")
    for kind in ("identity", "contact", "financial", "policies", "health")
)


@dataclass(frozen=True)
class NoticeFacts:
    recipients: Sequence[str]  # who receives the information (product providers...)
    purposes: Sequence[tuple[str, str]]  # (purpose, lawful basis)


def build_s18_notice(
    letterhead: Letterhead, *, addressee: Addressee, facts: NoticeFacts, today: dt.date
) -> bytes:
    w = letterhead.words
    doc = PracticeDocument.letter_to(
        letterhead,
        addressee,
        title=w("s18.subject"),
        footer_text=w("s18.footer", practice=letterhead.practice_name),
        today=today,
    )
    whose = addressee.whose(w, child="s18.about_child", you="s18.about_you")
    address = ", ".join(letterhead.address_lines()) or w("s18.address_above")
    doc.paragraph(w("s18.intro", practice=letterhead.practice_name, address=address, whose=whose))
    doc.heading(w("s18.what_collect"), level=3)
    doc.data_table(
        (w("col_information"), w("s18.col_includes"), w("s18.col_voluntary")),
        [tuple(w(key) for key in row) for row in COLLECTED],
        col_widths=(34, 56, 84),
    )
    doc.paragraph(w("s18.sources"))
    doc.heading(w("s18.why_use"), level=3)
    doc.data_table(
        (w("s18.col_purpose"), w("s18.col_basis")),
        [(w.term(purpose), w.term(basis)) for purpose, basis in facts.purposes],
        col_widths=(90, 84),
    )
    doc.heading(w("s18.who_receives"), level=3)
    doc.bullets([w.term(r) for r in facts.recipients] or [w("s18.no_one")])
    doc.paragraph(w("s18.abroad"))
    doc.heading(w("s18.rights"), level=3)
    doc.bullets([w(f"s18.right_{n}") for n in range(1, 6)])
    doc.closing(w("s18.closing", officer=letterhead.officer))
    return doc.to_bytes(created=dt.datetime.combine(today, dt.time(8)))


FORM4_CHANNELS = ("email", "f4.sms", "f4.telephone", "f4.post")  # keys of reports/wording.py


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
    w = letterhead.words
    doc = PracticeDocument(
        letterhead,
        title=w("f4.title"),
        footer_text=w("f4.footer", practice=letterhead.practice_name),
    )
    doc.add_page()
    doc.heading(w("f4.heading"))
    doc.paragraph(w("f4.law"), color=GREY, size=8.5)
    doc.key_values(
        [
            (w("f4.responsible"), letterhead.practice_name),
            (w("f4.fsp"), letterhead.fsp_number or ""),
            (w("address"), ", ".join(letterhead.address_lines())),
            (w("f4.officer"), letterhead.officer),
            (w("date"), w.date(today)),
        ]
    )
    doc.heading(w("f4.subject"), level=2)
    doc.key_values(
        [
            (w("full_name"), person.name),
            (w("id_number"), person.id_number or ""),
            (w("email"), person.email or ""),
            (w("mobile"), person.mobile or ""),
            (w("f4.signing_for"), person.on_behalf_of or ""),
        ]
    )
    doc.heading(w("f4.what_send"), level=2)
    doc.paragraph(w.term(goods_and_services))
    doc.heading(w("f4.choice"), level=2)
    doc.paragraph(w("f4.agree"))
    for channel in FORM4_CHANNELS:
        y = doc.get_y()
        doc.rect(doc.l_margin + 2, y + 0.8, 3.6, 3.6)
        doc.set_x(doc.l_margin + 8)
        doc.cell(0, 5.2, w(channel), new_x="LMARGIN", new_y="NEXT")
    doc.ln(2)
    doc.paragraph(w("f4.withdraw"))
    doc.keep_space(40)
    doc.ln(8)
    for label in (w("f4.signature"), w("f4.name"), w("date"), w("f4.place")):
        y = doc.get_y()
        doc.cell(30, 6, label)
        doc.line(doc.l_margin + 32, y + 5.5, doc.w - doc.r_margin - 40, y + 5.5)
        doc.ln(9)
    return doc.to_bytes(created=dt.datetime.combine(today, dt.time(8)))
