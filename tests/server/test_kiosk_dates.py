"""Dates from kiosks: the registration date is the server's receipt date, a queued claim keeps
its kiosk time only within the offline window, and a malformed time is refused for its item
alone (issue 10 §6), on SQLite and PostgreSQL."""

from collections.abc import Iterator
from datetime import date

import pytest

from kiosk.api import AgencyClient
from server.synthetic import Scenario
from tests.server.ledger_kit import Desk, staff_header

RECEIPT = date(2026, 12, 4)
BAD_TIMES = (
    "2026-12-03T10:00:00",  # no time zone
    "9999-12-31T23:59:59+00:00",
    "9999-12-31T23:59:59-14:00",  # year 10000 in UTC
    "0001-01-01T00:00:00+14:00",  # year 0 in UTC
    "yesterday",
)


@pytest.fixture
def desk(any_agency) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    d = Desk(
        any_agency,
        client,
        staff_header(any_agency, "reviewer"),
        staff_header(any_agency, "cashier"),
    )
    d.set_today(RECEIPT)
    yield d
    d.set_today(None)
    client.close()


def test_a_queued_batch_keeps_kiosk_dates_only_inside_the_window_and_refuses_bad_times_alone(
    desk: Desk,
) -> None:
    items = [
        desk.claim_body(Scenario.ELIGIBLE_12_MONTHS, created_at="2099-01-01T10:00:00+08:00"),
        *(desk.claim_body(Scenario.ELIGIBLE_18_MONTHS, created_at=bad) for bad in BAD_TIMES),
        desk.claim_body(Scenario.ELIGIBLE_24_MONTHS, created_at="2026-12-02T20:00:00-14:00"),
        desk.claim_body(Scenario.TOO_FEW_MONTHS, created_at="2026-10-01T09:00:00+08:00"),
        desk.claim_body(Scenario.REEMPLOYED_CARRY_OVER, created_at="2026-11-29T23:30:00+08:00"),
    ]
    answer = desk.send("/api/v1/claims/batch", {"items": items})
    assert answer["status"] == 200, answer
    results = answer["body"]["results"]
    assert [r["result"] for r in results] == ["created"] + ["rejected"] * 5 + ["created"] * 3
    assert {r["code"] for r in results[1:6]} == {"invalid_created_at"}

    future, west, stale, recent = (results[0]["claim"], *(r["claim"] for r in results[6:]))
    # 2099 and two months ago lie outside [receipt - 30 days, receipt]: receipt date, flagged.
    for claim in (future, stale):
        assert claim["registration_date"] == RECEIPT.isoformat()
        assert (claim["review_flag"], claim["review_reason"]) == (
            True,
            "created_at_outside_window",
        )
        assert "flagged_for_review" in [e["kind"] for e in claim["timeline"]]
        assert claim["channel"] == "batch"
    # Inside the window the kiosk's own (China) date counts: -14:00 on the 2nd is the 3rd here.
    assert (west["registration_date"], west["review_flag"]) == ("2026-12-03", False)
    assert (recent["registration_date"], recent["review_flag"]) == ("2026-11-29", False)
    listed = desk.staff("GET", "/claims?flagged=true", desk.reviewer).json()["claims"]
    flagged = {c["reference"] for c in listed}
    assert {future["reference"], stale["reference"]} <= flagged
    assert not {west["reference"], recent["reference"]} & flagged


def test_an_online_submission_registers_on_the_receipt_date_and_bad_times_are_422(
    desk: Desk,
) -> None:
    for bad in BAD_TIMES:
        refused = desk.apply(Scenario.ELIGIBLE_18_MONTHS, created_at=bad)
        assert (refused["status"], refused["body"]["code"]) == (422, "invalid_created_at")
        assert refused["body"]["details"] == {"field": "created_at"}

    desk.set_today(date(2027, 2, 10))
    online = desk.apply(Scenario.ELIGIBLE_18_MONTHS, created_at="2099-06-01T08:00:00+08:00")
    assert online["status"] == 201, online
    claim = online["body"]["claim"]
    assert (claim["registration_date"], claim["review_flag"]) == ("2027-02-10", False)


def test_the_test_clock_is_shared_through_the_database(desk: Desk) -> None:
    import requests

    from server.clock import business_today

    desk.set_today(date(2028, 2, 29))
    shown = requests.get(f"{desk.agency.url}/api/dev/clock", timeout=10).json()
    assert shown == {"today": "2028-02-29", "overridden": True}
    with desk.agency.sessions()() as session:
        assert business_today(session) == date(2028, 2, 29)
    far = requests.post(
        f"{desk.agency.url}/api/dev/clock", json={"today": "9999-12-31"}, timeout=10
    )
    assert (far.status_code, far.json()["code"]) == (422, "invalid_request")
    desk.set_today(None)
    assert (
        requests.get(f"{desk.agency.url}/api/dev/clock", timeout=10).json()["overridden"] is False
    )
