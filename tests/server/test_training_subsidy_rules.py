"""The training subsidy on the real server (Regulations art. 10(4), notice §8; issue 10 §5).

Before, the server paid the same person twice for the same course, also after a voluntary
resignation, and for a course in another prefecture. Each of those is refused here over HTTP, on
SQLite and PostgreSQL, and a granted subsidy is paid exactly once at the course table's amount.
"""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from config.schema import ReferenceServerSettings
from server.clock import business_today
from server.db import transaction
from server.db_types import utcnow
from server.models import Claim, Claimant, Payment, TrainingCourse
from server.rules import ParameterError, ServiceArea
from server.services.claimant_index import claimant_by_ssn
from server.settings import resolve
from server.synthetic import Scenario
from tests.card_logins import card_login, signed_post, with_offline_proof
from tests.conftest import Agency
from tests.server.factories import person, submission

LONGJING = "TS-LJ-01"  # 222405, the kiosk's own county
YANJI = "TS-YJ-02"  # 222401, same prefecture (2224 Yanbian)
CHANGCHUN = "TS-CC-03"  # 220102, another prefecture


@pytest.fixture(scope="module")
def agency(any_agency: Agency) -> Agency:
    """The server with three courses beginning soon after its business date (the test kiosk
    stands in Longjing, 222405)."""
    factory = any_agency.sessions()
    with transaction(factory) as session:
        today = business_today(session)
        for course_id, region, fen, days in (
            (LONGJING, "222405", 150_000, 14),
            (YANJI, "222401", 160_000, 21),
            (CHANGCHUN, "220102", 170_000, 14),
        ):
            session.add(
                TrainingCourse(
                    id=course_id,
                    name_zh=f"培训{course_id}",
                    name_ko=f"양성{course_id}",
                    provider="职业培训学校",
                    region_code=region,
                    subsidy_fen=fen,
                    starts_on=today + timedelta(days=days),
                    ends_on=today + timedelta(days=days + 70),
                )
            )
    factory.kw["bind"].dispose()
    return any_agency


def _staff(agency: Agency, username: str) -> dict[str, str]:
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": agency.staff_passwords[username]},
        timeout=10,
    )
    answer.raise_for_status()
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _staff_post(agency: Agency, path: str, who: str, body: object = None) -> requests.Response:
    return requests.post(
        f"{agency.url}/api/v1/staff{path}", headers=_staff(agency, who), json=body, timeout=15
    )


def _application(scenario: Scenario, course_id: str) -> dict[str, Any]:
    """A training-subsidy application as the kiosk sends it, with the card's offline proof."""
    body = submission(scenario, proof=False, course_id=course_id)
    return with_offline_proof({**body, "kind": "training_subsidy"})


def _submit(agency: Agency, body: dict[str, Any]) -> requests.Response:
    return signed_post(agency, "/api/v1/claims", body)


def _receiving_benefit(agency: Agency, scenario: Scenario) -> None:
    """The person applies for the benefit and is granted it: from now on they receive it."""
    answer = _submit(agency, submission(scenario))
    assert answer.status_code == 201, answer.text
    reference = answer.json()["claim"]["reference"]
    decided = _staff_post(agency, f"/claims/{reference}/decide", "reviewer", {"approve": True})
    assert decided.status_code == 200 and decided.json()["state"] == "approved", decided.text


def _refusal(answer: requests.Response) -> tuple[int, str, list[str]]:
    body = answer.json()
    return answer.status_code, body["code"], body["details"]["reason_codes"]


def _subsidy_claims(agency: Agency, scenario: Scenario, course_id: str) -> int:
    factory = agency.sessions()
    try:
        with transaction(factory) as session:
            claimant = claimant_by_ssn(session, person(scenario).id_number)
            assert claimant is not None
            return session.execute(
                select(func.count(Claim.id)).where(
                    Claim.claimant_id == claimant.id,
                    Claim.kind == "training_subsidy",
                    Claim.course_id == course_id,
                )
            ).scalar_one()
    finally:
        factory.kw["bind"].dispose()


def test_a_recipient_gets_the_subsidy_once_and_it_is_paid_once(agency: Agency) -> None:
    _receiving_benefit(agency, Scenario.ELIGIBLE_12_MONTHS)
    first = _application(Scenario.ELIGIBLE_12_MONTHS, LONGJING)
    accepted = _submit(agency, first)
    assert accepted.status_code == 201, accepted.text
    reference = accepted.json()["claim"]["reference"]
    assert _submit(agency, first).status_code == 200  # the kiosk's resend is the same claim

    while_open = _submit(agency, _application(Scenario.ELIGIBLE_12_MONTHS, LONGJING))
    assert _refusal(while_open) == (
        422,
        "training_already_subsidised",
        ["training_already_subsidised"],
    )

    decided = _staff_post(agency, f"/claims/{reference}/decide", "reviewer", {"approve": True})
    assert decided.status_code == 200, decided.text
    assert (decided.json()["state"], decided.json()["monthly_amount_fen"]) == ("approved", 150_000)
    assert decided.json()["reason_codes"] == ["training_subsidy_granted"]

    paid = _staff_post(agency, f"/claims/{reference}/pay", "cashier")
    assert paid.status_code == 200, paid.text
    assert paid.json()["state"] == "completed"
    assert [(p["amount_fen"], p["state"]) for p in paid.json()["payments"]] == [
        (150_000, "released")
    ]
    again = _staff_post(agency, f"/claims/{reference}/pay", "cashier")
    assert (again.status_code, again.json()["code"]) == (409, "subsidy_already_paid")

    after_payment = _submit(agency, _application(Scenario.ELIGIBLE_12_MONTHS, LONGJING))
    assert _refusal(after_payment) == (
        422,
        "training_already_subsidised",
        ["training_already_subsidised"],
    )
    texts = after_payment.json()["details"]["reasons"][0]
    assert "同一培训只能领取一次" in texts["zh_CN"] and "한 번만" in texts["ko"]
    assert _subsidy_claims(agency, Scenario.ELIGIBLE_12_MONTHS, LONGJING) == 1
    factory = agency.sessions()
    with transaction(factory) as session:
        payments = session.execute(
            select(Payment.amount_fen)
            .join(Claim, Claim.id == Payment.claim_id)
            .where(Claim.reference == reference)
        ).all()
    factory.kw["bind"].dispose()
    assert [p.amount_fen for p in payments] == [150_000]


def test_parallel_applications_for_one_course_create_one_claim(agency: Agency) -> None:
    _receiving_benefit(agency, Scenario.ELIGIBLE_24_MONTHS)
    bodies = [_application(Scenario.ELIGIBLE_24_MONTHS, YANJI) for _ in range(4)]
    start = threading.Barrier(len(bodies))

    def send(body: dict[str, Any]) -> requests.Response:
        start.wait()
        return _submit(agency, body)

    with ThreadPoolExecutor(len(bodies)) as pool:
        answers = list(pool.map(send, bodies))
    outcomes = sorted((a.status_code, a.json().get("code")) for a in answers)
    assert outcomes == [(201, None)] + [(422, "training_already_subsidised")] * 3, outcomes
    assert _subsidy_claims(agency, Scenario.ELIGIBLE_24_MONTHS, YANJI) == 1


def test_a_voluntary_resignation_without_benefit_gets_no_subsidy(agency: Agency) -> None:
    answer = _submit(agency, _application(Scenario.VOLUNTARY_RESIGNATION, LONGJING))
    assert _refusal(answer) == (
        422,
        "training_after_voluntary_resignation",
        ["training_after_voluntary_resignation"],
    )
    assert _subsidy_claims(agency, Scenario.VOLUNTARY_RESIGNATION, LONGJING) == 0


@pytest.mark.parametrize(
    "scenario",
    [
        Scenario.TOO_FEW_MONTHS,  # never granted the benefit
        # Drawing the benefit until a business registration stopped it, which the daily
        # cross-check has not recorded on the claim yet.
        Scenario.STOP_BUSINESS_REGISTRATION,
    ],
)
def test_someone_not_receiving_the_benefit_gets_no_subsidy(
    agency: Agency, scenario: Scenario
) -> None:
    answer = _submit(agency, _application(scenario, LONGJING))
    assert _refusal(answer) == (
        422,
        "training_not_receiving_benefit",
        ["training_not_receiving_benefit"],
    )


def test_a_course_in_another_prefecture_is_refused_at_this_kiosk(agency: Agency) -> None:
    _receiving_benefit(agency, Scenario.ELIGIBLE_18_MONTHS)
    elsewhere = _submit(agency, _application(Scenario.ELIGIBLE_18_MONTHS, CHANGCHUN))
    assert _refusal(elsewhere) == (
        422,
        "training_outside_service_area",
        ["training_outside_service_area"],
    )
    assert "220102" in elsewhere.json()["details"]["reasons"][0]["zh_CN"]
    same_prefecture = _submit(agency, _application(Scenario.ELIGIBLE_18_MONTHS, YANJI))
    assert same_prefecture.status_code == 201, same_prefecture.text


def test_an_unknown_course_is_refused(agency: Agency) -> None:
    answer = _submit(agency, _application(Scenario.ELIGIBLE_18_MONTHS, "TS-NONE-99"))
    assert (answer.status_code, answer.json()["code"]) == (422, "course_unknown")


def test_staff_cannot_approve_a_second_subsidy_the_old_server_accepted(agency: Agency) -> None:
    """Two open applications for one course, as the server accepted them before these rules:
    the first may be approved, the second only refused."""
    _receiving_benefit(agency, Scenario.REEMPLOYED_CARRY_OVER)
    accepted = _submit(agency, _application(Scenario.REEMPLOYED_CARRY_OVER, LONGJING))
    assert accepted.status_code == 201, accepted.text
    first = accepted.json()["claim"]["reference"]
    second = str(uuid.uuid4())
    factory = agency.sessions()
    with transaction(factory) as session:
        original = session.execute(select(Claim).where(Claim.reference == first)).scalar_one()
        session.add(
            Claim(
                reference=second,
                kind="training_subsidy",
                claimant_id=original.claimant_id,
                kiosk_id=original.kiosk_id,
                channel="online",
                content_hash="0" * 64,
                state="received",
                created_at=utcnow(),
                received_at=utcnow(),
                course_id=LONGJING,
                reason_codes=[],
            )
        )
    factory.kw["bind"].dispose()
    approved = _staff_post(agency, f"/claims/{first}/decide", "reviewer", {"approve": True})
    assert approved.status_code == 200, approved.text
    refused = _staff_post(agency, f"/claims/{second}/decide", "reviewer", {"approve": True})
    assert _refusal(refused) == (422, "rules_refuse", ["training_already_subsidised"])
    closed = _staff_post(agency, f"/claims/{second}/decide", "reviewer", {"approve": False})
    assert closed.status_code == 200 and closed.json()["state"] == "refused"
    assert closed.json()["reason_codes"] == ["training_already_subsidised"]


def _listed(agency: Agency, scenario: Scenario) -> list[str]:
    ssn = person(scenario).id_number
    answer = signed_post(agency, "/api/v1/courses", {"ssn": ssn, "login": card_login(agency, ssn)})
    assert answer.status_code == 200, answer.text
    return [c["course_id"] for c in answer.json()["courses"]]


def test_the_kiosk_lists_only_courses_it_may_still_subsidise(agency: Agency) -> None:
    # Insured in Changchun, at the Longjing kiosk: the Changchun course lies outside the kiosk's
    # service area, so it is not offered here (before, every course of the person's region was).
    assert CHANGCHUN not in _listed(agency, Scenario.CARRY_OVER_CAPPED)

    # A course already subsidised for the person is not offered again.
    assert LONGJING in _listed(agency, Scenario.STOP_SETTLED_ABROAD)
    factory = agency.sessions()
    with transaction(factory) as session:
        claimant = claimant_by_ssn(session, person(Scenario.STOP_SETTLED_ABROAD).id_number)
        assert isinstance(claimant, Claimant)
        session.add(
            Claim(
                reference=str(uuid.uuid4()),
                kind="training_subsidy",
                claimant_id=claimant.id,
                kiosk_id=agency.kiosk_id,
                channel="online",
                content_hash="0" * 64,
                state="completed",
                created_at=utcnow(),
                received_at=utcnow(),
                decided_at=utcnow(),
                course_id=LONGJING,
                reason_codes=["training_subsidy_granted"],
            )
        )
    factory.kw["bind"].dispose()
    assert LONGJING not in _listed(agency, Scenario.STOP_SETTLED_ABROAD)


def test_the_province_sets_the_service_area_and_a_wrong_value_stops_the_server(
    tmp_path: Path,
) -> None:
    widened = resolve(
        ReferenceServerSettings(
            data_dir=str(tmp_path / "a"), training_subsidy={"service_area": "province"}
        )
    )
    assert widened.training_subsidy.service_area is ServiceArea.SAME_PROVINCE
    default = resolve(ReferenceServerSettings(data_dir=str(tmp_path / "b")))
    assert default.training_subsidy.service_area is ServiceArea.SAME_PREFECTURE
    with pytest.raises(ParameterError) as wrong:
        resolve(
            ReferenceServerSettings(
                data_dir=str(tmp_path / "c"), training_subsidy={"service_area": "city"}
            )
        )
    assert wrong.value.key == "service_area"
