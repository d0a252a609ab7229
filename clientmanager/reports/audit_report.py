"""The audit trail for an inspector: the chain check on page one, then every entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from clientmanager.reports.audit_labels import label
from clientmanager.reports.base import GREY, NAVY, Letterhead, PracticeDocument, format_datetime
from clientmanager.reports.times import to_sast

GOOD = (46, 125, 50)
BAD = (183, 28, 28)


def build_audit_report(
    letterhead: Letterhead,
    *,
    rows: Sequence,  # services.audit.AuditRow
    chain,  # services.audit.ChainReport
    filter_text: str,
    exported_by: str,
    now: dt.datetime | None = None,
) -> bytes:
    now = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    # Internal (for an inspector): English whatever language the client letters use.
    letterhead = replace(letterhead, language="en")
    doc = PracticeDocument(
        letterhead,
        title="Audit trail",
        footer_text=f"Audit trail exported by {exported_by} on {format_datetime(now)} · "
        "Entries hold identifiers and short summaries only",
    )
    doc.add_page()
    doc.heading("Audit trail")
    doc.key_values(
        [
            ("Practice", letterhead.practice_name),
            ("Information officer", letterhead.information_officer_name or ""),
            ("Exported by", exported_by),
            ("Exported on", format_datetime(now)),
            ("Entries shown", f"{len(rows)} ({filter_text})"),
            ("Entries in the trail", str(chain.checked)),
            ("Chain head (SHA-256)", chain.head),
        ]
    )
    doc.heading("Integrity check", level=2)
    doc.paragraph(
        chain.describe(),
        style="B",
        color=GOOD if chain.ok else BAD,
    )
    doc.paragraph(
        "Each entry stores the SHA-256 of the previous entry's hash and its own canonical "
        "text, so changing or removing any entry breaks the chain at that entry. The "
        "database itself also refuses to change or delete entries. The CSV export carries "
        "each entry's hashes so the chain can be recomputed independently.",
        color=GREY,
        size=8,
    )
    doc.heading("Entries", level=2)
    doc.data_table(
        ("No.", "Time (SAST, UTC+02:00)", "User", "What", "Client", "Details"),
        [
            (
                str(row.id),
                f"{to_sast(row.at):%Y-%m-%d %H:%M:%S} SAST",
                row.username or "",
                label(row.action) if row.action_label == row.action else row.action_label,
                "" if row.client_id is None else str(row.client_id),
                row.summary,
            )
            for row in rows
        ],
        col_widths=(11, 30, 22, 52, 13, doc.epw - 128),
        size=7.5,
        empty_text="No entries match.",
    )
    doc.set_text_color(*NAVY)
    return doc.to_bytes(created=now)
