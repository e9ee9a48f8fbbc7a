"""The two "my details" services in one place for the shared dispatchers (machine, navigation,
presenter, menu): a new mobile number (update_mobile.py) and the payment account
(payment_account.py). Each shared module needs one line for both."""

from __future__ import annotations

from kiosk.domain.details import MobileChangeFault
from kiosk.flow import payment_account, update_mobile
from kiosk.flow.details_types import (
    DETAILS_SCREENS,
    AccountChosen,
    ChoosingAccount,
    DetailsScreen,
    LoadingAccounts,
    MobileChanged,
    MobileCodeRejected,
    MobileCodeSent,
    PaymentAccountChosen,
    PaymentAccountsLoaded,
)
from kiosk.flow.events import Event
from kiosk.flow.settings import FlowSettings
from kiosk.flow.states import Session
from kiosk.flow.step import Step
from kiosk.flow.view_models import Action, ScreenView

__all__ = [
    "DETAILS_ANSWERS",
    "DETAILS_SCREENS",
    "DETAILS_UNREACHABLE",
    "details_can_go_back",
    "details_go_back",
    "on_details_event",
    "present_details",
]

#: Answers that prove the agency was reached (machine._AGENCY_ANSWERS).
DETAILS_ANSWERS = (
    MobileCodeSent,
    MobileChanged,
    MobileCodeRejected,
    PaymentAccountsLoaded,
    PaymentAccountChosen,
)
#: Faults that mean the network is down (machine._UNREACHABLE).
DETAILS_UNREACHABLE = (MobileChangeFault.UNREACHABLE,)

_ACCOUNT_SCREENS = (LoadingAccounts, ChoosingAccount, AccountChosen)


def on_details_event(
    session: Session, screen: DetailsScreen, event: Event, settings: FlowSettings
) -> Step | None:
    if isinstance(screen, _ACCOUNT_SCREENS):
        return payment_account.on_event(session, screen, event)
    return update_mobile.on_event(session, screen, event, settings)


def details_can_go_back(screen: DetailsScreen) -> bool:
    if isinstance(screen, _ACCOUNT_SCREENS):
        return payment_account.can_go_back(screen)
    return update_mobile.can_go_back(screen)


def details_go_back(session: Session, screen: DetailsScreen) -> Step | None:
    if isinstance(screen, _ACCOUNT_SCREENS):
        return payment_account.go_back(session, screen)
    return update_mobile.go_back(session, screen)


def present_details(
    session: Session, screen: DetailsScreen, settings: FlowSettings
) -> tuple[ScreenView, frozenset[Action]]:
    if isinstance(screen, _ACCOUNT_SCREENS):
        return payment_account.present(session, screen)
    return update_mobile.present(session, screen, settings)
