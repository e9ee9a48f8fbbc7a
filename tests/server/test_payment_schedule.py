"""The payment schedule: a month is paid only once it is due, a stop found later stops payment
from its month while earlier months stay payable, each month is paid at the rate in effect for
it, with the fund's medical-insurance premium (Law arts. 48, 51; Regulations art. 18)."""

import json
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from kiosk.api import AgencyClient
from server.models import Claim, Payment, PaymentState
from server.synthetic import Scenario
from tests.server.factories import person
from tests.server.ledger_kit import Desk, add_record, audit_details, set_rate, staff_header

START = date(2026, 12, 4)


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


def _granted(desk: Desk, scenario: Scenario) -> str:
    applied = desk.apply(scenario)
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]
    desk.grant(reference)
    return reference


def test_a_month_not_yet_begun_is_not_paid_until_the_clock_reaches_it(desk: Desk) -> None:
    reference = _granted(desk, Scenario.ELIGIBLE_18_MONTHS)
    first = desk.pay(reference)
    assert first.status_code == 200
    assert [p["period_month"] for p in first.json()["payments"]] == ["2026-12-01"]

    # Finance used to release all 18 months on the day of approval.
    early = desk.pay(reference)
    assert early.status_code == 409
    assert (early.json()["code"], early.json()["details"]) == (
        "payment_not_due",
        {"month": "2027-01", "due_on": "2027-01-01"},
    )
    ahead = desk.pay(reference, "2028-05")
    assert (ahead.status_code, ahead.json()["details"]["due_on"]) == (409, "2028-05-01")
    outside = desk.pay(reference, "2028-06")
    assert (outside.status_code, outside.json()["code"]) == (422, "month_not_in_schedule")
    twice = desk.pay(reference, "2026-12")
    assert (twice.status_code, twice.json()["code"]) == (409, "already_released")

    desk.set_today(date(2027, 1, 1))
    due = desk.pay(reference)
    assert due.status_code == 200
    view = due.json()
    assert (view["months_paid"], view["months_left"], view["state"]) == (2, 16, "paying")
    assert [m["state"] for m in view["schedule"][:3]] == ["released", "released", "scheduled"]
    assert view["next"]["due_by"] == "2027-02-01"


def test_a_stop_found_later_stops_from_its_month_and_earlier_months_stay_payable(
    desk: Desk,
) -> None:
    reference = _granted(desk, Scenario.REEMPLOYED_CARRY_OVER)
    assert desk.pay(reference).status_code == 200  # December
    # A pension granted from June does not stop anything while it lies in the future.
    add_record(desk.agency, Scenario.REEMPLOYED_CARRY_OVER, "pension", date(2027, 6, 1))
    desk.set_today(date(2027, 1, 5))
    assert desk.pay(reference).status_code == 200  # January

    # Re-employed from 15 March; the register reports it in April.
    add_record(
        desk.agency, Scenario.REEMPLOYED_CARRY_OVER, "employer_contribution", date(2027, 3, 15)
    )
    desk.set_today(date(2027, 4, 2))
    checks = desk.staff("POST", "/cross-checks", desk.reviewer)
    assert checks.status_code == 200 and checks.json()["stopped"] >= 1
    february = desk.pay(reference)
    assert february.status_code == 200
    view = february.json()
    assert (view["state"], view["stop_reason"], view["stop_date"]) == (
        "stopped",
        "stop_reemployed_contribution",
        "2027-03-15",
    )
    assert [p["period_month"] for p in view["payments"]] == [
        "2026-12-01",
        "2027-01-01",
        "2027-02-01",
    ]
    assert [m["month"] for m in view["schedule"]] == ["2026-12-01", "2027-01-01", "2027-02-01"]
    assert view["months_left"] == 0
    for attempt in (desk.pay(reference), desk.pay(reference, "2027-03")):
        assert (attempt.status_code, attempt.json()["code"]) == (409, "claim_stopped")
        assert attempt.json()["details"]["stop_date"] == "2027-03-15"


def test_a_new_rate_reaches_later_months_and_each_payment_is_audited(desk: Desk) -> None:
    region = person(Scenario.ELIGIBLE_12_MONTHS).region_code
    reference = _granted(desk, Scenario.ELIGIBLE_12_MONTHS)
    december = desk.pay(reference).json()
    old_rate = december["payments"][0]["amount_fen"]
    set_rate(desk.agency, region, old_rate + 12_000, date(2027, 2, 1))

    desk.set_today(date(2027, 2, 3))
    desk.pay(reference)
    february = desk.pay(reference).json()
    amounts = [p["amount_fen"] for p in february["payments"]]
    assert amounts == [old_rate, old_rate, old_rate + 12_000]
    assert february["monthly_amount_fen"] == old_rate + 12_000
    assert {p["medical_premium_fen"] for p in february["payments"]} == {
        desk.agency.config.medical_premium_for(region)
    } and desk.agency.config.medical_premium_for(region) > 0

    bodies = [json.loads(b) for b in audit_details(desk.agency, reference, "claim.pay")]
    assert [b["details"]["month"] for b in bodies] == ["2026-12", "2027-01", "2027-02"]
    assert [b["details"]["amount_fen"] for b in bodies] == amounts
    assert person(Scenario.ELIGIBLE_12_MONTHS).id_number not in json.dumps(bodies)


def test_a_month_the_bank_returned_is_owed_again(desk: Desk) -> None:
    reference = _granted(desk, Scenario.ELIGIBLE_24_MONTHS)
    desk.pay(reference)
    with desk.agency.sessions()() as session, session.begin():
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        payment = session.execute(select(Payment).where(Payment.claim_id == claim.id)).scalar_one()
        payment.state = PaymentState.RETURNED
        payment.return_reason = "account_closed"
    returned = desk.staff("GET", "/claims?state=paying", desk.reviewer).json()["claims"]
    (mine,) = [c for c in returned if c["reference"] == reference]
    assert (mine["months_paid"], mine["payments"][0]["state"]) == (0, "returned")

    again = desk.pay(reference)
    assert again.status_code == 200
    view = again.json()
    assert [(p["period_month"], p["state"]) for p in view["payments"]] == [
        ("2026-12-01", "released")
    ]
    assert view["months_paid"] == 1


def test_concurrent_releases_never_pay_a_month_twice_or_ahead(desk: Desk) -> None:
    """Ten finance sessions at once on one claim with four months due: four releases, one per
    month, the rest refused; the claimant's row lock (PostgreSQL) or the single writer (SQLite)
    keeps the ledger consistent."""
    import threading

    reference = _granted(desk, Scenario.CARRY_OVER_CAPPED)
    desk.set_today(date(2027, 3, 5))
    codes: list[int] = []

    def release() -> None:
        codes.append(desk.pay(reference).status_code)

    threads = [threading.Thread(target=release) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [200] * 4 + [409] * 6
    claims = desk.staff("GET", "/claims?state=paying", desk.reviewer).json()["claims"]
    (claim,) = [c for c in claims if c["reference"] == reference]
    assert [p["period_month"] for p in claim["payments"]] == [
        "2026-12-01",
        "2027-01-01",
        "2027-02-01",
        "2027-03-01",
    ]
