"""Configuring the regional benefit amounts within the law's bounds (Regulations art. 18).

The province sets the monthly benefit "below the local minimum wage and above the urban minimum
living standard". Before this service the rate table was written only by the seed, and nothing
compared an amount with either bound, so a mistyped rate (an extra zero) would have been paid to
every running claim from the month it took effect. Every change now goes through here:

- a new rate must lie strictly within the bounds on every day of its span, and takes effect no
  earlier than the business date, since months already released were paid at the rate of their
  first day and a back-dated rate would make them disagree with the table; it closes the region's
  open-ended rate the day before, so later months of running claims are paid at it
  (`rules.amount_for_month`);
- a new bounds row (a higher minimum living standard, a lower minimum wage category) must not
  leave any configured rate outside the bounds; it closes the region's open-ended bounds row the
  day before.

Both tables only grow forward in time (a change starts after the region's latest row), so the
history a paid month was checked against stays as it was. Changes are audited; nothing in them is
personal data.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from server import audit, rules
from server.clock import business_today
from server.errors import ApiError, conflict, unprocessable
from server.ledger.records import rate_table
from server.models import BenefitRate, RateBounds, Region
from server.rules import RateFault, RateProblem, RegionalAmount, RegionalBounds

_Row = TypeVar("_Row", BenefitRate, RateBounds)


@dataclass(frozen=True)
class RateRow:
    """One configured rate and whether it is lawful, for `kiosk server rates list`."""

    region_code: str
    effective_from: date
    effective_to: date | None
    monthly_fen: int
    problems: tuple[RateProblem, ...]


def bounds_table(session: Session) -> tuple[RegionalBounds, ...]:
    return tuple(
        RegionalBounds(
            r.region_code,
            r.effective_from,
            r.minimum_wage_fen,
            r.minimum_living_fen,
            r.effective_to,
        )
        for r in session.execute(select(RateBounds)).scalars()
    )


def check_table(session: Session) -> tuple[RateProblem, ...]:
    """Every fault of the configured rates against the configured bounds (empty when lawful)."""
    return rules.check_rates(_ordered(rate_table(session)), bounds_table(session))


def list_rates(session: Session) -> tuple[RateRow, ...]:
    bounds = bounds_table(session)
    return tuple(
        RateRow(
            r.region_code,
            r.effective_from,
            r.effective_to,
            r.monthly_fen,
            rules.check_rate(r, bounds),
        )
        for r in _ordered(rate_table(session))
    )


def refusal(problems: Iterable[RateProblem]) -> ApiError:
    """422 with the validator's reasons: `rate_bounds_unknown` when a day of the span has no
    bounds to check against, else `rate_out_of_bounds`."""
    found = tuple(problems)
    code = (
        RateFault.NO_BOUNDS.value
        if any(p.fault is RateFault.NO_BOUNDS for p in found)
        else "rate_out_of_bounds"
    )
    return unprocessable(
        code,
        found[0].en,
        {"problems": [problem_view(p) for p in found]},
    )


def problem_view(problem: RateProblem) -> dict[str, Any]:
    return {
        "fault": problem.fault.value,
        "region_code": problem.region_code,
        "on": problem.on.isoformat(),
        "monthly_fen": problem.monthly_fen,
        "bound_fen": problem.bound_fen,
        "zh": problem.zh,
        "en": problem.en,
    }


def add_rate(
    session: Session, region: str, effective_from: date, monthly_fen: int, actor: str
) -> BenefitRate:
    """A new monthly amount for the region from `effective_from`, open-ended."""
    _lock_region(session, region)
    if monthly_fen <= 0:
        raise unprocessable("invalid_amount", "a monthly amount must be a positive number of fen")
    today = business_today(session)
    if effective_from < today:
        raise unprocessable(
            "rate_effective_in_past",
            "a rate takes effect on the business date or later; months already paid keep theirs",
            {"effective_from": effective_from.isoformat(), "business_date": today.isoformat()},
        )
    rows = _rows(session, BenefitRate, region)
    _after_latest(rows, effective_from, "rate_not_after_latest", "rate")
    candidate = RegionalAmount(region, monthly_fen, effective_from)
    problems = rules.check_rate(candidate, bounds_table(session))
    if problems:
        raise refusal(problems)
    closed = _close_open(rows, effective_from)
    row = BenefitRate(region_code=region, monthly_fen=monthly_fen, effective_from=effective_from)
    session.add(row)
    session.flush()
    audit.append(
        session,
        actor=actor,
        action="rate.add",
        subject=f"region:{region}",
        details={
            "effective_from": effective_from.isoformat(),
            "monthly_fen": monthly_fen,
            "closed_rate_to": closed.isoformat() if closed else None,
        },
    )
    return row


def add_bounds(
    session: Session,
    region: str,
    effective_from: date,
    minimum_wage_fen: int,
    minimum_living_fen: int,
    actor: str,
) -> RateBounds:
    """The region's minimum wage and minimum living standard from `effective_from`, open-ended;
    refused when a configured rate would no longer lie strictly between them."""
    _lock_region(session, region)
    try:
        new = RegionalBounds(region, effective_from, minimum_wage_fen, minimum_living_fen)
    except ValueError as exc:
        raise unprocessable("invalid_bounds", str(exc)) from None
    rows = _rows(session, RateBounds, region)
    _after_latest(rows, effective_from, "bounds_not_after_latest", "bounds row")
    before = bounds_table(session)
    after = (*(_closed_before(b, region, effective_from) for b in before), new)
    rates = tuple(r for r in rate_table(session) if r.region_code == region)
    # Only faults this change makes count: a database migrated without bounds holds rates that
    # cannot be checked yet, and entering its bounds period by period must stay possible.
    known = {_key(p) for p in rules.check_rates(rates, before)}
    made = [p for p in rules.check_rates(_ordered(rates), after) if _key(p) not in known]
    if made:
        raise refusal(made)
    closed = _close_open(rows, effective_from)
    row = RateBounds(
        region_code=region,
        effective_from=effective_from,
        minimum_wage_fen=minimum_wage_fen,
        minimum_living_fen=minimum_living_fen,
    )
    session.add(row)
    session.flush()
    audit.append(
        session,
        actor=actor,
        action="rate.bounds",
        subject=f"region:{region}",
        details={
            "effective_from": effective_from.isoformat(),
            "minimum_wage_fen": minimum_wage_fen,
            "minimum_living_fen": minimum_living_fen,
            "closed_bounds_to": closed.isoformat() if closed else None,
        },
    )
    return row


def _closed_before(row: RegionalBounds, region: str, effective_from: date) -> RegionalBounds:
    """The row as `_close_open` will leave it once a new one takes effect."""
    if row.region_code != region or (
        row.effective_to is not None and row.effective_to < effective_from
    ):
        return row
    return RegionalBounds(
        row.region_code,
        row.effective_from,
        row.minimum_wage_fen,
        row.minimum_living_fen,
        effective_from - timedelta(days=1),
    )


def _key(problem: RateProblem) -> tuple[str, date, RateFault]:
    return (problem.region_code, problem.on, problem.fault)


def _ordered(rates: Iterable[RegionalAmount]) -> tuple[RegionalAmount, ...]:
    return tuple(sorted(rates, key=lambda r: (r.region_code, r.effective_from)))


def _lock_region(session: Session, region: str) -> Region:
    """Changes to one region's tables queue here (SELECT ... FOR UPDATE on PostgreSQL), so two
    operators never both close the same open-ended row."""
    found = session.execute(
        select(Region).where(Region.code == region).with_for_update()
    ).scalar_one_or_none()
    if found is None:
        raise unprocessable("unknown_region", f"no region {region} in the agency's register")
    return found


def _rows(session: Session, model: type[_Row], region: str) -> list[_Row]:
    return list(session.execute(select(model).where(model.region_code == region)).scalars())


def _after_latest(
    rows: Iterable[BenefitRate | RateBounds], effective_from: date, code: str, what: str
) -> None:
    latest = max((r.effective_from for r in rows), default=None)
    if latest is not None and effective_from <= latest:
        raise conflict(
            code,
            f"a new {what} must take effect after the region's latest one "
            f"({latest.isoformat()}); the history stays as it was",
        )


def _close_open(rows: Iterable[BenefitRate | RateBounds], effective_from: date) -> date | None:
    """Ends the open-ended row the day before; answers its new last day, if there was one."""
    last = effective_from - timedelta(days=1)
    closed = None
    for row in rows:
        if row.effective_to is None or row.effective_to >= effective_from:
            row.effective_to = last
            closed = last
    return closed
