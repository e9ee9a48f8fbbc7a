"""card logins: single-use challenges

The kiosk asks for a challenge, the card answers it after its PIN; a challenge is used once, by
the kiosk it was issued to. Login tokens record which method earned them ("otp" or "card").

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'login_challenges',
        sa.Column('challenge', sa.String(length=32), nullable=False),
        sa.Column('kiosk_id', sa.String(length=64), nullable=False),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.Column('used_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('challenge', name=op.f('pk_login_challenges')),
    )
    with op.batch_alter_table('login_challenges', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_login_challenges_expires_at'), ['expires_at'], unique=False
        )
    with op.batch_alter_table('login_tokens', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('method', sa.String(length=8), server_default='otp', nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('login_tokens', schema=None) as batch_op:
        batch_op.drop_column('method')
    with op.batch_alter_table('login_challenges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_login_challenges_expires_at'))
    op.drop_table('login_challenges')
