"""Agency server under load: 50 simulated kiosks submitting claims at once, SQLite and PostgreSQL.

    .venv/bin/python -m bench.bench_server [--kiosks 50] [--claims 20] [--backend sqlite|postgresql|both] [--json FILE]

Each simulated kiosk is a thread with its own signed client (own key, own connection pool), so the
server sees what a city's kiosks would send: signature checks, nonce writes, idempotency checks,
audit-chain appends. The server runs as `kiosk server run` in its own process, as in production.
Latency is per claim submission, from the client's send to the parsed answer.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bench.agency_fixture import offline_card_login, prepare_agency, start_server, stop_server
from kiosk.api import AgencyClient

PG_ADMIN_URL = os.environ.get(
    "CHANGTONG_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _load(
    url: str, keys: dict[str, bytes], claimants: list[tuple[str, str]], per_kiosk: int
) -> dict[str, float]:
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start_line = threading.Barrier(len(keys) + 1)

    def kiosk(index: int, kiosk_id: str, key: bytes) -> None:
        client = AgencyClient(url, kiosk_id, key, read_timeout_s=60, attempts=1)
        mine = claimants[index * per_kiosk : (index + 1) * per_kiosk]
        start_line.wait()
        for ssn, mobile in mine:
            reference = str(uuid.uuid4())
            payload = {
                "ssn": ssn,
                "mobile": mobile,
                "commitment_accepted": True,
                "commitment_version": "2019-1",
            }
            body = {
                "client_reference": reference,
                "kind": "claim",
                "created_at": datetime.now(UTC).isoformat(),
                "kiosk_id": kiosk_id,
                "payload": payload,
                # Each claim proves its claimant's card (docs/api.md, "Claimant login").
                "login": offline_card_login(reference, "claim", payload),
            }
            began = time.perf_counter()
            try:
                client.submit(body)
            except Exception as exc:  # a failed claim is a figure, not a crash of the benchmark
                with lock:
                    errors.append(type(exc).__name__ + ":" + getattr(exc, "code", ""))
                continue
            with lock:
                latencies.append((time.perf_counter() - began) * 1000)
        client.close()

    threads = [
        threading.Thread(target=kiosk, args=(i, k, v)) for i, (k, v) in enumerate(keys.items())
    ]
    for t in threads:
        t.start()
    start_line.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "claims": float(len(latencies)),
        "errors": float(len(errors)),
        "claims_per_s": len(latencies) / elapsed,
        "p50_ms": statistics.median(latencies) if latencies else 0.0,
        "p99_ms": latencies[int(len(latencies) * 0.99) - 1] if latencies else 0.0,
    }


def run_backend(backend: str, kiosks: int = 50, per_kiosk: int = 20) -> dict[str, float]:
    # Stop-scenario people already hold a running claim; seed enough that every kiosk gets fresh ones.
    people = int(kiosks * per_kiosk * 1.15) + 60
    with tempfile.TemporaryDirectory(prefix="bench-server-") as tmp:
        root = Path(tmp)
        database_url = None
        admin = None
        name = ""
        if backend == "postgresql":
            admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
            name = f"changtong_bench_{secrets.token_hex(4)}"
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            database_url = f"{PG_ADMIN_URL.rpartition('/')[0]}/{name}"
        try:
            kiosk_ids = [f"kiosk-bench-{i:03d}" for i in range(kiosks)]
            agency = prepare_agency(root, kiosk_ids, people, database_url=database_url)
            proc = start_server(agency)
            try:
                return _load(agency.url, agency.keys, agency.claimants, per_kiosk)
            finally:
                stop_server(proc)
        finally:
            if admin is not None:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()


def postgres_available() -> bool:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except (OperationalError, ImportError):
        return False
    return True


def run(
    kiosks: int = 50, per_kiosk: int = 20, backends: tuple[str, ...] = ("sqlite", "postgresql")
) -> dict[str, float]:
    figures: dict[str, float] = {}
    for backend in backends:
        if backend == "postgresql" and not postgres_available():
            print("bench_server: PostgreSQL not reachable; skipping it", file=sys.stderr)
            continue
        result = run_backend(backend, kiosks, per_kiosk)
        short = "postgres" if backend == "postgresql" else backend
        figures[f"server_p99_ms_{short}"] = result["p99_ms"]
        figures[f"server_p50_ms_{short}"] = result["p50_ms"]
        figures[f"server_claims_per_s_{short}"] = result["claims_per_s"]
        figures[f"server_errors_{short}"] = result["errors"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kiosks", type=int, default=50)
    parser.add_argument("--claims", type=int, default=20, help="claims per kiosk")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    figures = run(args.kiosks, args.claims, backends)
    for key, value in figures.items():
        print(f"{key:32} {value:10.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
