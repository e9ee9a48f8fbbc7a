"""Running the appointment effects against the ports (kiosk/flow/effect_runner.py hands them
here): blocking, on the composition root's worker thread like every effect."""

from __future__ import annotations

from typing import assert_never

from kiosk.domain.appointments import AppointmentFault, Booking, Openings
from kiosk.domain.faults import PrinterFault
from kiosk.flow import events as ev
from kiosk.flow.appointment_types import (
    AppointmentBooked,
    AppointmentCancelledByClaimant,
    AppointmentEffect,
    AppointmentNotBooked,
    AppointmentNotCancelled,
    AppointmentsLoaded,
    AppointmentsNotLoaded,
    BookAppointment,
    CancelAppointment,
    LoadAppointments,
    PrintAppointmentReceipt,
)
from kiosk.flow.ports import Ports


def run_appointment(effect: AppointmentEffect, ports: Ports) -> ev.Event:
    agency = ports.agency
    match effect:
        case LoadAppointments():
            openings = agency.appointment_openings(effect.ssn, effect.login)
            if not isinstance(openings, Openings):
                return AppointmentsNotLoaded(effect.ticket, openings)
            mine = agency.my_appointments(effect.ssn, effect.login)
            if isinstance(mine, AppointmentFault):
                return AppointmentsNotLoaded(effect.ticket, mine)
            return AppointmentsLoaded(effect.ticket, openings, mine)
        case BookAppointment():
            # Made once per booking and sent again on a retry of it (the outbox's UUIDs), so a
            # lost answer never books twice.
            reference = effect.client_reference or ports.outbox.new_reference()
            booked = agency.book_appointment(
                effect.ssn,
                effect.login,
                client_reference=reference,
                purpose=effect.purpose,
                day=effect.day,
                starts_at=effect.starts_at,
                language=effect.language,
            )
            if isinstance(booked, Booking):
                return AppointmentBooked(effect.ticket, booked)
            return AppointmentNotBooked(effect.ticket, booked, reference)
        case CancelAppointment():
            cancelled = agency.cancel_appointment(effect.ssn, effect.login, effect.reference)
            if isinstance(cancelled, Booking):
                return AppointmentCancelledByClaimant(effect.ticket, cancelled)
            return AppointmentNotCancelled(effect.ticket, cancelled)
        case PrintAppointmentReceipt():
            fault = ports.printer.print_appointment_receipt(effect.receipt)
            if fault is None:
                return ev.PrintFinished(effect.ticket)
            return ev.PrintFailed(effect.ticket, fault)
        case _:
            assert_never(effect)


def appointment_fallback(effect: AppointmentEffect) -> ev.Event:
    """Running the effect raised (a bug): say the network (or printer) failed, which promises
    nothing was done."""
    unreachable = AppointmentFault.UNREACHABLE
    match effect:
        case LoadAppointments():
            return AppointmentsNotLoaded(effect.ticket, unreachable)
        case BookAppointment():
            return AppointmentNotBooked(effect.ticket, unreachable, effect.client_reference or "")
        case CancelAppointment():
            return AppointmentNotCancelled(effect.ticket, unreachable)
        case PrintAppointmentReceipt():
            return ev.PrintFailed(effect.ticket, PrinterFault.FAILED)
        case _:
            assert_never(effect)
