"""counter appointments and complaints (issue 13 §5)

Revision ID: 0016_appointments_complaints
Revises: 0015_formal_decisions
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

revision: str = "0016_appointments_complaints"
down_revision: str | None = "0015_formal_decisions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
