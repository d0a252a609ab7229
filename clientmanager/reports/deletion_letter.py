"""The letter that answers a deletion request (POPIA s24(1)(b), s24(4)): what was deleted,
and what was kept, until when and under which law.

It is rendered from a :class:`DeletionLetterFacts` captured *before* the erasure, since
afterwards the name and address it is sent to are gone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from clientmanager.reports.addressing import Addressee
from clientmanager.reports.base import Letterhead, PracticeDocument
from clientmanager.reports.kept import KeptRecord

REGULATOR_LINE = (
    "If you are not satisfied, you may complain to the Information Regulator (South Africa), "
    "JD House, 27 Stiemens Street, Braamfontein, Johannesburg, 2001; telephone 010 023 5200; "
    "e-mail POPIAComplaints@inforegulator.org.za (Form 5)."
)


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


# What de-identification removes, as keys of reports/wording.py.
DELETED_WHEN_DEIDENTIFIED = ("del.gone_1", "del.gone_2", "del.gone_3", "del.gone_4")


def render_deletion_letter(
    *, facts: DeletionLetterFacts, letterhead: Letterhead, today: dt.date
) -> bytes:
    w = letterhead.words
    officer = letterhead.officer
    document = PracticeDocument.letter_to(
        letterhead,
        Addressee.by_name(w, facts.name, facts.address_lines, facts.salutation),
        title=w("del.subject"),
        footer_text=w("del.footer", practice=letterhead.practice_name, officer=officer),
        today=today,
    )
    asked = w("on_date", date=w.date(facts.requested_on)) if facts.requested_on else ""
    document.paragraph(w("del.asked", asked=asked))
    if facts.restricted:
        document.heading(w("del.what_done"), level=3)
        document.paragraph(w("del.restricted"))
    else:
        document.heading(w("del.what_deleted"), level=3)
    if facts.destroyed:
        document.paragraph(w("del.destroyed"))
    elif not facts.restricted:
        document.bullets([w(key) for key in DELETED_WHEN_DEIDENTIFIED])
    if not facts.destroyed:
        document.heading(w("del.what_kept"), level=3)
        which = w("del.kept_restricted") if facts.restricted else w("del.kept_anonymous")
        document.paragraph(w("del.kept_intro", which=which))
        document.data_table(
            (w("del.col_record"), w("del.col_until"), w("del.col_law")),
            [
                (
                    w.term(record.description),
                    w.date(record.kept_until) if record.kept_until else w.term(record.until_text),
                    record.law,
                )
                for record in facts.kept
            ],
            col_widths=(80, 30, 64),
        )
    document.heading(w("questions"), level=3)
    contact = ", ".join(
        part
        for part in (letterhead.information_officer_email, letterhead.information_officer_phone)
        if part
    )
    document.paragraph(
        w("del.officer_answers", officer=officer) + (f": {contact}." if contact else ".")
    )
    document.closing(w("del.complain"))
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
    w = letterhead.words
    document = PracticeDocument.letter_to(
        letterhead,
        addressee,
        title=w("del.subject"),
        footer_text=w("del.footer_request", practice=letterhead.practice_name, number=request_id),
        today=today,
        reference=w("our_reference_request", number=request_id),
    )
    whose = addressee.whose(w, child="del.whose_child", you="del.whose_you")
    asked = w("on_date", date=w.date(requested_on)) if requested_on else ""
    document.paragraph(w("del.outcome_asked", asked=asked, whose=whose))
    document.heading(w("del.what_deleted"), level=3)
    if destroyed:
        document.paragraph(w("del.outcome_destroyed"))
    elif deleted:
        document.bullets([w.term(line) for line in deleted])
    else:
        document.paragraph(w("del.nothing_deletable"))
    if kept:
        document.heading(w("del.what_kept_until"), level=3)
        document.paragraph(w("del.outcome_kept_intro"))
        document.data_table(
            (w("del.col_record"), w("del.col_until"), w("del.col_law")),
            [
                (w.term(description), w.date(until) if until else w.term(until_text), law)
                for description, until, until_text, law in kept
            ],
            col_widths=(84, 34, 56),
        )
    document.heading(w("del.backups"), level=3)
    document.paragraph(w("del.backups_text", days=backup_days))
    closing = w("del.outcome_closing", officer=letterhead.officer)
    document.keep_space(document.text_height(closing) + 70)
    document.heading(w("questions"), level=3)
    document.closing(closing)
    return document.to_bytes(created=dt.datetime.combine(today, dt.time(8)))
