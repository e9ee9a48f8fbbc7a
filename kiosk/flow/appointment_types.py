"""The screens, intents, effects and results of booking a counter appointment (issue 13 §5).
Plain values that import only the domain, so the flow's shared unions (states.Screen,
events.Intent / ServiceResult, effects.Effect) can name them without an import cycle; the rules
live in kiosk/flow/appointments.py.

Every screen after loading carries the centre's openings and the claimant's bookings, so going
back a step never asks the agency again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.appointments import (
    AppointmentFault,
    AppointmentPurpose,
    Booking,
    Openings,
    Slot,
)
from kiosk.domain.claimant import LoginProof
from kiosk.domain.faults import PrinterFault
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language

# --- screens ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadingAppointments:
    pass


@dataclass(frozen=True)
class AppointmentsUnavailable:
    """No network (or no centre serves the claimant): a clear message, and "try again"."""

    fault: AppointmentFault


@dataclass(frozen=True)
class ChoosingPurpose:
    """What the appointment is for, and the claimant's upcoming bookings (each cancellable)."""

    openings: Openings
    mine: tuple[Booking, ...]
    problem: AppointmentFault | None = None


@dataclass(frozen=True)
class ChoosingDay:
    openings: Openings
    mine: tuple[Booking, ...]
    purpose: AppointmentPurpose


@dataclass(frozen=True)
class ChoosingSlot:
    openings: Openings
    mine: tuple[Booking, ...]
    purpose: AppointmentPurpose
    day: date
    problem: AppointmentFault | None = None  # the slot chosen filled up meanwhile


@dataclass(frozen=True)
class ConfirmingAppointment:
    """`client_reference`: the one a failed try used, so a retry after a lost answer books once."""

    openings: Openings
    mine: tuple[Booking, ...]
    purpose: AppointmentPurpose
    day: date
    slot: Slot
    booking: bool = False
    problem: AppointmentFault | None = None
    client_reference: str | None = None


@dataclass(frozen=True)
class AppointmentMade:
    """The receipt screen: date, time, place and what to bring; printable."""

    booking: Booking
    printing: bool = False
    printed: bool = False
    print_fault: PrinterFault | None = None


@dataclass(frozen=True)
class ConfirmingCancel:
    openings: Openings
    mine: tuple[Booking, ...]
    booking: Booking
    cancelling: bool = False
    problem: AppointmentFault | None = None


@dataclass(frozen=True)
class AppointmentCancelled:
    booking: Booking


AppointmentScreen = (
    LoadingAppointments
    | AppointmentsUnavailable
    | ChoosingPurpose
    | ChoosingDay
    | ChoosingSlot
    | ConfirmingAppointment
    | AppointmentMade
    | ConfirmingCancel
    | AppointmentCancelled
)
APPOINTMENT_SCREENS = (
    LoadingAppointments,
    AppointmentsUnavailable,
    ChoosingPurpose,
    ChoosingDay,
    ChoosingSlot,
    ConfirmingAppointment,
    AppointmentMade,
    ConfirmingCancel,
    AppointmentCancelled,
)

# --- intents ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChooseAppointmentPurpose:
    purpose: AppointmentPurpose


@dataclass(frozen=True)
class ChooseAppointmentDay:
    day: date


@dataclass(frozen=True)
class ChooseAppointmentSlot:
    starts_at: str


@dataclass(frozen=True)
class ConfirmAppointment:
    pass


@dataclass(frozen=True)
class CancelAppointmentAsked:
    """The claimant tapped "cancel" beside one of their bookings."""

    reference: str


@dataclass(frozen=True)
class ConfirmCancelAppointment:
    pass


AppointmentIntent = (
    ChooseAppointmentPurpose
    | ChooseAppointmentDay
    | ChooseAppointmentSlot
    | ConfirmAppointment
    | CancelAppointmentAsked
    | ConfirmCancelAppointment
)

# --- receipt ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentReceipt:
    """What the printed appointment slip says: masked like every receipt."""

    reference: str
    masked_name: str
    masked_id_number: str
    language: Language
    booking: Booking


# --- effects ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadAppointments:
    """The centre's openings and the claimant's bookings. Answers AppointmentsLoaded or
    AppointmentsNotLoaded."""

    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class BookAppointment:
    """`client_reference` None on the first try (the runner makes one). Answers
    AppointmentBooked or AppointmentNotBooked."""

    ticket: int
    ssn: IdNumber
    login: LoginProof
    purpose: AppointmentPurpose
    day: date
    starts_at: str
    language: Language
    client_reference: str | None = None


@dataclass(frozen=True)
class CancelAppointment:
    """Answers AppointmentCancelledByClaimant or AppointmentNotCancelled."""

    ticket: int
    ssn: IdNumber
    login: LoginProof
    reference: str


@dataclass(frozen=True)
class PrintAppointmentReceipt:
    """Answers events.PrintFinished or events.PrintFailed."""

    ticket: int
    receipt: AppointmentReceipt


AppointmentEffect = LoadAppointments | BookAppointment | CancelAppointment | PrintAppointmentReceipt

# --- results ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppointmentsLoaded:
    ticket: int
    openings: Openings
    mine: tuple[Booking, ...]


@dataclass(frozen=True)
class AppointmentsNotLoaded:
    ticket: int
    fault: AppointmentFault


@dataclass(frozen=True)
class AppointmentBooked:
    ticket: int
    booking: Booking


@dataclass(frozen=True)
class AppointmentNotBooked:
    ticket: int
    fault: AppointmentFault
    client_reference: str


@dataclass(frozen=True)
class AppointmentCancelledByClaimant:
    ticket: int
    booking: Booking


@dataclass(frozen=True)
class AppointmentNotCancelled:
    ticket: int
    fault: AppointmentFault


AppointmentResult = (
    AppointmentsLoaded
    | AppointmentsNotLoaded
    | AppointmentBooked
    | AppointmentNotBooked
    | AppointmentCancelledByClaimant
    | AppointmentNotCancelled
)
#: Answers that prove the agency was reached (machine._AGENCY_ANSWERS).
APPOINTMENT_ANSWERS = (AppointmentsLoaded, AppointmentBooked, AppointmentCancelledByClaimant)
