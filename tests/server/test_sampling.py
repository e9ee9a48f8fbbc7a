"""Sampled re-review (抽检, notice §5): decided claims are drawn at random for a second look by
another business staff member, never the one who decided; draws and outcomes are audited
(issue 10 §8)."""

import json
from typing import Any

import pytest
import requests
from sqlalchemy import select

from server.models import AuditEntry, Claim
from server.synthetic import Scenario
from tests.server.bank_kit import kiosk_server, open_desk, second_business_staff
from tests.server.ledger_kit import staff_header


def _samples(agency: Any, who: dict[str, str], **params: str) -> list[dict[str, Any]]:
    answer = requests.get(
        f"{agency.url}/api/v1/staff/samples", headers=who, params=params, timeout=10
    )
    assert answer.status_code == 200, answer.text
    result: list[dict[str, Any]] = answer.json()["samples"]
    return result


def test_every_drawn_claim_goes_to_someone_other_than_its_decider(
    any_agency, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    checker = second_business_staff(any_agency, "checker")
    with open_desk(any_agency) as desk:
        decided = []
        for scenario, who in (
            (Scenario.ELIGIBLE_18_MONTHS, desk.reviewer),
            (Scenario.ELIGIBLE_24_MONTHS, checker),
            (Scenario.ELIGIBLE_12_MONTHS, desk.reviewer),
            (Scenario.VOLUNTARY_RESIGNATION, checker),
        ):
            applied = desk.apply(scenario)
            assert applied["status"] == 201, applied
            reference = applied["body"]["claim"]["reference"]
            verdict = scenario != Scenario.VOLUNTARY_RESIGNATION
            answer = desk.staff("POST", f"/claims/{reference}/decide", who, {"approve": verdict})
            assert answer.status_code == 200, answer.text
            decided.append(reference)

    ran = kiosk_server(any_agency, capsys, "sample", "--rate", "1", "--seed", "20261204", "--json")
    assert ran.code == 0, ran.err
    report = json.loads(ran.out)
    assert report["drawn"] == report["candidates"] >= 4 and report["no_reviewer"] == 0
    samples = _samples(any_agency, checker)
    assert set(decided) <= {s["claim_reference"] for s in samples}
    # Two business staff members: each one's decisions must all go to the other.
    other = {"reviewer": "checker", "checker": "reviewer"}
    assert [s["assigned_to"] for s in samples] == [other[s["decided_by"]] for s in samples]
    with any_agency.sessions()() as session:
        draws = (
            session.execute(select(AuditEntry.subject).where(AuditEntry.action == "sample.draw"))
            .scalars()
            .all()
        )
    assert set(decided) <= set(draws)

    # A claim is drawn once; a second run finds no new candidates among these.
    again = json.loads(kiosk_server(any_agency, capsys, "sample", "--rate", "1", "--json").out)
    assert again["drawn"] == again["candidates"] == 0


def test_the_decider_may_not_re_review_and_a_disagreement_flags_the_claim(any_agency) -> None:  # type: ignore[no-untyped-def]
    checker = second_business_staff(any_agency, "checker")
    reviewer, cashier = staff_header(any_agency, "reviewer"), staff_header(any_agency, "cashier")
    mine = next(
        s for s in _samples(any_agency, checker, open="true") if s["decided_by"] == "reviewer"
    )
    url = f"{any_agency.url}/api/v1/staff/samples/{mine['id']}/review"
    body = {"outcome": "disagree", "note": "separation reason looks wrong; call the employer"}

    own = requests.post(url, json=body, headers=reviewer, timeout=10)
    assert (own.status_code, own.json()["code"]) == (403, "separation_of_duties")
    finance = requests.post(url, json=body, headers=cashier, timeout=10)
    assert (finance.status_code, finance.json()["code"]) == (403, "role_required")
    done = requests.post(url, json=body, headers=checker, timeout=10)
    assert done.status_code == 200, done.text
    assert (done.json()["outcome"], done.json()["reviewed_by"]) == ("disagree", "checker")
    twice = requests.post(url, json={"outcome": "agree"}, headers=checker, timeout=10)
    assert (twice.status_code, twice.json()["code"]) == (409, "already_reviewed")

    with any_agency.sessions()() as session:
        claim = session.execute(
            select(Claim).where(Claim.reference == mine["claim_reference"])
        ).scalar_one()
        assert (claim.review_flag, claim.review_reason) == (True, "sample_disagreement")
        trail = (
            session.execute(
                select(AuditEntry.body).where(
                    AuditEntry.action == "sample.review",
                    AuditEntry.subject == mine["claim_reference"],
                )
            )
            .scalars()
            .all()
        )
    assert len(trail) == 1 and '"disagree"' in trail[0] and "employer" not in trail[0]
    assert all(s["id"] != mine["id"] for s in _samples(any_agency, checker, open="true"))


def test_the_rate_must_lie_between_zero_and_one(
    any_agency, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    for rate in ("0", "1.5", "-0.1", "lots"):
        with pytest.raises(SystemExit) as refused:
            kiosk_server(any_agency, capsys, "sample", "--rate", rate)
        assert refused.value.code == 2
