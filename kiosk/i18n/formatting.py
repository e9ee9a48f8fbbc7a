"""Dates, money and numbers written the way each kiosk language writes them.

Plain Python, no Qt, so the session flow and receipts can use it too. Money is Decimal, never
float: a benefit amount must print exactly as the agency computed it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "zh_CN": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Renminbi in each language. Yanbian Korean writes the yuan as 원, as Chinese Korean papers and
# price tags do (docs/korean-glossary.md); 위안 is how Seoul transcribes it.
_CURRENCY_SUFFIX = {"zh_CN": "元", "ko": "원"}


def _check(lang: str) -> None:
    if lang not in _WEEKDAYS:
        raise ValueError(f"unsupported language {lang!r}")


def format_number(value: int | Decimal, lang: str, decimals: int = 0) -> str:
    """Digits grouped by thousands with commas; all three languages group the same way."""
    _check(lang)
    quantum = Decimal(1).scaleb(-decimals)
    exact = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{exact:,.{decimals}f}"


def format_money(amount: int | Decimal, lang: str) -> str:
    """Yuan with two decimals: 1,850.00元 / 1,850.00원 / CNY 1,850.00."""
    number = format_number(amount, lang, decimals=2)
    if lang == "en":
        return f"CNY {number}"
    return number + _CURRENCY_SUFFIX[lang]


def format_date(day: date, lang: str, *, weekday: bool = False) -> str:
    """2026年11月26日 / 2026년 11월 26일 / 26 November 2026, optionally with the weekday."""
    _check(lang)
    name = _WEEKDAYS[lang][day.weekday()]
    if lang == "zh_CN":
        text = f"{day.year}年{day.month}月{day.day}日"
        return f"{text}（{name}）" if weekday else text
    if lang == "ko":
        text = f"{day.year}년 {day.month}월 {day.day}일"
        return f"{text} ({name})" if weekday else text
    text = f"{day.day} {_ENGLISH_MONTHS[day.month - 1]} {day.year}"
    return f"{name}, {text}" if weekday else text


def format_datetime(moment: datetime, lang: str) -> str:
    """The date as above with a 24-hour clock time, the way offices post opening hours."""
    return f"{format_date(moment.date(), lang)} {moment.hour:02d}:{moment.minute:02d}"


def format_months(count: int, lang: str) -> str:
    """A duration in months: 3个月 / 3개월 / 3 months."""
    _check(lang)
    if lang == "zh_CN":
        return f"{count}个月"
    if lang == "ko":
        return f"{count}개월"
    return f"{count} month" if count == 1 else f"{count} months"
