"""A submission may say "on_file" instead of a mobile number: the agency uses the one it holds.

The kiosk is only ever sent the number on file masked, so it cannot repeat it. The content hash
stays over what was sent, so a resend is recognised whatever the number on file is by then.
"""

from datetime import UTC, datetime

import pytest
import requests
from sqlalchemy import select

from contract.card_proof import submission_content_hash
from kiosk.api import AgencyClient, AgencyRejected
from server.models import Claim
from server.schemas import Submission
from server.services.submissions import content_hash
from server.synthetic import Scenario
from tests.conftest import Agency
from tests.server.factories import person, submission


def _stored_mobile(agency: Agency, reference: str) -> str | None:
    with agency.sessions()() as session:  # type: ignore[no-untyped-call]
        mobile: str | None = session.execute(
            select(Claim.mobile).where(Claim.reference == reference)
        ).scalar_one()
    return mobile


def test_on_file_records_the_claimants_own_number(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    body = submission(Scenario.ELIGIBLE_12_MONTHS, mobile="on_file")
    answer = kiosk_client.submit(body)
    assert answer.result == "created"
    assert _stored_mobile(agency, body["client_reference"]) == who.mobile


def test_a_resend_of_on_file_is_a_duplicate_and_the_number_is_not_a_substitute(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    body = submission(Scenario.ELIGIBLE_18_MONTHS, mobile="on_file")
    assert kiosk_client.submit(body).result == "created"
    assert kiosk_client.submit(body).result == "duplicate"
    spelled_out = {**body, "payload": {**body["payload"], "mobile": who.mobile}}
    with pytest.raises(AgencyRejected) as refused:
        kiosk_client.submit(spelled_out)
    assert (refused.value.status, refused.value.code) == (422, "reference_conflict")


def test_a_typed_number_is_still_recorded_as_typed(
    agency: Agency, kiosk_client: AgencyClient
) -> None:
    body = submission(Scenario.ELIGIBLE_24_MONTHS, mobile="13812345678")
    kiosk_client.submit(body)
    assert _stored_mobile(agency, body["client_reference"]) == "13812345678"


def test_the_batch_accepts_on_file_too(agency: Agency, kiosk_client: AgencyClient) -> None:
    who = person(Scenario.CARRY_OVER_CAPPED)
    body = submission(Scenario.CARRY_OVER_CAPPED, mobile="on_file")
    (result,) = kiosk_client.submit_batch([body])
    assert result.result == "created"
    assert _stored_mobile(agency, body["client_reference"]) == who.mobile


@pytest.mark.parametrize("mobile", ["ON_FILE", "on_file ", "onfile", "2381234567", "1381234567"])
def test_anything_else_is_refused_naming_the_field(kiosk_client: AgencyClient, mobile: str) -> None:
    body = submission(Scenario.REEMPLOYED_CARRY_OVER, mobile=mobile)
    with pytest.raises(AgencyRejected) as refused:
        kiosk_client.submit(body)
    error = refused.value
    assert (error.status, error.code) == (422, "invalid_request")
    errors = error.details["errors"]
    assert isinstance(errors, list)
    assert {e["field"] for e in errors} == {"body.payload.mobile"}


def test_the_contract_says_so(agency: Agency) -> None:
    document = requests.get(f"{agency.url}/openapi.json", timeout=10).json()
    mobile = document["components"]["schemas"]["ClaimPayload"]["properties"]["mobile"]
    assert mobile["pattern"] == r"^(1\d{10}|on_file)$"
    assert "on_file" in mobile["description"]


def test_the_content_hash_is_over_what_was_sent() -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    common = {
        "client_reference": "3f0c5a0e-6d3b-4c36-9f60-2a3b1c5d7e81",
        "kind": "claim",
        "created_at": datetime(2026, 11, 26, tzinfo=UTC),
    }
    payload = {"ssn": who.id_number, "commitment_accepted": True, "commitment_version": "2019-1"}
    on_file = Submission.model_validate({**common, "payload": {**payload, "mobile": "on_file"}})
    typed = Submission.model_validate({**common, "payload": {**payload, "mobile": who.mobile}})
    assert on_file.payload.mobile == "on_file"
    assert content_hash(on_file) != content_hash(typed)
    assert content_hash(on_file) == content_hash(on_file.model_copy())


def test_the_content_hash_is_the_one_card_proofs_sign_and_leaves_the_login_out() -> None:
    """A queued claim's card proof signs this hash (contract.card_proof), so both sides must
    compute the same bytes; a resend with a fresh login is still the same submission."""
    body = submission(Scenario.ELIGIBLE_12_MONTHS, mobile="on_file")
    with_proof = Submission.model_validate(body)
    without = Submission.model_validate({**body, "login": None})
    expected = submission_content_hash("claim", with_proof.payload.model_dump(mode="json"))
    assert content_hash(with_proof) == content_hash(without) == expected
