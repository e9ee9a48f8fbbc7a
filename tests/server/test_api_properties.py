"""Property-based testing of the agency API against its own OpenAPI document (schemathesis).

Every operation gets generated requests, correctly signed as a kiosk or authenticated as staff, so
the generated data reaches the handlers instead of stopping at the 401. A 5xx, an answer that does
not match the documented schema, or an undocumented status code fails the test.
`CHANGTONG_API_EXAMPLES` raises the number of examples for a longer run (default 15), and
`CHANGTONG_API_STATEFUL_EXAMPLES` the stateful phase's scenarios (default 5, six steps each): it
follows the document's links from a created claim through review, decision and payment.
"""

import os
import time
from collections.abc import Callable
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from kiosk.api.signing import signed_headers

EXAMPLES = int(os.environ.get("CHANGTONG_API_EXAMPLES", "15"))
STATEFUL_EXAMPLES = int(os.environ.get("CHANGTONG_API_STATEFUL_EXAMPLES", "5"))


class SignedOrStaff(requests.auth.AuthBase):
    """Signs kiosk requests over the exact bytes sent; staff paths get the bearer token."""

    def __init__(
        self, kiosk_id: str, key: bytes, staff_token: str, login: Callable[[], str]
    ) -> None:
        self.kiosk_id, self.key, self.staff_token, self.login = kiosk_id, key, staff_token, login

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        path = request.path_url
        if path.endswith("/staff/logout"):  # ends a session of its own, not the shared one
            request.headers["Authorization"] = f"Bearer {self.login()}"
        elif path.startswith(("/api/v1/staff", "/api/v1/audit")) and not path.endswith("/login"):
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
    def login() -> str:
        token: str = requests.post(
            f"{agency.url}/api/v1/staff/login",
            json={"username": "reviewer", "password": agency.staff_passwords["reviewer"]},
            timeout=10,
        ).json()["token"]
        return token

    return SignedOrStaff(agency.kiosk_id, agency.kiosk_key, login(), login)


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


def test_the_document_lists_every_answer_and_links_the_claim_workflow(agency) -> None:  # type: ignore[no-untyped-def]
    """Before: 413, 429 and 503 were answered but not documented, and nothing linked a created
    claim to its review, so schemathesis had no stateful phase to run."""
    paths = requests.get(f"{agency.url}/openapi.json", timeout=10).json()["paths"]
    for path, item in paths.items():
        for method, operation in item.items():
            answers = operation["responses"]
            assert {"422", "503"} <= answers.keys(), (method, path)
            if "requestBody" in operation:
                assert "413" in answers, (method, path)
    for path in ("/api/v1/staff/login", "/api/v1/otp/request", "/api/v1/claimants/lookup"):
        assert "Retry-After" in paths[path]["post"]["responses"]["429"]["headers"]
    created = paths["/api/v1/claims"]["post"]["responses"]["201"]["links"]
    assert created["Review"]["parameters"] == {"reference": "$response.body#/claim/reference"}
    reviewed = paths["/api/v1/staff/claims/{reference}/review"]["post"]["responses"]["200"]
    decided = paths["/api/v1/staff/claims/{reference}/decide"]["post"]["responses"]["200"]
    assert "Decide" in reviewed["links"] and "Pay" in decided["links"]


def test_the_stateful_phase_follows_claims_through_the_links(agency, auth: SignedOrStaff) -> None:  # type: ignore[no-untyped-def]
    schema = schemathesis.openapi.from_url(f"{agency.url}/openapi.json")
    machine = schema.as_state_machine()

    calls: list[str] = []

    class Workflow(machine):  # type: ignore[misc,valid-type]
        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            calls.append(case.operation.label)
            return {"base_url": agency.url, "auth": auth}

        def validate_response(self, response: Any, case: Any, *args: Any, **kwargs: Any) -> None:
            case.validate_response(response, excluded_checks=[positive_data_acceptance])

    Workflow.run(
        settings=settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
    )
    assert len(calls) >= STATEFUL_EXAMPLES, calls
