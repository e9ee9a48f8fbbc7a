"""The account the benefit is paid into (issue 13 §2; notice §5, 社银).

The agency lists the accounts it holds, masked (bank name and last four digits), the social
security card's financial account first and marked as the default. The claimant taps one and
confirms; the kiosk sends back only the agency's id of it. No bank card number is typed at the
kiosk, ever: a claimant with no account on file is told where one is added (a service counter,
or the bank that issued the card). A choice applies from the next payment the agency sends; one
already sent to the bank is not moved.

The application's payment step uses the same list when the agency has several accounts
(`enter_apply_step`, `on_apply_step`); with one account, or offline, it keeps the single
"pay into this account" confirmation.
"""

from __future__ import annotations

from dataclasses import replace

from contract.masking import mask_account_tail
from kiosk.domain.claimant import CardOfflineLogin, Claimant, LoginProof, PaymentAccount
from kiosk.domain.details import AccountOnFile
from kiosk.domain.faults import ServiceFault
from kiosk.flow.details_types import (
    AccountChoice,
    AccountChosen,
    ChoosePaymentAccount,
    ChoosingAccount,
    LoadingAccounts,
    LoadPaymentAccounts,
    PaymentAccountChosen,
    PaymentAccountNotChosen,
    PaymentAccountsLoaded,
    PaymentAccountsUnavailable,
    SelectPaymentAccount,
)
from kiosk.flow.details_views import AccountChoiceView, AccountChosenView, PaymentAccountsView
from kiosk.flow.events import ConfirmPaymentAccount, Event, Retry
from kiosk.flow.menu import back_to_menu
from kiosk.flow.messages import Msg
from kiosk.flow.settings import FlowSettings, Moment
from kiosk.flow.states import Applying, ApplyStep, Draft, Session
from kiosk.flow.step import Step, moved
from kiosk.flow.view_models import Action, BusyView, ScreenView

AccountScreen = LoadingAccounts | ChoosingAccount | AccountChosen

_UNAVAILABLE = {
    ServiceFault.UNREACHABLE: Msg.PAYMENT_ACCOUNT_NEEDS_NETWORK,
    ServiceFault.REFUSED: Msg.PAYMENT_ACCOUNT_UNAVAILABLE,
}


def _who(session: Session) -> tuple[Claimant, LoginProof] | None:
    personal = session.personal
    if personal is None or personal.claimant is None or personal.login is None:
        return None
    return personal.claimant, personal.login


def _load(session: Session) -> Step | None:
    who = _who(session)
    if who is None:
        return None
    ticket, issued = session.issue_ticket()
    effect = LoadPaymentAccounts(ticket=ticket, ssn=who[0].ssn, login=who[1])
    return moved(issued.showing(LoadingAccounts()), effect)


def start(session: Session, now: Moment, settings: FlowSettings) -> Step | None:
    """The menu's starter: read the accounts on file (an offline card session reads as no
    network at once, in the agency port)."""
    return _load(session)


def _in_use_now(session: Session, account: AccountOnFile) -> Session:
    """The claimant record this visit shows (the application's review) names the new account."""
    personal = session.personal
    if personal is None or personal.claimant is None:
        return session
    paid_into = PaymentAccount(account.kind, account.bank_name, account.last_digits)
    claimant = replace(personal.claimant, payment_account=paid_into)
    return replace(session, personal=replace(personal, claimant=claimant))


def _find(accounts: tuple[AccountOnFile, ...], account_id: int | None) -> AccountOnFile | None:
    return next((a for a in accounts if a.account_id == account_id), None)


def _save(session: Session, account_id: int) -> tuple[Session, ChoosePaymentAccount] | None:
    who = _who(session)
    if who is None:
        return None
    ticket, issued = session.issue_ticket()
    return issued, ChoosePaymentAccount(
        ticket=ticket, ssn=who[0].ssn, login=who[1], account_id=account_id
    )


def on_event(session: Session, screen: AccountScreen, event: Event) -> Step | None:
    if isinstance(screen, LoadingAccounts):
        if isinstance(event, PaymentAccountsLoaded):
            return moved(session.settled(ChoosingAccount(event.accounts)))
        if isinstance(event, PaymentAccountsUnavailable):
            return moved(session.settled(ChoosingAccount((), unavailable=event.fault)))
        return None
    if isinstance(screen, ChoosingAccount):
        return _on_choosing(session, screen, event)
    return None


def _on_choosing(session: Session, screen: ChoosingAccount, event: Event) -> Step | None:
    if isinstance(event, Retry) and screen.unavailable is not None:
        return _load(session)
    if screen.saving:
        if isinstance(event, PaymentAccountChosen):
            chosen = _find(event.accounts, screen.selected)
            if chosen is None:  # the agency's list no longer has it: show the list as it is
                return moved(session.settled(ChoosingAccount(event.accounts)))
            after = _in_use_now(session, chosen)
            return moved(after.settled(AccountChosen(chosen, unchanged=False)))
        if isinstance(event, PaymentAccountNotChosen):
            return moved(session.settled(replace(screen, saving=False, problem=event.fault)))
        return None
    if isinstance(event, SelectPaymentAccount):
        if _find(screen.accounts, event.account_id) is None:
            return None
        return moved(session.showing(replace(screen, selected=event.account_id, problem=None)))
    if isinstance(event, ConfirmPaymentAccount):
        selected = _find(screen.accounts, screen.selected)
        if selected is None:
            return None
        if selected.in_use:  # nothing to change: say so, ask the agency nothing
            return moved(session.settled(AccountChosen(selected, unchanged=True)))
        saved = _save(session, selected.account_id)
        if saved is None:
            return None
        issued, effect = saved
        return moved(issued.showing(replace(screen, saving=True, problem=None)), effect)
    return None


def go_back(session: Session, screen: AccountScreen) -> Step | None:
    """From "pay into this account?" back to the list; otherwise back to the menu. Not while a
    choice is being saved: the claimant must see whether it was."""
    if isinstance(screen, ChoosingAccount):
        if screen.saving:
            return None
        if screen.selected is not None:
            return moved(session.showing(replace(screen, selected=None, problem=None)))
    return back_to_menu(session)


def can_go_back(screen: AccountScreen) -> bool:
    return not (isinstance(screen, ChoosingAccount) and screen.saving)


# --- views --------------------------------------------------------------------------------


def choice_view(account: AccountOnFile) -> AccountChoiceView:
    return AccountChoiceView(
        account_id=account.account_id,
        kind=account.kind,
        bank_name=account.bank_name,
        masked_number=mask_account_tail(account.last_digits) if account.last_digits else None,
        default=account.default,
        in_use=account.in_use,
    )


def present(session: Session, screen: AccountScreen) -> tuple[ScreenView, frozenset[Action]]:
    none: frozenset[Action] = frozenset()
    if isinstance(screen, LoadingAccounts):
        return BusyView(Msg.PAYMENT_ACCOUNT_LOADING), none
    if isinstance(screen, AccountChosen):
        message = Msg.PAYMENT_ACCOUNT_UNCHANGED if screen.unchanged else Msg.PAYMENT_ACCOUNT_DONE
        view = AccountChosenView(
            message, choice_view(screen.account), Msg.PAYMENT_ACCOUNT_APPLIES_FROM
        )
        return view, none
    choices = tuple(choice_view(account) for account in screen.accounts)
    selected = _find(screen.accounts, screen.selected)
    if screen.unavailable is not None:
        message = _UNAVAILABLE[screen.unavailable]
    elif not screen.accounts:
        message = Msg.PAYMENT_ACCOUNT_NONE
    elif screen.saving:
        message = Msg.PAYMENT_ACCOUNT_SAVING
    elif selected is not None:
        message = Msg.PAYMENT_ACCOUNT_CONFIRM
    else:
        message = Msg.PAYMENT_ACCOUNT_CHOOSE
    accounts_view = PaymentAccountsView(
        message=message,
        accounts=choices,
        selected=choice_view(selected) if selected is not None else None,
        problem=Msg.PAYMENT_ACCOUNT_NOT_SAVED if screen.problem is not None else None,
        where_to_add=(
            Msg.PAYMENT_ACCOUNT_WHERE_TO_ADD
            if screen.unavailable is None and not screen.accounts
            else None
        ),
        applies_from=Msg.PAYMENT_ACCOUNT_APPLIES_FROM if selected is not None else None,
    )
    if screen.unavailable is not None:
        return accounts_view, frozenset({Action.RETRY})
    if screen.saving or not screen.accounts:
        return accounts_view, none
    if selected is not None:
        return accounts_view, frozenset({Action.CONFIRM_PAYMENT_ACCOUNT})
    return accounts_view, frozenset({Action.CHOOSE_PAYMENT_ACCOUNT})


# --- the application's payment step --------------------------------------------------------


def enter_apply_step(session: Session, draft: Draft) -> Step:
    """The payment step. With a login the agency can check, the accounts on file are read
    while the account from the claimant's record is already shown and may be confirmed: one
    account (or no answer) keeps the single confirmation; several offer a choice."""
    step = Applying(draft=draft, step=ApplyStep.PAYMENT_ACCOUNT)
    who = _who(session)
    if who is None or isinstance(who[1], CardOfflineLogin):
        return moved(session.settled(step))
    ticket, issued = session.issue_ticket()
    effect = LoadPaymentAccounts(ticket=ticket, ssn=who[0].ssn, login=who[1])
    return moved(issued.showing(step), effect)


def _proposed(accounts: tuple[AccountOnFile, ...]) -> int:
    """The card's financial account where the agency has it (notice §5), else the one in use."""
    default = next((a for a in accounts if a.default), None)
    in_use = next((a for a in accounts if a.in_use), None)
    return (default or in_use or accounts[0]).account_id


def _confirmed(session: Session, screen: Applying) -> Step:
    draft = replace(screen.draft, payment_confirmed=True)
    return moved(session.settled(Applying(draft=draft, step=ApplyStep.COMMITMENT)))


def on_apply_step(session: Session, screen: Applying, event: Event) -> Step | None:
    """The payment step's own events when the agency's list is involved; None leaves the
    event to the single-account rules (kiosk/flow/submission.py)."""
    if screen.step is not ApplyStep.PAYMENT_ACCOUNT:
        return None
    choice = screen.accounts
    if isinstance(event, PaymentAccountsLoaded):
        if len(event.accounts) < 2:
            return moved(session.settled(screen))
        offered = AccountChoice(event.accounts, chosen=_proposed(event.accounts))
        return moved(session.settled(replace(screen, accounts=offered)))
    if isinstance(event, PaymentAccountsUnavailable):
        return moved(session.settled(screen))  # the account on the record stays the offer
    if choice is None:
        return None
    if choice.saving:
        if isinstance(event, PaymentAccountChosen):
            chosen = _find(event.accounts, choice.chosen)
            after = _in_use_now(session, chosen) if chosen is not None else session
            return _confirmed(after, screen)
        if isinstance(event, PaymentAccountNotChosen):
            failed = replace(choice, saving=False, problem=event.fault)
            return moved(session.settled(replace(screen, accounts=failed)))
        return None
    if isinstance(event, SelectPaymentAccount):
        if _find(choice.accounts, event.account_id) is None:
            return None
        picked = replace(choice, chosen=event.account_id, problem=None)
        return moved(session.showing(replace(screen, accounts=picked)))
    if isinstance(event, ConfirmPaymentAccount):
        chosen = _find(choice.accounts, choice.chosen)
        if chosen is None:
            return None
        if chosen.in_use:
            return _confirmed(_in_use_now(session, chosen), screen)
        saved = _save(session, chosen.account_id)
        if saved is None:
            return None
        issued, effect = saved
        saving = replace(screen, accounts=replace(choice, saving=True, problem=None))
        return moved(issued.showing(saving), effect)
    return None


def apply_step_actions(screen: Applying) -> frozenset[Action] | None:
    """The payment step's buttons while a choice is offered; None: the single-account rules."""
    choice = screen.accounts
    if screen.step is not ApplyStep.PAYMENT_ACCOUNT or choice is None:
        return None
    if choice.saving:
        return frozenset()
    return frozenset({Action.CHOOSE_PAYMENT_ACCOUNT, Action.CONFIRM_PAYMENT_ACCOUNT})


def apply_step_choices(screen: Applying) -> tuple[tuple[AccountChoiceView, ...], int | None]:
    """The accounts the payment step lists, and the one proposed or tapped."""
    choice = screen.accounts
    if screen.step is not ApplyStep.PAYMENT_ACCOUNT or choice is None:
        return (), None
    return tuple(choice_view(account) for account in choice.accounts), choice.chosen


def apply_step_message(screen: Applying) -> tuple[Msg, Msg | None] | None:
    """(heading, problem) while a choice is offered; None: the single-account words."""
    choice = screen.accounts
    if screen.step is not ApplyStep.PAYMENT_ACCOUNT or choice is None:
        return None
    heading = Msg.PAYMENT_ACCOUNT_SAVING if choice.saving else Msg.APPLY_CHOOSE_PAYMENT_ACCOUNT
    problem = Msg.PAYMENT_ACCOUNT_NOT_SAVED if choice.problem is not None else None
    return heading, problem
