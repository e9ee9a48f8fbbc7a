"""What the appointment screens show (issue 13 §5): plain frozen values, built in
kiosk/flow/appointments.py, so kiosk/flow/view_models.py can add them to its ScreenView union.
No personal data: a booking is its purpose, day, time and place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.appointments import AppointmentPurpose, BookingState
from kiosk.domain.language import LocalizedText
from kiosk.flow.messages import Msg


class AppointmentStep(StrEnum):
    UNAVAILABLE = "unavailable"  # no network or no centre: the message, maybe "try again"
    PURPOSE = "purpose"
    DAY = "day"
    SLOT = "slot"


@dataclass(frozen=True)
class BookingLine:
    """One appointment as the claimant reads it; `reference` is empty before it is booked."""

    reference: str
    purpose: AppointmentPurpose
    day: date
    starts_at: str
    ends_at: str
    centre_name: LocalizedText
    centre_address: LocalizedText
    state: BookingState = BookingState.BOOKED


@dataclass(frozen=True)
class PurposeOption:
    purpose: AppointmentPurpose
    booked: BookingLine | None  # already booked for this: the tile says when, and is off


@dataclass(frozen=True)
class DayOption:
    day: date
    free: int  # 0: the whole day is full

    @property
    def full(self) -> bool:
        return self.free <= 0


@dataclass(frozen=True)
class SlotOption:
    starts_at: str
    ends_at: str
    free: int

    @property
    def full(self) -> bool:
        return self.free <= 0


@dataclass(frozen=True)
class AppointmentChoiceView:
    """Choosing the purpose (with the claimant's bookings below, each cancellable), the day or
    the time; or, at UNAVAILABLE, why booking cannot be done now."""

    message: Msg
    step: AppointmentStep
    centre_name: LocalizedText | None
    purpose: AppointmentPurpose | None
    day: date | None
    purposes: tuple[PurposeOption, ...] = ()
    days: tuple[DayOption, ...] = ()
    slots: tuple[SlotOption, ...] = ()
    mine: tuple[BookingLine, ...] = ()
    problem: Msg | None = None


class DetailMode(StrEnum):
    CONFIRM = "confirm"  # "book this?"
    BOOKED = "booked"  # the receipt screen, printable
    CANCEL = "cancel"  # "cancel this?"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class AppointmentDetailView:
    """One appointment: what, when, where and what to bring."""

    message: Msg
    mode: DetailMode
    line: BookingLine
    problem: Msg | None = None
    printed: bool = False


AppointmentView = AppointmentChoiceView | AppointmentDetailView
