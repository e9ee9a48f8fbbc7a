"""electronic social security card logins (issue 13 §6)

The ids of e-card codes already used, so a code logs in once however often it is scanned or
replayed (server/services/ecard_logins.py). Login tokens earned by an e-card carry the method
"ecard", which fits the existing `login_tokens.method` column.

Revision ID: 0017_ecard_logins
Revises: 0016_appointments_complaints
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017_ecard_logins"
down_revision: str | None = "0016_appointments_complaints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ecard_codes_used",
        sa.Column("code_id", sa.String(length=64), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("code_id", name=op.f("pk_ecard_codes_used")),
    )
    with op.batch_alter_table("ecard_codes_used", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ecard_codes_used_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("ecard_codes_used", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ecard_codes_used_expires_at"))
    op.drop_table("ecard_codes_used")
