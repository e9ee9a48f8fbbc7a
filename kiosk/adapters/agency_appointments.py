"""The agency side of counter appointments (issue 13 §5) for the flow's AgencyPort: the
centre's openings, the claimant's bookings, booking and cancelling. Faults come back as values,
as in kiosk/adapters/agency_details.py; each considered "no" the claimant can act on has its own.
"""

from __future__ import annotations

import logging
from datetime import date

from contract.appointments import AppointmentPurpose
from contract.errors import ErrorCode
from kiosk.adapters.agency_details import is_kiosk_problem
from kiosk.api import AgencyClient, models
from kiosk.api.errors import AgencyError
from kiosk.api.login import ClaimantLogin
from kiosk.domain.appointments import (
    AppointmentFault,
    Booking,
    BookingState,
    Centre,
    Openings,
    Slot,
    SlotDay,
)
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language, LocalizedText

log = logging.getLogger(__name__)

_FAULTS = {
    ErrorCode.SLOT_FULL: AppointmentFault.SLOT_FULL,
    ErrorCode.APPOINTMENT_EXISTS: AppointmentFault.ALREADY_BOOKED,
    ErrorCode.NO_SERVICE_CENTRE: AppointmentFault.NO_CENTRE,
}


def fault_of(error: AgencyError, what: str) -> AppointmentFault:
    if is_kiosk_problem(error):
        log.warning("agency unreachable for %s: %s", what, error.code)
        return AppointmentFault.UNREACHABLE
    log.info("agency refused %s: %s", what, error.code)
    known = {code.value: fault for code, fault in _FAULTS.items()}
    return known.get(error.code, AppointmentFault.REFUSED)


def _text(value: models.Localized) -> LocalizedText:
    return LocalizedText(zh_cn=value.zh_CN, ko=value.ko)


def centre(answer: models.ServiceCentre) -> Centre:
    return Centre(answer.code, _text(answer.name), _text(answer.address), answer.hours)


def booking(answer: models.Appointment) -> Booking:
    return Booking(
        reference=answer.reference,
        purpose=AppointmentPurpose(answer.purpose),
        day=answer.day,
        starts_at=answer.starts_at,
        ends_at=answer.ends_at,
        state=BookingState(answer.state),
        centre=centre(answer.centre),
    )


def openings(
    client: AgencyClient, ssn: IdNumber, proof: ClaimantLogin
) -> Openings | AppointmentFault:
    try:
        answer = client.free_slots(ssn.value, proof)
    except AgencyError as error:
        return fault_of(error, "the appointment slots")
    days = tuple(
        SlotDay(d.day, tuple(Slot(s.starts_at, s.ends_at, s.free, s.capacity) for s in d.slots))
        for d in answer.days
    )
    return Openings(centre(answer.centre), days)


def my_appointments(
    client: AgencyClient, ssn: IdNumber, proof: ClaimantLogin
) -> tuple[Booking, ...] | AppointmentFault:
    try:
        return tuple(booking(a) for a in client.my_appointments(ssn.value, proof))
    except AgencyError as error:
        return fault_of(error, "the claimant's appointments")


def book(
    client: AgencyClient,
    ssn: IdNumber,
    proof: ClaimantLogin,
    *,
    client_reference: str,
    purpose: AppointmentPurpose,
    day: date,
    starts_at: str,
    language: Language,
) -> Booking | AppointmentFault:
    try:
        answer = client.book_appointment(
            ssn.value,
            proof,
            client_reference=client_reference,
            purpose=purpose.value,
            day=day,
            starts_at=starts_at,
            language="ko" if language is Language.KO else "zh_CN",
        )
    except AgencyError as error:
        return fault_of(error, "an appointment")
    return booking(answer)


def cancel(
    client: AgencyClient, ssn: IdNumber, proof: ClaimantLogin, reference: str
) -> Booking | AppointmentFault:
    try:
        return booking(client.cancel_appointment(reference, ssn.value, proof))
    except AgencyError as error:
        return fault_of(error, "cancelling an appointment")
