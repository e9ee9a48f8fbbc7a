"""The claimant's own details the kiosk may change (issue 13 §2): the mobile number, proven by
a code sent to the new number, and the payment account, chosen among accounts the agency holds.

Accounts reach the kiosk masked (bank name and last four digits) with the agency's id; the kiosk
sends back only that id, so no account or card number is ever typed or held here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from kiosk.domain.claimant import AccountKind


@dataclass(frozen=True)
class AccountOnFile:
    """One account the agency holds for the claimant, as the kiosk may show it.

    `default`: the social security card's financial account, which the agency proposes first
    (notice §5, 社银); `in_use`: the account payments go to now.
    """

    account_id: int
    kind: AccountKind
    bank_name: str = ""
    last_digits: str = field(default="", repr=False)
    default: bool = False
    in_use: bool = False


class MobileChangeFault(StrEnum):
    """Why a new mobile number could not be proven or put on file; none carries personal data."""

    UNREACHABLE = "mobile_change.unreachable"  # no network: changing the number needs the agency
    SAME_NUMBER = "mobile_change.same_number"  # the number typed is already the one on file
    TOO_MANY_CODES = "mobile_change.too_many_codes"  # the person's code limit (shared with logins)
    EXPIRED = "mobile_change.expired"  # no valid code: expired, replaced or used up by wrong tries
    REFUSED = "mobile_change.refused"  # any other considered "no" from the agency


@dataclass(frozen=True)
class MobileChangeDone:
    """The agency put the new number on file and texted the old one about it."""

    masked_mobile: str
    old_number_told: bool


@dataclass(frozen=True)
class MobileCodeWrong:
    """A wrong code (or one sent to another number); at zero tries left it is used up."""

    tries_left: int


MobileChangeVerdict = MobileChangeDone | MobileCodeWrong | MobileChangeFault
