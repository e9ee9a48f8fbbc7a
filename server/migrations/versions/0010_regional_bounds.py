"""regional bounds of the monthly benefit (minimum wage, minimum living standard)

Regulations art. 18: the province sets the benefit below the local minimum wage and above the
urban minimum living standard. The bounds are a dated table per region; the rates already in
`benefit_rates` are checked against it by the server's rate service and `kiosk server rates
check`, not here, since a migration must not refuse a database it cannot repair.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "regional_bounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("region_code", sa.String(length=6), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_to", sa.Date(), nullable=True),
        sa.Column("minimum_wage_fen", sa.Integer(), nullable=False),
        sa.Column("minimum_living_fen", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "minimum_living_fen > 0", name=op.f("ck_regional_bounds_minimum_living_positive")
        ),
        sa.CheckConstraint(
            "minimum_living_fen < minimum_wage_fen",
            name=op.f("ck_regional_bounds_living_below_wage"),
        ),
        sa.ForeignKeyConstraint(
            ["region_code"], ["regions.code"], name=op.f("fk_regional_bounds_region_code_regions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regional_bounds")),
    )
    with op.batch_alter_table("regional_bounds", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_regional_bounds_region_code"), ["region_code"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("regional_bounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_regional_bounds_region_code"))
    op.drop_table("regional_bounds")
