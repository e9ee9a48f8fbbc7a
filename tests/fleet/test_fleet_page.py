"""The fleet page, as staff see it over HTTP: login with a form, every kiosk's health, today's
figures and the notice §5 flags, and no personal data anywhere on it."""

import re
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
import requests
from sqlalchemy import func, select

from kiosk.api import AgencyClient
from server.db import transaction
from server.db_types import utcnow
from server.models import AuditEntry, Claimant, KioskHeartbeat, SecurityEvent
from server.services.fleet import TRIM_EVERY
from tests.conftest import Agency
from tests.fleet.fleet_kit import SHARED_MOBILE, fleet_session, seed_fleet

STAFF = "reviewer"


@pytest.fixture(scope="module")
def seeded(agency: Agency) -> datetime:
    now = utcnow()
    seed_fleet(agency, now)
    return now


def _login_form(http: requests.Session, agency: Agency) -> str:
    page = http.get(f"{agency.url}/fleet/login", timeout=10)
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found
    return found.group(1)


def _logged_in(agency: Agency, username: str = STAFF) -> requests.Session:
    return fleet_session(agency, username)


@pytest.fixture
def staff(agency: Agency, seeded: datetime) -> Iterator[requests.Session]:
    http = _logged_in(agency)
    yield http
    http.close()


def _row(page: str, kiosk_id: str) -> str:
    found = re.search(rf'<tr class="([^"]*)" data-kiosk="{kiosk_id}">(.*?)</tr>', page, re.S)
    assert found, kiosk_id
    return f"{found.group(1)}|{found.group(2)}"


def test_a_visitor_without_a_session_is_sent_to_the_login_form(agency: Agency) -> None:
    answer = requests.get(f"{agency.url}/fleet", timeout=10, allow_redirects=False)
    assert (answer.status_code, answer.headers["location"]) == (303, "/fleet/login")


def test_login_sets_a_strict_httponly_session_cookie(agency: Agency) -> None:
    http = requests.Session()
    csrf = _login_form(http, agency)
    answer = http.post(
        f"{agency.url}/fleet/login",
        data={"csrf": csrf, "username": STAFF, "password": agency.staff_passwords[STAFF]},
        timeout=10,
        allow_redirects=False,
    )
    cookie = answer.headers["set-cookie"]
    assert "changtong_fleet=" in cookie and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie and "Path=/fleet" in cookie
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_a_login_post_without_the_forms_cookie_is_refused(agency: Agency) -> None:
    """What a forged cross-site form looks like: the SameSite cookie does not come along."""
    csrf = _login_form(requests.Session(), agency)
    answer = requests.post(
        f"{agency.url}/fleet/login",
        data={"csrf": csrf, "username": STAFF, "password": agency.staff_passwords[STAFF]},
        timeout=10,
        allow_redirects=False,
    )
    assert answer.status_code == 403 and "changtong_fleet=" not in answer.headers.get(
        "set-cookie", ""
    ).replace("changtong_fleet_login=", "")


def test_a_wrong_password_is_refused_and_kept_out_of_the_audit_log(agency: Agency) -> None:
    """Anyone can post a wrong password: it is counted in the security log, not the audit log."""
    http = requests.Session()
    csrf = _login_form(http, agency)
    answer = http.post(
        f"{agency.url}/fleet/login",
        data={"csrf": csrf, "username": STAFF, "password": "wrong-password"},
        timeout=10,
    )
    assert answer.status_code == 401 and "用户名或密码错误" in answer.text
    with transaction(agency.sessions()) as session:
        assert not session.execute(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action.in_(["staff.web_login_failed", "staff.login_failed"]))
        ).scalar_one()
        logged = session.execute(
            select(SecurityEvent.count).where(
                SecurityEvent.kind == "staff_login_failed",
                SecurityEvent.subject == f"staff:{STAFF}",
            )
        ).scalar_one()
    assert logged >= 1


def test_finance_staff_may_watch_the_fleet_too(agency: Agency, seeded: datetime) -> None:
    http = _logged_in(agency, "cashier")
    page = http.get(f"{agency.url}/fleet", timeout=10)
    assert page.status_code == 200 and "cashier（财务）" in page.text


def test_a_field_visitor_may_not_watch_the_fleet(agency: Agency) -> None:
    """A home-visit laptop's account takes claims at a claimant's home; the fleet's health, its
    figures and the service desk are not its business, from a browser or the API."""
    http = requests.Session()
    csrf = _login_form(http, agency)
    answer = http.post(
        f"{agency.url}/fleet/login",
        data={"csrf": csrf, "username": "visitor", "password": agency.staff_passwords["visitor"]},
        timeout=10,
        allow_redirects=False,
    )
    assert answer.status_code == 403 and "上门服务笔记本" in answer.text
    assert "changtong_fleet" not in answer.cookies
    assert http.get(f"{agency.url}/fleet", timeout=10, allow_redirects=False).status_code == 303
    with transaction(agency.sessions()) as session:
        assert not session.execute(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "staff.web_login", AuditEntry.actor == "staff:visitor")
        ).scalar_one()


def test_the_form_and_the_api_share_one_growing_delay(agency: Agency) -> None:
    """Three wrong passwords on the form, and the API's login waits too (429, Retry-After):
    guessing cannot switch paths to start afresh (tests/server/test_throttling.py has more)."""
    http = requests.Session()
    for _ in range(3):
        csrf = _login_form(http, agency)
        wrong = http.post(
            f"{agency.url}/fleet/login",
            data={"csrf": csrf, "username": "cashier", "password": "not-the-password"},
            timeout=10,
        )
        assert wrong.status_code == 401
    api = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "cashier", "password": agency.staff_passwords["cashier"]},
        timeout=10,
    )
    assert (api.status_code, api.json()["code"]) == (429, "too_many_attempts")
    assert int(api.headers["Retry-After"]) >= 1
    csrf = _login_form(http, agency)
    slowed = http.post(
        f"{agency.url}/fleet/login",
        data={"csrf": csrf, "username": "cashier", "password": "not-the-password"},
        timeout=10,
        allow_redirects=False,
    )
    assert slowed.status_code == 429 and "后再试" in slowed.text
    assert int(slowed.headers["Retry-After"]) >= 1


def test_the_page_shows_each_kiosks_health_at_a_glance(
    staff: requests.Session, agency: Agency
) -> None:
    page = staff.get(f"{agency.url}/fleet", timeout=10).text
    healthy = _row(page, agency.kiosk_id)
    assert healthy.startswith("|") and "在线" in healthy and "1.4.0" in healthy
    growing = _row(page, "kiosk-222405-002")
    assert growing.startswith("attention|") and "持续增长 0 → 2 → 5 → 9" in growing
    assert "9 件" in growing and "最早 4 分钟" in growing and "纸将尽" in growing
    assert "AgencyUnavailable" in growing
    silent = _row(page, "kiosk-222405-003")
    assert silent.startswith("silent|") and "失联 25 分钟" in silent and "缺纸" in silent
    assert "从未上报" in _row(page, "kiosk-222405-004")
    sam = _row(page, "kiosk-222405-005")
    assert "id_reader：sam_error" in sam and "scanner：no_scanner" in sam
    assert "scanner" not in healthy  # no scanner fitted: nothing to look at


def test_the_page_shows_todays_figures_and_the_section_5_flags(
    staff: requests.Session, agency: Agency
) -> None:
    page = staff.get(f"{agency.url}/fleet", timeout=10).text
    today = re.search(rf"<tr><td class='mono'>{agency.kiosk_id}</td>(.*?)</tr>", page, re.S)
    assert today
    cells = re.findall(r"<td class='num'>([^<]*)</td>", today.group(1))
    assert cells == ["14", "6", "43%", "2"]
    assert f"终端 <span class='mono'>{agency.kiosk_id}</span> 今日 14 件" in page
    assert "bank:****7890" in page and "对应 3 位申请人" in page
    assert "3 位申请人使用同一手机号" in page


def test_the_page_shows_no_personal_data(staff: requests.Session, agency: Agency) -> None:
    page = staff.get(f"{agency.url}/fleet", timeout=10).text
    with transaction(agency.sessions()) as session:
        people = list(session.execute(select(Claimant)).scalars())
    for person in people:
        assert person.ssn not in page and person.mobile not in page
        assert person.name not in page and person.ssn[-6:] not in page
    assert SHARED_MOBILE not in page and "6222021234567890" not in page


def test_logout_needs_the_pages_own_form_token(agency: Agency, seeded: datetime) -> None:
    http = _logged_in(agency)
    forged = http.post(f"{agency.url}/fleet/logout", data={"csrf": "x" * 64}, timeout=10)
    assert forged.status_code == 403
    page = http.get(f"{agency.url}/fleet", timeout=10).text
    token = re.search(r'action="/fleet/logout">.*?name="csrf" value="([^"]+)"', page, re.S)
    assert token
    out = http.post(
        f"{agency.url}/fleet/logout",
        data={"csrf": token.group(1)},
        timeout=10,
        allow_redirects=False,
    )
    assert (out.status_code, out.headers["location"]) == (303, "/fleet/login")
    again = http.get(f"{agency.url}/fleet", timeout=10, allow_redirects=False)
    assert again.status_code == 303


def test_signed_heartbeats_fill_the_history_which_keeps_the_last_sixty(
    agency: Agency, seeded: datetime
) -> None:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, backoff_s=0.01)
    try:
        for depth in range(65):
            client.heartbeat({"app_version": "1.5.0", "uptime_s": depth, "queue_depth": depth})
    finally:
        client.close()
    with transaction(agency.sessions()) as session:
        depths = list(
            session.execute(
                select(KioskHeartbeat.queue_depth)
                .where(KioskHeartbeat.kiosk_id == agency.kiosk_id)
                .order_by(KioskHeartbeat.id)
            ).scalars()
        )
    # Trimmed by one beat in TRIM_EVERY: the last sixty, and fewer than TRIM_EVERY older ones.
    assert 60 <= len(depths) < 60 + TRIM_EVERY
    assert depths == list(range(65 - len(depths), 65))
    assert seeded > utcnow() - timedelta(hours=1)
