"""training_courses: the provider's name in Korean

Course names already came in Chinese and Korean; the provider came in Chinese only, so a Korean
screen showed it in Chinese. Courses entered before this keep an empty Korean name, which the API
answers with the Chinese one.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 19:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("training_courses", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("provider_ko", sa.String(length=128), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("training_courses", schema=None) as batch_op:
        batch_op.drop_column("provider_ko")
