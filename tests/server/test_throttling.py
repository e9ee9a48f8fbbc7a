"""Guessing is slowed on every path without handing a stranger a lock on someone else's account.

Each test here is one "Why" of the issue, tried as an attacker would over HTTP against the real
server: staff passwords guessed without limit, the fleet form's lockout a stranger could hold,
response time telling real user names from invented ones, unlimited one-time codes, the
PostgreSQL races of the wrong-try counters, and enrolment codes voided by anyone. Clients speak
from different loopback addresses (127.0.0.0/8 all reach the server) so "another address" is real.
"""

import hashlib
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import func, select

from config.schema import ServerLimits
from kiosk.api.signing import signed_headers
from server import security_log
from server.db import transaction
from server.models import AuditEntry, OneTimeCode, SecurityEvent, SmsOutbox, StaffRole
from server.security_log import MAX_ROWS_PER_HOUR, SecurityKind
from server.services.one_time_codes import MAX_CODE_TRIES
from server.services.staff_auth import add_staff
from server.synthetic import Scenario
from tests.conftest import Agency, fresh_postgres_database, start_agency
from tests.server.factories import person


class _FromAddress(HTTPAdapter):
    def __init__(self, address: str) -> None:
        self.address = address
        super().__init__(pool_maxsize=50)

    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


def client_at(address: str) -> requests.Session:
    """An HTTP client whose requests come from `address` (any of 127.0.0.0/8)."""
    http = requests.Session()
    http.mount("http://", _FromAddress(address))
    return http


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def strict(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Agency]:
    """The server with the shipped default limits, on each database."""
    tmp = tmp_path_factory.mktemp(f"strict-{request.param}")
    if request.param == "sqlite":
        yield from start_agency(tmp, None, limits=ServerLimits())
    else:
        with fresh_postgres_database() as url:
            yield from start_agency(tmp, url, limits=ServerLimits())


def _new_staff(agency: Agency, username: str, password: str) -> None:
    with transaction(agency.sessions()) as session:
        add_staff(session, username, password, StaffRole.BUSINESS)


def _login(
    http: requests.Session, agency: Agency, username: str, password: str
) -> requests.Response:
    return http.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": username, "password": password},
        timeout=30,
    )


def _signed(agency: Agency, path: str, payload: dict[str, object]) -> requests.Response:
    body = json.dumps(payload).encode()
    headers = signed_headers(agency.kiosk_id, agency.kiosk_key, "POST", path, body, time.time())
    headers["Content-Type"] = "application/json"
    return requests.post(agency.url + path, data=body, headers=headers, timeout=30)


def _code_in(text: str | None) -> str:
    found = re.search(r"\d{6}", text or "")
    assert found, "no code in the development outbox"
    return found.group(0)


# -- staff login ---------------------------------------------------------------------------------


def test_guessing_a_staff_password_meets_growing_delays(strict: Agency) -> None:
    """Before: 25 guesses in 1.3 s, all checked. Now the fourth waits, and the wait grows."""
    _new_staff(strict, "guessed", "correct horse battery")
    http = client_at("127.0.0.21")
    answers = [_login(http, strict, "guessed", f"guess-{n}").status_code for n in range(3)]
    assert answers == [401, 401, 401]
    slowed = _login(http, strict, "guessed", "guess-3")
    assert (slowed.status_code, slowed.json()["code"]) == (429, "too_many_attempts")
    first_wait = int(slowed.headers["Retry-After"])
    assert 1 <= first_wait <= 2
    time.sleep(first_wait + 0.2)
    assert _login(http, strict, "guessed", "guess-4").status_code == 401
    second = _login(http, strict, "guessed", "guess-5")
    assert second.status_code == 429 and int(second.headers["Retry-After"]) > first_wait


def test_a_burst_of_parallel_guesses_gets_three_checks(strict: Agency) -> None:
    """The counters are locked for the whole attempt, so 40 guesses at once (PostgreSQL too)
    are checked one after the other and only the free three reach the password."""
    _new_staff(strict, "burst", "correct horse battery")
    http = client_at("127.0.0.22")
    with ThreadPoolExecutor(40) as pool:
        codes = list(
            pool.map(lambda n: _login(http, strict, "burst", f"g{n}").status_code, range(40))
        )
    assert Counter(codes) == {401: 3, 429: 37}


def test_a_stranger_cannot_lock_a_colleague_out(strict: Agency) -> None:
    """Before: five wrong passwords on the fleet form locked a named colleague out for 15 minutes.
    Now a stranger guessing "alice" from many addresses slows "alice" only at addresses she never
    logged in from; at her own desk the right password still gets in at once."""
    password = "alice's long password"
    _new_staff(strict, "alice", password)
    desk = client_at("127.0.0.31")
    assert _login(desk, strict, "alice", password).status_code == 200
    for host in range(4):
        stranger = client_at(f"127.0.1.{host + 1}")
        for n in range(3):
            _login(stranger, strict, "alice", f"guess-{host}-{n}")
    elsewhere = _login(client_at("127.0.0.32"), strict, "alice", password)
    assert elsewhere.status_code == 429 and int(elsewhere.headers["Retry-After"]) >= 10
    assert _login(desk, strict, "alice", password).status_code == 200
    # and the stranger's own address is slowed for "alice" whatever it sends
    assert _login(client_at("127.0.1.1"), strict, "alice", password).status_code == 429


def test_response_time_does_not_tell_real_names_from_invented_ones(strict: Agency) -> None:
    """Before: an unknown name was refused without running scrypt, in a fraction of the time."""
    _new_staff(strict, "timed", "correct horse battery")

    def took(username: str, n: int, octet: int) -> float:
        http = client_at(f"127.0.{octet}.{n + 1}")  # a fresh address each: no delay in the way
        began = time.perf_counter()
        assert _login(http, strict, username, "wrong password").status_code == 401
        return time.perf_counter() - began

    for n in range(1):  # warm both paths (nine failures in all: under the per-name limit)
        took("timed", n, 10)
        took("nobody-here", n, 11)
    real: list[float] = []
    invented: list[float] = []
    for n in range(8):  # interleaved, so a busy moment on the machine slows both alike
        real.append(took("timed", n, 12))
        invented.append(took("nobody-here-at-all", n, 13))
    ratio = statistics.median(invented) / statistics.median(real)
    assert 0.6 < ratio < 1.7, (real, invented)


def test_failed_logins_go_to_the_security_log_not_the_audit_log(strict: Agency) -> None:
    http = client_at("127.0.0.41")
    _login(http, strict, "nobody-at-all", "x")
    with transaction(strict.sessions()) as session:
        failed_audits = session.execute(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action.like("%login_failed"))
        ).scalar_one()
        events = (
            session.execute(
                select(SecurityEvent).where(
                    SecurityEvent.kind == "staff_login_failed", SecurityEvent.source == "127.0.0.41"
                )
            )
            .scalars()
            .all()
        )
    assert failed_audits == 0
    assert [(e.subject, e.count) for e in events] == [("staff:(unknown)", 1)]


def test_a_flood_of_invented_names_cannot_grow_the_security_log_without_bound(
    tmp_path: Path,
) -> None:
    agency_iter = start_agency(tmp_path, None, claimants=5)
    agency = next(agency_iter)
    try:
        with transaction(agency.sessions()) as session:
            for n in range(MAX_ROWS_PER_HOUR + 300):
                security_log.record(
                    session, SecurityKind.STAFF_LOGIN_FAILED, f"staff:x{n}", f"10.0.{n // 250}.1"
                )
        with transaction(agency.sessions()) as session:
            rows = session.execute(select(func.count()).select_from(SecurityEvent)).scalar_one()
            total = session.execute(select(func.sum(SecurityEvent.count))).scalar_one()
    finally:
        next(agency_iter, None)
    assert rows <= MAX_ROWS_PER_HOUR + 1
    assert total == MAX_ROWS_PER_HOUR + 300  # every attempt still counted


# -- one-time codes ------------------------------------------------------------------------------


def test_new_codes_per_person_are_limited_per_hour(strict: Agency) -> None:
    """Before: any number of new codes, so any number of tries (100 guesses in 1.3 s)."""
    who = person(Scenario.ELIGIBLE_18_MONTHS)
    answers = [
        _signed(strict, "/api/v1/otp/request", {"id_number": who.id_number}) for _ in range(6)
    ]
    assert [a.status_code for a in answers] == [200] * 5 + [429]
    refused = answers[-1]
    assert refused.json()["code"] == "too_many_attempts"
    assert 0 < int(refused.headers["Retry-After"]) <= 3600


def test_parallel_wrong_codes_get_at_most_the_allowed_tries(strict: Agency) -> None:
    """Before, on PostgreSQL: 30 of 40 parallel guesses were checked against a five-try code."""
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    assert _signed(strict, "/api/v1/otp/request", {"id_number": who.id_number}).ok
    text = requests.get(f"{strict.url}/api/dev/sms-outbox/{who.mobile}", timeout=10).json()["text"]
    right = _code_in(text)
    wrong = f"{(int(right) + 1) % 10**6:06d}"
    with ThreadPoolExecutor(40) as pool:
        answers = list(
            pool.map(
                lambda _: _signed(
                    strict, "/api/v1/otp/verify", {"id_number": who.id_number, "code": wrong}
                ).json()["code"],
                range(40),
            )
        )
    assert Counter(answers) == {"otp_wrong": MAX_CODE_TRIES, "otp_expired": 40 - MAX_CODE_TRIES}
    late = _signed(strict, "/api/v1/otp/verify", {"id_number": who.id_number, "code": right})
    assert late.json()["code"] == "otp_expired"  # the right code after five wrong ones: burnt


def test_the_database_keeps_no_live_code(strict: Agency) -> None:
    """Before: every code in clear in the SMS outbox, forever, and its hash an unkeyed SHA-256
    that trying all 10^6 codes reversed in a quarter of a second."""
    who = person(Scenario.REEMPLOYED_CARRY_OVER)
    assert _signed(strict, "/api/v1/otp/request", {"id_number": who.id_number}).ok
    text = requests.get(f"{strict.url}/api/dev/sms-outbox/{who.mobile}", timeout=10).json()["text"]
    code = _code_in(text)
    with strict.sessions()() as session:  # type: ignore[no-untyped-call]
        outbox = session.execute(select(SmsOutbox).order_by(SmsOutbox.id.desc())).scalars().first()
        stored = (
            session.execute(select(OneTimeCode).order_by(OneTimeCode.id.desc())).scalars().first()
        )
    assert outbox is not None and stored is not None
    assert set(SmsOutbox.__table__.columns.keys()) == {
        "id",
        "template",
        "masked_mobile",
        "created_at",
        "delivered_at",
    }
    assert outbox.masked_mobile == who.mobile[:3] + "****" + who.mobile[-4:]
    unkeyed = hashlib.sha256(f"{stored.claimant_id}:{code}".encode()).hexdigest()
    assert stored.code_hash != unkeyed and code not in stored.code_hash


# -- look-ups and enrolment ----------------------------------------------------------------------


def test_lookups_per_kiosk_are_limited_and_flagged_on_the_fleet_page(strict: Agency) -> None:
    who = person(Scenario.ELIGIBLE_12_MONTHS)
    codes = [
        _signed(strict, "/api/v1/claimants/lookup", {"ssn": who.id_number}).status_code
        for _ in range(31)
    ]
    assert 429 not in codes[:30] and codes[30] == 429
    http = requests.Session()
    page = http.get(f"{strict.url}/fleet/login", timeout=10)
    csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    http.post(
        f"{strict.url}/fleet/login",
        data={"csrf": csrf, "username": "reviewer", "password": strict.staff_passwords["reviewer"]},
        timeout=10,
    )
    fleet = http.get(f"{strict.url}/fleet", timeout=10)
    flag = re.search(r"<li><b>查询频率异常</b>.*?</li>", fleet.text)
    assert flag and strict.kiosk_id in flag.group(0)


def test_enrolment_guesses_are_limited_per_address_and_never_void_the_code(
    strict: Agency, tmp_path: Path
) -> None:
    """Before: five wrong guesses from anyone voided a technician's code."""
    from kiosk.enrolment import EnrolmentProblem, enrol
    from tests.fleet.fleet_kit import issue

    code = issue(strict, "kiosk-222405-071")
    wrong = "ABCDE-FGH23" if code != "ABCDE-FGH23" else "ABCDE-FGH24"
    outcomes = [
        enrol(strict.url, "kiosk-222405-071", wrong, tmp_path / "s.toml") for _ in range(11)
    ]
    assert all(isinstance(o, EnrolmentProblem) for o in outcomes)
    codes = [o.code for o in outcomes if isinstance(o, EnrolmentProblem)]
    assert codes[:10] == ["enrolment_code_wrong"] * 10
    assert codes[10] == "too_many_attempts"
    # The technician, at the kiosk's own address, is not held up by the guesser's limit.
    raw = _enrol_from("127.0.0.61", strict, "kiosk-222405-071", code, tmp_path / "t.toml")
    assert raw.status_code == 200, raw.text


def _enrol_from(
    address: str, agency: Agency, kiosk_id: str, code: str, secrets: Path
) -> requests.Response:
    """The kiosk's enrolment request, built as kiosk/enrolment.py builds it, sent from `address`."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from contract.enrolment import code_verifier, kiosk_proof, normalize_code, transcript

    exchange = X25519PrivateKey.generate().public_key().public_bytes_raw()
    signer = Ed25519PrivateKey.generate()
    signing = signer.public_key().public_bytes_raw()
    binding = transcript(kiosk_id, exchange, signing)
    body = {
        "kiosk_id": kiosk_id,
        "exchange_public_key": exchange.hex(),
        "signing_public_key": signing.hex(),
        "proof": kiosk_proof(code_verifier(kiosk_id, normalize_code(code)), binding).hex(),
        "signing_key_proof": signer.sign(binding).hex(),
    }
    return client_at(address).post(f"{agency.url}/api/v1/kiosks/enroll", json=body, timeout=30)


def test_throttle_windows_start_at_china_midnight_for_days() -> None:
    from datetime import UTC, datetime

    from server.throttle import CHINA_MIDNIGHT, window_start

    moment = datetime(2026, 12, 4, 15, 30, tzinfo=UTC)  # 23:30 in China
    assert window_start(moment, timedelta(days=1), CHINA_MIDNIGHT) == datetime(
        2026, 12, 3, 16, 0, tzinfo=UTC
    )


def test_old_counters_are_cleared_as_new_windows_start(strict: Agency) -> None:
    """Counters cannot pile up: a new window's first request clears ones idle for two days,
    except the record of where each staff name logged in (it lifts the per-name delay there)."""
    from datetime import UTC, datetime

    from server.models import ThrottleCounter

    old = datetime.now(UTC) - timedelta(days=3)
    with transaction(strict.sessions()) as session:
        for scope in ("otp_person_hour", "lookup_kiosk_minute", "login_known"):
            session.add(
                ThrottleCounter(
                    scope=scope, subject="old", window_start=old, count=3, updated_at=old
                )
            )
    who = person(Scenario.STOP_SETTLED_ABROAD)
    assert _signed(strict, "/api/v1/otp/request", {"id_number": who.id_number}).ok
    with transaction(strict.sessions()) as session:
        left = (
            session.execute(select(ThrottleCounter.scope).where(ThrottleCounter.subject == "old"))
            .scalars()
            .all()
        )
    assert left == ["login_known"]
