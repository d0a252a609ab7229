"""The type-ahead's first window, however it is planned (walk, sort, rows by id, digits
tested row by row), is exactly the head of the full list: same clients, same order,
same row contents, over names that are hard to order or match (accents, companies and
trusts, archived clients, ties)."""

from __future__ import annotations

import datetime as dt

import pytest

from clientmanager.services import clients as client_service
from clientmanager.services.clients import (
    ListQuery,
    fetch_client_rows,
    first_client_window,
    list_client_ids,
    search_clients,
)
from clientmanager.store.models import Client, Policy

ARCHIVED = dt.datetime(2026, 1, 5, 9, 0)


def _tricky_clients() -> list[Client]:
    people = [
        # Ties: the same name three times, ordered by id.
        *(Client(first_names="Anna", surname="Müller", mobile=f"+2782555000{n}") for n in range(3)),
        Client(first_names="Anna", surname="Muller", email="anna.muller@mail.co.za"),
        Client(first_names="Zoë", surname="Mbatha-Ngcobo", id_number="8001015009087"),
        Client(first_names="Muzi", surname="van der Merwe", date_of_birth=dt.date(1980, 1, 1)),
        Client(first_names=None, surname="Mthembu", last_review_on=dt.date(2025, 3, 4)),
        Client(first_names="Élise", surname="de Villiers", home_phone="+27215550082"),
        Client(first_names="Mandla", surname="Ñandú", work_phone="0825550123"),
        Client(first_names="Anna", surname="Müller", archived_at=ARCHIVED),
        Client(first_names="Muller", surname="Archived", archived_at=ARCHIVED),
    ]
    entities = [
        Client(
            kind="company",
            entity_name="Müller Holdings (Pty) Ltd",
            registration_number="2008/082555/07",
        ),
        Client(kind="trust", entity_name="Muller Family Trust", first_names="Mo"),
        Client(kind="company", entity_name="muller lowercase cc", email="m@muller.co.za"),
        Client(kind="trust", entity_name="Archived Muller Trust", archived_at=ARCHIVED),
    ]
    return people + entities


TYPED = [
    "m", "M", "a", "é", "É", "z", "ñ",
    "mu", "mü", "mul", "müller", "muller anna", "anna m", "van", "van der", "de v",
    "mbatha", "ngcobo", "trust", "holdings", "pty", "elise", "zoe",
    "0", "08", "082", "0825", "082 555", "8001", "555", "2008", "mail.co", "anna.m", "@muller",
    "pol-7", "zzqx",
]  # fmt: skip


@pytest.fixture
def tricky(practice):
    with practice.session() as session:
        clients = _tricky_clients()
        session.add_all(clients)
        session.flush()
        session.add(
            Policy(
                client_id=clients[0].id,
                provider="Sanlam",
                product_type="life",
                policy_number="POL-7082",
            )
        )
    return practice


# The id-keyed indexes (0002, 0008) are read only while a client waits for a position in
# the list-order ones (0014); every plan over them must give the same rows.
_ID_KEYED = {"_reads_in_list_order": lambda session: False}
PLANS = {
    "in list order": {},
    "as estimated": {**_ID_KEYED},
    "always walk": {**_ID_KEYED, "_WALK_CLIENTS_PER_MATCH": 10**9},
    "never walk": {**_ID_KEYED, "_WALK_CLIENTS_PER_MATCH": 0},
    "sample of one": {**_ID_KEYED, "_MATCH_SAMPLE": 1},
    "digits row by row": {
        **_ID_KEYED,
        "DIGITS_ROW_TEST_UP_TO": 99,
        "_digits_budget": lambda *args: 10**9,
    },
}


@pytest.mark.parametrize("plan", list(PLANS))
def test_every_plan_gives_the_head_of_the_full_list(tricky, monkeypatch, plan):
    for name, value in PLANS[plan].items():
        monkeypatch.setattr(client_service, name, value)
    with tricky.session() as session:
        for text in TYPED:
            for descending in (False, True):
                query = ListQuery(text=text, descending=descending)
                everyone = list_client_ids(session, tricky.actor, query)
                for window in (1, 2, 5, 200):
                    first = first_client_window(session, tricky.actor, query, window=window)
                    assert first.ids == everyone[:window], (text, descending, window)
                    assert first.first_rows == fetch_client_rows(session, first.ids), text
                    assert first.complete == (len(everyone) <= window), (text, window)
            if not text.strip().isdigit():
                head = list_client_ids(session, tricky.actor, ListQuery(text=text))[:5]
                assert search_clients(session, text, limit=5) == fetch_client_rows(session, head)


def test_the_tricky_names_are_found_and_ordered(tricky):
    with tricky.session() as session:
        first = first_client_window(session, tricky.actor, ListQuery(text="mul"))
        names = [(row.surname, row.display_name) for row in first.first_rows]
        ids_of_ties = [row.id for row in first.first_rows if row.surname == "Müller"]
    # Diacritics are ignored in matching, not in ordering (by code point: "Muller"
    # before "Müller"); the archived Müller and both archived entities are not listed.
    assert names == [
        ("Muller", "Anna Muller"),
        ("Muller Family Trust", "Muller Family Trust"),
        ("Müller", "Anna Müller"),
        ("Müller", "Anna Müller"),
        ("Müller", "Anna Müller"),
        ("Müller Holdings (Pty) Ltd", "Müller Holdings (Pty) Ltd"),
        ("muller lowercase cc", "muller lowercase cc"),
    ]
    assert ids_of_ties == sorted(ids_of_ties)
