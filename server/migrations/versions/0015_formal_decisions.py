"""formal refusal decisions and registration proofs (issue 13 §3)

Revision ID: 0015_formal_decisions
Revises: 0014_claimant_changes
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

revision: str = "0015_formal_decisions"
down_revision: str | None = "0014_claimant_changes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
