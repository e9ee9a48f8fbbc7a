"""Withdraw an application not yet decided (issue 13 item 2): offered on the status screen,
confirmed, sent, receipted, and shown withdrawn afterwards; never for a decided claim or one
still in this kiosk's queue."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.changes import Withdrawal, WithdrawFault
from kiosk.domain.claims import ClaimKind, ClaimRecord, ClaimSituation, StatusSource
from kiosk.domain.faults import ServiceFault
from kiosk.flow import change_events as ce
from kiosk.flow import events as ev
from kiosk.flow.change_effects import PrintServiceReceipt, ServiceReceiptKind, WithdrawClaim
from kiosk.flow.change_views import WithdrawnView, WithdrawOffer, WithdrawView
from kiosk.flow.effect_runner import run_effect
from kiosk.flow.effects import LoadStatus
from kiosk.flow.messages import Msg
from kiosk.flow.ports import Ports
from kiosk.flow.states import Connectivity, ShowingStatus, WithdrawalDone, Withdrawing
from kiosk.flow.view_models import Action, BusyView, StatusView
from tests.doubles import FakeAgency, FakeCard, FakeOutbox, FakePrinter
from tests.flow.flow_kit import FlowDriver, kiosk

REFERENCE = "CT-2026-000321"


def claim(
    situation: ClaimSituation = ClaimSituation.UNDER_REVIEW,
    source: StatusSource = StatusSource.AGENCY,
    reference: str = REFERENCE,
) -> ClaimRecord:
    return ClaimRecord(reference, ClaimKind.CLAIM, situation, source)


def withdrawal() -> Withdrawal:
    return Withdrawal(REFERENCE, ClaimKind.CLAIM, date(2026, 11, 26), "WD12CD34")


def status(k: FlowDriver, *claims: ClaimRecord, source: StatusSource = StatusSource.AGENCY) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=claims, source=source)


def confirm_screen(k: FlowDriver) -> None:
    status(k, claim())
    k.send(ce.WithdrawApplication(REFERENCE))


@pytest.mark.parametrize(
    ("situation", "offered"),
    [
        (ClaimSituation.RECEIVED, WithdrawOffer.OFFERED),
        (ClaimSituation.UNDER_REVIEW, WithdrawOffer.OFFERED),
        (ClaimSituation.APPROVED, None),
        (ClaimSituation.PAYING, None),
        (ClaimSituation.NOT_APPROVED, None),
        (ClaimSituation.WITHDRAWN, None),
    ],
)
def test_only_an_undecided_claim_offers_withdrawing(
    k: FlowDriver, situation: ClaimSituation, offered: WithdrawOffer | None
) -> None:
    status(k, claim(situation))
    view = k.view.screen
    assert isinstance(view, StatusView) and view.claims[0].withdrawal is offered
    assert (Action.WITHDRAW in k.view.actions) is (offered is not None)
    k.send(ce.WithdrawApplication(REFERENCE))
    assert isinstance(k.screen, Withdrawing) is (offered is not None)


def test_a_claim_still_on_this_kiosk_says_why_not_yet(k: FlowDriver) -> None:
    queued = claim(ClaimSituation.WAITING_ON_KIOSK, StatusSource.THIS_KIOSK, "q-1")
    status(k, queued, source=StatusSource.THIS_KIOSK)
    view = k.view.screen
    assert isinstance(view, StatusView)
    assert view.claims[0].withdrawal is WithdrawOffer.AFTER_SENDING
    assert Action.WITHDRAW not in k.view.actions
    k.send(ce.WithdrawApplication("q-1"))
    assert isinstance(k.screen, ShowingStatus)


def test_confirm_send_receipt_then_the_status_shows_it_withdrawn(k: FlowDriver) -> None:
    confirm_screen(k)
    view = k.view.screen
    assert isinstance(view, WithdrawView) and view.message is Msg.WITHDRAW_CONFIRM
    assert view.reference == REFERENCE and view.problem is None
    assert k.view.actions == {Action.CONFIRM_WITHDRAWAL} and k.view.chrome.can_go_back
    assert k.effects == ()  # nothing sent before the claimant confirms

    k.send(ce.ConfirmWithdrawal())
    sent = k.effect(WithdrawClaim)
    assert sent.reference == REFERENCE
    assert isinstance(k.view.screen, BusyView)
    assert not k.view.chrome.can_go_back and not k.view.chrome.can_go_home

    k.answer(ce.ClaimWithdrawn, withdrawal=withdrawal())
    done = k.view.screen
    assert isinstance(done, WithdrawnView) and done.message is Msg.WITHDRAW_DONE
    assert k.view.actions == {Action.PRINT_RECEIPT, Action.STATUS}
    assert not k.view.chrome.can_go_back

    k.send(ev.PrintReceipt())
    receipt = k.effect(PrintServiceReceipt).receipt
    assert receipt.what is ServiceReceiptKind.WITHDRAWN
    assert receipt.qr_text == f"https://si.example.cn/status/{REFERENCE}?v=WD12CD34"
    assert "*" in receipt.masked_id_number
    k.answer(ev.PrintFinished)
    assert isinstance(k.screen, WithdrawalDone)

    k.send(ev.ChooseStatus())
    k.effect(LoadStatus)
    k.answer(
        ev.StatusLoaded,
        claims=(claim(ClaimSituation.WITHDRAWN),),
        source=StatusSource.AGENCY,
    )
    after = k.view.screen
    assert isinstance(after, StatusView)
    assert after.claims[0].situation is ClaimSituation.WITHDRAWN
    assert after.claims[0].withdrawal is None


def test_back_from_the_confirmation_asks_for_the_status_again(k: FlowDriver) -> None:
    confirm_screen(k)
    k.send(ev.GoBack())
    assert k.effect(LoadStatus)


def test_no_network_leaves_the_application_standing_and_may_try_again(k: FlowDriver) -> None:
    confirm_screen(k)
    k.send(ce.ConfirmWithdrawal())
    k.answer(ce.WithdrawalFailed, fault=WithdrawFault.UNREACHABLE)
    view = k.view.screen
    assert isinstance(view, WithdrawView) and view.problem is Msg.WITHDRAW_NEEDS_NETWORK
    assert k.view.actions == {Action.CONFIRM_WITHDRAWAL}
    assert k.session.connectivity is Connectivity.OFFLINE
    k.send(ce.ConfirmWithdrawal())
    assert k.effect(WithdrawClaim)


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (WithdrawFault.ALREADY_DECIDED, Msg.WITHDRAW_ALREADY_DECIDED),
        (WithdrawFault.ALREADY_WITHDRAWN, Msg.WITHDRAW_ALREADY_WITHDRAWN),
        (WithdrawFault.NOT_FOUND, Msg.WITHDRAW_NOT_FOUND),
        (WithdrawFault.SIGN_IN_AGAIN, Msg.SIGN_IN_AGAIN),
        (WithdrawFault.REFUSED, Msg.WITHDRAW_REFUSED),
    ],
)
def test_each_refusal_says_its_own_thing_and_offers_no_retry(
    k: FlowDriver, fault: WithdrawFault, message: Msg
) -> None:
    confirm_screen(k)
    k.send(ce.ConfirmWithdrawal())
    k.answer(ce.WithdrawalFailed, fault=fault)
    view = k.view.screen
    assert isinstance(view, WithdrawView) and view.problem is message
    assert k.view.actions == frozenset()
    k.send(ce.ConfirmWithdrawal())
    assert k.effects == ()


def test_the_runner_withdraws_through_the_agency_port() -> None:
    agency = FakeAgency(remote_claims=(claim(),))
    ports = Ports(FakeCard(), agency, FakeOutbox(), FakePrinter())
    k = kiosk()
    confirm_screen(k)
    k.send(ce.ConfirmWithdrawal())
    effect = k.effect(WithdrawClaim)
    (done,) = run_effect(effect, ports)
    assert isinstance(done, ce.ClaimWithdrawn) and done.withdrawal.reference == REFERENCE
    assert agency.remote_claims[0].situation is ClaimSituation.WITHDRAWN
    (again,) = run_effect(effect, ports)
    assert isinstance(again, ce.WithdrawalFailed)
    assert again.fault is WithdrawFault.ALREADY_WITHDRAWN


def test_status_unavailable_offers_no_withdrawal(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusUnavailable, fault=ServiceFault.UNREACHABLE)
    assert Action.WITHDRAW not in k.view.actions
