"""Texts the first SMS release left out or sent in the wrong order (docs/notifications.md): the
real server on loopback, its sender and the SMS gateway simulator, on SQLite and PostgreSQL.

- a reported change that stops the claim: "change recorded" reaches the phone before "stopped";
- a month the bank gave back and finance released again is told as such;
- a training subsidy's payment is texted;
- the old number is told of a change of number (where, when, 12333), and a status query from it
  finds nothing afterwards, also for a claim that was already closed.
"""

import re
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import select, update

from kiosk.api import AgencyClient
from server.db import transaction
from server.models import Claim, Kiosk, Payment, SmsNotification, TrainingCourse
from server.sms.simulator import text_agency
from server.sms.texts import Template
from server.synthetic import Scenario
from tests.card_logins import card_login, card_token_login, with_offline_proof
from tests.server.factories import person, submission
from tests.server.ledger_kit import Desk, staff_header
from tests.server.test_notifications import START, Texting, texting  # noqa: F401 (fixture)

COURSE = "SMS-LJ-01"  # in the test kiosk's county (222405)
NOTHING_FOUND = "【失业保险】未找到与本手机号码关联的申请。咨询请拨打12333。"


@pytest.fixture
def desk(texting: Texting) -> Iterator[Desk]:  # noqa: F811 (the imported fixture)
    agency = texting.agency
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    d = Desk(agency, client, staff_header(agency, "reviewer"), staff_header(agency, "cashier"))
    d.set_today(START)
    yield d
    d.set_today(None)
    client.close()


def _applied(desk: Desk, body: dict[str, Any]) -> str:
    answer = desk.send("/api/v1/claims", body)
    assert answer["status"] == 201, answer
    reference: str = answer["body"]["claim"]["reference"]
    return reference


def _templates(agency: Any, reference: str) -> list[str]:
    with agency.sessions()() as session:
        claim_id = session.execute(
            select(Claim.id).where(Claim.reference == reference)
        ).scalar_one()
        return list(
            session.execute(
                select(SmsNotification.template)
                .where(SmsNotification.claim_id == claim_id)
                .order_by(SmsNotification.id)
            ).scalars()
        )


def _bank_returns(agency: Any, reference: str, month: date) -> None:
    """What the bank's return file does to a month (server/bank/returns.py): owed again."""
    with transaction(agency.sessions()) as session:
        claim_id = session.execute(
            select(Claim.id).where(Claim.reference == reference)
        ).scalar_one()
        session.execute(
            update(Payment)
            .where(Payment.claim_id == claim_id, Payment.period_month == month)
            .values(state="returned", return_reason="account_closed")
        )


def test_a_returned_month_paid_again_is_texted_and_a_change_comes_before_the_stop(
    texting: Texting,  # noqa: F811 (the imported fixture)
    desk: Desk,
) -> None:
    scenario = Scenario.ELIGIBLE_12_MONTHS
    who = person(scenario)
    reference = _applied(desk, submission(scenario))
    granted = desk.grant(reference)
    assert desk.pay(reference).status_code == 200
    texting.sim.wait_for_texts(who.mobile, 3)
    _bank_returns(desk.agency, reference, START.replace(day=1))
    assert desk.pay(reference, START.strftime("%Y-%m")).status_code == 200
    amount = f"{granted['monthly_amount_fen'] / 100:,.2f}"
    again = texting.sim.wait_for_texts(who.mobile, 4)[3]
    assert again == (
        f"【失业保险】银行退回的2026年12月失业保险金{amount}元已重新发放"
        f"（编号尾号{reference[-6:].upper()}），请留意账户到账。咨询请拨打12333。"
    )

    desk.set_today(date(2027, 1, 5))
    report = {
        "client_reference": str(uuid.uuid4()),
        "ssn": who.id_number,
        "kind": "reemployment",
        "effective_date": "2027-01-03",
        "login": card_login(desk.agency, who.id_number),
    }
    assert desk.send("/api/v1/changes", report)["status"] == 201
    texts = texting.sim.wait_for_texts(who.mobile, 6)
    assert "您报告的变化（重新就业，2027年1月3日）已登记" in texts[4]
    assert "自2027年1月起停止发放，原因：重新就业" in texts[5]
    assert _templates(desk.agency, reference)[-3:] == [
        Template.REPAID,
        Template.CHANGE_RECORDED,
        Template.STOPPED,
    ]


def test_a_training_subsidy_payment_is_texted_in_korean(
    texting: Texting,  # noqa: F811 (the imported fixture)
    desk: Desk,
) -> None:
    scenario = Scenario.ELIGIBLE_24_MONTHS
    who = person(scenario)
    desk.grant(_applied(desk, submission(scenario, language="ko")))
    with transaction(desk.agency.sessions()) as session:
        session.add(
            TrainingCourse(
                id=COURSE,
                name_zh="焊工培训",
                name_ko="용접공 양성",
                provider="职业培训学校",
                region_code="222405",
                subsidy_fen=150_000,
                starts_on=START + timedelta(days=14),
                ends_on=START + timedelta(days=84),
            )
        )
    body = submission(scenario, proof=False, course_id=COURSE, language="ko")
    subsidy = _applied(desk, with_offline_proof({**body, "kind": "training_subsidy"}))
    desk.grant(subsidy)
    assert desk.pay(subsidy).status_code == 200
    texts = texting.sim.wait_for_texts(who.mobile, 5)
    assert texts[-1] == (
        f"【실업보험】 직업훈련 보조금 1,500.00원이 지급되였습니다"
        f"(번호 끝자리 {subsidy[-6:].upper()}). 계좌에 들어왔는지 확인하십시오."
    )
    assert _templates(desk.agency, subsidy) == [
        Template.RECEIVED,
        Template.APPROVED,
        Template.PAID,
    ]


def test_the_old_number_is_told_and_then_learns_nothing_about_a_closed_claim(
    texting: Texting,  # noqa: F811 (the imported fixture)
    desk: Desk,
) -> None:
    scenario = Scenario.VOLUNTARY_RESIGNATION
    who, new = person(scenario), "13912345676"
    reference = _applied(desk, submission(scenario, language="ko"))
    refused = desk.staff("POST", f"/claims/{reference}/decide", desk.reviewer, {"approve": False})
    assert refused.status_code == 200, refused.text
    texting.sim.wait_for_texts(who.mobile, 2)
    assert text_agency(texting.agency.url, texting.token, who.mobile, "CX", "o-1") == 202
    assert "승인되지 않았습니다" in texting.sim.wait_for_texts(who.mobile, 3)[2]

    with transaction(desk.agency.sessions()) as session:
        kiosk = session.get_one(Kiosk, desk.agency.kiosk_id)
        kiosk.site_name = "龙井市社会保险局"
    login = card_token_login(desk.agency, who.id_number)
    desk.kiosk.request_mobile_code(who.id_number, login, new)
    coded = requests.get(f"{desk.agency.url}/api/dev/sms-outbox/{new}", timeout=10).json()
    code = re.search(r"\d{6}", coded["text"] or "")
    assert code
    desk.kiosk.change_mobile(who.id_number, login, new, code.group(0))

    told = texting.sim.wait_for_texts(who.mobile, 4)[3]
    assert told == (
        "【실업보험】 실업보험 담당기관에 등록하신 손전화번호가 2026년 12월 4일 "
        "龙井市社会保险局의 자동봉사기에서 바뀌였습니다. 이 번호로는 더 알려드리지 않습니다. "
        "본인이 하지 않았으면 곧 12333에 전화하십시오."
    )
    assert new[-4:] not in told
    # Whoever has the old number now asks: the closed claim is no longer this number's.
    assert text_agency(texting.agency.url, texting.token, who.mobile, "CX", "o-2") == 202
    assert texting.sim.wait_for_texts(who.mobile, 5)[4] == NOTHING_FOUND
    assert text_agency(texting.agency.url, texting.token, who.mobile, "查询", "o-3") == 202
    assert texting.sim.wait_for_texts(who.mobile, 6)[5] == NOTHING_FOUND
