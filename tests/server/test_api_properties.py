"""Property-based testing of the agency API against its own OpenAPI document (schemathesis).

Every operation gets generated requests, correctly signed as a kiosk or authenticated as staff, so
the generated data reaches the handlers instead of stopping at the 401. A 5xx, an answer that does
not match the documented schema, or an undocumented status code fails the test.
`CHANGTONG_API_EXAMPLES` raises the number of examples for a longer run (default 15).
"""

import os
import time

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from kiosk.api.signing import signed_headers

EXAMPLES = int(os.environ.get("CHANGTONG_API_EXAMPLES", "15"))


class SignedOrStaff(requests.auth.AuthBase):
    """Signs kiosk requests over the exact bytes sent; staff paths get the bearer token."""

    def __init__(self, kiosk_id: str, key: bytes, staff_token: str) -> None:
        self.kiosk_id, self.key, self.staff_token = kiosk_id, key, staff_token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        path = request.path_url
        if path.startswith(("/api/v1/staff", "/api/v1/audit")) and not path.endswith("/login"):
            request.headers["Authorization"] = f"Bearer {self.staff_token}"
        elif path.startswith("/api/v1/"):
            body = request.body or b""
            raw = body.encode("utf-8") if isinstance(body, str) else body
            method = request.method or "GET"
            request.headers.update(
                signed_headers(self.kiosk_id, self.key, method, path, raw, time.time())
            )
        return request


@pytest.fixture(scope="module")
def auth(agency) -> SignedOrStaff:  # type: ignore[no-untyped-def]
    token = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "reviewer", "password": agency.staff_passwords["reviewer"]},
        timeout=10,
    ).json()["token"]
    return SignedOrStaff(agency.kiosk_id, agency.kiosk_key, token)


def test_every_operation_conforms_to_the_contract(agency, auth: SignedOrStaff) -> None:  # type: ignore[no-untyped-def]
    # The strategies are driven directly: schemathesis' lazy pytest fixtures do not yet work
    # with pytest 9.
    schema = schemathesis.openapi.from_url(f"{agency.url}/openapi.json")
    failures: dict[str, str] = {}
    operations = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
        def exercise(case) -> None:  # type: ignore[no-untyped-def]
            # "Schema-valid request rejected" is excluded on purpose: a well-formed ID number with a
            # wrong GB 11643 check character is schema-valid and must still be refused (422).
            case.call_and_validate(
                base_url=agency.url, auth=auth, excluded_checks=[positive_data_acceptance]
            )

        try:
            exercise()
        except BaseException as exc:  # collect every operation's failure, then report them all
            if isinstance(exc, KeyboardInterrupt):
                raise
            failures[operation.label] = str(exc)[:1500]
    assert operations >= 15
    assert not failures, "\n\n".join(f"{label}:\n{text}" for label, text in failures.items())
