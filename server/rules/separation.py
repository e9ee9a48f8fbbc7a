"""Why employment ended, as reported by the employer, and whether that was involuntary.

Regulations art. 14(2) and Law art. 45 pay only when employment ended against the claimant's will
(非因本人意愿中断就业). The cases counted as involuntary are those of the claim-and-payment
measures (失业保险金申领发放办法, 2000, art. 4): the contract expired; the employer terminated it,
dismissed, removed or discharged the claimant; the claimant terminated it under Labour Law art. 32
(2)–(3) / Labour Contract Law art. 38 because of violence, threats or unlawful restraint, unpaid
wages or agreed working conditions not provided; and other cases named by law — which include
termination by mutual agreement proposed by the employer (Labour Contract Law arts. 36, 46(2)).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class SeparationReason(StrEnum):
    """Employer-reported separation reason codes (captured at the head-count change, notice §1)."""

    CONTRACT_EXPIRED_NOT_RENEWED = "contract_expired_not_renewed"
    EMPLOYER_CLOSED = "employer_closed"  # bankrupt, licence revoked, ordered closed, dissolved
    EMPLOYER_TERMINATED = "employer_terminated"
    DISMISSED = "dismissed"  # 开除
    REMOVED_FROM_ROLL = "removed_from_roll"  # 除名
    DISCHARGED = "discharged"  # 辞退
    CLAIMANT_TERMINATED_VIOLENCE_THREATS_RESTRAINT = "claimant_terminated_violence"
    CLAIMANT_TERMINATED_UNPAID_WAGES = "claimant_terminated_unpaid_wages"
    CLAIMANT_TERMINATED_CONDITIONS_NOT_PROVIDED = "claimant_terminated_conditions"
    MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYER = "mutual_agreement_by_employer"
    OTHER_CASE_NAMED_BY_LAW = "other_case_named_by_law"
    VOLUNTARY_RESIGNATION = "voluntary_resignation"
    MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE = "mutual_agreement_by_employee"


INVOLUNTARY_REASONS = frozenset(SeparationReason) - {
    SeparationReason.VOLUNTARY_RESIGNATION,
    SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE,
}


def is_involuntary(reason: SeparationReason) -> bool:
    return reason in INVOLUNTARY_REASONS


@dataclass(frozen=True)
class EmploymentSpell:
    """One job as the employer reported it; `ended` and `reason` stay None while it lasts."""

    employer_code: str
    started: date
    ended: date | None = None
    reason: SeparationReason | None = None
    employer_name: str = ""

    def __post_init__(self) -> None:
        if self.ended is not None and self.ended < self.started:
            raise ValueError("an employment spell cannot end before it starts")
        if self.reason is not None and self.ended is None:
            raise ValueError("a separation reason needs a separation date")


def current_spells(spells: Iterable[EmploymentSpell], on: date) -> list[EmploymentSpell]:
    """Jobs still going on `on` (started, not ended before it)."""
    return [s for s in spells if s.started <= on and (s.ended is None or s.ended >= on)]


def latest_separation(spells: Iterable[EmploymentSpell], on: date) -> EmploymentSpell | None:
    """The most recent job that ended on or before `on`: the separation a claim rests on."""
    ended = [s for s in spells if s.ended is not None and s.ended <= on]
    return max(ended, key=lambda s: (s.ended, s.started), default=None)
