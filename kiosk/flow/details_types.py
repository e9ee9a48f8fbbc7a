"""The screens, events and effects of the two "my details" services (issue 13 §2): a new
mobile number, and the payment account. Kept in one module of plain values that imports only the
domain, so the flow's shared unions (states.Screen, events.Intent / ServiceResult,
effects.Effect) can name them without an import cycle; the rules live in update_mobile.py and
payment_account.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.domain.claimant import LoginProof
from kiosk.domain.details import AccountOnFile, MobileChangeFault
from kiosk.domain.faults import ServiceFault
from kiosk.domain.identity import IdNumber, MobileNumber, MobileProblem

# --- screens: a new mobile number ---------------------------------------------------------


@dataclass(frozen=True)
class EnteringNewMobile:
    """The number on file (masked) and a keypad for the new one; a typing mistake or the
    agency's reason the last try failed is shown beside the keys. `needs_network`: a card
    session that began offline, which the agency cannot serve: the keypad stays off."""

    problem: MobileProblem | MobileChangeFault | None = None
    needs_network: bool = False


@dataclass(frozen=True)
class SendingMobileCode:
    new_mobile: MobileNumber = field(repr=False)


class MobileCodeProblem(StrEnum):
    WRONG = "wrong"  # tries left
    INCOMPLETE = "incomplete"  # not all the digits: no agency call, no try used
    USED_UP = "used_up"  # the last try was wrong: a new code is needed
    EXPIRED = "expired"  # too old, or replaced by a newer one
    NEEDS_NETWORK = "needs_network"
    REFUSED = "refused"


@dataclass(frozen=True)
class EnteringMobileCode:
    new_mobile: MobileNumber = field(repr=False)
    masked_new: str
    tries_left: int | None = None
    problem: MobileCodeProblem | None = None
    checking: bool = False


@dataclass(frozen=True)
class MobileUpdated:
    masked_new: str
    old_number_told: bool


# --- screens: the payment account --------------------------------------------------------


@dataclass(frozen=True)
class LoadingAccounts:
    pass


@dataclass(frozen=True)
class ChoosingAccount:
    """The accounts on file; `selected` is the one tapped, waiting for "yes, this one"."""

    accounts: tuple[AccountOnFile, ...]
    selected: int | None = None
    unavailable: ServiceFault | None = None  # the list could not be read
    problem: ServiceFault | None = None  # the choice could not be saved
    saving: bool = False


@dataclass(frozen=True)
class AccountChosen:
    account: AccountOnFile
    unchanged: bool  # it was already the account in use: nothing was changed


@dataclass(frozen=True)
class AccountChoice:
    """The application's payment step when the agency holds several accounts: the list, the
    one proposed or tapped (the card's financial account first), and the saving of a change."""

    accounts: tuple[AccountOnFile, ...]
    chosen: int
    problem: ServiceFault | None = None  # a change could not be saved
    saving: bool = False


DetailsScreen = (
    EnteringNewMobile
    | SendingMobileCode
    | EnteringMobileCode
    | MobileUpdated
    | LoadingAccounts
    | ChoosingAccount
    | AccountChosen
)
DETAILS_SCREENS = (
    EnteringNewMobile,
    SendingMobileCode,
    EnteringMobileCode,
    MobileUpdated,
    LoadingAccounts,
    ChoosingAccount,
    AccountChosen,
)

# --- intents --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SelectPaymentAccount:
    """The claimant tapped one of the accounts listed (by the agency's id, never a number)."""

    account_id: int


# --- effects --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestMobileCode:
    """Text a code to the new number. Answers MobileCodeSent or MobileCodeFailed."""

    ticket: int
    ssn: IdNumber
    login: LoginProof
    new_mobile: MobileNumber = field(repr=False)


@dataclass(frozen=True)
class ChangeMobile:
    """The code the claimant typed, for the new number. Answers MobileChanged,
    MobileCodeRejected or MobileChangeFailed."""

    ticket: int
    ssn: IdNumber
    login: LoginProof
    new_mobile: MobileNumber = field(repr=False)
    code: str = field(repr=False)


@dataclass(frozen=True)
class LoadPaymentAccounts:
    """Answers PaymentAccountsLoaded or PaymentAccountsUnavailable."""

    ticket: int
    ssn: IdNumber
    login: LoginProof


@dataclass(frozen=True)
class ChoosePaymentAccount:
    """Answers PaymentAccountChosen or PaymentAccountNotChosen."""

    ticket: int
    ssn: IdNumber
    login: LoginProof
    account_id: int


DetailsEffect = RequestMobileCode | ChangeMobile | LoadPaymentAccounts | ChoosePaymentAccount

# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class MobileCodeSent:
    ticket: int
    masked_mobile: str


@dataclass(frozen=True)
class MobileCodeFailed:
    ticket: int
    fault: MobileChangeFault


@dataclass(frozen=True)
class MobileChanged:
    ticket: int
    masked_mobile: str
    old_number_told: bool


@dataclass(frozen=True)
class MobileCodeRejected:
    ticket: int
    tries_left: int


@dataclass(frozen=True)
class MobileChangeFailed:
    ticket: int
    fault: MobileChangeFault


@dataclass(frozen=True)
class PaymentAccountsLoaded:
    ticket: int
    accounts: tuple[AccountOnFile, ...]


@dataclass(frozen=True)
class PaymentAccountsUnavailable:
    ticket: int
    fault: ServiceFault


@dataclass(frozen=True)
class PaymentAccountChosen:
    ticket: int
    accounts: tuple[AccountOnFile, ...]


@dataclass(frozen=True)
class PaymentAccountNotChosen:
    ticket: int
    fault: ServiceFault


DetailsResult = (
    MobileCodeSent
    | MobileCodeFailed
    | MobileChanged
    | MobileCodeRejected
    | MobileChangeFailed
    | PaymentAccountsLoaded
    | PaymentAccountsUnavailable
    | PaymentAccountChosen
    | PaymentAccountNotChosen
)
