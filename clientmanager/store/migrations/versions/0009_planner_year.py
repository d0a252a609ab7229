"""A planner's year (issue 19): advice-template details locked with their record of advice,
service levels and reviews, appointments, policy schedules and status history, commission
expected and received, letter templates, tags and saved searches.

Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clientmanager.store import guards
from clientmanager.store.migrations import ddl

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


def _kept_pdf(
    name: str, table: str, *, document: str, client: str, columns: tuple[str, ...] = ()
) -> tuple[guards.Guard, guards.Guard]:
    """The PDF kept with a final record of advice (its row in ``table``, which names the
    ``document``): not changed (``columns`` only, where given), and not deleted except
    with the erasure of its ``client``."""
    locked = _LOCKED_DOCUMENT.format(document=document)
    return (
        guards.Guard(
            name=f"{name}_no_update",
            table=table,
            event="UPDATE",
            columns=columns,
            when=locked,
            message=_LOCKED + "changed",
        ),
        guards.Guard(
            name=f"{name}_no_delete",
            table=table,
            event="DELETE",
            when=locked + " AND NOT " + _DESTROYED.format(client=client),
            message=_LOCKED + "deleted",
        ),
    )


_DOCUMENT_NO_UPDATE, _DOCUMENT_NO_DELETE = _kept_pdf(
    "advice_pdf",
    "documents",
    document="OLD.id",
    client="OLD.client_id",
    columns=("sha256", "size_bytes", "client_id"),
)

GUARDS = (
    guards.Guard(
        name="advice_details_final_no_insert",
        table="advice_details",
        event="INSERT",
        when=_FINAL.format(ref="NEW"),
        message="record of advice is final and cannot be changed",
    ),
    # The erasure of the client is the one exception: its cascade clears document_id.
    *guards.final_record(
        "advice_details_final",
        "advice_details",
        when=_FINAL.format(ref="OLD") + " AND NOT " + _DESTROYED.format(client=_NOTE_CLIENT),
    ),
    # The kept PDF's row, then its content, in the order 0009 has always created them.
    _DOCUMENT_NO_DELETE,
    _DOCUMENT_NO_UPDATE,
    *_kept_pdf(
        "advice_pdf_content",
        "document_contents",
        document="OLD.document_id",
        client=_DOCUMENT_CLIENT,
    ),
)


def upgrade() -> None:
    ddl.create_table(
        "letter_templates",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=12), nullable=False),
        sa.Column("recipient", sa.String(length=12), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_letter_templates_name")),
    )
    ddl.create_table(
        "tags",
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    ddl.create_table(
        "saved_searches",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        ddl.user_fk("saved_searches", "created_by_id"),
        sa.UniqueConstraint("name", name=op.f("uq_saved_searches_name")),
    )
    ddl.create_table(
        "client_tags",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        ddl.client_fk("client_tags"),
        ddl.foreign_key("client_tags", "tag_id", "tags", ondelete="CASCADE"),
        key=("client_id", "tag_id"),
    )
    ddl.create_indexes("client_tags", "tag_id")
    ddl.create_table(
        "service_levels",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("frequency", sa.String(length=12), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("assistant_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        ddl.user_fk("service_levels", "assistant_id"),
        ddl.client_fk("service_levels"),
        key="client_id",
    )
    ddl.create_indexes("service_levels", "next_review_on")
    ddl.create_table(
        "appointments",
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
        ddl.client_fk("appointments"),
        ddl.foreign_key("appointments", "task_id", "tasks", ondelete="SET NULL"),
        ddl.user_fk("appointments", "user_id"),
        sa.UniqueConstraint("uid", name=op.f("uq_appointments_uid")),
    )
    ddl.create_indexes("appointments", "client_id", "starts_at")
    ddl.create_table(
        "commission_expectations",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("amount_cents", ddl.CENTS, nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        ddl.foreign_key("commission_expectations", "policy_id", "policies", ondelete="CASCADE"),
    )
    ddl.create_indexes("commission_expectations", "policy_id")
    ddl.create_table(
        "commission_receipts",
        sa.Column("policy_id", sa.Integer(), nullable=True),
        sa.Column("provider", sa.String(length=100), nullable=False),
        sa.Column("policy_number", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=True),
        sa.Column("amount_cents", ddl.CENTS, nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        ddl.foreign_key("commission_receipts", "policy_id", "policies", ondelete="SET NULL"),
        ddl.user_fk("commission_receipts", "recorded_by_id"),
    )
    ddl.create_indexes("commission_receipts", "period", "policy_id")
    ddl.create_table(
        "policy_schedules",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("escalation_bp", sa.Integer(), nullable=True),
        sa.Column("renewal_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        ddl.foreign_key("policy_schedules", "policy_id", "policies", ondelete="CASCADE"),
        key="policy_id",
    )
    ddl.create_indexes("policy_schedules", "renewal_on", "review_on")
    ddl.create_table(
        "policy_status_changes",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("effective_on", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        ddl.foreign_key("policy_status_changes", "policy_id", "policies", ondelete="CASCADE"),
        ddl.user_fk("policy_status_changes", "recorded_by_id"),
    )
    ddl.create_indexes("policy_status_changes", "policy_id")
    ddl.create_table(
        "reviews",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("reviewed", sa.Text(), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        ddl.client_fk("reviews"),
        ddl.user_fk("reviews", "recorded_by_id"),
        ddl.foreign_key("reviews", "task_id", "tasks", ondelete="SET NULL"),
    )
    ddl.create_indexes("reviews", "client_id", "reviewed_on")
    ddl.create_table(
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
        ddl.foreign_key("advice_details", "document_id", "documents", ondelete="SET NULL"),
        ddl.foreign_key("advice_details", "note_id", "notes", ondelete="CASCADE"),
        key="note_id",
    )

    guards.create(op, *GUARDS)


def downgrade() -> None:
    guards.drop(op, *GUARDS)
    ddl.drop_tables(
        "advice_details",
        "reviews",
        "policy_status_changes",
        "policy_schedules",
        "commission_receipts",
        "commission_expectations",
        "appointments",
        "service_levels",
        "client_tags",
        "saved_searches",
        "tags",
        "letter_templates",
    )
