"""A submission creates exactly one claim however often it arrives, on SQLite and PostgreSQL."""

import threading

import pytest
from sqlalchemy import func, select

from kiosk.api import AgencyClient, AgencyRejected
from server.models import AuditEntry, Claim
from server.synthetic import Scenario
from tests.card_logins import Card, with_offline_proof
from tests.server.factories import person, submission


@pytest.fixture
def client(any_agency):  # type: ignore[no-untyped-def]
    c = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    yield c
    c.close()


def _claims_with(agency, reference: str) -> int:  # type: ignore[no-untyped-def]
    with agency.sessions()() as session:
        return session.execute(
            select(func.count()).select_from(Claim).where(Claim.reference == reference)
        ).scalar_one()


def test_same_reference_twice_yields_one_claim(any_agency, client) -> None:  # type: ignore[no-untyped-def]
    body = submission(Scenario.ELIGIBLE_12_MONTHS)
    first = client.submit(body)
    second = client.submit(body)
    assert (first.result, second.result) == ("created", "duplicate")
    assert first.claim.reference == second.claim.reference == body["client_reference"]
    assert _claims_with(any_agency, body["client_reference"]) == 1


def test_same_reference_with_other_content_is_refused(any_agency, client) -> None:  # type: ignore[no-untyped-def]
    body = submission(Scenario.ELIGIBLE_24_MONTHS)
    client.submit(body)
    changed = {**body, "payload": {**body["payload"], "mobile": "13800000000"}}
    with pytest.raises(AgencyRejected) as refused:
        client.submit(changed)
    assert (refused.value.status, refused.value.code) == (422, "reference_conflict")


def test_concurrent_deliveries_of_one_reference_create_one_claim(any_agency, client) -> None:  # type: ignore[no-untyped-def]
    body = submission(Scenario.REEMPLOYED_CARRY_OVER)
    results: list[str] = []

    def deliver() -> None:
        c = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.05)
        results.append(c.submit(body).result)
        c.close()

    threads = [threading.Thread(target=deliver) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["created"] + ["duplicate"] * 5
    assert _claims_with(any_agency, body["client_reference"]) == 1


def test_batch_answers_each_item_and_refuses_only_the_bad_one(any_agency, client) -> None:  # type: ignore[no-untyped-def]
    good = submission(Scenario.CARRY_OVER_CAPPED)
    unknown = submission(Scenario.ELIGIBLE_12_MONTHS)
    unknown["payload"]["ssn"] = "11010519491231002X"  # valid check digit, nobody insured
    # A genuine card's proof over this payload: only a proven person learns the number is unknown.
    unknown = with_offline_proof(
        unknown, card=Card.of(person(Scenario.ELIGIBLE_12_MONTHS).id_number)
    )
    results = client.submit_batch([good, unknown, good])
    assert [r.result for r in results] == ["created", "rejected", "duplicate"]
    assert results[1].code == "claimant_unknown"


def test_second_active_claim_for_one_person_is_refused(any_agency, client) -> None:  # type: ignore[no-untyped-def]
    first = client.submit(submission(Scenario.MUTUAL_AGREEMENT_BY_EMPLOYEE)).claim.reference
    with pytest.raises(AgencyRejected) as refused:
        client.submit(submission(Scenario.MUTUAL_AGREEMENT_BY_EMPLOYEE))
    assert refused.value.code == "claim_already_active"
    # The kiosk says "you already have an application" and shows that one.
    assert refused.value.details == {"reference": first, "state": "received"}


def test_invalid_submission_names_the_field_and_does_not_echo_the_id_number(
    any_agency, client
) -> None:  # type: ignore[no-untyped-def]
    body = submission(Scenario.ELIGIBLE_12_MONTHS)
    body["payload"]["ssn"] = body["payload"]["ssn"][:17] + (
        "0" if body["payload"]["ssn"][17] != "0" else "1"
    )
    body["payload"]["commitment_accepted"] = False
    with pytest.raises(AgencyRejected) as refused:
        client.submit(body)
    error = refused.value
    assert (error.status, error.code) == (422, "invalid_request")
    fields = {e["field"] for e in error.details["errors"]}  # type: ignore[union-attr]
    assert {"body.payload.ssn", "body.payload.commitment_accepted"} <= fields
    assert "id_check_character" in error.message
    assert (
        body["payload"]["ssn"] not in str(error.details)
        and body["payload"]["ssn"] not in error.message
    )


def test_refused_submission_leaves_nothing_half_written(any_agency, client) -> None:  # type: ignore[no-untyped-def]
    with any_agency.sessions()() as session:
        before = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    body = submission(Scenario.ELIGIBLE_12_MONTHS)
    body["payload"]["ssn"] = "11010519491231002X"
    with pytest.raises(AgencyRejected):
        client.submit(body)
    with any_agency.sessions()() as session:
        after = session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    assert after == before
    assert _claims_with(any_agency, body["client_reference"]) == 0


def test_non_uuid_reference_is_refused(any_agency) -> None:  # type: ignore[no-untyped-def]
    c = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key)
    body = {**submission(), "client_reference": "not-a-uuid-at-all-not-a-uuid-at-all"}
    with pytest.raises(AgencyRejected) as refused:
        c.submit(body)
    assert refused.value.code == "invalid_request"
    assert "client_reference" in refused.value.message
    c.close()
