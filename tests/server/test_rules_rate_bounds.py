"""Regulations art. 18: the amount lies above the minimum living standard and below the minimum
wage of its region and month; each paid month takes the rate in effect for it."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from server.rules import (
    RateFault,
    RegionalAmount,
    RegionalBounds,
    amount_for_month,
    check_rate,
    check_rates,
)

BOUNDS = (
    RegionalBounds("222405", date(2024, 1, 1), 188000, 78000, date(2025, 12, 31)),
    RegionalBounds("222405", date(2026, 1, 1), 198000, 82000),
)


def test_a_rate_between_the_bounds_is_accepted() -> None:
    assert check_rate(RegionalAmount("222405", 169200, date(2024, 1, 1)), BOUNDS) == ()


def test_a_rate_at_the_minimum_wage_is_refused_with_the_reason() -> None:
    (problem,) = check_rate(RegionalAmount("222405", 188000, date(2024, 7, 1)), BOUNDS)
    assert problem.fault is RateFault.NOT_BELOW_MINIMUM_WAGE
    assert problem.bound_fen == 188000
    assert "1880.00元" in problem.zh and "最低工资" in problem.zh
    assert "minimum wage" in problem.en and "art. 18" in problem.en


def test_a_rate_that_a_later_rise_of_the_minimum_living_standard_overtakes_is_refused() -> None:
    # 800 yuan was above 780 in 2025, but not above 820 from 2026-01-01.
    (problem,) = check_rate(RegionalAmount("222405", 80000, date(2025, 3, 1)), BOUNDS)
    assert problem.fault is RateFault.NOT_ABOVE_MINIMUM_LIVING
    assert problem.on == date(2026, 1, 1)
    assert "最低生活保障" in problem.zh and "minimum living standard" in problem.en
    ended = RegionalAmount("222405", 80000, date(2025, 3, 1), date(2025, 12, 31))
    assert check_rate(ended, BOUNDS) == ()


def test_a_rate_without_known_bounds_cannot_be_checked_and_is_refused() -> None:
    (problem,) = check_rate(RegionalAmount("222401", 150000, date(2026, 1, 1)), BOUNDS)
    assert problem.fault is RateFault.NO_BOUNDS
    early = check_rates([RegionalAmount("222405", 150000, date(2023, 6, 1))], BOUNDS)
    assert [p.fault for p in early] == [RateFault.NO_BOUNDS]


TABLE = (
    RegionalAmount("222405", 158400, date(2023, 1, 1), date(2026, 12, 31)),
    RegionalAmount("222405", 178200, date(2027, 1, 1)),
)


def test_a_new_rate_reaches_the_later_months_of_a_running_claim() -> None:
    started = date(2026, 11, 2)
    november = amount_for_month(TABLE, "222405", date(2026, 11, 1), started=started)
    december = amount_for_month(TABLE, "222405", date(2026, 12, 1), started=started)
    january = amount_for_month(TABLE, "222405", date(2027, 1, 1), started=started)
    assert [a.monthly_fen for a in (november, december, january) if a] == [158400, 158400, 178200]
    assert amount_for_month(TABLE, "222401", date(2027, 1, 1)) is None


def test_the_registration_month_pays_the_rate_of_the_registration_date() -> None:
    table = (
        RegionalAmount("222405", 158400, date(2023, 1, 1), date(2026, 11, 14)),
        RegionalAmount("222405", 178200, date(2026, 11, 15)),
    )
    decided = amount_for_month(table, "222405", date(2026, 11, 1), started=date(2026, 11, 20))
    assert decided is not None and decided.monthly_fen == 178200
    december = amount_for_month(table, "222405", date(2026, 12, 1), started=date(2026, 11, 20))
    assert december is not None and december.monthly_fen == 178200


@given(st.integers(min_value=1, max_value=400000))
def test_only_amounts_strictly_between_the_bounds_pass(fen: int) -> None:
    problems = check_rate(RegionalAmount("222405", fen, date(2026, 2, 1)), BOUNDS)
    assert (problems == ()) == (82000 < fen < 198000)
