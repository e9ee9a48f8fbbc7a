"""Report a change (issue 13 item 1): from the "other services" menu, through kind, date and
review, to the agency's receipt; and every way it can stop short, with nothing half done."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.changes import (
    ChangeDateProblem,
    ChangeEffect,
    ChangeFault,
    ChangeKind,
    ChangeRecord,
)
from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    StatusSource,
    TimelineEntry,
)
from kiosk.domain.faults import PrinterFault, ServiceFault
from kiosk.domain.money import Money
from kiosk.flow import change_events as ce
from kiosk.flow import events as ev
from kiosk.flow.change_effects import PrintServiceReceipt, ReportChange, ServiceReceiptKind
from kiosk.flow.change_views import ChangeDoneView, Consequence, ReportChangeView
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import CheckPrinter, LoadStatus
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import (
    ChangeDone,
    ChangeStep,
    ChoosingService,
    Connectivity,
    PrintProgress,
    ReportingChange,
    Service,
)
from kiosk.flow.view_models import Action, BusyView, MoreServicesView
from tests.doubles import FakeAgency, FakeCard, FakeOutbox, FakePrinter
from tests.flow.flow_kit import TODAY, FlowDriver, kiosk

REGISTERED = date(2026, 3, 2)


def paying(reference: str = "CT-2026-000123", registered: date = REGISTERED) -> ClaimRecord:
    return ClaimRecord(
        reference=reference,
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.PAYING,
        source=StatusSource.AGENCY,
        timeline=(
            TimelineEntry(registered, ClaimSituation.RECEIVED),
            TimelineEntry(date(2026, 3, 20), ClaimSituation.APPROVED),
        ),
    )


def record(kind: ChangeKind = ChangeKind.REEMPLOYMENT, **fields: object) -> ChangeRecord:
    values: dict[str, object] = {
        "reference": "8c0d6a52-3f0b-4c55-9d0e-1f6b2a7c9e11",
        "kind": kind,
        "effective_date": date(2026, 9, 15),
        "effect": ChangeEffect.STOPPED,
        "claim_reference": "CT-2026-000123",
        "stops_from": date(2026, 9, 1),
        "overpaid": Money(342_000),
        "overpaid_months": 2,
    }
    values.update(fields)
    return ChangeRecord(**values)  # type: ignore[arg-type]


def open_report(k: FlowDriver, *claims: ClaimRecord) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    assert isinstance(k.screen, ChoosingService)
    k.send(ev.ChooseService(Service.REPORT_CHANGE))
    assert k.effect(LoadStatus)
    assert isinstance(k.view.screen, BusyView) and k.view.screen.message is Msg.CHANGE_CHECKING
    k.answer(ev.StatusLoaded, claims=claims, source=StatusSource.AGENCY)


def to_review(k: FlowDriver, on: date = date(2026, 9, 15)) -> None:
    open_report(k, paying())
    k.send(ce.ChooseChangeKind(ChangeKind.REEMPLOYMENT))
    k.send(ce.ChooseChangeDate(on))


def test_the_menu_offers_reporting_a_change(k: FlowDriver) -> None:
    k.sign_in_with_card()
    assert Action.MORE_SERVICES in k.view.actions
    k.send(ev.ChooseMoreServices())
    menu = k.view.screen
    assert isinstance(menu, MoreServicesView) and Service.REPORT_CHANGE in menu.services


def test_a_full_report_reaches_the_receipt(k: FlowDriver) -> None:
    open_report(k, paying())
    kinds = k.view.screen
    assert isinstance(kinds, ReportChangeView) and kinds.step is ChangeStep.KIND
    assert kinds.kinds == tuple(ChangeKind) and ChangeKind.PENSION in kinds.kinds
    assert k.view.actions == {Action.CHOOSE_CHANGE_KIND}

    k.send(ce.ChooseChangeKind(ChangeKind.REEMPLOYMENT))
    picker = k.view.screen
    assert isinstance(picker, ReportChangeView) and picker.step is ChangeStep.DATE
    assert (picker.on, picker.earliest, picker.latest) == (TODAY, REGISTERED, TODAY)

    k.send(ce.ChooseChangeDate(date(2026, 9, 15)))
    review = k.view.screen
    assert isinstance(review, ReportChangeView) and review.step is ChangeStep.REVIEW
    assert review.consequence is Consequence.STOPS_PAYMENT
    assert review.stops_from == date(2026, 9, 1)
    assert k.view.actions == {Action.SEND_CHANGE}

    k.send(ce.SendChange())
    sent = k.effect(ReportChange)
    assert (sent.kind, sent.effective_date, sent.client_reference) == (
        ChangeKind.REEMPLOYMENT,
        date(2026, 9, 15),
        None,
    )
    assert isinstance(k.view.screen, BusyView)
    assert not k.view.chrome.can_go_back and not k.view.chrome.can_go_home

    k.answer(ce.ChangeReported, record=record())
    done = k.view.screen
    assert isinstance(done, ChangeDoneView) and done.message is Msg.CHANGE_RECORDED
    assert done.overpaid == Money(342_000) and done.stops_from == date(2026, 9, 1)
    assert done.reference == "8C0D 6A52"  # read out to 12333, not a 36-character UUID
    assert k.session.connectivity is Connectivity.ONLINE
    assert not k.view.chrome.can_go_back and k.view.chrome.can_go_home

    k.send(ev.PrintReceipt())
    printed = k.effect(PrintServiceReceipt).receipt
    assert printed.what is ServiceReceiptKind.CHANGE_REPORTED
    assert (printed.reference, printed.qr_text) == ("8C0D 6A52", record().reference)
    assert "*" in printed.masked_name and "*" in printed.masked_id_number
    assert printed.overpaid == Money(342_000) and printed.stops_from == date(2026, 9, 1)
    k.answer(ev.PrintFinished)
    assert isinstance(k.screen, ChangeDone) and k.screen.printing is PrintProgress.PRINTED


def test_an_undecided_claim_is_weighed_at_the_decision() -> None:
    k = kiosk()
    undecided = ClaimRecord(
        "CT-2026-000200",
        ClaimKind.CLAIM,
        ClaimSituation.UNDER_REVIEW,
        StatusSource.AGENCY,
        timeline=(TimelineEntry(date(2026, 11, 2), ClaimSituation.RECEIVED),),
    )
    open_report(k, undecided)
    k.send(ce.ChooseChangeKind(ChangeKind.PENSION))
    k.send(ce.ChooseChangeDate(date(2026, 11, 20)))
    review = k.view.screen
    assert isinstance(review, ReportChangeView)
    assert review.consequence is Consequence.AT_DECISION


@pytest.mark.parametrize(
    ("on", "problem", "message"),
    [
        (date(2026, 11, 27), ChangeDateProblem.IN_FUTURE, Msg.CHANGE_DATE_IN_FUTURE),
        (date(2026, 3, 1), ChangeDateProblem.TOO_EARLY, Msg.CHANGE_DATE_TOO_EARLY),
    ],
)
def test_a_date_out_of_bounds_is_refused_with_a_reason(
    k: FlowDriver, on: date, problem: ChangeDateProblem, message: Msg
) -> None:
    to_review(k, on)
    screen = k.screen
    assert isinstance(screen, ReportingChange) and screen.step is ChangeStep.DATE
    assert screen.problem is problem
    view = k.view.screen
    assert isinstance(view, ReportChangeView) and view.problem is message
    assert view.on == on  # the picker keeps what was chosen, to be corrected
    k.send(ce.ChooseChangeDate(REGISTERED))  # the first day of the claim is allowed
    assert isinstance(k.screen, ReportingChange) and k.screen.step is ChangeStep.REVIEW


def test_today_is_allowed(k: FlowDriver) -> None:
    to_review(k, TODAY)
    assert isinstance(k.screen, ReportingChange) and k.screen.step is ChangeStep.REVIEW


def test_nobody_with_a_claim_to_change_hears_so_first(k: FlowDriver) -> None:
    withdrawn = ClaimRecord("CT-1", ClaimKind.CLAIM, ClaimSituation.WITHDRAWN, StatusSource.AGENCY)
    training = ClaimRecord(
        "CT-2", ClaimKind.TRAINING_SUBSIDY, ClaimSituation.PAYING, StatusSource.AGENCY
    )
    open_report(k, withdrawn, training)
    view = k.view.screen
    assert isinstance(view, ReportChangeView) and view.step is ChangeStep.CANNOT
    assert view.message is Msg.CHANGE_NO_CLAIM and k.view.actions == frozenset()
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingService)


@pytest.mark.parametrize("offline_answer", ["unavailable", "this_kiosk_only"])
def test_offline_it_says_network_is_needed_and_may_try_again(
    k: FlowDriver, offline_answer: str
) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.REPORT_CHANGE))
    if offline_answer == "unavailable":
        k.answer(ev.StatusUnavailable, fault=ServiceFault.UNREACHABLE)
    else:
        queued = ClaimRecord(
            "q-1", ClaimKind.CLAIM, ClaimSituation.WAITING_ON_KIOSK, StatusSource.THIS_KIOSK
        )
        k.answer(ev.StatusLoaded, claims=(queued,), source=StatusSource.THIS_KIOSK)
    view = k.view.screen
    assert isinstance(view, ReportChangeView) and view.message is Msg.CHANGE_NEEDS_NETWORK
    assert k.view.actions == {Action.RETRY}
    k.send(ev.Retry())
    assert k.effect(LoadStatus)


def test_a_lost_answer_is_resent_with_the_same_reference(k: FlowDriver) -> None:
    to_review(k)
    k.send(ce.SendChange())
    k.answer(ce.ChangeNotReported, fault=ChangeFault.UNREACHABLE, client_reference="ref-7")
    review = k.view.screen
    assert isinstance(review, ReportChangeView) and review.step is ChangeStep.REVIEW
    assert review.problem is Msg.CHANGE_NEEDS_NETWORK
    assert k.session.connectivity is Connectivity.OFFLINE
    assert k.view.actions == {Action.SEND_CHANGE}
    k.send(ce.SendChange())
    assert k.effect(ReportChange).client_reference == "ref-7"


def test_a_changed_report_gets_a_new_reference(k: FlowDriver) -> None:
    to_review(k)
    k.send(ce.SendChange())
    k.answer(ce.ChangeNotReported, fault=ChangeFault.UNREACHABLE, client_reference="ref-7")
    k.send(ev.GoBack())  # to the date
    k.send(ce.ChooseChangeDate(date(2026, 9, 16)))
    k.send(ce.SendChange())
    assert k.effect(ReportChange).client_reference is None


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (ChangeFault.NO_CLAIM, Msg.CHANGE_NO_CLAIM),
        (ChangeFault.COUNTER_ONLY, Msg.CHANGE_COUNTER_ONLY),
        (ChangeFault.SIGN_IN_AGAIN, Msg.SIGN_IN_AGAIN),
        (ChangeFault.REFUSED, Msg.CHANGE_REFUSED),
    ],
)
def test_each_refusal_ends_with_its_own_message(
    k: FlowDriver, fault: ChangeFault, message: Msg
) -> None:
    to_review(k)
    k.send(ce.SendChange())
    k.answer(ce.ChangeNotReported, fault=fault, client_reference="ref-1")
    view = k.view.screen
    assert isinstance(view, ReportChangeView) and view.step is ChangeStep.CANNOT
    assert view.message is message and k.view.actions == frozenset()
    assert k.session.connectivity is not Connectivity.OFFLINE


def test_the_agency_finding_the_date_in_the_future_asks_for_the_date_again(k: FlowDriver) -> None:
    to_review(k, TODAY)
    k.send(ce.SendChange())
    k.answer(ce.ChangeNotReported, fault=ChangeFault.DATE_IN_FUTURE, client_reference="r")
    view = k.view.screen
    assert isinstance(view, ReportChangeView) and view.step is ChangeStep.DATE
    assert view.problem is Msg.CHANGE_DATE_IN_FUTURE


def test_back_walks_the_steps_then_returns_to_the_menu(k: FlowDriver) -> None:
    to_review(k)
    steps = []
    for _ in range(2):
        k.send(ev.GoBack())
        assert isinstance(k.screen, ReportingChange)
        steps.append(k.screen.step)
    assert steps == [ChangeStep.DATE, ChangeStep.KIND]
    screen = k.screen
    assert isinstance(screen, ReportingChange) and screen.draft is not None
    assert screen.draft.kind is ChangeKind.REEMPLOYMENT
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingService)


def test_paper_out_waits_for_the_printer(k: FlowDriver) -> None:
    to_review(k)
    k.send(ce.SendChange())
    k.answer(ce.ChangeReported, record=record())
    k.send(ev.PrintReceipt())
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    view = k.view.screen
    assert isinstance(view, ChangeDoneView) and view.fault is Msg.PRINTER_PAPER_OUT
    assert Action.PRINT_RECEIPT not in k.view.actions
    k.wait(5)
    assert isinstance(k.effects[-1], CheckPrinter)
    k.answer(ev.PrinterChecked, fault=None)
    assert Action.PRINT_RECEIPT in k.view.actions
    view = k.view.screen
    assert isinstance(view, ChangeDoneView) and view.fault is Msg.PRINTER_READY_AGAIN


def test_the_runner_reports_through_the_ports_once_per_reference() -> None:
    claim = paying()
    agency = FakeAgency(remote_claims=(claim,))
    ports = Ports(FakeCard(), agency, FakeOutbox(), FakePrinter())
    k = kiosk()
    to_review(k)
    k.send(ce.SendChange())
    effect = k.effect(ReportChange)
    (first,) = run_effect(effect, ports)
    assert isinstance(first, ce.ChangeReported)
    again = ReportChange(**{**effect.__dict__, "client_reference": first.record.reference})
    (second,) = run_effect(again, ports)
    assert isinstance(second, ce.ChangeReported) and second.record == first.record
    assert len(agency.changes) == 1
    agency.reachable = False
    (lost,) = run_effect(effect, ports)
    assert isinstance(lost, ce.ChangeNotReported) and lost.fault is ChangeFault.UNREACHABLE
    assert lost.client_reference  # made before the call, kept for the retry
