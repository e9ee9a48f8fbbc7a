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
) -> int:
    """Distinct contribution months, optionally only those after the month of `after` and up to
    the month of `until` (a claim is sized on what was paid by its registration date).

    `after` serves the re-employment rule of art. 17: contribution is "counted afresh" from the
    month after the earlier entitlement began, so months already used to size it never count
    twice.
    """
    floor = month_index(after) + 1 if after is not None else None
    ceiling = month_index(until) if until is not None else None
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
