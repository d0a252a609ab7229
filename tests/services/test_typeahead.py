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
        monkeypatch.setattr(client_service, "_WALK_CLIENTS_PER_MATCH", 10**9)
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


# --- digits: each client's own fields tested on the walk ------------------------------------


def _fts_ids(session, digits: str) -> set[int]:
    """What the two indexes match: a word starting with the digits, and from three digits
    on, the digits anywhere in a number, an e-mail address or a policy number."""
    found = set(
        session.scalars(
            sa.text("SELECT rowid FROM client_search WHERE client_search MATCH :query"),
            {"query": f'"{digits}"*'},
        )
    )
    if len(digits) >= 3:
        found |= set(
            session.scalars(
                sa.text(
                    "SELECT rowid FROM client_search_substring "
                    "WHERE client_search_substring MATCH :query"
                ),
                {"query": f'"{digits}"'},
            )
        )
    return found


@pytest.mark.parametrize("descending", [False, True])
def test_typed_digits_walk_the_list_and_find_what_fts5_finds(demo, monkeypatch, descending):
    walked = []
    walk = client_service._walk_testing_digits

    def spy(*args, **kwargs):
        rows = walk(*args, **kwargs)
        walked.append(rows is not None)
        return rows

    # However dense the match, so every query below really takes the walk (the walk is
    # the plan while the list-order indexes, 0014, cannot be read).
    monkeypatch.setattr(client_service, "_reads_in_list_order", lambda session: False)
    monkeypatch.setattr(client_service, "_digits_budget", lambda *args: 10**9)
    monkeypatch.setattr(client_service, "DIGITS_ROW_TEST_UP_TO", 99)
    monkeypatch.setattr(client_service, "_walk_testing_digits", spy)
    with demo.session() as session:
        numbers = session.execute(
            sa.select(Client.mobile, Client.id_number).where(Client.mobile.is_not(None)).limit(3)
        ).all()
        typed = {"0", "08", "2", "27", "8", "9", "1", "00", "99", "082", "277", "0821", "2000"}
        for mobile, id_number in numbers:
            typed |= {mobile[3], "0" + mobile[3], (id_number or "12")[:2], mobile[5:9]}
            typed |= {(id_number or "1234567")[3:7], "0" + mobile[3:6], mobile[1:]}
        for digits in sorted(typed):
            query = ListQuery(text=digits, descending=descending)
            everyone = list_client_ids(session, demo.actor, query)
            assert set(everyone) == _fts_ids(session, digits) - _archived(session), digits
            for window in (7, 200):
                first = first_client_window(session, demo.actor, query, window=window)
                assert first.ids == everyone[:window], digits
                assert first.complete == (len(everyone) <= window), digits
    assert walked and all(walked)


def _archived(session) -> set[int]:
    return set(session.scalars(sa.select(Client.id).where(Client.archived_at.is_not(None))))


def test_a_walk_over_its_step_budget_reads_the_match_set_instead(demo, monkeypatch):
    monkeypatch.setattr(client_service, "_digits_budget", lambda *args: 1)
    with demo.session() as session:
        query = ListQuery(text="0")
        match = client_service._text_match("0")
        walked = client_service._walk_testing_digits(session, [], match, 50, descending=False)
        assert walked is None
        first = first_client_window(session, demo.actor, query, window=30)
        assert first.ids == list_client_ids(session, demo.actor, query)[:30]
        assert len(first.ids) == 30


def test_digits_next_to_non_ascii_text_are_left_to_fts5(practice, monkeypatch):
    """The per-row test reads words as FTS5 does for ASCII text; where a digit touches
    other text (a letter with an accent, a non-breaking space, a combining accent),
    FTS5's own reading decides, so the list is still exactly what FTS5 matches."""
    monkeypatch.setattr(client_service, "_digits_budget", lambda *args: 10**9)
    monkeypatch.setattr(client_service, "DIGITS_ROW_TEST_UP_TO", 99)
    with practice.session() as session:
        session.add_all(
            [
                Client(first_names="Plain", surname="Adams", mobile="+27821110000"),
                Client(first_names="Inside", surname="Botha", email="x08@mail.co.za"),
                Client(first_names="Dotted", surname="Cele", email="a.08@mail.co.za"),
                Client(first_names="After dash", surname="Dube", passport_number="A-0812"),
                Client(first_names="Accented", surname="Ebrahim", passport_number="É0812"),
                Client(first_names="Spaced", surname="Fourie", registration_number="IT\u00a008"),
                Client(first_names="Combining", surname="Gumede", passport_number="0\u03018"),
                Client(kind="trust", entity_name="Trust 08 Holdings"),
                Client(first_names="None", surname="Hadebe", mobile="+27731110000"),
            ]
        )
        session.flush()
        session.add(
            Policy(
                client_id=session.scalar(sa.select(Client.id).where(Client.surname == "Hadebe")),
                provider="Old Mutual",
                policy_number="OM/08-1",
                product_type="life cover",
            )
        )
    with practice.session() as session:
        for digits in ("0", "08", "8", "1", "12", "7", "081", "0812", "110000", "2015"):
            expected = _fts_ids(session, digits)
            listed = list_client_ids(session, practice.actor, ListQuery(text=digits))
            assert set(listed) == expected, digits
            first = first_client_window(session, practice.actor, ListQuery(text=digits))
            assert first.ids == listed, digits
        # Whatever FTS5 makes of the accented and combining cases, the ASCII ones are
        # plain: "08" starts a word after the start, a dash, a space or a slash, not
        # after a letter or a dot (which FTS5 keeps inside e-mail words).
        found = {
            session.get(Client, client_id).first_names or "trust"
            for client_id in first_client_window(session, practice.actor, ListQuery(text="08")).ids
        }
        assert {"Plain", "After dash", "trust", "None"} <= found
        assert not {"Inside", "Dotted"} & found


def test_the_per_row_test_agrees_with_fts5_on_every_ascii_client(demo):
    from clientmanager.store.search_index import digits_start_a_word

    with demo.session() as session:
        for digits in ("0", "08", "2", "5", "19", "7", "082", "277", "1990", "55512"):
            test, doubtful = digits_start_a_word(digits)
            rows = session.execute(sa.select(Client.id, doubtful).where(test)).all()
            assert not any(flag for _id, flag in rows)  # demo data: ASCII around digits
            assert {client_id for client_id, _flag in rows} == _fts_ids(session, digits), digits
