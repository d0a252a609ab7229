"""Record versions (optimistic locking of every editable record) and "postal address
same as residential".

Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"

VERSIONED_TABLES = (
    "households",
    "clients",
    "addresses",
    "relationships",
    "policies",
    "assets",
    "liabilities",
    "cash_flows",
    "goals",
    "risk_profiles",
    "notes",
    "tasks",
)


def upgrade() -> None:
    # Plain ADD COLUMN, never a batch rebuild: rebuilding "notes" would drop the triggers
    # that lock finalised records of advice.
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column(
        "clients",
        sa.Column(
            "postal_same_as_residential", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
    )


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+): no table rebuild, so views and triggers stay.
    op.drop_column("clients", "postal_same_as_residential")
    for table in VERSIONED_TABLES:
        op.drop_column(table, "version")
