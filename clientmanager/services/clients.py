"""Finding clients and loading what a planner sees about one.

Search is built for type-ahead over a large practice: FTS5 prefix matches over name, SA
ID, phones, email and policy numbers, trigram matches anywhere in the numbers and the
e-mail (never ``LIKE '%..%'`` scans), returning light rows rather than ORM objects, with
the first window found without sorting every match (see "search" below). A client card
is one statement of indexed lookups (see "the client card" below).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.orm import Session, aliased, make_transient_to_detached

from clientmanager.errors import NotFound
from clientmanager.store.expressions import json_rows, json_rows_value, month_day, not_by_index
from clientmanager.store.fieldcrypt import SealedText
from clientmanager.store.models import (
    Address,
    Asset,
    CashFlow,
    Client,
    ClientRelationship,
    Consent,
    Document,
    Goal,
    Household,
    Liability,
    Note,
    Policy,
    RiskProfile,
    Task,
    User,
)

DEFAULT_SEARCH_LIMIT = 50
RECENT_NOTES_ON_CARD = 50


@dataclass(frozen=True)
class ClientRow:
    """One line of a client list: enough to recognise the person, nothing more."""

    id: int
    display_name: str
    surname: str
    id_number: str | None
    mobile: str | None
    email: str | None
    date_of_birth: dt.date | None
    last_review_on: dt.date | None
    household_id: int | None
    # client, prospect or related; and main, spouse, dependant... in the household: the
    # list shows no review date for a dependant, whom reviews do not concern.
    category: str = "client"
    household_role: str | None = None

    @property
    def is_dependant(self) -> bool:
        return self.category in ("related", "dependant") or self.household_role in (
            "dependant",
            "child",
        )


_ROW_COLUMNS = (
    Client.id,
    Client.kind,
    Client.first_names,
    Client.preferred_name,
    Client.surname,
    Client.entity_name,
    Client.id_number,
    Client.mobile,
    Client.email,
    Client.date_of_birth,
    Client.last_review_on,
    Client.household_id,
    Client.category,
    Client.household_role,
)


_ROW_FIELDS = tuple(field.name for field in dataclasses.fields(ClientRow))
_new_object = object.__new__


def _row(values: sa.Row) -> ClientRow:
    (
        client_id,
        kind,
        first_names,
        preferred,
        surname,
        entity,
        id_number,
        mobile,
        email,
        date_of_birth,
        last_review_on,
        household_id,
        category,
        household_role,
    ) = values
    if kind == "person":
        display = f"{preferred or first_names or ''} {surname or ''}".strip()
        sort_name = surname or ""
    else:
        display = entity or ""
        sort_name = entity or ""
    # Filled in directly: a frozen dataclass's __init__ sets each field through
    # object.__setattr__, which made building a window's 200 rows cost 0.4 ms a keystroke.
    row = _new_object(ClientRow)
    row.__dict__.update(
        zip(
            _ROW_FIELDS,
            (
                client_id,
                display,
                sort_name,
                id_number,
                mobile,
                email,
                date_of_birth,
                last_review_on,
                household_id,
                category or "client",
                household_role,
            ),
            strict=True,
        )
    )
    return row


# --- search ---------------------------------------------------------------------------------
#
# What matches: every word typed must be the start of a word of any searchable field (the
# FTS5 prefix index of migration 0002), or, from three characters on, appear anywhere in
# an ID, passport or registration number, a phone number, the e-mail address or a policy
# number (the trigram index of migration 0008). A single letter lists the clients whose
# surname, first name or company name starts with it (any word of any field would be a
# third of the practice).
#
# In what order: by name, as the list shows it, which is the order of the index of
# migration 0010. The first window is found without sorting every match where that pays:
# matches spread through the list (a first name, an e-mail domain) are found by walking
# that index and testing each client against the match set, which stops after the first
# window; a few matches, or matches that sit together in name order (a surname), are
# fetched and sorted. Digits ("0", "08", "082": the start of nearly
# every phone number) can match so much of the practice that even reading the match set
# costs too much: where they are common, the walk tests each client's own fields instead
# (store/search_index.py), within a bounded number of steps, and falls back to the match
# set where that is not enough.

_TOKEN = re.compile(r"[^\s]+")
_PHONE_LIKE = re.compile(r"^\+?[\d\s()-]{3,}$")
# Sorting and walking both read the whole match set (about 0.5 microseconds a match);
# sorting then reads each match's row and sorts it (about 1 more, more in a practice
# too big for the page cache), a walk tests each client it passes along the name index
# against the set (0.06, from the index alone). Measured, a walk pays while it passes
# fewer than about 10 clients a match at 100k, 19 at 300k. How far it goes depends on where
# the matches sit in name order: a first name, an e-mail domain or digits are spread
# through the list, and the window fills after about window * clients / matches
# clients; a surname sits together (all the Nkosis), after everyone before it. Both are
# estimated from samples (see _walk_pays); the rows are the same either way.
_WALK_CLIENTS_PER_MATCH = 10  # at 100k; times (clients / 100k) ** 0.6 beyond
_MATCH_SAMPLE = 32  # the first matches by id: ids do not follow names
_NAME_SAMPLE = 128  # clients spread over the ids: how far into the list a name is
_SUBSTRING_FROM = 3  # the trigram index cannot match fewer characters


def _search_terms(text: str) -> list[str]:
    """The words of what a planner typed, cleaned for FTS5.

    Phone numbers are typed with spaces ("082 555"), so a query that looks like a phone
    number is joined into one term; a leading +27 is indexed without the plus.
    """
    text = text.strip()
    if not text:
        return []
    if _PHONE_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 3:
        return ["".join(ch for ch in text if ch.isdigit())]
    terms = []
    for token in _TOKEN.findall(text):
        cleaned = token.replace('"', "").strip("-+()")
        if cleaned:
            terms.append(cleaned)
    return terms


def _fts_terms(text: str) -> list[str]:
    """FTS5 prefix terms for what was typed (kept for callers of the 0002 index)."""
    return [f'"{term}"*' for term in _search_terms(text)]


@dataclass(frozen=True)
class _TextMatch:
    """The match set of typed text: an SQL query of client ids, and its parameters."""

    sql: str = ""
    params: tuple[tuple[str, str], ...] = ()
    letter: str | None = None  # one letter typed: names starting with it instead
    on_server: bool = False  # the office server's trigram indexes (store/postgres.py)
    row_test: str = ""  # on the server: the same match as a condition on a client row
    digits: str | None = None  # digits typed ("0", "082"): may be tested row by row
    parts: tuple[str, ...] = ()  # a match set that is the UNION of these

    def statement(self) -> sa.TextClause:
        return sa.text(self.sql).bindparams(**dict(self.params))


def _server_store(session: Session | None):  # noqa: ANN202
    """The store's server search (store/postgres.py) for a server practice, else None."""
    if session is None:
        return None
    from clientmanager.store import postgres

    return postgres if postgres.is_server_session(session) else None


def _prefix_sql(server, name: str, words: list[str], params: dict[str, str]) -> str:  # noqa: ANN001
    """Client ids (as ``rowid``) where every word starts a word of the searchable fields."""
    if server is not None:
        return server.search_ids_sql(server.search_prefix_test(name, words, params))
    params[name] = " AND ".join(f'"{word}"*' for word in words)
    # Only fixed fragments and parameter names go into the SQL; typed text is bound.
    return f"SELECT rowid FROM client_search WHERE client_search MATCH :{name}"  # noqa: S608


def _server_text_match(server, terms: list[str]) -> _TextMatch:  # noqa: ANN001
    """The same match on the office server: one condition on a client row (the store's,
    store/postgres.py), read from its indexes or tested row by row."""
    params: dict[str, str] = {}
    tests = []
    for index, term in enumerate(terms):
        if len(term) < _SUBSTRING_FROM:
            tests.append(server.search_prefix_test(f"prefix_{index}", [term], params))
        else:
            either = (
                server.search_prefix_test(f"prefix_{index}", [term], params),
                server.search_substring_test(f"substring_{index}", term, params),
            )
            tests.append("(" + " OR ".join(either) + ")")
    test = " AND ".join(tests)
    return _TextMatch(
        sql=server.search_ids_sql(test), params=tuple(params.items()), on_server=True, row_test=test
    )


def word_start_matches(session: Session, text: str) -> sa.TextClause | None:
    """Client ids (column ``rowid``) where every word typed starts a word of the name, ID,
    phones, e-mail or policy numbers (no substrings): what a saved search's text finds,
    on either store. None when nothing searchable was typed."""
    terms = _search_terms(text)
    if not terms:
        return None
    params: dict[str, str] = {}
    sql = _prefix_sql(_server_store(session), "words", terms, params)
    return sa.text(sql).bindparams(**params).columns(sa.column("rowid", sa.Integer))


def _text_match(text: str, session: Session | None = None) -> _TextMatch | None:
    """None when nothing searchable was typed (so nothing matches). ``session``: on the
    office server the match set comes from the store's server search instead of FTS5."""
    stripped = text.strip()
    if len(stripped) == 1 and stripped.isalpha():
        return _TextMatch(letter=stripped)
    terms = _search_terms(text)
    if not terms:
        return None
    server = _server_store(session)
    if server is not None:
        return _server_text_match(server, terms)
    params: dict[str, str] = {}

    def prefix(index: int, words: list[str]) -> str:
        return _prefix_sql(None, f"prefix_{index}", words, params)

    def substring(index: int, word: str) -> str:
        params[f"substring_{index}"] = f'"{word}"'
        return (
            "SELECT rowid FROM client_search_substring "  # noqa: S608
            f"WHERE client_search_substring MATCH :substring_{index}"
        )

    parts: tuple[str, ...] = ()
    if all(len(term) < _SUBSTRING_FROM for term in terms):
        sql = prefix(0, terms)
    elif len(terms) == 1:
        parts = (prefix(0, terms), substring(0, terms[0]))
        sql = " UNION ".join(parts)
    else:
        parts = []
        for index, term in enumerate(terms):
            if len(term) < _SUBSTRING_FROM:
                parts.append(prefix(index, [term]))
            else:
                either = f"{prefix(index, [term])} UNION {substring(index, term)}"
                parts.append(f"SELECT rowid FROM ({either})")  # noqa: S608
        sql = " INTERSECT ".join(parts)
    digits = None
    if len(terms) == 1 and terms[0].isascii() and terms[0].isdigit():
        digits = terms[0]
    return _TextMatch(sql=sql, params=tuple(params.items()), digits=digits, parts=tuple(parts))


def _cases(letter: str) -> list[str]:
    return sorted({letter.upper(), letter.lower()})


def _starts_with(column: sa.ColumnElement, case: str) -> sa.ColumnElement[bool]:
    # A range, so an index in name order answers it in that order.
    return sa.and_(column >= case, column < chr(ord(case) + 1))


def _first_initial_is(case: str) -> sa.ColumnElement[bool]:
    # Written exactly as ix_clients_first_initial (migration 0008), so SQLite uses it; a
    # unique parameter, as one statement tests both cases of the letter.
    return sa.text("substr(clients.first_names, 1, 1) = :initial").bindparams(
        sa.bindparam("initial", case, unique=True)
    )


def _letter_condition(letter: str) -> sa.ColumnElement[bool]:
    return sa.or_(
        *(_starts_with(_sort_name(), case) for case in _cases(letter)),
        sa.func.substr(Client.first_names, 1, 1).in_(_cases(letter)),
    )


def _sort_name() -> sa.ColumnElement:
    # Written exactly as ix_clients_sort_name (migration 0010), so SQLite uses it.
    return sa.func.coalesce(Client.surname, Client.entity_name)


def _name_order(*, descending: bool) -> list[sa.ColumnElement]:
    keys = [_sort_name(), Client.first_names, Client.id]
    return [key.desc() for key in keys] if descending else keys


def _execute(session: Session, statement: sa.Executable) -> list[sa.Row]:
    """Rows of plain columns, through the Core: the ORM's result machinery costs more per
    row than these indexed reads do. Pending ORM changes are flushed first, as the ORM's
    own execute would."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return list(session.connection().execute(statement))


# A keystroke's own SQLite work is a few milliseconds; building its statements as
# SQLAlchemy expressions, compiling and caching them, and reading rows through the Core's
# result machinery cost as much again (measured at 100k: about 4 ms of Python a keystroke
# against 2-5 ms in SQLite). So on SQLite the type-ahead's statements are written as SQL,
# the same SQL those expressions compiled to (so the same plans), and run through
# ``exec_driver_sql``, which keeps the engine's events and error handling. The office
# server keeps its expressions (store/postgres.py plans them).
_ROW_SQL = ", ".join(f"clients.{column.key}" for column in _ROW_COLUMNS)
_SORT_NAME_SQL = "coalesce(clients.surname, clients.entity_name)"
_NAME_ORDER_SQL = {
    descending: ", ".join(
        f"{key} DESC" if descending else key
        for key in (_SORT_NAME_SQL, "clients.first_names", "clients.id")
    )
    for descending in (False, True)
}
_DATE_COLUMNS = (9, 10)  # date_of_birth, last_review_on
assert all(isinstance(_ROW_COLUMNS[index].type, sa.Date) for index in _DATE_COLUMNS)
_NAMED_PARAMETERS = sqlite_dialect.dialect(paramstyle="named")


@dataclass(frozen=True)
class _Where:
    """WHERE terms as SQL with named parameters, for :func:`_sql_rows`."""

    sql: str
    params: dict

    @classmethod
    def of(cls, conditions: list | _Where) -> _Where:
        if isinstance(conditions, _Where):
            return conditions
        if not conditions:
            return cls("1", {})
        compiled = sa.and_(*conditions).compile(dialect=_NAMED_PARAMETERS)
        return cls(compiled.string or "1", dict(compiled.params))


def _sql_rows(session: Session, sql: str, params: dict) -> list[tuple]:
    """Rows of a plain SQL statement on SQLite (pending ORM changes flushed first)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    return session.connection().exec_driver_sql(sql, params).fetchall()


def _client_rows(session: Session, rows: list[tuple]) -> list[tuple]:
    """Rows of ``_ROW_SQL`` read by :func:`_sql_rows`, with dates as the ORM reads them."""
    dialect = session.connection().dialect
    birth, review = (
        _ROW_COLUMNS[index].type._cached_result_processor(dialect, None) for index in _DATE_COLUMNS
    )
    if birth is None or review is None:
        return rows
    return [(*values[:9], birth(values[9]), review(values[10]), *values[11:]) for values in rows]


def _last_client_id(session: Session) -> int:
    return _sql_rows(session, "SELECT max(id) FROM clients", {})[0][0] or 0


def _first_by_letter(
    session: Session, conditions: list, letter: str, count: int, *, descending: bool
) -> list[sa.Row]:
    """The first ``count`` clients whose surname, first name or company name starts with
    ``letter``: each way of matching is a short read of an index in name order, merged by
    SQLite (UNION: a client found two ways is listed once)."""
    if _server_store(session) is None:
        return _first_by_letter_sql(session, _Where.of(conditions), letter, count, descending)
    arms = []
    for case in _cases(letter):
        arms += [
            sa.select(*_ROW_COLUMNS, _sort_name().label("sort_name")).where(
                *conditions, _starts_with(_sort_name(), case)
            ),
            # People by first name, from ix_clients_first_initial (in surname order) ...
            sa.select(*_ROW_COLUMNS, Client.surname.label("sort_name")).where(
                *conditions, Client.surname.is_not(None), _first_initial_is(case)
            ),
            # ... and the few companies and trusts with a first name recorded.
            sa.select(*_ROW_COLUMNS, Client.entity_name.label("sort_name")).where(
                *conditions, Client.surname.is_(None), _first_initial_is(case)
            ),
        ]
    order = [sa.literal_column(name) for name in ("sort_name", "first_names", "id")]
    statement = (
        sa.union(*arms)
        .order_by(*((key.desc() for key in order) if descending else order))
        .limit(count)
    )
    return [values[: len(_ROW_COLUMNS)] for values in _execute(session, statement)]


def _first_by_letter_sql(
    session: Session, where: _Where, letter: str, count: int, descending: bool
) -> list[tuple]:
    """:func:`_first_by_letter`'s union on SQLite, as the SQL it compiles to."""
    arms, params = [], dict(where.params)
    for number, case in enumerate(_cases(letter)):
        params[f"case_{number}"] = case
        params[f"after_case_{number}"] = chr(ord(case) + 1)
        arms += [
            f"SELECT {_ROW_SQL}, {_SORT_NAME_SQL} AS sort_name FROM clients "  # noqa: S608
            f"WHERE {where.sql} AND {_SORT_NAME_SQL} >= :case_{number} "
            f"AND {_SORT_NAME_SQL} < :after_case_{number}",
            f"SELECT {_ROW_SQL}, clients.surname AS sort_name FROM clients "  # noqa: S608
            f"WHERE {where.sql} AND clients.surname IS NOT NULL "
            f"AND substr(clients.first_names, 1, 1) = :case_{number}",
            f"SELECT {_ROW_SQL}, clients.entity_name AS sort_name FROM clients "  # noqa: S608
            f"WHERE {where.sql} AND clients.surname IS NULL "
            f"AND substr(clients.first_names, 1, 1) = :case_{number}",
        ]
    keys = ("sort_name", "first_names", "id")
    order = ", ".join(f"{key} DESC" if descending else key for key in keys)
    params["window_count"] = count
    sql = f"{' UNION '.join(arms)} ORDER BY {order} LIMIT :window_count"
    return _client_rows(
        session, [values[: len(_ROW_COLUMNS)] for values in _sql_rows(session, sql, params)]
    )


def _text_conditions(match: _TextMatch, *, walking: bool = False) -> list:
    """WHERE terms for a text match, on the name sort column. ``walking``: the match set is
    tested per row (written ``+id`` so SQLite walks the name index instead of driving the
    query from the match set and sorting)."""
    if match.letter is not None:
        return [_letter_condition(match.letter)]
    subquery = match.statement().columns(sa.column("rowid", sa.Integer))
    if match.row_test:
        # The server plans a plain condition on the row from its statistics.
        return [sa.text(match.row_test).bindparams(**dict(match.params))]
    if walking:
        return [sa.text(f"+clients.id IN ({match.sql})").bindparams(**dict(match.params))]
    return [Client.id.in_(sa.select(subquery.subquery().c.rowid))]


def _walk_by_name(
    session: Session, conditions: list, count: int, *, descending: bool = False
) -> list[sa.Row]:
    """The first ``count`` rows in name order, read along ix_clients_sort_name (0010)."""
    statement = (
        sa.select(*_ROW_COLUMNS)
        .where(*conditions)
        .order_by(*_name_order(descending=descending))
        .limit(count)
    )
    return _execute(session, statement)


# Testing one client's fields costs about as much as reading 27 entries of a match set
# (measured: 4.5 and 0.17 microseconds). Walking ``count / density`` clients beats reading
# ``density * clients`` entries once the density passes sqrt(27 * count / clients): 73%
# of a 10k practice, 23% of 100k, 13% of 300k for a window of 200.
_ROW_TEST_COST = 27
# About 300 steps of SQLite's virtual machine test one client: the walk is stopped after
# twice the clients the density should need, whatever the data.
_STEPS_PER_ROW_TESTED = 300
_DENSITY_SAMPLE = 1_000  # the newest clients' ids, where the density is estimated


DIGITS_ROW_TEST_UP_TO = 2


def _digits_budget(session: Session, match: _TextMatch, count: int) -> int | None:
    """Steps the walk may take, or None when the digits match too few clients for a walk
    to pay (estimated from the prefix index over the newest ids; the result is exact
    either way, only its cost depends on this)."""
    last_id = _last_client_id(session)
    sample = min(last_id, _DENSITY_SAMPLE)
    if sample == 0:
        return None
    counts = " + ".join(
        f"(SELECT count(*) FROM ({sql} AND rowid > :density_after))"  # noqa: S608
        for sql in (match.parts or (match.sql,))
    )
    found = _sql_rows(
        session, f"SELECT {counts}", {**dict(match.params), "density_after": last_id - sample}
    )[0][0]
    least = (_ROW_TEST_COST * count / last_id) ** 0.5
    if found < least * sample:
        return None
    return int(2 * count / least) * _STEPS_PER_ROW_TESTED


def _walk_testing_digits(
    session: Session,
    conditions: list | _Where,
    match: _TextMatch,
    count: int,
    *,
    descending: bool,
) -> list[sa.Row] | None:
    """The first ``count`` clients in name order with a word starting with the digits
    typed, each client's fields tested as the walk reaches it; None when the digits are
    not common enough, or the walk was not done within its budget or met a doubtful row
    (then the caller reads the match set)."""
    from clientmanager.store.search_index import QueryInterrupted, digits_test_sql, within_steps

    assert match.digits is not None
    budget = _digits_budget(session, match, count)
    if budget is None:
        return None
    where = _Where.of(conditions)
    test, doubtful, params = digits_test_sql(match.digits)
    sql = (
        f"SELECT {_ROW_SQL}, {doubtful} FROM clients WHERE {where.sql} AND {test} "  # noqa: S608
        f"ORDER BY {_NAME_ORDER_SQL[descending]} LIMIT :window_count"
    )
    try:
        with within_steps(session.connection(), budget):
            rows = _sql_rows(session, sql, {**where.params, **params, "window_count": count})
    except QueryInterrupted:
        return None
    if any(values[-1] for values in rows):
        return None
    return _client_rows(session, [values[:-1] for values in rows])


# On the office server: where the planner expects many matches (a digit or two, a common
# first name or e-mail domain), the first window is looked for along the name index,
# testing each client's stored documents (migration 0011), for at most this many clients;
# otherwise, or when that walk did not fill the window, every match is read from the
# trigram indexes and sorted. A walk reads a heap page per client (measured: 2,000 cost
# about as much as sorting 20,000 matches), and matches can sit together in name order,
# where a walk passes everyone before them: PostgreSQL's own plan assumes they are spread
# evenly and walks there, so the choice is made here from its estimate.
_SERVER_WALK_CLIENTS = 2_000


def _first_matches_on_server(
    session: Session,
    conditions: list,
    match: _TextMatch,
    count: int,
    *,
    descending: bool,
) -> list[sa.Row]:
    from clientmanager.store.postgres import share_of_clients

    test = sa.text(match.row_test).bindparams(**dict(match.params))
    share = share_of_clients(session.connection(), match.row_test, dict(match.params))
    if share * _SERVER_WALK_CLIENTS >= count:
        rows = _walk_on_server(session, conditions, test, count, descending=descending)
        if rows is not None:
            return rows
    keys = [not_by_index(_sort_name()), Client.first_names, Client.id]
    statement = (
        sa.select(*_ROW_COLUMNS)
        .where(*conditions, test)
        .order_by(*((key.desc() for key in keys) if descending else keys))
        .limit(count)
    )
    return _execute(session, statement)


def _walk_on_server(
    session: Session, conditions: list, test: sa.TextClause, count: int, *, descending: bool
) -> list[sa.Row] | None:
    walked = (
        sa.select(
            *_ROW_COLUMNS, _sort_name().label("sort_name"), sa.case((test, 1), else_=0).label("hit")
        )
        .where(*conditions)
        .order_by(*_name_order(descending=descending))
        .limit(_SERVER_WALK_CLIENTS)
        .subquery()
    )
    keys = [walked.c.sort_name, walked.c.first_names, walked.c.id]
    statement = (
        sa.select(*(walked.c[column.key] for column in _ROW_COLUMNS))
        .where(walked.c.hit == 1)
        .order_by(*((key.desc() for key in keys) if descending else keys))
        .limit(count)
    )
    rows = _execute(session, statement)
    return rows if len(rows) >= count else None


def _first_matches_by_name(
    session: Session,
    conditions: list,
    match: _TextMatch,
    count: int,
    *,
    descending: bool = False,
) -> list[sa.Row]:
    """The first ``count`` matching rows in name order (see the comment above)."""
    if match.letter is not None:
        return _first_by_letter(session, conditions, match.letter, count, descending=descending)
    if match.on_server:
        return _first_matches_on_server(session, conditions, match, count, descending=descending)
    where = _Where.of(conditions)
    if _reads_in_list_order(session):
        return _first_matches_in_list_order(session, where, match, count, descending=descending)
    # The row test pays only for one or two digits: from three, the prefix index's match
    # set is small enough that walking the names against it is cheaper (at 300k, "060"
    # 35 ms by the row test against 15 ms; "0" 8.8 ms against 36).
    if match.digits is not None and len(match.digits) <= DIGITS_ROW_TEST_UP_TO:
        rows = _walk_testing_digits(session, where, match, count, descending=descending)
        if rows is not None:
            return rows
    sample = _match_sample(session, match)
    _last_id, sampled = sample
    if len(sampled) < _MATCH_SAMPLE:
        # The sample holds every match: their rows are read by id, without matching the
        # text a second time (from three characters, a union with the substring index).
        if not sampled:
            return []
        ids = ", ".join(str(int(rowid)) for rowid, _key in sampled)
        test = f"clients.id IN ({ids})"
    # The match set as _text_conditions writes it, walking or not.
    elif _walk_pays(session, match, count, descending=descending, sample=sample):
        test = f"+clients.id IN ({match.sql})"
    else:
        test = f"clients.id IN (SELECT anon_1.rowid FROM ({match.sql}) AS anon_1)"  # noqa: S608
    sql = (
        f"SELECT {_ROW_SQL} FROM clients WHERE {where.sql} AND {test} "  # noqa: S608
        f"ORDER BY {_NAME_ORDER_SQL[descending]} LIMIT :window_count"
    )
    params = {**where.params, **dict(match.params), "window_count": count}
    return _client_rows(session, _sql_rows(session, sql, params))


# The search indexes in list order (migration 0014): the same words as the id-keyed ones,
# with rowids that grow with the list's name order, so FTS5 returns the matches in that
# order and the first window is the first matches read, whatever the match set's size.
_IN_LIST_ORDER = {
    "client_search_substring": "client_search_ordered_substring",
    "client_search": "client_search_ordered",
}
_IN_LIST_ORDER_PATTERN = re.compile(r"\b(client_search_substring|client_search)\b")


def _reads_in_list_order(session: Session) -> bool:
    """Whether this practice has the list-order indexes and every client is in them (a
    client waiting for a position, store/search_index.py, sends the search the old way)."""
    from clientmanager.store.search_index import has_list_order, list_order_pending

    connection = session.connection()
    known = _HAS_LIST_ORDER.get(session.get_bind())
    if known is None:
        known = has_list_order(connection)
        _HAS_LIST_ORDER[session.get_bind()] = known
    return known and not list_order_pending(connection)


_HAS_LIST_ORDER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _first_matches_in_list_order(
    session: Session, where: _Where, match: _TextMatch, count: int, *, descending: bool
) -> list[tuple]:
    """The first ``count`` matching rows, read from the list-order indexes: the match set's
    statement on those tables (a union or intersection of them is merged by SQLite in
    rowid order), each match's client looked up and tested, stopping after ``count``."""
    ordered = _IN_LIST_ORDER_PATTERN.sub(lambda found: _IN_LIST_ORDER[found.group(1)], match.sql)
    direction = " DESC" if descending else ""
    sql = (
        f"SELECT {_ROW_SQL} FROM ({ordered} ORDER BY 1{direction}) AS in_order "  # noqa: S608
        "JOIN client_list_positions AS list_position ON list_position.position = in_order.rowid "
        "JOIN clients ON clients.id = list_position.client_id "
        f"WHERE {where.sql} ORDER BY in_order.rowid{direction} LIMIT :window_count"
    )
    params = {**where.params, **dict(match.params), "window_count": count}
    return _client_rows(session, _sql_rows(session, sql, params))


def _match_sample(session: Session, match: _TextMatch) -> tuple[int, list[tuple[int, str | None]]]:
    """The last client id, and the first ``_MATCH_SAMPLE`` matches by id with their sort
    names (no matches: no rows, and 0 for the id, which is then not needed)."""
    rows = _sql_rows(
        session,
        "SELECT (SELECT max(id) FROM clients), m.rowid, coalesce(c.surname, c.entity_name) "  # noqa: S608
        f"FROM (SELECT rowid FROM ({match.sql}) ORDER BY rowid LIMIT :walk_sample) AS m "
        "JOIN clients c ON c.id = m.rowid",
        {**dict(match.params), "walk_sample": _MATCH_SAMPLE},
    )
    return ((rows[0][0] or 0) if rows else 0), [(rowid, key) for _last, rowid, key in rows]


# The sort names of clients spread over the ids, per engine, for the last id they were
# read at: they place a match in the list for an estimate, and a rename or two between
# new clients moves that estimate by a client in a hundred at most, never the rows.
_SPREAD_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _spread_names(session: Session, last_id: int) -> list[str]:
    """Sorted sort names of the clients every ``last_id / _NAME_SAMPLE`` ids."""
    engine = session.get_bind()
    known = _SPREAD_NAMES.get(engine)
    if known is not None and known[0] == last_id:
        return known[1]
    step = max(1, last_id // _NAME_SAMPLE)
    rows = _sql_rows(
        session,
        "WITH RECURSIVE spread(id) AS (SELECT :name_step UNION ALL "
        "SELECT id + :name_step FROM spread WHERE id + :name_step <= :last_id) "
        "SELECT coalesce(surname, entity_name) FROM clients "
        "WHERE id IN (SELECT id FROM spread)",
        {"name_step": step, "last_id": last_id},
    )
    names = sorted(key or "" for (key,) in rows)
    _SPREAD_NAMES[engine] = (last_id, names)
    return names


def _walk_pays(
    session: Session,
    match: _TextMatch,
    count: int,
    *,
    descending: bool,
    sample: tuple[int, list[tuple[int, str | None]]] | None = None,
) -> bool:
    """Whether walking the name index finds the first ``count`` matches sooner than
    sorting them all (see the comment above ``_WALK_CLIENTS_PER_MATCH``).

    The first matches by id give the number of matches (their density among the ids)
    and the names they sit at; names of clients spread over the ids say how many clients
    come before those in the list. Estimates only: they choose the plan, not the rows.
    """
    last_id, sampled = sample or _match_sample(session, match)
    if not sampled or last_id == 0:
        return False
    if len(sampled) < _MATCH_SAMPLE:
        matches = len(sampled)
    else:
        matches = _MATCH_SAMPLE * last_id / max(rowid for rowid, _key in sampled)
    per_match = _WALK_CLIENTS_PER_MATCH * max(1.0, last_id / 100_000) ** 0.6
    spread = count * last_id / matches
    if spread >= per_match * matches:
        return False  # too few to walk for even if spread evenly: no names needed
    # The window ends at about the count / matches quantile of the matches in name
    # order: a sampled match near it says how many clients come before; matches spread
    # evenly say count * clients / matches, whichever is further.
    keys = sorted((key or "" for _rowid, key in sampled), reverse=descending)
    near_end = keys[min(len(keys) - 1, int(count / matches * len(keys)))]
    names = _spread_names(session, last_id)
    if descending:
        before = len(names) - bisect.bisect_right(names, near_end)
    else:
        before = bisect.bisect_left(names, near_end)
    passed = max(last_id * before / max(1, len(names)), spread)
    return passed < per_match * matches


def search_clients(
    session: Session,
    text: str,
    *,
    limit: int = DEFAULT_SEARCH_LIMIT,
    include_archived: bool = False,
) -> list[ClientRow]:
    """Clients matching every word typed (see above), by name."""
    match = _text_match(text, session)
    if match is None:
        return []
    conditions = [] if include_archived else [Client.archived_at.is_(None)]
    return [_row(values) for values in _first_matches_by_name(session, conditions, match, limit)]


# --- the client card ------------------------------------------------------------------------


@dataclass
class ClientCard:
    """Everything the client record shows, loaded at once."""

    client: Client
    household: Household | None
    household_members: list[Client]
    relationships: list[tuple[ClientRelationship, Client]]
    addresses: list[Address]
    policies: list[Policy]
    assets: list[Asset]
    liabilities: list[Liability]
    cash_flows: list[CashFlow]
    goals: list[Goal]
    risk_profile: RiskProfile | None
    notes: list[Note]
    tasks: list[Task]
    documents: list[Document]
    consents: list[Consent]
    planner: User | None
    note_count: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def policy_values_cents(self) -> int:
        """Fund values of active investment policies (RAs, unit trusts, endowments...) that
        are not already captured as an asset linked to the policy: part of net worth."""
        linked = {asset.policy_id for asset in self.assets if asset.policy_id is not None}
        return sum(
            policy.fund_value_cents or 0
            for policy in self.policies
            if policy.status == "active" and policy.id not in linked
        )

    @property
    def total_assets_cents(self) -> int:
        owned = sum(asset.value_cents * asset.ownership_percent // 100 for asset in self.assets)
        return owned + self.policy_values_cents

    @property
    def total_liabilities_cents(self) -> int:
        return sum(liability.balance_cents for liability in self.liabilities)

    @property
    def net_worth_cents(self) -> int:
        return self.total_assets_cents - self.total_liabilities_cents


# Kinds of record on the card with the order each is shown in.
_CARD_RECORDS = {
    "addresses": (Address, (Address.id,)),
    "policies": (Policy, (Policy.status, Policy.provider)),
    "assets": (Asset, (Asset.value_cents.desc(),)),
    "liabilities": (Liability, (Liability.balance_cents.desc(),)),
    "cash_flows": (CashFlow, (CashFlow.direction.desc(), CashFlow.amount_cents.desc())),
    "goals": (Goal, (Goal.priority,)),
    "tasks": (Task, (Task.status, Task.due_on)),
    "documents": (Document, (Document.uploaded_at.desc(),)),
    "consents": (Consent, (Consent.purpose, Consent.recorded_at)),
}


def _read_as(column: sa.Column) -> Callable[[object, object], object]:
    """How a column's value, as :class:`json_rows` carries it, becomes what the ORM would
    have loaded (``value, dialect -> value``)."""
    kind = column.type
    if isinstance(kind, SealedText):
        return kind.process_result_value  # opens a sealed field on the office server
    if isinstance(kind, sa.DateTime):
        return lambda value, _d: None if value is None else dt.datetime.fromisoformat(value)
    if isinstance(kind, sa.Date):
        return lambda value, _d: None if value is None else dt.date.fromisoformat(value)
    if isinstance(kind, sa.Boolean):
        return lambda value, _d: None if value is None else bool(value)
    return lambda value, _d: value


@functools.cache
def _card_columns(model: type) -> tuple[tuple[str, ...], tuple]:
    """A model's column attributes, in the order the card's rows carry them, and how each
    value is read."""
    attributes = sa.inspect(model).column_attrs
    return (
        tuple(attribute.key for attribute in attributes),
        tuple(_read_as(attribute.columns[0]) for attribute in attributes),
    )


def _rows_of(
    entity: object,
    where: sa.ColumnElement,
    order: tuple,
    *,
    limit: int | None = None,
    join: tuple = (),
    extra: tuple = (),
) -> sa.ScalarSelect:
    """One kind of record as a :class:`json_rows` value, in ``order``: each row is
    ``extra``, then the entity's columns (then those of ``join``'s entity)."""
    columns = [
        getattr(one, key)
        for one in (entity, *join[:1])
        for key in _card_columns(sa.inspect(one).mapper.class_)[0]
    ]
    if limit is None:
        rows = sa.select(json_rows(sa.tuple_(*extra, *columns), sa.tuple_(*order)))
        if join:
            rows = rows.select_from(entity).join(join[0], join[1])
        return rows.where(where).scalar_subquery()
    # The first rows only: chosen in a subquery, numbered there for the aggregate's order.
    labelled = [column.label(None) for column in (*extra, *columns)]
    first = (
        sa.select(sa.func.row_number().over(order_by=order).label("n"), *labelled)
        .where(where)
        .order_by(*order)
        .limit(limit)
        .subquery()
    )
    kept = [first.c[label.name] for label in labelled]
    return sa.select(json_rows(sa.tuple_(*kept), sa.tuple_(first.c.n))).scalar_subquery()


@functools.cache
def _card_statement() -> sa.Select:
    """The whole card in one statement: a :class:`json_rows` column for the client, its
    household, its planner and every list on the card (one round trip to an office
    server)."""
    client_id = sa.bindparam("client_id", type_=sa.Integer)
    member = aliased(Client, name="member")
    related = aliased(Client, name="related")

    def of_the_client(column: sa.Column) -> sa.ScalarSelect:
        return sa.select(column).where(Client.id == client_id).scalar_subquery()

    parts = {
        "client": _rows_of(Client, Client.id == client_id, (Client.id,)),
        "household": _rows_of(
            Household, Household.id == of_the_client(Client.household_id), (Household.id,)
        ),
        "planner": _rows_of(User, User.id == of_the_client(Client.planner_id), (User.id,)),
        "members": _rows_of(
            member,
            sa.and_(
                member.household_id == of_the_client(Client.household_id),
                member.id != client_id,
            ),
            (member.date_of_birth, member.id),
        ),
        "relationships": _rows_of(
            ClientRelationship,
            ClientRelationship.client_id == client_id,
            (ClientRelationship.kind, ClientRelationship.id),
            join=(related, related.id == ClientRelationship.related_client_id),
        ),
        "notes": _rows_of(
            Note,
            Note.client_id == client_id,
            (Note.occurred_at.desc(), Note.id),
            limit=RECENT_NOTES_ON_CARD,
            extra=(sa.func.count().over().label("total"),),
        ),
        "risk_profiles": _rows_of(
            RiskProfile,
            RiskProfile.client_id == client_id,
            (RiskProfile.assessed_on.desc(), RiskProfile.id),
            limit=1,
        ),
    }
    for key, (model, order) in _CARD_RECORDS.items():
        parts[key] = _rows_of(model, model.client_id == client_id, (*order, model.id))
    return sa.select(*(rows.label(key) for key, rows in parts.items()))


_CARD_SQL: dict[str, tuple[str, tuple[str, ...] | None, dict]] = {}


def _card_sql(dialect: sa.Dialect) -> tuple[str, tuple[str, ...] | None, dict]:
    """The card's statement compiled once per kind of database (keyed by name: no engine
    or its dialect is kept). Run as it stands, it skips computing the statement cache's
    key, a deep walk of a statement this size, on every opening."""
    if dialect.name not in _CARD_SQL:
        compiled = _card_statement().compile(dialect=dialect)
        order = tuple(compiled.positiontup) if compiled.positional else None
        _CARD_SQL[dialect.name] = (
            str(compiled),
            order,
            compiled.construct_params({"client_id": 0}),
        )
    return _CARD_SQL[dialect.name]


def _loaded(session: Session, model: type, values: list, dialect: object) -> object:
    """A persistent ORM object of ``model`` from its columns' values in a json_rows row,
    as a query would have loaded it (the one already in the session if there is one)."""
    keys, readers = _card_columns(model)
    state = {
        key: read(value, dialect) for key, read, value in zip(keys, readers, values, strict=True)
    }
    mapper = sa.inspect(model)
    identity = mapper.identity_key_from_primary_key((state["id"],))
    known = session.identity_map.get(identity)
    if known is not None:
        return known
    instance = mapper.class_manager.new_instance()
    instance.__dict__.update(state)  # what the ORM's own loader does
    make_transient_to_detached(instance)  # loaded and unchanged, with its identity
    session.add(instance)
    return instance


def load_client_card(session: Session, client_id: int) -> ClientCard:
    """The whole card in one statement (see :func:`_card_statement`); its ORM objects are
    built from the rows it returns, as a query of each would have loaded them."""
    dialect = session.get_bind().dialect
    sql, order, defaults = _card_sql(dialect)
    values = {**defaults, "client_id": client_id}
    params = tuple(values[name] for name in order) if order is not None else values
    found = session.connection().exec_driver_sql(sql, params).mappings().one()

    def rows(key: str) -> list[list]:
        return json_rows_value(found[key])

    def records(key: str, model: type) -> list:
        return [_loaded(session, model, row, dialect) for row in rows(key)]

    clients = records("client", Client)
    if not clients:
        raise NotFound(
            "That client is no longer in the practice.",
            hint="They may have been merged or erased. Search again.",
        )
    client = clients[0]
    household, planner = records("household", Household), records("planner", User)
    width = len(_card_columns(ClientRelationship)[0])
    relationships = [
        (
            _loaded(session, ClientRelationship, row[:width], dialect),
            _loaded(session, Client, row[width:], dialect),
        )
        for row in rows("relationships")
    ]
    recent = rows("notes")
    risk = records("risk_profiles", RiskProfile)
    return ClientCard(
        client=client,
        household=household[0] if household else None,
        household_members=records("members", Client),
        relationships=relationships,
        addresses=records("addresses", Address),
        policies=records("policies", Policy),
        assets=records("assets", Asset),
        liabilities=records("liabilities", Liability),
        cash_flows=records("cash_flows", CashFlow),
        goals=records("goals", Goal),
        risk_profile=risk[0] if risk else None,
        notes=[_loaded(session, Note, row[1:], dialect) for row in recent],
        tasks=records("tasks", Task),
        documents=records("documents", Document),
        consents=records("consents", Consent),
        planner=planner[0] if planner else None,
        note_count=recent[0][0] if recent else 0,
    )


# --- the client list: id windows over any sort and filter ---------------------------------
#
# The list asks once for the ordered ids that match (one narrow query: integers only, no
# ORM objects), then fetches rows a window at a time by primary key as the planner
# scrolls. 100k ids are under a megabyte; the rows of one window are a few dozen indexed
# lookups. Any column can be sorted, NULLs included, and the scrollbar knows the total.


class ClientFilter(StrEnum):
    ALL = "all"
    MINE = "mine"
    REVIEWS_DUE = "reviews_due"  # overdue: the review date has passed
    BIRTHDAYS = "birthdays"
    HOUSEHOLD = "household"
    REVIEWS_SOON = "reviews_soon"  # falls due in the next 30 days
    TASKS_DUE = "tasks_due"  # an open task overdue or due in the next seven days


FILTER_LABELS = {
    ClientFilter.ALL: "All clients",
    ClientFilter.MINE: "My clients",
    ClientFilter.REVIEWS_DUE: "Reviews overdue",
    ClientFilter.BIRTHDAYS: "Birthdays this week",
    ClientFilter.HOUSEHOLD: "Household",
    ClientFilter.REVIEWS_SOON: "Reviews due in 30 days",
    ClientFilter.TASKS_DUE: "Tasks due this week",
}
REVIEW_INTERVAL_DAYS = 365
DEFAULT_REVIEW_MONTHS = 12
REVIEWS_SOON_DAYS = 30
TASKS_AHEAD_DAYS = 7
LIST_WINDOW = 200

_SORT_KEYS: dict[str, tuple[sa.ColumnElement, ...]] = {
    "name": (sa.func.coalesce(Client.surname, Client.entity_name), Client.first_names),
    "id_number": (Client.id_number,),
    "mobile": (Client.mobile,),
    "email": (Client.email,),
    "date_of_birth": (Client.date_of_birth,),
    "last_review_on": (Client.last_review_on,),
}
SORT_COLUMNS = tuple(_SORT_KEYS)


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: typed text (may be empty), a filter, and a sort."""

    text: str = ""
    filter: ClientFilter = ClientFilter.ALL
    household_id: int | None = None
    sort: str = "name"
    descending: bool = False
    today: dt.date | None = None
    # Only the signed-in planner's own clients (and their tasks): what Today shows them,
    # so "show all" lists exactly what Today counted.
    mine: bool = False


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def review_due_before(today: dt.date, months: int = DEFAULT_REVIEW_MONTHS) -> dt.date:
    return months_before(today, months)


def review_base():  # noqa: ANN201
    """The day a client's review clock runs from: their last review or, for a client never
    reviewed, the day they became a client (so a new or imported client is not overdue)."""
    return sa.func.coalesce(
        Client.last_review_on, Client.relationship_start, sa.func.date(Client.created_at)
    )


def _week_month_days(today: dt.date) -> list[str]:
    """'MM-DD' for today and the next six days (the birthdays a planner wants to know)."""
    return [(today + dt.timedelta(days=offset)).strftime("%m-%d") for offset in range(7)]


def reviews_due_clause(
    today: dt.date, months: int = DEFAULT_REVIEW_MONTHS
) -> sa.ColumnElement[bool]:
    """Active clients (not prospects or related people) whose review date has passed: one
    review interval after their last review, or after they became a client."""
    return sa.and_(
        Client.category == "client",
        Client.relationship_end.is_(None),
        review_base() < review_due_before(today, months),
    )


def reviews_soon_clause(
    today: dt.date, months: int = DEFAULT_REVIEW_MONTHS
) -> sa.ColumnElement[bool]:
    """Active clients whose review falls due today or in the next 30 days."""
    cutoff = review_due_before(today, months)
    return sa.and_(
        Client.category == "client",
        Client.relationship_end.is_(None),
        review_base() >= cutoff,
        review_base() < cutoff + dt.timedelta(days=REVIEWS_SOON_DAYS),
    )


def tasks_due_clause(today: dt.date, assigned_to: int | None = None) -> sa.ColumnElement[bool]:
    """An open task for the client, overdue or due in the next seven days.

    A membership test against the due tasks' clients, found once through the (status,
    due_on) index: as a correlated EXISTS, SQLite used that same index for every client
    and read every due task per client (a minute at 10k clients)."""
    conditions = [
        Task.client_id.is_not(None),
        Task.status == "open",
        Task.due_on <= today + dt.timedelta(days=TASKS_AHEAD_DAYS),
    ]
    if assigned_to is not None:
        conditions.append(sa.or_(Task.assigned_to_id == assigned_to, Task.assigned_to_id.is_(None)))
    return Client.id.in_(sa.select(Task.client_id).where(*conditions))


def birthdays_clause(today: dt.date) -> sa.ColumnElement[bool]:
    return month_day(Client.date_of_birth).in_(_week_month_days(today))


def _list_conditions(session: Session, actor, query: ListQuery) -> list:  # noqa: ANN001
    from clientmanager.services.permissions import visible_clients_clause
    from clientmanager.services.settings import review_interval_months

    today = query.today or dt.date.today()
    conditions = [Client.archived_at.is_(None), visible_clients_clause(session, actor)]
    mine = query.mine and actor.role == "planner"
    if mine:
        conditions.append(Client.planner_id == actor.user_id)
    if query.filter == ClientFilter.MINE:
        conditions.append(Client.planner_id == actor.user_id)
    elif query.filter == ClientFilter.REVIEWS_DUE:
        conditions.append(reviews_due_clause(today, review_interval_months(session)))
    elif query.filter == ClientFilter.REVIEWS_SOON:
        conditions.append(reviews_soon_clause(today, review_interval_months(session)))
    elif query.filter == ClientFilter.TASKS_DUE:
        conditions.append(tasks_due_clause(today, actor.user_id if mine else None))
    elif query.filter == ClientFilter.BIRTHDAYS:
        conditions.append(birthdays_clause(today))
    elif query.filter == ClientFilter.HOUSEHOLD:
        conditions.append(Client.household_id == query.household_id)
    return conditions


def _list_statement(session: Session, actor, query: ListQuery, *columns) -> sa.Select | None:  # noqa: ANN001
    if query.sort not in _SORT_KEYS:
        raise ValueError(f"cannot sort clients by {query.sort!r}")
    statement = sa.select(*columns).where(*_list_conditions(session, actor, query))
    keys = _SORT_KEYS[query.sort]
    if query.text.strip():
        match = _text_match(query.text, session)
        if match is None:
            return None
        statement = statement.where(*_text_conditions(match))
        if match.letter is not None and query.sort == "name":
            # A letter keeps about a third of the practice: sorting those is cheaper than
            # testing every client along the name index (unary + keeps SQLite off it).
            keys = (not_by_index(sa.func.coalesce(Client.surname, Client.entity_name)), *keys[1:])
    if query.descending:
        order = [key.desc() for key in keys] + [Client.id.desc()]
    else:
        order = [*keys, Client.id]
    return statement.order_by(*order)


def count_clients(session: Session, actor, query: ListQuery) -> int:  # noqa: ANN001
    """How many clients the list would show for ``query`` (no text search): Today's counts."""
    statement = sa.select(sa.func.count(Client.id)).where(*_list_conditions(session, actor, query))
    return session.scalar(statement) or 0


def list_client_ids(
    session: Session,
    actor,  # noqa: ANN001
    query: ListQuery,
    *,
    is_stale: Callable[[], bool] | None = None,
) -> list[int]:
    """The ids of every client the list shows, in display order (integers only).

    ``is_stale``: checked while the query runs; once it returns True (a newer keystroke),
    the query stops and :class:`~clientmanager.services.progress.Cancelled` is raised, so
    the database worker is free for the new search at once.
    """
    from clientmanager.services.progress import Cancelled
    from clientmanager.store.search_index import QueryInterrupted, interruptible

    statement = _list_statement(session, actor, query, Client.id)
    if statement is None:
        return []
    try:
        with interruptible(session.connection(), is_stale):
            return list(session.scalars(statement))
    except QueryInterrupted:
        raise Cancelled from None


def _first_by_name(session: Session, actor, query: ListQuery, count: int) -> list[ClientRow]:  # noqa: ANN001
    """The first ``count`` clients in name order without reading the whole table.

    The name sort is on ``coalesce(surname, entity_name)``, which no index covers, so a
    plain LIMIT query still scans every client; :func:`_walk_by_name` reads the index
    instead and gives the same first window as :func:`list_client_ids`.
    """
    conditions = _list_conditions(session, actor, query)
    if query.text.strip():
        match = _text_match(query.text, session)
        if match is None:
            return []
        rows = _first_matches_by_name(
            session, conditions, match, count, descending=query.descending
        )
    else:
        rows = _walk_by_name(session, conditions, count, descending=query.descending)
    return [_row(values) for values in rows]


def first_client_window(
    session: Session,
    actor,  # noqa: ANN001
    query: ListQuery,
    *,
    window: int = LIST_WINDOW,
) -> ClientListResult:
    """The first window of rows, in the list's order, from one LIMIT query: what the list
    paints first. ``complete`` says whether these are all the matches; if not, the caller
    fetches :func:`list_client_ids` next (same order, so the first window lines up)."""
    # A filter such as a household or this week's birthdays keeps a few clients, which
    # SQLite finds through its own index and sorts; walking the name index for them would
    # read most of the practice.
    if query.sort == "name" and query.filter == ClientFilter.ALL:
        rows = _first_by_name(session, actor, query, window + 1)
    else:
        statement = _list_statement(session, actor, query, *_ROW_COLUMNS)
        if statement is None:
            return ClientListResult(query, [], [], complete=True)
        rows = [_row(values) for values in session.execute(statement.limit(window + 1))]
    complete = len(rows) <= window
    rows = rows[:window]
    return ClientListResult(query, [row.id for row in rows], rows, complete=complete)


def fetch_client_rows(session: Session, ids: list[int]) -> list[ClientRow]:
    """Rows for one window of ids, in the order given (missing ids are skipped)."""
    if not ids:
        return []
    found = {
        values[0]: _row(values)
        for values in session.execute(sa.select(*_ROW_COLUMNS).where(Client.id.in_(ids)))
    }
    return [found[client_id] for client_id in ids if client_id in found]


@dataclass(frozen=True)
class ClientListResult:
    query: ListQuery
    ids: list[int]
    first_rows: list[ClientRow]
    complete: bool = True


def client_list(
    session: Session,
    actor,  # noqa: ANN001
    query: ListQuery,
    *,
    window: int = LIST_WINDOW,
) -> ClientListResult:
    """Ordered ids plus the rows of the first window: what the list needs to paint."""
    ids = list_client_ids(session, actor, query)
    return ClientListResult(query, ids, fetch_client_rows(session, ids[:window]))
