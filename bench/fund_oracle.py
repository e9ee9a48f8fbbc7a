"""What the law says the fund must pay a synthetic population, computed without the server.

Written from the statute, not from `server/rules` (it imports nothing of the server's), so that
the fund simulation compares two independent readings: if they disagree, one of them is wrong.

The reading, article by article:
- Regulations art. 14 / Law art. 45: at least 12 months of premiums in all (the month of
  registration does not count), a job ended against the claimant's will, and registration
  (applying at the kiosk registers, notice §1).
- Art. 17 / Law art. 46: 12 months of benefit from 1 year of premiums, 18 from 5, 24 from 10.
  After re-employment, premiums are counted afresh from the month after the earlier entitlement
  began, and the unused months of that entitlement are added; 24 months at most.
- The period counts from the month of registration; one payment a month, due on the pay day.
- Art. 15 / Law art. 51: payment stops from the month a stop condition takes effect
  (re-employment: the month the new employer's premiums start); months before it stay due.
- Art. 18: each month is paid at the regional rate in effect on that month's first day.
- One open claim per person: a new application is only possible once the earlier claim ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bench.fund_population import (
    INVOLUNTARY,
    Person,
    Population,
    Rate,
    month_index,
    shift,
)

TIERS = ((120, 24), (60, 18), (12, 12))
CEILING = 24
QUALIFYING = 12


@dataclass(frozen=True)
class Expected:
    months_paid: int
    total_fen: int


def fresh_months(contribution_months: int) -> int:
    return next((months for floor, months in TIERS if contribution_months >= floor), 0)


def rate_on(rates: tuple[Rate, ...], region: str, day: date) -> int:
    inside = [r for r in rates if r.region == region and r.effective_from <= day]
    return max(inside, key=lambda r: r.effective_from).monthly_fen


def premium_months(person: Person, *, after: date | None, before: date) -> int:
    """Months with premiums strictly after the month of `after` and strictly before `before`'s."""
    low = month_index(after) + 1 if after is not None else -(10**9)
    high = month_index(before)
    total = 0
    for job in person.jobs:
        first = max(month_index(job.first_month), low)
        last = min(month_index(job.last_month), high - 1)
        total += max(0, last - first + 1)
    return total


def _stop_month(person: Person, registered: date) -> int | None:
    """The first month no longer payable: a later job's first month, or another stop's month."""
    months = [month_index(s.effective) for s in person.stops if s.effective >= registered]
    months += [month_index(j.first_month) for j in person.jobs if j.first_month > registered]
    return min(months, default=None)


def _last_job_before(person: Person, day: date) -> str | None:
    ended = [j for j in person.jobs if j.ended_on < day]
    return max(ended, key=lambda j: j.last_month).reason if ended else None


def expected_for(person: Person, population: Population, pay_day: int) -> Expected:
    paid_months = 0
    total = 0
    previous_start: date | None = None
    previous_unused = 0
    for registered in person.applications:
        if _last_job_before(person, registered) != INVOLUNTARY:
            continue
        if premium_months(person, after=None, before=registered) < QUALIFYING:
            continue
        counted = premium_months(person, after=previous_start, before=registered)
        granted = min(fresh_months(counted) + previous_unused, CEILING)
        if granted == 0:
            continue
        stop = _stop_month(person, registered)
        first = registered.replace(day=1)
        used = 0
        for k in range(granted):
            month = shift(first, k)
            if stop is not None and month_index(month) >= stop:
                break
            if month.replace(day=pay_day) > population.end:
                break
            used += 1
            total += rate_on(population.rates, person.region, month)
        paid_months += used
        previous_start, previous_unused = registered, granted - used
    return Expected(paid_months, total)


def expected_total(population: Population, pay_day: int) -> Expected:
    months = 0
    total = 0
    for person in population.people:
        expected = expected_for(person, population, pay_day)
        months += expected.months_paid
        total += expected.total_fen
    return Expected(months, total)
