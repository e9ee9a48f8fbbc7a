"""Claims arriving at the same moment, on SQLite and PostgreSQL: submissions of different people
do not wait for each other (no agency-wide writer lock), and still each person gets one claim
and each reference at most one, whatever the interleaving."""

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from kiosk.api import AgencyClient, AgencyRejected
from server.models import Claim
from server.services.claimant_index import claimant_by_ssn
from server.synthetic import Scenario
from tests.server.factories import person, submission

PEOPLE = (
    Scenario.ELIGIBLE_12_MONTHS,
    Scenario.ELIGIBLE_18_MONTHS,
    Scenario.ELIGIBLE_24_MONTHS,
    Scenario.VOLUNTARY_RESIGNATION,
    Scenario.TOO_FEW_MONTHS,
    Scenario.SEPARATION_NOT_REPORTED,
)


def _at_once(agency: Any, bodies: list[dict[str, Any]]) -> list[str]:
    """Sends every body from its own kiosk connection, all released together; returns each
    answer's result, or the refusal's code, in the order of `bodies`."""
    answers = [""] * len(bodies)
    start = threading.Barrier(len(bodies))

    def send(index: int, body: dict[str, Any]) -> None:
        client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.05)
        start.wait()
        try:
            answer: str = client.submit(body).result
        except AgencyRejected as refused:
            answer = refused.code
        finally:
            client.close()
        answers[index] = answer

    threads = [threading.Thread(target=send, args=(i, b)) for i, b in enumerate(bodies)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers


def _claims_of(agency: Any, scenario: Scenario) -> int:
    with agency.sessions()() as session:
        claimant = claimant_by_ssn(session, person(scenario).id_number)
        assert claimant is not None
        return int(
            session.execute(
                select(func.count()).select_from(Claim).where(Claim.claimant_id == claimant.id)
            ).scalar_one()
        )


def _count(agency: Any, query: Callable[[], Any]) -> int:
    with agency.sessions()() as session:
        return int(session.execute(query()).scalar_one())


def test_claims_of_different_people_at_once_are_all_filed(any_agency) -> None:  # type: ignore[no-untyped-def]
    before = _count(any_agency, lambda: select(func.count()).select_from(Claim))
    answers = _at_once(any_agency, [submission(s) for s in PEOPLE])
    assert answers == ["created"] * len(PEOPLE)
    assert [_claims_of(any_agency, s) for s in PEOPLE] == [1] * len(PEOPLE)
    after = _count(any_agency, lambda: select(func.count()).select_from(Claim))
    assert after - before == len(PEOPLE)


def test_one_person_filing_from_several_kiosks_at_once_gets_one_claim(any_agency) -> None:  # type: ignore[no-untyped-def]
    """Six different references for one person, and three deliveries of one of them: one claim;
    the same reference's resends are duplicates, the other references a second claim refused."""
    resent = submission(Scenario.PENSIONER)
    others = [submission(Scenario.PENSIONER) for _ in range(6)]
    answers = _at_once(any_agency, [resent, resent, resent, *others])
    assert answers.count("created") == 1
    if "created" in answers[:3]:
        assert sorted(answers[:3]) == ["created", "duplicate", "duplicate"]
        assert answers[3:] == ["claim_already_active"] * 6
    else:  # another reference won: every delivery of this one is a second claim
        assert sorted(answers) == ["claim_already_active"] * 8 + ["created"]
    assert _claims_of(any_agency, Scenario.PENSIONER) == 1
