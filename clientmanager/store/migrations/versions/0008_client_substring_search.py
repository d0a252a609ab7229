"""Substring search for ID numbers, phone numbers, e-mails and policy numbers (trigrams).

The prefix index of 0002 finds "800101" but not the middle digits of an ID number, a
phone number typed without its area code, or "webmail" inside an address. A second FTS5
table with the trigram tokenizer holds those four kinds of value; a query of three or
more characters matches anywhere in them. Names stay prefix-only (0002): a substring of
a name finds too many people to be useful.

Phones are indexed as digits in the form planners type (0821234567 for +27821234567);
the prefix index already finds the international form. Same pattern as 0002: a view
defines the document, triggers keep the table in step, the bulk loader in
store/search_index.py sets the triggers aside and fills it in one statement.

A single letter typed in the search box lists the clients whose surname, first name or
company name starts with it, from two indexes already in name order (an index on the
first name's initial is added here), instead of every word of every field.

Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from clientmanager.store.migrations import ddl

revision = "0008"
down_revision = "0006"


def _digits(column: str) -> str:
    return (
        f"CASE WHEN {column} LIKE '+27%' THEN '0' || substr({column}, 4) "
        f"ELSE replace({column}, '+', '') END"
    )


SUBSTRING_DOCUMENT_VIEW = f"""
CREATE VIEW client_search_substring_document AS
SELECT
    c.id AS rowid,
    trim(coalesce(c.id_number, '') || ' ' || coalesce(c.passport_number, '') || ' '
         || coalesce(c.registration_number, '')) AS identity,
    trim(coalesce({_digits("c.mobile")}, '') || ' ' || coalesce({_digits("c.home_phone")}, '')
         || ' ' || coalesce({_digits("c.work_phone")}, '')) AS phones,
    coalesce(c.email, '') AS email,
    coalesce((SELECT group_concat(p.policy_number, ' ') FROM policies p
              WHERE p.client_id = c.id), '') AS policy_numbers
FROM clients c
"""

COLUMNS = "identity, phones, email, policy_numbers"

# The bulk loader (store/search_index.py) sets these aside too, by this name prefix.
TRIGGERS = ddl.index_triggers(
    "substring_search",
    "client_search_substring",
    "client_search_substring_document",
    COLUMNS,
    client_update="AFTER UPDATE OF id_number, passport_number, registration_number, mobile, "
    "home_phone, work_phone, email ON clients",
)


def upgrade() -> None:
    # One letter typed: surnames starting with it come from the (surname, first_names)
    # index, first names starting with it from this one, both already in name order.
    op.execute(
        "CREATE INDEX ix_clients_first_initial ON clients "
        "(substr(first_names, 1, 1), surname, first_names)"
    )
    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's; a server practice's search is not built yet (README)
    op.execute(SUBSTRING_DOCUMENT_VIEW)
    op.execute(
        f"CREATE VIRTUAL TABLE client_search_substring USING fts5({COLUMNS}, "
        "content='', contentless_delete=1, tokenize='trigram')"
    )
    ddl.create_triggers(TRIGGERS)
    op.execute(
        f"INSERT INTO client_search_substring(rowid, {COLUMNS}) "
        f"SELECT rowid, {COLUMNS} FROM client_search_substring_document"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_clients_first_initial")
        return
    ddl.drop_triggers(TRIGGERS)
    op.execute("DROP TABLE IF EXISTS client_search_substring")
    op.execute("DROP VIEW IF EXISTS client_search_substring_document")
    op.execute("DROP INDEX IF EXISTS ix_clients_first_initial")
