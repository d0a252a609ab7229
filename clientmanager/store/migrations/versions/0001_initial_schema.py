"""Initial schema: the practice, its people, products, balance sheet, notes, tasks,
documents, consents and the audit log.

Create Date: 2026-11-23 07:28:51.114685
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from clientmanager.store import guards
from clientmanager.store.migrations import ddl

revision = "0001"
down_revision = None

GUARDS = (
    # A finalised record of advice is evidence (FAIS General Code s9): the database itself
    # refuses to change or delete it, whatever the code above it does.
    *guards.final_record("notes_finalised", "notes", when="OLD.finalised_at IS NOT NULL"),
    # The consent ledger is history (POPIA s11(2)(a): the practice must prove consent).
    guards.Guard(
        name="consents_append_only",
        table="consents",
        event="UPDATE",
        message="consent entries are history; record a new entry instead",
    ),
)


def upgrade() -> None:
    ddl.create_table(
        "audit_log",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("entry_hash", sa.String(length=64), nullable=True),
    )
    ddl.create_indexes("audit_log", "action", "client_id")

    ddl.create_table(
        "households",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    ddl.create_table(
        "practice",
        sa.Column("practice_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("fsp_number", sa.String(length=20), nullable=True),
        sa.Column("information_officer_name", sa.String(length=200), nullable=True),
        sa.Column("information_officer_email", sa.String(length=254), nullable=True),
        sa.Column("information_officer_phone", sa.String(length=20), nullable=True),
        sa.Column("physical_address", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("practice_id", name=op.f("uq_practice_practice_id")),
    )
    ddl.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        key="key",
    )
    ddl.create_table(
        "users",
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("disabled_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    ddl.create_table(
        "clients",
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=20), nullable=True),
        sa.Column("first_names", sa.String(length=200), nullable=True),
        sa.Column("surname", sa.String(length=200), nullable=True),
        sa.Column("preferred_name", sa.String(length=100), nullable=True),
        sa.Column("entity_name", sa.String(length=300), nullable=True),
        sa.Column("registration_number", sa.String(length=40), nullable=True),
        sa.Column("id_number", sa.String(length=13), nullable=True),
        sa.Column("passport_number", sa.String(length=20), nullable=True),
        sa.Column("passport_country", sa.String(length=2), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=10), nullable=True),
        sa.Column("marital_status", sa.String(length=20), nullable=True),
        sa.Column("marriage_regime", sa.String(length=40), nullable=True),
        sa.Column("tax_number", sa.String(length=10), nullable=True),
        sa.Column("occupation", sa.String(length=100), nullable=True),
        sa.Column("employer", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("mobile", sa.String(length=16), nullable=True),
        sa.Column("home_phone", sa.String(length=16), nullable=True),
        sa.Column("work_phone", sa.String(length=16), nullable=True),
        sa.Column("preferred_language", sa.String(length=20), nullable=True),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("household_role", sa.String(length=20), nullable=True),
        sa.Column("planner_id", sa.Integer(), nullable=True),
        sa.Column("relationship_start", sa.Date(), nullable=True),
        sa.Column("relationship_end", sa.Date(), nullable=True),
        sa.Column("last_review_on", sa.Date(), nullable=True),
        sa.Column("is_restricted", sa.Boolean(), nullable=False),
        sa.Column("objected_at", sa.DateTime(), nullable=True),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        ddl.foreign_key("clients", "household_id", "households", ondelete="SET NULL"),
        ddl.user_fk("clients", "planner_id"),
    )
    ddl.create_indexes(
        "clients",
        "email",
        "household_id",
        "id_number",
        "last_review_on",
        "mobile",
        "planner_id",
        ("surname", "first_names"),
    )

    ddl.create_table(
        "addresses",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("line1", sa.String(length=200), nullable=False),
        sa.Column("line2", sa.String(length=200), nullable=True),
        sa.Column("suburb", sa.String(length=100), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("province", sa.String(length=40), nullable=True),
        sa.Column("postal_code", sa.String(length=10), nullable=True),
        sa.Column("country", sa.String(length=60), nullable=False),
        ddl.client_fk("addresses"),
    )
    ddl.create_indexes("addresses", "client_id")

    ddl.create_table(
        "cash_flows",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=7), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=True),
        sa.Column("amount_cents", ddl.CENTS, nullable=False),
        sa.Column("frequency", sa.String(length=10), nullable=False),
        ddl.client_fk("cash_flows"),
    )
    ddl.create_indexes("cash_flows", "client_id")

    ddl.create_table(
        "consents",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("lawful_basis", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=15), nullable=False),
        sa.Column("channel", sa.String(length=30), nullable=True),
        sa.Column("wording", sa.Text(), nullable=True),
        sa.Column("is_special_information", sa.Boolean(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        ddl.client_fk("consents"),
        ddl.user_fk("consents", "recorded_by_id"),
    )
    ddl.create_indexes("consents", "client_id", ("client_id", "purpose", "recorded_at"))

    ddl.create_table(
        "goals",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column(
            "target_amount_cents",
            ddl.CENTS,
            nullable=True,
        ),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        ddl.client_fk("goals"),
    )
    ddl.create_indexes("goals", "client_id")

    ddl.create_table(
        "liabilities",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("lender", sa.String(length=100), nullable=True),
        sa.Column("account_number", sa.String(length=40), nullable=True),
        sa.Column(
            "balance_cents",
            ddl.CENTS,
            nullable=False,
        ),
        sa.Column(
            "monthly_payment_cents",
            ddl.CENTS,
            nullable=True,
        ),
        sa.Column("interest_rate_bp", sa.Integer(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("joint_client_id", sa.Integer(), nullable=True),
        ddl.client_fk("liabilities"),
        ddl.client_fk("liabilities", "joint_client_id"),
    )
    ddl.create_indexes("liabilities", "client_id")

    ddl.create_table(
        "notes",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("advice_basis", sa.Text(), nullable=True),
        sa.Column("products_considered", sa.Text(), nullable=True),
        sa.Column("recommendation", sa.Text(), nullable=True),
        sa.Column("recommendation_reasons", sa.Text(), nullable=True),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("finalised_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        ddl.user_fk("notes", "author_id"),
        ddl.client_fk("notes"),
        ddl.user_fk("notes", "finalised_by_id"),
    )
    ddl.create_indexes("notes", "client_id", ("client_id", "occurred_at"))

    ddl.create_table(
        "policies",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(length=100), nullable=False),
        sa.Column("policy_number", sa.String(length=40), nullable=False),
        sa.Column("product_type", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("premium_cents", ddl.CENTS, nullable=True),
        sa.Column("premium_frequency", sa.String(length=10), nullable=True),
        sa.Column(
            "cover_amount_cents",
            ddl.CENTS,
            nullable=True,
        ),
        sa.Column(
            "fund_value_cents",
            ddl.CENTS,
            nullable=True,
        ),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("is_joint", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        ddl.client_fk("policies"),
    )
    ddl.create_indexes("policies", "client_id", "policy_number")

    ddl.create_table(
        "relationships",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("related_client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        ddl.client_fk("relationships"),
        ddl.client_fk("relationships", "related_client_id"),
        sa.UniqueConstraint(
            "client_id",
            "related_client_id",
            "kind",
            name=op.f("uq_relationships_client_id_related_client_id_kind"),
        ),
    )
    ddl.create_indexes("relationships", "client_id", "related_client_id")

    ddl.create_table(
        "risk_profiles",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("method", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("assessed_by_id", sa.Integer(), nullable=True),
        ddl.user_fk("risk_profiles", "assessed_by_id"),
        ddl.client_fk("risk_profiles"),
    )
    ddl.create_indexes("risk_profiles", "client_id")

    ddl.create_table(
        "tasks",
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("assigned_to_id", sa.Integer(), nullable=True),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("completed_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        ddl.user_fk("tasks", "assigned_to_id"),
        ddl.client_fk("tasks"),
        ddl.user_fk("tasks", "completed_by_id"),
    )
    ddl.create_indexes("tasks", "client_id", ("status", "due_on"))

    ddl.create_table(
        "assets",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("value_cents", ddl.CENTS, nullable=False),
        sa.Column("valuation_date", sa.Date(), nullable=True),
        sa.Column("joint_client_id", sa.Integer(), nullable=True),
        sa.Column("ownership_percent", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=True),
        ddl.client_fk("assets"),
        ddl.client_fk("assets", "joint_client_id"),
        ddl.foreign_key("assets", "policy_id", "policies", ondelete="SET NULL"),
    )
    ddl.create_indexes("assets", "client_id")

    ddl.create_table(
        "documents",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("is_sensitive", sa.Boolean(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("uploaded_by_id", sa.Integer(), nullable=True),
        ddl.client_fk("documents"),
        ddl.foreign_key("documents", "note_id", "notes", ondelete="SET NULL"),
        ddl.user_fk("documents", "uploaded_by_id"),
    )
    ddl.create_indexes("documents", "client_id")

    ddl.create_table(
        "policy_roles",
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("share_percent", sa.Integer(), nullable=True),
        ddl.client_fk("policy_roles"),
        ddl.foreign_key("policy_roles", "policy_id", "policies", ondelete="CASCADE"),
    )
    ddl.create_indexes("policy_roles", "client_id", "policy_id")

    ddl.create_table(
        "document_contents",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        ddl.foreign_key("document_contents", "document_id", "documents", ondelete="CASCADE"),
        key="document_id",
    )

    # A finalised record of advice is evidence (FAIS General Code s9): the database itself
    # refuses to change or delete it, whatever the code above it does.
    guards.create(op, *GUARDS)


def downgrade() -> None:
    guards.drop(op, *GUARDS)
    ddl.drop_tables(
        "document_contents",
        "policy_roles",
        "documents",
        "assets",
        "tasks",
        "risk_profiles",
        "relationships",
        "policies",
        "notes",
        "liabilities",
        "goals",
        "consents",
        "cash_flows",
        "addresses",
        "clients",
        "users",
        "settings",
        "practice",
        "households",
        "audit_log",
    )
