"""Reported changes and withdrawals over the signed AgencyClient (docs/api.md, "Claimant
changes"), for the flow's AgencyPort (kiosk/adapters/agency.py delegates here).

Every error code the agency can answer maps to its own fault, so the claimant reads what
happened and what to do: the network or the kiosk itself (a technician's business) reads as
"needs the network"; a claimant login the agency no longer accepts as "sign in again"; each
considered "no" as itself. Nothing here logs the ID number or the login.
"""

from __future__ import annotations

import logging
from datetime import date

from contract.errors import CLAIMANT_LOGIN, ErrorCode
from kiosk.api import AgencyClient
from kiosk.api.errors import AgencyError, AgencyUnavailable, AuthenticationFailed, LoginRejected
from kiosk.api.login import ClaimantLogin
from kiosk.api.models import ChangeReceipt, WithdrawalReceipt
from kiosk.domain.changes import (
    ChangeEffect,
    ChangeFault,
    ChangeKind,
    ChangeRecord,
    Withdrawal,
    WithdrawFault,
)
from kiosk.domain.claims import ClaimKind
from kiosk.domain.money import Money

log = logging.getLogger(__name__)

_CHANGE_REFUSALS: dict[str, ChangeFault] = {
    ErrorCode.NO_CLAIM_TO_CHANGE: ChangeFault.NO_CLAIM,
    ErrorCode.CHANGE_DATE_IN_FUTURE: ChangeFault.DATE_IN_FUTURE,
    ErrorCode.CHANGE_KIND_COUNTER_ONLY: ChangeFault.COUNTER_ONLY,
}


def _is_kiosk_problem(error: AgencyError) -> bool:
    """As agency.is_kiosk_problem (which imports this module): unreachable, or the agency
    refusing the kiosk itself, which a technician fixes."""
    return isinstance(error, AgencyUnavailable | AuthenticationFailed)


def _login_refused(error: AgencyError) -> bool:
    return isinstance(error, LoginRejected) or error.code in CLAIMANT_LOGIN


def report_change(
    client: AgencyClient,
    ssn: str,
    login: ClaimantLogin,
    kind: ChangeKind,
    effective_date: date,
    client_reference: str,
) -> ChangeRecord | ChangeFault:
    try:
        receipt = client.report_change(
            ssn,
            login,
            client_reference=client_reference,
            kind=kind.value,
            effective_date=effective_date,
        )
    except AgencyError as error:
        return change_fault(error)
    return change_record(receipt)


def change_fault(error: AgencyError) -> ChangeFault:
    if _is_kiosk_problem(error):
        log.warning("agency unreachable for a change report: %s", error.code)
        return ChangeFault.UNREACHABLE
    log.info("agency refused a change report: %s", error.code)
    if _login_refused(error):
        return ChangeFault.SIGN_IN_AGAIN
    return _CHANGE_REFUSALS.get(error.code, ChangeFault.REFUSED)


def change_record(receipt: ChangeReceipt) -> ChangeRecord | ChangeFault:
    try:
        kind, effect = ChangeKind(receipt.kind), ChangeEffect(receipt.effect)
    except ValueError:
        log.warning("agency answered a change with an unknown kind or effect")
        return ChangeFault.REFUSED
    return ChangeRecord(
        reference=receipt.reference,
        kind=kind,
        effective_date=receipt.effective_date,
        effect=effect,
        claim_reference=receipt.claim_reference,
        stops_from=receipt.stops_from,
        overpaid=Money(receipt.overpaid_fen),
        overpaid_months=receipt.overpaid_months,
    )


def withdraw(
    client: AgencyClient, reference: str, ssn: str, login: ClaimantLogin
) -> Withdrawal | WithdrawFault:
    try:
        receipt = client.withdraw_claim(reference, ssn, login)
    except AgencyError as error:
        return withdraw_fault(error)
    return withdrawal(receipt)


def withdraw_fault(error: AgencyError) -> WithdrawFault:
    if _is_kiosk_problem(error):
        log.warning("agency unreachable for a withdrawal: %s", error.code)
        return WithdrawFault.UNREACHABLE
    log.info("agency refused a withdrawal: %s", error.code)
    if _login_refused(error):
        return WithdrawFault.SIGN_IN_AGAIN
    if error.code == ErrorCode.CLAIM_NOT_WITHDRAWABLE:
        # A retry after a lost answer finds its own withdrawal done: say so, not "decided".
        if error.details.get("state") == "withdrawn":
            return WithdrawFault.ALREADY_WITHDRAWN
        return WithdrawFault.ALREADY_DECIDED
    if error.status == 404:
        return WithdrawFault.NOT_FOUND
    return WithdrawFault.REFUSED


def withdrawal(receipt: WithdrawalReceipt) -> Withdrawal:
    kind = ClaimKind.TRAINING_SUBSIDY if receipt.kind == "training_subsidy" else ClaimKind.CLAIM
    return Withdrawal(
        reference=receipt.reference,
        kind=kind,
        withdrawn_on=receipt.withdrawn_at.astimezone().date(),
        verification_code=receipt.verification_code,
    )
