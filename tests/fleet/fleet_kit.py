"""Helpers shared by the fleet tests: issuing codes as the CLI does, and the kiosk CLI parser."""

import re
import secrets
import subprocess
import sys
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from server.clock import CST, local_date
from server.db import make_engine, make_session_factory, transaction
from server.models import Claim, Claimant, Kiosk, KioskHeartbeat
from server.services.enrolment import issue_code
from tests.conftest import Agency

CODE_LINE = re.compile(r"^\s+([A-Z2-9]{5}-[A-Z2-9]{5})\s*$", re.MULTILINE)


def settings_file(tmp: Path, agency: Agency, kiosk_id: str = "kiosk-demo-001") -> Path:
    """A kiosk settings file pointing at the test agency, whose server section is the agency's
    own data directory, so `kiosk server ...` commands act on the running server's database."""
    path = tmp / "kiosk.toml"
    path.write_text(
        f'[server]\nurl = "{agency.url}"\n\n[kiosk]\nid = "{kiosk_id}"\n\n'
        f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n',
        encoding="utf-8",
    )
    return path


def cli_issue_code(config: Path, kiosk_id: str, region: str = "222405", site: str = "") -> str:
    """Runs `kiosk server enroll-kiosk` as a technician would and reads the code it prints."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk.cli",
            "--config",
            str(config),
            "server",
            "enroll-kiosk",
            "--id",
            kiosk_id,
            "--region",
            region,
            *(["--site", site] if site else []),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = CODE_LINE.search(done.stdout)
    assert found, done.stdout
    return found.group(1)


def issue(agency: Agency, kiosk_id: str, ttl: timedelta = timedelta(hours=24)) -> str:
    engine = make_engine(agency.config.database_url)
    try:
        with transaction(make_session_factory(engine)) as session:
            return issue_code(session, kiosk_id, "222405", "测试网点", ttl=ttl).display
    finally:
        engine.dispose()


def kiosk_cli(argv: list[str]) -> int:
    """`kiosk ...` in this process, so the test sees the files it writes."""
    from kiosk import cli

    return cli.main(argv)


# -- a fleet worth looking at --------------------------------------------------------------------

SHARED_ACCOUNT = "bank:6222021234567890"
SHARED_MOBILE = "13900001111"


DEFAULT_BEAT: dict[str, Any] = {
    "app_version": "1.4.0",
    "uptime_s": 86_400,
    "paper": "ok",
    "devices": {"card_reader": "ok", "id_reader": "ok", "printer": "ok"},
    "queue_depth": 0,
    "queue_oldest_age_s": None,
    "queue_warning": False,
    "last_error_class": None,
}


def _kiosk(session: Session, kiosk_id: str, site: str) -> Kiosk:
    kiosk = session.get(Kiosk, kiosk_id)
    if kiosk is None:
        kiosk = Kiosk(id=kiosk_id, key=secrets.token_bytes(32), region_code="222405")
        session.add(kiosk)
    kiosk.site_name = site
    kiosk.signing_public_key = secrets.token_bytes(32)
    return kiosk


def _beats(session: Session, kiosk: Kiosk, last: datetime, rows: list[dict[str, Any]]) -> None:
    """Heartbeats a minute apart ending at `last`, as the server would have stored them."""
    for n, fields in enumerate(rows):
        at = last - timedelta(minutes=len(rows) - 1 - n)
        session.add(KioskHeartbeat(kiosk_id=kiosk.id, received_at=at, **{**DEFAULT_BEAT, **fields}))
    kiosk.last_seen = last
    kiosk.last_heartbeat = {**DEFAULT_BEAT, **rows[-1], "received_at": last.isoformat()}


def seed_fleet(agency: Agency, now: datetime) -> None:
    """Five kiosks in the states staff must tell apart, a week of claims, and the §5 patterns."""
    factory = agency.sessions()
    with transaction(factory) as session:
        healthy = _kiosk(session, agency.kiosk_id, "延吉市就业服务局大厅")
        # Without a scanner fitted: normal for this optional device (the other kiosks are older
        # and do not report one at all).
        no_scanner = {**DEFAULT_BEAT["devices"], "scanner": "not_configured"}
        _beats(session, healthy, now - timedelta(seconds=20), [{"devices": no_scanner}] * 5)
        growing = _kiosk(session, "kiosk-222405-002", "延吉市河南街道社区服务中心")
        _beats(
            session,
            growing,
            now - timedelta(seconds=40),
            [
                {"queue_depth": 0},
                {"queue_depth": 2, "queue_oldest_age_s": 120},
                {"queue_depth": 5, "queue_oldest_age_s": 180, "paper": "near_end"},
                {
                    "queue_depth": 9,
                    "queue_oldest_age_s": 240,
                    "paper": "near_end",
                    "last_error_class": "AgencyUnavailable",
                },
            ],
        )
        silent = _kiosk(session, "kiosk-222405-003", "龙井市人力资源市场")
        _beats(
            session,
            silent,
            now - timedelta(minutes=25),
            [{"paper": "out", "queue_depth": 1, "queue_oldest_age_s": 600}] * 4,
        )
        _kiosk(session, "kiosk-222405-004", "图们市政务服务中心")
        sam = _kiosk(session, "kiosk-222405-005", "和龙市就业服务站")
        _beats(
            session,
            sam,
            now - timedelta(seconds=10),
            [
                {
                    "devices": {
                        "card_reader": "ok",
                        "id_reader": "sam_error",
                        "printer": "ok",
                        "scanner": "no_scanner",
                    }
                }
            ]
            * 3,
        )

        people = list(session.execute(select(Claimant).order_by(Claimant.id).limit(30)).scalars())
        today = local_date(now)
        midnight = datetime(today.year, today.month, today.day, tzinfo=CST)
        span = now - midnight

        def claim(who: Claimant, kiosk_id: str, created: datetime, **fields: Any) -> None:
            session.add(
                Claim(
                    reference=str(uuid.uuid4()),
                    kind="claim",
                    claimant_id=who.id,
                    kiosk_id=kiosk_id,
                    channel=fields.pop("channel", "online"),
                    content_hash=secrets.token_hex(32),
                    created_at=created,
                    received_at=fields.pop("received_at", created + timedelta(seconds=2)),
                    mobile=fields.pop("mobile", who.mobile),
                    reason_codes=[],
                )
            )

        for n in range(14):  # an unusual day at the healthy kiosk
            created = midnight + span * ((n + 1) / 16)
            if n < 4:
                claim(
                    people[n],
                    agency.kiosk_id,
                    created,
                    channel="bundle",
                    received_at=created + timedelta(hours=1),
                )
            elif n < 6:
                claim(
                    people[n], agency.kiosk_id, created, received_at=created + timedelta(minutes=30)
                )
            else:
                claim(people[n], agency.kiosk_id, created)
        for back in range(1, 8):  # its usual week: two a day
            for n in range(2):
                claim(
                    people[14 + n],
                    agency.kiosk_id,
                    midnight - timedelta(days=back) + timedelta(hours=10 + n),
                )
        for n in range(3):  # three people, one payment account
            people[20 + n].payment_account = SHARED_ACCOUNT
            claim(people[20 + n], "kiosk-222405-002", midnight + span * ((n + 1) / 8))
        for n in range(3):  # three people, one mobile number
            claim(
                people[24 + n],
                "kiosk-222405-005",
                midnight + span * ((n + 1) / 8),
                mobile=SHARED_MOBILE,
            )


def fleet_session(agency: Agency, username: str = "reviewer") -> requests.Session:
    """A staff member logged in to /fleet through its form (CSRF token and cookie), as a browser is."""
    http = requests.Session()
    page = http.get(f"{agency.url}/fleet/login", timeout=10)
    found = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert found
    answer = http.post(
        f"{agency.url}/fleet/login",
        data={
            "csrf": found.group(1),
            "username": username,
            "password": agency.staff_passwords[username],
        },
        timeout=10,
        allow_redirects=False,
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/fleet"
    return http
