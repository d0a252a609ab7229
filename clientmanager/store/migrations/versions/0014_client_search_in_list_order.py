"""The client search indexes again, with rowids in the list's name order (issue 17).

The type-ahead shows the first window of matches in name order. With the indexes keyed
by client id (0002, 0008), FTS5 returns matches by id, so every match had to be read,
joined to its client and sorted, or the name index walked and each client tested
against the match set; a common surname at 300k clients cost 25-30 ms either way. Here
every client has a position that grows with the list order (with gaps, so a new or
renamed client fits between its neighbours), and two more FTS5 tables, with the same
words and options as 0002 and 0008, use it as rowid: FTS5 returns the matches in list
order, and the first window is the first matches read.

The triggers (store/list_order.py list_order_triggers) place a new or renamed client
between its neighbours. Where no gap is left the client is named as pending, the search
uses the id-keyed indexes until store/search_index.py renumbers everyone.

Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

from clientmanager.store import list_order
from clientmanager.store.migrations import ddl

revision = "0014"
down_revision = "0013"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's; the office server searches its own way (0011)
    op.execute(
        f"CREATE TABLE {list_order.LIST_POSITIONS} (position INTEGER PRIMARY KEY, "
        "client_id INTEGER NOT NULL UNIQUE)"
    )
    op.execute(f"CREATE TABLE {list_order.LIST_PENDING} (client_id INTEGER PRIMARY KEY)")
    for table, _document, columns in list_order.ORDERED_INDEXES:
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5({columns}, {list_order.ORDERED_OPTIONS[table]})"
        )
    for statement in list_order.renumber_list_statements():
        op.execute(statement)
    ddl.create_triggers(list_order.list_order_triggers())


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    ddl.drop_triggers(list_order.list_order_triggers())
    for table, _document, _columns in list_order.ORDERED_INDEXES:
        op.execute(f"DROP TABLE IF EXISTS {table}")
    op.execute(f"DROP TABLE IF EXISTS {list_order.LIST_PENDING}")
    op.execute(f"DROP TABLE IF EXISTS {list_order.LIST_POSITIONS}")
