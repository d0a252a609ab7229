"""Amounts in cents as 64-bit integers on the office server (issue 18).

Create Date: 2026-12-01

SQLite's INTEGER is 64-bit, PostgreSQL's 32-bit: a server practice could hold no amount
above R21 474 836.47, which a cover amount, a fund value or a retirement goal passes. The
earlier migrations now create these columns as BIGINT on PostgreSQL; this one widens them
on a server database built before that (it does nothing where they are already BIGINT, and
nothing on SQLite). Widening keeps every value.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"

AMOUNT_COLUMNS = (
    ("cash_flows", "amount_cents"),
    ("goals", "target_amount_cents"),
    ("liabilities", "balance_cents"),
    ("liabilities", "monthly_payment_cents"),
    ("policies", "premium_cents"),
    ("policies", "cover_amount_cents"),
    ("policies", "fund_value_cents"),
    ("assets", "value_cents"),
    ("commission_expectations", "amount_cents"),
    ("commission_receipts", "amount_cents"),
)


def _narrow_columns(bind: sa.Connection) -> set[tuple[str, str]]:
    rows = bind.execute(
        sa.text(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND data_type = 'integer'"
        )
    )
    return {(table, column) for table, column in rows}


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    narrow = _narrow_columns(bind)
    for table, column in AMOUNT_COLUMNS:
        if (table, column) in narrow:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE BIGINT")


def downgrade() -> None:
    # Narrowing could fail on (or silently need to refuse) amounts that only BIGINT holds;
    # the earlier migrations create these columns as BIGINT on PostgreSQL anyway.
    pass
