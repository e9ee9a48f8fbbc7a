"""Properties that must hold for any input, not only the worked examples."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from server.rules import (
    NATIONAL_DEFAULTS,
    ClaimApplication,
    ContributionPeriod,
    EmploymentSpell,
    Outcome,
    PriorEntitlement,
    RegionalAmount,
    SeparationReason,
    add_months,
    assess_claim,
    compute_entitlement,
    months_for_contribution,
)

REGISTERED = date(2026, 11, 2)
contribution = st.integers(min_value=0, max_value=600)


@given(contribution)
def test_entitlement_never_exceeds_24_months(months: int) -> None:
    assert months_for_contribution(months) <= 24


@given(contribution, contribution)
def test_entitlement_never_falls_as_contribution_rises(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert months_for_contribution(low) <= months_for_contribution(high)


@given(contribution)
def test_entitlement_is_one_of_the_table_values(months: int) -> None:
    assert months_for_contribution(months) in {0, 12, 18, 24}
    assert (months_for_contribution(months) == 0) == (months < 12)


@given(
    old_months=st.integers(min_value=12, max_value=300),
    fresh=st.integers(min_value=0, max_value=300),
    total=st.sampled_from([12, 18, 24]),
    used_share=st.floats(min_value=0, max_value=1),
)
def test_carry_over_never_exceeds_the_cap_nor_loses_unused_months_below_it(
    old_months: int, fresh: int, total: int, used_share: float
) -> None:
    used = round(total * used_share)
    earlier_start = date(2020, 1, 10)
    periods = [ContributionPeriod.of_months(old_months, ending=date(2019, 12, 1))]
    if fresh:
        periods.append(ContributionPeriod.of_months(fresh, ending=date(2020 + 26, 1, 1)))
    result = compute_entitlement(
        periods, (PriorEntitlement(earlier_start, total, used),), registration_date=REGISTERED
    )
    assert result.months <= NATIONAL_DEFAULTS.max_benefit_months
    assert result.months == min(
        24, months_for_contribution(result.contribution_months_counted) + total - used
    )


@given(st.integers(min_value=0, max_value=400), st.sampled_from(list(SeparationReason)))
def test_decision_is_eligible_exactly_when_both_conditions_hold(
    months: int, reason: SeparationReason
) -> None:
    separated = date(2026, 10, 15)
    spells = (EmploymentSpell("E", date(1990, 1, 1), separated, reason),)
    periods = (ContributionPeriod.of_months(months, ending=separated),) if months else ()
    application = ClaimApplication("222405", REGISTERED, spells, periods)
    table = (RegionalAmount("222405", 178200, date(2025, 7, 1)),)
    decision = assess_claim(application, table)
    involuntary = reason not in {
        SeparationReason.VOLUNTARY_RESIGNATION,
        SeparationReason.MUTUAL_AGREEMENT_PROPOSED_BY_EMPLOYEE,
    }
    assert (decision.outcome is Outcome.ELIGIBLE) == (months >= 12 and involuntary)
    assert decision.reasons, "every decision carries at least one reason"


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), st.integers(0, 24))
def test_adding_months_never_overflows_a_month(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day <= day.day
