"""An index in the order the client list shows names, and one-character prefixes in the
search index (issue 17).

The list orders by ``coalesce(surname, entity_name), first_names, id``: people by
surname, companies and trusts by their name. No index held that order (people had
(surname, first_names), companies and trusts nothing), so the first window of a large
practice read two streams and sorted every company and trust, and a type-ahead walk
tested each of them. An index on exactly the sort expression lets SQLite read the first
window, or walk the list testing each client against what was typed, in one stream and
stop after the window.

The prefix index (0002) held prefixes of two to four characters, so one typed character
("0", "5": the first digit of a phone or ID number) made FTS5 merge the word list of
every word starting with it before returning a single row. It is rebuilt with
one-character prefixes too; the words and columns are those of 0002, filled from its
view, and its triggers (which name the table, not its options) stay as they are.

Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"

# The expression must be written as services/clients.py writes its sort key (SQLite uses
# an index on an expression only for that same expression). The extra parentheses are
# PostgreSQL's syntax for an expression column; SQLite accepts them.
SORT_NAME_INDEX = (
    "CREATE INDEX ix_clients_sort_name ON clients ((coalesce(surname, entity_name)), first_names)"
)


_COLUMNS = "name, identity, phones, email, policy_numbers"


def _rebuild_prefix_index(prefixes: str) -> None:
    op.execute("DROP TABLE client_search")
    op.execute(
        f"CREATE VIRTUAL TABLE client_search USING fts5({_COLUMNS}, "
        "content='', contentless_delete=1, "
        f"tokenize=\"unicode61 remove_diacritics 2 tokenchars '@.'\", prefix='{prefixes}')"
    )
    op.execute(
        f"INSERT INTO client_search(rowid, {_COLUMNS}) "
        f"SELECT rowid, {_COLUMNS} FROM client_search_document"
    )


def upgrade() -> None:
    op.execute(SORT_NAME_INDEX)
    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's; a server practice's search is not built yet (README)
    _rebuild_prefix_index("1 2 3 4")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_clients_sort_name")
    if op.get_bind().dialect.name != "sqlite":
        return
    _rebuild_prefix_index("2 3 4")
