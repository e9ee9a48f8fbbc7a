"""Regulations art. 17 / Law art. 46: how long, with the worked examples of the rules."""

from datetime import date

import pytest

from server.rules import (
    ContributionPeriod,
    EntitlementTier,
    ParameterError,
    PriorEntitlement,
    RuleParameters,
    compute_entitlement,
    count_contribution_months,
    months_for_contribution,
)

REGISTERED = date(2026, 11, 2)


def _months(n: int, ending: date = date(2026, 10, 1)) -> tuple[ContributionPeriod, ...]:
    return (ContributionPeriod.of_months(n, ending=ending),)


def test_seven_years_contribution_gives_18_months() -> None:
    assert compute_entitlement(_months(7 * 12), (), registration_date=REGISTERED).months == 18


def test_four_years_eleven_months_gives_12_months() -> None:
    assert compute_entitlement(_months(4 * 12 + 11), (), registration_date=REGISTERED).months == 12


def test_exactly_one_year_gives_12_months() -> None:
    assert months_for_contribution(12) == 12


def test_exactly_five_years_gives_18_months() -> None:
    assert compute_entitlement(_months(60), (), registration_date=REGISTERED).months == 18


def test_nine_years_eleven_months_gives_18_months() -> None:
    assert months_for_contribution(119) == 18


def test_ten_years_gives_24_months() -> None:
    assert compute_entitlement(_months(120), (), registration_date=REGISTERED).months == 24


def test_thirty_years_still_gives_24_months() -> None:
    assert months_for_contribution(360) == 24


def test_eleven_months_gives_no_entitlement() -> None:
    assert compute_entitlement(_months(11), (), registration_date=REGISTERED).months == 0


def test_reemployed_after_five_of_twelve_months_with_two_new_years_gives_19() -> None:
    # First claim registered March 2022 on 3 years of contribution: 12 months; 5 drawn.
    old = ContributionPeriod(date(2019, 1, 1), date(2021, 12, 1))
    new = ContributionPeriod(date(2022, 9, 1), date(2024, 8, 1))  # 24 months, counted afresh
    earlier = PriorEntitlement(started=date(2022, 3, 10), months_total=12, months_used=5)
    result = compute_entitlement((old, new), (earlier,), registration_date=date(2024, 9, 5))
    assert result.contribution_months_counted == 24
    assert result.months_from_contribution == 12
    assert result.months_carried_over == 7
    assert result.months == 19
    assert not result.capped


def test_carry_over_is_capped_at_24_months() -> None:
    old = ContributionPeriod(date(2005, 1, 1), date(2019, 12, 1))
    new = ContributionPeriod(date(2020, 6, 1), date(2026, 5, 1))  # 6 years afresh → 18
    earlier = PriorEntitlement(started=date(2020, 1, 6), months_total=24, months_used=4)
    result = compute_entitlement((old, new), (earlier,), registration_date=date(2026, 6, 1))
    assert (result.months_from_contribution, result.months_carried_over) == (18, 20)
    assert result.months == 24
    assert result.capped


def test_contribution_before_the_earlier_entitlement_is_not_counted_again() -> None:
    old = ContributionPeriod(date(2010, 1, 1), date(2019, 12, 1))  # 10 years, used before
    new = ContributionPeriod(date(2020, 7, 1), date(2021, 6, 1))  # 12 months afresh
    earlier = PriorEntitlement(started=date(2020, 1, 6), months_total=24, months_used=24)
    result = compute_entitlement((old, new), (earlier,), registration_date=date(2021, 7, 1))
    assert result.contribution_months_counted == 12
    assert result.months == 12


def test_only_the_latest_earlier_entitlement_carries_over() -> None:
    periods = (ContributionPeriod(date(2024, 1, 1), date(2025, 12, 1)),)
    first = PriorEntitlement(date(2018, 1, 1), 12, 2)
    latest = PriorEntitlement(date(2023, 6, 1), 14, 10)  # already held first's carry-over
    result = compute_entitlement(periods, (first, latest), registration_date=date(2026, 1, 5))
    assert result.months_carried_over == 4
    assert result.months == 16


def test_unused_months_alone_can_be_claimed_after_a_short_new_job_by_default() -> None:
    periods = (ContributionPeriod(date(2025, 1, 1), date(2025, 6, 1)),)
    earlier = PriorEntitlement(date(2024, 9, 1), 12, 4)
    result = compute_entitlement(periods, (earlier,), registration_date=date(2025, 7, 1))
    assert (result.months_from_contribution, result.months) == (0, 8)


def test_a_province_can_require_a_new_qualifying_year_for_carry_over() -> None:
    periods = (ContributionPeriod(date(2025, 1, 1), date(2025, 6, 1)),)
    earlier = PriorEntitlement(date(2024, 9, 1), 12, 4)
    strict = RuleParameters(carry_over_requires_new_qualifying_period=True)
    result = compute_entitlement(
        periods, (earlier,), registration_date=date(2025, 7, 1), parameters=strict
    )
    assert result.months == 0


def test_province_parameters_change_the_table_without_code_changes() -> None:
    # A finer provincial table, never above the national maxima of art. 17.
    province = RuleParameters(
        tiers=(
            EntitlementTier(12, 6),
            EntitlementTier(24, 9),
            EntitlementTier(36, 12),
            EntitlementTier(60, 15),
            EntitlementTier(84, 18),
            EntitlementTier(120, 24),
        ),
    )
    assert months_for_contribution(23, province) == 6
    assert months_for_contribution(35, province) == 9
    assert months_for_contribution(59, province) == 12
    assert months_for_contribution(84, province) == 18
    assert months_for_contribution(120, province) == 24


def test_a_table_above_the_national_maxima_is_refused() -> None:
    # 12/18/24 are maxima (Regulations art. 17: "最长为"): 18 months after 4 years of
    # contribution pays 6 months the law does not allow.
    with pytest.raises(ParameterError) as raised:
        RuleParameters(
            tiers=(EntitlementTier(12, 12), EntitlementTier(48, 18), EntitlementTier(96, 24)),
        )
    assert raised.value.key == "tiers"
    assert "art. 17" in str(raised.value)
    with pytest.raises(ParameterError) as raised:
        RuleParameters(max_benefit_months=30)
    assert raised.value.key == "max_benefit_months"


def test_inconsistent_parameters_are_refused() -> None:
    with pytest.raises(ValueError):
        RuleParameters(tiers=(EntitlementTier(60, 18), EntitlementTier(12, 12)))
    with pytest.raises(ValueError):
        RuleParameters(max_benefit_months=12)
    with pytest.raises(ValueError):
        RuleParameters(min_contribution_months=24)


def test_overlapping_periods_count_each_month_once() -> None:
    a = ContributionPeriod(date(2024, 1, 1), date(2024, 12, 1))
    b = ContributionPeriod(date(2024, 7, 1), date(2025, 6, 30))
    assert count_contribution_months((a, b)) == 18


def test_months_after_registration_do_not_size_the_claim() -> None:
    periods = _months(30, ending=date(2026, 12, 1))
    assert count_contribution_months(periods, until=date(2026, 10, 15)) == 28


def test_prior_entitlement_cannot_use_more_than_it_had() -> None:
    with pytest.raises(ValueError):
        PriorEntitlement(date(2024, 1, 1), 12, 13)
