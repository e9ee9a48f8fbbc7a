"""Regulations art. 18: the monthly amount by region, in integer fen, by effective date."""

from datetime import date
from decimal import Decimal

import pytest

from server.rules import RegionalAmount, amount_on, fen_to_yuan, is_known_region, yuan_to_fen

TABLE = (
    RegionalAmount("222405", 158400, date(2023, 1, 1), date(2025, 6, 30)),
    RegionalAmount("222405", 178200, date(2025, 7, 1)),
    RegionalAmount("110105", 217800, date(2023, 9, 1)),
)


def test_the_rate_in_effect_on_the_day_is_chosen() -> None:
    last_day_of_old = amount_on(TABLE, "222405", date(2025, 6, 30))
    first_day_of_new = amount_on(TABLE, "222405", date(2025, 7, 1))
    assert last_day_of_old is not None and last_day_of_old.monthly_fen == 158400
    assert first_day_of_new is not None and first_day_of_new.monthly_fen == 178200


def test_a_later_rate_wins_where_periods_overlap() -> None:
    table = (*TABLE, RegionalAmount("110105", 228600, date(2025, 9, 1)))
    found = amount_on(table, "110105", date(2026, 1, 1))
    assert found is not None and found.monthly_fen == 228600
    assert found.effective_from == date(2025, 9, 1)


def test_no_rate_before_the_first_effective_date() -> None:
    assert amount_on(TABLE, "222405", date(2022, 12, 31)) is None
    assert is_known_region(TABLE, "222405")


def test_unknown_region_has_no_rate() -> None:
    assert amount_on(TABLE, "999999", date(2026, 1, 1)) is None
    assert not is_known_region(TABLE, "999999")


def test_amounts_are_exact_decimals_never_floats() -> None:
    found = amount_on(TABLE, "222405", date(2026, 1, 1))
    assert found is not None
    assert found.yuan == Decimal("1782.00")
    assert fen_to_yuan(1) == Decimal("0.01")
    assert yuan_to_fen(Decimal("1782.35")) == 178235
    assert yuan_to_fen("1980") == 198000
    with pytest.raises(ValueError):
        yuan_to_fen(Decimal("1.005"))


def test_malformed_table_rows_are_refused() -> None:
    with pytest.raises(ValueError):
        RegionalAmount("2224", 100, date(2025, 1, 1))
    with pytest.raises(ValueError):
        RegionalAmount("222405", 0, date(2025, 1, 1))
    with pytest.raises(ValueError):
        RegionalAmount("222405", 100, date(2025, 1, 1), date(2024, 1, 1))
