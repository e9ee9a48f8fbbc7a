"""Counter appointments (issue 13 §5, notice §3): the service centres with their counters and
opening hours, the slots booked so far, and the bookings."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db_types import utcnow
from server.models.base import Base


class ServiceCentre(Base):
    """A social-insurance service hall (社保服务大厅). It serves the claimants whose region code
    starts with `region_prefix` (the longest prefix wins), so a county hall and the prefecture's
    hall can both exist; kiosks of that region send their claimants there."""

    __tablename__ = "service_centres"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    region_prefix: Mapped[str] = mapped_column(String(6), index=True)
    name_zh: Mapped[str] = mapped_column(String(64))
    name_ko: Mapped[str] = mapped_column(String(64))
    address_zh: Mapped[str] = mapped_column(String(128))
    address_ko: Mapped[str] = mapped_column(String(128))
    # China time, "HH:MM-HH:MM" ranges joined by commas: "08:30-11:30,13:30-17:00".
    hours: Mapped[str] = mapped_column(String(64))
    # Counters that take appointments: the capacity of every slot. None: the setting's default.
    counters: Mapped[int | None] = mapped_column(Integer)


class AppointmentSlot(Base):
    """A slot someone booked. Slots nobody booked exist only as the centre's hours; the row is
    made at the first booking, and `booked` grows by a conditional UPDATE (`booked < capacity`),
    which both databases apply one at a time, so a full slot refuses the next booking."""

    __tablename__ = "appointment_slots"
    __table_args__ = (UniqueConstraint("centre_id", "day", "starts_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("service_centres.id"))
    day: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[str] = mapped_column(String(5))  # "09:00", China time
    ends_at: Mapped[str] = mapped_column(String(5))
    capacity: Mapped[int] = mapped_column(Integer)
    booked: Mapped[int] = mapped_column(Integer, default=0)


class Appointment(Base):
    """One booking. `client_reference` (the kiosk's UUID) is its reference and idempotency key.

    `active` is True while booked and NULL afterwards: the unique key (claimant, purpose,
    active) then allows one booking per person and purpose at a time on both databases (NULLs
    are distinct in a unique key), even when two kiosks book at once."""

    __tablename__ = "appointments"
    __table_args__ = (UniqueConstraint("claimant_id", "purpose", "active"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    client_reference: Mapped[str] = mapped_column(String(36), unique=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("service_centres.id"))
    slot_id: Mapped[int] = mapped_column(ForeignKey("appointment_slots.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))  # contract.appointments.AppointmentPurpose
    # booked, cancelled, attended, no_show (server.services.appointments.AppointmentState)
    state: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool | None] = mapped_column(Boolean)
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    kiosk_id: Mapped[str | None] = mapped_column(String(64))
    booked_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column()
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))

    centre: Mapped[ServiceCentre] = relationship(lazy="joined", innerjoin=True)
    slot: Mapped[AppointmentSlot] = relationship(lazy="joined", innerjoin=True)
