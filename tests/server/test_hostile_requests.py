"""Oversized, malformed and injection-shaped requests are refused cleanly and change nothing."""

import json
import time

import requests
from sqlalchemy import func, select

from kiosk.api.signing import signed_headers
from server.models import Claim
from tests.server.factories import submission


def _signed_post(agency, path: str, body: bytes) -> requests.Response:  # type: ignore[no-untyped-def]
    headers = signed_headers(agency.kiosk_id, agency.kiosk_key, "POST", path, body, time.time())
    headers["Content-Type"] = "application/json"
    return requests.post(agency.url + path, data=body, headers=headers, timeout=30)


def test_oversized_body_is_refused_before_it_is_read(agency) -> None:  # type: ignore[no-untyped-def]
    huge = b'{"items": [' + b'{"x": "' + b"A" * (2 * 1024 * 1024) + b'"}]}'
    answer = _signed_post(agency, "/api/v1/claims/batch", huge)
    assert (answer.status_code, answer.json()["code"]) == (413, "request_too_large")


def test_oversized_body_without_a_length_header_is_refused_too(agency) -> None:  # type: ignore[no-untyped-def]
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b"A" * 65536

    answer = requests.post(
        f"{agency.url}/api/v1/claims",
        data=chunks(),
        headers={"Content-Type": "application/json"},
        timeout=30,
    )
    assert answer.status_code == 413


def test_batch_over_two_hundred_items_is_refused_whole(agency) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"items": [submission() for _ in range(201)]}).encode()
    answer = _signed_post(agency, "/api/v1/claims/batch", body)
    assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request")


def test_malformed_json_is_a_clear_422(agency) -> None:  # type: ignore[no-untyped-def]
    answer = _signed_post(agency, "/api/v1/claims", b'{"client_reference": ')
    assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request")


def test_injection_shaped_values_are_refused_or_matched_literally(agency, staff_login) -> None:  # type: ignore[no-untyped-def]
    with agency.sessions()() as session:
        before = session.execute(select(func.count()).select_from(Claim)).scalar_one()
    sneaky = json.dumps({"ssn": "' OR '1'='1' --       ", "login": {"method": "card_pin"}}).encode()
    assert _signed_post(agency, "/api/v1/eligibility", sneaky).status_code == 422
    listing = requests.get(
        f"{agency.url}/api/v1/staff/claims",
        params={"state": "x' OR '1'='1"},
        headers=staff_login("reviewer"),
        timeout=10,
    )
    assert listing.status_code == 200 and listing.json()["claims"] == []
    page = requests.get(f"{agency.url}/status/1' OR '1'='1?v=AAAAAAAA", timeout=10)
    assert page.status_code == 404
    with agency.sessions()() as session:
        assert session.execute(select(func.count()).select_from(Claim)).scalar_one() == before
