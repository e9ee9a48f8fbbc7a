"""bank files, reconciliation, recoveries, sampling and corrections

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 15:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'bank_batches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=False),
        sa.Column('file_sha256', sa.String(length=64), nullable=False),
        sa.Column('payment_count', sa.Integer(), nullable=False),
        sa.Column('total_fen', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_batches')),
        sa.UniqueConstraint('file_sha256', name=op.f('uq_bank_batches_file_sha256')),
    )
    op.create_index(op.f('ix_bank_batches_month'), 'bank_batches', ['month'], unique=False)
    op.create_table(
        'bank_batch_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('payment_id', sa.Integer(), nullable=False),
        sa.Column('amount_fen', sa.Integer(), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('bank_reference', sa.String(length=64), nullable=True),
        sa.Column('reason', sa.String(length=64), nullable=True),
        sa.Column('settled_at', sa.DateTime(), nullable=True),
        sa.Column('return_sha256', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ['batch_id'], ['bank_batches.id'], name=op.f('fk_bank_batch_items_batch_id_bank_batches')
        ),
        sa.ForeignKeyConstraint(
            ['payment_id'], ['payments.id'], name=op.f('fk_bank_batch_items_payment_id_payments')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_bank_batch_items')),
        sa.UniqueConstraint('batch_id', 'payment_id', name=op.f('uq_bank_batch_items_batch_id')),
    )
    op.create_index(
        op.f('ix_bank_batch_items_batch_id'), 'bank_batch_items', ['batch_id'], unique=False
    )
    op.create_index(
        op.f('ix_bank_batch_items_payment_id'), 'bank_batch_items', ['payment_id'], unique=False
    )
    op.create_table(
        'recoveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('payment_id', sa.Integer(), nullable=False),
        sa.Column('period_month', sa.Date(), nullable=False),
        sa.Column('amount_fen', sa.Integer(), nullable=False),
        sa.Column('reason', sa.String(length=48), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('resolved_by', sa.Integer(), nullable=True),
        sa.Column('resolved_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_recoveries_claim_id_claims')),
        sa.ForeignKeyConstraint(
            ['payment_id'], ['payments.id'], name=op.f('fk_recoveries_payment_id_payments')
        ),
        sa.ForeignKeyConstraint(
            ['resolved_by'], ['staff_users.id'], name=op.f('fk_recoveries_resolved_by_staff_users')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_recoveries')),
        sa.UniqueConstraint('payment_id', name=op.f('uq_recoveries_payment_id')),
    )
    op.create_index(op.f('ix_recoveries_claim_id'), 'recoveries', ['claim_id'], unique=False)
    op.create_index(op.f('ix_recoveries_state'), 'recoveries', ['state'], unique=False)
    op.create_table(
        'sample_reviews',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('decided_by', sa.Integer(), nullable=False),
        sa.Column('assigned_to', sa.Integer(), nullable=False),
        sa.Column('drawn_at', sa.DateTime(), nullable=False),
        sa.Column('drawn_by', sa.String(length=64), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=True),
        sa.Column('note', sa.String(length=500), nullable=True),
        sa.Column('reviewed_by', sa.Integer(), nullable=True),
        sa.Column('reviewed_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ['assigned_to'], ['staff_users.id'], name=op.f('fk_sample_reviews_assigned_to_staff_users')
        ),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_sample_reviews_claim_id_claims')),
        sa.ForeignKeyConstraint(
            ['decided_by'], ['staff_users.id'], name=op.f('fk_sample_reviews_decided_by_staff_users')
        ),
        sa.ForeignKeyConstraint(
            ['reviewed_by'], ['staff_users.id'], name=op.f('fk_sample_reviews_reviewed_by_staff_users')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sample_reviews')),
        sa.UniqueConstraint('claim_id', name=op.f('uq_sample_reviews_claim_id')),
    )
    op.create_table(
        'corrections',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('field', sa.String(length=32), nullable=False),
        sa.Column('old_value_digest', sa.String(length=64), nullable=False),
        # EncryptedString("corrections.new_value", 32, ascii_only=True): sealed_text_length(32)
        sa.Column('new_value', sa.String(length=86), nullable=False),
        sa.Column('new_value_masked', sa.String(length=40), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('proposed_by', sa.Integer(), nullable=False),
        sa.Column('proposed_at', sa.DateTime(), nullable=False),
        sa.Column('decided_by', sa.Integer(), nullable=True),
        sa.Column('decided_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_corrections_claim_id_claims')),
        sa.ForeignKeyConstraint(
            ['decided_by'], ['staff_users.id'], name=op.f('fk_corrections_decided_by_staff_users')
        ),
        sa.ForeignKeyConstraint(
            ['proposed_by'], ['staff_users.id'], name=op.f('fk_corrections_proposed_by_staff_users')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_corrections')),
    )
    op.create_index(op.f('ix_corrections_claim_id'), 'corrections', ['claim_id'], unique=False)
    op.create_index(op.f('ix_corrections_state'), 'corrections', ['state'], unique=False)
    op.create_table(
        'death_benefits',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('claim_id', sa.Integer(), nullable=False),
        sa.Column('died_on', sa.Date(), nullable=False),
        sa.Column('funeral_subsidy_fen', sa.Integer(), nullable=False),
        sa.Column('dependant_pension_fen', sa.Integer(), nullable=False),
        sa.Column('recorded_by', sa.Integer(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['claim_id'], ['claims.id'], name=op.f('fk_death_benefits_claim_id_claims')),
        sa.ForeignKeyConstraint(
            ['recorded_by'], ['staff_users.id'], name=op.f('fk_death_benefits_recorded_by_staff_users')
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_death_benefits')),
        sa.UniqueConstraint('claim_id', name=op.f('uq_death_benefits_claim_id')),
    )


def downgrade() -> None:
    op.drop_table('death_benefits')
    op.drop_index(op.f('ix_corrections_state'), table_name='corrections')
    op.drop_index(op.f('ix_corrections_claim_id'), table_name='corrections')
    op.drop_table('corrections')
    op.drop_table('sample_reviews')
    op.drop_index(op.f('ix_recoveries_state'), table_name='recoveries')
    op.drop_index(op.f('ix_recoveries_claim_id'), table_name='recoveries')
    op.drop_table('recoveries')
    op.drop_index(op.f('ix_bank_batch_items_payment_id'), table_name='bank_batch_items')
    op.drop_index(op.f('ix_bank_batch_items_batch_id'), table_name='bank_batch_items')
    op.drop_table('bank_batch_items')
    op.drop_index(op.f('ix_bank_batches_month'), table_name='bank_batches')
    op.drop_table('bank_batches')
