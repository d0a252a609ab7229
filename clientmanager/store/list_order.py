"""The client search indexes in list order (migration 0014): the positions, the triggers
that keep them, and the statements that place and renumber clients.

Written as SQL text only (no alembic, no models), because both the migration and the
live store run it: migration 0014 builds the tables with it, and the bulk loader and the
opening of a practice (store/search_index.py) place and renumber clients with the same
statements the triggers use, so the two never disagree. A change here changes what 0014
builds: tests/store/test_schema_pinned.py shows it.
"""

from __future__ import annotations

# client_list_positions gives every client a position that grows with the list's name
# order (coalesce(surname, entity_name), first_names, id; NULLs first), with gaps; the two
# ordered FTS5 tables use it as their rowid, so a MATCH reads its matches in list order
# and a LIMIT stops after the window. A client placed where no gap is left gets no
# position and is named in client_list_positions_pending instead; while any is, the
# search reads the id-keyed indexes (0002, 0008) and sorts, and the positions are
# renumbered (store/search_index.py renumber_list_positions).

LIST_POSITIONS = "client_list_positions"
LIST_PENDING = "client_list_positions_pending"
LIST_SPACING = 1 << 32  # between neighbours when numbered afresh
_LIST_APPEND_STEP = 1 << 24  # at most this far past the previous client, so ties appended
# one after another (the same name again) leave room for many more before the gap ends
ORDERED_INDEXES = (
    # (ordered table, its document view, columns, the id-keyed index whose options it has)
    (
        "client_search_ordered",
        "client_search_document",
        "name, identity, phones, email, policy_numbers",
    ),
    (
        "client_search_ordered_substring",
        "client_search_substring_document",
        "identity, phones, email, policy_numbers",
    ),
)
ORDERED_OPTIONS = {
    "client_search_ordered": "content='', contentless_delete=1, "
    "tokenize=\"unicode61 remove_diacritics 2 tokenchars '@.'\", prefix='1 2 3 4'",
    "client_search_ordered_substring": "content='', contentless_delete=1, tokenize='trigram'",
}

_S = "coalesce(c.surname, c.entity_name)"
_F = "c.first_names"


def _neighbour(where: str, order: str) -> str:
    return (
        f"(SELECT p.position FROM clients c JOIN {LIST_POSITIONS} p ON p.client_id = c.id "  # noqa: S608
        f"WHERE {where} ORDER BY {order} LIMIT 1)"
    )


def _previous(s: str, f: str, i: str) -> str:
    """The position of the client just before (s, f, i) in list order: the nearest of each
    class of clients before it, nearest class first (each read from ix_clients_sort_name)."""
    # Where the sort name is fixed by the test, the order names only what follows it:
    # SQLite sorts rather than read the index backwards for an ORDER BY on an expression
    # the WHERE already fixes (measured at 300k: a new client and a rename together cost
    # 7.0 ms of CPU that way, 4.2 this way, 1.5-2.2 without these triggers).
    down = f"{_S} DESC, {_F} DESC, c.id DESC"
    within = f"{_F} DESC, c.id DESC"
    return (
        "coalesce("
        + ", ".join(
            [
                _neighbour(f"{_S} IS {s} AND {_F} IS {f} AND c.id < {i}", "c.id DESC"),
                _neighbour(f"{f} IS NOT NULL AND {_S} IS {s} AND {_F} < {f}", within),
                _neighbour(f"{f} IS NOT NULL AND {_S} IS {s} AND {_F} IS NULL", "c.id DESC"),
                _neighbour(f"{s} IS NOT NULL AND {_S} < {s}", down),
                _neighbour(f"{s} IS NOT NULL AND {_S} IS NULL", within),
            ]
        )
        + ")"
    )


def _next(s: str, f: str, i: str) -> str:
    up = f"{_S}, {_F}, c.id"
    within = f"{_F}, c.id"
    return (
        "coalesce("
        + ", ".join(
            [
                _neighbour(f"{_S} IS {s} AND {_F} IS {f} AND c.id > {i}", "c.id"),
                _neighbour(f"{f} IS NOT NULL AND {_S} IS {s} AND {_F} > {f}", within),
                _neighbour(f"{f} IS NULL AND {_S} IS {s} AND {_F} IS NOT NULL", within),
                _neighbour(f"{s} IS NOT NULL AND {_S} > {s}", up),
                _neighbour(f"{s} IS NULL AND {_S} IS NOT NULL", up),
            ]
        )
        + ")"
    )


def place_in_list(client: str) -> list[str]:
    """Statements that give client ``client`` (an SQL expression for its id, e.g. NEW.id)
    a position between its neighbours, or name it as pending where no gap is left, and
    index it in the ordered tables. Its old position must be gone already."""
    # ``client`` is a trigger's NEW.id or a bound parameter's name, never input.
    row = (
        "(SELECT coalesce(surname, entity_name) AS s, first_names AS f, id AS i "  # noqa: S608
        f"FROM clients WHERE id = {client})"
    )
    s, f, i = "me.s", "me.f", "me.i"
    gap = f"WHEN nxt - prev >= 2 THEN prev + min((nxt - prev) / 2, {_LIST_APPEND_STEP}) END"
    place = (
        f"INSERT INTO {LIST_POSITIONS}(position, client_id) "  # noqa: S608
        f"SELECT CASE WHEN nxt IS NULL THEN prev + {LIST_SPACING} {gap}, i FROM (SELECT "
        f"coalesce({_previous(s, f, i)}, 0) AS prev, {_next(s, f, i)} AS nxt, me.i AS i "
        f"FROM {row} AS me) WHERE nxt IS NULL OR nxt - prev >= 2;"
    )
    pending = (
        f"INSERT OR IGNORE INTO {LIST_PENDING}(client_id) SELECT {client} "  # noqa: S608
        f"WHERE NOT EXISTS (SELECT 1 FROM {LIST_POSITIONS} WHERE client_id = {client});"
    )
    return [place, pending, *index_in_list(client)]


def index_in_list(client: str) -> list[str]:
    """Statements that write client ``client``'s rows of the ordered tables at its position."""
    return [
        f"INSERT INTO {table}(rowid, {columns}) SELECT p.position, "  # noqa: S608
        + ", ".join(f"d.{column.strip()}" for column in columns.split(","))
        + f" FROM {document} d JOIN {LIST_POSITIONS} p ON p.client_id = d.rowid "
        f"WHERE d.rowid = {client};"
        for table, document, columns in ORDERED_INDEXES
    ]


def unindex_in_list(client: str) -> list[str]:
    """Statements that remove client ``client``'s rows of the ordered tables."""
    return [
        f"DELETE FROM {table} WHERE rowid = "  # noqa: S608
        f"(SELECT position FROM {LIST_POSITIONS} WHERE client_id = {client});"
        for table, _document, _columns in ORDERED_INDEXES
    ]


def remove_from_list(client: str) -> list[str]:
    return [
        *unindex_in_list(client),
        f"DELETE FROM {LIST_POSITIONS} WHERE client_id = {client};",  # noqa: S608
        f"DELETE FROM {LIST_PENDING} WHERE client_id = {client};",  # noqa: S608
    ]


_MOVED = (
    "coalesce(OLD.surname, OLD.entity_name) IS NOT coalesce(NEW.surname, NEW.entity_name) "
    "OR OLD.first_names IS NOT NEW.first_names"
)
# The clients' columns that client_search_document (0002) reads.
_DOCUMENT_COLUMNS = (
    "first_names",
    "preferred_name",
    "surname",
    "entity_name",
    "id_number",
    "passport_number",
    "registration_number",
    "mobile",
    "home_phone",
    "work_phone",
    "email",
)


def list_order_triggers() -> dict[str, tuple[str, list[str]]]:
    """The triggers that keep the positions and the ordered tables in step. The bulk
    loader (store/search_index.py) sets them aside by their name prefix, ordered_search."""

    def reindex(client: str) -> list[str]:
        return [*unindex_in_list(client), *index_in_list(client)]

    return {
        "ordered_search_ai": ("AFTER INSERT ON clients", place_in_list("NEW.id")),
        # Only a change of the sort name moves the client; a change of its other words
        # rewrites its rows at the same position (no search for neighbours), and any
        # other change leaves its rows as they are.
        "ordered_search_au": (
            f"AFTER UPDATE OF surname, entity_name, first_names ON clients WHEN {_MOVED}",
            [*remove_from_list("OLD.id"), *place_in_list("NEW.id")],
        ),
        "ordered_search_au_words": (
            f"AFTER UPDATE OF {', '.join(_DOCUMENT_COLUMNS)} ON clients WHEN NOT ({_MOVED})",
            reindex("NEW.id"),
        ),
        "ordered_search_ad": ("AFTER DELETE ON clients", remove_from_list("OLD.id")),
        "ordered_search_policy_ai": ("AFTER INSERT ON policies", reindex("NEW.client_id")),
        "ordered_search_policy_au": (
            "AFTER UPDATE OF policy_number, client_id ON policies",
            [*reindex("OLD.client_id"), *reindex("NEW.client_id")],
        ),
        "ordered_search_policy_ad": ("AFTER DELETE ON policies", reindex("OLD.client_id")),
    }


def renumber_list_statements() -> list[str]:
    """Every client numbered afresh in list order, and the ordered tables rebuilt."""
    statements = [
        f"DELETE FROM {LIST_PENDING}",  # noqa: S608
        f"DELETE FROM {LIST_POSITIONS}",  # noqa: S608
        f"INSERT INTO {LIST_POSITIONS}(position, client_id) SELECT "  # noqa: S608
        f"row_number() OVER (ORDER BY coalesce(surname, entity_name), first_names, id) "
        f"* {LIST_SPACING}, id FROM clients",
    ]
    for table, document, columns in ORDERED_INDEXES:
        statements += [
            f"INSERT INTO {table}({table}) VALUES ('delete-all')",  # noqa: S608
            f"INSERT INTO {table}(rowid, {columns}) SELECT p.position, "  # noqa: S608
            + ", ".join(f"d.{column.strip()}" for column in columns.split(","))
            + f" FROM {LIST_POSITIONS} p JOIN {document} d ON d.rowid = p.client_id "
            "ORDER BY p.position",
        ]
    return statements


# A bulk load's placing (store/search_index.py): the clients without a position, each with
# the position before it (0 at the start), the next one (NULL at the end), how many fall in
# that gap (k) and its rank there (j), so the gap is shared evenly in one statement.
LIST_PLACING = "client_list_placing"
PLACING_DOES_NOT_FIT = (
    f"SELECT 1 FROM temp.{LIST_PLACING} "  # noqa: S608
    "WHERE nxt IS NOT NULL AND (nxt - prev) / (k + 1) < 1 LIMIT 1"
)


def place_unplaced_statements() -> list[str]:
    """The placing table for every client without a position: one pass of the clients in
    list order (ix_clients_sort_name, so no sort of the practice), where the running
    maximum of the positions is the position just before each unplaced client. Both
    window functions share the one window with a ROWS frame: a second ordering, or the
    default RANGE frame, cost 0.2-0.4 s instead of 0.12 at 100k clients. The table is
    written in id order, the order :func:`store_placing_statements` scans it in: each
    client's searchable text is then read where the clients and their policies lie, not
    in name order all over the file (at 300k clients, whose file is twenty times the page
    cache, the ordered indexes took 27 s that way, five times what they took at 100k)."""
    return [
        f"DROP TABLE IF EXISTS temp.{LIST_PLACING}",
        f"CREATE TEMP TABLE {LIST_PLACING} AS "  # noqa: S608
        "WITH marked AS (SELECT c.id AS id, p.position AS position, "
        "row_number() OVER (list_order ROWS UNBOUNDED PRECEDING) AS n, "
        "coalesce(max(p.position) OVER (list_order ROWS UNBOUNDED PRECEDING), 0) AS prev "
        f"FROM clients c LEFT JOIN {LIST_POSITIONS} p ON p.client_id = c.id "
        f"WINDOW list_order AS (ORDER BY {_S}, {_F}, c.id)), "
        "unplaced AS (SELECT id, prev, count(*) OVER (PARTITION BY prev) AS k, "
        "row_number() OVER (PARTITION BY prev ORDER BY n) AS j FROM marked "
        "WHERE position IS NULL) "
        f"SELECT id, prev, k, j, (SELECT min(position) FROM {LIST_POSITIONS} "
        "WHERE position > prev) AS nxt FROM unplaced ORDER BY id",
    ]


def store_placing_statements() -> list[str]:
    """The placing table's clients at their positions, and written to the ordered tables in
    rowid order (FTS5 flushes its pending segment at every rowid written out of order)."""
    statements = [
        f"INSERT INTO {LIST_POSITIONS}(position, client_id) SELECT CASE WHEN nxt IS NULL "  # noqa: S608
        f"THEN prev + j * {LIST_SPACING} ELSE prev + (nxt - prev) / (k + 1) * j END, id "
        f"FROM temp.{LIST_PLACING} ORDER BY 1",
        f"DELETE FROM {LIST_PENDING} WHERE client_id IN "  # noqa: S608
        f"(SELECT id FROM temp.{LIST_PLACING})",
    ]
    for table, document, columns in ORDERED_INDEXES:
        statements.append(
            f"INSERT INTO {table}(rowid, {columns}) SELECT p.position, "  # noqa: S608
            + ", ".join(f"d.{column.strip()}" for column in columns.split(","))
            + f" FROM temp.{LIST_PLACING} x JOIN {LIST_POSITIONS} p ON p.client_id = x.id "
            f"JOIN {document} d ON d.rowid = x.id ORDER BY p.position"
        )
    return statements
