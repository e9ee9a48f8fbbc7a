"""3rd-generation cards: region and card number only; the agency names the holder after the PIN."""

from __future__ import annotations

from contract.masking import mask_id_number
from kiosk.domain.claimant import Claimant
from kiosk.domain.faults import ServiceFault
from kiosk.flow import events as ev
from kiosk.flow.effects import LookUp, LookUpByCard
from kiosk.flow.messages import Msg
from kiosk.flow.states import (
    ConfirmingIdentity,
    EnteringPin,
    Home,
    LoginProblem,
    LoginProblemKind,
    LookingUp,
)
from kiosk.flow.view_models import IdentityView, ProblemView
from tests.flow.flow_kit import (
    ELDER_ID,
    ELDER_NAME,
    THIRD_GENERATION_CARD_NUMBER,
    YOUNG_ID,
    FlowDriver,
    claimant_for,
    third_generation_card,
)


def _pin_accepted(k: FlowDriver) -> None:
    k.insert_card(third_generation_card())
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()


def test_a_card_that_names_no_one_still_asks_for_the_pin_first(k: FlowDriver) -> None:
    k.insert_card(third_generation_card())
    assert k.screen == EnteringPin(tries_left=3)
    assert not k.session.display.elderly_decided  # no birth date yet


def test_after_the_pin_the_card_is_looked_up_by_region_and_number(k: FlowDriver) -> None:
    _pin_accepted(k)
    assert isinstance(k.screen, LookingUp)
    by_card = k.effect(LookUpByCard)
    assert by_card.ticket == k.session.awaiting
    assert (by_card.region_code, by_card.card_number) == ("222405", THIRD_GENERATION_CARD_NUMBER)
    assert not any(isinstance(effect, LookUp) for effect in k.effects)
    assert THIRD_GENERATION_CARD_NUMBER not in repr(k.effects)


def test_the_holder_named_by_the_agency_confirms_as_usual(k: FlowDriver) -> None:
    _pin_accepted(k)
    k.answer(ev.ClaimantFound, claimant=claimant_for())
    assert isinstance(k.screen, ConfirmingIdentity)
    view = k.view.screen
    assert isinstance(view, IdentityView)
    assert view.masked_id_number == mask_id_number(YOUNG_ID.value) and not view.from_card_only
    k.send(ev.ConfirmIdentity())
    assert isinstance(k.screen, Home)
    personal = k.session.personal
    assert personal is not None and personal.claimant is not None
    assert personal.claimant.ssn == YOUNG_ID


def test_elderly_mode_is_decided_from_the_record_the_agency_found(k: FlowDriver) -> None:
    _pin_accepted(k)
    assert not k.view.chrome.elderly_mode
    k.answer(ev.ClaimantFound, claimant=claimant_for(ELDER_ID, ELDER_NAME))
    assert k.view.chrome.elderly_mode and k.session.display.elderly_decided


def test_leaving_elderly_mode_before_the_look_up_holds(k: FlowDriver) -> None:
    k.insert_card(third_generation_card())
    k.send(ev.LeaveElderlyMode())
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    k.answer(ev.ClaimantFound, claimant=claimant_for(ELDER_ID, ELDER_NAME))
    assert not k.view.chrome.elderly_mode


def test_offline_the_card_plainly_needs_the_network(k: FlowDriver) -> None:
    k.insert_card(third_generation_card())
    k.send(ev.PinEntered("123456"))
    k.card_logged_in_offline()
    assert k.screen == LoginProblem(LoginProblemKind.CARD_NEEDS_NETWORK)
    assert k.view.screen == ProblemView(Msg.LOGIN_CARD_NEEDS_NETWORK, take_card=True)
    personal = k.session.personal
    assert personal is not None and personal.claimant is None  # no stand-in from such a card


def test_an_unknown_card_has_no_record(k: FlowDriver) -> None:
    _pin_accepted(k)
    k.answer(ev.ClaimantNotFound)
    assert k.screen == LoginProblem(LoginProblemKind.NO_RECORD)


def test_a_refused_look_up_is_a_refusal_not_a_network_problem(k: FlowDriver) -> None:
    _pin_accepted(k)
    k.answer(ev.LookUpFailed, fault=ServiceFault.REFUSED)
    assert k.screen == LoginProblem(LoginProblemKind.REFUSED)


def test_a_card_with_its_holder_on_it_is_still_checked_against_the_record(k: FlowDriver) -> None:
    """Only the card that names no one accepts whoever the agency names for it."""
    k.sign_in_with_card()
    k.send(ev.Finish())
    k.wait(5)
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    someone_else: Claimant = claimant_for(ELDER_ID, ELDER_NAME)
    k.answer(ev.ClaimantFound, claimant=someone_else)
    assert k.screen == LoginProblem(LoginProblemKind.NO_RECORD)


def test_the_card_number_is_gone_after_the_session(k: FlowDriver) -> None:
    _pin_accepted(k)
    k.answer(ev.ClaimantFound, claimant=claimant_for())
    personal = k.session.personal
    assert personal is not None and personal.card is not None
    assert personal.card.card_number == THIRD_GENERATION_CARD_NUMBER
    k.send(ev.Finish())
    assert k.session.personal is None
    assert THIRD_GENERATION_CARD_NUMBER not in repr(k.session) + repr(k.view) + repr(k.effects)
