"""Running ReportChange and WithdrawClaim against the ports (called by effect_runner.py)."""

from __future__ import annotations

from kiosk.domain.changes import ChangeFault, ChangeRecord, Withdrawal, WithdrawFault
from kiosk.flow.change_effects import ReportChange, WithdrawClaim
from kiosk.flow.change_events import (
    ChangeNotReported,
    ChangeReported,
    ClaimWithdrawn,
    WithdrawalFailed,
)
from kiosk.flow.ports import Ports


def report(effect: ReportChange, ports: Ports) -> ChangeReported | ChangeNotReported:
    """The client reference is made once per report (the outbox's UUIDs) and sent again on a
    retry of the same report, so a lost answer never records a change twice."""
    reference = effect.client_reference or ports.outbox.new_reference()
    answer = ports.agency.report_change(
        effect.ssn, effect.login, effect.kind, effect.effective_date, reference
    )
    if isinstance(answer, ChangeRecord):
        return ChangeReported(effect.ticket, answer)
    return ChangeNotReported(effect.ticket, answer, reference)


def withdraw(effect: WithdrawClaim, ports: Ports) -> ClaimWithdrawn | WithdrawalFailed:
    answer = ports.agency.withdraw(effect.reference, effect.ssn, effect.login)
    if isinstance(answer, Withdrawal):
        return ClaimWithdrawn(effect.ticket, answer)
    return WithdrawalFailed(effect.ticket, answer)


def fallback(effect: ReportChange | WithdrawClaim) -> ChangeNotReported | WithdrawalFailed:
    """Running the effect raised (a bug): say the network failed, which promises nothing was
    done. A report keeps no reference (none was made before the call could have gone out)."""
    if isinstance(effect, ReportChange):
        return ChangeNotReported(
            effect.ticket, ChangeFault.UNREACHABLE, effect.client_reference or ""
        )
    return WithdrawalFailed(effect.ticket, WithdrawFault.UNREACHABLE)
