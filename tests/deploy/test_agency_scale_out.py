"""Two agency server processes over one PostgreSQL take 50 kiosks' claims and heartbeats at once;
the audit-log sequencer leads in exactly one of them, and killing that process (SIGKILL, mid-load)
hands the lead to the other. No claim is lost or doubled and the log stays one consistent tree."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, select

from bench.agency_fixture import PreparedAgency, claim_submission, free_port, prepare_agency
from kiosk.api import AgencyClient
from kiosk.api.errors import AgencyUnavailable
from server.db import make_engine, make_session_factory, transaction
from server.models import AuditEntry, Claim
from tests.conftest import fresh_postgres_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

KIOSKS = 50
CLAIMS_EACH = 2


class ServerProcess:
    def __init__(self, agency: PreparedAgency, port: int, log: Path) -> None:
        self.url = f"http://127.0.0.1:{port}"
        command = [
            sys.executable,
            "-m",
            "kiosk.cli",
            "--config",
            str(agency.config),
            "server",
            "run",
            "--port",
            str(port),
            "--no-migrate",
        ]
        with open(log, "ab") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=out)
        deadline = time.monotonic() + 60
        while True:
            assert self.process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "server did not start"
            try:
                if requests.get(f"{self.url}/health", timeout=1).ok:
                    break
            except requests.ConnectionError:
                time.sleep(0.1)

    def ready(self) -> dict[str, Any]:
        answer = requests.get(f"{self.url}/ready", timeout=5)
        return {"status": answer.status_code, **answer.json()}

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


def _until(condition: Any, timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.2)


@pytest.fixture
def agency(tmp_path: Path) -> Iterator[PreparedAgency]:
    with fresh_postgres_database() as url:
        kiosk_ids = [f"kiosk-scale-{i:03d}" for i in range(KIOSKS)]
        # prepare_agency migrates, as `kiosk server migrate` would before the processes start.
        yield prepare_agency(tmp_path, kiosk_ids, KIOSKS * CLAIMS_EACH + 80, database_url=url)


def test_two_processes_share_the_load_and_the_log_survives_its_leader_being_killed(
    agency: PreparedAgency, tmp_path: Path
) -> None:
    servers = [ServerProcess(agency, free_port(), tmp_path / f"server-{i}.log") for i in (0, 1)]
    try:
        _until(
            lambda: sorted(s.ready()["audit_sequencer"] for s in servers) == ["leader", "standby"]
        )
        leader = next(s for s in servers if s.ready()["audit_sequencer"] == "leader")
        survivor = next(s for s in servers if s is not leader)

        sent: dict[str, str] = {}  # client_reference -> the claim reference the agency answered
        problems: list[str] = []
        moved: list[str] = []
        lock = threading.Lock()
        halfway = threading.Barrier(KIOSKS + 1)

        def kiosk(index: int, kiosk_id: str, key: bytes) -> None:
            clients = [
                AgencyClient(s.url, kiosk_id, key, attempts=1, read_timeout_s=60) for s in servers
            ]
            turn = index % 2  # a load balancer spreads the kiosks over both processes
            people = agency.claimants[index * CLAIMS_EACH : (index + 1) * CLAIMS_EACH]
            try:
                for number, (ssn, mobile) in enumerate(people):
                    if number == 1:
                        halfway.wait()  # the leader dies here, between each kiosk's claims
                    body = claim_submission(kiosk_id, ssn, mobile)
                    for _attempt in range(4):
                        try:
                            answer = clients[turn].submit(body)
                            clients[turn].heartbeat({"app_version": "1.0.0", "uptime_s": 5})
                            break
                        except AgencyUnavailable:
                            turn = 1 - turn  # the balancer's health check moves us over
                            with lock:
                                moved.append(kiosk_id)
                    else:
                        raise AssertionError(f"{kiosk_id}: no server took the claim")
                    with lock:
                        sent[body["client_reference"]] = answer.claim.reference
            except Exception as exc:
                with lock:
                    problems.append(f"{kiosk_id}: {type(exc).__name__}: {exc}")
                halfway.abort()
            finally:
                for client in clients:
                    client.close()

        threads = [
            threading.Thread(target=kiosk, args=(i, kiosk_id, key))
            for i, (kiosk_id, key) in enumerate(agency.keys.items())
        ]
        for thread in threads:
            thread.start()
        halfway.wait(timeout=300)
        os.kill(leader.process.pid, signal.SIGKILL)
        leader.process.wait(10)
        for thread in threads:
            thread.join(300)
        assert problems == []
        assert moved, "the kiosks of the killed process moved to the other"
        assert len(sent) == KIOSKS * CLAIMS_EACH

        _until(lambda: survivor.ready()["audit_sequencer"] == "leader")
        engine = make_engine(agency.database_url)
        try:
            with transaction(make_session_factory(engine)) as session:
                stored = (
                    session.execute(
                        select(Claim.reference).where(Claim.kiosk_id.like("kiosk-scale-%"))
                    )
                    .scalars()
                    .all()
                )
            # Every claim answered is stored, once: a retry on the other process found the claim
            # the dead one had committed, and never made a second.
            assert sorted(stored) == sorted(sent.values())
            assert len(set(stored)) == KIOSKS * CLAIMS_EACH

            def integrated() -> bool:
                with transaction(make_session_factory(engine)) as session:
                    waiting = session.execute(
                        select(func.count())
                        .select_from(AuditEntry)
                        .where(AuditEntry.leaf_index.is_(None))
                    ).scalar_one()
                return waiting == 0

            _until(integrated)  # the new leader integrates what the dead one left queued
        finally:
            engine.dispose()
        verified = subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk.cli",
                "--config",
                str(agency.config),
                "server",
                "verify-audit",
            ],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert verified.returncode == 0, verified.stdout + verified.stderr
    finally:
        for server in servers:
            server.stop()
