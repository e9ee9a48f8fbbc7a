"""A counter appointment end to end (issue 13 §5): the real session flow, run by its effect
runner through the kiosk's AgencyAdapter and signed AgencyClient to the reference server on
loopback, and the slip printed through the real printer adapter to the ESC/POS printer
simulator on TCP. What is checked is what the claimant and the counter would notice: the
claimant's centre and its free times, the booking (texted), the slip with date, time, place
and what to bring and nobody's name on it, the seat given back on cancelling, and a clear
message with no network."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import requests
from sqlalchemy import select

from devices.printer.printer import ReceiptPrinter
from devices.sim.printer_sim import TcpPrinterSim
from kiosk.adapters.agency import AgencyAdapter
from kiosk.adapters.outbox import OutboxAdapter
from kiosk.adapters.printer import PrinterAdapter
from kiosk.api import AgencyClient
from kiosk.domain.appointments import AppointmentPurpose
from kiosk.domain.claimant import CardLogin
from kiosk.domain.identity import IdNumber
from kiosk.flow import events as ev
from kiosk.flow.appointment_types import (
    AppointmentCancelled,
    AppointmentMade,
    AppointmentsUnavailable,
    BookAppointment,
    CancelAppointment,
    CancelAppointmentAsked,
    ChooseAppointmentDay,
    ChooseAppointmentPurpose,
    ChooseAppointmentSlot,
    ConfirmAppointment,
    ConfirmCancelAppointment,
    LoadAppointments,
)
from kiosk.flow.appointment_views import AppointmentChoiceView
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import Effect
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import Service
from server.models import AppointmentSlot, SmsNotification
from tests.app.conftest import card_login, dead_url
from tests.conftest import Agency
from tests.doubles import FakeCard, Unused
from tests.flow.flow_kit import FlowDriver, claimant_for, kiosk

Cast = dict[str, dict[str, Any]]


def _ports(client: AgencyClient, sim: TcpPrinterSim, kiosk_id: str) -> Ports:
    printer = PrinterAdapter(ReceiptPrinter(sim.uri), kiosk_id)
    # The kiosk's own reference maker; a booking stores nothing in the queue.
    references = OutboxAdapter(Unused(), Unused())  # type: ignore[arg-type]
    return Ports(FakeCard(), AgencyAdapter(client), references, printer)


def _run(k: FlowDriver, ports: Ports, login: CardLogin) -> None:
    """Run what the flow asked for, as the composition root does, with the person's genuine card
    login in place of the flow kit's made-up one."""
    effects: list[Effect] = list(k.effects)
    while effects:
        effect = effects.pop(0)
        if hasattr(effect, "login"):
            effect = replace(effect, login=login)  # type: ignore[type-var]
        for event in run_effect(effect, ports):
            k.send(event)
            effects.extend(k.effects)


def _signed_in(person: dict[str, Any]) -> FlowDriver:
    k = kiosk()
    k.sign_in_with_card(claimant_for(IdNumber(person["ssn"]), person["name"]))
    return k


def _choice(k: FlowDriver) -> AppointmentChoiceView:
    view = k.view.screen
    assert isinstance(view, AppointmentChoiceView)
    return view


def test_book_print_and_cancel_at_the_claimants_centre(
    agency: Agency, kiosk_client: AgencyClient, cast: Cast, printer_sim: TcpPrinterSim
) -> None:
    person = cast["eligible_18_months"]  # insured in 222405: 龙井, three counters
    login = card_login(kiosk_client, person)
    ports = _ports(kiosk_client, printer_sim, agency.kiosk_id)
    k = _signed_in(person)
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.APPOINTMENT))
    assert isinstance(k.effects[0], LoadAppointments)
    _run(k, ports, login)
    purposes = _choice(k)
    assert (
        purposes.centre_name is not None and purposes.centre_name.zh_cn == "龙井市社会保险服务大厅"
    )

    k.send(ChooseAppointmentPurpose(AppointmentPurpose.DEEMED_CONTRIBUTION))
    days = _choice(k)
    assert len(days.days) == 10 and all(d.day.weekday() < 5 for d in days.days)
    day = days.days[1].day
    k.send(ChooseAppointmentDay(day))
    slot = next(s for s in _choice(k).slots if not s.full)
    assert slot.free == 3
    k.send(ChooseAppointmentSlot(slot.starts_at))
    k.send(ConfirmAppointment())
    assert isinstance(k.effects[0], BookAppointment)
    _run(k, ports, login)
    made = k.session.screen
    assert isinstance(made, AppointmentMade)
    booking = made.booking
    assert (booking.day, booking.starts_at) == (day, slot.starts_at)
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        texts = session.execute(
            select(SmsNotification).where(SmsNotification.template == "appointment_booked")
        ).scalars()
        assert any(t.params["ref"] == booking.reference[-6:].upper() for t in texts)

    k.send(ev.PrintReceipt())
    _run(k, ports, login)
    (paper,) = printer_sim.wait_for_jobs(1)
    text = paper.text
    assert "窗口办理预约单" in text and "龙井市安民街8号" in text and slot.starts_at in text
    assert "身份证" in text  # what to bring
    assert person["name"] not in text and person["ssn"] not in text
    assert paper.qr_codes == [booking.reference] and paper.cuts
    assert k.view.screen.printed  # type: ignore[union-attr]

    # Later: the booking is listed under the purposes, and cancelled from there.
    k.send(ev.GoBack())
    k.send(ev.ChooseService(Service.APPOINTMENT))
    _run(k, ports, login)
    assert [line.reference for line in _choice(k).mine] == [booking.reference]
    k.send(CancelAppointmentAsked(booking.reference))
    k.send(ConfirmCancelAppointment())
    assert isinstance(k.effects[0], CancelAppointment)
    _run(k, ports, login)
    assert isinstance(k.session.screen, AppointmentCancelled)
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        seat = session.execute(
            select(AppointmentSlot).where(
                AppointmentSlot.day == day, AppointmentSlot.starts_at == slot.starts_at
            )
        ).scalar_one()
        assert seat.booked == 0


def test_without_the_network_the_claimant_is_told_clearly(
    agency: Agency, kiosk_client: AgencyClient, cast: Cast, printer_sim: TcpPrinterSim
) -> None:
    person = cast["eligible_24_months"]
    login = card_login(kiosk_client, person)
    offline = AgencyClient(dead_url(), agency.kiosk_id, agency.kiosk_key, attempts=1)
    try:
        k = _signed_in(person)
        k.send(ev.ChooseMoreServices())
        k.send(ev.ChooseService(Service.APPOINTMENT))
        _run(k, _ports(offline, printer_sim, agency.kiosk_id), login)
    finally:
        offline.close()
    assert isinstance(k.session.screen, AppointmentsUnavailable)
    assert _choice(k).message is Msg.APPOINTMENT_NEEDS_NETWORK
    assert requests.get(f"{agency.url}/health", timeout=5).ok
