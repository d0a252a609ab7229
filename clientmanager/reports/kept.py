"""What a deletion keeps, as a plain value: the deletion service lists these and the
deletion letters print them. Kept apart from the letters so that the service can name
the type without loading the PDF library."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class KeptRecord:
    description: str
    kept_until: dt.date | None
    law: str
    # Shown when the clock has not started yet (the product or relationship continues).
    until_text: str = "5 years after it ends"
