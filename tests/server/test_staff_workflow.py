"""Review, decide, pay, with separation of duties and cross-checks by data (notice §4, §5)."""

from collections.abc import Callable

import pytest
import requests
from sqlalchemy import select

from kiosk.api import AgencyClient
from server.db import transaction
from server.errors import ApiError
from server.models import Claim, StaffRole
from server.services.staff_auth import add_staff
from server.synthetic import Scenario
from tests.server.factories import submission

Login = Callable[[str], dict[str, str]]


def _post(agency, path: str, headers: dict[str, str], json: object = None) -> requests.Response:  # type: ignore[no-untyped-def]
    return requests.post(f"{agency.url}/api/v1/staff{path}", headers=headers, json=json, timeout=10)


def test_claim_goes_from_received_to_paid_by_two_different_people(
    agency, kiosk_client: AgencyClient, staff_login: Login
) -> None:  # type: ignore[no-untyped-def]
    reference = kiosk_client.submit(submission(Scenario.ELIGIBLE_18_MONTHS)).claim.reference
    reviewer, cashier = staff_login("reviewer"), staff_login("cashier")
    assert _post(agency, f"/claims/{reference}/review", reviewer).json()["state"] == "under_review"
    decided = _post(agency, f"/claims/{reference}/decide", reviewer, {"approve": True}).json()
    assert (decided["state"], decided["entitlement_months"]) == ("approved", 18)
    paid = _post(agency, f"/claims/{reference}/pay", cashier).json()
    assert (paid["state"], paid["months_paid"], paid["months_left"]) == ("paying", 1, 17)
    status = kiosk_client.claim(reference)
    assert [e.kind for e in status.timeline] == ["received", "under_review", "approved", "paid"]
    assert status.next.claimant == "report_stop_conditions"


def test_business_staff_cannot_pay_and_finance_staff_cannot_decide(
    agency, kiosk_client: AgencyClient, staff_login: Login
) -> None:  # type: ignore[no-untyped-def]
    reference = kiosk_client.submit(submission(Scenario.ELIGIBLE_12_MONTHS)).claim.reference
    refused = _post(
        agency, f"/claims/{reference}/decide", staff_login("cashier"), {"approve": True}
    )
    assert (refused.status_code, refused.json()["code"]) == (403, "role_required")
    _post(agency, f"/claims/{reference}/decide", staff_login("reviewer"), {"approve": True})
    refused = _post(agency, f"/claims/{reference}/pay", staff_login("reviewer"))
    assert (refused.status_code, refused.json()["code"]) == (403, "role_required")


def test_the_decider_may_not_pay_the_same_claim(
    agency, kiosk_client: AgencyClient, staff_login: Login
) -> None:  # type: ignore[no-untyped-def]
    reference = kiosk_client.submit(submission(Scenario.ELIGIBLE_24_MONTHS)).claim.reference
    _post(agency, f"/claims/{reference}/decide", staff_login("reviewer"), {"approve": True})
    cashier = staff_login("cashier")
    # Simulate an account whose role was changed after deciding: the per-claim rule still holds.
    with agency.sessions()() as session, session.begin():
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        from server.models import StaffUser

        claim.decided_by = session.execute(
            select(StaffUser.id).where(StaffUser.username == "cashier")
        ).scalar_one()
    refused = _post(agency, f"/claims/{reference}/pay", cashier)
    assert (refused.status_code, refused.json()["code"]) == (403, "separation_of_duties")


def test_one_account_cannot_hold_both_roles(agency) -> None:  # type: ignore[no-untyped-def]
    factory = agency.sessions()
    with pytest.raises(ApiError) as refused, transaction(factory) as session:
        add_staff(session, "reviewer", "another-password", StaffRole.FINANCE)
    assert refused.value.code == "staff_exists"


def test_rules_forbid_approving_an_ineligible_claim(
    agency, kiosk_client: AgencyClient, staff_login: Login
) -> None:  # type: ignore[no-untyped-def]
    reference = kiosk_client.submit(submission(Scenario.VOLUNTARY_RESIGNATION)).claim.reference
    refused = _post(
        agency, f"/claims/{reference}/decide", staff_login("reviewer"), {"approve": True}
    )
    assert (refused.status_code, refused.json()["code"]) == (422, "rules_refuse")
    assert "separation_voluntary_resignation" in refused.json()["details"]["reason_codes"]
    refusal = _post(
        agency, f"/claims/{reference}/decide", staff_login("reviewer"), {"approve": False}
    ).json()
    assert refusal["state"] == "refused"
    assert kiosk_client.claim(reference).next.claimant == "read_reasons_or_call_12333"


def test_cross_checks_stop_running_claims_and_payment_is_refused(
    agency, staff_login: Login
) -> None:  # type: ignore[no-untyped-def]
    reviewer, cashier = staff_login("reviewer"), staff_login("cashier")
    stopped = _post(agency, "/cross-checks", reviewer).json()["stopped"]
    assert stopped >= 9  # one running claim per stop scenario in the cast, plus generated ones
    with agency.sessions()() as session:
        rows = session.execute(
            select(Claim.reference, Claim.stop_reason).where(Claim.state == "stopped")
        ).all()
    reasons = {reason for _, reason in rows}
    assert {
        "stop_died",
        "stop_pension",
        "stop_imprisoned",
        "stop_reemployed_contribution",
    } <= reasons
    # A stopped claim still pays the months before its stop, and not one month more.
    reference = rows[0][0]
    with agency.sessions()() as session:
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        assert claim.registration_date is not None and claim.stop_date is not None
        before_stop = (claim.stop_date.year - claim.registration_date.year) * 12 + (
            claim.stop_date.month - claim.registration_date.month
        )
        owed = min(before_stop, claim.entitlement_months or 0)
    for _ in range(owed):
        assert _post(agency, f"/claims/{reference}/pay", cashier).status_code == 200
    refused = _post(agency, f"/claims/{reference}/pay", cashier)
    assert (refused.status_code, refused.json()["code"]) == (409, "claim_stopped")
    months = [p["period_month"] for p in refused_claim(agency, reference)["payments"]]
    assert len(months) == owed and all(m < claim.stop_date.isoformat()[:7] for m in months)


def refused_claim(agency, reference: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    answer = requests.get(
        f"{agency.url}/api/v1/staff/claims",
        params={"state": "stopped"},
        headers=_staff(agency),
        timeout=10,
    )
    (claim,) = [c for c in answer.json()["claims"] if c["reference"] == reference]
    return claim


def _staff(agency) -> dict[str, str]:  # type: ignore[no-untyped-def]
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "reviewer", "password": agency.staff_passwords["reviewer"]},
        timeout=10,
    )
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def test_staff_endpoints_need_a_staff_token(agency) -> None:  # type: ignore[no-untyped-def]
    answer = requests.get(f"{agency.url}/api/v1/staff/claims", timeout=10)
    assert (answer.status_code, answer.json()["code"]) == (401, "staff_auth_required")
    wrong = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "reviewer", "password": "nope"},
        timeout=10,
    )
    assert (wrong.status_code, wrong.json()["code"]) == (401, "staff_login_failed")
