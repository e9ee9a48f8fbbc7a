"""Booking a counter appointment from the "other services" menu (issue 13 §5), as the claimant
meets it: purpose, day (full days shown full), time (full times shown full), "book this?", the
receipt screen with date, time, place and what to bring, printing; cancelling a booking; a time
that filled meanwhile; a booking already held; no network."""

from __future__ import annotations

from kiosk.domain.appointments import AppointmentFault, AppointmentPurpose, Booking, BookingState
from kiosk.domain.faults import PrinterFault
from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.appointment_types import (
    AppointmentBooked,
    AppointmentCancelled,
    AppointmentCancelledByClaimant,
    AppointmentNotBooked,
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
    PrintAppointmentReceipt,
)
from kiosk.flow.appointment_views import (
    AppointmentChoiceView,
    AppointmentDetailView,
    AppointmentStep,
    DetailMode,
)
from kiosk.flow.messages import Msg
from kiosk.flow.states import ChoosingService, Service
from kiosk.flow.view_models import Action, BusyView
from tests.appointment_doubles import FAKE_CENTRE, FAKE_DAYS, FULL_DAY, fake_openings
from tests.flow.flow_kit import FlowDriver

DEEMED = AppointmentPurpose.DEEMED_CONTRIBUTION


def _booking(reference: str = "ref-1", purpose: AppointmentPurpose = DEEMED) -> Booking:
    return Booking(
        reference, purpose, FAKE_DAYS[1], "13:30", "14:00", BookingState.BOOKED, FAKE_CENTRE
    )


def _open(k: FlowDriver, mine: tuple[Booking, ...] = ()) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    assert isinstance(k.screen, ChoosingService)
    assert Service.APPOINTMENT in k.view.screen.services  # type: ignore[union-attr]
    k.send(ev.ChooseService(Service.APPOINTMENT))
    assert isinstance(k.view.screen, BusyView)
    assert k.view.screen.message is Msg.APPOINTMENT_LOADING
    k.effect(LoadAppointments)
    k.answer(AppointmentsLoaded, openings=fake_openings(), mine=mine)


def _choice(k: FlowDriver) -> AppointmentChoiceView:
    view = k.view.screen
    assert isinstance(view, AppointmentChoiceView)
    return view


def _detail(k: FlowDriver) -> AppointmentDetailView:
    view = k.view.screen
    assert isinstance(view, AppointmentDetailView)
    return view


def _to_confirm(k: FlowDriver) -> None:
    _open(k)
    k.send(ChooseAppointmentPurpose(DEEMED))
    k.send(ChooseAppointmentDay(FAKE_DAYS[0]))
    k.send(ChooseAppointmentSlot("08:30"))
    assert isinstance(k.screen, ConfirmingAppointment)


def test_purpose_then_day_then_time_with_full_ones_shown_full(k: FlowDriver) -> None:
    _open(k)
    view = _choice(k)
    assert view.step is AppointmentStep.PURPOSE and view.centre_name == FAKE_CENTRE.name
    assert [o.purpose for o in view.purposes] == list(AppointmentPurpose)
    assert k.view.actions == {Action.CHOOSE_APPOINTMENT}  # nothing booked: nothing to cancel
    k.send(ChooseAppointmentPurpose(DEEMED))
    days = _choice(k)
    assert days.step is AppointmentStep.DAY and days.purpose is DEEMED
    full = next(d for d in days.days if d.day == FULL_DAY)
    assert full.full and not days.days[0].full
    k.send(ChooseAppointmentDay(FULL_DAY))  # a full day cannot be chosen
    assert isinstance(k.screen, ChoosingDay)
    k.send(ChooseAppointmentDay(FAKE_DAYS[0]))
    slots = _choice(k)
    assert slots.step is AppointmentStep.SLOT and slots.day == FAKE_DAYS[0]
    assert [s.starts_at for s in slots.slots if s.full] == ["09:00"]
    k.send(ChooseAppointmentSlot("09:00"))  # full: nothing happens
    assert isinstance(k.screen, ChoosingSlot)
    k.send(ChooseAppointmentSlot("08:30"))
    confirm = _detail(k)
    assert confirm.mode is DetailMode.CONFIRM and confirm.message is Msg.APPOINTMENT_CONFIRM
    assert (confirm.line.day, confirm.line.starts_at, confirm.line.ends_at) == (
        FAKE_DAYS[0],
        "08:30",
        "09:00",
    )
    assert confirm.line.centre_address == FAKE_CENTRE.address
    assert k.view.actions == {Action.CONFIRM_APPOINTMENT}


def test_booking_shows_the_receipt_and_prints_it(k: FlowDriver) -> None:
    _to_confirm(k)
    k.send(ConfirmAppointment())
    effect = k.effect(BookAppointment)
    assert (effect.purpose, effect.day, effect.starts_at) == (DEEMED, FAKE_DAYS[0], "08:30")
    assert effect.client_reference is None and effect.language is Language.ZH_CN
    assert _detail(k).message is Msg.APPOINTMENT_BOOKING and k.view.actions == frozenset()
    assert not k.view.chrome.can_go_back
    booked = _booking()
    k.answer(AppointmentBooked, booking=booked)
    receipt = _detail(k)
    assert receipt.mode is DetailMode.BOOKED and receipt.line.reference == "ref-1"
    assert receipt.message is Msg.APPOINTMENT_BOOKED
    assert k.view.actions == {Action.PRINT_RECEIPT}
    k.send(ev.PrintReceipt())
    printing = k.effect(PrintAppointmentReceipt)
    assert printing.receipt.booking == booked and "*" in printing.receipt.masked_id_number
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    assert _detail(k).problem is Msg.PRINTER_PAPER_OUT
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFinished)
    assert _detail(k).printed and _detail(k).message is Msg.APPOINTMENT_PRINTED


def test_a_time_that_filled_meanwhile_goes_back_to_the_times_marked_full(k: FlowDriver) -> None:
    _to_confirm(k)
    k.send(ConfirmAppointment())
    k.answer(AppointmentNotBooked, fault=AppointmentFault.SLOT_FULL, client_reference="ref-lost")
    assert isinstance(k.screen, ChoosingSlot)
    view = _choice(k)
    assert view.problem is Msg.APPOINTMENT_SLOT_FULL
    assert next(s for s in view.slots if s.starts_at == "08:30").full


def test_no_network_keeps_the_reference_for_the_retry(k: FlowDriver) -> None:
    _to_confirm(k)
    k.send(ConfirmAppointment())
    k.answer(AppointmentNotBooked, fault=AppointmentFault.UNREACHABLE, client_reference="ref-kept")
    assert _detail(k).problem is Msg.APPOINTMENT_NEEDS_NETWORK
    k.send(ConfirmAppointment())
    assert k.effect(BookAppointment).client_reference == "ref-kept"


def test_a_purpose_already_booked_is_marked_and_can_be_cancelled(k: FlowDriver) -> None:
    held = _booking()
    _open(k, mine=(held,))
    view = _choice(k)
    option = next(o for o in view.purposes if o.purpose is DEEMED)
    assert option.booked is not None and option.booked.reference == "ref-1"
    assert [line.reference for line in view.mine] == ["ref-1"]
    assert Action.CANCEL_APPOINTMENT in k.view.actions
    k.send(ChooseAppointmentPurpose(DEEMED))
    assert isinstance(k.screen, ChoosingPurpose)
    assert _choice(k).problem is Msg.APPOINTMENT_ALREADY_BOOKED
    k.send(CancelAppointmentAsked("ref-1"))
    assert isinstance(k.screen, ConfirmingCancel)
    assert _detail(k).mode is DetailMode.CANCEL
    assert k.view.actions == {Action.CONFIRM_CANCEL_APPOINTMENT}
    k.send(ConfirmCancelAppointment())
    assert k.effect(CancelAppointment).reference == "ref-1"
    cancelled = Booking(
        "ref-1", DEEMED, FAKE_DAYS[1], "13:30", "14:00", BookingState.CANCELLED, FAKE_CENTRE
    )
    k.answer(AppointmentCancelledByClaimant, booking=cancelled)
    assert isinstance(k.screen, AppointmentCancelled)
    assert _detail(k).message is Msg.APPOINTMENT_CANCELLED


def test_back_retraces_each_step_then_returns_to_the_menu(k: FlowDriver) -> None:
    _to_confirm(k)
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingSlot)
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingDay)
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingPurpose)
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingService)


def test_offline_says_so_clearly_and_offers_to_try_again(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.APPOINTMENT))
    k.answer(AppointmentsNotLoaded, fault=AppointmentFault.UNREACHABLE)
    assert isinstance(k.screen, AppointmentsUnavailable)
    view = _choice(k)
    assert view.step is AppointmentStep.UNAVAILABLE
    assert view.message is Msg.APPOINTMENT_NEEDS_NETWORK
    assert k.view.actions == {Action.RETRY}
    k.send(ev.Retry())
    k.effect(LoadAppointments)


def test_a_card_session_that_began_offline_is_told_at_once(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in_offline()
    k.send(ev.ConfirmIdentity())
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.APPOINTMENT))
    assert isinstance(k.screen, AppointmentsUnavailable)
    assert k.effects == ()
    assert _choice(k).message is Msg.APPOINTMENT_NEEDS_NETWORK


def test_no_centre_offers_no_retry(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.APPOINTMENT))
    k.answer(AppointmentsNotLoaded, fault=AppointmentFault.NO_CENTRE)
    assert _choice(k).message is Msg.APPOINTMENT_NO_CENTRE and k.view.actions == frozenset()


def test_a_stale_answer_is_ignored(k: FlowDriver) -> None:
    _to_confirm(k)
    k.send(ConfirmAppointment())
    ticket = k.session.awaiting
    assert ticket is not None
    k.send(AppointmentBooked(ticket=ticket + 7, booking=_booking()))
    assert isinstance(k.screen, ConfirmingAppointment) and k.screen.booking
