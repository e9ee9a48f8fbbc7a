"""Home visits at the agency (issue 13 §8), on SQLite and PostgreSQL: only a field visitor's login
on a laptop earns a field credential; a claim says "taken at home by X" only with X's credential
from that very laptop; the claim view and the audit trail name the visitor."""

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sqlalchemy import select

from contract.card_proof import submission_content_hash
from contract.home_visit import visit_mac
from server.callers import KioskCaller
from server.db import transaction
from server.kiosks_registry import register_kiosk
from server.models import AuditEntry, StaffRole
from server.schemas import ClaimPayload
from server.services import home_visits
from server.services.staff_auth import add_staff, revoke
from server.synthetic import Scenario
from tests.card_logins import signed_post
from tests.server.factories import submission

LOGIN = "/api/v1/home-visits/login"


@pytest.fixture(scope="module")
def credential(any_agency) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    answer = signed_post(
        any_agency,
        LOGIN,
        {"username": "visitor", "password": any_agency.staff_passwords["visitor"]},
    )
    assert answer.status_code == 201, answer.text
    body: dict[str, Any] = answer.json()
    return body


def home_visit(
    body: dict[str, Any],
    credential: dict[str, Any],
    *,
    kiosk_id: str,
    visitor: str | None = None,
    key: bytes | None = None,
) -> dict[str, Any]:
    """The submission as the home-visit laptop sends it: channel, visitor and the visit MAC."""
    payload = ClaimPayload.model_validate(body["payload"]).model_dump(mode="json")
    mac = visit_mac(
        key or bytes.fromhex(credential["visit_key"]),
        kiosk_id=kiosk_id,
        visitor=visitor or credential["visitor"],
        credential_id=credential["credential"],
        client_reference=body["client_reference"],
        content_hash=submission_content_hash(body["kind"], payload),
    )
    return {
        **body,
        "channel": "home_visit",
        "visitor": visitor or credential["visitor"],
        "home_visit": {"credential": credential["credential"], "mac": mac},
    }


def _audit_details(agency, reference: str) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    with agency.sessions()() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.subject == reference))
        return [dict(json.loads(row.body).get("details") or {}) for row in rows]


def test_a_field_visitor_login_earns_a_credential_for_this_laptop(any_agency, credential) -> None:  # type: ignore[no-untyped-def]
    assert credential["visitor"] == "visitor"
    assert credential["masked_name"] == "金**"
    assert credential["kiosk_id"] == any_agency.kiosk_id
    assert len(bytes.fromhex(credential["visit_key"])) == 32


def test_only_field_visitors_may_open_a_home_visit_laptop(any_agency) -> None:  # type: ignore[no-untyped-def]
    reviewer = signed_post(
        any_agency,
        LOGIN,
        {"username": "reviewer", "password": any_agency.staff_passwords["reviewer"]},
    )
    assert (reviewer.status_code, reviewer.json()["code"]) == (403, "field_visitor_required")
    wrong = signed_post(any_agency, LOGIN, {"username": "visitor", "password": "not-the-password"})
    assert (wrong.status_code, wrong.json()["code"]) == (401, "staff_login_failed")
    unsigned = requests.post(
        any_agency.url + LOGIN,
        json={"username": "visitor", "password": any_agency.staff_passwords["visitor"]},
        timeout=10,
    )
    assert unsigned.status_code == 401


def test_a_home_visit_claim_names_the_visitor_in_the_claim_and_the_audit_trail(
    any_agency, credential
) -> None:  # type: ignore[no-untyped-def]
    body = home_visit(
        submission(Scenario.ELIGIBLE_12_MONTHS), credential, kiosk_id=any_agency.kiosk_id
    )
    answer = signed_post(any_agency, "/api/v1/claims", body)
    assert answer.status_code == 201, answer.text
    claim = answer.json()["claim"]
    assert (claim["service_channel"], claim["visitor"]) == ("home_visit", "visitor")
    received = [d for d in _audit_details(any_agency, body["client_reference"]) if "visitor" in d]
    assert received == [
        {"channel": "online", "service_channel": "home_visit", "visitor": "staff:visitor"}
    ]


def test_a_kiosk_claim_says_kiosk_and_names_nobody(any_agency) -> None:  # type: ignore[no-untyped-def]
    answer = signed_post(any_agency, "/api/v1/claims", submission(Scenario.ELIGIBLE_24_MONTHS))
    assert answer.status_code == 201, answer.text
    claim = answer.json()["claim"]
    assert (claim["service_channel"], claim["visitor"]) == ("kiosk", None)


def _refusal(agency, body: dict[str, Any]) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    answer = signed_post(agency, "/api/v1/claims", body)
    return answer.status_code, answer.json()["code"]


def test_a_forged_visitor_is_refused(any_agency, credential) -> None:  # type: ignore[no-untyped-def]
    body = submission(Scenario.ELIGIBLE_18_MONTHS)
    other_name = home_visit(body, credential, kiosk_id=any_agency.kiosk_id, visitor="reviewer")
    assert _refusal(any_agency, other_name) == (403, "home_visit_refused")
    wrong_key = home_visit(body, credential, kiosk_id=any_agency.kiosk_id, key=b"\x01" * 32)
    assert _refusal(any_agency, wrong_key) == (403, "home_visit_refused")
    # The MAC covers the content: a proof moved to another claim does not verify.
    genuine = home_visit(body, credential, kiosk_id=any_agency.kiosk_id)
    moved = {
        **submission(Scenario.REEMPLOYED_CARRY_OVER),
        **{k: genuine[k] for k in ("channel", "visitor", "home_visit")},
    }
    assert _refusal(any_agency, moved) == (403, "home_visit_refused")


def test_a_normal_kiosk_cannot_claim_a_home_visit(any_agency, credential) -> None:  # type: ignore[no-untyped-def]
    body = submission(Scenario.ELIGIBLE_18_MONTHS)
    assert _refusal(any_agency, {**body, "channel": "home_visit"}) == (403, "home_visit_refused")
    assert _refusal(any_agency, {**body, "visitor": "visitor"})[0] == 422
    # A credential issued on another laptop is not this kiosk's, whatever its key.
    with transaction(any_agency.sessions()) as session:
        register_kiosk(session, "kiosk-field-002", b"k" * 32, "222405")
    other = home_visits.login(
        any_agency.sessions(),
        any_agency.config,
        KioskCaller("kiosk-field-002", "222405"),
        "visitor",
        any_agency.staff_passwords["visitor"],
    ).model_dump(mode="json")
    foreign = home_visit(body, other, kiosk_id=any_agency.kiosk_id)
    assert _refusal(any_agency, foreign) == (403, "home_visit_refused")


@pytest.fixture
def second_visitor(any_agency) -> Iterator[dict[str, Any]]:  # type: ignore[no-untyped-def]
    name = f"visitor{len(any_agency.staff_passwords)}"
    with transaction(any_agency.sessions()) as session:
        add_staff(session, name, "a-long-password-2", StaffRole.FIELD_VISITOR)
    any_agency.staff_passwords[name] = "a-long-password-2"
    answer = signed_post(any_agency, LOGIN, {"username": name, "password": "a-long-password-2"})
    assert answer.status_code == 201, answer.text
    yield answer.json()


def test_a_revoked_visitor_s_queued_claims_are_refused(any_agency, second_visitor) -> None:  # type: ignore[no-untyped-def]
    body = home_visit(
        submission(Scenario.REEMPLOYED_CARRY_OVER), second_visitor, kiosk_id=any_agency.kiosk_id
    )
    with transaction(any_agency.sessions()) as session:
        assert revoke(session, second_visitor["visitor"], "staff:admin") >= 1
    assert _refusal(any_agency, body) == (403, "home_visit_refused")


def test_staff_review_shows_the_channel_and_a_field_visitor_reviews_nothing(
    any_agency, credential
) -> None:  # type: ignore[no-untyped-def]
    headers = {
        "Authorization": "Bearer "
        + requests.post(
            f"{any_agency.url}/api/v1/staff/login",
            json={"username": "reviewer", "password": any_agency.staff_passwords["reviewer"]},
            timeout=10,
        ).json()["token"]
    }
    body = home_visit(
        submission(Scenario.CARRY_OVER_CAPPED), credential, kiosk_id=any_agency.kiosk_id
    )
    assert signed_post(any_agency, "/api/v1/claims", body).status_code == 201
    listed = requests.get(f"{any_agency.url}/api/v1/staff/claims", headers=headers, timeout=10)
    (seen,) = [c for c in listed.json()["claims"] if c["reference"] == body["client_reference"]]
    assert (seen["service_channel"], seen["visitor"]) == ("home_visit", "visitor")
    visitor = requests.post(
        f"{any_agency.url}/api/v1/staff/login",
        json={"username": "visitor", "password": any_agency.staff_passwords["visitor"]},
        timeout=10,
    )
    assert (visitor.status_code, visitor.json()["code"]) == (403, "role_required")
