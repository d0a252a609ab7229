"""Type-ahead and opening a record, as the desktop does them, beside raw FTS5.

Every keystroke is one call in its own database session (``run_operation`` in the UI
opens one per call), through ``first_client_window``: what the list paints. Its baseline
is FTS5 itself on the same connection: the prefix MATCH for the same text, first window
of rowids, nothing joined or sorted: the MATCH the type-ahead itself reads its match set
with (the prefix index, and from three characters the substring index as well). Calls are ABBA-interleaved (baseline, ours, ours,
baseline for each keystroke), so a change in machine load hits both sides alike, and
CPU time is reported beside wall time because the machine is shared.

Input kinds: surnames, first names, SA ID digits from the start and from the middle,
phone digits as typed ("082 555 1234", keystroke by keystroke), e-mails and policy
numbers; every prefix of each, from one character.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from clientmanager.services import client_records as records
from clientmanager.services.clients import (
    _ROW_COLUMNS,
    LIST_WINDOW,
    ListQuery,
    _search_terms,
    _text_match,
    first_client_window,
    list_client_ids,
)
from clientmanager.store.models import Client, Policy

KINDS = (
    "surname",
    "first name",
    "ID digits",
    "ID middle digits",
    "phone digits",
    "e-mail",
    "policy number",
)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


@dataclass
class Figures:
    wall_ms: list[float]
    cpu_ms: list[float]

    @property
    def p50(self) -> float:
        return statistics.median(self.wall_ms)

    @property
    def p95(self) -> float:
        return p95(self.wall_ms)

    @property
    def cpu_p95(self) -> float:
        return p95(self.cpu_ms)


def _clock(operation: Callable[[], object], into: Figures) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    operation()
    into.cpu_ms.append((time.process_time() - cpu) * 1000)
    into.wall_ms.append((time.perf_counter() - wall) * 1000)


def _prefixes(text: str, longest: int) -> list[str]:
    return [text[:length] for length in range(1, min(len(text), longest) + 1)]


def _local(mobile: str) -> str:
    """+27821234567 as a planner types it: 082 123 4567."""
    digits = "0" + mobile[3:] if mobile.startswith("+27") else mobile.lstrip("+")
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}".strip()


def keystrokes(session, rng: random.Random, words: int = 12) -> dict[str, list[str]]:  # noqa: ANN001
    """Per input kind, what is in the search box after each keystroke."""
    # Chosen by the seeded ``rng``, not SQLite's random(): the same practice gives the same
    # keystrokes in every run, so a figure moves only when the code does.
    people_ids = list(
        session.scalars(
            sa.select(Client.id)
            .where(Client.surname.is_not(None), Client.archived_at.is_(None))
            .order_by(Client.id)
        )
    )
    chosen = rng.sample(people_ids, min(words * 8, len(people_ids)))
    by_id = {
        row[0]: row[1:]
        for row in session.execute(
            sa.select(
                Client.id,
                Client.surname,
                Client.first_names,
                Client.id_number,
                Client.mobile,
                Client.email,
            ).where(Client.id.in_(chosen))
        )
    }
    people = [by_id[client_id] for client_id in chosen]
    policy_ids = list(session.scalars(sa.select(Policy.id).order_by(Policy.id)))
    chosen_policies = rng.sample(policy_ids, min(words, len(policy_ids)))
    numbers = dict(
        session.execute(
            sa.select(Policy.id, Policy.policy_number).where(Policy.id.in_(chosen_policies))
        ).all()
    )
    policies = [numbers[policy_id] for policy_id in chosen_policies]

    def pick(values: list[str]) -> list[str]:
        values = [value for value in values if value]
        return rng.sample(values, min(words, len(values)))

    typed: dict[str, list[str]] = {kind: [] for kind in KINDS}
    for surname in pick([row[0] for row in people]):
        typed["surname"] += _prefixes(surname, 7)
    for first in pick([(row[1] or "").split(" ")[0] for row in people]):
        typed["first name"] += _prefixes(first, 7)
    for number in pick([row[2] for row in people]):
        typed["ID digits"] += _prefixes(number, 13)
        typed["ID middle digits"] += [number[4:end] for end in range(7, 13)]
    for mobile in pick([row[3] for row in people]):
        typed["phone digits"] += _prefixes(_local(mobile), 12)
    for email in pick([row[4] for row in people]):
        typed["e-mail"] += _prefixes(email, 12)
    for number in pick(policies):
        typed["policy number"] += _prefixes(number, 12)
    return typed


def raw_fts(session, text: str) -> list[int]:  # noqa: ANN001
    """FTS5 alone: the first window of rowids of the MATCH statement the type-ahead reads
    its match set with, on the same connection, nothing joined, tested or sorted."""
    match = _text_match(text)
    if match is None:
        return []
    if match.letter is not None:
        # One letter reads no FTS5 index (the names starting with it come from the name
        # indexes); the prefix MATCH for it stands in.
        sql, params = _PREFIX, {"query": f'"{match.letter}"*'}
    else:
        sql, params = match.sql, dict(match.params)
    first = sa.text(f"SELECT rowid FROM ({sql}) LIMIT :window")  # noqa: S608
    return list(session.scalars(first, {**params, "window": LIST_WINDOW + 1}))


_PREFIX = "SELECT rowid FROM client_search WHERE client_search MATCH :query"


def old_first_window(session, text: str) -> list[int]:  # noqa: ANN001
    """The first window as it was computed before issue 17: every prefix match joined to
    clients and sorted by name, then the first window taken (no substring matches)."""
    terms = _search_terms(text)
    if not terms:
        return []
    query = " AND ".join(f'"{term}"*' for term in terms)
    matches = (
        sa.text("SELECT rowid FROM client_search WHERE client_search MATCH :query")
        .bindparams(query=query)
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
        .limit(LIST_WINDOW + 1)
    )
    return [values[0] for values in session.execute(statement)]


def measure_typeahead(practice, typed: dict[str, list[str]], *, with_old: bool = False):  # noqa: ANN001, ANN201
    """Per kind: (ours, raw FTS5[, the old join-and-sort]), interleaved A B C C B A, one
    session per call."""
    actor = practice.actor

    def old(text: str) -> Callable[[], object]:
        def run() -> object:
            with practice.session() as session:
                return old_first_window(session, text)

        return run

    def ours(text: str) -> Callable[[], object]:
        def run() -> object:
            with practice.session() as session:
                return first_client_window(session, actor, ListQuery(text=text))

        return run

    def raw(text: str) -> Callable[[], object]:
        def run() -> object:
            with practice.session() as session:
                return raw_fts(session, text)

        return run

    # Warm the page cache once, as after the first minutes of use.
    for texts in typed.values():
        for text in texts:
            ours(text)()
    figures = {}
    for kind, texts in typed.items():
        mine, base, before = Figures([], []), Figures([], []), Figures([], [])
        for text in texts:
            _clock(raw(text), base)
            _clock(ours(text), mine)
            if with_old:
                _clock(old(text), before)
                _clock(old(text), before)
            _clock(ours(text), mine)
            _clock(raw(text), base)
        figures[kind] = (mine, base, before) if with_old else (mine, base)
    return figures


def measure_follow_up(practice, texts: list[str]) -> Figures:  # noqa: ANN001
    """First window, then every matching id (what the count and scrollbar wait for)."""
    actor = practice.actor
    both = Figures([], [])

    def run(text: str) -> Callable[[], object]:
        def work() -> object:
            with practice.session() as session:
                first = first_client_window(session, actor, ListQuery(text=text))
                if not first.complete:
                    list_client_ids(session, actor, ListQuery(text=text))
                return first

        return work

    for text in texts:
        _clock(run(text), both)
    return both


def measure_open(practice, client_ids: list[int]) -> tuple[Figures, Figures, Figures]:  # noqa: ANN001
    """Opening a record as the desktop should: the card delivered (timed), then its audit
    entry in its own transaction (timed apart); ABBA-interleaved with the same card
    reloaded (not audited) as the baseline. Returns (card, audit entry, reload)."""
    actor = practice.actor
    audit_times = Figures([], [])

    def opened(client_id: int) -> Callable[[], object]:
        def run() -> object:
            with practice.session() as session:
                return records.load_opened_client(session, actor, client_id)

        return run

    def audited(client_id: int) -> Callable[[], object]:
        def run() -> object:
            with practice.session() as session:
                records.record_opening(session, actor, client_id)

        return run

    def reloaded(client_id: int) -> Callable[[], object]:
        def run() -> object:
            with practice.session() as session:
                return records.reload_client(session, actor, client_id)

        return run

    for client_id in client_ids[:10]:
        opened(client_id)()
    mine, base = Figures([], []), Figures([], [])
    for client_id in client_ids:
        _clock(reloaded(client_id), base)
        _clock(opened(client_id), mine)
        _clock(audited(client_id), audit_times)
        _clock(opened(client_id), mine)
        _clock(audited(client_id), audit_times)
        _clock(reloaded(client_id), base)
    return mine, audit_times, base
