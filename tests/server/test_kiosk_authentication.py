"""Every kiosk request is signed; forged, stale and replayed requests are refused with a reason."""

import json
import time

import requests

from kiosk.api import AgencyClient
from kiosk.api.signing import signed_headers
from tests.server.factories import submission


def _post(agency, path: str, body: bytes, headers: dict[str, str]) -> requests.Response:  # type: ignore[no-untyped-def]
    return requests.post(
        agency.url + path,
        data=body,
        headers={**headers, "Content-Type": "application/json"},
        timeout=10,
    )


def test_unsigned_claim_submission_is_refused_with_401(agency) -> None:  # type: ignore[no-untyped-def]
    answer = requests.post(f"{agency.url}/api/v1/claims", json=submission(), timeout=10)
    assert answer.status_code == 401
    assert answer.json()["code"] == "signature_missing"


def test_signature_over_other_body_is_refused(agency) -> None:  # type: ignore[no-untyped-def]
    signed = json.dumps(submission()).encode()
    headers = signed_headers(
        agency.kiosk_id, agency.kiosk_key, "POST", "/api/v1/claims", signed, time.time()
    )
    tampered = json.dumps(submission()).encode()
    answer = _post(agency, "/api/v1/claims", tampered, headers)
    assert answer.status_code == 401
    assert answer.json()["code"] == "signature_invalid"


def test_wrong_key_is_refused(agency) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps(submission()).encode()
    headers = signed_headers(
        agency.kiosk_id, b"x" * 32, "POST", "/api/v1/claims", body, time.time()
    )
    assert _post(agency, "/api/v1/claims", body, headers).json()["code"] == "signature_invalid"


def test_unknown_kiosk_is_refused(agency) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps(submission()).encode()
    headers = signed_headers(
        "kiosk-nobody", agency.kiosk_key, "POST", "/api/v1/claims", body, time.time()
    )
    answer = _post(agency, "/api/v1/claims", body, headers)
    assert (answer.status_code, answer.json()["code"]) == (401, "kiosk_unknown")


def test_stale_timestamp_is_refused_and_names_the_skew(agency) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps(submission()).encode()
    headers = signed_headers(
        agency.kiosk_id, agency.kiosk_key, "POST", "/api/v1/claims", body, time.time() - 3600
    )
    answer = _post(agency, "/api/v1/claims", body, headers)
    assert answer.json()["code"] == "timestamp_stale"
    assert "3600 s" in answer.json()["message"] or "359" in answer.json()["message"]


def test_replayed_request_is_refused(agency) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps(submission()).encode()
    headers = signed_headers(
        agency.kiosk_id, agency.kiosk_key, "POST", "/api/v1/claims", body, time.time()
    )
    first = _post(agency, "/api/v1/claims", body, headers)
    assert first.status_code == 201
    again = _post(agency, "/api/v1/claims", body, headers)
    assert (again.status_code, again.json()["code"]) == (401, "nonce_replayed")


def test_client_with_a_wrong_clock_corrects_itself_from_the_date_header(agency) -> None:  # type: ignore[no-untyped-def]
    late = AgencyClient(
        agency.url, agency.kiosk_id, agency.kiosk_key, clock=lambda: time.time() - 7200
    )
    try:
        answer = late.heartbeat({"app_version": "test", "uptime_s": 5})
        assert answer.server_time is not None
        assert 7100 < late.clock_offset_s < 7300
    finally:
        late.close()
