"""Intents and results of reporting a change and withdrawing an application; joined to the
`Intent` and `ServiceResult` unions in events.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.changes import ChangeFault, ChangeKind, ChangeRecord, Withdrawal, WithdrawFault

# --- intents from screens -------------------------------------------------------------------


@dataclass(frozen=True)
class ChooseChangeKind:
    kind: ChangeKind


@dataclass(frozen=True)
class ChooseChangeDate:
    """The date on the picker when the claimant pressed "next"; the flow checks its bounds."""

    on: date


@dataclass(frozen=True)
class SendChange:
    pass


@dataclass(frozen=True)
class WithdrawApplication:
    """ "Withdraw this application" on the status screen, for the claim shown."""

    reference: str


@dataclass(frozen=True)
class ConfirmWithdrawal:
    pass


# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeReported:
    ticket: int
    record: ChangeRecord


@dataclass(frozen=True)
class ChangeNotReported:
    """Nothing was recorded. `client_reference` is the one this try used: a retry of the same
    report sends it again (the agency's idempotency key)."""

    ticket: int
    fault: ChangeFault
    client_reference: str


@dataclass(frozen=True)
class ClaimWithdrawn:
    ticket: int
    withdrawal: Withdrawal


@dataclass(frozen=True)
class WithdrawalFailed:
    ticket: int
    fault: WithdrawFault


ChangeIntent = (
    ChooseChangeKind | ChooseChangeDate | SendChange | WithdrawApplication | ConfirmWithdrawal
)
ChangeResult = ChangeReported | ChangeNotReported | ClaimWithdrawn | WithdrawalFailed
