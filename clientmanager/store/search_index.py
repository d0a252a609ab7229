"""The client search index (FTS5, see migration 0002) during bulk loads.

Its triggers keep the index right one row at a time, which is what edits need; for a bulk
load (demo data, an import) that costs a rebuild of a client's index entry per policy and
grows with the size of the index. Inside the load's transaction the triggers are set
aside and the entries for the new clients are written in one statement at the end, so
the result is the same as with the triggers and a failure rolls everything back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import sqlalchemy as sa

_TRIGGERS = sa.text(
    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'client_search%'"
)
_MAX_CLIENT_ID = sa.text("SELECT coalesce(max(id), 0) FROM clients")
_INDEX_NEW_CLIENTS = sa.text(
    "INSERT INTO client_search(rowid, name, identity, phones, email, policy_numbers) "
    "SELECT rowid, name, identity, phones, email, policy_numbers "
    "FROM client_search_document WHERE rowid > :after_id"
)


@contextlib.contextmanager
def bulk_load_of_new_clients(connection: sa.Connection) -> Iterator[None]:
    """Suspend the search triggers while only NEW clients (and their rows) are inserted.

    Must run inside the caller's transaction; not for updates of existing clients, whose
    index entries would go stale.
    """
    driver_connection = connection.connection.driver_connection
    if not driver_connection.in_transaction:
        # The driver opens its transaction lazily, at the first INSERT; the DROP TRIGGER
        # below must already be inside it, or a failed load would leave no triggers.
        connection.exec_driver_sql("BEGIN")
    triggers = connection.execute(_TRIGGERS).all()
    last_existing_id = connection.execute(_MAX_CLIENT_ID).scalar_one()
    for name, _sql in triggers:
        # Names come from sqlite_schema (our own migration), never from input.
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    connection.execute(_INDEX_NEW_CLIENTS, {"after_id": last_existing_id})
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)
