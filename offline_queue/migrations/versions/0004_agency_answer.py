"""The agency's answer kept with each delivered item: claim state and verification code.

One encrypted column (JSON, sealed like the payload under associated data of its own): the
verification code opens the claim's public status page, so it is treated as a secret, and the
claim's state is about one claimant. Items delivered before this revision keep NULL: their
answer was never stored, and nothing else about them changes.

Revision ID: 0004_agency_answer
Revises: 0003_submission_login
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_agency_answer"
down_revision = "0003_submission_login"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.add_column(sa.Column("answer", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("items") as batch:
        batch.drop_column("answer")
