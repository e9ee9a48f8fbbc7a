"""entitlement ledger, payment schedule and per-month amounts

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def upgrade() -> None:
    op.create_table('entitlements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('claimant_id', sa.Integer(), nullable=False),
    sa.Column('claim_id', sa.Integer(), nullable=False),
    sa.Column('started', sa.Date(), nullable=False),
    sa.Column('contribution_months', sa.Integer(), nullable=False),
    sa.Column('months_from_contribution', sa.Integer(), nullable=False),
    sa.Column('months_carried_over', sa.Integer(), nullable=False),
    sa.Column('months_granted', sa.Integer(), nullable=False),
    sa.Column('granted_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_entitlements_claim_id_claims')),
    sa.ForeignKeyConstraint(['claimant_id'], ['claimants.id'], name=op.f('fk_entitlements_claimant_id_claimants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_entitlements')),
    sa.UniqueConstraint('claim_id', name=op.f('uq_entitlements_claim_id'))
    )
    with op.batch_alter_table('entitlements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entitlements_claimant_id'), ['claimant_id'], unique=False)

    op.create_table('business_clock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('today', sa.Date(), nullable=True),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_clock'))
    )

    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('review_flag', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('review_reason', sa.String(length=48), nullable=True))
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.alter_column('review_flag', server_default=None)

    with op.batch_alter_table('external_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_on', sa.Date(), nullable=True))

    # Payments: released by finance (was "paid"), with a state, the fund's medical premium and
    # the bank's answer. Existing rows were released when they were written.
    with op.batch_alter_table('payments', schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint('fk_payments_paid_by_staff_users', type_='foreignkey')
        batch_op.alter_column('paid_at', new_column_name='released_at', existing_type=sa.DateTime(), existing_nullable=False)
        batch_op.alter_column('paid_by', new_column_name='released_by', existing_type=sa.Integer(), existing_nullable=False)
        batch_op.add_column(sa.Column('medical_premium_fen', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('state', sa.String(length=16), nullable=False, server_default='released'))
        batch_op.add_column(sa.Column('batch_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('settled_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('return_reason', sa.String(length=64), nullable=True))
    with op.batch_alter_table('payments', schema=None, naming_convention=NAMING) as batch_op:
        batch_op.alter_column('medical_premium_fen', server_default=None)
        batch_op.alter_column('state', server_default=None)
        batch_op.create_foreign_key(batch_op.f('fk_payments_released_by_staff_users'), 'staff_users', ['released_by'], ['id'])
        batch_op.create_index(batch_op.f('ix_payments_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_batch_id'), ['batch_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('payments', schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_batch_id'))
        batch_op.drop_index(batch_op.f('ix_payments_state'))
        batch_op.drop_constraint('fk_payments_released_by_staff_users', type_='foreignkey')
        batch_op.drop_column('return_reason')
        batch_op.drop_column('settled_at')
        batch_op.drop_column('batch_id')
        batch_op.drop_column('state')
        batch_op.drop_column('medical_premium_fen')
        batch_op.alter_column('released_by', new_column_name='paid_by', existing_type=sa.Integer(), existing_nullable=False)
        batch_op.alter_column('released_at', new_column_name='paid_at', existing_type=sa.DateTime(), existing_nullable=False)
    with op.batch_alter_table('payments', schema=None, naming_convention=NAMING) as batch_op:
        batch_op.create_foreign_key(batch_op.f('fk_payments_paid_by_staff_users'), 'staff_users', ['paid_by'], ['id'])
    with op.batch_alter_table('external_records', schema=None) as batch_op:
        batch_op.drop_column('ended_on')
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_column('review_reason')
        batch_op.drop_column('review_flag')
    op.drop_table('business_clock')
    with op.batch_alter_table('entitlements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entitlements_claimant_id'))
    op.drop_table('entitlements')
