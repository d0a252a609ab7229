"""Indexes for the Today page's cards, so a large practice's Today is not a set of scans.

The review cards walk clients in the order their review falls due (their last review, or
the day they became a client); the birthday card looks up the week's month-days. Without
these, each card read every client (0.3-0.7 s each at 100k clients, on the one database
worker, at every start-up and every refresh). The expressions are spelled exactly as the
services' queries spell them (services/clients.py review_base, store/expressions.py
month_day), which is what lets SQLite use them.

Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0010t"
down_revision = "0010"


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_clients_review_base ON clients "
        "(coalesce(last_review_on, relationship_start, date(created_at)), id)"
    )
    if op.get_bind().dialect.name == "sqlite":
        # PostgreSQL's to_char is not immutable, so it cannot be indexed; a server
        # practice's birthday card reads the column.
        op.execute(
            "CREATE INDEX ix_clients_month_day_of_birth ON clients "
            "(strftime('%m-%d', date_of_birth), surname)"
        )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_clients_month_day_of_birth")
    op.execute("DROP INDEX IF EXISTS ix_clients_review_base")
