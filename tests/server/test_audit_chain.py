"""The audit log's hash chain verifies, and any change made by hand breaks it at that row."""

import subprocess
import sys

import pytest
import requests
from sqlalchemy import text

from kiosk.api import AgencyClient
from server.synthetic import Scenario
from tests.server.factories import submission


def _verify(agency, headers: dict[str, str]) -> dict:  # type: ignore[no-untyped-def,type-arg]
    answer = requests.get(f"{agency.url}/api/v1/audit/verify", headers=headers, timeout=10)
    answer.raise_for_status()
    return answer.json()  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def busy_agency(any_agency):  # type: ignore[no-untyped-def]
    """Some claims and decisions, so the chain has entries of several kinds."""
    client = AgencyClient(any_agency.url, any_agency.kiosk_id, any_agency.kiosk_key)
    for scenario in (Scenario.ELIGIBLE_12_MONTHS, Scenario.ELIGIBLE_18_MONTHS):
        client.submit(submission(scenario))
    client.close()
    return any_agency


def _login(agency) -> dict[str, str]:  # type: ignore[no-untyped-def]
    token = requests.post(
        f"{agency.url}/api/v1/staff/login",
        json={"username": "reviewer", "password": agency.staff_passwords["reviewer"]},
        timeout=10,
    ).json()["token"]
    return {"Authorization": f"Bearer {token}"}


def test_chain_verifies_then_breaks_at_a_row_altered_by_hand(busy_agency) -> None:  # type: ignore[no-untyped-def]
    headers = _login(busy_agency)
    report = _verify(busy_agency, headers)
    assert report["ok"] and report["entries"] > 5
    engine = busy_agency.sessions().kw["bind"]
    with engine.begin() as conn:
        seq = conn.execute(
            text("SELECT seq FROM audit_log WHERE action = 'claim.received' ORDER BY seq LIMIT 1")
        ).scalar_one()
        original = conn.execute(
            text("SELECT actor FROM audit_log WHERE seq = :s"), {"s": seq}
        ).scalar_one()
        conn.execute(
            text("UPDATE audit_log SET actor = 'kiosk:someone-else' WHERE seq = :s"), {"s": seq}
        )
    broken = _verify(busy_agency, headers)
    assert (broken["ok"], broken["first_bad_seq"]) == (False, seq)
    assert "altered" in broken["problem"]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET actor = :a WHERE seq = :s"), {"a": original, "s": seq}
        )
    assert _verify(busy_agency, headers)["ok"]


def test_chain_breaks_when_a_row_is_deleted(busy_agency) -> None:  # type: ignore[no-untyped-def]
    headers = _login(busy_agency)
    engine = busy_agency.sessions().kw["bind"]
    with engine.begin() as conn:
        seqs = conn.execute(text("SELECT seq FROM audit_log ORDER BY seq")).scalars().all()
        conn.execute(text("DELETE FROM audit_log WHERE seq = :s"), {"s": seqs[2]})
    broken = _verify(busy_agency, headers)
    assert (broken["ok"], broken["first_bad_seq"]) == (False, seqs[3])
    assert "removed" in broken["problem"]


def test_verify_audit_command_exits_non_zero_on_a_broken_chain(tmp_path, agency) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[reference_server]\ndata_dir = "{agency.config.data_dir}"\n')
    ok = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", "verify-audit"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert "intact" in ok.stdout
    engine = agency.sessions().kw["bind"]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET body = replace(body, 'system', 'SYSTEM') WHERE seq = 1")
        )
    bad = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", "verify-audit"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1
    assert "BROKEN at entry 1" in bad.stdout
