"""Statutory retirement age (2024 decision on the gradual raise) and the benefit period."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server.rules import (
    NATIONAL_DEFAULTS,
    AgeGroup,
    RuleParameters,
    age_group_for,
    benefit_period,
    has_reached_retirement_age,
    parse_age_group,
    pre_reform_retirement_date,
    retirement_date,
    statutory_age_months,
)
from server.rules.month_math import add_months, month_index


def _age(years: int, months: int = 0) -> int:
    return years * 12 + months


# Rows of the decision's own tables (附件1–3): birth month → new statutory age, retirement month.
DECISION_TABLE = [
    (AgeGroup.MAN_60, date(1964, 12, 1), _age(60), date(2024, 12, 1)),
    (AgeGroup.MAN_60, date(1965, 1, 1), _age(60, 1), date(2025, 2, 1)),
    (AgeGroup.MAN_60, date(1965, 4, 1), _age(60, 1), date(2025, 5, 1)),
    (AgeGroup.MAN_60, date(1965, 5, 1), _age(60, 2), date(2025, 7, 1)),
    (AgeGroup.MAN_60, date(1965, 12, 1), _age(60, 3), date(2026, 3, 1)),
    (AgeGroup.MAN_60, date(1976, 8, 1), _age(62, 11), date(2039, 7, 1)),
    (AgeGroup.MAN_60, date(1976, 9, 1), _age(63), date(2039, 9, 1)),
    (AgeGroup.MAN_60, date(1990, 6, 1), _age(63), date(2053, 6, 1)),
    (AgeGroup.WOMAN_55, date(1969, 12, 1), _age(55), date(2024, 12, 1)),
    (AgeGroup.WOMAN_55, date(1970, 1, 1), _age(55, 1), date(2025, 2, 1)),
    (AgeGroup.WOMAN_55, date(1970, 5, 1), _age(55, 2), date(2025, 7, 1)),
    (AgeGroup.WOMAN_55, date(1981, 9, 1), _age(58), date(2039, 9, 1)),
    (AgeGroup.WOMAN_50, date(1974, 12, 1), _age(50), date(2024, 12, 1)),
    (AgeGroup.WOMAN_50, date(1975, 1, 1), _age(50, 1), date(2025, 2, 1)),
    (AgeGroup.WOMAN_50, date(1975, 2, 1), _age(50, 1), date(2025, 3, 1)),
    (AgeGroup.WOMAN_50, date(1975, 3, 1), _age(50, 2), date(2025, 5, 1)),
    (AgeGroup.WOMAN_50, date(1984, 10, 1), _age(54, 11), date(2039, 9, 1)),
    (AgeGroup.WOMAN_50, date(1984, 11, 1), _age(55), date(2039, 11, 1)),
]


@pytest.mark.parametrize(("group", "born", "age", "retires"), DECISION_TABLE)
def test_statutory_age_follows_the_decisions_table(
    group: AgeGroup, born: date, age: int, retires: date
) -> None:
    assert statutory_age_months(born, group) == age
    assert retirement_date(born, group) == retires


def test_the_age_is_reached_on_the_birthday_of_the_new_age() -> None:
    born = date(1966, 7, 19)  # 19 months after 1964-12: 5 steps of 4 → 60 years 5 months
    assert retirement_date(born, AgeGroup.MAN_60) == date(2026, 12, 19)
    assert not has_reached_retirement_age(born, AgeGroup.MAN_60, date(2026, 12, 18))
    assert has_reached_retirement_age(born, AgeGroup.MAN_60, date(2026, 12, 19))
    assert pre_reform_retirement_date(born, AgeGroup.MAN_60) == date(2026, 7, 19)


def test_born_on_29_february_reaches_the_age_on_28_february() -> None:
    assert retirement_date(date(1968, 2, 29), AgeGroup.WOMAN_55) == date(2023, 2, 28)
    assert retirement_date(date(1980, 2, 29), AgeGroup.MAN_60) == date(2043, 2, 28)


birth = st.dates(min_value=date(1940, 1, 1), max_value=date(2005, 12, 31))


@given(birth, st.sampled_from(list(AgeGroup)))
def test_the_raise_starts_on_1_january_2025_and_stops_at_the_new_age(
    born: date, group: AgeGroup
) -> None:
    old = pre_reform_retirement_date(born, group)
    new = retirement_date(born, group)
    assert old <= new
    # Nobody who reached the old age before 2025 is delayed; everybody after is.
    assert (new == old) == (old < date(2025, 1, 1))
    cap = {AgeGroup.MAN_60: 36, AgeGroup.WOMAN_55: 36, AgeGroup.WOMAN_50: 60}[group]
    assert 0 <= month_index(new) - month_index(old) <= cap


@given(birth, birth, st.sampled_from(list(AgeGroup)))
def test_a_later_birth_never_retires_earlier(a: date, b: date, group: AgeGroup) -> None:
    early, late = sorted((a, b))
    assert retirement_date(early, group) <= retirement_date(late, group)


def test_men_have_one_group_and_a_womans_comes_from_her_record() -> None:
    assert age_group_for("M", None).group is AgeGroup.MAN_60
    assert age_group_for("male", "woman_50").group is AgeGroup.MAN_60
    worker = age_group_for("F", "woman_50")
    assert (worker.group, worker.assumed) == (AgeGroup.WOMAN_50, False)
    unknown = age_group_for("F", None)
    assert (unknown.group, unknown.assumed) == (AgeGroup.WOMAN_55, True)
    assert age_group_for("F", "nonsense").assumed
    assert parse_age_group("woman_55") is AgeGroup.WOMAN_55
    assert parse_age_group("") is None
    with pytest.raises(ValueError):
        age_group_for("X", None)


def test_benefit_ends_with_the_month_the_age_is_reached() -> None:
    # Born 1966-01-10, man: 13 months after 1964-12, 4 steps → 60 years 4 months, reached
    # 2026-05-10. Registered 2026-03-02 with 24 months: paid March–May 2026, then the pension.
    period = benefit_period(
        date(2026, 3, 2), 24, birth_date=date(1966, 1, 10), group=AgeGroup.MAN_60
    )
    assert period.retirement_date == date(2026, 5, 10)
    assert period.capped_at_retirement
    assert period.months == 3
    assert period.benefit_months == (date(2026, 3, 1), date(2026, 4, 1), date(2026, 5, 1))
    assert period.ends == date(2026, 5, 9)
    assert not period.extended


def test_benefit_within_a_year_of_the_age_is_extended_to_it_with_pension_premiums() -> None:
    # Woman worker born 1977-03-20: 50 + 14 months (step 14 of 2 months) → 51y2m, reached
    # 2028-05-20. Registered 2026-11-02 with 12 months: the last month would be 2027-10; the age
    # comes 7 months later, so the benefit runs to May 2028 (19 months).
    born = date(1977, 3, 20)
    assert statutory_age_months(born, AgeGroup.WOMAN_50) == _age(51, 2)
    period = benefit_period(date(2026, 11, 2), 12, birth_date=born, group=AgeGroup.WOMAN_50)
    assert period.extension_months == 7
    assert period.months == 19
    assert period.benefit_months[-1] == date(2028, 5, 1)
    assert period.ends == date(2028, 5, 19)
    # Premiums for every benefit month within a year of the age (May 2027 → May 2028).
    assert period.pension_premium_months[0] == date(2027, 5, 1)
    assert period.pension_premium_months[-1] == date(2028, 5, 1)
    assert len(period.pension_premium_months) == 13


def test_more_than_a_year_from_the_age_is_not_extended() -> None:
    born = date(1977, 3, 20)  # reached 2028-05-20
    period = benefit_period(date(2026, 3, 2), 12, birth_date=born, group=AgeGroup.WOMAN_50)
    assert period.months == 12 and not period.extended
    assert period.pension_premium_months == ()


def test_a_province_reading_less_than_a_year_strictly_extends_less() -> None:
    born = date(1977, 3, 20)  # reached 2028-05-20, 12 months after a last month 2027-05
    period = benefit_period(date(2026, 6, 2), 12, birth_date=born, group=AgeGroup.WOMAN_50)
    assert period.extension_months == 12
    strict = RuleParameters(retirement_extension_window_months=11)
    period = benefit_period(
        date(2026, 6, 2), 12, birth_date=born, group=AgeGroup.WOMAN_50, parameters=strict
    )
    assert period.extension_months == 0


def test_transitional_rule_pays_up_to_the_pre_reform_age_on_application() -> None:
    # Man born 1965-12-10: new age 60y3m (2026-03-10), old age 2025-12-10. Receiving since
    # 2024-03-05 with 12 months: last month 2025-02. The new age is 13 months away (no
    # extension); on application he is paid to the month of the old age (December 2025).
    born = date(1965, 12, 10)
    plain = benefit_period(date(2024, 3, 5), 12, birth_date=born, group=AgeGroup.MAN_60)
    assert plain.months == 12 and not plain.extended
    applied = benefit_period(
        date(2024, 3, 5),
        12,
        birth_date=born,
        group=AgeGroup.MAN_60,
        transitional_application=True,
    )
    assert applied.transitional_extension
    assert applied.extension_months == 10
    assert applied.benefit_months[-1] == date(2025, 12, 1)
    assert applied.ends == date(2025, 12, 9)


def test_transitional_rule_is_only_for_those_receiving_on_31_december_2024() -> None:
    born = date(1965, 12, 10)
    period = benefit_period(
        date(2025, 1, 5),
        1,
        birth_date=born,
        group=AgeGroup.MAN_60,
        transitional_application=True,
    )
    assert not period.transitional_extension


def test_without_a_birth_date_the_plain_entitlement_stands() -> None:
    period = benefit_period(date(2026, 11, 2), 18)
    assert (period.months, period.ends, period.retirement_date) == (18, date(2028, 5, 1), None)


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2040, 12, 31)),
    st.integers(min_value=1, max_value=24),
    birth,
    st.sampled_from(list(AgeGroup)),
)
def test_no_benefit_month_after_the_month_of_the_age_nor_beyond_a_year_of_extension(
    start: date, months: int, born: date, group: AgeGroup
) -> None:
    period = benefit_period(start, months, birth_date=born, group=group)
    reached = retirement_date(born, group)
    for month in period.benefit_months:
        assert month_index(month) <= month_index(reached)
    assert period.months <= months + NATIONAL_DEFAULTS.retirement_extension_window_months
    plain = add_months(start, months) - timedelta(days=1)
    if period.months == 0:
        assert reached <= start
    elif period.extended:
        assert period.ends == reached - timedelta(days=1)
    else:
        assert period.ends == min(plain, reached - timedelta(days=1))
    assert set(period.pension_premium_months) <= set(period.benefit_months)


def test_a_birth_date_without_its_group_is_a_bug_not_a_guess() -> None:
    with pytest.raises(ValueError):
        benefit_period(date(2026, 11, 2), 12, birth_date=date(1970, 1, 1))
