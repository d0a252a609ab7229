"""The client search indexes (FTS5: prefixes, migration 0002; substrings, 0008) during bulk
loads, and cancelling a search that a newer keystroke made stale.

Its triggers keep the index right one row at a time, which is what edits need; for a bulk
load (demo data, an import) that costs a rebuild of a client's index entry per policy and
grows with the size of the index. Inside the load's transaction the triggers are set
aside and the entries for the new clients are written in one statement at the end, so
the result is the same as with the triggers and a failure rolls everything back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator

import sqlalchemy as sa

from clientmanager.store import list_order
from clientmanager.store.engine import begin_before_schema_change, defer_wal_checkpoint

_TRIGGERS = sa.text(
    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
    "AND (name LIKE 'client_search%' OR name LIKE 'substring_search%' "
    "OR name LIKE 'ordered_search%')"
)
_MAX_CLIENT_ID = sa.text("SELECT coalesce(max(id), 0) FROM clients")
# (table, the view that defines its rows, columns): the prefix index of migration 0002 and
# the substring (trigram) index of 0008, filled the same way.
_INDEXES = (
    ("client_search", "client_search_document", "name, identity, phones, email, policy_numbers"),
    (
        "client_search_substring",
        "client_search_substring_document",
        "identity, phones, email, policy_numbers",
    ),
)


def _unindex(table: str) -> sa.TextClause:
    # Table and view names come from _INDEXES above, never from input.
    return sa.text(f"DELETE FROM {table} WHERE rowid IN :ids").bindparams(  # noqa: S608
        sa.bindparam("ids", expanding=True)
    )


def _index(table: str, view: str, columns: str) -> sa.TextClause:
    return sa.text(
        f"INSERT INTO {table}(rowid, {columns}) SELECT rowid, {columns} FROM {view} "  # noqa: S608
        "WHERE rowid IN :ids"
    ).bindparams(sa.bindparam("ids", expanding=True))


def _index_new(table: str, view: str, columns: str) -> sa.TextClause:
    return sa.text(
        f"INSERT INTO {table}(rowid, {columns}) SELECT rowid, {columns} FROM {view} "  # noqa: S608
        "WHERE rowid > :after_id"
    )


class BulkIndexing:
    """Handed to the body of a bulk load: existing clients whose searchable rows (policy
    numbers) the load adds to must be named here, so their entries are rebuilt too."""

    def __init__(self) -> None:
        self.existing_clients: set[int] = set()

    def reindex(self, client_ids: Iterable[int]) -> None:
        self.existing_clients.update(client_ids)


@contextlib.contextmanager
def bulk_load_of_new_clients(
    connection: sa.Connection, *, merge_later: bool = False
) -> Iterator[BulkIndexing]:
    """Suspend the search triggers while NEW clients and their rows are inserted, and rows
    of existing clients named through :meth:`BulkIndexing.reindex`.

    ``merge_later``: for a load that is small beside the practice (an import), the
    indexes' segment merges are left to the writes that follow (see
    :func:`_segment_merges_deferred`) instead of being done inside the load.

    Must run inside the caller's transaction; not for updates of client fields, whose
    index entries would go stale.
    """
    if connection.dialect.name != "sqlite":
        # The office server has no FTS5 triggers to suspend: it searches the rows
        # themselves (store/postgres.py), so new rows are found as soon as they commit.
        yield BulkIndexing()
        return
    # The DROP TRIGGER below must be inside the load's transaction, or a failed load
    # would leave no triggers.
    begin_before_schema_change(connection)
    driver_connection = connection.connection.driver_connection
    # A load writes tens of megabytes of WAL; copying them into the file belongs after the
    # commit the user waits for, not inside it (store/engine.py).
    defer_wal_checkpoint(driver_connection, connection.connection.info)
    triggers = connection.execute(_TRIGGERS).all()
    last_existing_id = connection.execute(_MAX_CLIENT_ID).scalar_one()
    for name, _sql in triggers:
        # Names come from sqlite_schema (our own migration), never from input.
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    indexing = BulkIndexing()
    yield indexing
    existing = sorted(indexing.existing_clients)
    in_list_order = any(name.startswith("ordered_search") for name, _sql in triggers)
    tables = [table for table, _view, _columns in _INDEXES]
    if in_list_order:
        tables += [table for table, _document, _columns in list_order.ORDERED_INDEXES]
    deferring = (
        _segment_merges_deferred(connection, tables) if merge_later else contextlib.nullcontext()
    )
    with deferring:
        for table, view, columns in _INDEXES:
            connection.execute(_index_new(table, view, columns), {"after_id": last_existing_id})
            for start in range(0, len(existing), 500):
                chunk = existing[start : start + 500]
                connection.execute(_unindex(table), {"ids": chunk})
                connection.execute(_index(table, view, columns), {"ids": chunk})
        if in_list_order:
            _place_in_list_order(connection, existing)
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)


# FTS5's own default for 'automerge' when a table has never set it.
_FTS5_DEFAULT_AUTOMERGE = 4


@contextlib.contextmanager
def _segment_merges_deferred(connection: sa.Connection, tables: list[str]) -> Iterator[None]:
    """FTS5 merges an index's segments as it writes them ('automerge'); writing a few
    thousand new entries into a large index then also rewrites the large segments they
    are merged into: about a tenth of a 10k-row import into 100k clients, its commit
    included. Inside the load merging is off, and it is set back before the caller's
    transaction ends: the writes after it (each client saved) merge the new segments a
    step at a time, and the scrub ('optimize') merges everything. A lookup reads a few
    more small segments meanwhile (about 5% longer at 100k clients), and FTS5 still
    merges by itself once a level holds 16 segments ('crisismerge'), however many
    imports come in a row. A failed load rolls the setting back with everything else."""
    kept = {}
    for table in tables:
        # Table names are our own (search_index and list_order), never input.
        stored = connection.exec_driver_sql(
            f"SELECT v FROM \"{table}_config\" WHERE k = 'automerge'"  # noqa: S608
        ).scalar()
        kept[table] = _FTS5_DEFAULT_AUTOMERGE if stored is None else int(stored)
        _set_automerge(connection, table, 0)
    yield
    for table, automerge in kept.items():
        _set_automerge(connection, table, automerge)


def _set_automerge(connection: sa.Connection, table: str, automerge: int) -> None:
    connection.exec_driver_sql(
        f'INSERT INTO "{table}"("{table}", rank) VALUES (\'automerge\', {int(automerge)})'  # noqa: S608
    )


def _place_in_list_order(connection: sa.Connection, existing: list[int]) -> None:
    """The bulk load's clients in the list-order indexes (migration 0014), set-wise: every
    client without a position (the new ones, and any left waiting) is merged into the
    existing order in one pass of the name index and spread evenly over the gap it falls
    in; only if some gap is too small for the clients falling in it is everyone numbered
    afresh. Placing them one by one, as the triggers do, cost 10k lookups of neighbours
    and an FTS5 flush per client written out of rowid order (7-8 s for 10k at 100k)."""
    for statement in list_order.place_unplaced_statements():
        connection.exec_driver_sql(statement)
    try:
        if connection.exec_driver_sql(list_order.PLACING_DOES_NOT_FIT).first():
            renumber_list_positions(connection)
            return
        for statement in list_order.store_placing_statements():
            connection.exec_driver_sql(statement)
    finally:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {list_order.LIST_PLACING}")  # noqa: S608
    for table, document, columns in list_order.ORDERED_INDEXES:
        for start in range(0, len(existing), 500):
            chunk = existing[start : start + 500]
            connection.execute(_unindex_ordered(table), {"ids": chunk})
            connection.execute(_index_ordered(table, document, columns), {"ids": chunk})


def _unindex_ordered(table: str) -> sa.TextClause:
    return sa.text(
        f"DELETE FROM {table} WHERE rowid IN (SELECT position FROM {list_order.LIST_POSITIONS} "  # noqa: S608
        "WHERE client_id IN :ids)"
    ).bindparams(sa.bindparam("ids", expanding=True))


def _index_ordered(table: str, document: str, columns: str) -> sa.TextClause:
    return sa.text(
        f"INSERT INTO {table}(rowid, {columns}) SELECT p.position, "  # noqa: S608
        + ", ".join(f"d.{column.strip()}" for column in columns.split(","))
        + f" FROM {document} d JOIN {list_order.LIST_POSITIONS} p ON p.client_id = d.rowid "
        "WHERE d.rowid IN :ids ORDER BY p.position"
    ).bindparams(sa.bindparam("ids", expanding=True))


def list_order_pending(connection: sa.Connection) -> bool:
    """Whether a client waits for a position (no gap was left where it belongs): the
    list-order indexes are then incomplete, and the search must not read them."""
    pending = f"SELECT EXISTS (SELECT 1 FROM {list_order.LIST_PENDING})"  # noqa: S608
    return connection.exec_driver_sql(pending).scalar() == 1


def renumber_list_positions(connection: sa.Connection) -> None:
    """Every client numbered afresh in list order, and the list-order indexes rebuilt
    (about 30 s at 300k clients: only when a gap ran out, or for a bulk load)."""
    for statement in list_order.renumber_list_statements():
        connection.exec_driver_sql(statement)


def has_list_order(connection: sa.Connection) -> bool:
    """Whether this file has the list-order indexes (migration 0014 made them)."""
    known = f"SELECT 1 FROM sqlite_schema WHERE name = '{list_order.LIST_POSITIONS}'"  # noqa: S608
    return connection.exec_driver_sql(known).first() is not None


def renumber_list_if_pending(engine: sa.Engine) -> None:
    """At opening: where a client was left waiting for a position since the last time, the
    practice is numbered afresh, so the type-ahead reads in list order again."""
    with engine.begin() as connection:
        if has_list_order(connection) and list_order_pending(connection):
            renumber_list_positions(connection)


class QueryInterrupted(Exception):
    """A read stopped because the caller said it was no longer wanted."""


# SQLite virtual-machine steps between checks: a few microseconds apart, so a stale query
# stops almost at once, and the check itself costs nothing measurable.
_CHECK_EVERY_STEPS = 2_000


@contextlib.contextmanager
def interruptible(connection: sa.Connection, is_stale: Callable[[], bool] | None) -> Iterator[None]:
    """Run the body's queries so that they stop, raising :class:`QueryInterrupted`, as
    soon as ``is_stale()`` turns true (a newer keystroke made their answer useless).

    The single database worker runs jobs in order; without this, the "all matching ids"
    follow-up of an old search would hold up the next keystroke's first window.
    """
    if is_stale is None:
        yield
        return
    if is_stale():
        raise QueryInterrupted
    if connection.dialect.name != "sqlite":
        # The office server's driver has no progress handler: a stale answer is dropped
        # when it arrives instead (issue 18).
        yield
        if is_stale():
            raise QueryInterrupted
        return
    driver_connection = connection.connection.driver_connection
    driver_connection.set_progress_handler(lambda: 1 if is_stale() else 0, _CHECK_EVERY_STEPS)
    try:
        yield
    except sa.exc.OperationalError as exc:
        if is_stale() and "interrupt" in str(exc).lower():
            raise QueryInterrupted from None
        raise
    finally:
        driver_connection.set_progress_handler(None, 0)
    if is_stale():
        raise QueryInterrupted


@contextlib.contextmanager
def within_steps(connection: sa.Connection, steps: int) -> Iterator[None]:
    """Run the body's queries for at most about ``steps`` steps of SQLite's virtual machine
    (a bound on the work, whatever the data); beyond that, :class:`QueryInterrupted`."""
    checks = iter(range(steps // _CHECK_EVERY_STEPS + 2))  # one check before, one after
    with interruptible(connection, lambda: next(checks, None) is None):
        yield


# --- digits typed: a test of each client's own searchable text -----------------------------
#
# "0", "08" or "082" is the start of most phone numbers, so the indexes' match set is
# much of the practice, and reading it costs more than the list it feeds. Walking the
# clients in list order and testing each one's own text stops after the first window
# instead. The test must agree exactly with FTS5 (migration 0002: unicode61, diacritics
# removed, '@' and '.' part of words): a term of ASCII digits starts a word where it
# follows the start of a field or a character that is neither a letter, a digit, '@'
# nor '.'. That reading is exact for ASCII text; next to a non-ASCII character (whose
# Unicode class decides whether it splits words, and a combining accent that FTS5 drops
# could join digits) the row is marked doubtful, and the caller asks FTS5 instead.

# Every field of the client_search_document view (0002), each tested on its own: the view
# joins them with spaces, which separate words, so a word never spans two fields.
_LOCAL = "(CASE WHEN clients.{0} LIKE '+27%' THEN '0' || substr(clients.{0}, 4) END)"
_DIGIT_FIELDS = (
    "clients.mobile",
    _LOCAL.format("mobile"),
    "clients.id_number",
    "clients.home_phone",
    _LOCAL.format("home_phone"),
    "clients.work_phone",
    _LOCAL.format("work_phone"),
    "clients.passport_number",
    "clients.registration_number",
    "clients.email",
    "clients.first_names",
    "clients.preferred_name",
    "clients.surname",
    "clients.entity_name",
)
_NON_ASCII = "[^\x01-\x7f]"


def _starts_a_word(field: str) -> str:
    return f"{field} GLOB :digits_start OR {field} GLOB :digits_inside"


def _doubtful(field: str) -> str:
    # length() counts characters, octet_length() bytes: equal for ASCII text, the cheap
    # common case; only then is the field searched for a digit next to a non-ASCII one.
    return (
        f"(length({field}) <> octet_length({field}) AND "
        f"({field} GLOB :digits_doubt_before OR {field} GLOB :digits_doubt_after))"
    )


_POLICY = "EXISTS (SELECT 1 FROM policies p WHERE p.client_id = clients.id AND ({}))"
# Cheapest first: SQLite stops at the first term that holds.
_WORD_OR_DOUBT = " OR ".join(
    [
        *(_starts_a_word(field) for field in _DIGIT_FIELDS),
        *(_doubtful(field) for field in _DIGIT_FIELDS),
        _POLICY.format(f"{_starts_a_word('p.policy_number')} OR {_doubtful('p.policy_number')}"),
    ]
)
DIGITS_DOUBTFUL = " OR ".join(
    [*(_doubtful(field) for field in _DIGIT_FIELDS), _POLICY.format(_doubtful("p.policy_number"))]
)


# From three digits the substring index (0008) matches too: digits anywhere in these
# fields, as that view writes them. Exact whatever the text around them: the trigram
# tokenizer only folds case, which leaves digits and the length of the text alone.
_DIGITS = "(CASE WHEN clients.{0} LIKE '+27%' THEN '0' || substr(clients.{0}, 4) ELSE replace(clients.{0}, '+', '') END)"
_SUBSTRING_FIELDS = (
    _DIGITS.format("mobile"),
    "clients.id_number",
    _DIGITS.format("home_phone"),
    _DIGITS.format("work_phone"),
    "clients.passport_number",
    "clients.registration_number",
    "clients.email",
)
_CONTAINS = " OR ".join(
    [
        *(f"instr({field}, :digits) > 0" for field in _SUBSTRING_FIELDS),
        _POLICY.format("instr(p.policy_number, :digits) > 0"),
    ]
)
SUBSTRING_FROM = 3


def digits_test_sql(digits: str) -> tuple[str, str, dict[str, str]]:
    """:func:`digits_start_a_word` as SQL: (the WHERE test, the doubtful column, their
    parameters), for callers that run plain SQL."""
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError("only ASCII digits can be tested this way")
    params = {
        "digits_start": f"{digits}*",
        "digits_inside": f"*[^0-9A-Za-z@.]{digits}*",
        "digits_doubt_before": f"*{_NON_ASCII}[0-9]*",
        "digits_doubt_after": f"*[0-9]{_NON_ASCII}*",
    }
    if len(digits) >= SUBSTRING_FROM:
        params["digits"] = digits
        test = f"({_CONTAINS} OR {_WORD_OR_DOUBT})"
    else:
        test = f"({_WORD_OR_DOUBT})"
    return test, f"({DIGITS_DOUBTFUL})", params


def digits_start_a_word(digits: str) -> tuple[sa.TextClause, sa.TextClause]:
    """(a WHERE test, a result column) for clients with a word starting with ``digits``
    (ASCII digits only) in any field of the prefix index, or from three digits on, with
    them anywhere in a field of the substring index. The test also passes every
    doubtful row; the column says which rows those are (see above)."""
    test, doubtful, params = digits_test_sql(digits)
    doubt = {key: params[key] for key in ("digits_doubt_before", "digits_doubt_after")}
    return sa.text(test).bindparams(**params), sa.text(doubtful).bindparams(**doubt)
