"""The disclosure register records the lawful basis of each disclosure, where it came
from (a policy, an export...) and when an entry was corrected; the breach register holds
the manner of discovery, how people were or will be told, and the reason for any delay
(SCN1) (issue 14).

Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"


def upgrade() -> None:
    # Plain ADD COLUMNs: no table copy, so nothing that refers to the table is dropped.
    op.add_column("disclosures", sa.Column("lawful_basis", sa.String(length=200), nullable=True))
    op.add_column("disclosures", sa.Column("source", sa.String(length=40), nullable=True))
    op.add_column("disclosures", sa.Column("corrected_at", sa.DateTime(), nullable=True))
    op.create_index(op.f("ix_disclosures_source"), "disclosures", ["source"])
    # SCN1 facts the breach register did not hold (issue 14).
    op.add_column("breaches", sa.Column("discovery_manner", sa.Text(), nullable=True))
    op.add_column("breaches", sa.Column("subject_notice_manner", sa.Text(), nullable=True))
    op.add_column("breaches", sa.Column("delay_reason", sa.Text(), nullable=True))
    # A second factor (TOTP) for administrators, and the wrong codes counted.
    op.add_column("users", sa.Column("totp_secret", sa.String(length=64), nullable=True))
    op.add_column("users", sa.Column("totp_enabled_at", sa.DateTime(), nullable=True))
    op.add_column(
        "users",
        sa.Column("second_factor_failures", sa.Integer(), nullable=False, server_default="0"),
    )
    # Policies placed before the register recorded them: the provider did receive the
    # client's details, so the register says so (the s23 report and s24(3) read it).
    op.execute(
        "INSERT INTO disclosures (client_id, recipient_category, recipient_name, purpose, "
        "categories, channel, disclosed_at, lawful_basis, source) "
        "SELECT client_id, 'product_provider', provider, "
        "'To place and service ' || replace(product_type, '_', ' ') || ' policy ' || "
        "policy_number, "
        "'Identity, contact details, policy details', 'portal', created_at, 'contract', "
        "'policy:' || id FROM policies WHERE trim(provider) <> '' AND status <> 'quote'"
    )


def downgrade() -> None:
    op.drop_column("users", "second_factor_failures")
    op.drop_column("users", "totp_enabled_at")
    op.drop_column("users", "totp_secret")
    op.drop_column("breaches", "delay_reason")
    op.drop_column("breaches", "subject_notice_manner")
    op.drop_column("breaches", "discovery_manner")
    op.drop_index(op.f("ix_disclosures_source"), table_name="disclosures")
    op.drop_column("disclosures", "corrected_at")
    op.drop_column("disclosures", "source")
    op.drop_column("disclosures", "lawful_basis")
