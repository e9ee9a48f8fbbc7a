"""What dependants receive when a claimant dies during the benefit period.

Regulations art. 20 and Law art. 49: the dependants of a claimant who dies while receiving the
benefit get a one-off funeral subsidy (丧葬补助金) and a pension (抚恤金) "by reference to the
local rules for employees", paid from the fund. Both figures are local, so they are dated rows
per region, not code. Law art. 49(2): when the death also qualifies for the funeral subsidy of
the pension or work-injury insurance, the dependants choose one, so ours is then not paid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from server.rules.amounts import fen_to_yuan
from server.rules.reasons import Explanation, ReasonCode, explain


@dataclass(frozen=True)
class DeathBenefitRate:
    """From `effective_from` (until `effective_to`, inclusive, if set): the region's amounts."""

    region_code: str
    effective_from: date
    funeral_subsidy_fen: int
    dependants_pension_fen: int
    effective_to: date | None = None

    def __post_init__(self) -> None:
        if len(self.region_code) != 6 or not self.region_code.isdigit():
            raise ValueError("a region code has 6 digits")
        if self.funeral_subsidy_fen < 0 or self.dependants_pension_fen < 0:
            raise ValueError("amounts cannot be negative")
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("amounts cannot stop before they take effect")

    def in_effect_on(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


class DeathBenefitOutcome(StrEnum):
    DUE = "due"
    NOT_DUE = "not_due"
    NEEDS_REVIEW = "needs_review"  # due, but no amounts are configured for the region and day


@dataclass(frozen=True)
class DeathBenefitDecision:
    outcome: DeathBenefitOutcome
    funeral_subsidy_fen: int
    dependants_pension_fen: int
    reasons: tuple[Explanation, ...]

    @property
    def total_fen(self) -> int:
        return self.funeral_subsidy_fen + self.dependants_pension_fen


def death_rate_on(
    rates: Iterable[DeathBenefitRate], region_code: str, day: date
) -> DeathBenefitRate | None:
    rows = [r for r in rates if r.region_code == region_code and r.in_effect_on(day)]
    return max(rows, key=lambda r: r.effective_from, default=None)


def death_benefits_due(
    rates: Iterable[DeathBenefitRate],
    *,
    region_code: str,
    died_on: date,
    benefit_starts: date,
    benefit_ends: date,
    already_paid_on: date | None = None,
    funeral_subsidy_chosen_elsewhere: bool = False,
) -> DeathBenefitDecision:
    """What the dependants are due for a death on `died_on`, with the amounts in effect that day
    in the claimant's region. Due only when the death falls within the benefit period
    [`benefit_starts`, `benefit_ends`] (the period as granted, not as shortened by the stop the
    death itself causes, nor by an earlier stop: pass the stop date as `benefit_ends` then), and
    only once."""
    if already_paid_on is not None:
        reason = explain(ReasonCode.DEATH_BENEFITS_ALREADY_PAID, date=already_paid_on)
        return DeathBenefitDecision(DeathBenefitOutcome.NOT_DUE, 0, 0, (reason,))
    if not benefit_starts <= died_on <= benefit_ends:
        reason = explain(ReasonCode.DEATH_OUTSIDE_BENEFIT_PERIOD, date=died_on)
        return DeathBenefitDecision(DeathBenefitOutcome.NOT_DUE, 0, 0, (reason,))
    rate = death_rate_on(rates, region_code, died_on)
    if rate is None:
        reason = explain(
            ReasonCode.DEATH_AMOUNTS_NOT_CONFIGURED, region_code=region_code, date=died_on
        )
        return DeathBenefitDecision(DeathBenefitOutcome.NEEDS_REVIEW, 0, 0, (reason,))
    funeral = 0 if funeral_subsidy_chosen_elsewhere else rate.funeral_subsidy_fen
    reasons = [
        explain(
            ReasonCode.DEATH_BENEFITS_DUE,
            date=died_on,
            funeral=fen_to_yuan(funeral),
            pension=fen_to_yuan(rate.dependants_pension_fen),
        )
    ]
    if funeral_subsidy_chosen_elsewhere:
        reasons.append(explain(ReasonCode.DEATH_FUNERAL_SUBSIDY_CHOSEN_ELSEWHERE))
    return DeathBenefitDecision(
        DeathBenefitOutcome.DUE, funeral, rate.dependants_pension_fen, tuple(reasons)
    )
