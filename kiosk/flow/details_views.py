"""What the "my details" screens show (issue 13 §2): plain frozen values, masked.

Only data here (the flow's message keys and domain enums), so kiosk/flow/view_models.py can add
these to its ScreenView union; they are built in update_mobile.py and payment_account.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.claimant import AccountKind
from kiosk.flow.messages import Msg


@dataclass(frozen=True)
class NewMobileView:
    message: Msg
    masked_on_file: str | None  # None: no number on file
    problem: Msg | None
    keypad_enabled: bool


@dataclass(frozen=True)
class MobileCodeView:
    message: Msg
    masked_new: str  # where the code went: the NEW number, masked
    tries_left: int | None
    keypad_enabled: bool
    code_length: int


@dataclass(frozen=True)
class MobileUpdatedView:
    message: Msg
    masked_new: str
    old_number_told: bool


@dataclass(frozen=True)
class AccountChoiceView:
    """One account on file: bank name and last four digits, never more."""

    account_id: int
    kind: AccountKind
    bank_name: str
    masked_number: str | None  # ****1234
    default: bool  # the social security card's financial account, proposed first
    in_use: bool  # payments go here now


@dataclass(frozen=True)
class PaymentAccountsView:
    message: Msg
    accounts: tuple[AccountChoiceView, ...]
    selected: AccountChoiceView | None  # tapped, waiting for "yes, pay into this account"
    problem: Msg | None
    where_to_add: Msg | None  # no account on file: the counter or the bank adds one
    applies_from: Msg | None = None  # with `selected`: from which payment a change applies


@dataclass(frozen=True)
class AccountChosenView:
    message: Msg
    account: AccountChoiceView
    applies_from: Msg  # from which payment the choice applies


DetailsView = (
    NewMobileView | MobileCodeView | MobileUpdatedView | PaymentAccountsView | AccountChosenView
)
