"""Applying: mobile number, payment account, commitment, review, submit, result.

The claimant is never told "received" before the outbox confirmed the store.
"""

from __future__ import annotations

from kiosk.domain.claimant import Claimant
from kiosk.domain.claims import MOBILE_ON_FILE, ClaimKind, Delivery
from kiosk.domain.faults import ServiceFault, StorageFault
from kiosk.domain.identity import MobileNumber
from kiosk.domain.language import Language
from kiosk.flow import events as ev
from kiosk.flow.effects import Submit
from kiosk.flow.messages import Msg
from kiosk.flow.states import Applying, ApplyStep, ShowingEligibility, ShowingResult, Submitting
from kiosk.flow.view_models import Action, ApplyView, BusyView, ResultView
from tests.flow.flow_kit import FlowDriver, card_for, claimant_for


def _at_step(k: FlowDriver) -> ApplyStep:
    assert isinstance(k.screen, Applying)
    return k.screen.step


def _apply_view(k: FlowDriver) -> ApplyView:
    view = k.view.screen
    assert isinstance(view, ApplyView)
    return view


def _at_review(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.fill_application()


def test_mobile_step_offers_the_number_on_file_masked(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    view = _apply_view(k)
    assert view.masked_mobile_on_file == "139****1234"
    assert (view.step_number, view.step_count) == (1, 4)
    assert k.view.actions == {Action.ENTER_MOBILE, Action.USE_MOBILE_ON_FILE}


def test_typed_mobile_number_is_checked(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    k.send(ev.MobileEntered("2390433123"))
    assert _at_step(k) is ApplyStep.MOBILE
    assert _apply_view(k).problem is Msg.MOBILE_WRONG_LENGTH
    k.send(ev.MobileEntered("23904331234"))
    assert _apply_view(k).problem is Msg.MOBILE_NOT_A_MOBILE_PREFIX
    k.send(ev.MobileEntered("13812345678"))
    assert _at_step(k) is ApplyStep.PAYMENT_ACCOUNT
    assert isinstance(k.screen, Applying) and k.screen.draft.mobile == MobileNumber("13812345678")


def test_no_mobile_on_file_means_typing_one(k: FlowDriver) -> None:
    k.sign_in_with_card(claimant_for(mobile=None))
    k.open_eligibility()
    k.send(ev.StartApplication())
    assert k.view.actions == {Action.ENTER_MOBILE}
    assert not k.send(ev.UseMobileOnFile()).accepted


def test_payment_account_on_file_is_shown_masked_and_confirmed(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    k.send(ev.UseMobileOnFile())
    view = _apply_view(k)
    assert view.payment_account is not None
    assert view.payment_account.masked_number == "****7890"
    assert "6217001234567890" not in repr(k.view)
    k.send(ev.ConfirmPaymentAccount())
    assert _at_step(k) is ApplyStep.COMMITMENT


def test_no_payment_account_on_file_stops_at_that_step_with_a_message(k: FlowDriver) -> None:
    k.sign_in_with_card(claimant_for(account=None))
    k.open_eligibility()
    k.send(ev.StartApplication())
    k.send(ev.UseMobileOnFile())
    assert _apply_view(k).message is Msg.APPLY_NO_PAYMENT_ACCOUNT
    assert k.view.actions == frozenset()
    assert not k.send(ev.ConfirmPaymentAccount()).accepted


def test_commitment_must_be_accepted_explicitly(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    k.send(ev.UseMobileOnFile())
    k.send(ev.ConfirmPaymentAccount())
    assert _apply_view(k).message is Msg.APPLY_COMMITMENT
    assert _apply_view(k).commitment_version == "2019-1"
    assert not k.send(ev.SubmitApplication()).accepted
    k.send(ev.AcceptCommitment())
    assert _at_step(k) is ApplyStep.REVIEW


def test_steps_cannot_be_skipped(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    for skipping in (ev.ConfirmPaymentAccount(), ev.AcceptCommitment(), ev.SubmitApplication()):
        assert not k.send(skipping).accepted
    assert _at_step(k) is ApplyStep.MOBILE


def test_review_shows_everything_and_submit_stores_it(k: FlowDriver) -> None:
    _at_review(k)
    view = _apply_view(k)
    assert view.message is Msg.APPLY_REVIEW
    assert view.mobile_entered == "139****1234" and view.mobile_is_on_file
    assert k.view.actions == {Action.SUBMIT}
    k.send(ev.SubmitApplication())
    submit = k.effect(Submit)
    request = submit.request
    assert request.kind is ClaimKind.CLAIM and request.commitment_accepted
    assert request.mobile is MOBILE_ON_FILE and request.payment_account == "on_file"
    assert request.language is Language.ZH_CN and request.course_id is None
    assert isinstance(k.screen, Submitting)
    assert k.view.screen == BusyView(Msg.SAVING)


def test_submission_records_the_language_in_use(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.ChangeLanguage(Language.KO))
    k.send(ev.SubmitApplication())
    assert k.effect(Submit).request.language is Language.KO


def test_double_tap_on_submit_submits_once(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    assert not k.send(ev.SubmitApplication()).accepted


def test_received_online_shows_the_reference(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="3f0c-ref")
    sending = k.view.screen
    assert sending == BusyView(Msg.SENDING)
    k.answer(ev.SubmissionSent, reference="3f0c-ref", verification_code="AB12CD34")
    assert isinstance(k.screen, ShowingResult)
    view = k.view.screen
    assert view == ResultView(
        Msg.RESULT_RECEIVED_ONLINE, ClaimKind.CLAIM, Delivery.RECEIVED_ONLINE, "3f0c-ref", None
    )
    assert k.view.actions == {Action.PRINT_RECEIPT}


def test_never_received_before_the_store_is_confirmed(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    early = k.answer(ev.SubmissionSent, reference="3f0c-ref")
    assert not early.accepted and isinstance(k.screen, Submitting)
    assert k.view.screen == BusyView(Msg.SAVING)


def test_storage_failure_says_it_was_not_saved_and_allows_another_try(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStoreFailed, fault=StorageFault.FAILED)
    assert _at_step(k) is ApplyStep.REVIEW
    assert _apply_view(k).problem is Msg.NOT_SAVED
    assert k.session.awaiting is None
    k.send(ev.SubmitApplication())
    assert k.effect(Submit)


def test_full_disk_has_its_own_message(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStoreFailed, fault=StorageFault.DISK_FULL)
    assert _apply_view(k).problem is Msg.NOT_SAVED_DISK_FULL


def test_result_for_another_reference_is_ignored(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    k.answer(ev.SubmissionStored, reference="mine")
    assert not k.answer(ev.SubmissionSent, reference="someone-else").accepted


def test_back_walks_the_steps_then_returns_to_eligibility_without_reloading(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.GoBack())
    assert _at_step(k) is ApplyStep.COMMITMENT
    k.send(ev.GoBack())
    k.send(ev.GoBack())
    assert _at_step(k) is ApplyStep.MOBILE
    step = k.send(ev.GoBack())
    assert isinstance(k.screen, ShowingEligibility) and step.effects == ()


def test_going_back_keeps_what_was_already_answered(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.GoBack())
    assert isinstance(k.screen, Applying) and k.screen.draft.commitment_accepted


def test_back_and_home_are_not_offered_while_saving(k: FlowDriver) -> None:
    _at_review(k)
    k.send(ev.SubmitApplication())
    assert not k.view.chrome.can_go_back and not k.view.chrome.can_go_home
    assert not k.send(ev.GoBack()).accepted and not k.send(ev.GoHome()).accepted


def test_no_back_after_a_submission_only_home_and_finish(k: FlowDriver) -> None:
    """Back after submitting suggested the application could be undone or changed."""
    _at_review(k)
    k.send(ev.SubmitApplication())
    assert not k.view.chrome.can_go_back  # saving
    k.answer(ev.SubmissionStored, reference="r")
    assert not k.view.chrome.can_go_back  # sending
    k.answer(ev.SubmissionSent, reference="r")
    result = k.screen
    assert not k.view.chrome.can_go_back
    assert k.view.chrome.can_go_home and k.view.chrome.can_finish
    assert not k.send(ev.GoBack()).accepted and k.screen == result
    k.send(ev.PrintReceipt())
    assert not k.view.chrome.can_go_back  # the receipt
    from kiosk.flow.states import Home

    k.send(ev.GoHome())
    assert isinstance(k.screen, Home)


def test_a_typed_number_is_submitted_and_shown_in_full_on_the_review(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    k.send(ev.MobileEntered("138 1234 5678"))
    k.send(ev.ConfirmPaymentAccount())
    k.send(ev.AcceptCommitment())
    view = _apply_view(k)
    assert view.mobile_entered == "13812345678" and not view.mobile_is_on_file
    k.send(ev.SubmitApplication())
    assert k.effect(Submit).request.mobile == MobileNumber("13812345678")


def test_the_agencys_masked_number_is_offered_and_submitted_as_on_file(k: FlowDriver) -> None:
    """The agency sends the number on file masked only; the kiosk never needs the full one."""
    k.sign_in_with_card(claimant_for(mobile="138****5678"))
    k.open_eligibility()
    k.send(ev.StartApplication())
    view = _apply_view(k)
    assert view.masked_mobile_on_file == "138****5678" and not view.mobile_is_on_file
    assert Action.USE_MOBILE_ON_FILE in k.view.actions
    k.send(ev.UseMobileOnFile())
    assert isinstance(k.screen, Applying) and k.screen.draft.mobile is MOBILE_ON_FILE
    k.send(ev.ConfirmPaymentAccount())
    k.send(ev.AcceptCommitment())
    k.send(ev.SubmitApplication())
    assert k.effect(Submit).request.mobile is MOBILE_ON_FILE


def test_a_full_number_on_file_is_still_shown_masked_and_sent_as_on_file(k: FlowDriver) -> None:
    k.sign_in_with_card(claimant_for(mobile=None, full_mobile="13904331234"))
    k.open_eligibility()
    k.send(ev.StartApplication())
    assert _apply_view(k).masked_mobile_on_file == "139****1234"
    k.send(ev.UseMobileOnFile())
    k.send(ev.ConfirmPaymentAccount())
    k.send(ev.AcceptCommitment())
    assert _apply_view(k).mobile_entered == "139****1234"
    assert "13904331234" not in repr(k.view)
    k.send(ev.SubmitApplication())
    assert k.effect(Submit).request.mobile is MOBILE_ON_FILE


def test_changing_the_mind_after_choosing_the_number_on_file(k: FlowDriver) -> None:
    _at_review(k)
    for _ in range(3):
        k.send(ev.GoBack())
    assert _at_step(k) is ApplyStep.MOBILE
    k.send(ev.MobileEntered("13812345678"))
    assert isinstance(k.screen, Applying) and k.screen.draft.mobile == MobileNumber("13812345678")


def test_offline_claimant_from_the_card_has_no_number_on_file(k: FlowDriver) -> None:
    k.insert_card(card_for())
    k.send(ev.PinEntered("123456"))
    k.card_logged_in_offline()
    k.send(ev.ConfirmIdentity())
    k.send(ev.ChooseApply())
    k.answer(ev.EligibilityUnavailable, fault=ServiceFault.UNREACHABLE)
    k.send(ev.StartApplication())
    view = _apply_view(k)
    assert view.masked_mobile_on_file is None and k.view.actions == {Action.ENTER_MOBILE}
    assert not k.send(ev.UseMobileOnFile()).accepted


def test_claimant_on_file_properties() -> None:
    none = claimant_for(mobile=None)
    assert not none.has_mobile_on_file and none.masked_mobile_on_file is None
    masked: Claimant = claimant_for(mobile="138****5678")
    assert masked.has_mobile_on_file and masked.masked_mobile_on_file == "138****5678"
