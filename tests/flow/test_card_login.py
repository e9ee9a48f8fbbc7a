"""Social security card: reading the card, the PIN the card checks, and its faults."""

from __future__ import annotations

import pytest

from kiosk.domain.claimant import CardLogin, CardOfflineLogin, HomeRegion
from kiosk.domain.faults import CardFault, CardProofFault, ServiceFault
from kiosk.flow import events as ev
from kiosk.flow.effects import EndSession, LogInWithCard, LookUp, ReadCard, VerifyPin
from kiosk.flow.messages import Msg
from kiosk.flow.states import (
    CardBlocked,
    ConfirmingIdentity,
    Ending,
    EndReason,
    EnteringPin,
    Idle,
    LoginProblem,
    LoginProblemKind,
    LookingUp,
    ReadingCard,
)
from kiosk.flow.view_models import Action, PinView, ProblemView
from tests.flow.flow_kit import (
    CARD_ID,
    CARD_TOKEN,
    CLAIMANT_NAME,
    ELDER_ID,
    ELDER_NAME,
    YOUNG_ID,
    FlowDriver,
    card_for,
    claimant_for,
    kiosk,
)


def test_inserting_a_card_starts_reading_it(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    assert isinstance(k.screen, ReadingCard)
    assert k.effect(ReadCard).ticket == k.session.awaiting
    assert k.view.screen.message is Msg.READING_CARD


def test_card_read_asks_for_the_pin_with_tries_left(k: FlowDriver) -> None:
    k.insert_card(tries_left=3)
    assert k.screen == EnteringPin(tries_left=3)
    view = k.view.screen
    assert isinstance(view, PinView)
    assert view.keypad_enabled and view.tries_left == 3 and not view.last_try_warning
    assert view.message is Msg.PIN_ENTER
    assert k.view.actions == {Action.ENTER_PIN}


def test_pin_goes_to_the_card_and_the_keypad_waits(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    verify = k.effect(VerifyPin)
    assert verify.pin == "123456" and verify.ticket == k.session.awaiting
    assert isinstance(k.view.screen, PinView) and not k.view.screen.keypad_enabled
    assert k.view.screen.message is Msg.PIN_CHECKING
    assert not k.send(ev.PinEntered("654321")).accepted  # a second tap while checking


def test_pin_is_not_kept_in_the_state(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("987123"))
    assert "987123" not in repr(k.session)
    assert "987123" not in repr(k.effects)


def test_incomplete_pin_is_refused_without_asking_the_card(k: FlowDriver) -> None:
    k.insert_card()
    step = k.send(ev.PinEntered("12"))
    assert step.effects == ()
    assert isinstance(k.view.screen, PinView) and k.view.screen.message is Msg.PIN_INCOMPLETE


@pytest.mark.parametrize("pin", ["12345²", "１２３４５６"])
def test_a_pin_of_non_ascii_digits_is_refused_without_asking_the_card(
    k: FlowDriver, pin: str
) -> None:
    """`str.isdigit()` passes both; the card would answer a wrong PIN and count a try."""
    k.insert_card()
    step = k.send(ev.PinEntered(pin))
    assert step.effects == ()
    assert isinstance(k.view.screen, PinView) and k.view.screen.message is Msg.PIN_INCOMPLETE


def test_right_pin_has_the_card_prove_itself_to_the_agency_before_any_look_up(
    k: FlowDriver,
) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    assert isinstance(k.screen, LookingUp) and k.view.screen.message is Msg.LOOKING_UP  # type: ignore[union-attr]
    prove = k.effect(LogInWithCard)
    assert prove.ticket == k.session.awaiting
    assert prove.card == card_for().credentials and prove.card.card_id == CARD_ID
    assert not any(isinstance(effect, LookUp) for effect in k.effects)


def test_the_card_login_token_is_what_the_look_up_carries(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    look_up = k.effect(LookUp)
    assert look_up.login == CardLogin(card=card_for().credentials, token=CARD_TOKEN)
    assert look_up.ssn == card_for().ssn
    assert CARD_TOKEN not in repr(k.session) and CARD_TOKEN not in repr(k.effects)
    assert CARD_ID not in repr(k.session) and CARD_ID not in repr(k.effects)


def test_claimant_found_asks_to_confirm_identity(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    k.answer(ev.ClaimantFound, claimant=claimant_for())
    assert isinstance(k.screen, ConfirmingIdentity)


def test_a_cloned_card_is_refused_with_a_plain_message_and_nothing_personal(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    step = k.answer(ev.CardLoginFailed, fault=CardProofFault.NOT_GENUINE)
    assert k.screen == LoginProblem(LoginProblemKind.CARD_NOT_GENUINE)
    assert k.view.screen == ProblemView(Msg.LOGIN_CARD_NOT_GENUINE, take_card=True)
    assert k.view.actions == frozenset()
    assert step.effects == ()  # no look-up, no offline stand-in
    personal = k.session.personal
    assert personal is not None and personal.claimant is None and personal.login is None
    assert CLAIMANT_NAME not in repr(k.view) and YOUNG_ID.value not in repr(k.view)
    k.send(ev.CardRemoved())
    assert isinstance(k.screen, Ending)


def test_outside_the_service_area_the_claimant_is_told_where_to_go(k: FlowDriver) -> None:
    home = HomeRegion("220102", "长春市南关区", "장춘시 남관구")
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    k.answer(ev.CardLoginFailed, fault=CardProofFault.OUTSIDE_SERVICE_AREA, home_region=home)
    assert k.screen == LoginProblem(LoginProblemKind.OUTSIDE_SERVICE_AREA, where=home)
    assert k.view.screen == ProblemView(Msg.LOGIN_OUTSIDE_SERVICE_AREA, take_card=True, where=home)


def test_a_card_the_agency_does_not_know_has_no_record(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    k.answer(ev.CardLoginFailed, fault=CardProofFault.UNKNOWN_CARD)
    assert k.screen == LoginProblem(LoginProblemKind.NO_RECORD)


def test_agency_unreachable_for_the_challenge_continues_offline_from_the_card(
    k: FlowDriver,
) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in_offline()
    assert isinstance(k.screen, ConfirmingIdentity)
    personal = k.session.personal
    assert personal is not None and personal.claimant is not None
    assert personal.claimant.from_card_only
    assert personal.login == CardOfflineLogin(card=card_for().credentials)


def test_a_refused_card_login_is_a_refusal_not_an_offline_session(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    k.answer(ev.CardLoginFailed, fault=ServiceFault.REFUSED)
    assert k.screen == LoginProblem(LoginProblemKind.REFUSED)


def test_card_pulled_while_it_answers_the_challenge_ends_the_session(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    k.answer(ev.CardLoginFailed, fault=CardFault.REMOVED)
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.CARD_REMOVED


def test_a_card_that_cannot_answer_the_challenge_says_what_is_wrong(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinAccepted)
    k.answer(ev.CardLoginFailed, fault=CardFault.UNREADABLE)
    assert k.screen == LoginProblem(LoginProblemKind.CARD_UNREADABLE)


def test_wrong_pin_reports_tries_left(k: FlowDriver) -> None:
    k.insert_card(tries_left=3)
    k.send(ev.PinEntered("000000"))
    k.answer(ev.PinRejected, tries_left=2)
    view = k.view.screen
    assert isinstance(view, PinView)
    assert view.message is Msg.PIN_WRONG_TRIES_LEFT and view.tries_left == 2
    assert view.keypad_enabled


def test_last_try_needs_an_explicit_confirmation_before_the_keypad_works(k: FlowDriver) -> None:
    k.insert_card(tries_left=2)
    k.send(ev.PinEntered("000000"))
    k.answer(ev.PinRejected, tries_left=1)
    view = k.view.screen
    assert isinstance(view, PinView)
    assert view.last_try_warning and not view.keypad_enabled
    assert view.message is Msg.PIN_LAST_TRY_WARNING
    assert k.view.actions == {Action.CONFIRM_LAST_PIN_TRY}

    refused = k.send(ev.PinEntered("123456"))
    assert not refused.accepted and refused.effects == ()

    k.send(ev.ConfirmLastPinTry())
    assert isinstance(k.view.screen, PinView) and k.view.screen.keypad_enabled
    k.send(ev.PinEntered("123456"))
    assert k.effect(VerifyPin)


def test_card_read_with_one_try_left_warns_first(k: FlowDriver) -> None:
    k.insert_card(tries_left=1)
    assert isinstance(k.screen, EnteringPin) and k.screen.needs_last_try_confirmation


def test_confirming_the_last_try_when_not_on_the_last_try_is_ignored(k: FlowDriver) -> None:
    k.insert_card(tries_left=3)
    assert not k.send(ev.ConfirmLastPinTry()).accepted


def test_wrong_last_pin_blocks_the_card_and_says_so(k: FlowDriver) -> None:
    k.insert_card(tries_left=1)
    k.send(ev.ConfirmLastPinTry())
    k.send(ev.PinEntered("000000"))
    k.answer(ev.PinBlocked)
    assert isinstance(k.screen, CardBlocked)
    assert k.view.screen == ProblemView(Msg.PIN_CARD_BLOCKED, take_card=True)
    assert k.view.actions == frozenset()


def test_rejection_with_no_tries_left_counts_as_blocked(k: FlowDriver) -> None:
    k.insert_card(tries_left=1)
    k.send(ev.ConfirmLastPinTry())
    k.send(ev.PinEntered("000000"))
    k.answer(ev.PinRejected, tries_left=0)
    assert isinstance(k.screen, CardBlocked)


def test_card_already_blocked_is_said_at_once(k: FlowDriver) -> None:
    k.insert_card(tries_left=0)
    assert isinstance(k.screen, CardBlocked)


def test_card_removed_mid_read_ends_the_session(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=CardFault.REMOVED)
    assert k.screen == Ending(EndReason.CARD_REMOVED, until=5.0)
    assert EndSession() in k.effects


def test_card_pulled_while_the_pin_is_checked_ends_the_session(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinCheckFailed, fault=CardFault.REMOVED)
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.CARD_REMOVED


def test_unreadable_card_says_so_and_asks_to_take_it(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=CardFault.UNREADABLE)
    assert k.screen == LoginProblem(LoginProblemKind.CARD_UNREADABLE)
    assert k.view.screen == ProblemView(Msg.LOGIN_CARD_UNREADABLE, take_card=True)
    k.send(ev.CardRemoved())
    assert isinstance(k.screen, Ending)


def test_a_bank_card_is_recognised_as_not_a_social_security_card(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=CardFault.NOT_A_SOCIAL_SECURITY_CARD)
    assert k.screen == LoginProblem(LoginProblemKind.NOT_A_SOCIAL_SECURITY_CARD)


def test_reader_fault_during_the_pin_check_is_a_login_problem(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinCheckFailed, fault=CardFault.READER_FAULT)
    assert k.screen == LoginProblem(LoginProblemKind.READER_FAULT)


def test_removing_the_card_at_the_pin_ends_the_session(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.CardRemoved())
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.CARD_REMOVED
    assert not k.view.screen.take_card  # type: ignore[union-attr]


def test_back_during_login_ends_the_session(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.GoBack())
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.FINISHED


def test_elderly_mode_is_on_from_the_pin_screen_for_claimants_over_60(k: FlowDriver) -> None:
    k.insert_card(card_for(ELDER_ID, ELDER_NAME))
    assert k.view.chrome.elderly_mode


def test_elderly_mode_is_off_for_younger_claimants(k: FlowDriver) -> None:
    k.insert_card()
    assert not k.view.chrome.elderly_mode


def test_one_tap_leaves_elderly_mode_for_the_rest_of_the_session(k: FlowDriver) -> None:
    elder = claimant_for(ELDER_ID, ELDER_NAME)
    k.insert_card(card_for(ELDER_ID, ELDER_NAME))
    k.send(ev.LeaveElderlyMode())
    assert not k.view.chrome.elderly_mode
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    k.answer(ev.ClaimantFound, claimant=elder)
    assert not k.view.chrome.elderly_mode


def test_elderly_mode_starts_on_the_sixtieth_birthday() -> None:
    from tests.flow.flow_kit import kiosk, make_id

    turning_sixty_today = make_id("19661126")
    still_fifty_nine = make_id("19661127")
    on_birthday = kiosk()
    on_birthday.insert_card(card_for(turning_sixty_today))
    day_before = kiosk()
    day_before.insert_card(card_for(still_fifty_nine))
    assert on_birthday.view.chrome.elderly_mode
    assert not day_before.view.chrome.elderly_mode


def test_a_second_card_during_a_session_is_ignored_but_noted(k: FlowDriver) -> None:
    k.sign_in_with_card()
    step = k.send(ev.CardInserted())
    assert step.effects == ()
    assert not isinstance(k.screen, ReadingCard)


def test_removing_a_card_at_idle_just_clears_the_reminder(k: FlowDriver) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=CardFault.UNREADABLE)
    k.send(ev.Finish())
    k.wait(5)
    assert isinstance(k.screen, Idle) and k.view.screen.take_card  # type: ignore[union-attr]
    k.send(ev.CardRemoved())
    assert isinstance(k.screen, Idle) and not k.view.screen.take_card  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("fault", "problem", "message"),
    [
        (CardFault.EXPIRED, LoginProblemKind.CARD_EXPIRED, Msg.LOGIN_CARD_EXPIRED),
        (CardFault.PIN_LOCKED, LoginProblemKind.PIN_LOCKED, Msg.LOGIN_PIN_LOCKED),
    ],
)
def test_expired_and_locked_cards_each_say_so_at_once(
    k: FlowDriver, fault: CardFault, problem: LoginProblemKind, message: Msg
) -> None:
    k.send(ev.CardInserted())
    k.answer(ev.CardReadFailed, fault=fault)
    assert k.screen == LoginProblem(problem)
    assert k.view.screen == ProblemView(message, take_card=True)
    assert k.view.actions == frozenset()


def test_every_card_fault_but_removal_has_its_own_login_problem_and_message() -> None:
    seen = set()
    for fault in CardFault:
        if fault is CardFault.REMOVED:
            continue
        visit = kiosk()
        visit.send(ev.CardInserted())
        visit.answer(ev.CardReadFailed, fault=fault)
        view = visit.view.screen
        assert isinstance(view, ProblemView)
        seen.add(view.message)
    assert len(seen) == len(CardFault) - 1


def test_a_card_that_expires_between_read_and_pin_check_says_expired(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.answer(ev.PinCheckFailed, fault=CardFault.EXPIRED)
    assert k.screen == LoginProblem(LoginProblemKind.CARD_EXPIRED)
