"""Oversized, malformed and injection-shaped requests are refused cleanly and change nothing."""

import json
import time

import pytest
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
    login = {"method": "card", "token": "x" * 32}
    sneaky = json.dumps({"ssn": "' OR '1'='1' --       ", "login": login}).encode()
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


# -- text a database refuses (NUL, lone surrogates): 422 on both databases, never 500 ------------


def _staff_header(agency) -> dict[str, str]:  # type: ignore[no-untyped-def]
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "reviewer", "password": agency.staff_passwords["reviewer"]},
        timeout=10,
    )
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def test_a_nul_byte_in_a_query_parameter_is_a_422(any_agency) -> None:  # type: ignore[no-untyped-def]
    """Before: 500 on PostgreSQL, which refuses NUL in text."""
    answer = requests.get(
        f"{any_agency.url}/api/v1/staff/claims",
        params={"state": "received\x00"},
        headers=_staff_header(any_agency),
        timeout=10,
    )
    assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request")


@pytest.mark.parametrize(
    "text",
    ['"\\u0000"', '"a\\u0000b"', '"\\ud800"', '"\\udfff tail"'],
    ids=["nul", "inner-nul", "high-surrogate", "low-surrogate"],
)
def test_unstorable_text_in_a_json_body_is_a_422(any_agency, text: str) -> None:  # type: ignore[no-untyped-def]
    body = ('{"ssn": "222405198703150028", "note": ' + text + "}").encode()
    answer = _signed_post(any_agency, "/api/v1/claimants/lookup", body)
    assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request")
    staff = requests.post(
        f"{any_agency.url}/api/v1/staff/login",
        data=('{"username": ' + text + ', "password": "x"}').encode(),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert staff.status_code == 422


def test_a_paired_surrogate_is_ordinary_text(any_agency) -> None:  # type: ignore[no-untyped-def]
    """An emoji spelled as a surrogate pair is valid JSON text and reaches validation as usual."""
    answer = requests.post(
        f"{any_agency.url}/api/v1/staff/login",
        data=b'{"username": "\\ud83d\\ude00", "password": "x"}',
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert answer.status_code in (401, 422) and answer.status_code != 500


def test_a_nul_byte_in_the_path_or_a_page_query_is_a_422(any_agency) -> None:  # type: ignore[no-untyped-def]
    for url in (
        f"{any_agency.url}/api/v1/claims/abc%00def",
        f"{any_agency.url}/status/abc%00def",
        f"{any_agency.url}/status/00000000-0000-4000-8000-000000000000?v=A%00B",
    ):
        assert requests.get(url, timeout=10).status_code == 422, url


def test_a_nul_byte_in_the_fleet_login_form_is_refused_not_a_500(any_agency) -> None:  # type: ignore[no-untyped-def]
    http = requests.Session()
    page = http.get(f"{any_agency.url}/fleet/login", timeout=10)
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    answer = http.post(
        f"{any_agency.url}/fleet/login",
        data={"csrf": csrf, "username": "review\x00er", "password": "pass\x00word"},
        timeout=10,
    )
    assert answer.status_code in (401, 422)
