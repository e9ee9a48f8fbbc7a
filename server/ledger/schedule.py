"""Which benefit months a claim pays, when each falls due and how much each is.

The benefit runs by calendar month from the registration month (Regulations art. 17). A month is
payable only once it has begun by the business date and the configured pay day has come; before
this schedule, finance could release every month of an entitlement on the day it was approved.
A stop condition ends the schedule at the month it takes effect (Law art. 51): earlier months stay
payable, the stop month and later ones never are. Each month is paid at the regional amount in
effect for that month (Regulations art. 18), so a new rate reaches later months of running claims.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from server import rules
from server.models import PaymentState
from server.rules.month_math import add_months, month_index

#: Months that count as paid in the ledger: finance released them and the bank has not given
#: them back. A returned or failed month is owed again.
COUNTED_STATES = frozenset({PaymentState.RELEASED, PaymentState.SENT, PaymentState.PAID})


def first_of_month(day: date) -> date:
    return day.replace(day=1)


def benefit_months(started: date, granted: int, stop_date: date | None = None) -> list[date]:
    """The first days of the months the entitlement may pay, the stop month and later excluded."""
    months = [add_months(first_of_month(started), i) for i in range(granted)]
    if stop_date is None:
        return months
    stop = month_index(stop_date)
    return [m for m in months if month_index(m) < stop]


def due_on(month: date, started: date, pay_day: int) -> date:
    """The pay day of the month, or the registration date when the benefit starts after it."""
    last = calendar.monthrange(month.year, month.month)[1]
    return max(month.replace(day=min(pay_day, last)), started)


def is_due(month: date, started: date, pay_day: int, today: date) -> bool:
    return today >= due_on(month, started, pay_day)


@dataclass(frozen=True)
class MonthStatus:
    """One month of a claim's schedule: `state` is a PaymentState value ("scheduled" if unpaid)."""

    month: date
    due_on: date
    state: str


def month_states(
    months: Iterable[date], started: date, pay_day: int, payments: Mapping[date, str]
) -> list[MonthStatus]:
    return [
        MonthStatus(m, due_on(m, started, pay_day), payments.get(m, PaymentState.SCHEDULED.value))
        for m in months
    ]


def owed_months(months: Iterable[date], payments: Mapping[date, str]) -> list[date]:
    """Months of the schedule not (or no longer) counted as paid, earliest first."""
    return [m for m in months if payments.get(m) not in COUNTED_STATES]


def amount_for_month(
    table: Iterable[rules.RegionalAmount], region_code: str, month: date, started: date
) -> rules.MonthlyAmount | None:
    """The regional amount in effect for the month (`rules.amount_for_month`): on its first day,
    or on the registration date in the registration month (the amount the claim was decided on)."""
    return rules.amount_for_month(table, region_code, month, started=started)
