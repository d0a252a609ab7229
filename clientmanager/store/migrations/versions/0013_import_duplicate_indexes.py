"""Indexes for the import's duplicate check, so it no longer reads every client (issue 17).

The check (services/importer.py ``_load_index``) asks the database for the clients that
share a key with the file: SA ID and mobile (indexed since 0001), e-mail compared in lower
case, surname and date of birth compared in lower case, and every client whose e-mail or
surname holds a non-ASCII character (the database's lower() may fold only ASCII, so those
are checked in Python). Only the first two had an index, and one OR across all of them
made SQLite read the whole clients table (0.3 s of CPU at 100k clients, for a 10k-row
file). Each key now has an index spelled exactly as the query spells it (SQLite uses an
index on an expression, or a partial index, only for that same expression), and the
check asks one indexed question per key.

PostgreSQL gets the lower(email) index and the two partial indexes; its to_char is not
immutable, so the surname-and-date key cannot be indexed there and a server practice's
planner reads that key by its own plan, as before.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"

# The non-ASCII test as store/expressions.py has_non_ascii writes it for each dialect.
_NON_ASCII = {"sqlite": "GLOB '*[^ -~]*'", "postgresql": "~ '[^ -~]'"}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    non_ascii = _NON_ASCII.get(dialect, _NON_ASCII["sqlite"])
    op.execute("CREATE INDEX ix_clients_email_lower ON clients ((lower(email)))")
    op.execute(f"CREATE INDEX ix_clients_email_non_ascii ON clients (id) WHERE email {non_ascii}")
    op.execute(
        "CREATE INDEX ix_clients_surname_non_ascii ON clients (date_of_birth) "
        f"WHERE surname {non_ascii}"
    )
    if dialect == "sqlite":
        # Dates are stored as their ISO text, which is what the query compares with.
        op.execute(
            "CREATE INDEX ix_clients_surname_birth_key ON clients "
            "((lower(surname) || '|' || date_of_birth))"
        )


def downgrade() -> None:
    for name in (
        "ix_clients_surname_birth_key",
        "ix_clients_surname_non_ascii",
        "ix_clients_email_non_ascii",
        "ix_clients_email_lower",
    ):
        op.execute(f"DROP INDEX IF EXISTS {name}")
