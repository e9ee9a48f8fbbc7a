"""One open benefit claim per person, and an entitlement whose months are all used: the kiosk
says so in plain words and points to the claim's status instead of a second application form."""

from __future__ import annotations

from dataclasses import replace

from kiosk.domain.eligibility import IneligibilityReason
from kiosk.domain.language import LocalizedText
from kiosk.flow import events as ev
from kiosk.flow.effects import LoadStatus
from kiosk.flow.messages import Msg
from kiosk.flow.states import Loading, LoadTask
from kiosk.flow.view_models import Action, EligibilityView
from tests.flow.flow_kit import FlowDriver, eligible, not_eligible

OPEN = "3f0c5a0e-6d3b-4c36-9f60-2a3b1c5d7e81"


def test_an_open_claim_is_named_and_offers_its_status_not_a_new_application(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility(replace(eligible(), open_claim=OPEN))
    view = k.view.screen
    assert isinstance(view, EligibilityView)
    assert view.message is Msg.ALREADY_APPLIED and view.open_claim == OPEN
    assert not view.may_apply
    assert k.view.actions == {Action.STATUS}
    assert not k.send(ev.StartApplication()).accepted


def test_the_open_claims_status_is_one_tap_away(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility(replace(eligible(), open_claim=OPEN))
    assert k.send(ev.ChooseStatus()).accepted
    assert k.screen == Loading(LoadTask.STATUS)
    assert k.effect(LoadStatus).ticket == k.session.awaiting


def test_status_is_not_offered_from_eligibility_without_an_open_claim(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility(eligible())
    assert Action.STATUS not in k.view.actions
    assert not k.send(ev.ChooseStatus()).accepted


def test_an_entitlement_used_up_has_its_own_headline_and_the_agencys_reason(k: FlowDriver) -> None:
    used_up = IneligibilityReason(
        code="no_entitlement_left",
        rule=LocalizedText("《失业保险条例》第十七条", "《실업보험조례》 제17조", "art. 17"),
        explanation=LocalizedText(
            "您目前没有可以领取的失业保险金期限。",
            "귀하는 현재 받을 수 있는 실업보험금 기한이 없습니다.",
            "No months left.",
        ),
        what_to_do=LocalizedText("拨打12333咨询。", "12333으로 문의하십시오.", "Call 12333."),
    )
    k.sign_in_with_card()
    k.open_eligibility(replace(not_eligible(), contribution_months=30, reasons=(used_up,)))
    view = k.view.screen
    assert isinstance(view, EligibilityView)
    # Applying still gets a written decision to appeal (issue 13 §3).
    assert view.message is Msg.ENTITLEMENT_USED_UP and view.for_written_decision
    assert [r.code for r in view.reasons] == ["no_entitlement_left"]
