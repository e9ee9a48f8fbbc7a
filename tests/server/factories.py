"""Test data builders for the reference server's tests."""

import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from server.synthetic import Person, Scenario, demo_cast
from tests.card_logins import with_offline_proof


def person(scenario: Scenario) -> Person:
    return demo_cast()[scenario].person


def submission(
    scenario: Scenario = Scenario.ELIGIBLE_18_MONTHS, *, proof: bool = True, **payload: Any
) -> dict[str, Any]:
    """A claim as the kiosk sends it, with the claimant's card proof (the offline kind, which
    needs no server round trip) unless `proof` is False. A test that changes the payload or the
    reference afterwards re-signs it with tests.card_logins.with_offline_proof."""
    who = person(scenario)
    body = {
        "ssn": who.id_number,
        "mobile": who.mobile,
        "commitment_accepted": True,
        "commitment_version": "2019-1",
    }
    body.update(payload)
    built = {
        "client_reference": str(uuid.uuid4()),
        "kind": "claim",
        "created_at": datetime.now(UTC).isoformat(),
        "payload": body,
    }
    if not proof:
        return built
    try:
        return with_offline_proof(built)
    except ValidationError:  # a payload the server refuses with 422 before any proof counts
        return built
