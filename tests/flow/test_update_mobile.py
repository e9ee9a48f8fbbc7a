"""A new mobile number from the "other services" menu (issue 13 §2), as the claimant meets it:
the number on file masked, the same typing checks as the application, a code texted to the NEW
number, each way the code can fail said in its own words, and the change only when the agency
says so."""

from __future__ import annotations

import pytest

from kiosk.domain.details import MobileChangeFault
from kiosk.domain.identity import MobileNumber
from kiosk.flow import events as ev
from kiosk.flow.details_types import (
    ChangeMobile,
    EnteringMobileCode,
    EnteringNewMobile,
    MobileChanged,
    MobileChangeFailed,
    MobileCodeFailed,
    MobileCodeRejected,
    MobileCodeSent,
    MobileUpdated,
    RequestMobileCode,
    SendingMobileCode,
)
from kiosk.flow.details_views import MobileCodeView, MobileUpdatedView, NewMobileView
from kiosk.flow.messages import Msg
from kiosk.flow.states import ChoosingService, Service
from kiosk.flow.view_models import Action, BusyView
from tests.flow.flow_kit import FlowDriver

NEW = "13712345678"


def _open(k: FlowDriver) -> None:
    k.send(ev.ChooseMoreServices())
    assert isinstance(k.screen, ChoosingService)
    k.send(ev.ChooseService(Service.UPDATE_MOBILE))


def _number_view(k: FlowDriver) -> NewMobileView:
    view = k.view.screen
    assert isinstance(view, NewMobileView)
    return view


def _code_view(k: FlowDriver) -> MobileCodeView:
    view = k.view.screen
    assert isinstance(view, MobileCodeView)
    return view


def _to_code(k: FlowDriver) -> None:
    k.sign_in_with_card()
    _open(k)
    k.send(ev.MobileEntered(NEW))
    k.answer(MobileCodeSent, masked_mobile="137****5678")


def test_the_menu_offers_it_and_shows_the_number_on_file_masked(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    assert Service.UPDATE_MOBILE in k.view.screen.services  # type: ignore[union-attr]
    k.send(ev.ChooseService(Service.UPDATE_MOBILE))
    view = _number_view(k)
    assert (view.message, view.masked_on_file, view.problem) == (
        Msg.UPDATE_MOBILE_ENTER,
        "139****1234",
        None,
    )
    assert view.keypad_enabled and k.view.actions == {Action.ENTER_MOBILE}
    assert k.effects == ()


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("1370433123", Msg.MOBILE_WRONG_LENGTH),
        ("23904331234", Msg.MOBILE_NOT_A_MOBILE_PREFIX),
        ("１３７１２３４５６７８", Msg.MOBILE_NOT_DIGITS),
    ],
)
def test_a_mistyped_number_gets_the_applications_words_and_no_agency_call(
    k: FlowDriver, typed: str, problem: Msg
) -> None:
    k.sign_in_with_card()
    _open(k)
    step = k.send(ev.MobileEntered(typed))
    assert step.effects == () and isinstance(k.screen, EnteringNewMobile)
    assert _number_view(k).problem is problem


def test_the_code_goes_to_the_new_number_and_a_right_code_changes_it(k: FlowDriver) -> None:
    k.sign_in_with_card()
    _open(k)
    k.send(ev.MobileEntered("137 1234 5678"))
    sent = k.effect(RequestMobileCode)
    assert sent.new_mobile == MobileNumber(NEW)
    assert isinstance(k.view.screen, BusyView)
    assert k.view.screen.message is Msg.UPDATE_MOBILE_SENDING
    k.answer(MobileCodeSent, masked_mobile="137****5678")
    view = _code_view(k)
    assert (view.message, view.masked_new, view.tries_left) == (
        Msg.UPDATE_MOBILE_CODE,
        "137****5678",
        None,
    )
    assert k.view.actions == {Action.ENTER_OTP, Action.RESEND_OTP}
    k.send(ev.OtpEntered("135790"))
    check = k.effect(ChangeMobile)
    assert (check.new_mobile, check.code) == (MobileNumber(NEW), "135790")
    assert NEW not in repr(check) and "135790" not in repr(check)
    assert k.view.actions == frozenset() and not k.view.chrome.can_go_back
    k.answer(MobileChanged, masked_mobile="137****5678", old_number_told=True)
    done = k.view.screen
    assert isinstance(done, MobileUpdatedView)
    assert (done.message, done.masked_new, done.old_number_told) == (
        Msg.UPDATE_MOBILE_DONE,
        "137****5678",
        True,
    )


def test_a_wrong_code_says_tries_left_and_the_last_wrong_try_needs_a_new_code(
    k: FlowDriver,
) -> None:
    _to_code(k)
    k.send(ev.OtpEntered("000000"))
    k.answer(MobileCodeRejected, tries_left=4)
    view = _code_view(k)
    assert (view.message, view.tries_left, view.keypad_enabled) == (
        Msg.UPDATE_MOBILE_CODE_WRONG,
        4,
        True,
    )
    k.send(ev.OtpEntered("000001"))
    k.answer(MobileCodeRejected, tries_left=0)
    view = _code_view(k)
    assert view.message is Msg.UPDATE_MOBILE_CODE_USED_UP and not view.keypad_enabled
    assert k.view.actions == {Action.RESEND_OTP}
    assert not k.send(ev.OtpEntered("135790")).accepted  # typing more cannot help now
    k.send(ev.ResendOtp())
    assert k.effect(RequestMobileCode).new_mobile == MobileNumber(NEW)


def test_an_expired_code_and_no_network_each_have_their_own_words(k: FlowDriver) -> None:
    _to_code(k)
    k.send(ev.OtpEntered("135790"))
    k.answer(MobileChangeFailed, fault=MobileChangeFault.EXPIRED)
    assert _code_view(k).message is Msg.UPDATE_MOBILE_CODE_EXPIRED
    assert _code_view(k).tries_left is None  # a dead code has no tries to count
    assert k.view.actions == {Action.RESEND_OTP}
    k.send(ev.ResendOtp())
    k.answer(MobileCodeSent, masked_mobile="137****5678")
    k.send(ev.OtpEntered("135790"))
    k.answer(MobileChangeFailed, fault=MobileChangeFault.UNREACHABLE)
    assert _code_view(k).message is Msg.UPDATE_MOBILE_NEEDS_NETWORK
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER
    assert Action.ENTER_OTP in k.view.actions  # the same code may be tried once it is back


def test_an_incomplete_code_costs_no_try(k: FlowDriver) -> None:
    _to_code(k)
    step = k.send(ev.OtpEntered("1357"))
    assert step.effects == ()
    assert _code_view(k).message is Msg.OTP_INCOMPLETE


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        (MobileChangeFault.TOO_MANY_CODES, Msg.UPDATE_MOBILE_TOO_MANY_CODES),
        (MobileChangeFault.SAME_NUMBER, Msg.UPDATE_MOBILE_SAME_NUMBER),
        (MobileChangeFault.UNREACHABLE, Msg.UPDATE_MOBILE_NEEDS_NETWORK),
        (MobileChangeFault.REFUSED, Msg.UPDATE_MOBILE_REFUSED),
    ],
)
def test_a_code_that_cannot_be_sent_says_why_beside_the_keypad(
    k: FlowDriver, fault: MobileChangeFault, message: Msg
) -> None:
    k.sign_in_with_card()
    _open(k)
    k.send(ev.MobileEntered(NEW))
    k.answer(MobileCodeFailed, fault=fault)
    view = _number_view(k)
    assert view.problem is message and view.keypad_enabled


def test_an_offline_card_session_is_told_at_once_that_it_needs_the_network(
    k: FlowDriver,
) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in_offline()
    k.send(ev.ConfirmIdentity())
    _open(k)
    view = _number_view(k)
    assert view.problem is Msg.UPDATE_MOBILE_NEEDS_NETWORK and not view.keypad_enabled
    assert k.view.actions == frozenset()
    assert not k.send(ev.MobileEntered(NEW)).accepted


def test_back_from_the_code_returns_to_the_number_then_to_the_menu(k: FlowDriver) -> None:
    _to_code(k)
    k.send(ev.GoBack())
    assert isinstance(k.screen, EnteringNewMobile) and k.session.awaiting is None
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingService)


def test_an_answer_after_the_claimant_left_is_ignored(k: FlowDriver) -> None:
    k.sign_in_with_card()
    _open(k)
    k.send(ev.MobileEntered(NEW))
    ticket = k.session.awaiting
    assert ticket is not None and isinstance(k.screen, SendingMobileCode)
    k.send(ev.GoBack())
    step = k.send(MobileCodeSent(ticket=ticket, masked_mobile="137****5678"))
    assert not step.accepted and isinstance(k.screen, EnteringNewMobile)


def test_the_new_number_is_gone_when_the_session_ends(k: FlowDriver) -> None:
    _to_code(k)
    assert isinstance(k.screen, EnteringMobileCode)
    k.send(ev.OtpEntered("135790"))
    k.answer(MobileChanged, masked_mobile="137****5678", old_number_told=True)
    assert isinstance(k.screen, MobileUpdated)
    k.send(ev.Finish())
    assert NEW not in repr(k.session) and "5678" not in repr(k.session)
