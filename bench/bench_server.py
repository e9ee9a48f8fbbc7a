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
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import requests
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import OperationalError

from config.saving import save_settings
from config.schema import Settings
from kiosk.api import AgencyClient
from server.db import make_engine, make_session_factory, transaction, upgrade
from server.kiosks_registry import register_kiosk
from server.models import Claim, Claimant
from server.seed import seed_database

PG_ADMIN_URL = os.environ.get(
    "CHANGTONG_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _prepare(
    root: Path, database_url: str | None, kiosks: int, people: int
) -> tuple[Path, dict[str, bytes], list[tuple[str, str]]]:
    """Seeds the database and registers the kiosks; returns config path, kiosk keys, claimants."""
    port = _free_port()
    config = root / "kiosk.toml"
    server_settings: dict[str, object] = {
        "data_dir": str(root / "agency"),
        "port": port,
        "public_url": f"http://127.0.0.1:{port}",
    }
    if database_url:
        server_settings["database_url"] = database_url
    save_settings(Settings.model_validate({"reference_server": server_settings}), config)
    engine = make_engine(database_url or f"sqlite:///{root / 'agency' / 'agency.db'}")
    (root / "agency").mkdir(parents=True, exist_ok=True)
    upgrade(engine)
    keys = {f"kiosk-bench-{i:03d}": secrets.token_bytes(32) for i in range(kiosks)}
    with transaction(make_session_factory(engine)) as session:
        seed_database(
            session, claimants=people, seed=11, data_dir=root / "agency", production=False
        )
        for kiosk_id, key in keys.items():
            register_kiosk(session, kiosk_id, key, "222405")
        running = select(Claim.claimant_id)
        claimants = [
            (c.ssn, c.mobile)
            for c in session.execute(select(Claimant).where(Claimant.id.not_in(running))).scalars()
        ]
    engine.dispose()
    return config, keys, claimants


def _serve(config: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = int(config.read_text().split("port = ")[1].split()[0])
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk.cli", "--config", str(config), "server", "run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if requests.get(f"{url}/health", timeout=1).ok:
                return proc, url
        except requests.ConnectionError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


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
            body = {
                "client_reference": str(uuid.uuid4()),
                "kind": "claim",
                "created_at": datetime.now(UTC).isoformat(),
                "kiosk_id": kiosk_id,
                "payload": {
                    "ssn": ssn,
                    "mobile": mobile,
                    "commitment_accepted": True,
                    "commitment_version": "2019-1",
                },
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
            config, keys, claimants = _prepare(root, database_url, kiosks, people)
            proc, url = _serve(config)
            try:
                return _load(url, keys, claimants, per_kiosk)
            finally:
                proc.terminate()
                proc.wait(10)
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
