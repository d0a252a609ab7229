"""The client search index (FTS5, see migration 0002) during bulk loads.

Its triggers keep the index right one row at a time, which is what edits need; for a bulk
load (demo data, an import) that costs a rebuild of a client's index entry per policy and
grows with the size of the index. Inside the load's transaction the triggers are set
aside and the entries for the new clients are written in one statement at the end, so
the result is the same as with the triggers and a failure rolls everything back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

import sqlalchemy as sa

_TRIGGERS = sa.text(
    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'client_search%'"
)
_MAX_CLIENT_ID = sa.text("SELECT coalesce(max(id), 0) FROM clients")
_UNINDEX_CLIENTS = sa.text("DELETE FROM client_search WHERE rowid IN :ids").bindparams(
    sa.bindparam("ids", expanding=True)
)
_INDEX_CLIENTS = sa.text(
    "INSERT INTO client_search(rowid, name, identity, phones, email, policy_numbers) "
    "SELECT rowid, name, identity, phones, email, policy_numbers "
    "FROM client_search_document WHERE rowid IN :ids"
).bindparams(sa.bindparam("ids", expanding=True))
_INDEX_NEW_CLIENTS = sa.text(
    "INSERT INTO client_search(rowid, name, identity, phones, email, policy_numbers) "
    "SELECT rowid, name, identity, phones, email, policy_numbers "
    "FROM client_search_document WHERE rowid > :after_id"
)


class BulkIndexing:
    """Handed to the body of a bulk load: existing clients whose searchable rows (policy
    numbers) the load adds to must be named here, so their entries are rebuilt too."""

    def __init__(self) -> None:
        self.existing_clients: set[int] = set()

    def reindex(self, client_ids: Iterable[int]) -> None:
        self.existing_clients.update(client_ids)


@contextlib.contextmanager
def bulk_load_of_new_clients(connection: sa.Connection) -> Iterator[BulkIndexing]:
    """Suspend the search triggers while NEW clients and their rows are inserted, and rows
    of existing clients named through :meth:`BulkIndexing.reindex`.

    Must run inside the caller's transaction; not for updates of client fields, whose
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
    indexing = BulkIndexing()
    yield indexing
    connection.execute(_INDEX_NEW_CLIENTS, {"after_id": last_existing_id})
    existing = sorted(indexing.existing_clients)
    for start in range(0, len(existing), 500):
        chunk = existing[start : start + 500]
        connection.execute(_UNINDEX_CLIENTS, {"ids": chunk})
        connection.execute(_INDEX_CLIENTS, {"ids": chunk})
    for _name, sql in triggers:
        connection.exec_driver_sql(sql)
