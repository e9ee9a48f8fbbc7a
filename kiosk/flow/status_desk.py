"""The status screen's second half: the claimant's complaints and suggestions with their answers
(or the day one is due), and their upcoming counter appointments (issue 13 §5).

The claims come first and are shown as soon as they are loaded; the complaints and
appointments are asked for next (LoadStatusDesk, its own ticket), so a slow or failing list never
holds the claims back or hides them. Each half that could not be loaded is said in one line.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from kiosk.domain.appointments import AppointmentFault, Booking
from kiosk.domain.claims import StatusSource
from kiosk.domain.complaints import ComplaintFault, ComplaintRecord, ComplaintState
from kiosk.flow.appointment_views import BookingLine
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Connectivity, Session, ShowingStatus
from kiosk.flow.status_desk_types import LoadStatusDesk, StatusDesk, StatusDeskLoaded
from kiosk.flow.status_desk_views import ComplaintLine, DeskProblem, StatusDeskView
from kiosk.flow.step import Step, moved

# The agency being out of reach is said as such; any other "no" is "could not be loaded".
_NO_NETWORK = (ComplaintFault.UNREACHABLE, AppointmentFault.UNREACHABLE)


def start(session: Session, status: ShowingStatus) -> Step:
    """The claims on screen at once, and the complaints and appointments asked for."""
    if status.source is not StatusSource.AGENCY:
        # The claims came from this kiosk's queue because the agency is out of reach: asking
        # it again would keep the claimant waiting for the same answer.
        offline = StatusDesk(
            loading=False,
            complaints_fault=ComplaintFault.UNREACHABLE,
            appointments_fault=AppointmentFault.UNREACHABLE,
        )
        return moved(session.settled(replace(status, desk=offline)))
    return _ask(session, replace(status, desk=StatusDesk()))


def back_to(session: Session, status: ShowingStatus) -> Step:
    """Back on a status screen that was left (for the written decision) before the lists came:
    their answer was dropped with its ticket, so ask again rather than say "loading" forever."""
    if status.desk is not None and status.desk.loading:
        return _ask(session, status)
    return moved(session.settled(status))


def _ask(session: Session, status: ShowingStatus) -> Step:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return moved(session.settled(replace(status, desk=None)))  # unreachable: signed in
    ticket, issued = session.issue_ticket()
    effect = LoadStatusDesk(ticket=ticket, ssn=personal.claimant.ssn, login=personal.login)
    return moved(issued.showing(status), effect)


def on_loaded(
    session: Session, screen: ShowingStatus, event: StatusDeskLoaded, now: Moment, s: FlowSettings
) -> Step:
    desk = StatusDesk(loading=False)
    if isinstance(event.complaints, ComplaintFault):
        desk = replace(desk, complaints_fault=event.complaints)
    else:
        months = s.status_complaint_months
        desk = replace(desk, complaints=recent_complaints(event.complaints, now.today, months))
    if isinstance(event.appointments, AppointmentFault):
        desk = replace(desk, appointments_fault=event.appointments)
    else:
        desk = replace(desk, appointments=upcoming_appointments(event.appointments, now.today))
    return moved(session.settled(replace(screen, desk=desk)))


def recent_complaints(
    records: tuple[ComplaintRecord, ...], today: date, months: int
) -> tuple[ComplaintRecord, ...]:
    """Every complaint still waiting for its answer, however old (that is what the claimant
    checks on), and those answered or filed within the last `months`; the agency's order
    (newest first)."""
    since = months_before(today, months)

    def shown(record: ComplaintRecord) -> bool:
        if record.state is ComplaintState.OPEN:
            return True
        return max(record.filed_on, record.answered_on or record.filed_on) >= since

    return tuple(r for r in records if shown(r))


def upcoming_appointments(bookings: tuple[Booking, ...], today: date) -> tuple[Booking, ...]:
    """Booked (not cancelled, attended or missed) for today or later, soonest first."""
    ahead = (b for b in bookings if b.active and b.day >= today)
    return tuple(sorted(ahead, key=lambda b: (b.day, b.starts_at)))


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the month's last day when it is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    first = date(year, month + 1, 1)
    last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return first.replace(day=min(day.day, last.day))


def connectivity_after(event: StatusDeskLoaded, current: Connectivity) -> Connectivity:
    """Either list answered: the agency is reachable. Both unreachable: it is not."""
    answers = (event.complaints, event.appointments)
    if any(isinstance(answer, tuple) for answer in answers):
        return Connectivity.ONLINE
    if all(not isinstance(answer, tuple) and answer in _NO_NETWORK for answer in answers):
        return Connectivity.OFFLINE
    return current


def desk_view(desk: StatusDesk | None) -> StatusDeskView | None:
    if desk is None:
        return None
    return StatusDeskView(
        loading=desk.loading,
        complaints=tuple(_complaint_line(r) for r in desk.complaints),
        complaints_problem=_problem(desk.complaints_fault),
        appointments=tuple(_booking_line(b) for b in desk.appointments),
        appointments_problem=_problem(desk.appointments_fault),
    )


def _problem(fault: ComplaintFault | AppointmentFault | None) -> DeskProblem | None:
    if fault is None:
        return None
    return DeskProblem.NO_NETWORK if fault in _NO_NETWORK else DeskProblem.NOT_LOADED


def _complaint_line(record: ComplaintRecord) -> ComplaintLine:
    answered = record.state is ComplaintState.ANSWERED
    return ComplaintLine(
        reference=record.reference,
        category=record.category,
        filed_on=record.filed_on,
        due_by=record.due_by,
        answered=answered,
        overdue=record.overdue and not answered,
        answer=record.answer if answered else None,
        answered_on=record.answered_on if answered else None,
    )


def _booking_line(booking: Booking) -> BookingLine:
    # The appointment screens' own line (kiosk/flow/appointments.py builds the same), not
    # imported from there: that module reads claim_views, which reads this one.
    return BookingLine(
        reference=booking.reference,
        purpose=booking.purpose,
        day=booking.day,
        starts_at=booking.starts_at,
        ends_at=booking.ends_at,
        centre_name=booking.centre.name,
        centre_address=booking.centre.address,
        state=booking.state,
    )
