"""sms notifications: outbox of texts to claimants

Revision ID: 0013_sms_notifications
Revises: 0012
Create Date: 2026-12-04 19:00:00
"""

from collections.abc import Sequence

revision: str = "0013_sms_notifications"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
