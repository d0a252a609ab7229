"""POPIA registers (disclosures, data-subject requests, erasure ledger), login back-off,
and an append-only audit log.

Create Date: 2026-11-25
"""

from __future__ import annotations

import dataclasses

import sqlalchemy as sa
from alembic import op

from clientmanager.store import guards
from clientmanager.store.migrations import ddl

revision = "0003"
down_revision = "0002"

AUDIT_GUARDS = tuple(
    guards.Guard(
        name=f"audit_log_no_{event.lower()}",
        table="audit_log",
        event=event,
        message="the audit log is append-only",
    )
    for event in ("UPDATE", "DELETE")
)
# 0001's guard, as 0001 made it.
_, NOTES_NO_DELETE_0001 = guards.final_record(
    "notes_finalised", "notes", when="OLD.finalised_at IS NOT NULL"
)
# A finalised record of advice still cannot be deleted, except as part of destroying a
# client whose retention period has run out: the erasure service writes the ledger
# entry first, and that entry is what authorises the delete.
NOTES_NO_DELETE_UNLESS_DESTROYED = dataclasses.replace(
    NOTES_NO_DELETE_0001,
    when=(
        "OLD.finalised_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM erasure_ledger "
        "WHERE erasure_ledger.client_id = OLD.client_id "
        "AND erasure_ledger.method = 'destroyed')"
    ),
)


def upgrade() -> None:
    ddl.create_table(
        "disclosures",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("recipient_category", sa.String(length=30), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("categories", sa.String(length=500), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=True),
        sa.Column("disclosed_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        ddl.user_fk("disclosures", "recorded_by_id"),
    )
    ddl.create_indexes("disclosures", "client_id")

    ddl.create_table(
        "subject_requests",
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("requested_by", sa.String(length=200), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("identity_verified_on", sa.Date(), nullable=True),
        sa.Column("identity_verification", sa.String(length=300), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("extended_to", sa.Date(), nullable=True),
        sa.Column("extension_reason", sa.String(length=300), nullable=True),
        sa.Column("status", sa.String(length=15), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("handled_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        ddl.user_fk("subject_requests", "handled_by_id"),
    )
    ddl.create_indexes("subject_requests", "client_id", "due_on")

    ddl.create_table(
        "erasure_ledger",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=15), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.Column("erased_by_id", sa.Integer(), nullable=True),
    )
    ddl.create_indexes("erasure_ledger", "client_id")

    with op.batch_alter_table("users") as batch_op:
        batch_op.add_column(sa.Column("last_failed_login_at", sa.DateTime(), nullable=True))

    guards.drop(op, NOTES_NO_DELETE_0001)
    guards.create(op, NOTES_NO_DELETE_UNLESS_DESTROYED)

    # The audit trail is evidence: the database refuses edits and deletions outright, and
    # the hash chain shows any edit made by going around the triggers.
    guards.create(op, *AUDIT_GUARDS)


def downgrade() -> None:
    guards.drop(op, NOTES_NO_DELETE_UNLESS_DESTROYED)
    guards.create(op, NOTES_NO_DELETE_0001)
    guards.drop(op, *AUDIT_GUARDS)
    with op.batch_alter_table("users") as batch_op:
        batch_op.drop_column("last_failed_login_at")
    ddl.drop_tables("erasure_ledger", "subject_requests", "disclosures")
