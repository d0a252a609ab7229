"""A planner's year (issue 19): advice-template details locked with their record of advice,
service levels and reviews, appointments, policy schedules and status history, commission
expected and received, letter templates, tags and saved searches.

Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clientmanager.store import guards

revision = "0009"
down_revision = "0008"

_FINAL = "(SELECT finalised_at FROM notes WHERE notes.id = {ref}.note_id) IS NOT NULL"
_DESTROYED = (
    "EXISTS (SELECT 1 FROM erasure_ledger WHERE erasure_ledger.client_id = {client} "
    "AND erasure_ledger.method = 'destroyed')"
)
_LOCKED_DOCUMENT = (
    "EXISTS (SELECT 1 FROM advice_details JOIN notes ON notes.id = advice_details.note_id "
    "WHERE advice_details.document_id = {document} AND notes.finalised_at IS NOT NULL)"
)
_DOCUMENT_CLIENT = "(SELECT client_id FROM documents WHERE documents.id = OLD.document_id)"

# A finalised record of advice is evidence (FAIS General Code s9): its template details, the
# SHA-256 of its PDF and that PDF itself are locked with it, as 0001 locks the note. Only
# the erasure of the whole client (recorded in the ledger first) may remove them.
_NOTE_CLIENT = "(SELECT client_id FROM notes WHERE notes.id = OLD.note_id)"
_LOCKED = "the PDF of a final record of advice cannot be "

GUARDS = (
    guards.Guard(
        name="advice_details_final_no_insert",
        table="advice_details",
        event="INSERT",
        when=_FINAL.format(ref="NEW"),
        message="record of advice is final and cannot be changed",
    ),
    # The erasure of the client is the one exception: its cascade clears document_id.
    guards.Guard(
        name="advice_details_final_no_update",
        table="advice_details",
        event="UPDATE",
        when=_FINAL.format(ref="OLD") + " AND NOT " + _DESTROYED.format(client=_NOTE_CLIENT),
        message="record of advice is final and cannot be changed",
    ),
    guards.Guard(
        name="advice_details_final_no_delete",
        table="advice_details",
        event="DELETE",
        when=_FINAL.format(ref="OLD") + " AND NOT " + _DESTROYED.format(client=_NOTE_CLIENT),
        message="record of advice is final and cannot be deleted",
    ),
    guards.Guard(
        name="advice_pdf_no_delete",
        table="documents",
        event="DELETE",
        when=_LOCKED_DOCUMENT.format(document="OLD.id")
        + " AND NOT "
        + _DESTROYED.format(client="OLD.client_id"),
        message=_LOCKED + "deleted",
    ),
    guards.Guard(
        name="advice_pdf_no_update",
        table="documents",
        event="UPDATE",
        columns=("sha256", "size_bytes", "client_id"),
        when=_LOCKED_DOCUMENT.format(document="OLD.id"),
        message=_LOCKED + "changed",
    ),
    guards.Guard(
        name="advice_pdf_content_no_update",
        table="document_contents",
        event="UPDATE",
        when=_LOCKED_DOCUMENT.format(document="OLD.document_id"),
        message=_LOCKED + "changed",
    ),
    guards.Guard(
        name="advice_pdf_content_no_delete",
        table="document_contents",
        event="DELETE",
        when=_LOCKED_DOCUMENT.format(document="OLD.document_id")
        + " AND NOT "
        + _DESTROYED.format(client=_DOCUMENT_CLIENT),
        message=_LOCKED + "deleted",
    ),
)


def upgrade() -> None:
    op.create_table(
        "letter_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=12), nullable=False),
        sa.Column("recipient", sa.String(length=12), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_letter_templates_name")),
    )
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "saved_searches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["users.id"],
            name=op.f("fk_saved_searches_created_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_searches")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_searches_name")),
    )
    op.create_table(
        "client_tags",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_client_tags_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_client_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("client_id", "tag_id", name=op.f("pk_client_tags")),
    )
    op.create_index(op.f("ix_client_tags_tag_id"), "client_tags", ["tag_id"], unique=False)
    op.create_table(
        "service_levels",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.String(length=12), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("assistant_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assistant_id"],
            ["users.id"],
            name=op.f("fk_service_levels_assistant_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_service_levels_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_service_levels")),
    )
    op.create_index(
        op.f("ix_service_levels_next_review_on"), "service_levels", ["next_review_on"], unique=False
    )
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=120), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("location", sa.String(length=300), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_appointments_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["tasks.id"],
            name=op.f("fk_appointments_task_id_tasks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_appointments_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
        sa.UniqueConstraint("uid", name=op.f("uq_appointments_uid")),
    )
    op.create_index(op.f("ix_appointments_client_id"), "appointments", ["client_id"], unique=False)
    op.create_index(op.f("ix_appointments_starts_at"), "appointments", ["starts_at"], unique=False)
    op.create_table(
        "commission_expectations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("amount_cents", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policies.id"],
            name=op.f("fk_commission_expectations_policy_id_policies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_expectations")),
    )
    op.create_index(
        op.f("ix_commission_expectations_policy_id"),
        "commission_expectations",
        ["policy_id"],
        unique=False,
    )
    op.create_table(
        "commission_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=True),
        sa.Column("provider", sa.String(length=100), nullable=False),
        sa.Column("policy_number", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=True),
        sa.Column("amount_cents", sa.Integer().with_variant(sa.BigInteger(), "postgresql"), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policies.id"],
            name=op.f("fk_commission_receipts_policy_id_policies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_commission_receipts_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_receipts")),
    )
    op.create_index(
        op.f("ix_commission_receipts_period"), "commission_receipts", ["period"], unique=False
    )
    op.create_index(
        op.f("ix_commission_receipts_policy_id"), "commission_receipts", ["policy_id"], unique=False
    )
    op.create_table(
        "policy_schedules",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("escalation_bp", sa.Integer(), nullable=True),
        sa.Column("renewal_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policies.id"],
            name=op.f("fk_policy_schedules_policy_id_policies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("policy_id", name=op.f("pk_policy_schedules")),
    )
    op.create_index(
        op.f("ix_policy_schedules_renewal_on"), "policy_schedules", ["renewal_on"], unique=False
    )
    op.create_index(
        op.f("ix_policy_schedules_review_on"), "policy_schedules", ["review_on"], unique=False
    )
    op.create_table(
        "policy_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policies.id"],
            name=op.f("fk_policy_status_changes_policy_id_policies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_policy_status_changes_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_status_changes")),
    )
    op.create_index(
        op.f("ix_policy_status_changes_policy_id"),
        "policy_status_changes",
        ["policy_id"],
        unique=False,
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewed", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_reviews_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_reviews_recorded_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["tasks.id"], name=op.f("fk_reviews_task_id_tasks"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    op.create_index(op.f("ix_reviews_client_id"), "reviews", ["client_id"], unique=False)
    op.create_index(op.f("ix_reviews_reviewed_on"), "reviews", ["reviewed_on"], unique=False)
    op.create_table(
        "advice_details",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("template", sa.String(length=20), nullable=False),
        sa.Column("needs_analysis", sa.Text(), nullable=True),
        sa.Column("fees_disclosed", sa.Text(), nullable=True),
        sa.Column("commission_disclosed", sa.Text(), nullable=True),
        sa.Column("replaced_product", sa.Text(), nullable=True),
        sa.Column("replacement_comparison", sa.Text(), nullable=True),
        sa.Column("replacement_reasons", sa.Text(), nullable=True),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_advice_details_document_id_documents"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["notes.id"],
            name=op.f("fk_advice_details_note_id_notes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", name=op.f("pk_advice_details")),
    )

    for guard in GUARDS:
        guards.create(op, guard)


def downgrade() -> None:
    for guard in reversed(GUARDS):
        guards.drop(op, guard)
    op.drop_table("advice_details")
    op.drop_index(op.f("ix_reviews_reviewed_on"), table_name="reviews")
    op.drop_index(op.f("ix_reviews_client_id"), table_name="reviews")
    op.drop_table("reviews")
    op.drop_index(op.f("ix_policy_status_changes_policy_id"), table_name="policy_status_changes")
    op.drop_table("policy_status_changes")
    op.drop_index(op.f("ix_policy_schedules_review_on"), table_name="policy_schedules")
    op.drop_index(op.f("ix_policy_schedules_renewal_on"), table_name="policy_schedules")
    op.drop_table("policy_schedules")
    op.drop_index(op.f("ix_commission_receipts_policy_id"), table_name="commission_receipts")
    op.drop_index(op.f("ix_commission_receipts_period"), table_name="commission_receipts")
    op.drop_table("commission_receipts")
    op.drop_index(
        op.f("ix_commission_expectations_policy_id"), table_name="commission_expectations"
    )
    op.drop_table("commission_expectations")
    op.drop_index(op.f("ix_appointments_starts_at"), table_name="appointments")
    op.drop_index(op.f("ix_appointments_client_id"), table_name="appointments")
    op.drop_table("appointments")
    op.drop_index(op.f("ix_service_levels_next_review_on"), table_name="service_levels")
    op.drop_table("service_levels")
    op.drop_index(op.f("ix_client_tags_tag_id"), table_name="client_tags")
    op.drop_table("client_tags")
    op.drop_table("saved_searches")
    op.drop_table("tags")
    op.drop_table("letter_templates")
