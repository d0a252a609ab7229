"""What the breach letters need, as plain data: reports/ sits below services/ and never
imports it; services/breaches.py builds these from the register."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class BreachView:
    id: int
    title: str
    description: str
    occurred_on: dt.date | None
    discovered_at: dt.datetime
    data_categories: list[str]
    affected_criteria: str | None
    affected_count: int
    linked_people: int
    data_encrypted: bool
    consequences: str
    measures_taken: str
    subject_actions: str
    perpetrator: str | None
    regulator_notified_at: dt.datetime | None
    regulator_reference: str | None
    subjects_notified_at: dt.datetime | None
    status: str
    recorded_at: dt.datetime
    discovery_manner: str | None = None
    subject_notice_manner: str | None = None
    delay_reason: str | None = None

    def missing_for_notice(self) -> list[str]:
        """What s22(5) needs that is not recorded yet."""
        missing = []
        if not self.consequences.strip():
            missing.append("the possible consequences (s22(5)(a))")
        if not self.measures_taken.strip():
            missing.append("the measures taken or intended (s22(5)(b))")
        if not self.subject_actions.strip():
            missing.append("what people can do to protect themselves (s22(5)(c))")
        if not self.data_categories:
            missing.append("the categories of information involved")
        return missing


@dataclass(frozen=True)
class ResponsibleParty:
    name: str
    fsp_number: str | None
    address: str | None
    information_officer_name: str | None
    information_officer_email: str | None
    information_officer_phone: str | None


@dataclass(frozen=True)
class LetterRecipient:
    client_id: int
    name: str
    address_lines: list[str]
    email: str | None
    salutation: str | None = None
