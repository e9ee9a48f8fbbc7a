"""Server unreachable: a calm banner, applying still works (queued), status from this kiosk."""

from __future__ import annotations

from datetime import date

from kiosk.domain.claimant import AccountKind
from kiosk.domain.claims import (
    ClaimKind,
    ClaimRecord,
    ClaimSituation,
    Delivery,
    StatusSource,
)
from kiosk.domain.faults import ServiceFault
from kiosk.flow import events as ev
from kiosk.flow.messages import Msg
from kiosk.flow.states import ConfirmingIdentity, Connectivity, ShowingResult
from kiosk.flow.view_models import Action, EligibilityView, IdentityView, ResultView, StatusView
from tests.flow.flow_kit import CLAIMANT_NAME, FlowDriver, eligible


def _signed_in_offline(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in_offline()


def test_card_login_works_offline_from_the_card_itself(k: FlowDriver) -> None:
    _signed_in_offline(k)
    assert isinstance(k.screen, ConfirmingIdentity)
    view = k.view.screen
    assert isinstance(view, IdentityView)
    assert view.from_card_only and view.message is Msg.IDENTITY_FROM_CARD_ONLY
    assert view.masked_name == "金**"
    claimant = k.session.personal.claimant  # type: ignore[union-attr]
    assert claimant is not None and claimant.name == CLAIMANT_NAME
    assert claimant.payment_account is not None
    assert claimant.payment_account.kind is AccountKind.SOCIAL_SECURITY_CARD


def test_offline_shows_a_calm_banner_on_every_screen(k: FlowDriver) -> None:
    _signed_in_offline(k)
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER
    k.send(ev.ConfirmIdentity())
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER


def test_the_banner_goes_when_the_agency_answers_again(k: FlowDriver) -> None:
    _signed_in_offline(k)
    k.send(ev.ConfirmIdentity())
    k.open_eligibility(eligible())
    assert k.session.connectivity is Connectivity.ONLINE
    assert k.view.chrome.offline_banner is None


def test_sync_engine_reports_network_changes(k: FlowDriver) -> None:
    k.send(ev.ConnectivityChanged(online=False))
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER
    k.send(ev.ConnectivityChanged(online=True))
    assert k.view.chrome.offline_banner is None


def test_offline_eligibility_still_lets_the_claimant_apply(k: FlowDriver) -> None:
    _signed_in_offline(k)
    k.send(ev.ConfirmIdentity())
    k.send(ev.ChooseApply())
    k.answer(ev.EligibilityUnavailable, fault=ServiceFault.UNREACHABLE)
    view = k.view.screen
    assert isinstance(view, EligibilityView)
    assert view.message is Msg.ELIGIBILITY_OFFLINE_MAY_APPLY and view.may_apply
    assert k.view.actions == {Action.START_APPLICATION, Action.RETRY}


def test_offline_application_is_stored_and_will_be_sent_later(k: FlowDriver) -> None:
    _signed_in_offline(k)
    k.send(ev.ConfirmIdentity())
    k.send(ev.ChooseApply())
    k.answer(ev.EligibilityUnavailable, fault=ServiceFault.UNREACHABLE)
    k.send(ev.StartApplication())
    k.send(ev.MobileEntered("13904331234"))  # no record read, so nothing on file
    k.send(ev.ConfirmPaymentAccount())
    k.send(ev.AcceptCommitment())
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="ref-offline")
    k.answer(ev.SubmissionQueued, reference="ref-offline")
    assert isinstance(k.screen, ShowingResult)
    assert k.view.screen == ResultView(
        Msg.RESULT_STORED_ON_KIOSK,
        ClaimKind.CLAIM,
        Delivery.STORED_ON_KIOSK,
        "ref-offline",
        None,
    )


def test_a_slow_agency_after_the_store_is_told_as_stored_on_this_kiosk(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.fill_application()
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="ref-slow")
    k.wait(14)
    assert not isinstance(k.screen, ShowingResult)
    k.wait(1)
    assert isinstance(k.screen, ShowingResult)
    assert k.screen.result.delivery is Delivery.STORED_ON_KIOSK
    late = k.send(ev.SubmissionSent(ticket=k.session.next_ticket - 1, reference="ref-slow"))
    assert not late.accepted


def test_status_offline_comes_from_this_kiosk_and_may_be_out_of_date(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    queued = ClaimRecord(
        reference="ref-q",
        kind=ClaimKind.CLAIM,
        situation=ClaimSituation.WAITING_ON_KIOSK,
        source=StatusSource.THIS_KIOSK,
        agency_acts_by=date(2026, 12, 3),
    )
    k.answer(ev.StatusLoaded, claims=(queued,), source=StatusSource.THIS_KIOSK)
    view = k.view.screen
    assert isinstance(view, StatusView)
    assert view.may_be_out_of_date and view.message is Msg.STATUS_FROM_THIS_KIOSK
    (claim,) = view.claims
    assert claim.you_do_next is Msg.YOU_NOTHING_TO_DO
    assert claim.agency_does_next is Msg.AGENCY_SENDS_WHEN_ONLINE


def test_status_with_nothing_known_anywhere_says_so_and_offers_retry(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusUnavailable, fault=ServiceFault.UNREACHABLE)
    view = k.view.screen
    assert isinstance(view, StatusView) and view.message is Msg.STATUS_UNAVAILABLE
    assert view.may_be_out_of_date
    assert k.view.actions == {Action.RETRY}
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER
