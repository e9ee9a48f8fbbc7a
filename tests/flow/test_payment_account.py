"""The payment account (issue 13 §2; notice §5): the accounts on file listed masked with the
social security card's financial account as the default, chosen by a tap and confirmed, with
the payment it applies from; no account on file says where one is added; and the application's
payment step offers the same choice when the agency holds several accounts."""

from __future__ import annotations

from kiosk.domain.claimant import AccountKind, PaymentAccount
from kiosk.domain.details import AccountOnFile
from kiosk.domain.faults import ServiceFault
from kiosk.flow import events as ev
from kiosk.flow.details_types import (
    AccountChosen,
    ChoosePaymentAccount,
    ChoosingAccount,
    LoadPaymentAccounts,
    PaymentAccountChosen,
    PaymentAccountNotChosen,
    PaymentAccountsLoaded,
    PaymentAccountsUnavailable,
    SelectPaymentAccount,
)
from kiosk.flow.details_views import AccountChosenView, PaymentAccountsView
from kiosk.flow.messages import Msg
from kiosk.flow.states import Applying, ApplyStep, ChoosingService, Service
from kiosk.flow.view_models import Action, ApplyView, BusyView
from tests.flow.flow_kit import FlowDriver

CARD = AccountOnFile(7, AccountKind.SOCIAL_SECURITY_CARD, "", "", default=True, in_use=True)
BANK = AccountOnFile(9, AccountKind.BANK_ACCOUNT, "中国建设银行", "5678")
BANK_IN_USE = AccountOnFile(9, AccountKind.BANK_ACCOUNT, "中国建设银行", "5678", in_use=True)
CARD_AFTER = AccountOnFile(7, AccountKind.SOCIAL_SECURITY_CARD, "", "", default=True)


def _open(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.send(ev.ChooseMoreServices())
    k.send(ev.ChooseService(Service.PAYMENT_ACCOUNT))


def _accounts_view(k: FlowDriver) -> PaymentAccountsView:
    view = k.view.screen
    assert isinstance(view, PaymentAccountsView)
    return view


def test_the_accounts_on_file_are_listed_masked_the_card_account_as_default(
    k: FlowDriver,
) -> None:
    _open(k)
    k.effect(LoadPaymentAccounts)
    assert isinstance(k.view.screen, BusyView)
    k.answer(PaymentAccountsLoaded, accounts=(CARD, BANK))
    view = _accounts_view(k)
    assert view.message is Msg.PAYMENT_ACCOUNT_CHOOSE and view.selected is None
    card, bank = view.accounts
    assert (card.kind, card.default, card.in_use, card.masked_number) == (
        AccountKind.SOCIAL_SECURITY_CARD,
        True,
        True,
        None,
    )
    assert (bank.bank_name, bank.masked_number, bank.default) == ("中国建设银行", "****5678", False)
    assert k.view.actions == {Action.CHOOSE_PAYMENT_ACCOUNT}


def test_choosing_another_account_is_confirmed_then_saved_and_says_when_it_applies(
    k: FlowDriver,
) -> None:
    _open(k)
    k.answer(PaymentAccountsLoaded, accounts=(CARD, BANK))
    assert k.send(SelectPaymentAccount(9)).effects == ()
    view = _accounts_view(k)
    assert view.message is Msg.PAYMENT_ACCOUNT_CONFIRM
    assert view.selected is not None and view.selected.account_id == 9
    assert view.applies_from is Msg.PAYMENT_ACCOUNT_APPLIES_FROM
    assert k.view.actions == {Action.CONFIRM_PAYMENT_ACCOUNT}
    k.send(ev.ConfirmPaymentAccount())
    assert k.effect(ChoosePaymentAccount).account_id == 9
    assert _accounts_view(k).message is Msg.PAYMENT_ACCOUNT_SAVING
    assert k.view.actions == frozenset() and not k.view.chrome.can_go_back
    k.answer(PaymentAccountChosen, accounts=(CARD_AFTER, BANK_IN_USE))
    done = k.view.screen
    assert isinstance(done, AccountChosenView)
    assert (done.message, done.account.masked_number, done.applies_from) == (
        Msg.PAYMENT_ACCOUNT_DONE,
        "****5678",
        Msg.PAYMENT_ACCOUNT_APPLIES_FROM,
    )
    # What the rest of the visit shows (an application's review) is the new account.
    assert k.session.personal is not None and k.session.personal.claimant is not None
    paid_into = k.session.personal.claimant.payment_account
    assert paid_into == PaymentAccount(AccountKind.BANK_ACCOUNT, "中国建设银行", "5678")


def test_the_account_already_in_use_changes_nothing_and_asks_the_agency_nothing(
    k: FlowDriver,
) -> None:
    _open(k)
    k.answer(PaymentAccountsLoaded, accounts=(CARD, BANK))
    k.send(SelectPaymentAccount(7))
    step = k.send(ev.ConfirmPaymentAccount())
    assert step.effects == () and isinstance(k.screen, AccountChosen)
    assert k.view.screen.message is Msg.PAYMENT_ACCOUNT_UNCHANGED


def test_an_unknown_account_id_cannot_be_chosen(k: FlowDriver) -> None:
    _open(k)
    k.answer(PaymentAccountsLoaded, accounts=(CARD, BANK))
    assert not k.send(SelectPaymentAccount(12345)).accepted


def test_a_choice_that_could_not_be_saved_says_so_and_may_be_tried_again(k: FlowDriver) -> None:
    _open(k)
    k.answer(PaymentAccountsLoaded, accounts=(CARD, BANK))
    k.send(SelectPaymentAccount(9))
    k.send(ev.ConfirmPaymentAccount())
    k.answer(PaymentAccountNotChosen, fault=ServiceFault.UNREACHABLE)
    view = _accounts_view(k)
    assert view.problem is Msg.PAYMENT_ACCOUNT_NOT_SAVED and view.selected is not None
    assert k.view.actions == {Action.CONFIRM_PAYMENT_ACCOUNT}
    k.send(ev.ConfirmPaymentAccount())
    assert k.effect(ChoosePaymentAccount).account_id == 9


def test_no_account_on_file_says_where_one_is_added(k: FlowDriver) -> None:
    _open(k)
    k.answer(PaymentAccountsLoaded, accounts=())
    view = _accounts_view(k)
    assert (view.message, view.where_to_add) == (
        Msg.PAYMENT_ACCOUNT_NONE,
        Msg.PAYMENT_ACCOUNT_WHERE_TO_ADD,
    )
    assert k.view.actions == frozenset()


def test_without_the_network_it_says_so_and_offers_to_try_again(k: FlowDriver) -> None:
    _open(k)
    k.answer(PaymentAccountsUnavailable, fault=ServiceFault.UNREACHABLE)
    view = _accounts_view(k)
    assert view.message is Msg.PAYMENT_ACCOUNT_NEEDS_NETWORK and view.where_to_add is None
    assert k.view.actions == {Action.RETRY}
    k.send(ev.Retry())
    k.effect(LoadPaymentAccounts)


def test_back_from_the_confirmation_returns_to_the_list_then_the_menu(k: FlowDriver) -> None:
    _open(k)
    k.answer(PaymentAccountsLoaded, accounts=(CARD, BANK))
    k.send(SelectPaymentAccount(9))
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingAccount) and k.screen.selected is None
    k.send(ev.GoBack())
    assert isinstance(k.screen, ChoosingService)


# --- the application's payment step -------------------------------------------------------


def _to_payment_step(k: FlowDriver) -> None:
    k.sign_in_with_card()
    k.open_eligibility()
    k.send(ev.StartApplication())
    k.send(ev.UseMobileOnFile())


def _apply_view(k: FlowDriver) -> ApplyView:
    view = k.view.screen
    assert isinstance(view, ApplyView)
    return view


def test_several_accounts_in_the_application_propose_the_card_account(k: FlowDriver) -> None:
    _to_payment_step(k)
    k.effect(LoadPaymentAccounts)
    in_use_bank = (CARD_AFTER, BANK_IN_USE)  # the card's account is proposed even so
    k.answer(PaymentAccountsLoaded, accounts=in_use_bank)
    view = _apply_view(k)
    assert view.message is Msg.APPLY_CHOOSE_PAYMENT_ACCOUNT
    assert [a.account_id for a in view.accounts] == [7, 9] and view.chosen_account == 7
    assert k.view.actions == {Action.CHOOSE_PAYMENT_ACCOUNT, Action.CONFIRM_PAYMENT_ACCOUNT}
    k.send(ev.ConfirmPaymentAccount())
    assert k.effect(ChoosePaymentAccount).account_id == 7
    k.answer(PaymentAccountChosen, accounts=(CARD, BANK))
    assert isinstance(k.screen, Applying) and k.screen.step is ApplyStep.COMMITMENT
    assert k.screen.draft.payment_confirmed and k.session.awaiting is None
    k.send(ev.AcceptCommitment())
    review = _apply_view(k)
    assert review.payment_account is not None
    assert review.payment_account.kind is AccountKind.SOCIAL_SECURITY_CARD


def test_a_tapped_account_in_the_application_is_the_one_saved(k: FlowDriver) -> None:
    _to_payment_step(k)
    k.answer(PaymentAccountsLoaded, accounts=(CARD, BANK))
    k.send(SelectPaymentAccount(9))
    assert _apply_view(k).chosen_account == 9
    k.send(ev.ConfirmPaymentAccount())
    k.answer(PaymentAccountNotChosen, fault=ServiceFault.REFUSED)
    view = _apply_view(k)
    assert view.problem is Msg.PAYMENT_ACCOUNT_NOT_SAVED and view.step is ApplyStep.PAYMENT_ACCOUNT
    k.send(ev.ConfirmPaymentAccount())
    k.answer(PaymentAccountChosen, accounts=(CARD_AFTER, BANK_IN_USE))
    assert isinstance(k.screen, Applying) and k.screen.step is ApplyStep.COMMITMENT


def test_one_account_or_no_answer_keeps_the_single_confirmation(k: FlowDriver) -> None:
    _to_payment_step(k)
    k.answer(PaymentAccountsLoaded, accounts=(CARD,))
    view = _apply_view(k)
    assert view.accounts == () and view.message is Msg.APPLY_PAYMENT_ACCOUNT
    assert k.view.actions == {Action.CONFIRM_PAYMENT_ACCOUNT}
    k.send(ev.GoBack())
    k.send(ev.UseMobileOnFile())
    k.answer(PaymentAccountsUnavailable, fault=ServiceFault.UNREACHABLE)
    assert _apply_view(k).accounts == ()
    k.send(ev.ConfirmPaymentAccount())
    assert isinstance(k.screen, Applying) and k.screen.step is ApplyStep.COMMITMENT


def test_confirming_before_the_list_arrives_goes_on_and_the_late_list_is_ignored(
    k: FlowDriver,
) -> None:
    _to_payment_step(k)
    ticket = k.session.awaiting
    assert ticket is not None
    k.send(ev.ConfirmPaymentAccount())
    assert isinstance(k.screen, Applying) and k.screen.step is ApplyStep.COMMITMENT
    late = k.send(PaymentAccountsLoaded(ticket=ticket, accounts=(CARD, BANK)))
    assert not late.accepted


def test_an_offline_card_session_applies_with_the_card_account_without_asking(
    k: FlowDriver,
) -> None:
    k.insert_card()
    k.send(ev.PinEntered("123456"))
    k.card_logged_in_offline()
    k.send(ev.ConfirmIdentity())
    k.send(ev.ChooseApply())
    k.answer(ev.EligibilityUnavailable, fault=ServiceFault.UNREACHABLE)
    k.send(ev.StartApplication())
    step = k.send(ev.MobileEntered("13904331234"))
    assert step.effects == () and k.view.actions == {Action.CONFIRM_PAYMENT_ACCOUNT}
