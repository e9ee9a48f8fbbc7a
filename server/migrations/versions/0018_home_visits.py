"""home visits by field staff, foreign permanent residence cards (issue 13 §7, §8)

Revision ID: 0018_home_visits
Revises: 0017_ecard_logins
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

revision: str = "0018_home_visits"
down_revision: str | None = "0017_ecard_logins"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
