"""Confirming identity: masked name and number, and "this is not me"."""

from __future__ import annotations

from contract.masking import mask_id_number
from kiosk.flow import events as ev
from kiosk.flow.messages import Msg
from kiosk.flow.states import Ending, EndReason, Home
from kiosk.flow.view_models import Action, IdentityView
from tests.flow.flow_kit import CLAIMANT_NAME, YOUNG_ID, FlowDriver, claimant_for


def _to_confirmation(k: FlowDriver) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in()
    k.answer(ev.ClaimantFound, claimant=claimant_for())


def test_identity_is_shown_masked(k: FlowDriver) -> None:
    _to_confirmation(k)
    view = k.view.screen
    assert isinstance(view, IdentityView)
    assert view.masked_name == "金**"
    assert view.masked_id_number == mask_id_number(YOUNG_ID.value)
    assert YOUNG_ID.value not in repr(k.view) and CLAIMANT_NAME not in repr(k.view)
    assert k.view.actions == {Action.CONFIRM_IDENTITY, Action.NOT_ME}
    assert view.message is Msg.IDENTITY_CONFIRM


def test_confirming_identity_opens_home(k: FlowDriver) -> None:
    _to_confirmation(k)
    k.send(ev.ConfirmIdentity())
    assert isinstance(k.screen, Home)
    home = {Action.APPLY, Action.STATUS, Action.GUIDE, Action.TRAINING}
    assert k.view.actions == home | {Action.MORE_SERVICES}  # a service is registered


def test_this_is_not_me_ends_the_session_and_wipes_it(k: FlowDriver) -> None:
    _to_confirmation(k)
    k.send(ev.RejectIdentity())
    assert isinstance(k.screen, Ending) and k.screen.reason is EndReason.NOT_ME
    assert k.session.personal is None
    assert k.view.screen.message is Msg.ENDING_NOT_ME
