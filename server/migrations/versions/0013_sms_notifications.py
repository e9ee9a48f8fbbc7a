"""sms_notifications: the outbox of texts to claimants (docs/notifications.md)

Received, decided, paid, stopped, change recorded, and the answers to status queries texted to
the agency's number. One row per event (`event_key` unique); the number encrypted with a blind
index; the text's template and values, never the text. A new table beside `sms_outbox`, which
keeps recording one-time codes without the codes.

Revision ID: 0013_sms_notifications
Revises: 0012
Create Date: 2026-12-04 19:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_sms_notifications"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sms_notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_key", sa.String(length=96), nullable=False),
        sa.Column("idempotency_key", sa.String(length=32), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("mobile", sa.String(length=58), nullable=False),
        sa.Column("mobile_index", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("template", sa.String(length=32), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("lease_until", sa.DateTime(), nullable=True),
        sa.Column("claimed_by", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_sms_notifications_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sms_notifications")),
        sa.UniqueConstraint("event_key", name=op.f("uq_sms_notifications_event_key")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_sms_notifications_idempotency_key")),
    )
    op.create_index(
        "ix_sms_notifications_due", "sms_notifications", ["state", "next_attempt_at"], unique=False
    )
    op.create_index(
        op.f("ix_sms_notifications_mobile_index"),
        "sms_notifications",
        ["mobile_index"],
        unique=False,
    )
    op.create_index(
        op.f("ix_sms_notifications_claim_id"), "sms_notifications", ["claim_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_sms_notifications_claim_id"), table_name="sms_notifications")
    op.drop_index(op.f("ix_sms_notifications_mobile_index"), table_name="sms_notifications")
    op.drop_index("ix_sms_notifications_due", table_name="sms_notifications")
    op.drop_table("sms_notifications")
