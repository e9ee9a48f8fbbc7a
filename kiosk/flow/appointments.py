"""Booking a counter appointment (issue 13 §5, notice §3): for what self-service cannot finish
(视同缴费 documents, a problem with the identity or the account on file), at the counter of
the claimant's service centre.

Purpose → day → time (full times shown as full, never offered) → "book this?" → the receipt
screen with the date, time, place and what to bring, printable. The claimant's upcoming
bookings are listed under the purposes, each with "cancel". Booking needs the agency: without
the network (or in a card session that began offline, whose login the agency cannot check) the
claimant is told so at once. A time that filled up while the claimant looked sends them back to
the times with a word about it; a retry after a lost answer reuses its reference, so it books
once. Pure: no Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import replace

from contract.masking import mask_id_number, mask_name
from kiosk.domain.appointments import (
    AppointmentFault,
    AppointmentPurpose,
    Booking,
    Openings,
    SlotDay,
)
from kiosk.domain.claimant import CardOfflineLogin, Claimant, LoginProof
from kiosk.flow.appointment_types import (
    AppointmentBooked,
    AppointmentCancelled,
    AppointmentCancelledByClaimant,
    AppointmentMade,
    AppointmentNotBooked,
    AppointmentNotCancelled,
    AppointmentReceipt,
    AppointmentScreen,
    AppointmentsLoaded,
    AppointmentsNotLoaded,
    AppointmentsUnavailable,
    BookAppointment,
    CancelAppointment,
    CancelAppointmentAsked,
    ChooseAppointmentDay,
    ChooseAppointmentPurpose,
    ChooseAppointmentSlot,
    ChoosingDay,
    ChoosingPurpose,
    ChoosingSlot,
    ConfirmAppointment,
    ConfirmCancelAppointment,
    ConfirmingAppointment,
    ConfirmingCancel,
    LoadAppointments,
    LoadingAppointments,
    PrintAppointmentReceipt,
)
from kiosk.flow.appointment_views import (
    AppointmentChoiceView,
    AppointmentDetailView,
    AppointmentStep,
    BookingLine,
    DayOption,
    DetailMode,
    PurposeOption,
    SlotOption,
)
from kiosk.flow.claim_views import PRINTER_MESSAGES
from kiosk.flow.events import Event, PrintFailed, PrintFinished, PrintReceipt, Retry
from kiosk.flow.menu import back_to_menu
from kiosk.flow.messages import Msg
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Session
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action, BusyView, ScreenView

PURPOSES = tuple(AppointmentPurpose)

_FAULTS = {
    AppointmentFault.UNREACHABLE: Msg.APPOINTMENT_NEEDS_NETWORK,
    AppointmentFault.NO_CENTRE: Msg.APPOINTMENT_NO_CENTRE,
    AppointmentFault.REFUSED: Msg.APPOINTMENT_REFUSED,
    AppointmentFault.SLOT_FULL: Msg.APPOINTMENT_SLOT_FULL,
    AppointmentFault.ALREADY_BOOKED: Msg.APPOINTMENT_ALREADY_BOOKED,
}


def _who(session: Session) -> tuple[Claimant, LoginProof] | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    return personal.claimant, personal.login


def start(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """The menu's starter: the centre's openings and the claimant's bookings, in one call."""
    who = _who(session)
    if who is None:
        return None
    claimant, login = who
    if isinstance(login, CardOfflineLogin):
        return moved(session.settled(AppointmentsUnavailable(AppointmentFault.UNREACHABLE)))
    ticket, issued = session.issue_ticket()
    effect = LoadAppointments(ticket=ticket, ssn=claimant.ssn, login=login)
    return moved(issued.showing(LoadingAppointments()), effect)


def on_event(
    session: Session,
    screen: AppointmentScreen,
    event: Event,
    now: Moment,
    settings: FlowSettings,
) -> Step | None:
    match screen:
        case LoadingAppointments():
            return _on_loading(session, event)
        case AppointmentsUnavailable():
            if isinstance(event, Retry) and screen.fault is not AppointmentFault.NO_CENTRE:
                return start(session, now, settings)
            return None
        case ChoosingPurpose():
            return _on_purpose(session, screen, event)
        case ChoosingDay():
            return _on_day(session, screen, event)
        case ChoosingSlot():
            return _on_slot(session, screen, event)
        case ConfirmingAppointment():
            return _on_confirm(session, screen, event)
        case AppointmentMade():
            return _on_made(session, screen, event)
        case ConfirmingCancel():
            return _on_cancel(session, screen, event)
        case AppointmentCancelled():
            return None


def _on_loading(session: Session, event: Event) -> Step | None:
    if isinstance(event, AppointmentsLoaded):
        mine = tuple(b for b in event.mine if b.active)
        return moved(session.settled(ChoosingPurpose(event.openings, mine)))
    if isinstance(event, AppointmentsNotLoaded):
        return moved(session.settled(AppointmentsUnavailable(event.fault)))
    return None


def _booked_for(mine: tuple[Booking, ...], purpose: AppointmentPurpose) -> Booking | None:
    return next((b for b in mine if b.purpose is purpose and b.active), None)


def _on_purpose(session: Session, screen: ChoosingPurpose, event: Event) -> Step | None:
    if isinstance(event, ChooseAppointmentPurpose):
        if _booked_for(screen.mine, event.purpose) is not None:
            problem = AppointmentFault.ALREADY_BOOKED
            return moved(session.settled(replace(screen, problem=problem)))
        return moved(session.settled(ChoosingDay(screen.openings, screen.mine, event.purpose)))
    if isinstance(event, CancelAppointmentAsked):
        booking = next((b for b in screen.mine if b.reference == event.reference), None)
        if booking is None or not booking.active:
            return None
        return moved(session.settled(ConfirmingCancel(screen.openings, screen.mine, booking)))
    return None


def _day_of(openings: Openings, day: object) -> SlotDay | None:
    return next((d for d in openings.days if d.day == day), None)


def _on_day(session: Session, screen: ChoosingDay, event: Event) -> Step | None:
    if not isinstance(event, ChooseAppointmentDay):
        return None
    found = _day_of(screen.openings, event.day)
    if found is None or found.free <= 0:
        return None
    chosen = ChoosingSlot(screen.openings, screen.mine, screen.purpose, event.day)
    return moved(session.settled(chosen))


def _on_slot(session: Session, screen: ChoosingSlot, event: Event) -> Step | None:
    if not isinstance(event, ChooseAppointmentSlot):
        return None
    found = _day_of(screen.openings, screen.day)
    slot = next((s for s in found.slots if s.starts_at == event.starts_at), None) if found else None
    if slot is None or slot.full:
        return None
    confirming = ConfirmingAppointment(
        screen.openings, screen.mine, screen.purpose, screen.day, slot
    )
    return moved(session.settled(confirming))


def _book(session: Session, screen: ConfirmingAppointment) -> Step | None:
    who = _who(session)
    if who is None:
        return None
    claimant, login = who
    ticket, issued = session.issue_ticket()
    effect = BookAppointment(
        ticket=ticket,
        ssn=claimant.ssn,
        login=login,
        purpose=screen.purpose,
        day=screen.day,
        starts_at=screen.slot.starts_at,
        language=session.display.language,
        client_reference=screen.client_reference,
    )
    return moved(issued.showing(replace(screen, booking=True, problem=None)), effect)


def _marked_full(openings: Openings, day: object, starts_at: str) -> Openings:
    """The agency said the time is full: show it so, without asking the agency again."""
    days = tuple(
        replace(
            d,
            slots=tuple(
                replace(s, free=0) if d.day == day and s.starts_at == starts_at else s
                for s in d.slots
            ),
        )
        for d in openings.days
    )
    return replace(openings, days=days)


def _on_confirm(session: Session, screen: ConfirmingAppointment, event: Event) -> Step | None:
    if isinstance(event, ConfirmAppointment) and not screen.booking:
        return _book(session, screen)
    if not screen.booking:
        return None
    if isinstance(event, AppointmentBooked):
        return moved(session.settled(AppointmentMade(event.booking)))
    if not isinstance(event, AppointmentNotBooked):
        return None
    if event.fault is AppointmentFault.SLOT_FULL:
        openings = _marked_full(screen.openings, screen.day, screen.slot.starts_at)
        again = ChoosingSlot(openings, screen.mine, screen.purpose, screen.day, event.fault)
        return moved(session.settled(again))
    if event.fault is AppointmentFault.ALREADY_BOOKED:
        return moved(session.settled(ChoosingPurpose(screen.openings, screen.mine, event.fault)))
    kept = replace(
        screen, booking=False, problem=event.fault, client_reference=event.client_reference
    )
    return moved(session.settled(kept))


def _receipt(session: Session, booking: Booking) -> AppointmentReceipt | None:
    who = _who(session)
    if who is None:
        return None
    claimant = who[0]
    return AppointmentReceipt(
        reference=booking.reference,
        masked_name=mask_name(claimant.name),
        masked_id_number=mask_id_number(claimant.ssn.value),
        language=session.display.language,
        booking=booking,
    )


def _on_made(session: Session, screen: AppointmentMade, event: Event) -> Step | None:
    if isinstance(event, PrintReceipt) and not screen.printing:
        receipt = _receipt(session, screen.booking)
        if receipt is None:
            return None
        ticket, issued = session.issue_ticket()
        printing = replace(screen, printing=True, print_fault=None)
        return moved(issued.showing(printing), PrintAppointmentReceipt(ticket, receipt))
    if not screen.printing:
        return None
    if isinstance(event, PrintFinished):
        return moved(session.settled(replace(screen, printing=False, printed=True)))
    if isinstance(event, PrintFailed):
        failed = replace(screen, printing=False, print_fault=event.fault)
        return moved(session.settled(failed))
    return None


def _on_cancel(session: Session, screen: ConfirmingCancel, event: Event) -> Step | None:
    if isinstance(event, ConfirmCancelAppointment) and not screen.cancelling:
        who = _who(session)
        if who is None:
            return None
        claimant, login = who
        ticket, issued = session.issue_ticket()
        effect = CancelAppointment(
            ticket=ticket, ssn=claimant.ssn, login=login, reference=screen.booking.reference
        )
        return moved(issued.showing(replace(screen, cancelling=True, problem=None)), effect)
    if not screen.cancelling:
        return None
    if isinstance(event, AppointmentCancelledByClaimant):
        return moved(session.settled(AppointmentCancelled(event.booking)))
    if isinstance(event, AppointmentNotCancelled):
        return moved(session.settled(replace(screen, cancelling=False, problem=event.fault)))
    return None


# --- navigation -------------------------------------------------------------------------------


def can_go_back(screen: AppointmentScreen) -> bool:
    """Not while the agency is booking or cancelling, nor while the slip prints."""
    match screen:
        case ConfirmingAppointment():
            return not screen.booking
        case ConfirmingCancel():
            return not screen.cancelling
        case AppointmentMade():
            return not screen.printing
        case _:
            return True


def go_back(session: Session, screen: AppointmentScreen) -> Step | None:
    if not can_go_back(screen):
        return None
    match screen:
        case ChoosingDay():
            return moved(session.settled(ChoosingPurpose(screen.openings, screen.mine)))
        case ChoosingSlot():
            back = ChoosingDay(screen.openings, screen.mine, screen.purpose)
            return moved(session.settled(back))
        case ConfirmingAppointment():
            back_to = ChoosingSlot(screen.openings, screen.mine, screen.purpose, screen.day)
            return moved(session.settled(back_to))
        case ConfirmingCancel():
            return moved(session.settled(ChoosingPurpose(screen.openings, screen.mine)))
        case _:
            return back_to_menu(session)


# --- presenting -------------------------------------------------------------------------------


def line_of(booking: Booking) -> BookingLine:
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


def _lines(mine: tuple[Booking, ...]) -> tuple[BookingLine, ...]:
    upcoming = sorted((b for b in mine if b.active), key=lambda b: (b.day, b.starts_at))
    return tuple(line_of(b) for b in upcoming)


def _problem(fault: AppointmentFault | None) -> Msg | None:
    return _FAULTS[fault] if fault is not None else None


def present(screen: AppointmentScreen) -> tuple[ScreenView, frozenset[Action]]:
    none: frozenset[Action] = frozenset()
    choose = frozenset({Action.CHOOSE_APPOINTMENT})
    match screen:
        case LoadingAppointments():
            return BusyView(Msg.APPOINTMENT_LOADING), none
        case AppointmentsUnavailable():
            view = AppointmentChoiceView(
                message=_FAULTS[screen.fault],
                step=AppointmentStep.UNAVAILABLE,
                centre_name=None,
                purpose=None,
                day=None,
            )
            retry = screen.fault is not AppointmentFault.NO_CENTRE
            return view, frozenset({Action.RETRY}) if retry else none
        case ChoosingPurpose():
            options = tuple(
                PurposeOption(p, _line_or_none(_booked_for(screen.mine, p))) for p in PURPOSES
            )
            view = AppointmentChoiceView(
                message=Msg.APPOINTMENT_CHOOSE_PURPOSE,
                step=AppointmentStep.PURPOSE,
                centre_name=screen.openings.centre.name,
                purpose=None,
                day=None,
                purposes=options,
                mine=_lines(screen.mine),
                problem=_problem(screen.problem),
            )
            actions = {Action.CHOOSE_APPOINTMENT}
            if view.mine:
                actions.add(Action.CANCEL_APPOINTMENT)
            return view, frozenset(actions)
        case ChoosingDay():
            days = tuple(DayOption(d.day, d.free) for d in screen.openings.days)
            view = AppointmentChoiceView(
                message=Msg.APPOINTMENT_CHOOSE_DAY,
                step=AppointmentStep.DAY,
                centre_name=screen.openings.centre.name,
                purpose=screen.purpose,
                day=None,
                days=days,
            )
            return view, choose
        case ChoosingSlot():
            found = _day_of(screen.openings, screen.day)
            slots = tuple(
                SlotOption(s.starts_at, s.ends_at, max(0, s.free))
                for s in (found.slots if found else ())
            )
            view = AppointmentChoiceView(
                message=Msg.APPOINTMENT_CHOOSE_SLOT,
                step=AppointmentStep.SLOT,
                centre_name=screen.openings.centre.name,
                purpose=screen.purpose,
                day=screen.day,
                slots=slots,
                problem=_problem(screen.problem),
            )
            return view, choose
        case ConfirmingAppointment():
            centre = screen.openings.centre
            line = BookingLine(
                reference="",
                purpose=screen.purpose,
                day=screen.day,
                starts_at=screen.slot.starts_at,
                ends_at=screen.slot.ends_at,
                centre_name=centre.name,
                centre_address=centre.address,
            )
            message = Msg.APPOINTMENT_BOOKING if screen.booking else Msg.APPOINTMENT_CONFIRM
            detail = AppointmentDetailView(
                message, DetailMode.CONFIRM, line, _problem(screen.problem)
            )
            return detail, none if screen.booking else frozenset({Action.CONFIRM_APPOINTMENT})
        case AppointmentMade():
            if screen.printing:
                message = Msg.APPOINTMENT_PRINTING
            elif screen.printed:
                message = Msg.APPOINTMENT_PRINTED
            else:
                message = Msg.APPOINTMENT_BOOKED
            fault = PRINTER_MESSAGES[screen.print_fault] if screen.print_fault else None
            made = AppointmentDetailView(
                message, DetailMode.BOOKED, line_of(screen.booking), fault, screen.printed
            )
            return made, none if screen.printing else frozenset({Action.PRINT_RECEIPT})
        case ConfirmingCancel():
            message = (
                Msg.APPOINTMENT_CANCELLING if screen.cancelling else Msg.APPOINTMENT_CANCEL_CONFIRM
            )
            problem = Msg.APPOINTMENT_NOT_CANCELLED if screen.problem is not None else None
            if screen.problem is AppointmentFault.UNREACHABLE:
                problem = Msg.APPOINTMENT_NEEDS_NETWORK
            cancel = AppointmentDetailView(
                message, DetailMode.CANCEL, line_of(screen.booking), problem
            )
            if screen.cancelling:
                return cancel, none
            return cancel, frozenset({Action.CONFIRM_CANCEL_APPOINTMENT})
        case AppointmentCancelled():
            done = AppointmentDetailView(
                Msg.APPOINTMENT_CANCELLED, DetailMode.CANCELLED, line_of(screen.booking)
            )
            return done, none


def _line_or_none(booking: Booking | None) -> BookingLine | None:
    return line_of(booking) if booking is not None else None


def busy(screen: AppointmentScreen) -> bool:
    """Booking, cancelling or printing: home waits for the answer, which the claimant must see."""
    return not can_go_back(screen)
