"""Bulk loads of new rows with ids chosen by the loader (the demo data), on either store.

The loader numbers households, clients, policies, notes and documents itself so that
children can point at parents without a round trip per row. On SQLCipher that is all it
takes (SQLite carries on from the largest rowid) and the search index triggers are set
aside for the load (store/search_index.py). On the office server two more things matter:
another PC must not take the same ids while the load runs, so those tables are locked
against writers (readers carry on) until the load's transaction ends; and each table's
id sequence must be moved past the loaded ids afterwards, or the next row saved on any
PC would collide with one the load wrote. The first free id also comes from the sequence
there, so an id once used by a since-deleted row is not handed out again.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence

import sqlalchemy as sa

from clientmanager.store.engine import begin_before_schema_change
from clientmanager.store.search_index import bulk_load_of_new_clients


@contextlib.contextmanager
def bulk_load_with_own_ids(
    connection: sa.Connection, numbered: Sequence[sa.Table]
) -> Iterator[dict[str, int]]:
    """Run a load that writes explicit ids into the ``numbered`` tables, inside the
    caller's transaction. Yields the first id the load may use in each (by table name)."""
    on_server = connection.dialect.name == "postgresql"
    first_free: dict[str, int] = {}
    taken: dict[str, int] = {}
    for table in numbered:
        largest = connection.execute(sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0) + 1))
        if on_server:
            # Before reading the largest id, so no other PC adds a row past it meanwhile.
            connection.exec_driver_sql(
                # Table name from our own metadata, quoted by the dialect.
                f"LOCK TABLE {connection.dialect.identifier_preparer.quote(table.name)} "
                "IN SHARE ROW EXCLUSIVE MODE"
            )
            largest = connection.execute(
                sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0) + 1)
            )
            taken[table.name] = connection.execute(sa.select(_next_value(table))).scalar_one()
            first_free[table.name] = max(largest.scalar_one(), taken[table.name])
        else:
            first_free[table.name] = largest.scalar_one()
    with bulk_load_of_new_clients(connection):
        yield first_free
    for table in numbered if on_server else ():
        # The desktops' login may take values from a sequence (USAGE), not set one
        # (setval needs UPDATE): so take as many as the load used, up to its last id.
        steps = sa.select(sa.func.coalesce(sa.func.max(table.c.id), 0) - taken[table.name])
        series = sa.func.generate_series(1, steps.scalar_subquery()).table_valued("n")
        connection.execute(sa.select(sa.func.max(_next_value(table))).select_from(series))


def _next_value(table: sa.Table) -> sa.ColumnElement[int]:
    return sa.func.nextval(sa.func.pg_get_serial_sequence(table.name, "id"))


@contextlib.contextmanager
def indexes_built_after(
    connection: sa.Connection, table: sa.Table, *, rows_to_add: int
) -> Iterator[None]:
    """A load that at least doubles ``table`` builds its secondary indexes after it, inside
    the caller's transaction (a failed load rolls the indexes back with everything else).

    Inserting rows into fifteen indexes of names, numbers and dates, each in its own
    random key order, reads and rewrites pages all over them once they outgrow the page
    cache: most of what a 300k-client demo build took beyond three 100k ones (109 s of
    CPU against 30 s; 95 s when its clients' indexes are built after it). CREATE INDEX
    sorts each index once instead. Unique indexes stay, so their constraints hold during
    the load; a smaller load into a big table keeps everything (rebuilding would cost more
    than it saves). The office server keeps its indexes: other PCs are using them.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    existing = connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
    if rows_to_add < existing:
        yield
        return
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE %'",
        (table.name,),
    ).all()
    begin_before_schema_change(connection)
    for name, _sql in indexes:
        # Names from sqlite_schema (our own migrations), never from input.
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
