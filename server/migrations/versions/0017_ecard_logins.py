"""electronic social security card logins (issue 13 §6)

Revision ID: 0017_ecard_logins
Revises: 0016_appointments_complaints
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

revision: str = "0017_ecard_logins"
down_revision: str | None = "0016_appointments_complaints"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
