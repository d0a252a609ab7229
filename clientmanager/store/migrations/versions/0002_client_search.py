"""Client search index: FTS5 over name, SA ID, phones, email and policy numbers.

Type-ahead needs prefix matches across several columns without ``LIKE '%..%'`` scans of
100k rows. The index holds one row per client (rowid = client id) and is kept in step by
triggers, all of which build the row from one view, so there is one definition of what
is searchable. Phone numbers are indexed both as E.164 digits (27821234567) and in the
local form planners type (0821234567).

Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

from clientmanager.store.migrations import ddl

revision = "0002"
down_revision = "0001"


def _local_form(column: str) -> str:
    return f"CASE WHEN {column} LIKE '+27%' THEN '0' || substr({column}, 4) END"


SEARCH_DOCUMENT_VIEW = f"""
CREATE VIEW client_search_document AS
SELECT
    c.id AS rowid,
    trim(coalesce(c.first_names, '') || ' ' || coalesce(c.preferred_name, '') || ' '
         || coalesce(c.surname, '') || ' ' || coalesce(c.entity_name, '')) AS name,
    trim(coalesce(c.id_number, '') || ' ' || coalesce(c.passport_number, '') || ' '
         || coalesce(c.registration_number, '')) AS identity,
    trim(coalesce(c.mobile, '') || ' ' || coalesce({_local_form("c.mobile")}, '') || ' '
         || coalesce(c.home_phone, '') || ' ' || coalesce({_local_form("c.home_phone")}, '') || ' '
         || coalesce(c.work_phone, '') || ' ' || coalesce({_local_form("c.work_phone")}, ''))
        AS phones,
    coalesce(c.email, '') AS email,
    coalesce((SELECT group_concat(p.policy_number, ' ') FROM policies p
              WHERE p.client_id = c.id), '') AS policy_numbers
FROM clients c
"""

TRIGGERS = ddl.index_triggers(
    "client_search",
    "client_search",
    "client_search_document",
    "name, identity, phones, email, policy_numbers",
    client_update="AFTER UPDATE ON clients",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        # The FTS5 index is SQLite's; a server practice's search index is not built yet
        # (see README, "Several PCs": PostgreSQL search is not available in this version).
        return
    op.execute(SEARCH_DOCUMENT_VIEW)
    # Contentless (content=''): the text already lives in clients and policies; the index
    # keeps only tokens. contentless_delete lets triggers remove a client's row.
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5("
        "name, identity, phones, email, policy_numbers, "
        "content='', contentless_delete=1, "
        "tokenize=\"unicode61 remove_diacritics 2 tokenchars '@.'\", prefix='2 3 4')"
    )
    ddl.create_triggers(TRIGGERS)
    op.execute(
        "INSERT INTO client_search(rowid, name, identity, phones, email, policy_numbers) "
        "SELECT rowid, name, identity, phones, email, policy_numbers FROM client_search_document"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    ddl.drop_triggers(TRIGGERS)
    op.execute("DROP TABLE IF EXISTS client_search")
    op.execute("DROP VIEW IF EXISTS client_search_document")
