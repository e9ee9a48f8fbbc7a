"""What one claim costs the database, so a change that makes it read more shows up here first.

A claim is the request kiosks send most often; docs/benchmarks.md ("Agency server: cost of a
claim") tells how its statements were cut. The budgets are exact: a statement added to the
claim path must be added here on purpose, with a reason.
"""

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event

from server.auditlog import reads
from server.db import make_engine, make_session_factory
from server.services.fleet import TRIM_EVERY
from server.synthetic import Scenario
from tests.card_logins import signed_post
from tests.conftest import Agency
from tests.server.factories import submission

#: Statements per claim (SELECT, INSERT, UPDATE, DELETE; not BEGIN or session settings).
#: Signature: the kiosk's key (and region), `last_seen`, the nonce. Claim: the reference, the
#: claimant, the active claim, the business date, then claim, event, text, audit entry (the
#: service-area check uses the region the signature check read). PostgreSQL adds the claimant's
#: row lock and the reference again under it.
CLAIM_BUDGET = {"sqlite": 3 + 8, "postgresql": 3 + 10}

#: Signature (2: the kiosk's key, the nonce; the route writes `last_seen`); the kiosk's row with
#: `last_seen` and the beat, the history row, the audit log's newest checkpoint (3). The proof
#: comes from the tree in memory, which this process's sequencer keeps up to date
#: (server/auditlog/reads.py `for_witness`). One beat in `TRIM_EVERY` also trims the history.
HEARTBEAT_BUDGET = 2 + 3

#: Old nonces are purged by whichever request comes when it is due (server/api/deps.py).
PURGE = "DELETE FROM kiosk_nonces"

#: Threads beside the requests, whose statements are not a request's.
BACKGROUND = frozenset({"audit-sequencer", "sms-sender", "MainThread"})


class Statements:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if threading.current_thread().name in BACKGROUND:
            return
        verb = statement.lstrip().split(" ", 1)[0].upper()
        if statement.startswith(PURGE):
            return
        if verb in ("SELECT", "INSERT", "UPDATE", "DELETE", "WITH"):
            self.seen.append(" ".join(statement.split())[:120])


@pytest.fixture
def statements() -> Iterator[Statements]:
    counter = Statements()
    event.listen(Engine, "before_cursor_execute", counter)
    yield counter
    event.remove(Engine, "before_cursor_execute", counter)


def _wait_for_checkpoint(agency: Agency, timeout_s: float = 15.0) -> None:
    """A log signs its first checkpoint moments after the server starts; before it, a heartbeat
    has nothing to answer with and looks further."""
    engine = make_engine(agency.config.database_url)
    try:
        deadline = time.monotonic() + timeout_s
        while reads.latest(make_session_factory(engine)) is None:
            assert time.monotonic() < deadline, "the audit log signed no checkpoint"
            time.sleep(0.05)
    finally:
        engine.dispose()


def _dialect(agency: Agency) -> str:
    return "postgresql" if agency.config.database_url.startswith("postgresql") else "sqlite"


def test_a_claim_costs_its_budget_of_statements(any_agency: Agency, statements: Statements) -> None:
    counts = []
    for scenario in (Scenario.ELIGIBLE_12_MONTHS, Scenario.ELIGIBLE_24_MONTHS):
        statements.seen.clear()
        answer = signed_post(any_agency, "/api/v1/claims", submission(scenario))
        assert answer.status_code == 201, answer.text
        counts.append(len(statements.seen))
    budget = CLAIM_BUDGET[_dialect(any_agency)]
    assert counts == [budget, budget], "\n".join(statements.seen)


def test_the_created_answer_is_the_claim_as_read_back(any_agency: Agency) -> None:
    """The answer to a new claim is built without reading the row back; a resend's answer is
    built from the rows as stored. Both must say the same."""
    body = submission(Scenario.REEMPLOYED_CARRY_OVER)
    created = signed_post(any_agency, "/api/v1/claims", body)
    resent = signed_post(any_agency, "/api/v1/claims", body)
    assert (created.status_code, resent.status_code) == (201, 200), resent.text
    assert created.json()["claim"] == resent.json()["claim"]
    assert [e["kind"] for e in created.json()["claim"]["timeline"]] == ["received"]


def test_a_heartbeat_costs_its_budget_of_statements(
    any_agency: Agency, statements: Statements
) -> None:
    beat = {"app_version": "test", "uptime_s": 60, "paper": "ok", "queue_depth": 0}
    _wait_for_checkpoint(any_agency)
    signed_post(any_agency, "/api/v1/kiosks/heartbeat", beat).raise_for_status()
    counts = []
    for _ in range(2 * TRIM_EVERY):
        statements.seen.clear()
        signed_post(any_agency, "/api/v1/kiosks/heartbeat", beat).raise_for_status()
        counts.append(len(statements.seen))
    trims = sum(1 for count in counts if count == HEARTBEAT_BUDGET + 1)
    assert counts.count(HEARTBEAT_BUDGET) + trims == len(counts), counts
    assert 1 <= trims <= 3, counts  # by row id: about one beat in TRIM_EVERY
