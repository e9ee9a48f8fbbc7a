"""home visits by field staff, foreign permanent residence cards (issue 13 §7, §8)

Field credentials (a field visitor's login on one home-visit laptop), a display name for staff
(masked on the laptop's banner), and on each claim where the claimant was served: the service
channel ("kiosk" for every claim before this revision) and the visiting staff member.

Revision ID: 0018_home_visits
Revises: 0017_ecard_logins
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0018_home_visits"
down_revision: str | None = "0017_ecard_logins"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "field_credentials",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["staff_users.id"],
            name=op.f("fk_field_credentials_user_id_staff_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_credentials")),
    )
    with op.batch_alter_table("field_credentials", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_field_credentials_kiosk_id"), ["kiosk_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_field_credentials_user_id"), ["user_id"], unique=False)
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("display_name", sa.String(length=64), nullable=True))
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "service_channel", sa.String(length=16), nullable=False, server_default="kiosk"
            )
        )
        batch_op.add_column(sa.Column("visitor", sa.String(length=64), nullable=True))
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.alter_column("service_channel", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_column("visitor")
        batch_op.drop_column("service_channel")
    with op.batch_alter_table("staff_users", schema=None) as batch_op:
        batch_op.drop_column("display_name")
    with op.batch_alter_table("field_credentials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_field_credentials_user_id"))
        batch_op.drop_index(batch_op.f("ix_field_credentials_kiosk_id"))
    op.drop_table("field_credentials")
