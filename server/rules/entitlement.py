"""How many months of benefit a claimant may draw (Regulations art. 17, Law art. 46)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from server.rules.contributions import ContributionPeriod, count_contribution_months
from server.rules.parameters import NATIONAL_DEFAULTS, RuleParameters


@dataclass(frozen=True)
class PriorEntitlement:
    """An earlier benefit entitlement: when it began (registration) and how much of it was used."""

    started: date
    months_total: int
    months_used: int

    def __post_init__(self) -> None:
        if not 0 <= self.months_used <= self.months_total:
            raise ValueError("months_used must lie between 0 and months_total")

    @property
    def months_unused(self) -> int:
        return self.months_total - self.months_used


@dataclass(frozen=True)
class Entitlement:
    """The result of art. 17: months from the table, months carried over, and the total."""

    contribution_months_counted: int
    months_from_contribution: int
    months_carried_over: int
    months: int
    capped: bool

    @property
    def has_carry_over(self) -> bool:
        return self.months_carried_over > 0


def months_for_contribution(
    contribution_months: int, parameters: RuleParameters = NATIONAL_DEFAULTS
) -> int:
    """The table of art. 17: 1–<5 years → 12, 5–<10 → 18, ≥10 → 24 (by default); else 0."""
    months = 0
    for tier in parameters.tiers:
        if contribution_months >= tier.min_contribution_months:
            months = tier.benefit_months
    return months


def latest_prior(prior: Iterable[PriorEntitlement], before: date) -> PriorEntitlement | None:
    """The entitlement that began last before `before`; its unused months already include any
    months carried into it, so only this one carries over."""
    earlier = [p for p in prior if p.started < before]
    return max(earlier, key=lambda p: p.started, default=None)


def compute_entitlement(
    contributions: Iterable[ContributionPeriod],
    prior: Iterable[PriorEntitlement],
    *,
    registration_date: date,
    parameters: RuleParameters = NATIONAL_DEFAULTS,
) -> Entitlement:
    """Art. 17: after re-employment, contribution is counted afresh (months after the earlier
    entitlement began) and the unused months of the earlier entitlement are added, to at most
    the ceiling (24 months nationally)."""
    periods = tuple(contributions)
    previous = latest_prior(prior, registration_date)
    after = previous.started if previous is not None else None
    counted = count_contribution_months(periods, after=after, before=registration_date)
    fresh = months_for_contribution(counted, parameters)
    carried = previous.months_unused if previous is not None else 0
    if carried and parameters.carry_over_requires_new_qualifying_period and fresh == 0:
        carried = 0
    uncapped = fresh + carried
    months = min(uncapped, parameters.max_benefit_months)
    return Entitlement(
        contribution_months_counted=counted,
        months_from_contribution=fresh,
        months_carried_over=carried,
        months=months,
        capped=uncapped > months,
    )
