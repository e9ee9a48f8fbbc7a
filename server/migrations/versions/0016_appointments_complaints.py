"""counter appointments and complaints (issue 13 §5)

Service centres with their counters and opening hours, the slots booked so far and the
bookings (one active booking per person and purpose, kept by a unique key over a column that is
NULL once the booking is over); complaints and suggestions with the staff answer, text and
answer encrypted at rest.

Revision ID: 0016_appointments_complaints
Revises: 0015_formal_decisions
Create Date: 2026-12-04 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_appointments_complaints"
down_revision: str | None = "0015_formal_decisions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Sealed (encrypted) text is longer than the value: server.keys.store.sealed_text_length.
SEALED_TEXT = 2710  # 500 characters, any script
SEALED_ANSWER = 5377  # 1000 characters, any script


def upgrade() -> None:
    op.create_table(
        "service_centres",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("region_prefix", sa.String(length=6), nullable=False),
        sa.Column("name_zh", sa.String(length=64), nullable=False),
        sa.Column("name_ko", sa.String(length=64), nullable=False),
        sa.Column("address_zh", sa.String(length=128), nullable=False),
        sa.Column("address_ko", sa.String(length=128), nullable=False),
        sa.Column("hours", sa.String(length=64), nullable=False),
        sa.Column("counters", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_centres")),
        sa.UniqueConstraint("code", name=op.f("uq_service_centres_code")),
    )
    with op.batch_alter_table("service_centres", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_centres_region_prefix"), ["region_prefix"], unique=False
        )

    op.create_table(
        "appointment_slots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=False),
        sa.Column("ends_at", sa.String(length=5), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("booked", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["service_centres.id"],
            name=op.f("fk_appointment_slots_centre_id_service_centres"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointment_slots")),
        sa.UniqueConstraint(
            "centre_id", "day", "starts_at", name=op.f("uq_appointment_slots_centre_id")
        ),
    )
    with op.batch_alter_table("appointment_slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_appointment_slots_day"), ["day"], unique=False)

    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_reference", sa.String(length=36), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("slot_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=True),
        sa.Column("booked_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"],
            ["service_centres.id"],
            name=op.f("fk_appointments_centre_id_service_centres"),
        ),
        sa.ForeignKeyConstraint(
            ["claimant_id"], ["claimants.id"], name=op.f("fk_appointments_claimant_id_claimants")
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["staff_users.id"], name=op.f("fk_appointments_closed_by_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["slot_id"],
            ["appointment_slots.id"],
            name=op.f("fk_appointments_slot_id_appointment_slots"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointments")),
        sa.UniqueConstraint("client_reference", name=op.f("uq_appointments_client_reference")),
        sa.UniqueConstraint(
            "claimant_id", "purpose", "active", name=op.f("uq_appointments_claimant_id")
        ),
    )
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_appointments_claimant_id"), ["claimant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_appointments_slot_id"), ["slot_id"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_reference", sa.String(length=36), nullable=False),
        sa.Column("claimant_id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("text", sa.String(length=SEALED_TEXT), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=True),
        sa.Column("filed_at", sa.DateTime(), nullable=False),
        sa.Column("filed_on", sa.Date(), nullable=False),
        sa.Column("due_by", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("answer", sa.String(length=SEALED_ANSWER), nullable=True),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("answered_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["answered_by"], ["staff_users.id"], name=op.f("fk_complaints_answered_by_staff_users")
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claims.id"], name=op.f("fk_complaints_claim_id_claims")
        ),
        sa.ForeignKeyConstraint(
            ["claimant_id"], ["claimants.id"], name=op.f("fk_complaints_claimant_id_claimants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
        sa.UniqueConstraint("client_reference", name=op.f("uq_complaints_client_reference")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaints_claimant_id"), ["claimant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_complaints_due_by"), ["due_by"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_due_by"))
        batch_op.drop_index(batch_op.f("ix_complaints_claimant_id"))
    op.drop_table("complaints")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointments_slot_id"))
        batch_op.drop_index(batch_op.f("ix_appointments_claimant_id"))
    op.drop_table("appointments")
    with op.batch_alter_table("appointment_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_appointment_slots_day"))
    op.drop_table("appointment_slots")
    with op.batch_alter_table("service_centres", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_centres_region_prefix"))
    op.drop_table("service_centres")
