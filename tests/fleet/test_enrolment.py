"""Enrolment end to end: a code from `kiosk server enroll-kiosk`, typed into `kiosk enroll`, gives
the kiosk a key its signed calls work with; wrong, expired, reused and voided codes are refused."""

import hashlib
import hmac
import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from config import load_secrets
from config.loading import load_settings
from config.secrets import ensure_secrets
from kiosk.api import AgencyClient, AuthenticationFailed
from kiosk.enrolment import Enrolled, EnrolmentProblem, enrol
from server import audit
from server.db import make_engine, make_session_factory, transaction
from server.models import AuditEntry, Kiosk
from tests.conftest import Agency
from tests.fleet.fleet_kit import cli_issue_code, issue, kiosk_cli, settings_file

BEAT = {"app_version": "1.0.0", "uptime_s": 5}


def _enrol(agency: Agency, kiosk_id: str, code: str, secrets: Path) -> Enrolled | EnrolmentProblem:
    return enrol(agency.url, kiosk_id, code, secrets)


def _refusal(agency: Agency, kiosk_id: str, code: str, tmp: Path) -> str:
    outcome = _enrol(agency, kiosk_id, code, tmp / "secrets.toml")
    assert isinstance(outcome, EnrolmentProblem), outcome
    return outcome.code


def test_code_from_the_cli_enrols_the_kiosk_and_its_signed_calls_work(
    agency: Agency, tmp_path: Path
) -> None:
    config = settings_file(tmp_path, agency, kiosk_id="kiosk-222405-031")
    code = cli_issue_code(config, "kiosk-222405-031", site="长春市朝阳区就业服务中心")

    assert kiosk_cli(["--config", str(config), "enroll", "--code", code.lower()]) == 0

    secrets_path = tmp_path / "secrets.toml"
    assert secrets_path.stat().st_mode & 0o777 == 0o600
    secrets = load_secrets(secrets_path)
    client = AgencyClient(agency.url, "kiosk-222405-031", secrets.kiosk_key, backoff_s=0.01)
    try:
        assert client.heartbeat(BEAT).server_time is not None
    finally:
        client.close()
    with transaction(agency.sessions()) as session:
        kiosk = session.get(Kiosk, "kiosk-222405-031")
        assert kiosk is not None and kiosk.site_name == "长春市朝阳区就业服务中心"
        signing = Ed25519PrivateKey.from_private_bytes(secrets.signing_key)
        assert kiosk.signing_public_key == signing.public_key().public_bytes_raw()
        actions = list(
            session.execute(
                select(AuditEntry.action).where(AuditEntry.subject == "kiosk:kiosk-222405-031")
            ).scalars()
        )
        assert actions == ["kiosk.enrolment_code_issued", "kiosk.enrolled"]
        assert audit.verify(session).ok
    settings = load_settings(config)
    assert (settings.kiosk.id, settings.kiosk.region) == ("kiosk-222405-031", "222405")
    assert settings.kiosk.site_name == "长春市朝阳区就业服务中心"


def test_neither_code_nor_key_is_stored_or_audited_in_clear(agency: Agency, tmp_path: Path) -> None:
    code = issue(agency, "kiosk-222405-032")
    done = _enrol(agency, "kiosk-222405-032", code, tmp_path / "secrets.toml")
    assert isinstance(done, Enrolled)
    key = load_secrets(tmp_path / "secrets.toml").kiosk_key
    with transaction(agency.sessions()) as session:
        bodies = " ".join(session.execute(select(AuditEntry.body)).scalars())
    raw = code.replace("-", "")
    assert raw not in bodies and code not in bodies and key.hex() not in bodies
    db = Path(agency.config.database_url.removeprefix("sqlite:///")).read_bytes()
    assert raw.encode() not in db


def test_wrong_guesses_never_void_the_technicians_code(agency: Agency, tmp_path: Path) -> None:
    """Five wrong proofs used to void the code, so anyone who knew a kiosk id could void the
    technician's code; now guessing is limited per address and the code still works."""
    code = issue(agency, "kiosk-222405-033")
    wrong = "ABCDE-FGH23" if code != "ABCDE-FGH23" else "ABCDE-FGH24"
    answers = []
    for _ in range(6):
        outcome = _enrol(agency, "kiosk-222405-033", wrong, tmp_path / "secrets.toml")
        assert isinstance(outcome, EnrolmentProblem)
        answers.append(outcome.code)
    assert answers == ["enrolment_code_wrong"] * 6
    assert isinstance(_enrol(agency, "kiosk-222405-033", code, tmp_path / "s.toml"), Enrolled)


def test_a_used_code_is_refused_the_second_time(agency: Agency, tmp_path: Path) -> None:
    code = issue(agency, "kiosk-222405-034")
    first = _enrol(agency, "kiosk-222405-034", code, tmp_path / "a.toml")
    assert isinstance(first, Enrolled)
    assert _refusal(agency, "kiosk-222405-034", code, tmp_path) == "enrolment_code_used"


def test_an_expired_code_is_refused(agency: Agency, tmp_path: Path) -> None:
    code = issue(agency, "kiosk-222405-035", ttl=timedelta(seconds=-1))
    assert _refusal(agency, "kiosk-222405-035", code, tmp_path) == "enrolment_code_expired"


def test_a_newer_code_voids_the_older_one(agency: Agency, tmp_path: Path) -> None:
    older = issue(agency, "kiosk-222405-036")
    newer = issue(agency, "kiosk-222405-036")
    assert _refusal(agency, "kiosk-222405-036", older, tmp_path) == "enrolment_code_wrong"
    assert isinstance(_enrol(agency, "kiosk-222405-036", newer, tmp_path / "s.toml"), Enrolled)


def test_a_kiosk_without_a_code_is_refused_over_http_with_401(agency: Agency) -> None:
    answer = requests.post(
        f"{agency.url}/api/v1/kiosks/enroll",
        json={
            "kiosk_id": "kiosk-nobody-001",
            "exchange_public_key": "00" * 32,
            "signing_public_key": "00" * 32,
            "proof": "00" * 32,
            "signing_key_proof": "00" * 64,
        },
        timeout=10,
    )
    assert (answer.status_code, answer.json()["code"]) == (401, "enrolment_code_unknown")


def test_a_typo_is_caught_on_the_kiosk_before_any_server_try(
    agency: Agency, tmp_path: Path
) -> None:
    code = issue(agency, "kiosk-222405-037")
    assert _refusal(agency, "kiosk-222405-037", "ABCDE-FGH0I", tmp_path) == (
        "enrolment_code_malformed"
    )
    assert isinstance(_enrol(agency, "kiosk-222405-037", code, tmp_path / "s.toml"), Enrolled)


def test_re_enrolment_replaces_the_key_and_the_old_one_stops_working(
    agency: Agency, tmp_path: Path
) -> None:
    secrets_path = tmp_path / "secrets.toml"
    assert isinstance(
        _enrol(agency, "kiosk-222405-038", issue(agency, "kiosk-222405-038"), secrets_path),
        Enrolled,
    )
    old_key = load_secrets(secrets_path).kiosk_key
    signing_key = load_secrets(secrets_path).signing_key
    assert isinstance(
        _enrol(agency, "kiosk-222405-038", issue(agency, "kiosk-222405-038"), secrets_path),
        Enrolled,
    )
    fresh = load_secrets(secrets_path)
    assert fresh.kiosk_key != old_key and fresh.signing_key == signing_key
    stale = AgencyClient(agency.url, "kiosk-222405-038", old_key, attempts=1)
    try:
        with pytest.raises(AuthenticationFailed) as refused:
            stale.heartbeat(BEAT)
        assert refused.value.code == "signature_invalid"
    finally:
        stale.close()


def test_an_answer_that_does_not_prove_the_code_changes_nothing(
    agency: Agency, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A look-alike server (wrong URL, intercepted network) cannot hand the kiosk a key."""
    secrets_path = tmp_path / "secrets.toml"
    before = ensure_secrets(secrets_path)
    real_post = requests.post

    def impostor(url: str, **kwargs: object) -> requests.Response:
        response = real_post(url, **kwargs)  # type: ignore[arg-type]
        body = response.json()
        body["confirmation"] = hmac.new(b"guess", b"", hashlib.sha256).hexdigest()
        response._content = json.dumps(body).encode()
        return response

    monkeypatch.setattr("kiosk.api.unsigned.requests.post", impostor)
    outcome = _enrol(agency, "kiosk-222405-039", issue(agency, "kiosk-222405-039"), secrets_path)
    assert isinstance(outcome, EnrolmentProblem) and outcome.code == "server_confirmation_invalid"
    assert load_secrets(secrets_path).kiosk_key == before.kiosk_key


def test_enrol_kiosk_refuses_an_unknown_region(agency: Agency, tmp_path: Path) -> None:
    config = settings_file(tmp_path, agency)
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
            "kiosk-999999-001",
            "--region",
            "999999",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2 and "999999 is not in the agency's list" in done.stderr
    engine = make_engine(agency.config.database_url)
    with transaction(make_session_factory(engine)) as session:
        assert session.get(Kiosk, "kiosk-999999-001") is None
    engine.dispose()
