"""The agency's business date.

Agency dates are China Standard Time dates; China keeps UTC+8 all year, so a fixed offset is
exact. Registration dates, due dates of monthly payments and the cross-checks all read the
business date through `business_today`, never the wall clock, so that a development server can
move it (`POST /api/dev/clock`) and pay months in tests and demos without waiting. The override is
a database row, so every server process on one database agrees on the date.
"""

from datetime import date, datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db_types import utcnow
from server.models import BusinessClock

CST = timezone(timedelta(hours=8), "CST")

_CLOCK_ROW = 1


def local_date(moment: datetime) -> date:
    return moment.astimezone(CST).date()


def override_date(session: Session) -> date | None:
    """The development override, if one is set."""
    return session.execute(_OVERRIDE).scalar_one_or_none()


#: Built once: every claim, decision and payment reads the business date, and a statement built
#: on every call spent more in building and hashing its cache key than the query took.
_OVERRIDE = select(BusinessClock.today).where(BusinessClock.id == _CLOCK_ROW)


def business_today(session: Session) -> date:
    """Today in China, or the date the development test clock was set to."""
    override = override_date(session)
    return override if override is not None else local_date(utcnow())


def set_test_date(session: Session, today: date | None) -> None:
    """Sets (or, with None, clears) the override; only the development router calls this."""
    row = session.get(BusinessClock, _CLOCK_ROW)
    if row is None:
        session.add(BusinessClock(id=_CLOCK_ROW, today=today, set_at=utcnow()))
    else:
        row.today = today
        row.set_at = utcnow()
    session.flush()
