"""Idle timeout: a warning after 90 s without a touch, a 30 s countdown, then the session ends."""

from __future__ import annotations

from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.effects import EndSession
from kiosk.flow.states import Ending, EndReason, Home, Idle
from kiosk.flow.view_models import Action
from tests.flow.flow_kit import FlowDriver, kiosk


def test_no_warning_before_90_seconds(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.wait(89)
    assert k.view.chrome.countdown_seconds is None


def test_warning_after_90_seconds_counts_down_from_30(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.wait(90)
    assert k.view.chrome.countdown_seconds == 30
    assert Action.CONTINUE in k.view.actions
    k.wait(10)
    assert k.view.chrome.countdown_seconds == 20
    assert isinstance(k.screen, Home)


def test_countdown_running_out_ends_the_session(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.wait(119)
    assert k.view.chrome.countdown_seconds == 1
    k.wait(1)
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.TIMED_OUT
    assert EndSession() in k.effects
    assert k.session.personal is None


def test_continue_keeps_the_session_and_restarts_the_wait(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.wait(100)
    k.send(ev.ContinueSession())
    assert k.view.chrome.countdown_seconds is None and isinstance(k.screen, Home)
    k.wait(89)
    assert k.view.chrome.countdown_seconds is None
    k.wait(1)
    assert k.view.chrome.countdown_seconds == 30


def test_any_touch_counts_as_presence(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.wait(80)
    k.send(ev.Touched())
    k.wait(80)
    assert k.view.chrome.countdown_seconds is None
    k.send(ev.ChooseGuide())
    k.wait(89)
    assert k.view.chrome.countdown_seconds is None


def test_touch_during_the_countdown_dismisses_it(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.wait(95)
    k.send(ev.ToggleLargerText())
    assert k.view.chrome.countdown_seconds is None


def test_both_durations_are_parameters() -> None:
    quick = kiosk(idle_warning_after_s=20, countdown_s=5)
    quick.sign_in_with_card()
    quick.wait(20)
    assert quick.view.chrome.countdown_seconds == 5
    quick.wait(5)
    assert isinstance(quick.screen, Ending) and quick.screen.reason is EndReason.TIMED_OUT


def test_timeout_applies_during_login_too(k: FlowDriver) -> None:
    k.insert_card()
    k.wait(120)
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.TIMED_OUT


def test_a_service_answer_counts_as_activity(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseApply())
    k.wait(60)
    from tests.flow.flow_kit import eligible

    k.answer(ev.EligibilityLoaded, eligibility=eligible())
    k.wait(89)
    assert k.view.chrome.countdown_seconds is None


def test_goodbye_screen_returns_to_idle_after_five_seconds(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.Finish())
    k.wait(4)
    assert isinstance(k.screen, Ending)
    k.wait(1)
    assert isinstance(k.screen, Idle)


def test_taking_the_card_on_the_goodbye_screen_returns_to_idle_at_once(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.Finish())
    assert k.view.screen.take_card  # type: ignore[union-attr]
    k.send(ev.CardRemoved())
    assert isinstance(k.screen, Idle)


def test_nothing_times_out_at_idle(k: FlowDriver) -> None:
    k.wait(600)
    assert isinstance(k.screen, Idle) and k.view.chrome.countdown_seconds is None


def test_a_language_chosen_at_idle_reverts_when_nobody_starts(k: FlowDriver) -> None:
    k.send(ev.ChangeLanguage(Language.KO))
    k.wait(89)
    before = k.view.chrome.language
    k.wait(1)
    after = k.view.chrome.language
    assert (before, after) == (Language.KO, Language.ZH_CN)


def test_a_language_chosen_at_idle_carries_into_the_session(k: FlowDriver) -> None:
    k.send(ev.ChangeLanguage(Language.KO))
    k.sign_in_with_card()
    assert k.view.chrome.language is Language.KO


def test_a_store_that_never_answers_still_times_out_the_absent_claimant(k: FlowDriver) -> None:
    from tests.flow.flow_kit import eligible

    k.sign_in_with_card()
    k.open_eligibility(eligible())
    k.fill_application()
    k.send(ev.SubmitApplication())
    k.wait(120)
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.TIMED_OUT
