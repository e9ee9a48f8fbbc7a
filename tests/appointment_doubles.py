"""The agency's counter appointments as a fake (tests/doubles.py FakeAgency inherits it): one
centre, three working days of four slots, one of them already full; bookings idempotent by
reference and one per purpose, like the agency (server/services/appointments.py)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from kiosk.domain.appointments import (
    AppointmentFault,
    AppointmentPurpose,
    Booking,
    BookingState,
    Centre,
    Openings,
    Slot,
    SlotDay,
)
from kiosk.domain.claimant import LoginProof
from kiosk.domain.identity import IdNumber
from kiosk.domain.language import Language, LocalizedText

FAKE_CENTRE = Centre(
    "LJ-01",
    LocalizedText("龙井市社会保险服务大厅", "룡정시 사회보험봉사청"),
    LocalizedText("龙井市安民街8号", "룡정시 안민거리 8호"),
    "08:30-11:30,13:30-16:30",
)
FAKE_DAYS = (date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9))
FULL_DAY = date(2026, 12, 10)  # every slot taken
TIMES = (("08:30", "09:00"), ("09:00", "09:30"), ("13:30", "14:00"), ("14:00", "14:30"))


def fake_openings() -> Openings:
    days = [
        SlotDay(
            day,
            tuple(Slot(a, b, 0 if (day, a) == (FAKE_DAYS[0], "09:00") else 2, 2) for a, b in TIMES),
        )
        for day in FAKE_DAYS
    ]
    days.append(SlotDay(FULL_DAY, tuple(Slot(a, b, 0, 2) for a, b in TIMES)))
    return Openings(FAKE_CENTRE, tuple(days))


@dataclass
class FakeAppointmentDesk:
    openings: Openings = field(default_factory=fake_openings)
    bookings: dict[str, Booking] = field(default_factory=dict)  # by client reference
    appointment_fault: AppointmentFault | None = None  # refuses every appointment call
    booking_languages: list[Language] = field(default_factory=list)

    def _appointments_reachable(self) -> AppointmentFault | None:
        if not getattr(self, "reachable", True):
            return AppointmentFault.UNREACHABLE
        return self.appointment_fault

    def appointment_openings(self, ssn: IdNumber, login: LoginProof) -> Openings | AppointmentFault:
        return self._appointments_reachable() or self.openings

    def my_appointments(
        self, ssn: IdNumber, login: LoginProof
    ) -> tuple[Booking, ...] | AppointmentFault:
        return self._appointments_reachable() or tuple(self.bookings.values())

    def _seat(self, day: date, starts_at: str, change: int) -> None:
        self.openings = replace(
            self.openings,
            days=tuple(
                replace(
                    d,
                    slots=tuple(
                        replace(s, free=s.free + change)
                        if (d.day, s.starts_at) == (day, starts_at)
                        else s
                        for s in d.slots
                    ),
                )
                for d in self.openings.days
            ),
        )

    def book_appointment(
        self,
        ssn: IdNumber,
        login: LoginProof,
        *,
        client_reference: str,
        purpose: AppointmentPurpose,
        day: date,
        starts_at: str,
        language: Language,
    ) -> Booking | AppointmentFault:
        fault = self._appointments_reachable()
        if fault is not None:
            return fault
        if client_reference in self.bookings:
            return self.bookings[client_reference]
        if any(b.purpose is purpose and b.active for b in self.bookings.values()):
            return AppointmentFault.ALREADY_BOOKED
        found = next((d for d in self.openings.days if d.day == day), None)
        slot = next((s for s in found.slots if s.starts_at == starts_at), None) if found else None
        if slot is None:
            return AppointmentFault.REFUSED
        if slot.full:
            return AppointmentFault.SLOT_FULL
        self._seat(day, starts_at, -1)
        booking = Booking(
            client_reference,
            purpose,
            day,
            starts_at,
            slot.ends_at,
            BookingState.BOOKED,
            FAKE_CENTRE,
        )
        self.bookings[client_reference] = booking
        self.booking_languages.append(language)
        return booking

    def cancel_appointment(
        self, ssn: IdNumber, login: LoginProof, reference: str
    ) -> Booking | AppointmentFault:
        fault = self._appointments_reachable()
        if fault is not None:
            return fault
        booking = self.bookings.get(reference)
        if booking is None:
            return AppointmentFault.REFUSED
        if booking.active:
            self._seat(booking.day, booking.starts_at, +1)
            booking = replace(booking, state=BookingState.CANCELLED)
            self.bookings[reference] = booking
        return booking
