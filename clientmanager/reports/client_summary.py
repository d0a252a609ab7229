"""The client summary and fact-find a planner takes into a review meeting.

One document, in the practice's letter layout (:class:`PracticeDocument`): personal
details, household, addresses, policies, the balance sheet with net worth, income and
expenses with the monthly surplus, goals and the current risk profile. Everything arrives
as display text in :class:`ClientSummary` (built by services/summary.py), so the PDF says
exactly what the database held when it was printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from clientmanager.reports.base import GREY, Letterhead, PracticeDocument, format_date


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


def _table(doc: PracticeDocument, table: Table) -> None:
    doc.data_table(table.headers, table.rows, col_widths=table.widths)
    if table.totals:
        doc.key_values(table.totals, label_width=doc.epw - 45)


def build_client_summary(letterhead: Letterhead, summary: ClientSummary) -> bytes:
    doc = PracticeDocument(
        letterhead,
        title=f"Client summary: {summary.client_name}",
        footer_text=(
            f"Client summary for {summary.client_name}, prepared {format_date(summary.prepared_on)}"
            " for a review meeting. Confidential: contains personal information (POPIA)."
        ),
    )
    doc.add_page()
    doc.heading(f"Client summary and fact-find: {summary.client_name}")
    doc.paragraph(
        f"Prepared on {format_date(summary.prepared_on)} by {summary.prepared_by}. Please check "
        "every line with us at the review meeting and tell us what has changed.",
        color=GREY,
    )
    if summary.tags:
        doc.note_box([("Tags", ", ".join(summary.tags))])
    doc.heading("Personal details", level=2)
    doc.key_values(summary.personal)
    doc.heading("Household", level=2)
    _table(doc, summary.household)
    doc.heading("Addresses", level=2)
    _table(doc, summary.addresses)
    doc.heading("Policies")
    _table(doc, summary.policies)
    doc.heading("Assets and liabilities")
    doc.heading("Assets", level=2)
    _table(doc, summary.assets)
    doc.heading("Liabilities", level=2)
    _table(doc, summary.liabilities)
    doc.heading("Net worth", level=2)
    doc.key_values(summary.net_worth, label_width=doc.epw - 45)
    doc.heading("Income and expenses")
    doc.heading("Income", level=2)
    _table(doc, summary.income)
    doc.heading("Expenses", level=2)
    _table(doc, summary.expenses)
    doc.key_values(summary.cash_flow, label_width=doc.epw - 45)
    doc.heading("Goals")
    _table(doc, summary.goals)
    doc.heading("Risk profile", level=2)
    if summary.risk_profile:
        doc.key_values(summary.risk_profile)
    else:
        doc.paragraph("No risk profile has been assessed yet.", color=GREY)
    return doc.to_bytes()
