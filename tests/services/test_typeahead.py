"""Type-ahead over a demo practice: the fast first window gives the same rows as the
plain join-and-sort it replaced, and a stale "all matching ids" query stops."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from clientmanager.services import clients as client_service
from clientmanager.services.clients import (
    _ROW_COLUMNS,
    ListQuery,
    first_client_window,
    list_client_ids,
    search_clients,
)
from clientmanager.services.demo import generate_demo_data
from clientmanager.services.progress import Cancelled
from clientmanager.store.models import Client, Policy

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from clientmanager.paths import PracticePaths
    from clientmanager.services.practice import create_practice

    paths = PracticePaths(tmp_path_factory.mktemp("typeahead"))
    practice, _code = create_practice(
        paths=paths,
        practice_name="Type-ahead",
        admin_username="admin",
        admin_password="Type ahead practice password 1",
    )
    generate_demo_data(practice.engine, clients=600, seed=11, today=TODAY)
    yield practice
    practice.close()


def _queries(session) -> list[str]:
    """Real prefixes of every kind, from one letter on."""
    person = session.execute(
        sa.select(Client.surname, Client.first_names, Client.id_number, Client.email)
        .where(Client.surname.is_not(None), Client.id_number.is_not(None))
        .order_by(Client.id)
        .limit(1)
    ).one()
    policy = session.scalars(sa.select(Policy.policy_number).limit(1)).one()
    typed = ["a", "M", "z", "0", "08", "ma", "van", "mo ", "s a", "@", "zzqx"]
    for word in (person.surname, person.first_names.split()[0], person.email, policy):
        typed += [word[:length] for length in (1, 2, 3, 5)]
    typed += [person.id_number[:length] for length in (2, 6, 13)]
    return typed


def _old_first_window(session, text: str, count: int) -> list[int]:
    """The query the first window used to run: every match joined and sorted (prefix
    matches only, so compared on texts the substring index adds nothing to)."""
    terms = client_service._fts_terms(text)
    matches = (
        sa.text("SELECT rowid FROM client_search WHERE client_search MATCH :query")
        .bindparams(query=" AND ".join(terms))
        .columns(sa.column("rowid", sa.Integer))
        .subquery()
    )
    statement = (
        sa.select(*_ROW_COLUMNS)
        .join(matches, matches.c.rowid == Client.id)
        .where(Client.archived_at.is_(None))
        .order_by(
            sa.func.coalesce(Client.surname, Client.entity_name), Client.first_names, Client.id
        )
        .limit(count)
    )
    return [values[0] for values in session.execute(statement)]


def test_the_first_window_is_the_head_of_the_full_list_for_every_kind_of_query(demo):
    with demo.session() as session:
        for text in _queries(session):
            for descending in (False, True):
                query = ListQuery(text=text, descending=descending)
                ids = list_client_ids(session, demo.actor, query)
                first = first_client_window(session, demo.actor, query, window=25)
                assert first.ids == ids[:25], text
                assert first.complete == (len(ids) <= 25), text


@pytest.mark.parametrize("walk", [False, True])
def test_same_first_rows_as_the_join_and_sort_it_replaced(demo, monkeypatch, walk):
    if walk:  # every query takes the index walk, however few its matches
        monkeypatch.setattr(client_service, "_SORT_MATCHES_UP_TO", 0)
    with demo.session() as session:
        compared = 0
        for text in _queries(session):
            words = client_service._search_terms(text)
            if len(text.strip()) == 1 and text.strip().isalpha():
                continue  # one letter: names starting with it (tested below)
            if any(len(word) >= 3 and not word.isalpha() for word in words):
                continue  # digits inside values: only the new index finds those
            old = _old_first_window(session, text, 30)
            new = [row.id for row in search_clients(session, text, limit=30)]
            # Three letters or more may also match inside an e-mail address: a superset
            # in the same order, so the old rows appear in the same relative order.
            if all(len(word) < 3 for word in words):
                assert new == old, text
            else:
                assert [i for i in new if i in set(old)] == old[
                    : len([i for i in new if i in set(old)])
                ], text
            compared += 1
        assert compared >= 10


def test_substring_of_an_id_number_in_a_big_list(demo):
    with demo.session() as session:
        client_id, number = session.execute(
            sa.select(Client.id, Client.id_number).where(Client.id_number.is_not(None)).limit(1)
        ).one()
        found = list_client_ids(session, demo.actor, ListQuery(text=number[3:10]))
        first = first_client_window(session, demo.actor, ListQuery(text=number[3:10]))
    assert client_id in found and client_id in first.ids


def test_a_stale_count_stops_at_once(demo):
    with demo.session() as session:
        with pytest.raises(Cancelled):
            list_client_ids(session, demo.actor, ListQuery(text="a"), is_stale=lambda: True)
        # A keystroke that arrives while the query runs stops it mid-way.
        checks = []

        def stale_after_first_check() -> bool:
            checks.append(1)
            return len(checks) > 1

        with pytest.raises(Cancelled):
            list_client_ids(
                session, demo.actor, ListQuery(sort="email"), is_stale=stale_after_first_check
            )
        assert len(checks) >= 2
        # Not stale: the whole list, and the connection is usable afterwards.
        everyone = list_client_ids(session, demo.actor, ListQuery(), is_stale=lambda: False)
        assert len(everyone) == session.scalar(
            sa.select(sa.func.count()).select_from(Client).where(Client.archived_at.is_(None))
        )


def test_one_letter_lists_surnames_first_names_and_company_names_starting_with_it(demo):
    with demo.session() as session:
        for letter in ("m", "N", "z", "q"):
            cases = sorted({letter.upper(), letter.lower()})
            name = sa.func.coalesce(Client.surname, Client.entity_name)
            expected = list(
                session.scalars(
                    sa.select(Client.id)
                    .where(
                        Client.archived_at.is_(None),
                        sa.or_(
                            sa.func.substr(name, 1, 1).in_(cases),
                            sa.func.substr(Client.first_names, 1, 1).in_(cases),
                        ),
                    )
                    .order_by(name, Client.first_names, Client.id)
                )
            )
            for window in (5, 40, 1000):
                first = first_client_window(
                    session, demo.actor, ListQuery(text=letter), window=window
                )
                assert first.ids == expected[:window], letter
            assert list_client_ids(session, demo.actor, ListQuery(text=letter)) == expected
