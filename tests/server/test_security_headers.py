"""Every HTML page carries security headers; pages with personal data are never cached.

The fleet page and the receipt status page show masked names, sites and claim states: another
site must not frame them (clickjacking), a shared computer's browser must not keep them, and no
page may run a script it did not ship.
"""

import re

import pytest
import requests

from tests.conftest import Agency


def _assert_page_headers(answer: requests.Response) -> None:
    headers = answer.headers
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] in ("same-origin", "no-referrer")
    assert headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize("path", ["/fleet/login", "/status/00000000-0000-4000-8000-000000000000"])
def test_pages_carry_the_security_headers(agency: Agency, path: str) -> None:
    answer = requests.get(agency.url + path, timeout=10)
    assert answer.headers["content-type"].startswith("text/html")
    _assert_page_headers(answer)


def test_the_pages_run_no_script(agency: Agency) -> None:
    """The policy forbids scripts, so no page may depend on one."""
    for path in ("/fleet/login", "/status/00000000-0000-4000-8000-000000000000"):
        assert not re.search(
            r"<script|\son[a-z]+=", requests.get(agency.url + path, timeout=10).text
        )


def test_the_fleet_page_itself_is_not_cached(agency: Agency) -> None:
    http = requests.Session()
    page = http.get(f"{agency.url}/fleet/login", timeout=10)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert csrf
    http.post(
        f"{agency.url}/fleet/login",
        data={
            "csrf": csrf.group(1),
            "username": "reviewer",
            "password": agency.staff_passwords["reviewer"],
        },
        timeout=10,
    )
    fleet = http.get(f"{agency.url}/fleet", timeout=10)
    assert fleet.status_code == 200
    _assert_page_headers(fleet)


def test_api_answers_with_personal_data_are_not_cached_or_sniffed(agency: Agency) -> None:
    answer = requests.post(f"{agency.url}/api/v1/claimants/lookup", json={}, timeout=10)
    assert answer.headers["Cache-Control"] == "no-store"
    assert answer.headers["X-Content-Type-Options"] == "nosniff"


def test_the_docs_page_gets_a_policy_that_lets_it_run(agency: Agency) -> None:
    """Development only: Swagger UI needs its CDN script; it still cannot be framed."""
    answer = requests.get(agency.url + "/docs", timeout=10)
    policy = answer.headers["Content-Security-Policy"]
    assert "https://cdn.jsdelivr.net" in policy and "frame-ancestors 'none'" in policy
