"""The entitlement ledger: granted claims consume months, one open claim per person, and a later
claim gets only what is left, capped at 24 (Regulations art. 17, Law art. 46), on SQLite and
PostgreSQL, against the real server over HTTP."""

from collections.abc import Iterator
from datetime import date

import pytest

from kiosk.api import AgencyClient
from server.rules.month_math import add_months
from server.synthetic import Scenario
from tests.server.ledger_kit import Desk, add_job, add_record, month, staff_header

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


def _pay_every_month(desk: Desk, reference: str, first: date, months: int) -> list[int]:
    """Moves the clock to each pay day in turn and releases that month; the amounts paid."""
    paid = []
    for i in range(months):
        desk.set_today(max(add_months(first.replace(day=1), i), first))
        answer = desk.pay(reference)
        assert answer.status_code == 200, answer.text
        paid.append(answer.json()["payments"][-1]["amount_fen"])
    return paid


def test_a_12_month_entitlement_applied_for_three_times_pays_12_months(desk: Desk) -> None:
    first = desk.apply(Scenario.ELIGIBLE_12_MONTHS)
    assert first["status"] == 201
    reference = first["body"]["claim"]["reference"]
    granted = desk.grant(reference)
    assert (granted["entitlement_months"], granted["months_granted"]) == (12, 12)

    # While the first claim runs, a second application is refused and names the open claim.
    second = desk.apply(Scenario.ELIGIBLE_12_MONTHS)
    assert second["status"] == 422
    assert second["body"]["code"] == "claim_already_active"
    assert second["body"]["details"] == {"reference": reference, "state": "approved"}

    _pay_every_month(desk, reference, START, 12)
    done = desk.pay(reference)
    assert (done.status_code, done.json()["code"]) == (409, "nothing_owed")

    # Completed, the claim no longer blocks applying, but the ledger has nothing left to grant.
    for attempt in range(2):
        desk.set_today(date(2028, 1 + attempt, 10))
        again = desk.apply(Scenario.ELIGIBLE_12_MONTHS)
        assert again["status"] == 201, again
        later = again["body"]["claim"]["reference"]
        refused = desk.staff("POST", f"/claims/{later}/decide", desk.reviewer, {"approve": True})
        assert (refused.status_code, refused.json()["code"]) == (422, "rules_refuse")
        assert "no_entitlement_left" in refused.json()["details"]["reason_codes"]
        desk.staff("POST", f"/claims/{later}/decide", desk.reviewer, {"approve": False})

    ledger = desk.ledger(reference)
    assert (ledger["months_earned"], ledger["months_paid"], ledger["months_left"]) == (12, 12, 0)
    assert [e["months_granted"] for e in ledger["entitlements"]] == [12]
    following = ledger["next_entitlement"]
    assert (following["months_from_contribution"], following["months_carried_over"]) == (0, 0)


def test_unused_months_carry_over_into_a_new_entitlement_capped_at_24(desk: Desk) -> None:
    agency = desk.agency
    first = desk.apply(Scenario.ELIGIBLE_24_MONTHS)["body"]["claim"]["reference"]
    assert desk.grant(first)["entitlement_months"] == 24
    _pay_every_month(desk, first, START, 3)  # December, January, February

    # Re-employed from March 2027 for two years, then the employer closes.
    add_record(agency, Scenario.ELIGIBLE_24_MONTHS, "employer_contribution", date(2027, 3, 1))
    add_job(agency, Scenario.ELIGIBLE_24_MONTHS, started=date(2027, 3, 1), ended=date(2029, 3, 31))
    desk.set_today(date(2027, 3, 10))
    stopped = desk.pay(first)
    assert (stopped.status_code, stopped.json()["code"]) == (409, "claim_stopped")

    desk.set_today(date(2029, 4, 10))
    second = desk.apply(Scenario.ELIGIBLE_24_MONTHS)
    assert second["status"] == 201, second
    reference = second["body"]["claim"]["reference"]
    granted = desk.grant(reference)
    # 12 months earned afresh + 21 unused, capped at 24.
    assert (granted["months_granted"], granted["months_carried_over"]) == (24, 21)

    _pay_every_month(desk, reference, date(2029, 4, 10), 24)
    desk.set_today(date(2032, 1, 5))
    done = desk.pay(reference)
    assert (done.status_code, done.json()["code"]) == (409, "nothing_owed")

    ledger = desk.ledger(reference)
    per_entitlement = [(e["months_granted"], e["months_paid"]) for e in ledger["entitlements"]]
    assert per_entitlement == [(24, 3), (24, 24)]
    assert ledger["months_paid"] == 27 <= ledger["months_earned"]
    assert all(paid <= 24 for _, paid in per_entitlement)
    assert month(date.fromisoformat(ledger["entitlements"][1]["started"])) == "2029-04"


def test_eligibility_reads_the_ledger(desk: Desk) -> None:
    """The claimant-facing answer says what the ledger leaves, not what contribution alone gives."""
    from sqlalchemy import select

    from server.clock import business_today
    from server.models import Claimant
    from server.services.assessment import eligibility_view
    from tests.server.ledger_kit import claimant_id

    reference = desk.apply(Scenario.ELIGIBLE_18_MONTHS)["body"]["claim"]["reference"]
    desk.grant(reference)
    _pay_every_month(desk, reference, START, 2)
    add_record(desk.agency, Scenario.ELIGIBLE_18_MONTHS, "employer_contribution", date(2027, 2, 1))
    desk.set_today(date(2027, 2, 3))
    assert desk.pay(reference).json()["code"] == "claim_stopped"
    who = claimant_id(desk.agency, Scenario.ELIGIBLE_18_MONTHS)
    with desk.agency.sessions()() as session:
        claimant = session.execute(select(Claimant).where(Claimant.id == who)).scalar_one()
        view = eligibility_view(session, claimant, business_today(session))
    # 18 granted, December and January paid, stopped from February: 16 carry over.
    assert (view.months_carried_over, view.months_from_contribution) == (16, 0)
    assert view.entitlement_months == 16


def test_a_queued_claim_dated_inside_an_earlier_grant_cannot_pay_its_months_again(
    desk: Desk,
) -> None:
    """A claim stopped in January, then a queued claim from a kiosk dated 2 January: granting it
    would carry the earlier entitlement over and pay January a second time."""
    first = desk.apply(Scenario.CARRY_OVER_CAPPED)["body"]["claim"]["reference"]
    desk.grant(first)
    _pay_every_month(desk, first, START, 2)  # December, January
    add_record(desk.agency, Scenario.CARRY_OVER_CAPPED, "employer_contribution", date(2027, 1, 15))
    desk.set_today(date(2027, 1, 25))
    assert desk.staff("POST", "/cross-checks", desk.reviewer).json()["stopped"] >= 1

    queued = desk.claim_body(Scenario.CARRY_OVER_CAPPED, created_at="2027-01-02T09:00:00+08:00")
    answer = desk.send("/api/v1/claims/batch", {"items": [queued]})
    (result,) = answer["body"]["results"]
    assert (result["result"], result["claim"]["registration_date"]) == ("created", "2027-01-02")
    later = result["claim"]["reference"]
    refused = desk.staff("POST", f"/claims/{later}/decide", desk.reviewer, {"approve": True})
    assert (refused.status_code, refused.json()["code"]) == (422, "entitlement_overlap")
    assert refused.json()["details"]["reference"] == first
