"""claimants: card identification code and statutory retirement-age group

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('claimants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('card_id', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('retirement_group', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('claimants', schema=None) as batch_op:
        batch_op.drop_column('retirement_group')
        batch_op.drop_column('card_id')
