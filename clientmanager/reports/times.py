"""South African time for everything a person reads (COMPLIANCE.md: SAST, UTC+02:00).

Moments are stored as naive UTC; documents print them in SAST with the zone, and
machine-readable files carry ISO 8601 with the +02:00 offset. South Africa has no
daylight saving, so a fixed offset is exact. No fpdf import here: services use it too.
"""

from __future__ import annotations

import datetime as dt

SAST = dt.timezone(dt.timedelta(hours=2), "SAST")
# The zone never wraps onto a line of its own, away from its time.
NBSP = "\u00a0"


def to_sast(value: dt.datetime) -> dt.datetime:
    """A stored moment (naive means UTC) in South African Standard Time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(SAST)


def iso_sast(value: dt.datetime) -> str:
    """ISO 8601 with the offset: 2026-12-01T14:28:00+02:00."""
    return to_sast(value).isoformat(timespec="seconds")


def format_sast(value: dt.datetime, *, seconds: bool = False) -> str:
    """As a South African letter writes it: 1 Dec 2026 14:28 SAST."""
    local = to_sast(value)
    clock = f"{local:%H:%M:%S}" if seconds else f"{local:%H:%M}"
    return f"{local.day} {local:%b %Y} {clock}{NBSP}SAST"
