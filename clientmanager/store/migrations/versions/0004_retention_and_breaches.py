"""Retention schedule, legal holds, retention reviews, the breach register, and who gave a
consent on a child's behalf.

Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def _user_fk(table: str, column: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["users.id"], name=op.f(f"fk_{table}_{column}_users"), ondelete="SET NULL"
    )


def upgrade() -> None:
    op.create_table(
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
        _user_fk("retention_rules", "updated_by_id"),
        sa.PrimaryKeyConstraint("category", name=op.f("pk_retention_rules")),
    )

    op.create_table(
        "legal_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=20), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=False),
        sa.Column("placed_by_id", sa.Integer(), nullable=True),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.Column("released_by_id", sa.Integer(), nullable=True),
        sa.Column("release_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_legal_holds_client_id_clients"),
            ondelete="CASCADE",
        ),
        _user_fk("legal_holds", "placed_by_id"),
        _user_fk("legal_holds", "released_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_holds")),
    )
    op.create_index(op.f("ix_legal_holds_client_id"), "legal_holds", ["client_id"])

    op.create_table(
        "retention_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("ran_by_id", sa.Integer(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=False),
        sa.Column("due_count", sa.Integer(), nullable=False),
        sa.Column("held_count", sa.Integer(), nullable=False),
        sa.Column("destroyed_count", sa.Integer(), nullable=False),
        sa.Column("deidentified_count", sa.Integer(), nullable=False),
        sa.Column("logs_removed", sa.Integer(), nullable=False),
        _user_fk("retention_reviews", "ran_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_reviews")),
    )

    op.create_table(
        "breaches",
        sa.Column("id", sa.Integer(), nullable=False),
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
        _user_fk("breaches", "recorded_by_id"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breaches")),
    )

    op.create_table(
        "breach_subjects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["breach_id"],
            ["breaches.id"],
            name=op.f("fk_breach_subjects_breach_id_breaches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach_subjects")),
        sa.UniqueConstraint(
            "breach_id", "client_id", name=op.f("uq_breach_subjects_breach_id_client_id")
        ),
    )
    op.create_index(op.f("ix_breach_subjects_breach_id"), "breach_subjects", ["breach_id"])
    op.create_index(op.f("ix_breach_subjects_client_id"), "breach_subjects", ["client_id"])

    # A plain ADD COLUMN keeps the consents table (and its append-only trigger) in place;
    # a batch "move and copy" would drop the trigger.
    op.add_column("consents", sa.Column("given_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("consents", "given_by")
    op.drop_index(op.f("ix_breach_subjects_client_id"), table_name="breach_subjects")
    op.drop_index(op.f("ix_breach_subjects_breach_id"), table_name="breach_subjects")
    op.drop_table("breach_subjects")
    op.drop_table("breaches")
    op.drop_table("retention_reviews")
    op.drop_index(op.f("ix_legal_holds_client_id"), table_name="legal_holds")
    op.drop_table("legal_holds")
    op.drop_table("retention_rules")
