"""formal refusal decisions and registration proofs (issue 13 §3)

A refused claim gets its written decision notice, kept as issued (reasons with their articles,
decision date, where and by when to apply for administrative review or sue); each printed proof
of unemployment registration gets a verification code, kept as a digest.

Revision ID: 0015_formal_decisions
Revises: 0014_claimant_changes
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_formal_decisions"
down_revision: str | None = "0014_claimant_changes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "decision_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=32), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("agency_zh", sa.String(length=100), nullable=False),
        sa.Column("agency_ko", sa.String(length=100), nullable=False),
        sa.Column("review_body_zh", sa.String(length=200), nullable=False),
        sa.Column("review_body_ko", sa.String(length=200), nullable=False),
        sa.Column("court_zh", sa.String(length=200), nullable=False),
        sa.Column("court_ko", sa.String(length=200), nullable=False),
        sa.Column("review_days", sa.Integer(), nullable=False),
        sa.Column("lawsuit_months", sa.Integer(), nullable=False),
        sa.Column("review_by", sa.Date(), nullable=False),
        sa.Column("sue_by", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_decision_notices_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_notices")),
        sa.UniqueConstraint("claim_id", name=op.f("uq_decision_notices_claim_id")),
        sa.UniqueConstraint("number", name=op.f("uq_decision_notices_number")),
    )
    op.create_table(
        "registration_proofs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code_digest", sa.String(length=64), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=True),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_registration_proofs_claim_id_claims")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_proofs")),
        sa.UniqueConstraint("code_digest", name=op.f("uq_registration_proofs_code_digest")),
    )
    with op.batch_alter_table("registration_proofs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_registration_proofs_claim_id"), ["claim_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("registration_proofs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registration_proofs_claim_id"))
    op.drop_table("registration_proofs")
    op.drop_table("decision_notices")
