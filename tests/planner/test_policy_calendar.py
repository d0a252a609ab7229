"""Policies over time: anniversaries with escalations, renewals, status history."""

from __future__ import annotations

import datetime as dt

import pytest

from clientmanager.cli import main
from clientmanager.errors import ClientManagerError
from clientmanager.services import client_year
from clientmanager.services import policy_calendar as pc
from clientmanager.services.today import policy_events_card
from clientmanager.store.models import Client, Policy
from tests.planner.conftest import TODAY, seed_household


def test_an_anniversary_next_month_is_returned(practice) -> None:
    seeded = seed_household(practice)
    with practice.session() as session:
        pc.set_schedule(session, seeded.admin, seeded.policy_id, escalation_bp=1000)
        ra = session.query(Policy).filter_by(policy_number="AG-RA-5521").one()
        pc.set_schedule(session, seeded.admin, ra.id, renewal_on=dt.date(2026, 12, 20))
        lapsed = Policy(
            client_id=seeded.client_id,
            provider="Old Mutual",
            policy_number="OM-1",
            product_type="funeral",
            status="lapsed",
            start_date=dt.date(2020, 1, 2),
        )
        leap = Policy(
            client_id=seeded.client_id,
            provider="Liberty",
            policy_number="LB-29",
            product_type="disability",
            start_date=dt.date(2020, 2, 29),
        )
        session.add_all([lapsed, leap])
        session.flush()
        events = pc.upcoming_policy_events(session, seeded.admin, TODAY, 60)
        leap_events = pc.upcoming_policy_events(session, seeded.admin, dt.date(2027, 2, 20), 10)
    assert [(e.kind, e.on, e.policy_number) for e in events] == [
        ("renewal", dt.date(2026, 12, 20), "AG-RA-5521"),
        ("anniversary", dt.date(2027, 1, 14), "SL-778812"),
    ]
    anniversary = events[1]
    assert anniversary.years == 8 and anniversary.client_name == "Pieter Johannes van der Merwe"
    assert (anniversary.premium_cents, anniversary.new_premium_cents) == (145_000, 159_500)
    assert "escalates from R 1 450.00 to R 1 595.00" in anniversary.description
    assert [(e.policy_number, e.on) for e in leap_events] == [("LB-29", dt.date(2027, 2, 28))]


def _practice_of_anniversaries(session, seeded) -> list[int]:  # noqa: ANN001
    """Three more clients, each with policies whose anniversaries fall in the next weeks
    on days that interleave theirs with the seeded household's."""
    ids = []
    for offset, surname in enumerate(("Dlamini", "Botha", "Naidoo")):
        client = Client(first_names="Thandi", surname=surname, category="client")
        session.add(client)
        session.flush()
        ids.append(client.id)
        for day in (3 + offset, 10 + offset, 24 - offset):
            session.add(
                Policy(
                    client_id=client.id,
                    provider="Sanlam",
                    policy_number=f"{surname[:2].upper()}-{day}",
                    product_type="life_cover",
                    start_date=dt.date(2019, 12, day),
                )
            )
    session.flush()
    return ids


@pytest.mark.both_backends  # the events are read a batch at a time: a server cursor there
def test_a_clients_year_and_the_today_card_match_the_whole_calendar(practice) -> None:
    seeded = seed_household(practice)
    with practice.session() as session:
        others = _practice_of_anniversaries(session, seeded)
        everything = pc.upcoming_policy_events(session, seeded.admin, TODAY, 90)
        naidoo = pc.upcoming_policy_events(session, seeded.admin, TODAY, 90, client_id=others[2])
        year = client_year.client_year(session, seeded.admin, others[1], today=TODAY)
        card = policy_events_card(session, seeded.admin, TODAY, days=90, rows=4)
        counts_only = policy_events_card(session, seeded.admin, TODAY, days=90, rows=0)
    assert len(everything) == 10  # nine of the three new clients', one of the household's
    assert [e.policy_number for e in naidoo] == ["NA-5", "NA-12", "NA-22"]
    assert naidoo == [e for e in everything if e.client_id == others[2]]
    assert year.policy_events == [e for e in everything if e.client_id == others[1]]
    assert [e.policy_number for e in year.policy_events] == ["BO-4", "BO-11", "BO-23"]
    # The card keeps the first four by date and counts all ten, as the whole list has them.
    assert card.rows == everything[:4]
    assert [e.on.day for e in card.rows] == [3, 4, 5, 10]
    assert (card.count, card.clients) == (10, 4)
    assert (counts_only.count, counts_only.clients, counts_only.rows) == (10, 4, [])


def test_status_changes_keep_their_history(practice) -> None:
    seeded = seed_household(practice)
    with practice.session() as session:
        pc.change_status(
            session,
            seeded.admin,
            seeded.policy_id,
            to_status="paid_up",
            effective_on=dt.date(2026, 3, 1),
            reason="Client stopped premiums",
        )
        pc.change_status(
            session,
            seeded.admin,
            seeded.policy_id,
            to_status="lapsed",
            effective_on=dt.date(2026, 9, 1),
        )
        with pytest.raises(ClientManagerError, match="already lapsed"):
            pc.change_status(session, seeded.admin, seeded.policy_id, to_status="lapsed")
        history = pc.status_history(session, seeded.admin, seeded.policy_id)
        policy = session.get(Policy, seeded.policy_id)
        assert (policy.status, policy.end_date) == ("lapsed", dt.date(2026, 9, 1))
        # A lapsed policy has no anniversary to remind anyone of.
        assert not [
            e
            for e in pc.upcoming_policy_events(session, seeded.admin, TODAY, 60)
            if e.policy_id == seeded.policy_id
        ]
    assert [(h.from_status, h.to_status, h.reason) for h in history] == [
        ("active", "paid_up", "Client stopped premiums"),
        ("paid_up", "lapsed", ""),
    ]


def test_policies_from_the_command_line(cli_env, capsys) -> None:
    seeded = seed_household(cli_env)
    assert (
        main(["policies", "schedule", "--policy", str(seeded.policy_id), "--escalation", "10"]) == 0
    )
    assert main(["policies", "events", "--days", "60", "--today", TODAY.isoformat()]) == 0
    out = capsys.readouterr().out
    assert "14 Jan 2027  Pieter Johannes van der Merwe" in out and "R 1 595.00" in out
    assert (
        main(
            [
                "policies",
                "status",
                "--policy",
                str(seeded.policy_id),
                "--to",
                "paid_up",
                "--reason",
                "Retrenched",
            ]
        )
        == 0
    )
    assert main(["policies", "history", "--policy", str(seeded.policy_id)]) == 0
    assert "active -> paid_up" in capsys.readouterr().out
    assert (
        main(["policies", "schedule", "--policy", str(seeded.policy_id), "--escalation", "x"]) == 1
    )
    assert "percentage" in capsys.readouterr().err
    assert main(["policies", "history", "--policy", "999"]) == 1
    assert "no longer there" in capsys.readouterr().err
