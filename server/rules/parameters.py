"""Figures a province may set, with the national rules as defaults (Regulations arts. 14, 17)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EntitlementTier:
    """From `min_contribution_months` of cumulative contribution, at most `benefit_months`."""

    min_contribution_months: int
    benefit_months: int


@dataclass(frozen=True)
class RuleParameters:
    """Province-set figures; the engine reads every threshold from here, never from code.

    Defaults are the national ones: 12 months of contribution to qualify (Regulations art. 14,
    Law art. 45) and the 12/18/24 table with a 24-month ceiling (Regulations art. 17, Law art. 46).
    """

    min_contribution_months: int = 12
    tiers: tuple[EntitlementTier, ...] = (
        EntitlementTier(12, 12),
        EntitlementTier(60, 18),
        EntitlementTier(120, 24),
    )
    max_benefit_months: int = 24
    # Art. 17 lets unused months be "combined" with a fresh entitlement. Whether unused months
    # alone may be claimed when the new job lasted under a year is left to the province; the
    # national text does not forbid it, so the default allows it.
    carry_over_requires_new_qualifying_period: bool = False

    def __post_init__(self) -> None:
        if self.min_contribution_months < 1:
            raise ValueError("min_contribution_months must be at least 1")
        if not self.tiers:
            raise ValueError("at least one entitlement tier is needed")
        thresholds = [t.min_contribution_months for t in self.tiers]
        months = [t.benefit_months for t in self.tiers]
        if thresholds != sorted(set(thresholds)) or months != sorted(months):
            raise ValueError("tiers must rise strictly in contribution and never fall in months")
        if thresholds[0] < self.min_contribution_months:
            raise ValueError("the first tier cannot start below min_contribution_months")
        if self.max_benefit_months < months[-1]:
            raise ValueError("max_benefit_months cannot be below the longest tier")


NATIONAL_DEFAULTS = RuleParameters()
