"""Money, dates and numbers read the way each language writes them."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal

import pytest

from kiosk.i18n.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_months,
    format_number,
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("zh_CN", "1,850.00元"), ("ko", "1,850.00원"), ("en", "CNY 1,850.00")],
)
def test_money_is_yuan_with_two_decimals(lang: str, expected: str) -> None:
    assert format_money(Decimal("1850"), lang) == expected


def test_money_rounds_half_up_to_the_fen() -> None:
    assert format_money(Decimal("1234.565"), "zh_CN") == "1,234.57元"


def test_large_numbers_are_grouped_by_thousands() -> None:
    assert format_number(1234567, "ko") == "1,234,567"
    assert format_number(Decimal("0.5"), "zh_CN", decimals=1) == "0.5"


@pytest.mark.parametrize(
    ("lang", "plain", "with_weekday"),
    [
        ("zh_CN", "2026年3月5日", "2026年3月5日（星期四）"),
        ("ko", "2026년 3월 5일", "2026년 3월 5일 (목요일)"),
        ("en", "5 March 2026", "Thursday, 5 March 2026"),
    ],
)
def test_dates_are_written_in_the_languages_own_order(
    lang: str, plain: str, with_weekday: str
) -> None:
    day = date(2026, 3, 5)
    assert format_date(day, lang) == plain
    assert format_date(day, lang, weekday=True) == with_weekday


def test_date_and_time_uses_a_24_hour_clock() -> None:
    assert format_datetime(datetime(2026, 11, 26, 14, 5), "ko") == "2026년 11월 26일 14:05"


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [("zh_CN", 3, "3个月"), ("ko", 3, "3개월"), ("en", 1, "1 month"), ("en", 12, "12 months")],
)
def test_months(lang: str, count: int, expected: str) -> None:
    assert format_months(count, lang) == expected


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        format_money(1, "ja")


def test_formatting_is_usable_without_qt() -> None:
    """The Qt-free session flow formats receipts and amounts with these helpers."""
    probe = "import sys, kiosk.i18n.formatting; print(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    )
    assert result.stdout.strip() == "False"
