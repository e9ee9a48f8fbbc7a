"""Regional benefit amounts are configured only within the law's bounds (Regulations art. 18:
below the local minimum wage, above the urban minimum living standard), and a new rate reaches
the months of running claims paid after it takes effect.

Before: the rate table was written only by the seed, nothing compared an amount with either
bound, and the server started and paid whatever the table held."""

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.api import AgencyClient
from server import rules, synthetic
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.errors import ApiError
from server.models import AuditEntry, BenefitRate, RateBounds, Region
from server.services import rates
from server.synthetic import Scenario
from tests.conftest import fresh_postgres_database
from tests.server.factories import person
from tests.server.ledger_kit import Desk, staff_header

START = date(2026, 12, 4)
# The demo bounds of the seeded regions from 2025-07-01 (server/synthetic.py): Yanbian's minimum
# wage 1980 yuan, minimum living standard 760 yuan; Changchun's 2120 and 830.
YANJI, CHANGCHUN = "222401", "220102"


@pytest.fixture
def desk(any_agency) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    d = Desk(
        any_agency,
        client,
        staff_header(any_agency, "reviewer"),
        staff_header(any_agency, "cashier"),
    )
    d.set_today(START)
    yield d
    d.set_today(None)
    client.close()


def _rates_of(desk: Desk, region: str) -> list[tuple[date, date | None, int]]:
    with desk.agency.sessions()() as session:
        return [
            (r.effective_from, r.effective_to, r.monthly_fen)
            for r in session.execute(
                select(BenefitRate)
                .where(BenefitRate.region_code == region)
                .order_by(BenefitRate.effective_from)
            ).scalars()
        ]


def _post_rate(desk: Desk, region: str, effective_from: date, fen: int) -> Any:
    return desk.staff(
        "POST",
        "/rates",
        desk.reviewer,
        {"region_code": region, "effective_from": effective_from.isoformat(), "monthly_fen": fen},
    )


def test_the_seeded_rates_lie_within_the_seeded_bounds() -> None:
    amounts, bounds = synthetic.regional_amounts(), synthetic.regional_bounds()
    assert rules.check_rates(amounts, bounds) == ()
    assert {b.region_code for b in bounds} == {r.code for r in synthetic.REGIONS}
    # Each seeded amount (90% of the minimum wage) would fail a bound 10% lower.
    lowered = [
        rules.RegionalBounds(
            b.region_code,
            b.effective_from,
            b.minimum_wage_fen * 9 // 10,
            b.minimum_living_fen,
            b.effective_to,
        )
        for b in bounds
    ]
    assert len(rules.check_rates(amounts, lowered)) == len(amounts)


def test_a_rate_outside_the_bounds_is_refused_with_the_reason(desk: Desk) -> None:
    before = _rates_of(desk, YANJI)

    at_wage = _post_rate(desk, YANJI, date(2027, 1, 1), 198_000)
    assert (at_wage.status_code, at_wage.json()["code"]) == (422, "rate_out_of_bounds")
    (problem,) = at_wage.json()["details"]["problems"]
    assert problem["fault"] == "rate_not_below_minimum_wage"
    assert (problem["region_code"], problem["on"], problem["bound_fen"]) == (
        YANJI,
        "2027-01-01",
        198_000,
    )
    assert "不低于最低工资标准1980.00元" in problem["zh"]
    assert "minimum wage of 1980.00 yuan" in problem["en"]

    below_living = _post_rate(desk, YANJI, date(2027, 1, 1), 75_000)
    assert (below_living.status_code, below_living.json()["code"]) == (422, "rate_out_of_bounds")
    (problem,) = below_living.json()["details"]["problems"]
    assert problem["fault"] == "rate_not_above_minimum_living"
    assert "不高于城市居民最低生活保障标准760.00元" in problem["zh"]
    assert _post_rate(desk, YANJI, date(2027, 1, 1), 76_000).status_code == 422  # not above

    back_dated = _post_rate(desk, YANJI, date(2026, 11, 1), 180_000)
    assert (back_dated.status_code, back_dated.json()["code"]) == (422, "rate_effective_in_past")
    finance = desk.staff(
        "POST",
        "/rates",
        desk.cashier,
        {"region_code": YANJI, "effective_from": "2027-01-01", "monthly_fen": 180_000},
    )
    assert (finance.status_code, finance.json()["code"]) == (403, "role_required")
    assert _rates_of(desk, YANJI) == before  # nothing changed, the open rate is still open


def test_a_rate_for_a_region_without_bounds_cannot_be_checked_and_is_refused(desk: Desk) -> None:
    with desk.agency.sessions()() as session, session.begin():
        session.add(Region(code="220201", name_zh="吉林省吉林市昌邑区", name_ko="길림시"))
    answer = _post_rate(desk, "220201", date(2027, 1, 1), 150_000)
    assert (answer.status_code, answer.json()["code"]) == (422, "rate_bounds_unknown")
    assert "没有最低工资标准" in answer.json()["details"]["problems"][0]["zh"]
    assert _rates_of(desk, "220201") == []


def test_a_lawful_rate_reaches_the_next_month_paid_of_a_running_claim(desk: Desk) -> None:
    region = person(Scenario.ELIGIBLE_12_MONTHS).region_code
    applied = desk.apply(Scenario.ELIGIBLE_12_MONTHS)
    assert applied["status"] == 201, applied
    reference = applied["body"]["claim"]["reference"]
    desk.grant(reference)
    december = desk.pay(reference).json()["payments"][0]["amount_fen"]
    assert december == 178_200  # 90% of Yanbian's minimum wage, the seeded rate

    added = _post_rate(desk, region, date(2027, 1, 1), 185_000)
    assert added.status_code == 201, added.text
    assert added.json() == {
        "region_code": region,
        "effective_from": "2027-01-01",
        "effective_to": None,
        "monthly_fen": 185_000,
    }
    assert _rates_of(desk, region)[-2:] == [
        (date(2025, 7, 1), date(2026, 12, 31), 178_200),
        (date(2027, 1, 1), None, 185_000),
    ]
    again = _post_rate(desk, region, date(2027, 1, 1), 186_000)
    assert (again.status_code, again.json()["code"]) == (409, "rate_not_after_latest")

    desk.set_today(date(2027, 1, 2))
    january = desk.pay(reference).json()
    assert [p["amount_fen"] for p in january["payments"]] == [178_200, 185_000]

    with desk.agency.sessions()() as session:
        bodies = [
            json.loads(b)
            for b in session.execute(
                select(AuditEntry.body).where(
                    AuditEntry.action == "rate.add", AuditEntry.subject == f"region:{region}"
                )
            ).scalars()
        ]
    assert [b["details"] for b in bodies] == [
        {"effective_from": "2027-01-01", "monthly_fen": 185_000, "closed_rate_to": "2026-12-31"}
    ]
    assert bodies[0]["subject"] == f"region:{region}"
    assert person(Scenario.ELIGIBLE_12_MONTHS).id_number not in json.dumps(bodies)


def test_bounds_that_would_leave_a_configured_rate_outside_them_are_refused(desk: Desk) -> None:
    # The minimum living standard rising to the rate (1908 yuan) in Changchun.
    with pytest.raises(ApiError) as refused, desk.agency.sessions()() as session, session.begin():
        rates.add_bounds(session, CHANGCHUN, date(2027, 7, 1), 230_000, 190_800, "test")
    assert (refused.value.status, refused.value.code) == (422, "rate_out_of_bounds")
    (problem,) = refused.value.details["problems"]
    assert (problem["fault"], problem["on"]) == ("rate_not_above_minimum_living", "2027-07-01")
    assert "1908.00元" in problem["zh"]

    with pytest.raises(ApiError) as invalid, desk.agency.sessions()() as session, session.begin():
        rates.add_bounds(session, CHANGCHUN, date(2027, 7, 1), 80_000, 90_000, "test")
    assert invalid.value.code == "invalid_bounds"

    with desk.agency.sessions()() as session, session.begin():
        rates.add_bounds(session, CHANGCHUN, date(2027, 7, 1), 230_000, 88_000, "test")
    with desk.agency.sessions()() as session:
        rows = [
            (b.effective_from, b.effective_to, b.minimum_wage_fen)
            for b in session.execute(
                select(RateBounds)
                .where(RateBounds.region_code == CHANGCHUN)
                .order_by(RateBounds.effective_from)
            ).scalars()
        ]
        assert rates.check_table(session) == ()
    assert rows[-2:] == [
        (date(2025, 7, 1), date(2027, 6, 30), 212_000),
        (date(2027, 7, 1), None, 230_000),
    ]
    # The higher minimum wage of July admits a rate that June's would not.
    assert _post_rate(desk, CHANGCHUN, date(2027, 6, 1), 215_000).json()["code"] == (
        "rate_out_of_bounds"
    )
    assert _post_rate(desk, CHANGCHUN, date(2027, 7, 1), 215_000).status_code == 201


# --- the commands -----------------------------------------------------------------------------


@contextmanager
def _database(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'agency.db'}"
    else:
        with fresh_postgres_database() as url:
            yield url


def _kiosk(config: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
        env={**os.environ},
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_the_commands_check_the_table_and_the_server_refuses_an_unlawful_rate(
    backend: str, tmp_path: Path
) -> None:
    with _database(backend, tmp_path) as url:
        config = tmp_path / "kiosk.toml"
        config.write_text(
            f'[reference_server]\ndata_dir = "{tmp_path / "server"}"\n'
            f'database_url = "{url}"\nport = {_free_port()}\n'
        )
        engine = make_engine(url)
        upgrade(engine)
        with transaction(make_session_factory(engine)) as session:
            session.add(
                Region(code=YANJI, name_zh="吉林省延边朝鲜族自治州延吉市", name_ko="연길시")
            )
            session.flush()
            # A rate from before the bounds table existed (a database upgraded to 0010).
            session.add(
                BenefitRate(region_code=YANJI, monthly_fen=178_200, effective_from=date(2025, 7, 1))
            )
        engine.dispose()
        unchecked = _kiosk(config, "rates", "check")
        assert unchecked.returncode == 1
        assert unchecked.stdout.startswith("rate_bounds_unknown: region 222401 has no minimum wage")

        bounds = _kiosk(
            config,
            "rates",
            "bounds",
            "--region",
            YANJI,
            "--from",
            "2025-07-01",
            "--minimum-wage-yuan",
            "1980",
            "--minimum-living-yuan",
            "760",
        )
        assert bounds.returncode == 0, bounds.stderr
        refused = _kiosk(
            config, "rates", "add", "--region", YANJI, "--from", "2099-01-01", "--monthly-yuan",
            "1980",
        )  # fmt: skip
        assert refused.returncode == 1
        assert (
            "rate_out_of_bounds" in refused.stderr
            and "不低于最低工资标准1980.00元" in refused.stderr
        )
        added = _kiosk(
            config, "rates", "add", "--region", YANJI, "--from", "2099-01-01", "--monthly-yuan",
            "1782.50",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert _kiosk(config, "rates", "check").returncode == 0

        # A row written past the service, as a hand edit or an old import would write it.
        engine = make_engine(url)
        with transaction(make_session_factory(engine)) as session:
            session.add(
                BenefitRate(
                    region_code=YANJI,
                    monthly_fen=210_000,
                    effective_from=date(2025, 9, 1),
                    effective_to=date(2025, 12, 31),
                )
            )
        engine.dispose()

        check = _kiosk(config, "rates", "check")
        assert check.returncode == 1
        assert check.stdout.splitlines() == [
            "rate_not_below_minimum_wage: the rate 2100.00 yuan for region 222401 from "
            "2025-09-01 is not below the minimum wage of 1980.00 yuan (Regulations art. 18)"
        ]
        listing = json.loads(_kiosk(config, "rates", "list", "--json").stdout)
        assert [(r["effective_from"], r["lawful"]) for r in listing["rates"]] == [
            ("2025-07-01", True),
            ("2025-09-01", False),
            ("2099-01-01", True),
        ]

        run = _kiosk(config, "run", timeout=60)
        assert run.returncode == 2
        assert "refusing to start" in run.stderr
        assert "2100.00 yuan for region 222401 from 2025-09-01" in run.stderr
        assert "minimum wage of 1980.00 yuan" in run.stderr
