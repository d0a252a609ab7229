"""Retention date arithmetic and the child flag: pure functions, fixed days."""

from __future__ import annotations

import datetime as dt

import pytest

from clientmanager.domain.errors import ValidationError
from clientmanager.domain.retention import (
    DEFAULT_SCHEDULE,
    FAIS,
    FICA,
    MARKETING,
    TAX,
    TECHNICAL_LOGS,
    add_years,
    age_on,
    child_status,
    default_rule,
)
from clientmanager.domain.sa_id import make_sa_id

D = dt.date


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (D(2020, 6, 30), 5, D(2025, 6, 30)),
        (D(2024, 2, 29), 5, D(2029, 3, 1)),  # no 29 Feb in 2029: round up, never short
        (D(2024, 2, 29), 4, D(2028, 2, 29)),  # leap year to leap year
        (D(2023, 12, 31), 5, D(2028, 12, 31)),
        (D(2019, 3, 1), 5, D(2024, 3, 1)),
    ],
)
def test_add_years(start, years, expected):
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("category", "end", "expected"),
    [
        (FAIS, D(2020, 6, 30), D(2025, 6, 30)),  # policy ended / advice given
        (FAIS, None, None),  # a policy still active: the clock has not started
        (FAIS, D(2024, 2, 29), D(2029, 3, 1)),  # leap-day end date
        (FICA, D(2021, 1, 15), D(2026, 1, 15)),  # relationship ended
        (FICA, None, None),  # relationship still running
        (TAX, D(2022, 10, 31), D(2027, 10, 31)),  # return submitted
        (MARKETING, D(2026, 3, 5), D(2026, 3, 5)),  # until withdrawn: at once
        (MARKETING, None, None),  # consent still given
        (TECHNICAL_LOGS, D(2026, 1, 1), D(2026, 4, 1)),  # 90 days
    ],
)
def test_earliest_destruction_for_each_default_rule(category, end, expected):
    assert default_rule(category).earliest_destruction(end) == expected


def test_every_default_rule_cites_its_law():
    citations = {rule.category: rule.citation for rule in DEFAULT_SCHEDULE}
    assert citations[FAIS] == "FAIS General Code of Conduct s3(2)"
    assert citations[FICA] == "FICA s23"
    assert citations[TAX] == "Tax Administration Act s29(3)"
    assert "s69" in citations[MARKETING]
    assert default_rule(FAIS).period_text == "5 years after the product ends"
    assert default_rule(MARKETING).period_text == "until consent is withdrawn or refused"
    assert default_rule(TECHNICAL_LOGS).period_text == "90 days after the entry was written"


def test_a_practice_may_keep_longer_but_not_shorter_than_the_law():
    fais = default_rule(FAIS)
    fais.check_period(years=7, days=0)
    with pytest.raises(ValidationError, match="cannot be shorter than FAIS General Code"):
        fais.check_period(years=4, days=300)
    with pytest.raises(ValidationError, match="negative"):
        default_rule(TECHNICAL_LOGS).check_period(years=0, days=-1)
    default_rule(TECHNICAL_LOGS).check_period(years=0, days=30)


def test_age_counts_leap_day_birthdays_from_1_march():
    born = D(2008, 2, 29)
    assert age_on(born, D(2026, 2, 28)) == 17
    assert age_on(born, D(2026, 3, 1)) == 18


def test_the_child_flag_comes_from_the_sa_id_and_clears_on_the_18th_birthday():
    id_number = make_sa_id(D(2008, 11, 25), sequence=4123)
    day_before = child_status(today=D(2026, 11, 24), id_number=id_number)
    assert day_before.is_child and day_before.adult_on == D(2026, 11, 25)
    assert "s35" in day_before.reason
    birthday = child_status(today=D(2026, 11, 25), id_number=id_number)
    assert not birthday.is_child and birthday.known
    assert birthday.reason == "Adult."


def test_a_recorded_date_of_birth_wins_over_the_id_number():
    # An ID number has no century: a 101-year-old's "25" could read as 2025. The recorded
    # date of birth settles it.
    id_number = make_sa_id(D(1925, 6, 1), sequence=6001)
    status = child_status(today=D(2026, 11, 25), id_number=id_number, date_of_birth=D(1925, 6, 1))
    assert not status.is_child


def test_unknown_age_is_said_plainly():
    status = child_status(today=D(2026, 1, 1), id_number="1234")
    assert not status.known and not status.is_child
    assert "unknown" in status.reason
