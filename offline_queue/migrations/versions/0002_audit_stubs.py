"""Audit stubs for purged items, imported-ack register, rejection code column.

Revision ID: 0002_audit_stubs
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_audit_stubs"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_stubs",
        sa.Column("client_reference", sa.String(36), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("final_state", sa.String(16), nullable=False),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("closed_at", sa.Float(), nullable=True),
        sa.Column("purged_at", sa.Float(), nullable=False),
    )
    op.create_table(
        "imported_acks",
        sa.Column("ack_id", sa.String(36), primary_key=True),
        sa.Column("bundle_id", sa.String(36), nullable=False),
        sa.Column("imported_at", sa.Float(), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("rejection_code", sa.String(64), nullable=True))
    # Revision 1 kept the server's code inside last_error as "code: message"; split it out so staff
    # can filter rejected items by code.
    op.execute(
        "UPDATE items SET rejection_code = substr(last_error, 1, instr(last_error, ':') - 1) "
        "WHERE state = 'rejected' AND instr(coalesce(last_error, ''), ':') > 0"
    )


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("rejection_code")
    op.drop_table("imported_acks")
    op.drop_table("audit_stubs")
