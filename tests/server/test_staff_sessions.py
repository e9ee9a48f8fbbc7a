"""Staff tokens are server-side sessions: logout and an administrator end them at once.

Before: a staff token stayed good until it expired (8 hours), whatever happened to the laptop.
"""

import re
from pathlib import Path

import requests
from sqlalchemy import select

from server.db import transaction
from server.models import AuditEntry, StaffRole
from server.services.staff_auth import add_staff
from tests.conftest import Agency
from tests.fleet.fleet_kit import kiosk_cli, settings_file


def _token(agency: Agency, username: str, password: str) -> dict[str, str]:
    answer = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": password},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['token']}"}


def _claims(agency: Agency, header: dict[str, str]) -> int:
    return requests.get(f"{agency.url}/api/v1/staff/claims", headers=header, timeout=10).status_code


def _fleet_session(agency: Agency, username: str, password: str) -> requests.Session:
    http = requests.Session()
    page = http.get(f"{agency.url}/fleet/login", timeout=10)
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found
    http.post(
        f"{agency.url}/fleet/login",
        data={"csrf": found.group(1), "username": username, "password": password},
        timeout=10,
    )
    return http


def _fleet_open(agency: Agency, http: requests.Session) -> bool:
    return http.get(f"{agency.url}/fleet", timeout=10, allow_redirects=False).status_code == 200


def test_logout_ends_this_token_and_only_this_one(agency: Agency) -> None:
    password = agency.staff_passwords["reviewer"]
    first, second = _token(agency, "reviewer", password), _token(agency, "reviewer", password)
    out = requests.post(f"{agency.url}/api/v1/staff/logout", headers=first, timeout=10)
    assert out.status_code == 204
    assert _claims(agency, first) == 401
    assert _claims(agency, second) == 200
    again = requests.post(f"{agency.url}/api/v1/staff/logout", headers=first, timeout=10)
    assert again.status_code == 401


def _cli(agency: Agency, tmp_path: Path, *args: str) -> int:
    config = settings_file(tmp_path, agency)
    return kiosk_cli(["--config", str(config), "server", *args])


def test_revoke_staff_ends_every_token_and_browser_session(agency: Agency, tmp_path: Path) -> None:
    password = "revoked user password"
    with transaction(agency.sessions()) as session:
        add_staff(session, "leaver", password, StaffRole.BUSINESS)
    api = _token(agency, "leaver", password)
    browser = _fleet_session(agency, "leaver", password)
    assert _claims(agency, api) == 200 and _fleet_open(agency, browser)
    assert _cli(agency, tmp_path, "revoke-staff", "--username", "leaver") == 0
    assert _claims(agency, api) == 401
    assert not _fleet_open(agency, browser)
    assert _claims(agency, _token(agency, "leaver", password)) == 200  # may log in again
    with transaction(agency.sessions()) as session:
        actions = (
            session.execute(select(AuditEntry.action).where(AuditEntry.subject == "staff:leaver"))
            .scalars()
            .all()
        )
    assert "staff.sessions_revoked" in actions


def test_deactivating_a_user_ends_their_sessions_and_logins(agency: Agency, tmp_path: Path) -> None:
    password = "deactivated password"
    with transaction(agency.sessions()) as session:
        add_staff(session, "gone", password, StaffRole.FINANCE)
    api = _token(agency, "gone", password)
    assert _cli(agency, tmp_path, "deactivate-staff", "--username", "gone") == 0
    assert _claims(agency, api) == 401
    again = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "gone", "password": password},
        timeout=10,
    )
    assert again.status_code == 401


def test_revoking_an_unknown_user_says_so(agency: Agency, tmp_path: Path) -> None:
    assert _cli(agency, tmp_path, "revoke-staff", "--username", "nobody-of-that-name") == 1
