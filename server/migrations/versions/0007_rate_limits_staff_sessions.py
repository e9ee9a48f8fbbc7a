"""rate limits and server-side staff sessions

Throttle counters and the security log of refused anonymous attempts; the SMS outbox keeps the
template and the masked number instead of the text with its live code and the full number.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'throttle_counters',
        sa.Column('scope', sa.String(length=24), nullable=False),
        sa.Column('subject', sa.String(length=64), nullable=False),
        sa.Column('window_start', sa.DateTime(), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('blocked_until', sa.DateTime(), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint(
            'scope', 'subject', 'window_start', name=op.f('pk_throttle_counters')
        ),
    )
    with op.batch_alter_table('throttle_counters', schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f('ix_throttle_counters_updated_at'), ['updated_at'], unique=False
        )
    op.create_table(
        'security_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('hour', sa.DateTime(), nullable=False),
        sa.Column('kind', sa.String(length=32), nullable=False),
        sa.Column('subject', sa.String(length=80), nullable=False),
        sa.Column('source', sa.String(length=64), nullable=False),
        sa.Column('count', sa.Integer(), nullable=False),
        sa.Column('first_at', sa.DateTime(), nullable=False),
        sa.Column('last_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_security_events')),
    )
    with op.batch_alter_table('security_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_security_events_hour'), ['hour'], unique=False)
    # Old rows hold live codes and full numbers: they go, rather than being carried over.
    op.execute(sa.text('DELETE FROM sms_outbox'))
    with op.batch_alter_table('sms_outbox', schema=None) as batch_op:
        batch_op.drop_column('text')
        batch_op.drop_column('mobile')
        batch_op.add_column(sa.Column('template', sa.String(length=32), nullable=False))
        batch_op.add_column(sa.Column('masked_mobile', sa.String(length=16), nullable=False))
        batch_op.add_column(sa.Column('delivered_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.execute(sa.text('DELETE FROM sms_outbox'))
    with op.batch_alter_table('sms_outbox', schema=None) as batch_op:
        batch_op.drop_column('delivered_at')
        batch_op.drop_column('masked_mobile')
        batch_op.drop_column('template')
        batch_op.add_column(sa.Column('mobile', sa.String(length=11), nullable=False))
        batch_op.add_column(sa.Column('text', sa.Text(), nullable=False))
    with op.batch_alter_table('security_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_security_events_hour'))
    op.drop_table('security_events')
    with op.batch_alter_table('throttle_counters', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_throttle_counters_updated_at'))
    op.drop_table('throttle_counters')
