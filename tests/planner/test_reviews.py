"""Reviews: service levels, the next date, booking in bulk, the form, the month's board."""

from __future__ import annotations

import datetime as dt

import pytest

from clientmanager.cli import main
from clientmanager.errors import ClientManagerError
from clientmanager.services import reviews
from clientmanager.services.audit import Actor
from clientmanager.store.models import Appointment, Client, ServiceLevel, Task, User, utcnow
from tests.conftest import ADMIN

DECEMBER = dt.date(2026, 12, 1)


def _practice_of_reviews(practice) -> dict[str, int]:  # noqa: ANN001
    people = {
        "annual_due": ("Aletta", dt.date(2025, 12, 10), "annual", {}),
        "quarterly_due": ("Bongani", dt.date(2026, 9, 30), "quarterly", {}),
        "half_due": ("Carmen", dt.date(2026, 6, 15), "half_yearly", {}),
        "not_yet": ("Dawid", dt.date(2026, 1, 5), None, {}),
        "never": ("Ebrahim", None, None, {}),
        "late": ("Fikile", dt.date(2025, 10, 1), None, {}),
        "prospect": ("Gert", dt.date(2025, 12, 1), None, {"category": "prospect"}),
        "archived": ("Hannah", dt.date(2025, 12, 1), None, {"archived_at": utcnow()}),
    }
    ids = {}
    with practice.session() as session:
        for key, (first, last, frequency, extra) in people.items():
            client = Client(first_names=first, surname="Review", last_review_on=last, **extra)
            session.add(client)
            session.flush()
            ids[key] = client.id
            if frequency:
                session.add(ServiceLevel(client_id=client.id, frequency=frequency))
        session.add(User(username="lerato", full_name="Lerato Dlamini", role="assistant"))
    return ids


def _actor(session, username: str = ADMIN) -> Actor:  # noqa: ANN001
    user = session.query(User).filter_by(username=username).one()
    return Actor(user.id, user.username, user.role)


def test_the_board_counts_what_the_service_holds(practice) -> None:
    ids = _practice_of_reviews(practice)
    with practice.session() as session:
        admin = _actor(session)
        # A review in June chose 20 December as the next date explicitly.
        special = Client(first_names="Gugu", surname="Review", last_review_on=dt.date(2026, 1, 1))
        session.add(special)
        session.flush()
        ids["explicit"] = special.id
        reviews.record_review(
            session,
            admin,
            special.id,
            reviewed="Cover and beneficiaries",
            reviewed_on=dt.date(2026, 6, 1),
            next_on=dt.date(2026, 12, 20),
        )
        board = reviews.review_board(session, admin, DECEMBER, include_overdue=True)
        assert reviews.next_review_on(session, ids["quarterly_due"]) == dt.date(2026, 12, 30)
        assert reviews.next_review_on(session, ids["not_yet"]) == dt.date(2027, 1, 5)
    due = {row.client_id for row in board.due}
    assert due == {ids[k] for k in ("annual_due", "quarterly_due", "half_due", "explicit")}
    assert board.due_count == 4
    assert {row.client_id for row in board.overdue} == {ids["never"], ids["late"]}
    assert (board.booked_count, board.done_count) == (0, 0)
    assert {row.on for row in board.due} == {
        dt.date(2026, 12, 10),
        dt.date(2026, 12, 30),
        dt.date(2026, 12, 15),
        dt.date(2026, 12, 20),
    }

    with practice.session() as session:
        admin = _actor(session)
        lerato = _actor(session, "lerato")
        bookings = reviews.book_reviews(
            session,
            admin,
            [ids["annual_due"], ids["quarterly_due"]],
            first_slot=dt.datetime(2026, 12, 4, 15, 30),
            minutes=60,
            assigned_to_id=lerato.user_id,
        )
        # Friday 15:30 fits before 16:30; the next slot rolls over the weekend to Monday 9:00.
        assert [b.starts_at for b in bookings] == [
            dt.datetime(2026, 12, 4, 15, 30),
            dt.datetime(2026, 12, 7, 9, 0),
        ]
        tasks = session.query(Task).filter_by(kind="review", status="open").all()
        assert {t.client_id for t in tasks} == {ids["annual_due"], ids["quarterly_due"]}
        assert {t.assigned_to_id for t in tasks} == {lerato.user_id}
        appointments = session.query(Appointment).filter_by(kind="review").all()
        assert {a.task_id for a in appointments} == {t.id for t in tasks}
        with pytest.raises(ClientManagerError, match="already booked"):
            reviews.book_review(
                session, admin, ids["annual_due"], starts_at=dt.datetime(2026, 12, 9, 9)
            )
    with practice.session() as session:
        admin = _actor(session)
        board = reviews.review_board(session, admin, DECEMBER, include_overdue=True)
        assert (board.due_count, board.booked_count, board.done_count) == (2, 2, 0)
        assert {row.assignee for row in board.booked} == {"Lerato Dlamini"}
        # An assistant runs the review and fills in the form.
        lerato = _actor(session, "lerato")
        review = reviews.record_review(
            session,
            lerato,
            ids["annual_due"],
            reviewed="Life cover, RA contributions",
            changes="Raised RA debit order by R500",
            reviewed_on=dt.date(2026, 12, 4),
        )
        assert review.next_review_on == dt.date(2027, 12, 4)
        assert session.get(Client, ids["annual_due"]).last_review_on == dt.date(2026, 12, 4)
    with practice.session() as session:
        admin = _actor(session)
        board = reviews.review_board(session, admin, DECEMBER, include_overdue=True)
        assert (board.due_count, board.booked_count, board.done_count) == (2, 1, 1)
        assert [row.client_id for row in board.done] == [ids["annual_due"]]
        mine = reviews.review_board(
            session, admin, DECEMBER, assignee_id=_actor(session, "lerato").user_id
        )
        assert (mine.booked_count, mine.done_count) == (1, 1)
        january = reviews.review_board(session, admin, dt.date(2027, 1, 1))
        assert {row.client_id for row in january.due} == {ids["not_yet"]}


def test_reviews_from_the_command_line(cli_env, capsys) -> None:
    ids = _practice_of_reviews(cli_env)
    assert (
        main(
            [
                "reviews",
                "level",
                "--client",
                str(ids["not_yet"]),
                "--frequency",
                "quarterly",
                "--assistant",
                "lerato",
            ]
        )
        == 0
    )
    assert "next: 05 Apr 2026" in capsys.readouterr().out
    assert main(["reviews", "board", "--month", "2026-12"]) == 0
    out = capsys.readouterr().out
    assert "3 due, 0 booked, 0 done" in out  # Dawid is quarterly now: overdue since April
    assert (
        main(
            [
                "reviews",
                "book",
                "--clients",
                f"{ids['half_due']},{ids['late']}",
                "--start",
                "2026-12-08T09:00",
                "--assign",
                "lerato",
            ]
        )
        == 0
    )
    assert "Booked 2 review(s)" in capsys.readouterr().out
    assert (
        main(
            [
                "reviews",
                "record",
                "--client",
                str(ids["half_due"]),
                "--reviewed",
                "Medical aid and gap cover",
                "--on",
                "2026-12-08",
            ]
        )
        == 0
    )
    assert "next review 08 Jun 2027" in capsys.readouterr().out
    assert main(["reviews", "board", "--month", "2026-12", "--assignee", "lerato"]) == 0
    assert "0 due, 1 booked, 0 done" in capsys.readouterr().out
    assert main(["reviews", "book", "--clients", "x,y", "--start", "2026-12-08T09:00"]) == 1
    assert "separated by commas" in capsys.readouterr().err
    assert main(["reviews", "record", "--client", str(ids["late"]), "--reviewed", " "]) == 1
    assert "Say what was reviewed" in capsys.readouterr().err
    with cli_env.session() as session:
        reviews.record_review(
            session,
            _actor(session),
            ids["half_due"],
            reviewed="Retirement annuity",
            changes="Raised the debit order",
            reviewed_on=dt.date(2026, 6, 2),
        )
    assert main(["reviews", "history", "--client", str(ids["half_due"])]) == 0
    out = capsys.readouterr().out
    with cli_env.session() as session:
        held = reviews.review_history(session, _actor(session), ids["half_due"])
    assert len(held) == 2
    assert f"Reviews of client {ids['half_due']}, newest first (2):" in out
    assert "08 Dec 2026  Medical aid and gap cover  (next: 08 Jun 2027)" in out
    assert "changes: Raised the debit order" in out
    assert out.index("08 Dec 2026") < out.index("02 Jun 2026")
    assert main(["reviews", "history", "--client", "99999"]) == 1
    assert "There is no client with the number 99999." in capsys.readouterr().err


def test_the_overdue_backlog_is_listed_up_to_the_board_rows(practice) -> None:
    _practice_of_reviews(practice)  # two overdue: one never reviewed, one late
    with practice.session() as session:
        admin = _actor(session)
        full = reviews.review_board(session, admin, DECEMBER, rows=5, include_overdue=True)
        capped = reviews.review_board(session, admin, DECEMBER, rows=1, include_overdue=True)
        plain = reviews.review_board(session, admin, DECEMBER)
    assert (full.overdue_count, full.overdue_more) == (2, False)
    assert (capped.overdue_count, capped.overdue_more, len(capped.overdue)) == (1, True, 1)
    assert capped.due_count == full.due_count == 3  # due is always counted exactly
    assert len(capped.due) == 1
    assert (plain.overdue_count, plain.overdue, plain.due_count) == (0, [], 3)
