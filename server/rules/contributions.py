"""Contribution history and how many months of it count (Regulations arts. 14, 17)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from server.rules.month_math import month_index, month_start


@dataclass(frozen=True)
class ContributionPeriod:
    """Months for which unemployment-insurance premiums were paid, first and last inclusive.

    Only the year and month of the two dates matter. Overlapping periods (two employers in one
    month) count each month once: the rules count time insured, not premiums.
    """

    first_month: date
    last_month: date
    employer_code: str | None = None

    def __post_init__(self) -> None:
        if month_index(self.last_month) < month_index(self.first_month):
            raise ValueError("a contribution period cannot end before it starts")

    @classmethod
    def of_months(
        cls, months: int, *, ending: date, employer_code: str | None = None
    ) -> ContributionPeriod:
        """`months` consecutive months ending with the month of `ending`."""
        if months < 1:
            raise ValueError("a contribution period has at least one month")
        last = month_index(ending)
        return cls(month_start(last - months + 1), month_start(last), employer_code)

    @property
    def months(self) -> int:
        return month_index(self.last_month) - month_index(self.first_month) + 1


def count_contribution_months(
    periods: Iterable[ContributionPeriod],
    *,
    after: date | None = None,
    until: date | None = None,
    before: date | None = None,
) -> int:
    """Distinct contribution months, optionally only those after the month of `after`, up to the
    month of `until` and before the month of `before`.

    A claim is sized with `before=registration_date`: the registration month itself is not a
    contribution month (the claimant is unemployed in it, and counting a premium the separating
    employer paid for it would credit the same month to work and to unemployment).

    `after` serves the re-employment rule of art. 17: contribution is "counted afresh" from the
    month after the earlier entitlement began, so months already used to size it never count
    twice.
    """
    floor = month_index(after) + 1 if after is not None else None
    ceilings = [month_index(until)] if until is not None else []
    if before is not None:
        ceilings.append(month_index(before) - 1)
    ceiling = min(ceilings) if ceilings else None
    months: set[int] = set()
    for period in periods:
        start = month_index(period.first_month)
        end = month_index(period.last_month)
        if floor is not None:
            start = max(start, floor)
        if ceiling is not None:
            end = min(end, ceiling)
        months.update(range(start, end + 1))
    return len(months)
