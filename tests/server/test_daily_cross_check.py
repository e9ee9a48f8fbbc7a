"""The daily cross-check (notice §4, §5): every stop check over every running claim as of a date,
for a timer; a stop learned after months were paid turns those months into recovery records that
staff see and close (issue 10 §7, §8)."""

import json
import re
from datetime import date

import pytest
import requests

from server.synthetic import Scenario
from tests.server.bank_kit import granted, kiosk_server, open_desk, released
from tests.server.factories import person
from tests.server.ledger_kit import add_record, staff_header


def _recoveries(agency, reference: str) -> list[dict[str, object]]:  # type: ignore[no-untyped-def]
    answer = requests.get(
        f"{agency.url}/api/v1/staff/recoveries",
        headers=staff_header(agency, "cashier"),
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return [r for r in answer.json()["recoveries"] if r["claim_reference"] == reference]


def test_a_stop_found_after_months_were_paid_opens_a_recovery_per_overpaid_month(
    any_agency, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    with open_desk(any_agency) as desk:
        reference = granted(desk, Scenario.ELIGIBLE_18_MONTHS)
        released(desk, reference)
        for today in (date(2027, 1, 5), date(2027, 2, 3)):
            desk.set_today(today)
            released(desk, reference)
        # The employer's premiums for January arrive in the register only now.
        add_record(
            any_agency, Scenario.ELIGIBLE_18_MONTHS, "employer_contribution", date(2027, 1, 10)
        )

        ran = kiosk_server(any_agency, capsys, "cross-check", "--date", "2027-02-03", "--json")
        assert ran.code == 0, ran.err
        report = json.loads(ran.out)
        assert report["stopped"] >= 1 and report["recoveries"] == 2
        assert report["checked"] >= report["stopped"]

        opened = _recoveries(any_agency, reference)
        assert sorted((r["month"], r["state"], r["reason"]) for r in opened) == [
            ("2027-01", "open", "stop_reemployed_contribution"),
            ("2027-02", "open", "stop_reemployed_contribution"),
        ]
        assert sum(int(str(r["amount_fen"])) for r in opened) == report["recovery_fen"]
        refused = desk.pay(reference)
        assert (refused.status_code, refused.json()["code"]) == (409, "claim_stopped")

    # Daily means repeatable: the next run finds nothing new.
    again = json.loads(
        kiosk_server(any_agency, capsys, "cross-check", "--date", "2027-02-04", "--json").out
    )
    assert again["recoveries"] == 0
    assert len(_recoveries(any_agency, reference)) == 2


def test_months_overpaid_before_a_stop_found_at_payment_are_recovered_at_once(
    any_agency, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    with open_desk(any_agency) as desk:
        reference = granted(desk, Scenario.REEMPLOYED_CARRY_OVER)
        released(desk, reference)
        desk.set_today(date(2027, 1, 5))
        released(desk, reference)
        add_record(
            any_agency, Scenario.REEMPLOYED_CARRY_OVER, "business_registration", date(2026, 12, 28)
        )
        # Finance's next release runs the cross-checks first: the claim stops there, and the
        # months already paid from the stop's month on become recoveries in the same step.
        desk.set_today(date(2027, 2, 3))
        refused = desk.pay(reference)
        assert (refused.status_code, refused.json()["code"]) == (409, "claim_stopped")
        assert sorted(r["month"] for r in _recoveries(any_agency, reference)) == [
            "2026-12",
            "2027-01",
        ]
    ran = json.loads(
        kiosk_server(any_agency, capsys, "cross-check", "--date", "2027-02-03", "--json").out
    )
    assert ran["recoveries"] == 0  # nothing left for the daily run: none twice
    assert len(_recoveries(any_agency, reference)) == 2


def test_a_record_dated_after_the_check_date_acts_only_from_its_date(
    any_agency, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    with open_desk(any_agency) as desk:
        reference = granted(desk, Scenario.ELIGIBLE_24_MONTHS)
        released(desk, reference)
        add_record(any_agency, Scenario.ELIGIBLE_24_MONTHS, "pension", date(2027, 3, 1))
        kiosk_server(any_agency, capsys, "cross-check", "--date", "2027-02-03")
        assert desk.ledger(reference) and _state(desk, reference) == "paying"
        kiosk_server(any_agency, capsys, "cross-check", "--date", "2027-03-01")
        assert _state(desk, reference) == "stopped"
    assert _recoveries(any_agency, reference) == []  # March was never paid


def _state(desk, reference: str) -> str:  # type: ignore[no-untyped-def]
    claims = desk.staff("GET", "/claims", desk.reviewer).json()["claims"]
    return str(next(c["state"] for c in claims if c["reference"] == reference))


def test_the_report_carries_counts_only(any_agency, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    ran = kiosk_server(any_agency, capsys, "cross-check")
    assert ran.code == 0
    assert re.fullmatch(
        r"cross-check as of \d{4}-\d{2}-\d{2}: \d+ claim\(s\) checked, \d+ stopped, "
        r"\d+ recovery record\(s\) opened \(\d+ fen\)\n",
        ran.out,
    )
    for scenario in Scenario:
        who = person(scenario)
        assert who.id_number not in ran.out + ran.err and who.name not in ran.out + ran.err


def test_finance_closes_a_recovery_once_and_business_cannot(
    any_agency, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    with open_desk(any_agency) as desk:
        reference = granted(desk, Scenario.ELIGIBLE_12_MONTHS)
        released(desk, reference)
    add_record(any_agency, Scenario.ELIGIBLE_12_MONTHS, "imprisonment", date(2026, 12, 20))
    kiosk_server(any_agency, capsys, "cross-check", "--date", "2026-12-21")
    cashier, reviewer = staff_header(any_agency, "cashier"), staff_header(any_agency, "reviewer")
    listed = requests.get(
        f"{any_agency.url}/api/v1/staff/recoveries",
        params={"state": "open"},
        headers=cashier,
        timeout=10,
    ).json()
    [mine] = [r for r in listed["recoveries"] if r["claim_reference"] == reference]
    assert mine["month"] == "2026-12"
    url = f"{any_agency.url}/api/v1/staff/recoveries/{mine['id']}/resolve"
    by_business = requests.post(url, json={"state": "waived"}, headers=reviewer, timeout=10)
    assert (by_business.status_code, by_business.json()["code"]) == (403, "role_required")
    done = requests.post(url, json={"state": "recovered"}, headers=cashier, timeout=10)
    assert (done.status_code, done.json()["state"], done.json()["resolved_by"]) == (
        200,
        "recovered",
        "cashier",
    )
    twice = requests.post(url, json={"state": "waived"}, headers=cashier, timeout=10)
    assert (twice.status_code, twice.json()["code"]) == (409, "recovery_closed")
    after = requests.get(
        f"{any_agency.url}/api/v1/staff/recoveries", headers=cashier, timeout=10
    ).json()
    assert after["open_total_fen"] == listed["open_total_fen"] - mine["amount_fen"]
    absurd = requests.post(
        f"{any_agency.url}/api/v1/staff/recoveries/99999999999999999999/resolve",
        json={"state": "waived"},
        headers=cashier,
        timeout=10,
    )
    assert absurd.status_code == 422
