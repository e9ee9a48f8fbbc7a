"""ID card: the one-time code is the second factor before any personal data is shown."""

from __future__ import annotations

from kiosk.domain.claimant import IdCardIdentity, OtpLogin
from kiosk.domain.faults import OtpFault, ServiceFault
from kiosk.flow import events as ev
from kiosk.flow.effects import LookUp, RequestOtp, VerifyOtp
from kiosk.flow.messages import Msg
from kiosk.flow.states import (
    ConfirmingIdentity,
    EnteringOtp,
    LoginProblem,
    LoginProblemKind,
    LookingUp,
    RequestingOtp,
)
from kiosk.flow.view_models import Action, OtpView
from tests.flow.flow_kit import CLAIMANT_NAME, YOUNG_ID, FlowDriver, claimant_for, make_id


def _id_card() -> ev.IdCardRead:
    return ev.IdCardRead(IdCardIdentity(YOUNG_ID, CLAIMANT_NAME))


def test_laying_an_id_card_on_the_reader_sends_a_code(k: FlowDriver) -> None:
    k.send(_id_card())
    assert isinstance(k.screen, RequestingOtp)
    assert k.effect(RequestOtp).id_number == YOUNG_ID
    assert k.view.screen.message is Msg.SENDING_CODE


def test_code_sent_shows_only_the_masked_number(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    view = k.view.screen
    assert isinstance(view, OtpView)
    assert view.masked_mobile == "139****1234" and view.keypad_enabled and view.code_length == 6
    assert k.view.actions == {Action.ENTER_OTP, Action.RESEND_OTP}
    assert CLAIMANT_NAME not in repr(k.view)


def test_code_entered_is_verified_then_the_claimant_looked_up_with_the_token(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    k.send(ev.OtpEntered("246810"))
    assert k.effect(VerifyOtp).code == "246810"
    assert isinstance(k.view.screen, OtpView) and not k.view.screen.keypad_enabled
    k.answer(ev.OtpAccepted, login_token="token-abc")
    assert isinstance(k.screen, LookingUp)
    assert k.effect(LookUp).login == OtpLogin("token-abc")
    k.answer(ev.ClaimantFound, claimant=claimant_for())
    assert isinstance(k.screen, ConfirmingIdentity)


def test_wrong_code_says_so_with_tries_left(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    k.send(ev.OtpEntered("111111"))
    k.answer(ev.OtpRejected, tries_left=4)
    view = k.view.screen
    assert isinstance(view, OtpView)
    assert view.message is Msg.OTP_WRONG and view.tries_left == 4 and view.keypad_enabled


def test_voided_code_must_be_resent_before_another_try(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    k.send(ev.OtpEntered("111111"))
    k.answer(ev.OtpVoided)
    assert isinstance(k.view.screen, OtpView) and k.view.screen.message is Msg.OTP_VOIDED
    assert k.view.actions == {Action.RESEND_OTP}
    assert not k.send(ev.OtpEntered("222222")).accepted
    k.send(ev.ResendOtp())
    assert isinstance(k.screen, RequestingOtp) and k.effect(RequestOtp)


def test_short_code_is_refused_without_asking_the_agency(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    step = k.send(ev.OtpEntered("12a"))
    assert step.effects == ()
    assert isinstance(k.screen, EnteringOtp) and k.view.screen.message is Msg.OTP_INCOMPLETE


def test_id_card_login_offline_explains_it_needs_the_network(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpRequestFailed, fault=OtpFault.UNREACHABLE)
    assert k.screen == LoginProblem(LoginProblemKind.ID_LOGIN_NEEDS_NETWORK)
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER


def test_no_mobile_on_file_sends_the_claimant_to_the_counter(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpRequestFailed, fault=OtpFault.NO_MOBILE_ON_FILE)
    assert k.screen == LoginProblem(LoginProblemKind.NO_MOBILE_ON_FILE)
    assert not k.view.screen.take_card  # type: ignore[union-attr]


def test_unknown_id_number_has_no_record(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpRequestFailed, fault=OtpFault.NOT_FOUND)
    assert k.screen == LoginProblem(LoginProblemKind.NO_RECORD)


def test_look_up_refused_is_a_login_problem(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    k.send(ev.OtpEntered("246810"))
    k.answer(ev.OtpAccepted, login_token="t")
    k.answer(ev.LookUpFailed, fault=ServiceFault.REFUSED)
    assert k.screen == LoginProblem(LoginProblemKind.REFUSED)


def test_network_lost_after_the_code_cannot_fall_back_to_the_card(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    k.send(ev.OtpEntered("246810"))
    k.answer(ev.OtpAccepted, login_token="t")
    k.answer(ev.LookUpFailed, fault=ServiceFault.UNREACHABLE)
    assert k.screen == LoginProblem(LoginProblemKind.ID_LOGIN_NEEDS_NETWORK)


def test_a_record_for_someone_else_is_never_shown(k: FlowDriver) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    k.send(ev.OtpEntered("246810"))
    k.answer(ev.OtpAccepted, login_token="t")
    k.answer(ev.ClaimantFound, claimant=claimant_for(make_id("19700101")))
    assert k.screen == LoginProblem(LoginProblemKind.NO_RECORD)
    assert k.session.personal is not None and k.session.personal.claimant is None


def test_removing_a_social_security_card_does_not_end_an_id_card_session(k: FlowDriver) -> None:
    k.sign_in_with_id_card()
    k.send(ev.CardInserted())
    k.send(ev.CardRemoved())
    assert k.session.in_session


def test_id_card_read_during_a_session_is_ignored(k: FlowDriver) -> None:
    k.sign_in_with_card()
    assert not k.send(_id_card()).accepted


def test_agency_lost_while_checking_the_code_says_the_login_needs_the_network(
    k: FlowDriver,
) -> None:
    k.send(_id_card())
    k.answer(ev.OtpSent, masked_mobile="139****1234")
    k.send(ev.OtpEntered("246810"))
    k.answer(ev.OtpCheckFailed, fault=ServiceFault.UNREACHABLE)
    assert k.screen == LoginProblem(LoginProblemKind.ID_LOGIN_NEEDS_NETWORK)
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER
