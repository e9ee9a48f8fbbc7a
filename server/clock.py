"""Agency dates are China Standard Time dates; China keeps UTC+8 all year, so a fixed offset is exact."""

from datetime import date, datetime, timedelta, timezone

CST = timezone(timedelta(hours=8), "CST")


def local_date(moment: datetime) -> date:
    return moment.astimezone(CST).date()
