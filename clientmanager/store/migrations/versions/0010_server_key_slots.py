"""Key slots in the database, for a practice on the office server (issue 18).

Create Date: 2026-12-01

Created on PostgreSQL only. A practice in one SQLCipher file keeps its key slots in the
key-slot file beside the database: they must be readable before the database can be
decrypted, so a table inside it could never hold them, and an empty one would only be a
second place to look. On the office server every PC reads the slots from here, so each
user unlocks with their own password (or the recovery code) on any PC.

One row per slot (a user's password slot, or the recovery slot), in exactly the JSON the
key-slot file holds for that slot, so the two stores never diverge in format; a row per
slot means two PCs adding different users at once cannot overwrite each other's slot.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010s"
down_revision = "0010t"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "server_key_slots",
        sa.Column("slot_id", sa.String(200), primary_key=True),
        sa.Column("practice_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("label", sa.String(200), nullable=False),
        sa.Column("slot", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_table("server_key_slots")
