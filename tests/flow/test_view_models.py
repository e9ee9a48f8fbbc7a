"""View models: what screens may show, masked, and the chrome every screen has."""

from __future__ import annotations

from kiosk.flow import events as ev
from kiosk.flow.messages import Msg
from kiosk.flow.states import EndReason
from kiosk.flow.view_models import BusyView, EndingView, IdleView
from tests.flow.flow_kit import CLAIMANT_NAME, YOUNG_ID, FlowDriver, kiosk


def _visit_everything(k: FlowDriver) -> list[object]:
    views: list[object] = []
    k.insert_card()
    views.append(k.view)
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    views.append(k.view)
    from tests.flow.flow_kit import claimant_for, eligible

    k.answer(ev.ClaimantFound, claimant=claimant_for())
    views.append(k.view)
    k.send(ev.ConfirmIdentity())
    k.send(ev.ChooseApply())
    k.answer(ev.EligibilityLoaded, eligibility=eligible())
    views.append(k.view)
    for intent in (
        ev.StartApplication(),
        ev.UseMobileOnFile(),
        ev.ConfirmPaymentAccount(),
        ev.AcceptCommitment(),
    ):
        k.send(intent)
        views.append(k.view)
    return views


def test_no_screen_shows_the_full_name_or_id_number(k: FlowDriver) -> None:
    for view in _visit_everything(k):
        assert CLAIMANT_NAME not in repr(view)
        assert YOUNG_ID.value not in repr(view)


def test_idle_screen_names_the_hotline_and_has_no_session_controls(k: FlowDriver) -> None:
    view = k.view
    assert view.screen == IdleView(Msg.IDLE_WELCOME, take_card=False, hotline="12333")
    chrome = view.chrome
    assert not chrome.can_go_back and not chrome.can_go_home and not chrome.can_finish
    assert chrome.countdown_seconds is None and chrome.offline_banner is None


def test_back_is_offered_on_every_screen_that_has_something_behind_it(k: FlowDriver) -> None:
    k.insert_card()
    assert k.view.chrome.can_go_back
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    assert k.view.screen == BusyView(Msg.LOOKING_UP)


def test_ending_screen_says_why_and_reminds_to_take_the_card() -> None:
    k = kiosk()
    k.sign_in_with_card()
    k.wait(120)
    assert k.view.screen == EndingView(Msg.ENDING_TIMED_OUT, EndReason.TIMED_OUT, take_card=True)


def test_every_message_key_is_unique_and_namespaced() -> None:
    values = [message.value for message in Msg]
    assert len(values) == len(set(values))
    assert all("." in value for value in values)


def test_every_login_problem_has_a_message() -> None:
    from kiosk.flow.states import LoginProblemKind

    for problem in LoginProblemKind:
        assert Msg(problem.value)
