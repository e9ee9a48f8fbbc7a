"""The status screen shows the claimant's complaints (waiting with the day the answer is due, or
answered with the staff's words) and upcoming counter appointments under the claims (issue 13
§5). The claims come first and stay shown whatever happens to the other two lists."""

from __future__ import annotations

from datetime import date

from kiosk.domain.appointments import AppointmentFault, AppointmentPurpose, Booking, BookingState
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource
from kiosk.domain.complaints import (
    ComplaintCategory,
    ComplaintFault,
    ComplaintRecord,
    ComplaintState,
)
from kiosk.flow import events as ev
from kiosk.flow.effect_runner import fallback_event, run_effect
from kiosk.flow.ports import Ports
from kiosk.flow.proof_events import ShowDecision
from kiosk.flow.states import Connectivity, ShowingStatus
from kiosk.flow.status_desk import months_before
from kiosk.flow.status_desk_types import LoadStatusDesk, StatusDeskLoaded
from kiosk.flow.status_desk_views import DeskProblem, StatusDeskView
from kiosk.flow.view_models import StatusView
from tests.appointment_doubles import FAKE_CENTRE
from tests.doubles import FakeAgency, FakeCard, FakeOutbox, FakePrinter
from tests.flow.flow_kit import TODAY, FlowDriver, claimant_for, kiosk

ANSWER = "".join(["经核实，", "已于11月10日补发。"])  # the staff's words: never in a repr
OWN_WORDS = "".join(["窗口的", "张师傅态度很差"])

PAYING = ClaimRecord(
    "YJ-2026-0815-3341", ClaimKind.CLAIM, ClaimSituation.PAYING, StatusSource.AGENCY
)


def complaint(reference: str, **fields: object) -> ComplaintRecord:
    values: dict[str, object] = {
        "reference": reference,
        "category": ComplaintCategory.WAITING_TIME,
        "text": OWN_WORDS,
        "filed_on": date(2026, 11, 20),
        "due_by": date(2026, 12, 4),
        "state": ComplaintState.OPEN,
        "overdue": False,
    }
    values.update(fields)
    return ComplaintRecord(**values)  # type: ignore[arg-type]


def answered(reference: str, filed_on: date, answered_on: date) -> ComplaintRecord:
    return complaint(
        reference,
        category=ComplaintCategory.PAYMENT,
        filed_on=filed_on,
        due_by=filed_on,
        state=ComplaintState.ANSWERED,
        answer=ANSWER,
        answered_on=answered_on,
    )


def booking(reference: str, day: date, starts_at: str = "14:00", **fields: object) -> Booking:
    values: dict[str, object] = {
        "reference": reference,
        "purpose": AppointmentPurpose.ACCOUNT,
        "day": day,
        "starts_at": starts_at,
        "ends_at": "14:30",
        "state": BookingState.BOOKED,
        "centre": FAKE_CENTRE,
    }
    values.update(fields)
    return Booking(**values)  # type: ignore[arg-type]


def open_status(k: FlowDriver, source: StatusSource = StatusSource.AGENCY) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=(PAYING,), source=source)


def status_view(k: FlowDriver) -> StatusView:
    view = k.view.screen
    assert isinstance(view, StatusView)
    return view


def desk_view(k: FlowDriver) -> StatusDeskView:
    desk = status_view(k).desk
    assert desk is not None
    return desk


def test_claims_show_at_once_while_complaints_and_appointments_are_asked_for(
    k: FlowDriver,
) -> None:
    open_status(k)
    load = k.effect(LoadStatusDesk)
    assert load.ssn == claimant_for().ssn
    assert load.login == k.session.personal.login  # type: ignore[union-attr]
    assert k.session.awaiting == load.ticket
    assert [c.reference for c in status_view(k).claims] == [PAYING.reference]
    assert desk_view(k) == StatusDeskView(loading=True)


def test_waiting_complaint_shows_its_due_day_and_answered_one_the_staff_answer(
    k: FlowDriver,
) -> None:
    open_status(k)
    waiting = complaint("c-open", overdue=False)
    late = complaint("c-late", filed_on=date(2026, 10, 1), due_by=date(2026, 10, 20), overdue=True)
    done = answered("c-done", date(2026, 11, 2), date(2026, 11, 9))
    k.answer(StatusDeskLoaded, complaints=(waiting, late, done), appointments=())
    lines = {line.reference: line for line in desk_view(k).complaints}
    assert not lines["c-open"].answered and lines["c-open"].due_by == date(2026, 12, 4)
    assert not lines["c-open"].overdue and lines["c-open"].answer is None
    assert lines["c-late"].overdue
    assert lines["c-done"].answered
    assert (lines["c-done"].answer, lines["c-done"].answered_on) == (ANSWER, date(2026, 11, 9))
    assert k.session.awaiting is None  # settled: nothing more is awaited
    assert status_view(k).claims  # the claims are still there


def test_only_recent_answers_are_listed_but_every_waiting_complaint_is(k: FlowDriver) -> None:
    open_status(k)
    since = months_before(TODAY, 6)
    assert since == date(2026, 5, 26)
    old_answer = answered("c-old", date(2026, 3, 1), date(2026, 3, 10))
    recent_answer = answered("c-recent", date(2026, 5, 20), date(2026, 6, 1))
    old_waiting = complaint("c-waiting", filed_on=date(2026, 1, 5), due_by=date(2026, 1, 20))
    k.answer(StatusDeskLoaded, complaints=(recent_answer, old_answer, old_waiting), appointments=())
    assert [line.reference for line in desk_view(k).complaints] == ["c-recent", "c-waiting"]


def test_the_window_of_months_is_a_setting() -> None:
    k = kiosk(status_complaint_months=12)
    open_status(k)
    year_old = answered("c-year", date(2026, 1, 2), date(2026, 1, 10))
    k.answer(StatusDeskLoaded, complaints=(year_old,), appointments=())
    assert [line.reference for line in desk_view(k).complaints] == ["c-year"]


def test_only_upcoming_booked_appointments_are_listed_soonest_first(k: FlowDriver) -> None:
    open_status(k)
    later = booking("a-later", date(2026, 12, 9), "09:00")
    sooner = booking("a-sooner", date(2026, 12, 2), "14:00")
    today_morning = booking("a-today", TODAY, "08:30")
    past = booking("a-past", date(2026, 11, 20))
    cancelled = booking("a-cancelled", date(2026, 12, 3), state=BookingState.CANCELLED)
    missed = booking("a-missed", date(2026, 11, 25), state=BookingState.NO_SHOW)
    k.answer(
        StatusDeskLoaded,
        complaints=(),
        appointments=(later, past, cancelled, sooner, missed, today_morning),
    )
    lines = desk_view(k).appointments
    assert [line.reference for line in lines] == ["a-today", "a-sooner", "a-later"]
    first = lines[1]
    assert (first.day, first.starts_at, first.ends_at) == (date(2026, 12, 2), "14:00", "14:30")
    assert first.centre_name == FAKE_CENTRE.name
    assert first.purpose is AppointmentPurpose.ACCOUNT


def test_complaints_out_of_reach_leave_the_claims_and_appointments_shown(k: FlowDriver) -> None:
    open_status(k)
    upcoming = booking("a-1", date(2026, 12, 2))
    k.answer(StatusDeskLoaded, complaints=ComplaintFault.UNREACHABLE, appointments=(upcoming,))
    desk = desk_view(k)
    assert desk.complaints_problem is DeskProblem.NO_NETWORK and desk.complaints == ()
    assert desk.appointments_problem is None
    assert [line.reference for line in desk.appointments] == ["a-1"]
    assert [c.reference for c in status_view(k).claims] == [PAYING.reference]
    assert k.session.connectivity is Connectivity.ONLINE  # one list answered: reachable


def test_appointments_refused_say_so_apart_from_a_missing_network(k: FlowDriver) -> None:
    open_status(k)
    k.answer(
        StatusDeskLoaded,
        complaints=(complaint("c-1"),),
        appointments=AppointmentFault.REFUSED,
    )
    desk = desk_view(k)
    assert desk.appointments_problem is DeskProblem.NOT_LOADED
    assert desk.complaints_problem is None and len(desk.complaints) == 1
    assert status_view(k).claims


def test_both_lists_unreachable_marks_the_kiosk_offline_but_keeps_the_claims(
    k: FlowDriver,
) -> None:
    open_status(k)
    k.answer(
        StatusDeskLoaded,
        complaints=ComplaintFault.UNREACHABLE,
        appointments=AppointmentFault.UNREACHABLE,
    )
    assert k.session.connectivity is Connectivity.OFFLINE
    desk = desk_view(k)
    assert (desk.complaints_problem, desk.appointments_problem) == (
        DeskProblem.NO_NETWORK,
        DeskProblem.NO_NETWORK,
    )
    assert status_view(k).claims


def test_status_from_this_kiosk_does_not_ask_the_unreachable_agency_again(
    k: FlowDriver,
) -> None:
    open_status(k, source=StatusSource.THIS_KIOSK)
    assert not [e for e in k.effects if isinstance(e, LoadStatusDesk)]
    assert k.session.awaiting is None
    desk = desk_view(k)
    assert not desk.loading
    assert desk.complaints_problem is DeskProblem.NO_NETWORK
    assert desk.appointments_problem is DeskProblem.NO_NETWORK


def test_claims_not_loaded_asks_for_nothing_more(k: FlowDriver) -> None:
    from kiosk.domain.faults import ServiceFault

    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusUnavailable, fault=ServiceFault.REFUSED)
    assert not k.effects
    assert status_view(k).desk is None


def test_a_late_answer_after_leaving_the_status_is_ignored(k: FlowDriver) -> None:
    open_status(k)
    stale = k.effect(LoadStatusDesk).ticket
    k.send(ev.GoHome())
    step = k.send(StatusDeskLoaded(stale, (complaint("c-1"),), ()))
    assert not step.accepted
    assert not isinstance(k.screen, ShowingStatus)


def test_an_answer_to_an_earlier_status_visit_does_not_fill_the_new_one(k: FlowDriver) -> None:
    open_status(k)
    first = k.effect(LoadStatusDesk).ticket
    k.send(ev.GoHome())
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=(PAYING,), source=StatusSource.AGENCY)
    assert not k.send(StatusDeskLoaded(first, (complaint("c-old-visit"),), ())).accepted
    assert desk_view(k).loading


def test_back_from_the_decision_before_the_lists_came_asks_for_them_again(
    k: FlowDriver,
) -> None:
    from tests.flow.test_decision_and_proof_flow import REFERENCE, refused

    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=(refused(),), source=StatusSource.AGENCY)
    dropped = k.effect(LoadStatusDesk).ticket
    k.send(ShowDecision(REFERENCE))
    k.send(ev.GoBack())
    again = k.effect(LoadStatusDesk)
    assert again.ticket != dropped and k.session.awaiting == again.ticket
    k.answer(StatusDeskLoaded, complaints=(complaint("c-1"),), appointments=())
    assert [line.reference for line in desk_view(k).complaints] == ["c-1"]
    # Once loaded, the decision and back again shows them as they were, asking nothing.
    k.send(ShowDecision(REFERENCE))
    k.send(ev.GoBack())
    assert not k.effects and not desk_view(k).loading


def test_no_words_of_the_complaint_or_answer_nor_the_id_number_in_any_repr(
    k: FlowDriver,
) -> None:
    open_status(k)
    load = repr(k.effect(LoadStatusDesk))
    k.answer(
        StatusDeskLoaded,
        complaints=(answered("c-1", date(2026, 11, 2), date(2026, 11, 9)),),
        appointments=(),
    )
    for text in (load, repr(k.session), repr(k.view), repr(k.step)):
        assert ANSWER not in text and OWN_WORDS not in text
        assert claimant_for().ssn.value not in text


def _ports(agency: FakeAgency) -> Ports:
    return Ports(card=FakeCard(), agency=agency, outbox=FakeOutbox(), printer=FakePrinter())


def test_runner_asks_both_lists_and_each_fails_on_its_own(k: FlowDriver) -> None:
    open_status(k)
    effect = k.effect(LoadStatusDesk)
    agency = FakeAgency()
    mine = complaint("c-1")
    agency.complaints["c-1"] = mine
    agency.bookings["a-1"] = booking("a-1", date(2026, 12, 2))
    assert list(run_effect(effect, _ports(agency))) == [
        StatusDeskLoaded(effect.ticket, (mine,), (agency.bookings["a-1"],))
    ]
    agency.appointment_fault = AppointmentFault.REFUSED
    [answer] = run_effect(effect, _ports(agency))
    assert answer == StatusDeskLoaded(effect.ticket, (mine,), AppointmentFault.REFUSED)
    [offline] = run_effect(effect, _ports(FakeAgency(reachable=False)))
    assert offline == StatusDeskLoaded(
        effect.ticket, ComplaintFault.UNREACHABLE, AppointmentFault.UNREACHABLE
    )
    assert fallback_event(effect) == offline
