"""Test data builders for the reference server's tests."""

import uuid
from datetime import UTC, datetime
from typing import Any

from server.synthetic import Person, Scenario, demo_cast


def person(scenario: Scenario) -> Person:
    return demo_cast()[scenario].person


def submission(scenario: Scenario = Scenario.ELIGIBLE_18_MONTHS, **payload: Any) -> dict[str, Any]:
    who = person(scenario)
    body = {
        "ssn": who.id_number,
        "mobile": who.mobile,
        "commitment_accepted": True,
        "commitment_version": "2019-1",
    }
    body.update(payload)
    return {
        "client_reference": str(uuid.uuid4()),
        "kind": "claim",
        "created_at": datetime.now(UTC).isoformat(),
        "payload": body,
    }
