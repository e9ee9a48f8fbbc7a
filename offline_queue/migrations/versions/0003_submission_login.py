"""The claimant's login proof beside each queued submission, encrypted like the payload.

Items queued before this revision keep a NULL login: they are still sent, exactly as before,
and whatever the agency answers is recorded; nothing queued is dropped by the upgrade.

Revision ID: 0003_submission_login
Revises: 0002_audit_stubs
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_submission_login"
down_revision = "0002_audit_stubs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("login", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("login")
