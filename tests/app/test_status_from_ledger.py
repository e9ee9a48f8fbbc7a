"""The status screen's numbers come from the agency's ledger and add up: a claim paid for three
months and then stopped, read through the kiosk's real client and adapter from the reference
server on loopback, shows the ledger's months, the real payments, and the stop first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from kiosk.adapters.agency import AgencyAdapter
from kiosk.api import AgencyClient
from kiosk.domain.claims import ClaimSituation, StatusSource
from kiosk.domain.identity import IdNumber
from kiosk.flow import events as ev
from kiosk.flow.messages import Msg
from kiosk.flow.view_models import ClaimView, StatusView
from server.synthetic import Scenario
from tests.app.conftest import card_login
from tests.flow.flow_kit import claimant_for, kiosk
from tests.server.ledger_kit import Desk, add_record, staff_header

START = date(2026, 12, 4)
STOP_REASON = "stop_reemployed_contribution"


@pytest.fixture
def desk(agency: Any) -> Iterator[Desk]:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    d = Desk(agency, client, staff_header(agency, "reviewer"), staff_header(agency, "cashier"))
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


def _pay_on(desk: Desk, reference: str, today: date) -> None:
    desk.set_today(today)
    paid = desk.pay(reference)
    assert paid.status_code == 200, paid.text


def _stop_from_15_march(desk: Desk, scenario: Scenario) -> None:
    """Re-employed from 15 March 2027; the register reports it on 2 April."""
    add_record(desk.agency, scenario, "employer_contribution", date(2027, 3, 15))
    desk.set_today(date(2027, 4, 2))
    checks = desk.staff("POST", "/cross-checks", desk.reviewer)
    assert checks.status_code == 200 and checks.json()["stopped"] >= 1


def _as_the_kiosk_shows_it(desk: Desk, person: dict[str, Any], reference: str) -> ClaimView:
    """The claimant's claims through the kiosk's adapter, then the flow's status view."""
    records = AgencyAdapter(desk.kiosk).claims(
        IdNumber(person["ssn"]), card_login(desk.kiosk, person)
    )
    assert isinstance(records, tuple)
    k = kiosk()
    k.sign_in_with_card(claimant_for(IdNumber(person["ssn"])))
    k.send(ev.ChooseStatus())
    k.answer(ev.StatusLoaded, claims=records, source=StatusSource.AGENCY)
    view = k.view.screen
    assert isinstance(view, StatusView)
    (claim,) = [c for c in view.claims if c.reference == reference]
    return claim


def _ledger_entry(desk: Desk, reference: str) -> dict[str, Any]:
    ledger = desk.ledger(reference)
    (entry,) = [e for e in ledger["entitlements"] if e["claim_reference"] == reference]
    return entry


def test_three_payments_then_a_stop_show_the_ledgers_months_and_the_stop_first(
    desk: Desk, cast: dict[str, Any]
) -> None:
    scenario = Scenario.REEMPLOYED_CARRY_OVER
    reference = _granted(desk, scenario)
    _pay_on(desk, reference, START)  # December
    _pay_on(desk, reference, date(2027, 1, 5))  # January
    _pay_on(desk, reference, date(2027, 2, 3))  # February
    _stop_from_15_march(desk, scenario)

    claim = _as_the_kiosk_shows_it(desk, cast[scenario.value], reference)
    entry = _ledger_entry(desk, reference)

    assert claim.situation is ClaimSituation.STOPPED
    assert (claim.stop_reason_code, claim.stopped_from) == (STOP_REASON, date(2027, 3, 1))
    # The payments listed are the claim's own months, and as many as the ledger counts.
    assert [(p.month, p.returned) for p in claim.payments] == [
        (date(2026, 12, 1), False),
        (date(2027, 1, 1), False),
        (date(2027, 2, 1), False),
    ]
    assert claim.months_paid == entry["months_paid"] == 3
    assert claim.months_granted == entry["months_granted"]
    # Nothing before the stop is still owed; the rest of the entitlement is unused, as the
    # ledger says, and the three figures add up to the months granted.
    assert claim.months_left == 0
    assert claim.months_unused == entry["months_unused"] == entry["months_granted"] - 3
    assert claim.months_paid + claim.months_left + claim.months_unused == claim.months_granted
    assert claim.agency_does_next is Msg.AGENCY_NOTHING_MORE
    # Each step once, in order, the stop last: the three monthly payments do not push the
    # application's first steps off the timeline.
    steps = [entry.situation for entry in claim.timeline]
    assert steps[0] is ClaimSituation.RECEIVED and steps[-1] is ClaimSituation.STOPPED
    assert steps.count(ClaimSituation.PAYING) == 1 and len(set(steps)) == len(steps)


def test_a_stop_with_months_before_it_still_owed_says_the_agency_pays_them(
    desk: Desk, cast: dict[str, Any]
) -> None:
    scenario = Scenario.ELIGIBLE_24_MONTHS
    reference = _granted(desk, scenario)
    _pay_on(desk, reference, START)  # December only; January and February come due unpaid
    _stop_from_15_march(desk, scenario)

    claim = _as_the_kiosk_shows_it(desk, cast[scenario.value], reference)
    entry = _ledger_entry(desk, reference)

    assert claim.months_paid == entry["months_paid"] == 1
    assert [p.month for p in claim.payments] == [date(2026, 12, 1)]
    assert claim.months_left == 2  # January and February, before the stop
    assert claim.months_unused == entry["months_unused"] == entry["months_granted"] - 3
    assert claim.months_paid + claim.months_left + claim.months_unused == claim.months_granted
    assert claim.agency_does_next is Msg.AGENCY_PAYS_MONTHS_BEFORE_STOP
