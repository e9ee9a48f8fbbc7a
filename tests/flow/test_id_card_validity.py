"""An expired ID card is refused at the kiosk, against the business date, before any agency call."""

from __future__ import annotations

from datetime import timedelta

from kiosk.domain.claimant import IdCardIdentity
from kiosk.flow import events as ev
from kiosk.flow.effects import RequestOtp
from kiosk.flow.messages import Msg
from kiosk.flow.states import LoginProblem, LoginProblemKind, RequestingOtp
from kiosk.flow.view_models import ProblemView
from tests.flow.flow_kit import CLAIMANT_NAME, YOUNG_ID, FlowDriver


def test_a_card_that_ended_yesterday_is_refused_without_asking_the_agency(k: FlowDriver) -> None:
    k.send(ev.IdCardRead(IdCardIdentity(YOUNG_ID, CLAIMANT_NAME, k.today - timedelta(days=1))))
    assert k.screen == LoginProblem(LoginProblemKind.ID_CARD_EXPIRED)
    assert k.effects == ()
    view = k.view.screen
    assert isinstance(view, ProblemView) and view.message is Msg.LOGIN_ID_CARD_EXPIRED


def test_a_card_is_valid_through_its_last_day(k: FlowDriver) -> None:
    k.send(ev.IdCardRead(IdCardIdentity(YOUNG_ID, CLAIMANT_NAME, k.today)))
    assert isinstance(k.screen, RequestingOtp)
    assert k.effect(RequestOtp).id_number == YOUNG_ID


def test_a_long_term_card_has_no_end(k: FlowDriver) -> None:
    k.send(ev.IdCardRead(IdCardIdentity(YOUNG_ID, CLAIMANT_NAME, None)))
    assert isinstance(k.screen, RequestingOtp)
