"""claimant changes: reported stop conditions, payment accounts on file, new-mobile codes

A claimant reports re-employment or another stop condition at a kiosk (or family at a counter);
each report is kept as the receipt it produced, idempotent by the kiosk's reference. Accounts the
benefit may be paid to are listed for the claimant to choose from, and a new mobile number is
proven by a code texted to it before it replaces the one on file (issue 13 §1, §2).

Revision ID: 0014_claimant_changes
Revises: 0013_sms_notifications
Create Date: 2026-12-04 19:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_claimant_changes"
down_revision: str | None = "0013_sms_notifications"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Sealed (encrypted) text is longer than the value: server.keys.store.sealed_text_length.
SEALED_ACCOUNT = 214  # 32 characters, any script
SEALED_MOBILE = 58  # 11 ASCII digits


def upgrade() -> None:
    op.create_table(
        "claimant_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_reference", sa.String(length=36), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=False),
        sa.Column("effect", sa.String(length=16), nullable=False),
        sa.Column("stops_from", sa.Date(), nullable=True),
        sa.Column("stop_reason", sa.String(length=48), nullable=True),
        sa.Column("overpaid_fen", sa.Integer(), nullable=False),
        sa.Column("overpaid_months", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claimant_id"],
            ["claimants.id"],
            name=op.f("fk_claimant_changes_claimant_id_claimants"),
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_claimant_changes_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["external_records.id"],
            name=op.f("fk_claimant_changes_record_id_external_records"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff_users.id"], name=op.f("fk_claimant_changes_staff_id_staff_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claimant_changes")),
        sa.UniqueConstraint("client_reference", name=op.f("uq_claimant_changes_client_reference")),
    )
    with op.batch_alter_table("claimant_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_claimant_changes_claimant_id"), ["claimant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_claimant_changes_claim_id"), ["claim_id"], unique=False
        )

    op.create_table(
        "payment_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("number", sa.String(length=SEALED_ACCOUNT), nullable=False),
        sa.Column("bank_name", sa.String(length=64), server_default="", nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claimant_id"],
            ["claimants.id"],
            name=op.f("fk_payment_accounts_claimant_id_claimants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_accounts")),
    )
    with op.batch_alter_table("payment_accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_accounts_claimant_id"), ["claimant_id"], unique=False
        )

    op.create_table(
        "mobile_change_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=False),
        sa.Column("mobile", sa.String(length=SEALED_MOBILE), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claimant_id"],
            ["claimants.id"],
            name=op.f("fk_mobile_change_codes_claimant_id_claimants"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mobile_change_codes")),
    )
    with op.batch_alter_table("mobile_change_codes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_mobile_change_codes_claimant_id"), ["claimant_id"], unique=False
        )


def downgrade() -> None:
    for table in ("mobile_change_codes", "payment_accounts", "claimant_changes"):
        op.drop_table(table)
