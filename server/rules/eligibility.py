"""The eligibility decision for one claim, with its reasons (Regulations arts. 14–18).

All conditions are checked, not only the first that fails, so a claimant learns everything that
stands in the way at once. Refusals say what the claimant can do next.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from server.rules.amounts import MonthlyAmount, RegionalAmount, amount_on, is_known_region
from server.rules.contributions import ContributionPeriod, count_contribution_months
from server.rules.entitlement import Entitlement, PriorEntitlement, compute_entitlement
from server.rules.parameters import NATIONAL_DEFAULTS, RuleParameters
from server.rules.reasons import (
    SEPARATION_LABELS,
    Explanation,
    Label,
    ReasonCode,
    explain,
)
from server.rules.retirement import (
    AgeGroup,
    BenefitPeriod,
    GroupChoice,
    age_group_for,
    benefit_period,
    retirement_date,
    statutory_age_months,
)
from server.rules.separation import (
    EmploymentSpell,
    SeparationReason,
    current_spells,
    is_involuntary,
    latest_separation,
)
from server.rules.stop_conditions import ExternalRecord, StopFinding, explain_stop, find_bars


class Outcome(StrEnum):
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    NEEDS_REVIEW = "needs_review"  # qualifies, but staff must complete it (e.g. no amount table)


@dataclass(frozen=True)
class ClaimApplication:
    """What the agency knows about a claimant when a claim is made.

    `registration_date` is the day of unemployment registration; under the 2019 notice §1 applying
    performs the registration, so for a new claim it is the application date. The benefit period
    and the applicable amount both count from it (Regulations arts. 17, 18).

    `birth_date`, `gender` ("M"/"F") and `retirement_group` (the stored `AgeGroup` value, or None)
    decide the statutory retirement age; without a birth date and gender it cannot be checked, so
    the server must always pass them.
    """

    region_code: str
    registration_date: date
    employment: tuple[EmploymentSpell, ...] = ()
    contributions: tuple[ContributionPeriod, ...] = ()
    prior_entitlements: tuple[PriorEntitlement, ...] = ()
    external_records: tuple[ExternalRecord, ...] = ()
    birth_date: date | None = None
    gender: str | None = None
    retirement_group: str | None = None


@dataclass(frozen=True)
class EligibilityDecision:
    outcome: Outcome
    reasons: tuple[Explanation, ...]
    separation: EmploymentSpell | None
    contribution_months: int
    entitlement: Entitlement
    monthly_amount: MonthlyAmount | None
    cross_check_hits: tuple[StopFinding, ...]
    benefit_starts: date | None
    benefit_ends: date | None
    period: BenefitPeriod | None = None
    retirement_group: GroupChoice | None = None

    @property
    def eligible(self) -> bool:
        return self.outcome is not Outcome.NOT_ELIGIBLE

    @property
    def codes(self) -> tuple[ReasonCode, ...]:
        return tuple(r.code for r in self.reasons)

    @property
    def total_fen(self) -> int | None:
        """The most the claim can pay at the decision's rate: monthly amount times the months of
        the period (the entitlement, capped at or extended to the retirement age)."""
        if self.monthly_amount is None or not self.eligible:
            return None
        months = self.period.months if self.period is not None else self.entitlement.months
        return self.monthly_amount.monthly_fen * months


def assess_claim(
    application: ClaimApplication,
    amounts: Iterable[RegionalAmount],
    parameters: RuleParameters = NATIONAL_DEFAULTS,
) -> EligibilityDecision:
    """Decide a claim under art. 14 (who), art. 17 (how long), art. 18 (how much), art. 15 /
    Law art. 51 (conditions that already bar payment) and the statutory retirement age (the 2024
    decision: not eligible once reached; the period ends at it or is extended to it)."""
    day = application.registration_date
    table = tuple(amounts)
    refusals: list[Explanation] = []
    passes: list[Explanation] = []

    # Art. 14(1): at least a year of contribution, cumulative.
    cumulative = count_contribution_months(application.contributions, before=day)
    required = parameters.min_contribution_months
    if cumulative >= required:
        passes.append(
            explain(
                ReasonCode.CONTRIBUTION_SUFFICIENT,
                contribution_months=cumulative,
                required_months=required,
            )
        )
    else:
        refusals.append(
            explain(
                ReasonCode.CONTRIBUTION_INSUFFICIENT,
                contribution_months=cumulative,
                required_months=required,
            )
        )

    # Art. 14(2): employment ended against the claimant's will, as the employer reported it.
    separation = latest_separation(application.employment, day)
    if current_spells(application.employment, day):
        refusals.append(explain(ReasonCode.STILL_EMPLOYED))
    elif separation is None or separation.reason is None:
        refusals.append(explain(ReasonCode.SEPARATION_NOT_REPORTED))
    else:
        refusals.extend(_separation_refusal(separation.reason))
        if is_involuntary(separation.reason):
            label = SEPARATION_LABELS[separation.reason]
            passes.append(explain(ReasonCode.SEPARATION_INVOLUNTARY, separation=label))

    # Art. 14(3) with notice §1: this application is the registration.
    passes.append(explain(ReasonCode.REGISTERED_BY_APPLICATION, date=day))

    # Art. 17: how long.
    entitlement = compute_entitlement(
        application.contributions,
        application.prior_entitlements,
        registration_date=day,
        parameters=parameters,
    )
    passes.extend(_entitlement_reasons(entitlement, parameters))
    if cumulative >= required and entitlement.months == 0:
        refusals.append(explain(ReasonCode.NO_ENTITLEMENT_LEFT, required_months=required))

    # Art. 15 / Law art. 51, checked by data (notice §4): conditions that already hold.
    separated_on = separation.ended if separation is not None and separation.ended else day
    hits = find_bars(
        application.external_records,
        separated_on=separated_on,
        application_date=day,
        parameters=parameters,
    )
    refusals.extend(explain_stop(hit) for hit in hits)

    # Retirement age (2024 decision and measures art. 7): working age only; the period ends at
    # the statutory age, or runs on to it when the benefit would end within a year of it.
    choice = _group(application)
    period = benefit_period(day, entitlement.months, parameters=parameters)
    reviews: list[Explanation] = []
    if choice is not None and application.birth_date is not None:
        birth = application.birth_date
        period = benefit_period(
            day, entitlement.months, birth_date=birth, group=choice.group, parameters=parameters
        )
        if retirement_date(birth, choice.group) <= day:
            refusals.append(_retirement_reason(ReasonCode.RETIREMENT_AGE_REACHED, birth, choice))
        else:
            passes.extend(_period_reasons(period, birth, choice))
        if choice.assumed and _group_matters(day, entitlement.months, birth, parameters):
            reviews.append(explain(ReasonCode.RETIREMENT_GROUP_NOT_ON_RECORD))

    # Art. 18: how much, from the table in effect on the registration date.
    amount = amount_on(table, application.region_code, day)
    if amount is not None:
        passes.append(
            explain(ReasonCode.MONTHLY_AMOUNT, amount=amount.yuan, date=amount.effective_from)
        )
    elif not is_known_region(table, application.region_code):
        reviews.append(explain(ReasonCode.REGION_UNKNOWN, region_code=application.region_code))
    else:
        reviews.append(
            explain(ReasonCode.AMOUNT_NOT_IN_EFFECT, region_code=application.region_code, date=day)
        )

    if refusals:
        outcome, reasons = Outcome.NOT_ELIGIBLE, tuple(refusals)
    else:
        passes.append(explain(ReasonCode.MEDICAL_INSURANCE_PAID_BY_FUND))
        passes.append(explain(ReasonCode.COMMITMENT_TO_REPORT))
        outcome = Outcome.NEEDS_REVIEW if reviews else Outcome.ELIGIBLE
        reasons = (explain(ReasonCode.ELIGIBLE), *reviews, *passes)
    granted = outcome is not Outcome.NOT_ELIGIBLE
    return EligibilityDecision(
        outcome=outcome,
        reasons=reasons,
        separation=separation,
        contribution_months=cumulative,
        entitlement=entitlement,
        monthly_amount=amount,
        cross_check_hits=hits,
        benefit_starts=day if granted else None,
        benefit_ends=period.ends if granted else None,
        period=period if granted else None,
        retirement_group=choice,
    )


def _group(application: ClaimApplication) -> GroupChoice | None:
    if application.gender is None:
        return None
    return age_group_for(application.gender, application.retirement_group)


def _age_label(birth: date, group: AgeGroup) -> Label:
    years, months = divmod(statutory_age_months(birth, group), 12)
    if months == 0:
        return Label(f"{years}周岁", f"{years}세")
    return Label(f"{years}周岁{months}个月", f"{years}세 {months}개월")


def _retirement_reason(
    code: ReasonCode, birth: date, choice: GroupChoice, **values: object
) -> Explanation:
    reached = retirement_date(birth, choice.group)
    return explain(code, date=reached, age=_age_label(birth, choice.group), **values)


def _period_reasons(period: BenefitPeriod, birth: date, choice: GroupChoice) -> list[Explanation]:
    reasons: list[Explanation] = []
    if period.capped_at_retirement:
        reasons.append(
            _retirement_reason(
                ReasonCode.BENEFIT_ENDS_AT_RETIREMENT, birth, choice, months=period.months
            )
        )
    elif period.extended:
        reasons.append(
            _retirement_reason(
                ReasonCode.BENEFIT_EXTENDED_TO_RETIREMENT, birth, choice, months=period.months
            )
        )
    if period.pension_premium_months:
        reasons.append(
            explain(ReasonCode.PENSION_PREMIUMS_PAID_BY_FUND, date=period.pension_premium_months[0])
        )
    return reasons


def _group_matters(day: date, months: int, birth: date, parameters: RuleParameters) -> bool:
    """Whether a woman's unrecorded group (worker 50 or cadre 55) changes the decision: refused
    under one and not the other, or a different number of months."""
    outcomes = set()
    for group in (AgeGroup.WOMAN_50, AgeGroup.WOMAN_55):
        reached = retirement_date(birth, group) <= day
        period = benefit_period(day, months, birth_date=birth, group=group, parameters=parameters)
        outcomes.add((reached, period.months))
    return len(outcomes) > 1


def _separation_refusal(reason: SeparationReason) -> list[Explanation]:
    if reason is SeparationReason.VOLUNTARY_RESIGNATION:
        return [explain(ReasonCode.SEPARATION_VOLUNTARY_RESIGNATION)]
    if reason is SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE:
        return [explain(ReasonCode.SEPARATION_MUTUAL_AGREEMENT_BY_EMPLOYEE)]
    return []


def _entitlement_reasons(entitlement: Entitlement, parameters: RuleParameters) -> list[Explanation]:
    if entitlement.months == 0:
        return []
    if entitlement.has_carry_over:
        reasons = [
            explain(
                ReasonCode.ENTITLEMENT_WITH_CARRY_OVER,
                contribution_months=entitlement.contribution_months_counted,
                fresh_months=entitlement.months_from_contribution,
                carried_months=entitlement.months_carried_over,
                months=entitlement.months_from_contribution + entitlement.months_carried_over,
            )
        ]
    else:
        reasons = [
            explain(
                ReasonCode.ENTITLEMENT_BY_CONTRIBUTION,
                contribution_months=entitlement.contribution_months_counted,
                months=entitlement.months,
            )
        ]
    if entitlement.capped:
        reasons.append(explain(ReasonCode.ENTITLEMENT_CAPPED, cap=parameters.max_benefit_months))
    return reasons
