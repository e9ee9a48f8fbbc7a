"""Counter appointments (issue 13 §5, notice §3): what the claimant books when self-service
cannot finish, at the counter of their service centre. Plain values: the centre, the slots of
the working days ahead with the room left in each, and the claimant's bookings.

Faults come back as values (docs/api.md, "Appointments and complaints"): a slot that filled up
while the claimant looked, a booking already held for the same purpose, no centre, no network.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from contract.appointments import AppointmentPurpose
from kiosk.domain.language import LocalizedText

__all__ = [
    "AppointmentFault",
    "AppointmentPurpose",
    "Booking",
    "BookingState",
    "Centre",
    "Openings",
    "Slot",
    "SlotDay",
]


@dataclass(frozen=True)
class Centre:
    code: str
    name: LocalizedText
    address: LocalizedText
    hours: str  # "08:30-11:30,13:30-16:30", China time


@dataclass(frozen=True)
class Slot:
    starts_at: str  # "09:00"
    ends_at: str
    free: int
    capacity: int

    @property
    def full(self) -> bool:
        return self.free <= 0


@dataclass(frozen=True)
class SlotDay:
    day: date
    slots: tuple[Slot, ...]

    @property
    def free(self) -> int:
        return sum(max(0, s.free) for s in self.slots)


@dataclass(frozen=True)
class Openings:
    """The centre and its slots over the bookable days."""

    centre: Centre
    days: tuple[SlotDay, ...]


class BookingState(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"
    ATTENDED = "attended"
    NO_SHOW = "no_show"


@dataclass(frozen=True)
class Booking:
    reference: str
    purpose: AppointmentPurpose
    day: date
    starts_at: str
    ends_at: str
    state: BookingState
    centre: Centre

    @property
    def active(self) -> bool:
        return self.state is BookingState.BOOKED


class AppointmentFault(StrEnum):
    UNREACHABLE = "appointment.unreachable"  # no network: booking needs the agency
    SLOT_FULL = "appointment.slot_full"  # someone took the last seat first
    ALREADY_BOOKED = "appointment.already_booked"  # one booking per purpose: cancel it first
    NO_CENTRE = "appointment.no_centre"  # no service centre serves the claimant's region
    REFUSED = "appointment.refused"  # any other considered "no"
