"""Floor and ceiling of the monthly benefit amount (Regulations art. 18).

The province sets the amount "below the local minimum wage and above the urban minimum living
standard" (低于当地最低工资标准、高于城市居民最低生活保障标准). Both bounds change over time
and by region, so each is a dated row, and a rate is checked against every bounds row its
effective span meets: a rate that was lawful when set stops being lawful the day the minimum
living standard rises above it, and the server refuses such a configuration.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from server.rules.amounts import RegionalAmount, fen_to_yuan


@dataclass(frozen=True)
class RegionalBounds:
    """From `effective_from` (until `effective_to`, inclusive, if set) the region's minimum wage
    (monthly, of the region's wage category) and urban minimum living standard (低保), in fen."""

    region_code: str
    effective_from: date
    minimum_wage_fen: int
    minimum_living_fen: int
    effective_to: date | None = None

    def __post_init__(self) -> None:
        if len(self.region_code) != 6 or not self.region_code.isdigit():
            raise ValueError("a region code has 6 digits")
        if self.minimum_living_fen <= 0 or self.minimum_wage_fen <= 0:
            raise ValueError("bounds must be positive")
        if self.minimum_living_fen >= self.minimum_wage_fen:
            raise ValueError("the minimum living standard must lie below the minimum wage")
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("bounds cannot stop before they take effect")

    def in_effect_on(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


class RateFault(StrEnum):
    NO_BOUNDS = "rate_bounds_unknown"
    NOT_ABOVE_MINIMUM_LIVING = "rate_not_above_minimum_living"
    NOT_BELOW_MINIMUM_WAGE = "rate_not_below_minimum_wage"


@dataclass(frozen=True)
class RateProblem:
    """Why a configured rate is refused, from `on` (the first day the fault holds)."""

    fault: RateFault
    region_code: str
    on: date
    monthly_fen: int
    bound_fen: int | None
    zh: str
    en: str


def bounds_on(
    table: Iterable[RegionalBounds], region_code: str, day: date
) -> RegionalBounds | None:
    """The bounds in effect in the region on `day`; the latest `effective_from` wins."""
    rows = [r for r in table if r.region_code == region_code and r.in_effect_on(day)]
    return max(rows, key=lambda r: r.effective_from, default=None)


def check_rate(rate: RegionalAmount, bounds: Iterable[RegionalBounds]) -> tuple[RateProblem, ...]:
    """Every fault of one rate over its span: checked on its first day and on each day a bounds
    row of its region takes effect (or one ends) within the span. Empty when it is lawful."""
    table = tuple(b for b in bounds if b.region_code == rate.region_code)
    days = {rate.effective_from}
    for row in table:
        for day in (row.effective_from, _after(row.effective_to)):
            if day is not None and rate.in_effect_on(day):
                days.add(day)
    problems: list[RateProblem] = []
    for day in sorted(days):
        problem = _problem_on(rate, bounds_on(table, rate.region_code, day), day)
        if problem is not None and all(p.fault is not problem.fault for p in problems):
            problems.append(problem)
    return tuple(problems)


def check_rates(
    rates: Iterable[RegionalAmount], bounds: Iterable[RegionalBounds]
) -> tuple[RateProblem, ...]:
    """Every fault of a whole rate table (run when rates or bounds change)."""
    table = tuple(bounds)
    return tuple(problem for rate in rates for problem in check_rate(rate, table))


def _after(day: date | None) -> date | None:
    return None if day is None else day + timedelta(days=1)


def _problem_on(rate: RegionalAmount, row: RegionalBounds | None, day: date) -> RateProblem | None:
    amount = fen_to_yuan(rate.monthly_fen)
    if row is None:
        return RateProblem(
            RateFault.NO_BOUNDS,
            rate.region_code,
            day,
            rate.monthly_fen,
            None,
            f"地区{rate.region_code}在{day.isoformat()}没有最低工资标准和城市居民最低生活保障标准，"
            "无法核对失业保险金标准。",
            f"region {rate.region_code} has no minimum wage and minimum living standard on "
            f"{day.isoformat()}, so the rate {amount} yuan cannot be checked",
        )
    if rate.monthly_fen <= row.minimum_living_fen:
        floor = fen_to_yuan(row.minimum_living_fen)
        return RateProblem(
            RateFault.NOT_ABOVE_MINIMUM_LIVING,
            rate.region_code,
            day,
            rate.monthly_fen,
            row.minimum_living_fen,
            f"地区{rate.region_code}自{day.isoformat()}起的失业保险金标准{amount}元不高于城市居民"
            f"最低生活保障标准{floor}元（失业保险条例第十八条）。",
            f"the rate {amount} yuan for region {rate.region_code} from {day.isoformat()} is not "
            f"above the urban minimum living standard of {floor} yuan (Regulations art. 18)",
        )
    if rate.monthly_fen >= row.minimum_wage_fen:
        ceiling = fen_to_yuan(row.minimum_wage_fen)
        return RateProblem(
            RateFault.NOT_BELOW_MINIMUM_WAGE,
            rate.region_code,
            day,
            rate.monthly_fen,
            row.minimum_wage_fen,
            f"地区{rate.region_code}自{day.isoformat()}起的失业保险金标准{amount}元不低于最低工资"
            f"标准{ceiling}元（失业保险条例第十八条）。",
            f"the rate {amount} yuan for region {rate.region_code} from {day.isoformat()} is not "
            f"below the minimum wage of {ceiling} yuan (Regulations art. 18)",
        )
    return None
