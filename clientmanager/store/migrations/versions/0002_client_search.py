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

_INSERT_FOR = (
    "INSERT INTO client_search(rowid, name, identity, phones, email, policy_numbers) "
    "SELECT rowid, name, identity, phones, email, policy_numbers "
    "FROM client_search_document WHERE rowid = {client_id};"
)
_DELETE_FOR = "DELETE FROM client_search WHERE rowid = {client_id};"

TRIGGERS = {
    "client_search_ai": ("AFTER INSERT ON clients", [_INSERT_FOR.format(client_id="NEW.id")]),
    "client_search_au": (
        "AFTER UPDATE ON clients",
        [_DELETE_FOR.format(client_id="OLD.id"), _INSERT_FOR.format(client_id="NEW.id")],
    ),
    "client_search_ad": ("AFTER DELETE ON clients", [_DELETE_FOR.format(client_id="OLD.id")]),
    "client_search_policy_ai": (
        "AFTER INSERT ON policies",
        [
            _DELETE_FOR.format(client_id="NEW.client_id"),
            _INSERT_FOR.format(client_id="NEW.client_id"),
        ],
    ),
    "client_search_policy_au": (
        "AFTER UPDATE OF policy_number, client_id ON policies",
        [
            _DELETE_FOR.format(client_id="OLD.client_id"),
            _INSERT_FOR.format(client_id="OLD.client_id"),
            _DELETE_FOR.format(client_id="NEW.client_id"),
            _INSERT_FOR.format(client_id="NEW.client_id"),
        ],
    ),
    "client_search_policy_ad": (
        "AFTER DELETE ON policies",
        [
            _DELETE_FOR.format(client_id="OLD.client_id"),
            _INSERT_FOR.format(client_id="OLD.client_id"),
        ],
    ),
}


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
    for name, (event, statements) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {' '.join(statements)} END")
    op.execute(
        "INSERT INTO client_search(rowid, name, identity, phones, email, policy_numbers) "
        "SELECT rowid, name, identity, phones, email, policy_numbers FROM client_search_document"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS client_search")
    op.execute("DROP VIEW IF EXISTS client_search_document")
