"""Retention periods and the facts they hang on: no I/O, no clock.

POPIA s14(1) says keep personal information no longer than the purpose needs, unless a
law requires more. The laws a financial-planning practice lives under set five-year
periods that start at an *end* date, never at creation:

* FAIS General Code of Conduct s3(2): 5 years after the product ends or the advice was
  given (the service rendered);
* FICA s23: 5 years after the business relationship ends;
* Tax Administration Act s29(3): 5 years from the date a return was submitted.

Marketing data about a non-customer is kept only until consent is withdrawn (POPIA s69,
s11(2)(b)), and technical logs 90 days.

Date arithmetic: "5 years after 29 February 2024" has no 29 February to land on. We
round *up* to 1 March, so a record is never destroyed before the full period has run.

Children (POPIA s34–s35): a person under 18 needs a competent person's consent. The flag
is computed from the date of birth (or the SA ID number) and a given day, never stored,
so it clears by itself on the 18th birthday.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.sa_id import parse_sa_id

__all__ = [
    "DEFAULT_SCHEDULE",
    "FAIS",
    "FICA",
    "MARKETING",
    "TAX",
    "TECHNICAL_LOGS",
    "AGE_OF_MAJORITY",
    "ChildStatus",
    "RetentionRule",
    "StartsFrom",
    "add_years",
    "age_on",
    "child_status",
    "default_rule",
    "eighteenth_birthday",
]

AGE_OF_MAJORITY = 18


class StartsFrom(StrEnum):
    """The end date a retention clock starts from."""

    PRODUCT_END = "product_end"
    ADVICE_GIVEN = "advice_given"
    RELATIONSHIP_END = "relationship_end"
    RETURN_SUBMITTED = "return_submitted"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CREATED = "created"


STARTS_FROM_LABELS = {
    StartsFrom.PRODUCT_END: "the product ends",
    StartsFrom.ADVICE_GIVEN: "the advice was given",
    StartsFrom.RELATIONSHIP_END: "the business relationship ends",
    StartsFrom.RETURN_SUBMITTED: "the tax return was submitted",
    StartsFrom.CONSENT_WITHDRAWN: "marketing consent is withdrawn or refused",
    StartsFrom.CREATED: "the entry was written",
}


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved ``years`` calendar years on; 29 February lands on 1 March when the
    target year has no 29 February (rounding up, so a period is never cut short)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return dt.date(day.year + years, 3, 1)


@dataclass(frozen=True)
class RetentionRule:
    """One line of the retention schedule.

    ``years`` and ``days`` are added to the end date to give the earliest day on which
    the record may be destroyed. ``minimum_years``/``minimum_days`` are what the cited law
    requires: a practice may keep records longer, never shorter.
    """

    category: str
    label: str
    applies_to: str
    starts_from: StartsFrom
    citation: str
    years: int = 0
    days: int = 0
    minimum_years: int = 0
    minimum_days: int = 0

    def earliest_destruction(self, end: dt.date | None) -> dt.date | None:
        """The first day the record may be destroyed, or ``None`` while the clock has not
        started (the product is still active, the relationship has not ended...)."""
        if end is None:
            return None
        return add_years(end, self.years) + dt.timedelta(days=self.days)

    @property
    def period_text(self) -> str:
        if self.starts_from is StartsFrom.CONSENT_WITHDRAWN and not (self.years or self.days):
            return "until consent is withdrawn or refused"
        parts = []
        if self.years:
            parts.append(f"{self.years} year{'s' if self.years != 1 else ''}")
        if self.days:
            parts.append(f"{self.days} day{'s' if self.days != 1 else ''}")
        period = " and ".join(parts) or "no time"
        return f"{period} after {STARTS_FROM_LABELS[self.starts_from]}"

    def check_period(self, *, years: int, days: int) -> None:
        """Refuse a period shorter than the law it cites, or a negative one."""
        if years < 0 or days < 0:
            raise ValidationError("Retention period", "cannot be negative")
        if (years, days) < (self.minimum_years, self.minimum_days):
            raise ValidationError(
                "Retention period",
                f"cannot be shorter than {self.citation} requires "
                f"({self.minimum_years} years, {self.minimum_days} days); "
                "a practice may keep records longer, not shorter",
            )


FAIS = "fais_records"
FICA = "fica_records"
TAX = "tax_records"
MARKETING = "marketing"
TECHNICAL_LOGS = "technical_logs"

DEFAULT_SCHEDULE: tuple[RetentionRule, ...] = (
    RetentionRule(
        category=FAIS,
        label="Products and records of advice",
        applies_to="policies, quotes and records of advice",
        starts_from=StartsFrom.PRODUCT_END,
        citation="FAIS General Code of Conduct s3(2)",
        years=5,
        minimum_years=5,
    ),
    RetentionRule(
        category=FICA,
        label="Identity and due-diligence records",
        applies_to="the client's identity, ID copies, proof of address",
        starts_from=StartsFrom.RELATIONSHIP_END,
        citation="FICA s23",
        years=5,
        minimum_years=5,
    ),
    RetentionRule(
        category=TAX,
        label="Tax records",
        applies_to="documents filed as tax returns or assessments",
        starts_from=StartsFrom.RETURN_SUBMITTED,
        citation="Tax Administration Act s29(3)",
        years=5,
        minimum_years=5,
    ),
    RetentionRule(
        category=MARKETING,
        label="Marketing data (prospects)",
        applies_to="prospects kept only to market to them",
        starts_from=StartsFrom.CONSENT_WITHDRAWN,
        citation="POPIA s14(1), s69",
    ),
    RetentionRule(
        category=TECHNICAL_LOGS,
        label="Technical logs",
        applies_to="the application's log files",
        starts_from=StartsFrom.CREATED,
        citation="POPIA s14(1) (practice policy)",
        days=90,
    ),
)


def default_rule(category: str) -> RetentionRule:
    for rule in DEFAULT_SCHEDULE:
        if rule.category == category:
            return rule
    raise KeyError(category)


# --- children (POPIA s34–s35) ---------------------------------------------------------------


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    """Whole years on ``day``. Someone born on 29 February turns a year older on 1 March in
    common years."""
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - before_birthday


def eighteenth_birthday(date_of_birth: dt.date) -> dt.date:
    return add_years(date_of_birth, AGE_OF_MAJORITY)


@dataclass(frozen=True)
class ChildStatus:
    is_child: bool
    # The day the flag clears by itself; None when not a child or the birth date is unknown.
    adult_on: dt.date | None
    known: bool  # False: no date of birth or usable ID number, so nothing can be said

    @property
    def reason(self) -> str:
        if not self.known:
            return "Age unknown: no date of birth or valid SA ID number."
        if self.is_child:
            return (
                "Under 18: processing needs the prior consent of a competent person "
                f"(POPIA s35(1)(a)) until {self.adult_on:%d %B %Y}."
            )
        return "Adult."


def child_status(
    *, today: dt.date, date_of_birth: dt.date | None = None, id_number: str | None = None
) -> ChildStatus:
    """Is the person a child (under 18) on ``today``?

    The recorded date of birth wins; otherwise the SA ID number's. An ID number records
    no century, so it is read as the most recent date not after ``today`` (see
    :func:`~clientmanager.domain.sa_id.parse_sa_id`); a date of birth avoids the guess.
    """
    dob = date_of_birth
    if dob is None and id_number:
        try:
            dob = parse_sa_id(id_number, today=today).date_of_birth
        except ValidationError:
            dob = None
    if dob is None or dob > today:
        return ChildStatus(is_child=False, adult_on=None, known=False)
    adult_on = eighteenth_birthday(dob)
    if today < adult_on:
        return ChildStatus(is_child=True, adult_on=adult_on, known=True)
    return ChildStatus(is_child=False, adult_on=None, known=True)
