"""audit log as a Merkle tree with signed checkpoints

The hash chain's rows become the tree's first leaves, in their chain order: each entry's stored
canonical body is its leaf, so the history the chain protected stays in the log. The chain's own
columns (prev_hash, hash) go; the first signed checkpoint is made by the sequencer when the
server starts, since signing needs the agency's key, which migrations do not read.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 15:10:00
"""

import hashlib
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("leaf_index", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("leaf_hash", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT seq, body FROM audit_log ORDER BY seq")).all()
    for index, (seq, body) in enumerate(rows):
        leaf = hashlib.sha256(b"\x00" + body.encode("utf-8")).hexdigest()
        conn.execute(
            sa.text("UPDATE audit_log SET leaf_index = :i, leaf_hash = :h WHERE seq = :s"),
            {"i": index, "h": leaf, "s": seq},
        )
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint("uq_audit_log_prev_hash", type_="unique")
        batch.drop_constraint("uq_audit_log_hash", type_="unique")
        batch.drop_column("prev_hash")
        batch.drop_column("hash")
        batch.create_unique_constraint(batch.f("uq_audit_log_leaf_index"), ["leaf_index"])
    op.create_table(
        "audit_checkpoints",
        sa.Column("tree_size", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("root_hash", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("tree_size", name=op.f("pk_audit_checkpoints")),
    )


def downgrade() -> None:
    """Back to a hash chain over the same bodies, in leaf order (queued entries last)."""
    op.drop_table("audit_checkpoints")
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT seq, body FROM audit_log ORDER BY CASE WHEN leaf_index IS NULL THEN 1 ELSE 0 "
            "END, leaf_index, seq"
        )
    ).all()
    prev = "0" * 64
    for seq, body in rows:
        digest = hashlib.sha256(prev.encode("ascii") + body.encode("utf-8")).hexdigest()
        conn.execute(
            sa.text("UPDATE audit_log SET prev_hash = :p, hash = :h WHERE seq = :s"),
            {"p": prev, "h": digest, "s": seq},
        )
        prev = digest
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint("uq_audit_log_leaf_index", type_="unique")
        batch.drop_column("leaf_index")
        batch.drop_column("leaf_hash")
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint("uq_audit_log_prev_hash", ["prev_hash"])
        batch.create_unique_constraint("uq_audit_log_hash", ["hash"])
