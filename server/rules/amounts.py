"""The monthly benefit amount by region and date (Regulations art. 18).

Each province sets the amount below the local minimum wage and above the urban minimum living
standard, so the server only keeps a table of monthly amounts per 6-digit region code with the
dates they take effect. Money is integer fen throughout: a float would round a claimant's payment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class RegionalAmount:
    """From `effective_from` (until `effective_to`, inclusive, if set) the region pays this."""

    region_code: str
    monthly_fen: int
    effective_from: date
    effective_to: date | None = None

    def __post_init__(self) -> None:
        if len(self.region_code) != 6 or not self.region_code.isdigit():
            raise ValueError("a region code has 6 digits")
        if self.monthly_fen <= 0:
            raise ValueError("a monthly amount must be positive")
        if self.effective_to is not None and self.effective_to < self.effective_from:
            raise ValueError("an amount cannot stop before it takes effect")

    def in_effect_on(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


@dataclass(frozen=True)
class MonthlyAmount:
    region_code: str
    monthly_fen: int
    effective_from: date

    @property
    def yuan(self) -> Decimal:
        return fen_to_yuan(self.monthly_fen)


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def yuan_to_fen(yuan: Decimal | int | str) -> int:
    value = Decimal(yuan) * 100
    if value != value.to_integral_value():
        raise ValueError("an amount in yuan has at most two decimal places")
    return int(value)


def is_known_region(table: Iterable[RegionalAmount], region_code: str) -> bool:
    return any(row.region_code == region_code for row in table)


def amount_on(table: Iterable[RegionalAmount], region_code: str, day: date) -> MonthlyAmount | None:
    """The amount in effect in the region on `day` (the registration date, from which the benefit
    period counts); when periods overlap, the one that took effect last wins."""
    rows = [r for r in table if r.region_code == region_code and r.in_effect_on(day)]
    row = max(rows, key=lambda r: r.effective_from, default=None)
    if row is None:
        return None
    return MonthlyAmount(row.region_code, row.monthly_fen, row.effective_from)


def amount_for_month(
    table: Iterable[RegionalAmount],
    region_code: str,
    month: date,
    *,
    started: date | None = None,
) -> MonthlyAmount | None:
    """The amount to pay for a benefit month: the rate in effect on the month's first day, so a
    new rate reaches the later months of running claims (Regulations art. 18 sets the amount,
    not a claim's decision). In the registration month (`started` falls in it) the rate of the
    registration date applies, the one the claim was decided on."""
    first = month.replace(day=1)
    day = max(first, started) if started is not None and started > first else first
    return amount_on(table, region_code, day)
