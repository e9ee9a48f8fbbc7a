"""Formal refusal and registration proof (issue 13 §3), through the real server and the kiosk's
client on SQLite and PostgreSQL: an ineligible claimant's application is received and reviewed
like any other; the refusal carries the rules' reasons with their articles, the decision date and
how to appeal by when; the SMS says so in Chinese and Korean; a registration proof verifies on the
public page until the application is withdrawn."""

import re
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
import requests
from sqlalchemy import select

from kiosk.api import AgencyClient, AgencyRejected
from server.clock import local_date
from server.models import Claim, SmsNotification
from server.sms.texts import Template, render
from server.synthetic import Scenario
from tests.card_logins import card_token_login, with_offline_proof
from tests.server.factories import person
from tests.server.ledger_kit import Desk, staff_header

START = date(2026, 12, 4)


@pytest.fixture
def desk(any_agency) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    d = Desk(
        any_agency,
        client,
        staff_header(any_agency, "reviewer"),
        staff_header(any_agency, "cashier"),
    )
    d.set_today(START)
    yield d
    d.set_today(None)
    client.close()


def _applied(desk: Desk, scenario: Scenario, **payload: str) -> str:
    body = desk.claim_body(scenario)
    if payload:
        body["payload"].update(payload)
        body = with_offline_proof(body)
    applied = desk.send("/api/v1/claims", body)
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]
    return reference


def _refuse(desk: Desk, reference: str) -> dict[str, object]:
    desk.set_today(date(2026, 12, 10))
    try:
        answer = desk.staff(
            "POST", f"/claims/{reference}/decide", desk.reviewer, {"approve": False}
        )
    finally:
        desk.set_today(START)
    assert answer.status_code == 200, answer.text
    result: dict[str, object] = answer.json()
    return result


def test_an_ineligible_claim_is_received_and_its_refusal_is_a_written_decision(desk: Desk) -> None:
    scenario = Scenario.VOLUNTARY_RESIGNATION
    ssn = person(scenario).id_number
    login = card_token_login(desk.agency, ssn)
    assert desk.kiosk.eligibility(ssn, login).eligible is False
    reference = _applied(desk, scenario)
    received = desk.kiosk.claim(reference)
    assert received.state == "received"
    # The agency's time limit to decide (Measures art. 8): ten days from receipt.
    assert received.next.due_by == local_date(received.received_at) + timedelta(days=10)

    view = _refuse(desk, reference)
    notice = view["decision_notice"]
    assert isinstance(notice, dict)
    assert notice["decided_on"] == "2026-12-10" and notice["decided_in_time"] is True
    assert re.fullmatch(r"2026-\d{6}", str(notice["number"]))
    (reason,) = notice["reasons"]
    assert reason["code"] == "separation_voluntary_resignation"
    assert "第十四条" in reason["rule"]["zh_CN"] and "第四十五条" in reason["rule"]["zh_CN"]
    assert "제14조" in reason["rule"]["ko"]
    review, lawsuit = notice["appeals"]
    assert review["kind"] == "administrative_review" and "第二十条" in review["law"]["zh_CN"]
    assert review["last_day"] == "2027-02-08"  # 60 days after the decision
    assert "人民政府" in review["body"]["zh_CN"]
    assert lawsuit["kind"] == "lawsuit" and "第四十六条" in lawsuit["law"]["zh_CN"]
    assert lawsuit["last_day"] == "2027-06-10"  # 6 months after the decision
    assert "人民法院" in lawsuit["body"]["zh_CN"]

    # The claimant's own status shows the same notice, kept as issued.
    claims = desk.kiosk.claims_of(ssn, card_token_login(desk.agency, ssn))
    mine = next(c for c in claims if c.reference == reference)
    assert mine.state == "refused"
    raw = desk.kiosk.request(
        "POST",
        "/api/v1/claimants/claims",
        {"ssn": ssn, "login": card_token_login(desk.agency, ssn).wire()},
        retry=False,
    ).json()
    assert (
        next(c for c in raw["claims"] if c["reference"] == reference)["decision_notice"] == notice
    )

    # The public status page behind the receipt's QR shows the decision and the routes.
    page = requests.get(
        f"{desk.agency.url}/status/{reference}?v={received.verification_code}", timeout=10
    )
    assert page.status_code == 200
    assert "行政复议" in page.text and "2027-02-08" in page.text and "2027-06-10" in page.text
    assert "행정복의" in page.text


def test_the_refusal_text_says_how_to_appeal_and_by_when_in_chinese_and_korean(
    desk: Desk,
) -> None:
    zh_ref = _applied(desk, Scenario.TOO_FEW_MONTHS)
    ko_ref = _applied(desk, Scenario.MUTUAL_AGREEMENT_BY_EMPLOYEE, language="ko")
    _refuse(desk, zh_ref)
    _refuse(desk, ko_ref)
    with desk.agency.sessions()() as session:
        texts = {
            claim.reference: render(Template(row.template), row.language, row.params)
            for row, claim in session.execute(
                select(SmsNotification, Claim)
                .join(Claim, Claim.id == SmsNotification.claim_id)
                .where(
                    Claim.reference.in_((zh_ref, ko_ref)),
                    SmsNotification.template == Template.REFUSED.value,
                )
            ).all()
        }
    zh, ko = texts[zh_ref], texts[ko_ref]
    assert "缴费不满1年" in zh
    assert "60日内" in zh and "2027年2月8日" in zh and "行政复议" in zh
    assert "2027年6月10日" in zh and "行政诉讼" in zh
    assert "승인되지 않았습니다" in ko and "2027년 2월 8일, " in ko and "행정복의" in ko
    assert "2027년 6월 10일까지" in ko and "행정소송" in ko
    for text in (zh, ko):  # nothing personal beyond what the text needs
        assert person(Scenario.TOO_FEW_MONTHS).name not in text


def test_a_registration_proof_verifies_on_the_public_page_until_the_application_is_withdrawn(
    desk: Desk,
) -> None:
    scenario = Scenario.ELIGIBLE_24_MONTHS
    ssn = person(scenario).id_number
    reference = _applied(desk, scenario)
    login = card_token_login(desk.agency, ssn)
    proof = desk.kiosk.request(
        "POST",
        "/api/v1/claimants/registration-proof",
        {"ssn": ssn, "login": login.wire()},
        retry=False,
    ).json()
    assert proof["claim_reference"] == reference
    registered = desk.kiosk.claim(reference).registration_date
    assert registered is not None and proof["registration_date"] == registered.isoformat()
    assert person(scenario).name not in proof["masked_name"]
    assert "*" in proof["masked_ssn"] and ssn not in proof["masked_ssn"]
    assert proof["verify_url"].endswith(f"/verify/registration/{proof['code']}")
    assert len(proof["code"]) == 20

    assert proof["verify_url"].startswith(desk.agency.url)
    page = requests.get(proof["verify_url"], timeout=10)
    assert page.status_code == 200 and "有效" in page.text and "유효" in page.text
    assert proof["masked_name"] in page.text and ssn not in page.text
    day = date.fromisoformat(proof["registration_date"])
    assert f"{day.year}年{day.month}月{day.day}日" in page.text
    wrong = requests.get(f"{desk.agency.url}/verify/registration/{'A' * 20}", timeout=10)
    assert wrong.status_code == 404 and "无效" in wrong.text

    withdrawn = desk.kiosk.withdraw_claim(reference, ssn, card_token_login(desk.agency, ssn))
    assert withdrawn.state == "withdrawn"
    after = requests.get(f"{desk.agency.url}/verify/registration/{proof['code']}", timeout=10)
    assert after.status_code == 404 and after.text == wrong.text


def test_no_registration_on_file_is_refused_with_its_own_code(desk: Desk) -> None:
    ssn = person(Scenario.STILL_EMPLOYED).id_number
    with pytest.raises(AgencyRejected) as refused:
        desk.kiosk.request(
            "POST",
            "/api/v1/claimants/registration-proof",
            {"ssn": ssn, "login": card_token_login(desk.agency, ssn).wire()},
            retry=False,
        )
    assert (refused.value.code, refused.value.status) == ("no_registration", 404)


def test_the_verification_page_is_limited_per_address(desk: Desk) -> None:
    """Codes cannot be guessed (100 bits), and nobody may try at speed anyway."""
    answers = [
        requests.get(f"{desk.agency.url}/verify/registration/{n:020d}", timeout=10)
        # Twice the limit and more: even across a minute's edge one window goes over.
        for n in range(2 * desk.agency.config.limits.verifications_per_address_minute + 2)
    ]
    refused = [a for a in answers if a.status_code == 429]
    assert refused and refused[0].json()["code"] == "too_many_attempts"
    assert int(refused[0].headers["Retry-After"]) >= 1
    assert {a.status_code for a in answers} <= {404, 429}
