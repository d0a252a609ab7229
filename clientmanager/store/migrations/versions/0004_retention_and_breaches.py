"""Retention schedule, legal holds, retention reviews, the breach register, and who gave a
consent on a child's behalf.

Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clientmanager.store.migrations import ddl

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    ddl.create_table(
        "retention_rules",
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("applies_to", sa.String(length=300), nullable=False),
        sa.Column("starts_from", sa.String(length=30), nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("citation", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        ddl.user_fk("retention_rules", "updated_by_id"),
        key="category",
    )

    ddl.create_table(
        "legal_holds",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=False),
        sa.Column("placed_by_id", sa.Integer(), nullable=True),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.Column("released_by_id", sa.Integer(), nullable=True),
        sa.Column("release_reason", sa.Text(), nullable=True),
        ddl.client_fk("legal_holds"),
        ddl.user_fk("legal_holds", "placed_by_id"),
        ddl.user_fk("legal_holds", "released_by_id"),
    )
    ddl.create_indexes("legal_holds", "client_id")

    ddl.create_table(
        "retention_reviews",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("ran_by_id", sa.Integer(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("due_count", sa.Integer(), nullable=False),
        sa.Column("held_count", sa.Integer(), nullable=False),
        sa.Column("destroyed_count", sa.Integer(), nullable=False),
        sa.Column("deidentified_count", sa.Integer(), nullable=False),
        sa.Column("logs_removed", sa.Integer(), nullable=False),
        ddl.user_fk("retention_reviews", "ran_by_id"),
    )

    ddl.create_table(
        "breaches",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("discovered_at", sa.DateTime(), nullable=False),
        sa.Column("data_categories", sa.Text(), nullable=False),
        sa.Column("affected_criteria", sa.String(length=300), nullable=True),
        sa.Column("affected_count", sa.Integer(), nullable=False),
        sa.Column("data_encrypted", sa.Boolean(), nullable=False),
        sa.Column("consequences", sa.Text(), nullable=False),
        sa.Column("measures_taken", sa.Text(), nullable=False),
        sa.Column("subject_actions", sa.Text(), nullable=False),
        sa.Column("perpetrator", sa.Text(), nullable=True),
        sa.Column("regulator_notified_at", sa.DateTime(), nullable=True),
        sa.Column("regulator_reference", sa.String(length=100), nullable=True),
        sa.Column("subjects_notified_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        ddl.user_fk("breaches", "recorded_by_id"),
    )

    ddl.create_table(
        "breach_subjects",
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        ddl.foreign_key("breach_subjects", "breach_id", "breaches", ondelete="CASCADE"),
        sa.UniqueConstraint(
            "breach_id", "client_id", name=op.f("uq_breach_subjects_breach_id_client_id")
        ),
    )
    ddl.create_indexes("breach_subjects", "breach_id", "client_id")

    # A plain ADD COLUMN keeps the consents table (and its append-only trigger) in place;
    # a batch "move and copy" would drop the trigger.
    op.add_column("consents", sa.Column("given_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("consents", "given_by")
    ddl.drop_tables(
        "breach_subjects", "breaches", "retention_reviews", "legal_holds", "retention_rules"
    )
