"""The agency server as a service: migrations are a step of their own, a process started on a
database it cannot serve refuses to start, `/ready` says what a load balancer needs, and
`--workers N` runs several processes on one port over PostgreSQL."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from bench.agency_fixture import free_port
from config.saving import save_settings
from config.schema import Settings
from tests.conftest import Agency, fresh_postgres_database


def _settings(tmp_path: Path, **server: object) -> Path:
    path = tmp_path / "kiosk.toml"
    values = {"data_dir": str(tmp_path / "agency"), **server}
    save_settings(Settings.model_validate({"reference_server": values}), path)
    return path


def _kiosk(config: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_a_server_refuses_a_database_that_was_not_migrated_until_migrate_runs(
    tmp_path: Path,
) -> None:
    config = _settings(tmp_path)
    refused = _kiosk(config, "server", "run", "--no-migrate", "--port", str(free_port()))
    assert refused.returncode == 2 and "run `kiosk server migrate` first" in refused.stderr
    first = _kiosk(config, "server", "migrate")
    assert first.returncode == 0 and "migrated from empty to" in first.stdout
    again = _kiosk(config, "server", "migrate")
    assert again.returncode == 0 and "already at" in again.stdout


def test_several_workers_need_postgresql(tmp_path: Path) -> None:
    refused = _kiosk(_settings(tmp_path), "server", "run", "--workers", "2")
    assert refused.returncode == 2 and "several processes need one PostgreSQL" in refused.stderr
    assert _kiosk(_settings(tmp_path), "server", "run", "--workers", "0").returncode == 2


def test_ready_reports_the_schema_and_the_sequencers_role(agency: Agency) -> None:
    answer = requests.get(f"{agency.url}/ready", timeout=10)
    assert answer.status_code == 200
    assert answer.json() == {
        "ready": True,
        "database": "ok",
        "schema": "current",
        "audit_sequencer": "leader",
    }


@pytest.mark.postgres
@pytest.mark.slow
def test_workers_share_one_port_and_one_of_them_leads_the_log(tmp_path: Path) -> None:
    with fresh_postgres_database() as url:
        port = free_port()
        config = _settings(tmp_path, database_url=url, port=port)
        assert _kiosk(config, "server", "migrate").returncode == 0
        log = tmp_path / "server.out"
        with open(log, "wb") as out:
            server = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "kiosk.cli",
                    "--config",
                    str(config),
                    "server",
                    "run",
                    "--workers",
                    "2",
                    "--no-migrate",
                ],
                stdout=out,
                stderr=out,
            )
        try:
            roles: set[str] = set()
            deadline = time.monotonic() + 90
            while roles != {"leader", "standby"}:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, f"roles seen: {roles}\n{log.read_text()}"
                try:
                    # A new connection each time, so the kernel hands it to either worker.
                    answer = requests.get(f"http://127.0.0.1:{port}/ready", timeout=5)
                    assert answer.status_code == 200, answer.text
                    roles.add(answer.json()["audit_sequencer"])
                except requests.ConnectionError:
                    time.sleep(0.2)
        finally:
            server.terminate()
            server.wait(30)


def test_the_agency_unit_and_settings_pass_their_checkers() -> None:
    repo = Path(__file__).resolve().parents[2]
    unit = repo / "deploy/agency/changtong-agency.service"
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed here")
    verified = subprocess.run(
        ["systemd-analyze", "verify", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert verified.returncode == 0 and "changtong" not in verified.stderr, verified.stderr
    checked = _kiosk(
        repo / "deploy/agency/server.toml",
        "config",
        "check",
        str(repo / "deploy/agency/server.toml"),
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
