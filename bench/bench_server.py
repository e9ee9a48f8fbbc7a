"""Agency server under load, SQLite and PostgreSQL: 50 kiosks at saturation (closed loop), a
fixed offered rate of claims and of heartbeats (open loop).

    .venv/bin/python -m bench.bench_server [--kiosks 50] [--claims 20] [--open-rate 100]
        [--open-seconds 60] [--heartbeat-rate 170] [--workers 2] [--backend sqlite|postgresql|both]
        [--json FILE]

The server runs as `kiosk server run` in its own process (on PostgreSQL with `--workers`
processes, as a province would run it), and the kiosks are played by bench.loadgen, another
process, so neither takes the other's interpreter. Every claim carries its claimant's card proof
(docs/api.md, "Claimant login"), so the server does what a city's kiosks make it do: request
signature, nonce, card cryptogram, idempotency check, claim, audit entry.

Figures (per backend; `short` is sqlite or postgres):
- server_claims_per_s_{short}, server_p50_ms_/server_p99_ms_{short}, server_errors_{short}:
  closed loop, `--kiosks` kiosks each sending `--claims` claims back to back.
- server_open_p99_ms_{short}: open loop, Poisson arrivals at `--open-rate` claims/s for
  `--open-seconds` (`CHANGTONG_BENCH_OPEN_S` sets the default; keep it short outside a
  benchmark run), latency from each claim's scheduled send time. Each open loop (this one and
  the heartbeats') first runs 5 s at its rate uncounted (`WARMUP_SECONDS`).
- server_heartbeat_p99_ms: open loop of heartbeats at `--heartbeat-rate`/s on PostgreSQL (on
  SQLite when PostgreSQL is not reachable), from every registered kiosk in turn.
- loadgen_cpu_share: the load generator's highest CPU seconds / wall seconds / cores of any
  phase; near 1/cores it was the limit, not the server.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bench.agency_fixture import claim_submission, prepare_agency, start_server, stop_server

PG_ADMIN_URL = os.environ.get(
    "CHANGTONG_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
OPEN_SECONDS = float(os.environ.get("CHANGTONG_BENCH_OPEN_S", "60"))
#: Each open loop first runs this long at its offered rate, uncounted (bench/loadgen.py): the
#: first requests pay for new sockets and the server's pooled database connections.
WARMUP_SECONDS = 5.0
HEARTBEAT_KIOSKS = 500  # heartbeats come from many kiosks, each a few times a minute
WORKERS = 2  # server processes on PostgreSQL; SQLite runs one


def _claim(kiosk_id: str, ssn: str, mobile: str) -> str:
    body = claim_submission(kiosk_id, ssn, mobile)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


HEARTBEAT = json.dumps({"app_version": "bench", "uptime_s": 3600, "paper": "ok", "queue_depth": 0})


def loadgen(spec: dict[str, Any], root: Path) -> dict[str, Any]:
    """Runs bench.loadgen in its own process and returns its figures."""
    path = root / f"loadgen-{secrets.token_hex(3)}.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "bench.loadgen", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    if result["errors"]:
        print(f"bench_server: {spec['mode']} errors {result['error_kinds']}", file=sys.stderr)
    return result


def run_backend(
    backend: str,
    kiosks: int = 50,
    per_kiosk: int = 20,
    open_rate: float = 100.0,
    open_s: float = OPEN_SECONDS,
    heartbeat_rate: float = 0.0,
    workers: int = WORKERS,
) -> dict[str, dict[str, Any]]:
    warmup = min(WARMUP_SECONDS, open_s)  # a short smoke run warms up as long as it measures
    # Poisson arrivals run over the mean
    open_claims = int(open_rate * (warmup + open_s) * 1.2) + 20
    # About half the seeded scenarios already hold a claim; seed enough that every claim is fresh.
    people = int((kiosks * per_kiosk + open_claims) * 2.0) + 60
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
            count = max(kiosks, HEARTBEAT_KIOSKS if heartbeat_rate else 0)
            kiosk_ids = [f"kiosk-bench-{i:03d}" for i in range(count)]
            agency = prepare_agency(root, kiosk_ids, people, database_url=database_url)
            keys = [{"id": k, "key": v.hex()} for k, v in agency.keys.items()]
            claimants = iter(agency.claimants)
            closed_kiosks = [
                {
                    **k,
                    "bodies": [_claim(k["id"], *next(claimants)) for _ in range(per_kiosk)],
                }
                for k in keys[:kiosks]
            ]
            open_bodies = [
                _claim(keys[i % kiosks]["id"], *next(claimants)) for i in range(open_claims)
            ]
            proc = start_server(agency, workers=workers if backend == "postgresql" else 1)
            try:
                results = {
                    "closed": loadgen(
                        {
                            "mode": "closed",
                            "url": agency.url,
                            "path": "/api/v1/claims",
                            "kiosks": closed_kiosks,
                        },
                        root,
                    )
                }
                if open_s > 0:
                    results["open"] = loadgen(
                        {
                            "mode": "open",
                            "url": agency.url,
                            "path": "/api/v1/claims",
                            "kiosks": keys[:kiosks],
                            "bodies": open_bodies,
                            "rate": open_rate,
                            "duration_s": open_s,
                            "warmup_s": warmup,
                        },
                        root,
                    )
                if heartbeat_rate and open_s > 0:
                    results["heartbeat"] = loadgen(
                        {
                            "mode": "open",
                            "url": agency.url,
                            "path": "/api/v1/kiosks/heartbeat",
                            "kiosks": keys,
                            "bodies": [],
                            "body": HEARTBEAT,
                            "rate": heartbeat_rate,
                            "duration_s": open_s,
                            "warmup_s": warmup,
                        },
                        root,
                    )
                return results
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
    kiosks: int = 50,
    per_kiosk: int = 20,
    backends: tuple[str, ...] = ("sqlite", "postgresql"),
    *,
    open_rate: float = 100.0,
    open_s: float = OPEN_SECONDS,
    heartbeat_rate: float = 170.0,
    workers: int = WORKERS,
) -> dict[str, float]:
    figures: dict[str, float] = {}
    available = [b for b in backends if b != "postgresql" or postgres_available()]
    if len(available) < len(backends):
        print("bench_server: PostgreSQL not reachable; skipping it", file=sys.stderr)
    shares: list[float] = []
    for backend in available:
        # Heartbeats go where a province's fleet reports: PostgreSQL, or SQLite without it.
        beats = heartbeat_rate if backend == available[-1] else 0.0
        results = run_backend(backend, kiosks, per_kiosk, open_rate, open_s, beats, workers)
        short = "postgres" if backend == "postgresql" else backend
        closed = results["closed"]
        figures[f"server_p99_ms_{short}"] = closed["p99_ms"]
        figures[f"server_p50_ms_{short}"] = closed["p50_ms"]
        figures[f"server_claims_per_s_{short}"] = closed["per_s"]
        figures[f"server_errors_{short}"] = float(closed["errors"])
        if "open" in results:
            figures[f"server_open_p99_ms_{short}"] = results["open"]["p99_ms"]
            figures[f"server_open_p50_ms_{short}"] = results["open"]["p50_ms"]
            figures[f"server_open_errors_{short}"] = float(results["open"]["errors"])
        if "heartbeat" in results:
            figures["server_heartbeat_p99_ms"] = results["heartbeat"]["p99_ms"]
            figures["server_heartbeat_errors"] = float(results["heartbeat"]["errors"])
        shares.extend(r["cpu_share"] for r in results.values())
    if shares:
        figures["loadgen_cpu_share"] = max(shares)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kiosks", type=int, default=50)
    parser.add_argument("--claims", type=int, default=20, help="claims per kiosk, closed loop")
    parser.add_argument("--open-rate", type=float, default=100.0, help="claims/s offered")
    parser.add_argument(
        "--open-seconds", type=float, default=OPEN_SECONDS, help="open-loop length (0: none)"
    )
    parser.add_argument("--heartbeat-rate", type=float, default=170.0, help="heartbeats/s offered")
    parser.add_argument(
        "--workers", type=int, default=WORKERS, help="server processes on PostgreSQL"
    )
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    figures = run(
        args.kiosks,
        args.claims,
        backends,
        open_rate=args.open_rate,
        open_s=args.open_seconds,
        heartbeat_rate=args.heartbeat_rate,
        workers=args.workers,
    )
    for key, value in figures.items():
        print(f"{key:32} {value:10.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
