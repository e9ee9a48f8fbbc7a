"""What the kiosk says at the edges is true: saved is not sent, a locked card cannot go back,
a timeout says what was kept, and the guide can be read (and printed) without signing in."""

from __future__ import annotations

from kiosk.domain.claims import Delivery
from kiosk.domain.faults import CardFault, PrinterFault
from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.effects import CheckPrinter, EndSession, PrintGuideSheet, ReadCard
from kiosk.flow.messages import Msg
from kiosk.flow.states import (
    Applying,
    CardBlocked,
    Ending,
    EndReason,
    Home,
    Idle,
    LoginProblem,
    LoginProblemKind,
    PrintProgress,
    ReadingCard,
    ShowingGuide,
)
from kiosk.flow.view_models import Action, BusyView, EndingView, GuideView, IdleView, ResultView
from tests.flow.flow_kit import FlowDriver, course


def _at_review(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.fill_application()


def _time_out(k: FlowDriver) -> EndingView:
    k.wait(k.settings.idle_warning_after_s + k.settings.countdown_s + 1)
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.TIMED_OUT
    view = k.view.screen
    assert isinstance(view, EndingView)
    return view


# --- saved is not sent ----------------------------------------------------------------------


def test_under_the_network_down_banner_a_saved_application_is_not_said_to_be_sending(
    k: FlowDriver,
) -> None:
    _at_review(k)
    k.send(ev.ConnectivityChanged(online=False))
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="r-1")
    assert k.view.chrome.offline_banner is Msg.OFFLINE_BANNER
    assert k.view.screen == BusyView(Msg.SAVED_NETWORK_DOWN)
    k.answer(ev.SubmissionQueued, reference="r-1")
    result = k.view.screen
    assert isinstance(result, ResultView) and result.delivery is Delivery.STORED_ON_KIOSK
    assert result.message is Msg.RESULT_STORED_ON_KIOSK


def test_with_the_network_up_a_saved_application_is_being_sent(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.ConnectivityChanged(online=True))
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="r-1")
    assert k.view.chrome.offline_banner is None
    assert k.view.screen == BusyView(Msg.SENDING)


# --- a locked card --------------------------------------------------------------------------


def test_a_card_locked_by_wrong_pins_offers_no_back_only_finish(k: FlowDriver) -> None:
    k.insert_card(tries_left=1)
    k.send(ev.ConfirmLastPinTry())
    k.send(ev.PinEntered("000000"))
    k.answer(ev.PinBlocked)
    assert isinstance(k.screen, CardBlocked)
    chrome = k.view.chrome
    assert not chrome.can_go_back and not chrome.can_go_home and chrome.can_finish
    assert not k.send(ev.GoBack()).accepted and isinstance(k.screen, CardBlocked)


def test_a_card_already_locked_when_read_offers_no_back(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=CardFault.PIN_LOCKED)
    assert k.screen == LoginProblem(LoginProblemKind.PIN_LOCKED)
    assert not k.view.chrome.can_go_back and k.view.chrome.can_finish
    assert not k.send(ev.GoBack()).accepted


def test_other_login_problems_still_offer_back_to_the_start(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=CardFault.UNREADABLE)
    assert k.view.chrome.can_go_back


# --- a timeout says what was kept -----------------------------------------------------------


def test_a_timeout_in_the_middle_of_an_application_says_it_was_not_kept(k: FlowDriver) -> None:
    _at_review(k)
    assert isinstance(k.screen, Applying)
    view = _time_out(k)
    assert view.kept is None and view.not_kept is Msg.ENDING_UNFINISHED_NOT_KEPT


def test_a_timeout_after_submitting_says_the_application_is_with_the_agency(
    k: FlowDriver,
) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="r-1")
    k.answer(ev.SubmissionSent, reference="r-1", verification_code="AB12CD34")
    k.send(ev.GoHome())
    view = _time_out(k)
    assert view.kept is Msg.ENDING_KEPT_RECEIVED and view.not_kept is None


def test_a_timeout_says_both_what_was_saved_here_and_what_was_left_unfinished(
    k: FlowDriver,
) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="r-1")
    k.answer(ev.SubmissionQueued, reference="r-1")
    k.send(ev.GoHome())
    k.send(ev.ChooseTraining())
    k.answer(ev.CoursesLoaded, courses=(course(),))
    k.send(ev.ChooseCourse("C-2026-17"))
    view = _time_out(k)
    assert view.kept is Msg.ENDING_KEPT_ON_KIOSK
    assert view.not_kept is Msg.ENDING_UNFINISHED_NOT_KEPT


def test_finishing_does_not_list_what_was_kept(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.Finish())
    view = k.view.screen
    assert isinstance(view, EndingView) and view.reason is EndReason.FINISHED
    assert view.kept is None


# --- take your card -------------------------------------------------------------------------


def test_with_the_card_still_in_the_reader_idle_asks_only_for_the_card(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.Finish())
    assert isinstance(k.view.screen, EndingView) and k.view.screen.take_card
    k.wait(k.settings.goodbye_s + 1)
    assert k.view.screen == IdleView(Msg.IDLE_WELCOME, take_card=True)
    k.send(ev.CardRemoved())
    assert k.view.screen == IdleView(Msg.IDLE_WELCOME, take_card=False)


# --- the guide without signing in -----------------------------------------------------------


def test_the_guide_opens_from_the_attract_screen_without_signing_in(k: FlowDriver) -> None:
    step = k.send(ev.ChooseGuide())
    assert step.accepted and step.effects == ()
    assert isinstance(k.screen, ShowingGuide) and k.session.personal is None
    assert k.view.screen == GuideView(Msg.GUIDE, None, None)
    assert k.view.actions == {Action.PRINT_GUIDE}
    chrome = k.view.chrome
    assert chrome.can_finish and chrome.can_go_back and not chrome.can_go_home
    # Nothing behind it needs a claimant: home and the services are not there.
    for choice in (ev.GoHome(), ev.ChooseApply(), ev.ChooseStatus(), ev.ChooseTraining()):
        assert not k.send(choice).accepted
    assert isinstance(k.screen, ShowingGuide)


def test_the_guide_without_signing_in_prints_in_the_chosen_language(k: FlowDriver) -> None:
    k.send(ev.ChangeLanguage(Language.KO))
    k.send(ev.ChooseGuide())
    k.send(ev.PrintGuide())
    assert k.effect(PrintGuideSheet).language is Language.KO
    k.answer(ev.PrintFinished)
    assert k.view.screen.message is Msg.GUIDE_PRINTED  # type: ignore[union-attr]


def test_the_guide_without_signing_in_waits_for_paper_before_printing_again(
    k: FlowDriver,
) -> None:
    k.send(ev.ChooseGuide())
    k.send(ev.PrintGuide())
    k.answer(ev.PrintFailed, fault=PrinterFault.PAPER_OUT)
    view = k.view.screen
    assert isinstance(view, GuideView) and view.fault is Msg.PRINTER_PAPER_OUT
    assert view.printing is PrintProgress.FAILED and k.view.actions == frozenset()
    k.wait(k.settings.printer_check_s)
    k.effect(CheckPrinter)
    k.answer(ev.PrinterChecked, fault=None)
    assert k.view.actions == {Action.PRINT_GUIDE}


def test_the_guide_without_signing_in_times_out_straight_back_to_the_start(
    k: FlowDriver,
) -> None:
    k.send(ev.ChangeLanguage(Language.KO))
    k.send(ev.ChooseGuide())
    k.wait(k.settings.idle_warning_after_s)
    assert k.view.chrome.countdown_seconds is not None  # the same warning as any session
    k.wait(k.settings.countdown_s + 1)
    assert isinstance(k.screen, Idle)
    assert k.session.display.language is k.settings.default_language


def test_finish_or_back_from_the_guide_returns_to_the_start(k: FlowDriver) -> None:
    k.send(ev.ChooseGuide())
    k.send(ev.Finish())
    assert isinstance(k.screen, Idle) and k.effect(EndSession)
    k.send(ev.ChooseGuide())
    k.send(ev.GoBack())
    assert isinstance(k.screen, Idle)


def test_a_card_inserted_while_reading_the_guide_starts_signing_in(k: FlowDriver) -> None:
    k.send(ev.ChooseGuide())
    k.send(ev.CardInserted())
    assert isinstance(k.screen, ReadingCard) and k.effect(ReadCard)


def test_a_signed_in_guide_still_goes_home(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseGuide())
    assert k.view.chrome.can_go_home
    k.send(ev.GoBack())
    assert isinstance(k.screen, Home)
