"""The fund simulation in small: a synthetic population replayed through the server pays, to
the fen, what the statute-based oracle says (bench.fund; the full run is
`python -m bench.fund --people 10000 --months 36`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.fund import simulate
from bench.fund_oracle import expected_for, fresh_months
from bench.fund_population import INVOLUNTARY, Job, Person, Population, Rate


@pytest.mark.slow
def test_a_replayed_population_is_paid_exactly_what_the_oracle_says(tmp_path: Path) -> None:
    result = simulate(people=30, months=24, seed=7, database_url=None, data_dir=tmp_path)
    assert result["approved"] > 0 and result["months_paid"] > 0
    assert result["refused"] > 0  # voluntary resignations and short records were in the mix
    assert result["months_paid"] - result["months_to_recover"] == result["oracle_months"]
    assert result["difference_fen"] == 0


def test_the_oracle_reads_article_17_and_the_stop_month_as_written() -> None:
    from datetime import date

    assert [fresh_months(m) for m in (11, 12, 59, 60, 119, 120, 300)] == [0, 12, 12, 18, 18, 24, 24]
    rates = (Rate("222401", date(2020, 1, 1), 100_000), Rate("222401", date(2027, 3, 1), 110_000))
    person = Person(
        index=0,
        birth=date(1990, 1, 1),
        gender="M",
        region="222401",
        jobs=(
            Job(0, date(2020, 1, 1), date(2026, 12, 1), INVOLUNTARY),  # 84 months: 18 granted
            Job(1, date(2027, 5, 1), date(2030, 1, 1), INVOLUNTARY),  # back at work in May
        ),
        applications=(date(2027, 1, 10),),
    )
    population = Population(date(2027, 1, 1), 36, (person,), rates)
    expected = expected_for(person, population, pay_day=1)
    # January to April are paid (two months at the new rate); May, the stop month, is not.
    assert expected.months_paid == 4
    assert expected.total_fen == 2 * 100_000 + 2 * 110_000
