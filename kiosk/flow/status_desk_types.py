"""What the status screen holds about the claimant's complaints and counter appointments (issue
13 §5: a complaint is "tracked to a staff answer within a configured time, visible on the status
screen"; a booked appointment belongs where the claimant checks progress too).

Plain values importing only the domain, so states.py, events.py and effects.py can name them
without an import cycle; the rules live in status_desk.py, the worded view in
status_desk_views.py. The complaint's text and the staff's answer stay out of repr as in
kiosk.domain.complaints.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.appointments import AppointmentFault, Booking
from kiosk.domain.claimant import LoginProof
from kiosk.domain.complaints import ComplaintFault, ComplaintRecord
from kiosk.domain.identity import IdNumber


@dataclass(frozen=True)
class StatusDesk:
    """Part of `ShowingStatus`, below the claims. `loading` until the agency answered; then each
    half is either what the agency listed (already narrowed to what the screen shows) or the
    fault that kept it away, on its own: one failing never hides the other, nor the claims."""

    loading: bool = True
    complaints: tuple[ComplaintRecord, ...] = ()
    complaints_fault: ComplaintFault | None = None
    appointments: tuple[Booking, ...] = ()
    appointments_fault: AppointmentFault | None = None


@dataclass(frozen=True)
class LoadStatusDesk:
    """`POST /api/v1/complaints/mine` and `POST /api/v1/appointments/mine`, the same calls the
    complaint and appointment services make. Answers one StatusDeskLoaded."""

    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class StatusDeskLoaded:
    """Both answers at once, each a list or the fault of its own call."""

    ticket: int
    complaints: tuple[ComplaintRecord, ...] | ComplaintFault
    appointments: tuple[Booking, ...] | AppointmentFault
