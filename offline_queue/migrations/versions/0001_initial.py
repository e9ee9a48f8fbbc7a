"""Initial queue schema: items, bundles and their members, meta.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "queue_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("client_reference", sa.String(36), nullable=False, unique=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.LargeBinary(), nullable=False),
        sa.Column("id_hash", sa.String(64), nullable=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.Float(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("bundle_id", sa.String(36), nullable=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.Float(), nullable=False),
        sa.Column("closed_at", sa.Float(), nullable=True),
    )
    op.create_index("ix_items_id_hash", "items", ["id_hash"])
    op.create_index("ix_items_state", "items", ["state"])
    op.create_index("ix_items_bundle_id", "items", ["bundle_id"])
    op.create_table(
        "bundles",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.Float(), nullable=False),
        sa.Column("item_count", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
    )
    op.create_table(
        "bundle_items",
        sa.Column("bundle_id", sa.String(36), primary_key=True),
        sa.Column("client_reference", sa.String(36), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("bundle_items")
    op.drop_table("bundles")
    op.drop_table("items")
    op.drop_table("queue_meta")
