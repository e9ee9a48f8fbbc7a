"""Counter appointments and complaints (issue 13 §5) through the real server and the kiosk's
client, on SQLite and PostgreSQL: slots at the claimant's service centre over the working days
ahead, a full slot refusing the booking after the last seat however many kiosks press at once,
one booking per person and purpose, cancelling, texts; complaints due by the configured days,
flagged overdue, answered once by staff (audited, texted); the staff page to do both."""

import json
import re
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from typing import Any

import pytest
import requests
from sqlalchemy import select

from kiosk.api import AgencyClient, AgencyRejected
from server.models import AppointmentSlot, AuditEntry, SmsNotification
from server.synthetic import Scenario
from tests.card_logins import card_login, card_token_login
from tests.fleet.fleet_kit import fleet_session
from tests.server.factories import person
from tests.server.ledger_kit import Desk, staff_header

FRIDAY = date(2026, 12, 4)
LONGJING = Scenario.ELIGIBLE_18_MONTHS  # 222405: 龙井 centre, 3 counters
LONGJING_2 = Scenario.ELIGIBLE_12_MONTHS
YANJI = Scenario.ELIGIBLE_24_MONTHS  # 222401: 延吉 centre, the default 2 counters
NO_CENTRE = Scenario.STILL_EMPLOYED  # 620102: no centre there; the kiosk's (龙井) serves


@pytest.fixture
def desk(any_agency) -> Iterator[Desk]:  # type: ignore[no-untyped-def]
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key, backoff_s=0.01)
    d = Desk(
        any_agency,
        client,
        staff_header(any_agency, "reviewer"),
        staff_header(any_agency, "cashier"),
    )
    d.set_today(FRIDAY)
    yield d
    d.set_today(None)
    client.close()


def _ssn(scenario: Scenario) -> str:
    return person(scenario).id_number


def _book(
    desk: Desk, scenario: Scenario, day: date, at: str, purpose: str = "deemed_contribution"
) -> dict[str, Any]:
    body = {
        "client_reference": str(uuid.uuid4()),
        "ssn": _ssn(scenario),
        "login": card_login(desk.agency, _ssn(scenario)),
        "purpose": purpose,
        "day": day.isoformat(),
        "starts_at": at,
        "language": "ko",
    }
    return desk.send("/api/v1/appointments", body)


def _texts(desk: Desk, template: str) -> list[SmsNotification]:
    with desk.agency.sessions()() as session:
        return list(
            session.execute(
                select(SmsNotification).where(SmsNotification.template == template)
            ).scalars()
        )


def test_slots_fill_the_centres_hours_on_the_next_ten_working_days(desk: Desk) -> None:
    login = card_token_login(desk.agency, _ssn(LONGJING))
    slots = desk.kiosk.free_slots(_ssn(LONGJING), login)
    assert slots.centre.code == "LJ-01" and slots.centre.name.ko == "룡정시 사회보험봉사청"
    days = [d.day for d in slots.days]
    assert len(days) == 10 and days[0] == date(2026, 12, 7)  # Friday: Monday is the first
    assert all(d.weekday() < 5 for d in days) and days[-1] == date(2026, 12, 18)
    first = slots.days[0].slots
    assert [s.starts_at for s in first][:2] == ["08:30", "09:00"] and first[0].ends_at == "09:00"
    assert len(first) == 12 and {s.capacity for s in first} == {3}
    # Nobody's centre in 620102: the kiosk's own centre serves them.
    other = desk.kiosk.free_slots(_ssn(NO_CENTRE), card_token_login(desk.agency, _ssn(NO_CENTRE)))
    assert other.centre.code == "LJ-01"
    yanji = desk.kiosk.free_slots(_ssn(YANJI), card_token_login(desk.agency, _ssn(YANJI)))
    assert yanji.centre.code == "YJ-01" and yanji.days[0].slots[0].capacity == 2


def test_a_booking_is_idempotent_one_per_purpose_and_texted(desk: Desk) -> None:
    login = card_token_login(desk.agency, _ssn(YANJI))
    reference = str(uuid.uuid4())
    day = date(2026, 12, 8)
    booked = desk.kiosk.book_appointment(
        _ssn(YANJI),
        login,
        client_reference=reference,
        purpose="identity",
        day=day,
        starts_at="09:30",
        language="ko",
    )
    assert booked.result == "created" and booked.reference == reference
    assert (booked.day, booked.starts_at, booked.ends_at) == (day, "09:30", "10:00")
    assert booked.centre.address.zh_CN == "延吉市光明街1号"
    again = desk.kiosk.book_appointment(
        _ssn(YANJI),
        login,
        client_reference=reference,
        purpose="identity",
        day=day,
        starts_at="09:30",
        language="ko",
    )
    assert again.result == "duplicate" and again.reference == reference
    with pytest.raises(AgencyRejected) as refused:
        desk.kiosk.book_appointment(
            _ssn(YANJI),
            login,
            client_reference=str(uuid.uuid4()),
            purpose="identity",
            day=day,
            starts_at="10:00",
        )
    assert refused.value.code == "appointment_exists"
    assert refused.value.details["reference"] == reference
    texts = [
        t for t in _texts(desk, "appointment_booked") if t.params["ref"] == reference[-6:].upper()
    ]
    assert len(texts) == 1 and texts[0].language == "ko"
    # A reused reference with another slot is a conflict, not a second booking.
    with pytest.raises(AgencyRejected) as conflict:
        desk.kiosk.book_appointment(
            _ssn(YANJI),
            login,
            client_reference=reference,
            purpose="identity",
            day=day,
            starts_at="11:00",
        )
    assert conflict.value.code == "reference_conflict"


@pytest.mark.parametrize(
    ("day", "at"),
    [
        (date(2026, 12, 5), "09:00"),  # a Saturday
        (date(2026, 12, 4), "09:00"),  # today
        (date(2026, 12, 21), "09:00"),  # the eleventh working day
        (date(2026, 12, 9), "09:10"),  # off the grid
        (date(2026, 12, 9), "12:00"),  # lunch
    ],
)
def test_a_slot_outside_the_hours_or_days_is_unknown(desk: Desk, day: date, at: str) -> None:
    answer = _book(desk, LONGJING_2, day, at, purpose="other")
    assert answer["status"] == 422 and answer["body"]["code"] == "slot_unknown"


def _clients(desk: Desk, n: int) -> list[AgencyClient]:
    agency = desk.agency
    return [AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key) for _ in range(n)]


def test_parallel_bookings_never_overfill_a_slot(desk: Desk) -> None:
    """Eight bookings at once for a slot of three counters: exactly three get it."""
    day, at = date(2026, 12, 10), "14:00"
    people = [LONGJING, LONGJING_2]
    purposes = ["deemed_contribution", "identity", "account", "other"]
    logins = {s: card_login(desk.agency, _ssn(s)) for s in people}
    bodies = [
        {
            "client_reference": str(uuid.uuid4()),
            "ssn": _ssn(s),
            "login": logins[s],
            "purpose": p,
            "day": day.isoformat(),
            "starts_at": at,
        }
        for s in people
        for p in purposes
    ]
    clients = _clients(desk, len(bodies))
    try:
        with ThreadPoolExecutor(len(bodies)) as pool:
            answers = list(pool.map(lambda pair: _raw(*pair), zip(clients, bodies, strict=True)))
    finally:
        for c in clients:
            c.close()
    statuses = sorted(a[0] for a in answers)
    assert statuses.count(201) == 3, answers
    assert all(a[1].get("code") == "slot_full" for a in answers if a[0] != 201), answers
    with desk.agency.sessions()() as session:
        slot = session.execute(
            select(AppointmentSlot).where(
                AppointmentSlot.day == day, AppointmentSlot.starts_at == at
            )
        ).scalar_one()
        assert (slot.booked, slot.capacity) == (3, 3)
    listed = desk.kiosk.free_slots(_ssn(LONGJING), card_token_login(desk.agency, _ssn(LONGJING)))
    row = next(s for d in listed.days if d.day == day for s in d.slots if s.starts_at == at)
    assert row.free == 0
    # Which three won is up to the race: give their purposes back for the tests that follow.
    for (status, answer), body in zip(answers, bodies, strict=True):
        if status == 201:
            who = next(s for s in people if _ssn(s) == body["ssn"])
            login = card_token_login(desk.agency, _ssn(who))
            desk.kiosk.cancel_appointment(answer["reference"], _ssn(who), login)


def _raw(client: AgencyClient, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
    answer = client._send_once("POST", "/api/v1/appointments", raw)
    return answer.status_code, answer.json()


def test_parallel_bookings_of_one_person_and_purpose_make_one(desk: Desk) -> None:
    login = card_login(desk.agency, _ssn(NO_CENTRE))
    bodies = [
        {
            "client_reference": str(uuid.uuid4()),
            "ssn": _ssn(NO_CENTRE),
            "login": login,
            "purpose": "account",
            "day": "2026-12-11",
            "starts_at": at,
        }
        for at in ("08:30", "09:00", "09:30", "10:00", "10:30")
    ]
    clients = _clients(desk, len(bodies))
    try:
        with ThreadPoolExecutor(len(bodies)) as pool:
            answers = list(pool.map(lambda pair: _raw(*pair), zip(clients, bodies, strict=True)))
    finally:
        for c in clients:
            c.close()
    assert sorted(a[0] for a in answers) == [201, 409, 409, 409, 409], answers
    assert {a[1]["code"] for a in answers if a[0] == 409} == {"appointment_exists"}
    with desk.agency.sessions()() as session:
        taken = session.execute(
            select(AppointmentSlot).where(AppointmentSlot.day == date(2026, 12, 11))
        ).scalars()
        assert sum(s.booked for s in taken) == 1  # the losers' seats rolled back


def test_cancel_frees_the_seat_is_idempotent_and_texted(desk: Desk) -> None:
    login = card_token_login(desk.agency, _ssn(YANJI))
    day = date(2026, 12, 14)
    booked = desk.kiosk.book_appointment(
        _ssn(YANJI),
        login,
        client_reference=str(uuid.uuid4()),
        purpose="account",
        day=day,
        starts_at="13:30",
    )
    mine = desk.kiosk.my_appointments(_ssn(YANJI), login)
    assert booked.reference in [a.reference for a in mine if a.state == "booked"]
    cancelled = desk.kiosk.cancel_appointment(booked.reference, _ssn(YANJI), login)
    assert cancelled.state == "cancelled"
    assert desk.kiosk.cancel_appointment(booked.reference, _ssn(YANJI), login).state == "cancelled"
    slots = desk.kiosk.free_slots(_ssn(YANJI), login)
    row = next(s for d in slots.days if d.day == day for s in d.slots if s.starts_at == "13:30")
    assert row.free == 2
    tail = booked.reference[-6:].upper()
    assert len([t for t in _texts(desk, "appointment_cancelled") if t.params["ref"] == tail]) == 1
    # Cancelled, the purpose is free again.
    again = desk.kiosk.book_appointment(
        _ssn(YANJI),
        login,
        client_reference=str(uuid.uuid4()),
        purpose="account",
        day=day,
        starts_at="14:00",
    )
    assert again.result == "created"
    # Someone else's booking is not found, as if it did not exist.
    other = card_token_login(desk.agency, _ssn(LONGJING))
    with pytest.raises(AgencyRejected) as refused:
        desk.kiosk.cancel_appointment(again.reference, _ssn(LONGJING), other)
    assert refused.value.status == 404


def test_staff_list_a_day_and_record_attendance_from_that_day(desk: Desk) -> None:
    login = card_token_login(desk.agency, _ssn(LONGJING_2))
    day = date(2026, 12, 15)
    booked = desk.kiosk.book_appointment(
        _ssn(LONGJING_2),
        login,
        client_reference=str(uuid.uuid4()),
        purpose="identity",
        day=day,
        starts_at="15:00",
    )
    listed = desk.staff("GET", f"/appointments?centre=LJ-01&day={day.isoformat()}", desk.reviewer)
    assert listed.status_code == 200, listed.text
    row = next(a for a in listed.json()["appointments"] if a["reference"] == booked.reference)
    assert row["masked_name"] != person(LONGJING_2).name and "*" in row["masked_ssn"]
    path = f"/appointments/{booked.reference}/attendance"
    early = desk.staff("POST", path, desk.reviewer, {"outcome": "attended"})
    assert early.status_code == 409 and early.json()["code"] == "appointment_not_due"
    assert desk.staff("POST", path, desk.cashier, {"outcome": "attended"}).status_code == 403
    desk.set_today(day)
    done = desk.staff("POST", path, desk.reviewer, {"outcome": "attended"})
    assert done.status_code == 200 and done.json()["state"] == "attended"
    assert desk.staff("POST", path, desk.reviewer, {"outcome": "no_show"}).status_code == 409
    with pytest.raises(AgencyRejected) as late:
        desk.kiosk.cancel_appointment(booked.reference, _ssn(LONGJING_2), login)
    assert late.value.code == "appointment_not_cancellable"


def _complain(desk: Desk, scenario: Scenario, **extra: Any) -> Any:
    login = card_token_login(desk.agency, _ssn(scenario))
    return desk.kiosk.file_complaint(
        _ssn(scenario),
        login,
        client_reference=extra.pop("client_reference", str(uuid.uuid4())),
        category=extra.pop("category", "waiting_time"),
        text=extra.pop("text", "排队等了两个小时，窗口只开了一个。"),
        **extra,
    )


def test_a_complaint_is_due_in_the_configured_days_and_flagged_when_late(desk: Desk) -> None:
    reference = str(uuid.uuid4())
    filed = _complain(desk, LONGJING, client_reference=reference, language="ko")
    assert filed.result == "created" and filed.state == "open" and not filed.overdue
    assert filed.due_by == date(2026, 12, 19)  # 15 calendar days
    again = _complain(desk, LONGJING, client_reference=reference, language="ko")
    assert again.result == "duplicate"
    with pytest.raises(AgencyRejected) as conflict:
        _complain(desk, LONGJING, client_reference=reference, text="另一件事")
    assert conflict.value.code == "reference_conflict"
    desk.set_today(date(2026, 12, 20))
    login = card_token_login(desk.agency, _ssn(LONGJING))
    mine = desk.kiosk.my_complaints(_ssn(LONGJING), login)
    assert next(c for c in mine if c.reference == reference).overdue
    listed = desk.staff("GET", "/complaints?state=open", desk.reviewer).json()["complaints"]
    assert listed[0]["overdue"] and reference in [c["reference"] for c in listed]
    fresh = _complain(desk, LONGJING_2, category="suggestion", text="建议增加周六窗口")
    listed = desk.staff("GET", "/complaints?state=open", desk.reviewer).json()["complaints"]
    order = [c["reference"] for c in listed]
    assert order.index(reference) < order.index(fresh.reference)


def test_staff_answer_once_audited_and_texted(desk: Desk) -> None:
    filed = _complain(
        desk, YANJI, category="kiosk", text="자동봉사기 화면이 너무 어둡습니다.", language="ko"
    )
    path = f"/complaints/{filed.reference}/answer"
    assert desk.staff("POST", path, desk.cashier, {"answer": "x"}).status_code == 403
    answered = desk.staff("POST", path, desk.reviewer, {"answer": "已调亮屏幕，谢谢您的意见。"})
    assert answered.status_code == 200 and answered.json()["state"] == "answered"
    second = desk.staff("POST", path, desk.reviewer, {"answer": "again"})
    assert second.status_code == 409 and second.json()["code"] == "complaint_already_answered"
    mine = desk.kiosk.my_complaints(_ssn(YANJI), card_token_login(desk.agency, _ssn(YANJI)))
    view = next(c for c in mine if c.reference == filed.reference)
    assert view.answer == "已调亮屏幕，谢谢您的意见。" and view.answered_at is not None
    tail = filed.reference[-6:].upper()
    texts = [t for t in _texts(desk, "complaint_answered") if t.params["ref"] == tail]
    assert len(texts) == 1 and texts[0].language == "ko"
    with desk.agency.sessions()() as session:
        actions = set(session.execute(select(AuditEntry.action)).scalars())
    assert {"complaint.filed", "complaint.answered", "appointment.booked"} <= actions


def test_a_complaint_links_only_the_claimants_own_claim(desk: Desk) -> None:
    applied = desk.apply(Scenario.ELIGIBLE_18_MONTHS)
    assert applied["status"] in (200, 201), applied
    claim = applied["body"]["claim"]["reference"]
    own = _complain(desk, LONGJING, category="decision", claim_reference=claim)
    assert own.claim_reference == claim
    with pytest.raises(AgencyRejected) as refused:
        _complain(desk, YANJI, category="decision", claim_reference=claim)
    assert refused.value.code == "complaint_claim_unknown"


@pytest.mark.parametrize("text", ["", "   ", "字" * 501, "bad\x07bell"])
def test_complaint_text_is_bounded_and_printable(desk: Desk, text: str) -> None:
    body = {
        "client_reference": str(uuid.uuid4()),
        "ssn": _ssn(YANJI),
        "login": card_login(desk.agency, _ssn(YANJI)),
        "category": "other",
        "text": text,
    }
    assert desk.send("/api/v1/complaints", body)["status"] == 422


def test_claimant_routes_need_the_claimants_proof(desk: Desk) -> None:
    for path in ("/api/v1/appointments/slots", "/api/v1/complaints/mine"):
        answer = desk.send(path, {"ssn": _ssn(YANJI)})
        assert answer["status"] == 401 and answer["body"]["code"] == "login_proof_required"
    # Another person's login does not open this person's bookings.
    answer = desk.send(
        "/api/v1/appointments/mine",
        {"ssn": _ssn(YANJI), "login": card_login(desk.agency, _ssn(LONGJING))},
    )
    assert answer["status"] == 401 and answer["body"]["code"] == "login_invalid"


def test_the_staff_page_lists_both_and_answers_with_its_form_token(desk: Desk) -> None:
    booked = _book(desk, LONGJING_2, date(2026, 12, 16), "10:30", purpose="account")
    assert booked["status"] == 201, booked
    filed = _complain(
        desk, LONGJING_2, category="staff_conduct", text="窗口工作人员态度<b>很好</b>"
    )
    http = fleet_session(desk.agency)
    page = http.get(f"{desk.agency.url}/fleet/services?centre=LJ-01&day=2026-12-16", timeout=10)
    assert page.status_code == 200
    assert "script-src" not in page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert "账户问题" in page.text and booked["body"]["reference"][-6:].upper() in page.text
    assert "&lt;b&gt;很好&lt;/b&gt;" in page.text and "<b>很好</b>" not in page.text
    assert person(LONGJING_2).id_number not in page.text
    csrf = re.search(
        r'action="/fleet/services/answer">\s*<input type="hidden" name="csrf" value="([^"]+)"',
        page.text,
    )
    assert csrf
    url = f"{desk.agency.url}/fleet/services/answer"
    forged = http.post(
        url, data={"csrf": "x", "reference": filed.reference, "answer": "好"}, timeout=10
    )
    assert forged.status_code == 403
    sent = http.post(
        url,
        data={"csrf": csrf.group(1), "reference": filed.reference, "answer": "感谢您的表扬。"},
        timeout=10,
        allow_redirects=False,
    )
    assert sent.status_code == 303, sent.text
    login = card_token_login(desk.agency, _ssn(LONGJING_2))
    view = next(
        c
        for c in desk.kiosk.my_complaints(_ssn(LONGJING_2), login)
        if c.reference == filed.reference
    )
    assert view.answer == "感谢您的表扬。"
    assert (
        requests.get(
            f"{desk.agency.url}/fleet/services", timeout=10, allow_redirects=False
        ).status_code
        == 303
    )
