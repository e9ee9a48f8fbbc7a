"""Statutory retirement age and what it does to the benefit period.

The benefit is for people of working age: a claimant who has reached the statutory age by the
registration is not eligible, and payment ends with the month the age is reached (a pension
starts the month after). From 2025-01-01 the age rises by birth cohort (全国人大常委会关于实施
渐进式延迟法定退休年龄的决定, 2024, and the State Council's measures attached to it):

- men, 60 → 63: one month later for every 4 months of birth after 1964-12 (born 1965-01..04:
  60 years 1 month; born 1976-09 or later: 63);
- women whose old age was 55 (cadres), 55 → 58: per 4 months of birth after 1969-12 (born
  1981-09 or later: 58);
- women whose old age was 50 (workers), 50 → 55: per 2 months of birth after 1974-12 (born
  1975-01..02: 50 years 1 month; born 1984-11 or later: 55).

These are the rows of the decision's own tables (附件1–3). The first delayed cohort reaches its
old age in 2025-01, so the cohort rule alone makes the raise start on 2025-01-01.

Measures art. 7: a claimant receiving the benefit who is within a year of the statutory age has
the period extended to that age, and while the gradual raise is being phased in (2025–2039) the
fund pays the claimant's pension-insurance premiums. The bureaux' reading (e.g. Tianjin HRSS,
2025-01) applies the premiums to every benefit month within a year of the age, not only to the
extension months; `BenefitPeriod.pension_premium_months` follows that reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from server.rules.month_math import add_months, month_index, month_start, period_last_day
from server.rules.parameters import NATIONAL_DEFAULTS, RuleParameters

RAISE_STARTS = date(2025, 1, 1)
#: Transitional rule: people receiving the benefit on this day may, on application, be paid up to
#: their pre-reform age (see `benefit_period`).
TRANSITION_DAY = date(2024, 12, 31)
#: Measures art. 7 pays pension premiums "在实施渐进式延迟法定退休年龄期间": the 15 years of the
#: raise (the last cohorts reach their new age in 2039).
PENSION_PREMIUMS_FROM = date(2025, 1, 1)
PENSION_PREMIUMS_UNTIL = date(2039, 12, 1)


class AgeGroup(StrEnum):
    """Which statutory age applies; stored in `claimants.retirement_group` (String(16))."""

    MAN_60 = "man_60"
    WOMAN_55 = "woman_55"  # women whose pre-reform age was 55 (cadres, 干部)
    WOMAN_50 = "woman_50"  # women whose pre-reform age was 50 (workers, 工人)


@dataclass(frozen=True)
class _Pace:
    old_age_years: int
    new_age_years: int
    birth_months_per_step: int
    last_birth_month_unaffected: date


_PACES: dict[AgeGroup, _Pace] = {
    AgeGroup.MAN_60: _Pace(60, 63, 4, date(1964, 12, 1)),
    AgeGroup.WOMAN_55: _Pace(55, 58, 4, date(1969, 12, 1)),
    AgeGroup.WOMAN_50: _Pace(50, 55, 2, date(1974, 12, 1)),
}

#: The group assumed for a woman whose group is not on record. The later age never refuses a
#: woman of working age nor cuts her period short on a fact the agency failed to record; the
#: assessment asks staff to record the group whenever the choice changes the decision
#: (`retirement_group_not_on_record`), so the fund never pays past the worker age on a guess.
DEFAULT_WOMAN_GROUP = AgeGroup.WOMAN_55


@dataclass(frozen=True)
class GroupChoice:
    """The group used for a claimant and whether it was assumed rather than read from the record."""

    group: AgeGroup
    assumed: bool


def parse_age_group(text: str | None) -> AgeGroup | None:
    """A stored group value, or None when it is empty or not one of ours."""
    if not text:
        return None
    try:
        return AgeGroup(text)
    except ValueError:
        return None


def age_group_for(gender: str, recorded: str | None) -> GroupChoice:
    """The group for a claimant from `Claimant.gender` ("M"/"F", or "male"/"female") and
    `Claimant.retirement_group`. Men have one group whatever is recorded; a woman's group is a
    fact on her record (cadre or worker), not derivable from the ID number."""
    normalized = gender.strip().lower()
    if normalized in ("m", "male"):
        return GroupChoice(AgeGroup.MAN_60, assumed=False)
    if normalized not in ("f", "female"):
        raise ValueError("gender must be M or F")
    group = parse_age_group(recorded)
    if group is None or group is AgeGroup.MAN_60:
        return GroupChoice(DEFAULT_WOMAN_GROUP, assumed=True)
    return GroupChoice(group, assumed=False)


def delay_months(birth_date: date, group: AgeGroup) -> int:
    """How many months the 2024 decision adds to the pre-reform age for this birth month."""
    pace = _PACES[group]
    after = month_index(birth_date) - month_index(pace.last_birth_month_unaffected)
    if after <= 0:
        return 0
    steps = -(-after // pace.birth_months_per_step)  # ceiling: a started step counts
    return min(steps, (pace.new_age_years - pace.old_age_years) * 12)


def statutory_age_months(birth_date: date, group: AgeGroup) -> int:
    """The statutory retirement age in months (60 years 1 month → 721)."""
    return _PACES[group].old_age_years * 12 + delay_months(birth_date, group)


def retirement_date(birth_date: date, group: AgeGroup) -> date:
    """The day the statutory age is reached (born 29 Feb: 28 Feb in a common year)."""
    return add_months(birth_date, statutory_age_months(birth_date, group))


def pre_reform_retirement_date(birth_date: date, group: AgeGroup) -> date:
    """The day the pre-reform age (60, 55 or 50) is reached."""
    return add_months(birth_date, _PACES[group].old_age_years * 12)


def has_reached_retirement_age(birth_date: date, group: AgeGroup, on: date) -> bool:
    return on >= retirement_date(birth_date, group)


@dataclass(frozen=True)
class BenefitPeriod:
    """The months a claim may pay once retirement age is taken into account.

    `months` counts calendar months from the registration month (the ledger's schedule); the last
    one is the month the statutory age is reached when the period is capped or extended to it.
    """

    starts: date
    entitlement_months: int
    months: int
    ends: date
    retirement_date: date | None
    capped_at_retirement: bool
    extension_months: int
    transitional_extension: bool
    pension_premium_months: tuple[date, ...]

    @property
    def extended(self) -> bool:
        return self.extension_months > 0

    @property
    def benefit_months(self) -> tuple[date, ...]:
        """First days of the payable calendar months, earliest first."""
        first = month_index(self.starts)
        return tuple(month_start(first + i) for i in range(self.months))


def benefit_period(
    starts: date,
    entitlement_months: int,
    *,
    birth_date: date | None = None,
    group: AgeGroup | None = None,
    parameters: RuleParameters = NATIONAL_DEFAULTS,
    transitional_application: bool = False,
) -> BenefitPeriod:
    """The period from `starts` (registration) for `entitlement_months`, capped at or extended to
    the statutory age.

    - Reached in or before the last benefit month: payment ends with the month the age is
      reached (reached on or before `starts`: no month at all).
    - The month the age is reached lies 1..`retirement_extension_window_months` months after the
      last benefit month: the period runs on up to that month (measures art. 7).
    - Transitional rule: a claimant whose period covered 2024-12-31 and who applies for it
      (`transitional_application`) but is not extended under the new age, is paid up to the
      month of the pre-reform age when that lies within the window after the last benefit month
      (continued payment "至改革实施前法定退休年龄"; no further extension after it).
    Without a birth date nothing can be capped or extended: the plain entitlement is returned.
    """
    if entitlement_months < 0:
        raise ValueError("entitlement_months cannot be negative")
    plain_ends = period_last_day(starts, entitlement_months)
    if birth_date is None or entitlement_months == 0:
        return BenefitPeriod(
            starts, entitlement_months, entitlement_months, plain_ends, None, False, 0, False, ()
        )
    if group is None:
        raise ValueError("a birth date needs its AgeGroup (see age_group_for)")
    chosen = group
    reached = retirement_date(birth_date, chosen)
    first = month_index(starts)
    last = first + entitlement_months - 1
    window = parameters.retirement_extension_window_months
    months, ends = entitlement_months, plain_ends
    capped, extension, transitional = False, 0, False
    gap = month_index(reached) - last
    if reached <= starts:
        months, ends, capped = 0, starts - timedelta(days=1), True
    elif gap <= 0:
        months = month_index(reached) - first + 1
        ends, capped = min(plain_ends, reached - timedelta(days=1)), gap < 0
    elif gap <= window:
        extension = gap
        months, ends = entitlement_months + extension, reached - timedelta(days=1)
    elif transitional_application and starts <= TRANSITION_DAY <= plain_ends:
        old = pre_reform_retirement_date(birth_date, chosen)
        if 0 < month_index(old) - last <= window:
            extension = month_index(old) - last
            months, transitional = entitlement_months + extension, True
            ends = old - timedelta(days=1)
    premiums = tuple(
        month_start(m)
        for m in range(first, first + months)
        if month_index(PENSION_PREMIUMS_FROM) <= m <= month_index(PENSION_PREMIUMS_UNTIL)
        and 0 <= month_index(reached) - m <= window
    )
    return BenefitPeriod(
        starts=starts,
        entitlement_months=entitlement_months,
        months=months,
        ends=ends,
        retirement_date=reached,
        capped_at_retirement=capped,
        extension_months=extension,
        transitional_extension=transitional,
        pension_premium_months=premiums,
    )
