"""The agency side of the "my details" services (issue 13 §2) for the flow's AgencyPort: a new
mobile number proven by a code to it, and the payment account chosen among accounts on file.

Faults come back as values, as in kiosk/adapters/agency.py: a network that is down (or a kiosk
the agency does not accept) reads as unreachable; each considered "no" has its own value so the
claimant is told what happened (a wrong code with tries left, an expired code, too many codes,
the same number again).
"""

from __future__ import annotations

import logging

from contract.errors import ErrorCode
from kiosk.api import AgencyClient, models
from kiosk.api.errors import AgencyError, AgencyUnavailable, AuthenticationFailed
from kiosk.api.login import ClaimantLogin
from kiosk.domain.claimant import AccountKind
from kiosk.domain.details import (
    AccountOnFile,
    MobileChangeDone,
    MobileChangeFault,
    MobileChangeVerdict,
    MobileCodeWrong,
)
from kiosk.domain.faults import ServiceFault
from kiosk.domain.identity import IdNumber, MobileNumber

log = logging.getLogger(__name__)


def is_kiosk_problem(error: AgencyError) -> bool:
    """The network, or a 401 about the kiosk itself: as kiosk/adapters/agency.py reads it."""
    return isinstance(error, AgencyUnavailable | AuthenticationFailed)


def service_fault(error: AgencyError, what: str) -> ServiceFault:
    if is_kiosk_problem(error):
        log.warning("agency unreachable for %s: %s", what, error.code)
        return ServiceFault.UNREACHABLE
    log.info("agency refused %s: %s", what, error.code)
    return ServiceFault.REFUSED


_KINDS = {"sscard": AccountKind.SOCIAL_SECURITY_CARD, "bank": AccountKind.BANK_ACCOUNT}


def _mobile_fault(error: AgencyError, what: str) -> MobileChangeFault:
    if is_kiosk_problem(error):
        log.warning("agency unreachable for %s: %s", what, error.code)
        return MobileChangeFault.UNREACHABLE
    log.info("agency refused %s: %s", what, error.code)
    if error.status == 429:
        return MobileChangeFault.TOO_MANY_CODES
    if error.code == ErrorCode.MOBILE_UNCHANGED:
        return MobileChangeFault.SAME_NUMBER
    if error.code == ErrorCode.MOBILE_CODE_EXPIRED:
        return MobileChangeFault.EXPIRED
    return MobileChangeFault.REFUSED


def request_mobile_code(
    client: AgencyClient, ssn: IdNumber, proof: ClaimantLogin, new_mobile: MobileNumber
) -> str | MobileChangeFault:
    try:
        return client.request_mobile_code(ssn.value, proof, new_mobile.value).masked_mobile
    except AgencyError as error:
        return _mobile_fault(error, "a code to a new mobile number")


def change_mobile(
    client: AgencyClient, ssn: IdNumber, proof: ClaimantLogin, new_mobile: MobileNumber, code: str
) -> MobileChangeVerdict:
    try:
        changed = client.change_mobile(ssn.value, proof, new_mobile.value, code)
    except AgencyError as error:
        if error.code == ErrorCode.MOBILE_CODE_WRONG and not is_kiosk_problem(error):
            tries = error.details.get("tries_left")
            return MobileCodeWrong(tries if isinstance(tries, int) else 0)
        return _mobile_fault(error, "a new mobile number")
    return MobileChangeDone(changed.masked_mobile, changed.old_number_notified)


def _digits_shown(masked: str) -> str:
    """The last digits a masked account shows (`****5678` → 5678; `sscard:****` → none)."""
    tail = masked.rsplit("*", 1)[-1]
    return "".join(ch for ch in tail if ch.isascii() and ch.isdigit())[-4:]


def account(answer: models.PaymentAccount) -> AccountOnFile:
    return AccountOnFile(
        account_id=answer.id,
        kind=_KINDS[answer.kind],
        bank_name=answer.bank_name,
        last_digits=_digits_shown(answer.masked_account),
        default=answer.default,
        in_use=answer.in_use,
    )


def payment_accounts(
    client: AgencyClient, ssn: IdNumber, proof: ClaimantLogin
) -> tuple[AccountOnFile, ...] | ServiceFault:
    try:
        return tuple(account(a) for a in client.payment_accounts(ssn.value, proof))
    except AgencyError as error:
        return service_fault(error, "the accounts on file")


def choose_payment_account(
    client: AgencyClient, ssn: IdNumber, proof: ClaimantLogin, account_id: int
) -> tuple[AccountOnFile, ...] | ServiceFault:
    try:
        chosen = client.choose_payment_account(ssn.value, proof, account_id)
    except AgencyError as error:
        return service_fault(error, "a payment account")
    return tuple(account(a) for a in chosen)
