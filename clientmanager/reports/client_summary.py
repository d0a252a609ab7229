"""The client summary and fact-find a planner takes into a review meeting.

One document, in the practice's letter layout (:class:`PracticeDocument`): personal
details, household, addresses, policies, the balance sheet with net worth, income and
expenses with the monthly surplus, goals and the current risk profile. Everything arrives
as display text in :class:`ClientSummary` (built by services/summary.py), so the PDF says
exactly what the database held when it was printed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from clientmanager.reports.base import BODY_SIZE, GREY, Letterhead, PracticeDocument
from clientmanager.reports.fonts import FONT_FAMILY


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    widths: tuple[float, ...] | None = None
    totals: list[tuple[str, str]] = field(default_factory=list)  # label, amount


@dataclass(frozen=True)
class ClientSummary:
    client_name: str
    prepared_on: dt.date
    prepared_by: str
    personal: list[tuple[str, str]]
    household: Table
    addresses: Table
    policies: Table
    assets: Table
    liabilities: Table
    net_worth: list[tuple[str, str]]
    income: Table
    expenses: Table
    cash_flow: list[tuple[str, str]]
    goals: Table
    risk_profile: list[tuple[str, str]]
    tags: Sequence[str] = ()


def _cell(doc: PracticeDocument, text: str) -> str:
    """A value the service wrote as English display text (a label, a date) in the
    letter language; the client's own words pass through term() unchanged."""
    w = doc.words
    return w.dates(w.term(text))


def _pairs(doc: PracticeDocument, rows: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(doc.words.term(label), _cell(doc, value)) for label, value in rows]


_AMOUNT = re.compile(r"-?R [\d ]+\.\d\d")


def _words(cell: str) -> list[str]:
    """The pieces a cell may not be broken inside: words, and amounts ("R 1 250 000.00")."""
    amounts = _AMOUNT.findall(cell)
    return amounts + _AMOUNT.sub(" ", cell).split()


def _fitted(
    doc: PracticeDocument, widths: Sequence[float] | None, rows: list[tuple[str, ...]], size: float
) -> list[float] | None:
    """Column widths in which no word of ``rows`` has to be cut: a column narrower than
    its longest word (Afrikaans compounds: "Lewensdekking") takes the room from the
    widest column."""
    if not widths or not rows:
        return list(widths) if widths else None
    doc.set_font(FONT_FAMILY, size=size)
    scale = doc.epw / sum(widths)
    mm = [width * scale for width in widths]
    padding = 3.2
    needed = [
        max((doc.get_string_width(word) for row in rows for word in _words(row[i])), default=0)
        + padding
        for i in range(len(mm))
    ]
    for i, need in enumerate(needed):
        short = need - mm[i]
        if short > 0:
            donor = max((j for j in range(len(mm)) if j != i), key=lambda j: mm[j] - needed[j])
            if mm[donor] - short >= needed[donor]:
                mm[i] += short
                mm[donor] -= short
    doc.set_font(FONT_FAMILY, size=BODY_SIZE)
    return mm


def _table(doc: PracticeDocument, table: Table) -> None:
    w = doc.words
    rows = [tuple(_cell(doc, value) for value in row) for row in table.rows]
    doc.data_table(
        [w.term(header) for header in table.headers],
        rows,
        col_widths=_fitted(doc, table.widths, rows, size=8),
    )
    if table.totals:
        doc.key_values(_pairs(doc, table.totals), label_width=doc.epw - 45)


def build_client_summary(letterhead: Letterhead, summary: ClientSummary) -> bytes:
    w = letterhead.words
    prepared = w.date(summary.prepared_on)
    doc = PracticeDocument(
        letterhead,
        title=w("sum.title", name=summary.client_name),
        footer_text=w("sum.footer", name=summary.client_name, date=prepared),
    )
    doc.add_page()
    doc.heading(w("sum.heading", name=summary.client_name))
    doc.paragraph(w("sum.prepared", date=prepared, by=summary.prepared_by), color=GREY)
    if summary.tags:
        doc.note_box([(w("sum.tags"), ", ".join(summary.tags))])
    doc.heading(w("sum.personal"), level=2)
    doc.key_values(_pairs(doc, summary.personal))
    doc.heading(w("sum.household"), level=2)
    _table(doc, summary.household)
    doc.heading(w("sum.addresses"), level=2)
    _table(doc, summary.addresses)
    doc.heading(w("sum.policies"))
    _table(doc, summary.policies)
    doc.heading(w("sum.assets_liabilities"))
    doc.heading(w("sum.assets"), level=2)
    _table(doc, summary.assets)
    doc.heading(w("sum.liabilities"), level=2)
    _table(doc, summary.liabilities)
    doc.heading(w("sum.net_worth"), level=2)
    doc.key_values(_pairs(doc, summary.net_worth), label_width=doc.epw - 45)
    doc.heading(w("sum.income_expenses"))
    doc.heading(w("sum.income"), level=2)
    _table(doc, summary.income)
    doc.heading(w("sum.expenses"), level=2)
    _table(doc, summary.expenses)
    doc.key_values(_pairs(doc, summary.cash_flow), label_width=doc.epw - 45)
    doc.heading(w("sum.goals"))
    _table(doc, summary.goals)
    doc.heading(w("sum.risk"), level=2)
    if summary.risk_profile:
        doc.key_values(_pairs(doc, summary.risk_profile))
    else:
        doc.paragraph(w("sum.no_risk"), color=GREY)
    return doc.to_bytes()
