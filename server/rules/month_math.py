"""Calendar-month arithmetic: contributions are paid by the month, benefits run by the month."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_index(day: date) -> int:
    """A running month number, so month spans are plain integer ranges."""
    return day.year * 12 + day.month - 1


def month_start(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb)."""
    index = month_index(day) + months
    year, month = index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_last_day(start: date, months: int) -> date:
    """The last day of a benefit period of `months` counted from `start` (Regulations art. 17)."""
    return add_months(start, months) - timedelta(days=1)
