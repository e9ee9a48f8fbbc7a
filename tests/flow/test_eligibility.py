"""Eligibility: what the agency knows, in plain words, and why not when not."""

from __future__ import annotations

from kiosk.domain.faults import ServiceFault
from kiosk.domain.language import Language
from kiosk.domain.money import Money
from kiosk.flow import events as ev
from kiosk.flow.effects import LoadEligibility
from kiosk.flow.messages import Msg
from kiosk.flow.states import Applying, ApplyStep, Home, Loading, LoadTask, ShowingEligibility
from kiosk.flow.view_models import Action, BusyView, EligibilityView
from tests.flow.flow_kit import FlowDriver, eligible, not_eligible


def test_choosing_apply_loads_eligibility(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseApply())
    assert k.screen == Loading(LoadTask.ELIGIBILITY)
    assert k.effect(LoadEligibility).ticket == k.session.awaiting
    assert k.view.screen == BusyView(Msg.LOADING_ELIGIBILITY)


def test_eligible_claimant_sees_separation_months_and_amount(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility(eligible())
    view = k.view.screen
    assert isinstance(view, EligibilityView)
    assert view.message is Msg.ELIGIBLE and view.may_apply
    assert view.separation is not None and view.separation.employer_name.startswith("延吉市")
    assert view.contribution_months == 62 and view.entitlement_months == 18
    assert view.monthly_amount == Money(171_000)
    assert view.estimated_total == Money(171_000 * 18)
    assert k.view.actions == {Action.START_APPLICATION}


def test_not_eligible_says_why_and_may_still_apply_for_a_written_decision(
    k: FlowDriver,
) -> None:
    k.sign_in_with_card()
    k.open_eligibility(not_eligible())
    view = k.view.screen
    assert isinstance(view, EligibilityView)
    assert view.message is Msg.NOT_ELIGIBLE
    # Issue 13 §3: only a decision can be appealed, so the claimant may apply anyway.
    assert view.may_apply and view.for_written_decision
    (reason,) = view.reasons
    assert reason.code == "contribution_under_12_months"
    assert reason.rule == "《失业保险条例》第十四条"
    assert reason.what_to_do == "请到窗口咨询"
    assert Action.START_APPLICATION in k.view.actions
    assert k.send(ev.StartApplication()).accepted
    assert isinstance(k.screen, Applying) and k.screen.step is ApplyStep.MOBILE


def test_reasons_follow_the_chosen_language(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility(not_eligible())
    k.send(ev.ChangeLanguage(Language.KO))
    view = k.view.screen
    assert isinstance(view, EligibilityView)
    assert view.reasons[0].explanation == "납부 기간이 1년 미만입니다"


def test_start_application_opens_the_mobile_step(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    assert isinstance(k.screen, Applying) and k.screen.step is ApplyStep.MOBILE


def test_refused_eligibility_does_not_allow_applying_but_can_retry(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseApply())
    k.answer(ev.EligibilityUnavailable, fault=ServiceFault.REFUSED)
    assert isinstance(k.view.screen, EligibilityView)
    assert k.view.screen.message is Msg.ELIGIBILITY_REFUSED and not k.view.screen.may_apply
    assert k.view.actions == {Action.RETRY}
    k.send(ev.Retry())
    assert k.screen == Loading(LoadTask.ELIGIBILITY)


def test_back_from_eligibility_and_from_loading_returns_home(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.GoBack())
    assert isinstance(k.screen, Home)
    k.send(ev.ChooseApply())
    k.send(ev.GoBack())
    assert isinstance(k.screen, Home) and k.session.awaiting is None


def test_eligibility_arriving_after_the_claimant_left_the_screen_is_ignored(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseApply())
    late_ticket = k.session.awaiting
    assert late_ticket is not None
    k.send(ev.GoBack())
    step = k.send(ev.EligibilityLoaded(ticket=late_ticket, eligibility=eligible()))
    assert not step.accepted and isinstance(k.screen, Home)


def test_retry_is_only_offered_when_loading_failed(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    assert not k.send(ev.Retry()).accepted
    assert isinstance(k.screen, ShowingEligibility)
