"""Copying a whole practice between the embedded store (SQLCipher) and the office server
(PostgreSQL): every mapped table's rows, column by column, primary keys kept.

Both connections are the callers' open transactions; nothing here commits, so a failure
anywhere leaves the target as it was when the caller rolls back. The copy goes through
SQLAlchemy Core with the models' column types, so the sealed columns
(store/fieldcrypt.py) are opened by a source engine that seals and sealed by a target
engine that seals: on the server the values end up exactly as a server practice writes
them, and in the file exactly as the embedded store writes them (in the clear, inside
the encrypted file).

The audit log is copied as it is stored (time, text, both hashes), so its hash chain
verifies on the target. The database's guards refuse UPDATE and DELETE only, never
INSERT, so neither the audit log's nor the finalised records' triggers need disabling.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import sqlalchemy as sa

from clientmanager.store.models import Base, Practice

BATCH_ROWS = 2_000
# Document bytes are large: fewer of them per batch keeps the memory a copy needs small.
DOCUMENT_BATCH_ROWS = 50


def copied_tables() -> list[sa.Table]:
    """Every table a practice holds, parents before children (the foreign keys' order).
    The search indexes and the schema version are the target's own, built by its
    migrations; the server's key slots are written by the caller."""
    return list(Base.metadata.sorted_tables)


def holds_practice(connection: sa.Connection) -> bool:
    """Whether the target database already holds a practice (or any practice data)."""
    if not sa.inspect(connection).has_table(Practice.__tablename__):
        return False
    for table in copied_tables():
        if connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first():
            return True
    return False


def count_rows(connection: sa.Connection) -> dict[str, int]:
    return {
        table.name: connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
        for table in copied_tables()
    }


@contextlib.contextmanager
def _suspended_search_triggers(target: sa.Connection) -> Iterator[None]:
    # Into an empty SQLCipher file, the search index is built once at the end rather than
    # row by row through its triggers (the demo's bulk load does the same).
    if target.dialect.name != "sqlite":
        yield
        return
    from clientmanager.store.search_index import bulk_load_of_new_clients

    with bulk_load_of_new_clients(target):
        yield


def copy_rows(
    source: sa.Connection,
    target: sa.Connection,
    *,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Copy every table's rows from ``source`` into the empty tables of ``target``, in
    batches; returns the rows copied per table. ``progress(table, rows so far)``."""
    copied: dict[str, int] = {}
    with _suspended_search_triggers(target):
        for table in copied_tables():
            batch = DOCUMENT_BATCH_ROWS if table.name == "document_contents" else BATCH_ROWS
            names = [column.name for column in table.columns]
            query = sa.select(*table.columns).order_by(*table.primary_key.columns)
            if source.dialect.name == "postgresql":
                # A server-side cursor: the table is never held in memory whole (SQLite's
                # cursor already steps through the file row by row).
                source = source.execution_options(yield_per=batch)
            result = source.execute(query)
            done = 0
            while rows := result.fetchmany(batch):
                try:
                    target.execute(
                        table.insert(), [dict(zip(names, row, strict=True)) for row in rows]
                    )
                except sa.exc.DBAPIError as exc:
                    # Which table refused, for the message (never the row's values).
                    exc.refused_table = table.name
                    raise
                done += len(rows)
                if progress is not None:
                    progress(table.name, done)
            result.close()
            copied[table.name] = done
    return copied


def _serial_columns(table: sa.Table) -> list[sa.Column]:
    return [
        column
        for column in table.primary_key.columns
        if column.autoincrement in (True, "auto")
        and isinstance(column.type, sa.Integer)
        and not column.foreign_keys
        and len(table.primary_key.columns) == 1
    ]


def reset_sequences(target: sa.Connection) -> None:
    """After rows were inserted with their own ids, move each PostgreSQL sequence past the
    highest id, so the next row added gets a new one. SQLite needs nothing: it takes the
    next id from the table itself."""
    if target.dialect.name != "postgresql":
        return
    run = target.exec_driver_sql
    for table in copied_tables():
        for column in _serial_columns(table):
            sequence = run(
                "SELECT pg_get_serial_sequence(%(t)s, %(c)s)", {"t": table.name, "c": column.name}
            ).scalar()
            if sequence is None:
                continue
            highest = target.execute(sa.select(sa.func.max(column))).scalar()
            if highest is None:
                continue
            if run("SELECT has_sequence_privilege(%(s)s, 'UPDATE')", {"s": sequence}).scalar():
                run("SELECT setval(%(s)s, %(n)s, true)", {"s": sequence, "n": highest})
                continue
            # The desktops' login may only draw numbers (USAGE): draw until past the highest.
            # The sequence's name comes from pg_get_serial_sequence, never from input.
            last, called = run(f"SELECT last_value, is_called FROM {sequence}").one()  # noqa: S608
            current = last if called else last - 1
            if highest > current:
                run(
                    "SELECT max(nextval(%(s)s)) FROM generate_series(1, %(n)s)",
                    {"s": sequence, "n": highest - current},
                )
