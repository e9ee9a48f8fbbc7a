"""A synthetic population for the fund simulation (`python -m bench.fund`): who worked when, who
lost a job against their will, who found work again and lost it again, who was imprisoned or
settled abroad, and how the regional rates changed. Deterministic for a seed.

Plain data only: the replay (bench.fund) feeds it to the server as events dated on the business
clock, and the oracle (bench.fund_oracle) computes from the same data, independently, what the law
says the fund must pay. Nothing here knows the server's rules.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

INVOLUNTARY = "contract_expired_not_renewed"
VOLUNTARY = "voluntary_resignation"
STOP_KINDS = ("imprisonment", "settled_abroad", "enlistment")


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def shift(month: date, months: int) -> date:
    """The first day of the month `months` after `month`'s."""
    index = month.year * 12 + (month.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


@dataclass(frozen=True)
class Job:
    """Premiums paid every month from `first_month` to `last_month`, both included; the job ends
    on the last day of `last_month` for `reason` (reported by the employer when it ends)."""

    employer: int
    first_month: date
    last_month: date
    reason: str

    @property
    def months(self) -> int:
        return month_index(self.last_month) - month_index(self.first_month) + 1

    @property
    def ended_on(self) -> date:
        return date.fromordinal(shift(self.last_month, 1).toordinal() - 1)


@dataclass(frozen=True)
class Stop:
    kind: str
    effective: date


@dataclass(frozen=True)
class Person:
    index: int
    birth: date
    gender: str  # "M" or "F"
    region: str
    jobs: tuple[Job, ...]  # in time order; the first ends before the window's first claim
    applications: tuple[date, ...]  # days the person applies at a kiosk, in order
    stops: tuple[Stop, ...] = ()


@dataclass(frozen=True)
class Rate:
    region: str
    effective_from: date
    monthly_fen: int


@dataclass(frozen=True)
class Population:
    start: date  # the first day of the window's first month
    months: int
    people: tuple[Person, ...]
    rates: tuple[Rate, ...]

    @property
    def end(self) -> date:
        """The last business day of the window."""
        return date.fromordinal(shift(self.start, self.months).toordinal() - 1)


REGIONS = ("222401", "222404", "222405")
BASE_RATES = {"222401": 171_000, "222404": 166_500, "222405": 162_000}


def generate(people: int, months: int, seed: int, start: date = date(2027, 1, 1)) -> Population:
    rng = random.Random(seed)
    rates = [Rate(region, date(2020, 1, 1), fen) for region, fen in BASE_RATES.items()]
    # Rate rises during the window: one region a third of the way in, another two thirds in.
    rates.append(Rate("222401", shift(start, months // 3), 179_500))
    rates.append(Rate("222405", shift(start, 2 * months // 3), 170_000))
    return Population(
        start=start,
        months=months,
        people=tuple(_person(rng, i, start, months) for i in range(people)),
        rates=tuple(rates),
    )


def _person(rng: random.Random, index: int, start: date, months: int) -> Person:
    # Ages 28-42 at the window's start: nobody nears a statutory retirement age inside it.
    birth = date(rng.randint(1985, 1998), rng.randint(1, 12), rng.randint(1, 28))
    gender = rng.choice("MF")
    region = rng.choice(REGIONS)
    # First job: ends in the first half of the window, after 4 to 160 months of premiums.
    separation = shift(start, rng.randint(0, max(0, months // 2 - 1)))
    length = rng.choice((4, 8, 11, 12, 13, 30, 59, 60, 61, 90, 119, 120, 121, 160))
    first = Job(
        employer=rng.randrange(20),
        first_month=shift(separation, -(length - 1)),
        last_month=separation,
        reason=INVOLUNTARY if rng.random() < 0.85 else VOLUNTARY,
    )
    jobs = [first]
    applications = [shift(separation, 1).replace(day=rng.randint(1, 28))]
    stops: list[Stop] = []
    # Re-employment some months after applying; some lose that job again and apply again.
    if rng.random() < 0.4:
        back = shift(applications[0], rng.randint(1, 14))
        length2 = rng.choice((3, 6, 12, 14, 25))
        second = Job(
            employer=rng.randrange(20),
            first_month=back,
            last_month=shift(back, length2 - 1),
            reason=INVOLUNTARY if rng.random() < 0.7 else VOLUNTARY,
        )
        if month_index(second.last_month) < month_index(start) + months - 1:
            jobs.append(second)
            applications.append(shift(second.last_month, 1).replace(day=rng.randint(1, 28)))
        else:  # still in that job when the window closes
            jobs.append(
                Job(second.employer, second.first_month, shift(start, months + 24), INVOLUNTARY)
            )
    elif rng.random() < 0.05:
        kind = rng.choice(STOP_KINDS)
        stops.append(Stop(kind, shift(applications[0], rng.randint(1, 10)).replace(day=15)))
    window_end = shift(start, months)
    applications = [day for day in applications if day < window_end]
    return Person(index, birth, gender, region, tuple(jobs), tuple(applications), tuple(stops))
