"""Texts to claimants (docs/notifications.md): the real server on loopback sends them through
the real sender to the SMS gateway simulator, on SQLite and on PostgreSQL."""

import os
import secrets
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from kiosk.api import AgencyClient
from kiosk.demo.environment import DemoEnvironment
from server.db import transaction
from server.models import Claim, NotificationState, SmsNotification
from server.services import notifications
from server.services.decision_notices import decision_due_by
from server.sms.gateway import HttpSmsGateway
from server.sms.sender import send_due
from server.sms.simulator import SmsGatewaySim, text_agency
from server.sms.texts import Template, day
from server.synthetic import Scenario
from tests.card_logins import card_login
from tests.conftest import fresh_postgres_database, start_agency
from tests.server.factories import person, submission
from tests.server.ledger_kit import Desk, claimant_id, staff_header

START = date(2026, 12, 4)


@dataclass
class Texting:
    agency: Any
    sim: SmsGatewaySim
    token: str


def _token_file(path: Path) -> str:
    token = secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(token + "\n")
    return token


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def texting(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Texting]:
    """The agency with its sender pointed at a gateway simulator on loopback."""
    tmp = tmp_path_factory.mktemp(f"texting-{request.param}")
    token = _token_file(tmp / "sms-gateway.token")
    with SmsGatewaySim(token) as sim:
        gateway = (sim.url, tmp / "sms-gateway.token")
        if request.param == "sqlite":
            for agency in start_agency(tmp / "agency", None, sms_gateway=gateway):
                yield Texting(agency, sim, token)
        else:
            with fresh_postgres_database() as url:
                for agency in start_agency(tmp / "agency", url, sms_gateway=gateway):
                    yield Texting(agency, sim, token)


@pytest.fixture
def desk(texting: Texting) -> Iterator[Desk]:
    agency = texting.agency
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    d = Desk(agency, client, staff_header(agency, "reviewer"), staff_header(agency, "cashier"))
    d.set_today(START)
    yield d
    d.set_today(None)
    client.close()


def _apply(desk: Desk, scenario: Scenario, language: str = "zh_CN") -> str:
    applied = desk.send("/api/v1/claims", submission(scenario, language=language))
    assert applied["status"] == 201, applied
    reference: str = applied["body"]["claim"]["reference"]
    return reference


def _rows(agency: Any, reference: str) -> list[SmsNotification]:
    with agency.sessions()() as session:
        claim_id = session.execute(
            select(Claim.id).where(Claim.reference == reference)
        ).scalar_one()
        return list(
            session.execute(
                select(SmsNotification)
                .where(SmsNotification.claim_id == claim_id)
                .order_by(SmsNotification.id)
            ).scalars()
        )


LIFE = {
    "zh_CN": (
        Scenario.ELIGIBLE_12_MONTHS,
        [
            (
                "【失业保险】您的失业保险金申请（编号尾号{ref}）已收到",
                "将于{due_zh}前作出决定",
                "CX",
            ),
            ("已批准：可领取{months}个月，每月{amount}元",),
            ("【失业保险】2026年12月失业保险金{amount}元已发放（编号尾号{ref}）",),
            ("2027年1月失业保险金{amount}元已发放",),
            ("2027年2月失业保险金{amount}元已发放",),
        ],
        [
            ("您报告的变化（重新就业，2027年3月2日）已登记（编号尾号{ref}）",),
            ("自2027年3月起停止发放，原因：重新就业", "60日内申请行政复议", "6个月内"),
        ],
    ),
    "ko": (
        Scenario.ELIGIBLE_24_MONTHS,
        [
            (
                "【실업보험】 실업보험금 신청(번호 끝자리 {ref})이 접수되였습니다",
                "{due_ko}까지 결정하여",
            ),
            ("승인되였습니다. {months}개월 동안 매월 {amount}원을",),
            ("【실업보험】 2026년 12월 실업보험금 {amount}원이 지급되였습니다(번호 끝자리 {ref})",),
            ("2027년 1월 실업보험금 {amount}원이 지급되였습니다",),
            ("2027년 2월 실업보험금 {amount}원이 지급되였습니다",),
        ],
        [
            ("알려주신 변화(다시 취업, 2027년 3월 2일)가 등록되였습니다(번호 끝자리 {ref})",),
            ("2027년 3월부터 지급이 중지되였습니다", "리유: 다시 취업하였음", "행정복의", "6개월"),
        ],
    ),
}


def _check(texts: list[str], expected: list[tuple[str, ...]], values: dict[str, Any]) -> None:
    assert len(texts) == len(expected), texts
    for text, parts in zip(texts, expected, strict=True):
        for part in parts:
            assert part.format(**values) in text, (part, text)


def _paid_three_months(texting: Texting, desk: Desk, scenario: Scenario, language: str) -> Any:
    mobile = person(scenario).mobile
    reference = _apply(desk, scenario, language)
    texting.sim.wait_for_texts(mobile, 1)
    granted = desk.grant(reference)
    texting.sim.wait_for_texts(mobile, 2)
    for today in (START, date(2027, 1, 1), date(2027, 2, 1)):
        desk.set_today(today)
        assert desk.pay(reference).status_code == 200
    texting.sim.wait_for_texts(mobile, 5)
    with desk.agency.sessions()() as session:  # the time limit runs from the real receipt
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        due = decision_due_by(desk.agency.config, claim).isoformat()
    return reference, {
        "due_zh": day(due, "zh"),
        "due_ko": day(due, "ko"),
        "ref": reference[-6:].upper(),
        "months": granted["entitlement_months"],
        "amount": f"{granted['monthly_amount_fen'] / 100:,.2f}",
    }


@pytest.mark.parametrize("language", ["zh_CN", "ko"])
def test_a_claims_whole_life_is_texted_in_the_claimants_language(
    texting: Texting, desk: Desk, language: str
) -> None:
    """Received, approved, three payments, re-employment reported at the kiosk, stopped."""
    scenario, paid, reported = LIFE[language]
    mobile = person(scenario).mobile
    reference, values = _paid_three_months(texting, desk, scenario, language)
    desk.set_today(date(2027, 3, 5))
    report = {
        "client_reference": str(uuid.uuid4()),
        "ssn": person(scenario).id_number,
        "kind": "reemployment",
        "effective_date": "2027-03-02",
    }
    login = card_login(desk.agency, person(scenario).id_number)
    answer = desk.send("/api/v1/changes", {**report, "login": login})
    assert answer["status"] == 201, answer
    assert desk.send("/api/v1/changes", {**report, "login": login})["status"] in (200, 201)

    texts = texting.sim.wait_for_texts(mobile, 7)
    _check(texts[:5], paid, values)
    # The change service queues the two texts of one report in one transaction; either order
    # tells the claimant the same.
    last = sorted(texts[5:], key=lambda text: "변화" in text or "变化" in text, reverse=True)
    _check(last, reported, values)
    who = person(scenario)
    for text in texts:  # no identity beyond the reference's tail
        assert who.id_number not in text and who.name not in text and reference not in text
    assert texting.sim.wait_for(lambda s: not _pending(desk.agency))
    assert len(texting.sim.texts_to(mobile)) == 7  # the report sent twice is texted once
    assert all(r.state == NotificationState.SENT for r in _rows(desk.agency, reference))


def test_a_stop_a_register_finds_is_texted_with_its_month_and_reason(
    texting: Texting, desk: Desk
) -> None:
    """A claim already being paid (seeded) whose claimant enlisted: the cross-check before the
    next payment stops it, and the claimant is told from which month and why."""
    scenario = Scenario.STOP_ENLISTED
    mobile = person(scenario).mobile
    with desk.agency.sessions()() as session:
        claim = session.execute(
            select(Claim).where(
                Claim.claimant_id == claimant_id(desk.agency, scenario), Claim.state == "paying"
            )
        ).scalar_one()
    desk.pay(claim.reference)  # a month before the stop may still be paid
    desk.pay(claim.reference)  # the stop found again: still one text
    with desk.agency.sessions()() as session:
        claim = session.get_one(Claim, claim.id)
    assert claim.state == "stopped" and claim.stop_date is not None
    stop = claim.stop_date
    assert texting.sim.wait_for(lambda s: not _pending(desk.agency))
    stops = [t for t in texting.sim.texts_to(mobile) if "停止发放" in t]
    assert stops == [
        f"【失业保险】您的失业保险金（编号尾号{claim.reference[-6:].upper()}）"
        f"自{stop.year}年{stop.month}月起停止发放，原因：应征服兵役。"
        "如有异议，可自收到决定之日起60日内申请行政复议，或6个月内向人民法院提起行政诉讼。"
        "咨询请拨打12333。"
    ]


def test_cx_answers_the_state_of_the_numbers_latest_claim(texting: Texting, desk: Desk) -> None:
    scenario = Scenario.ELIGIBLE_18_MONTHS
    mobile = person(scenario).mobile
    sim, url = texting.sim, texting.agency.url
    applied = desk.send("/api/v1/claims", submission(scenario))
    assert applied["status"] == 201, applied
    reference = applied["body"]["claim"]["reference"]
    due = date.fromisoformat(applied["body"]["claim"]["next"]["due_by"])
    sim.wait_for_texts(mobile, 1)

    assert text_agency(url, texting.token, f"+86{mobile}", " cx ", "m-1") == 202
    answer = sim.wait_for_texts(mobile, 2)[-1]
    assert answer.startswith("【失业保险】您的失业保险金申请（编号尾号")
    assert f"正在审核，预计{due.year}年{due.month}月{due.day}日前作出决定" in answer

    granted = desk.grant(reference)
    assert desk.pay(reference).status_code == 200
    sim.wait_for_texts(mobile, 4)
    assert text_agency(url, texting.token, mobile, "조회", "m-2") == 202
    answer = sim.wait_for_texts(mobile, 5)[-1]
    amount = f"{granted['monthly_amount_fen'] / 100:,.2f}"
    assert answer.startswith("【실업보험】 실업보험금 신청(번호 끝자리")
    assert "1개월분이 지급되였습니다" in answer
    assert f"다음 지급: 2027년 1월 {amount}원, 2027년 1월 1일부터" in answer

    # The gateway posting the same message again gets it answered once.
    assert text_agency(url, texting.token, mobile, "查询", "m-3") == 202
    assert text_agency(url, texting.token, mobile, "查询", "m-3") == 202
    answer = sim.wait_for_texts(mobile, 6)[-1]
    assert f"已批准，已发放1个月。下次发放：2027年1月，{amount}元" in answer
    sim.wait_for(lambda s: not _pending(texting.agency))
    assert len(sim.texts_to(mobile)) == 6


def _pending(agency: Any) -> int:
    with agency.sessions()() as session:
        return int(
            session.execute(
                select(func.count())
                .select_from(SmsNotification)
                .where(
                    SmsNotification.state.in_(
                        (NotificationState.PENDING, NotificationState.SENDING)
                    )
                )
            ).scalar_one()
        )


def test_a_number_without_a_claim_hears_the_same_as_a_number_nobody_knows(
    texting: Texting,
) -> None:
    sim, url = texting.sim, texting.agency.url
    on_file = person(Scenario.STILL_EMPLOYED).mobile  # insured, never claimed
    stranger = "13700000001"
    assert text_agency(url, texting.token, on_file, "CX", "u-1") == 202
    assert text_agency(url, texting.token, stranger, "CX", "u-2") == 202
    known = sim.wait_for_texts(on_file, 1)
    unknown = sim.wait_for_texts(stranger, 1)
    assert known == unknown == ["【失业保险】未找到与本手机号码关联的申请。咨询请拨打12333。"]

    # Anything that is not a query, or from no mobile number, is taken and not answered.
    assert text_agency(url, texting.token, stranger, "hello", "u-3") == 202
    assert text_agency(url, texting.token, "12333", "CX", "u-4") == 202
    sim.wait_for(lambda s: not _pending(texting.agency))
    assert len(sim.texts_to(stranger)) == 1


def test_a_refusal_says_why_and_how_to_appeal_and_an_old_number_stops_seeing_the_claim(
    texting: Texting, desk: Desk
) -> None:
    scenario = Scenario.VOLUNTARY_RESIGNATION
    mobile = person(scenario).mobile
    reference = _apply(desk, scenario, "ko")
    refused = desk.staff("POST", f"/claims/{reference}/decide", desk.reviewer, {"approve": False})
    assert refused.status_code == 200, refused.text
    texts = texting.sim.wait_for_texts(mobile, 2)
    assert "승인되지 않았습니다. 리유: 본인이 자원하여 사직함." in texts[1]
    assert "60일 안에 행정복의(行政复议)를 신청하거나 6개월 안에 인민법원에 행정소송을" in texts[1]

    assert text_agency(texting.agency.url, texting.token, mobile, "CX", "r-1") == 202
    assert "이 승인되지 않았습니다" in texting.sim.wait_for_texts(mobile, 3)[2]
    # The claimant moves to another number (server/services/mobile_changes.py): whoever has the
    # old one now hears what any stranger hears.
    with transaction(desk.agency.sessions()) as session:
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        claim.mobile = claim.claimant.mobile = "13700000099"
    assert text_agency(texting.agency.url, texting.token, mobile, "CX", "r-2") == 202
    assert texting.sim.wait_for_texts(mobile, 4)[3] == (
        "【失业保险】未找到与本手机号码关联的申请。咨询请拨打12333。"
    )


def test_the_webhook_wants_the_gateways_token_and_limits_each_number(texting: Texting) -> None:
    url, sim = texting.agency.url, texting.sim
    assert text_agency(url, "not-the-token", "13700000002", "CX", "t-1") == 401
    assert text_agency(url, "", "13700000002", "CX", "t-2") == 401
    number = "13700000003"
    statuses = [text_agency(url, texting.token, number, "CX", f"t-{n}") for n in range(3, 10)]
    assert statuses == [202] * 5 + [429] * 2  # limits.sms_queries_per_number_hour, default 5
    assert len(sim.wait_for_texts(number, 5)) == 5
    assert text_agency(url, texting.token, "13700000004", "CX", "t-10") == 202  # others go on
    assert sim.wait_for(lambda s: not _pending(texting.agency))


def test_a_failing_gateway_is_retried_and_each_text_goes_out_once(
    texting: Texting, desk: Desk
) -> None:
    scenario = Scenario.REEMPLOYED_CARRY_OVER
    mobile = person(scenario).mobile
    refused_before = texting.sim.refused
    texting.sim.fail_next(3, status=503)
    reference = _apply(desk, scenario)
    desk.grant(reference)
    texts = texting.sim.wait_for_texts(mobile, 2)
    assert len(texts) == 2 and "已收到" in texts[0] and "已批准" in texts[1]
    assert texting.sim.wait_for(lambda s: not _pending(desk.agency))
    assert texting.sim.refused - refused_before == 3
    rows = _rows(desk.agency, reference)
    assert [r.state for r in rows] == [NotificationState.SENT] * 2
    assert sum(r.attempts for r in rows) == 2 + 3
    assert all(texting.sim.posts[r.idempotency_key] == 1 for r in rows)


def test_an_event_recorded_twice_is_texted_once_and_a_rolled_back_one_never(
    texting: Texting, desk: Desk
) -> None:
    scenario = Scenario.CARRY_OVER_CAPPED
    mobile = person(scenario).mobile
    reference = _apply(desk, scenario)
    texting.sim.wait_for_texts(mobile, 1)
    sessions = desk.agency.sessions()
    with transaction(sessions) as session:
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        notifications.notify_received(
            session, claim, date(2026, 12, 14)
        )  # a retried request records it again
        notifications.notify_change_recorded(session, claim, "reemployment", date(2027, 1, 2))
        notifications.notify_change_recorded(session, claim, "reemployment", date(2027, 1, 2))

    class Undone(Exception):
        pass

    with pytest.raises(Undone), transaction(sessions) as session:
        claim = session.execute(select(Claim).where(Claim.reference == reference)).scalar_one()
        claim.state = "refused"
        claim.reason_codes = ["still_employed"]
        notifications.notify_decided(session, claim)
        raise Undone  # the decision fails after its text was queued

    texts = texting.sim.wait_for_texts(mobile, 2)
    texting.sim.wait_for(lambda s: not _pending(texting.agency))
    texts = texting.sim.texts_to(mobile)
    assert len(texts) == 2
    assert "您报告的变化（重新就业，2027年1月2日）已登记" in texts[1]
    templates = [r.template for r in _rows(desk.agency, reference)]
    assert templates == [Template.RECEIVED, Template.CHANGE_RECORDED]


def test_senders_in_parallel_never_send_one_text_twice(texting: Texting) -> None:
    """The server's own sender and three more, each on an engine of its own as another server
    process would be, drain one outbox."""
    agency, sim = texting.agency, texting.sim
    numbers = [f"1360000{n:04d}" for n in range(60)]
    with transaction(agency.sessions()) as session:
        for n, number in enumerate(numbers):
            notifications.enqueue_text(
                session,
                event_key=f"test:parallel:{n}",
                claim_id=None,
                mobile=number,
                language="zh_CN",
                template=Template.STATUS_UNKNOWN,
                params={},
            )
    gateway = HttpSmsGateway(sim.url, texting.token)
    stop = threading.Event()

    def drain() -> None:
        sessions = agency.sessions()
        while not stop.is_set():
            if send_due(sessions, gateway, retry_first_s=0.2, batch=3) == 0:
                stop.wait(0.01)

    workers = [threading.Thread(target=drain) for _ in range(3)]
    for worker in workers:
        worker.start()
    try:
        assert sim.wait_for(lambda s: all(s.texts_to(n) for n in numbers), timeout_s=120)
    finally:
        stop.set()
        for worker in workers:
            worker.join(30)
    with agency.sessions()() as session:
        keys = list(
            session.execute(
                select(SmsNotification.idempotency_key).where(
                    SmsNotification.event_key.like("test:parallel:%")
                )
            ).scalars()
        )
    assert len(keys) == 60
    assert [sim.posts.get(k) for k in keys] == [1] * 60
    assert all(len(sim.texts_to(n)) == 1 for n in numbers)


def test_the_demo_points_its_server_at_a_gateway_simulator(tmp_path: Path) -> None:
    """`kiosk demo` texts through a simulator of its own: a status query sent to the demo's
    server comes back as a text at the simulator."""
    with DemoEnvironment(tmp_path / "demo") as demo:
        sim = demo.sms_gateway
        assert sim is not None
        assert demo.settings().reference_server.sms_gateway_url == sim.url
        assert text_agency(demo.url, sim.token, "13700000009", "CX", "demo-1") == 202
        assert sim.wait_for_texts("13700000009", 1) == [
            "【失业保险】未找到与本手机号码关联的申请。咨询请拨打12333。"
        ]


def test_a_text_no_template_can_write_fails_alone(texting: Texting) -> None:
    """A row written by another release with a template this one does not know is set aside
    (failed, with the reason), and the texts behind it still go out."""
    agency, sim = texting.agency, texting.sim
    with transaction(agency.sessions()) as session:
        for key in ("test:unknown", "test:known"):
            notifications.enqueue_text(
                session,
                event_key=key,
                claim_id=None,
                mobile="13700000055",
                language="zh_CN",
                template=Template.STATUS_UNKNOWN,
                params={},
            )
        session.execute(
            update(SmsNotification)
            .where(SmsNotification.event_key == "test:unknown")
            .values(template="from_a_newer_release")
        )
    assert len(sim.wait_for_texts("13700000055", 1)) == 1
    assert sim.wait_for(lambda s: not _pending(agency))
    with agency.sessions()() as session:
        row = session.execute(
            select(SmsNotification).where(SmsNotification.event_key == "test:unknown")
        ).scalar_one()
    assert (row.state, row.last_error) == (NotificationState.FAILED, "unsendable: ValueError")
