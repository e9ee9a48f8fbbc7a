"""What the agency knows about the claimant's entitlement (Regulations arts. 14, 17, 18)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kiosk.domain.language import LocalizedText
from kiosk.domain.money import Money


class SeparationReason(StrEnum):
    """How employment ended, as the employer reported it; only some count as involuntary."""

    CONTRACT_EXPIRED = "contract_expired"
    EMPLOYER_TERMINATED = "employer_terminated"
    DISMISSED = "dismissed"
    EMPLOYEE_TERMINATED_FOR_CAUSE = "employee_terminated_for_cause"
    MUTUAL_AGREEMENT_EMPLOYER_PROPOSED = "mutual_agreement_employer_proposed"
    RESIGNED = "resigned"
    OTHER = "other"


@dataclass(frozen=True)
class Separation:
    employer_name: str
    employer_code: str  # unified social credit code (GB 32100-2015)
    ended_on: date
    reason: SeparationReason


#: The agency's reason codes for "the months of this entitlement are used up".
USED_UP_CODES = frozenset({"no_entitlement_left", "entitlement_exhausted"})


@dataclass(frozen=True)
class IneligibilityReason:
    """One reason the agency gave, with the rule it comes from and what the claimant can do."""

    code: str
    rule: LocalizedText
    explanation: LocalizedText
    what_to_do: LocalizedText


@dataclass(frozen=True)
class Eligibility:
    eligible: bool
    separation: Separation | None
    contribution_months: int
    entitlement_months: int
    monthly_amount: Money | None
    reasons: tuple[IneligibilityReason, ...] = ()
    cross_check_hits: tuple[str, ...] = ()
    # The reference of the benefit claim this person already has open: a person has at most
    # one (Regulations art. 17), so the kiosk points to its status instead of a second form.
    open_claim: str | None = None

    @property
    def entitlement_used_up(self) -> bool:
        """Insured long enough, but every month of the entitlement was already granted."""
        return not self.eligible and any(r.code in USED_UP_CODES for r in self.reasons)

    @property
    def estimated_total(self) -> Money | None:
        if self.monthly_amount is None:
            return None
        return self.monthly_amount.times(self.entitlement_months)
