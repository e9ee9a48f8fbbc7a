"""What one claim (and one heartbeat) costs the agency server, in figures that do not depend on
what else the machine is doing: SQL statements per request, and server CPU time per claim.

    .venv/bin/python -m bench.server_cost [--backend sqlite|postgresql|both] [--claims 400]
        [--workers 2] [--show-statements] [--json FILE]

Wall-clock throughput (bench.bench_server) moves with every other process on the host; these
move only when the server's own work does, so they are the before/after figures of a change to
the claim path (docs/benchmarks.md, "Agency server: cost of a claim").

- statements: the app runs in this process (uvicorn on a thread) with a `before_cursor_execute`
  counter on its engine, one request at a time; the counter covers the request
  thread alone, not the audit sequencer or SMS sender running beside it.
- cpu: `kiosk server run` in its own process(es), the claims sent by bench.loadgen (closed loop,
  20 kiosks); the server processes' user+system CPU seconds (from /proc, summed over uvicorn's
  worker processes) divided by the claims answered. Includes the background threads' share
  (audit sequencer, SMS sender), as a province would pay it. `server_loop_cpu_ms_per_claim` is
  the part of it on the workers' event loop threads (HTTP, middleware, routing). Then
  heartbeats, an open loop at 170/s for 10 s from every kiosk: CPU milliseconds per heartbeat
  and their p99 latency.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import socket
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text

from bench.agency_fixture import (
    PreparedAgency,
    claim_submission,
    prepare_agency,
    start_server,
    stop_server,
)
from bench.bench_server import HEARTBEAT, PG_ADMIN_URL, loadgen, postgres_available
from contract.signing import HEADER_KIOSK_ID, HEADER_NONCE, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
#: The heartbeat figure: bench.bench_server's rate, for long enough to count (including the
#: time the open loop takes to drain what it sent).
HEARTBEAT_RATE = 170.0
HEARTBEAT_SECONDS = 10.0
#: Threads beside the requests (server/auditlog/sequencer.py, server/sms/sender.py).
BACKGROUND_THREADS = frozenset({"audit-sequencer", "sms-sender"})


@contextmanager
def _database(backend: str) -> Iterator[str | None]:
    """None for SQLite (the agency's directory), or a fresh PostgreSQL database, dropped after."""
    if backend == "sqlite":
        yield None
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"changtong_cost_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{PG_ADMIN_URL.rpartition('/')[0]}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _signed_headers(kiosk_id: str, key: bytes, path: str, body: bytes) -> dict[str, str]:
    timestamp = str(int(time.time()))
    nonce = secrets.token_urlsafe(18)
    return {
        "content-type": "application/json",
        HEADER_KIOSK_ID: kiosk_id,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: sign(key, "POST", path, timestamp, nonce, body),
    }


def statements(agency: PreparedAgency, claims: int, show: bool) -> dict[str, Any]:
    """Statements per claim and per heartbeat, counted on the request's own thread."""
    import requests
    import uvicorn

    from config import load_settings
    from server.api.app import create_app
    from server.settings import resolve

    settings = load_settings(agency.config)
    app = create_app(resolve(settings.reference_server, dev=True), migrate=False)
    counted: list[str] = []

    @event.listens_for(app.state.engine, "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if threading.current_thread().name not in BACKGROUND_THREADS:
            counted.append(" ".join(statement.split())[:160])

    kiosks = list(agency.keys.items())
    claimants = iter(agency.claimants)
    per_claim: list[int] = []
    one_claim: list[str] = []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    server = uvicorn.Server(uvicorn.Config(app, log_config=None, access_log=False, lifespan="off"))
    serving = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    serving.start()
    while not server.started:
        time.sleep(0.02)
    with requests.Session() as client:
        for i in range(claims):
            kiosk_id, key = kiosks[i % len(kiosks)]
            body = json.dumps(claim_submission(kiosk_id, *next(claimants))).encode()
            headers = _signed_headers(kiosk_id, key, "/api/v1/claims", body)
            counted.clear()
            answer = client.post(f"{url}/api/v1/claims", data=body, headers=headers)
            if answer.status_code != 201:
                raise RuntimeError(f"claim refused: {answer.status_code} {answer.text[:200]}")
            per_claim.append(len(counted))
            if i == claims // 2:
                one_claim = list(counted)
        beats: list[int] = []
        one_beat: list[str] = []
        for i in range(50):
            kiosk_id, key = kiosks[i % len(kiosks)]
            body = HEARTBEAT.encode()
            headers = _signed_headers(kiosk_id, key, "/api/v1/kiosks/heartbeat", body)
            counted.clear()
            answer = client.post(f"{url}/api/v1/kiosks/heartbeat", data=body, headers=headers)
            answer.raise_for_status()
            beats.append(len(counted))
            one_beat = list(counted)
    server.should_exit = True
    serving.join(10)
    sock.close()
    app.state.audit_sequencer.stop()
    app.state.sms_sender.stop()
    app.state.engine.dispose()
    if show:
        print("-- statements of one claim", file=sys.stderr)
        for line in one_claim:
            print(f"   {line}", file=sys.stderr)
        print("-- statements of one heartbeat", file=sys.stderr)
        for line in one_beat:
            print(f"   {line}", file=sys.stderr)
    kinds = Counter(s.split(" ", 1)[0] for s in one_claim)
    return {
        "statements_per_claim": sum(per_claim) / len(per_claim),
        "statements_per_heartbeat": sum(beats) / len(beats),
        "claim_statement_kinds": dict(kinds),
    }


def _tree(root: int) -> list[int]:
    """The process and its descendants (uvicorn's workers), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _cpu_s(pids: list[int], *, main_thread: bool = False) -> dict[int, float]:
    """User+system CPU seconds of each process; with `main_thread`, of its first thread only,
    which in a uvicorn worker is the event loop (HTTP parsing, middleware, routing, the
    answer's JSON) while the request threads and background threads are the others."""
    seconds = {}
    for pid in pids:
        where = f"/proc/{pid}/task/{pid}/stat" if main_thread else f"/proc/{pid}/stat"
        try:
            fields = Path(where).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds[pid] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime
    return seconds


def cpu(agency: PreparedAgency, claims: int, workers: int, root: Path) -> dict[str, Any]:
    """Server CPU milliseconds per claim, and the closed loop's figures beside it."""
    kiosks = [{"id": k, "key": v.hex()} for k, v in list(agency.keys.items())[:20]]
    claimants = iter(agency.claimants[-claims:])  # statements() used the first ones
    per_kiosk = claims // len(kiosks)
    spec = {
        "mode": "closed",
        "url": agency.url,
        "path": "/api/v1/claims",
        "kiosks": [
            {
                **k,
                "bodies": [
                    json.dumps(claim_submission(k["id"], *next(claimants)), separators=(",", ":"))
                    for _ in range(per_kiosk)
                ],
            }
            for k in kiosks
        ],
    }
    beats = {
        "mode": "open",
        "url": agency.url,
        "path": "/api/v1/kiosks/heartbeat",
        "kiosks": [{"id": k, "key": v.hex()} for k, v in agency.keys.items()],
        "bodies": [],
        "body": HEARTBEAT,
        "rate": HEARTBEAT_RATE,
        "duration_s": HEARTBEAT_SECONDS,
    }
    proc = start_server(agency, workers=workers)
    try:
        time.sleep(1.0)  # let the workers finish starting
        pids = _tree(proc.pid)
        before, loop_before = _cpu_s(pids), _cpu_s(pids, main_thread=True)
        result = loadgen(spec, root)
        time.sleep(0.5)  # the sequencer integrates what the last claims queued
        after, loop_after = _cpu_s(pids), _cpu_s(pids, main_thread=True)
        beat = loadgen(beats, root)
        after_beats = _cpu_s(pids)
    finally:
        stop_server(proc)
    used = sum(after.get(p, 0.0) - before.get(p, 0.0) for p in pids)
    loop_used = sum(loop_after.get(p, 0.0) - loop_before.get(p, 0.0) for p in pids)
    beats_used = sum(after_beats.get(p, 0.0) - after.get(p, 0.0) for p in pids)
    return {
        "server_cpu_ms_per_claim": 1000 * used / max(result["ok"], 1),
        "server_loop_cpu_ms_per_claim": 1000 * loop_used / max(result["ok"], 1),
        "server_processes": len(pids),
        "claims_ok": result["ok"],
        "claims_errors": result["errors"],
        "claims_per_s": result["per_s"],
        "p99_ms": result["p99_ms"],
        "server_cpu_ms_per_heartbeat": 1000 * beats_used / max(beat["ok"], 1),
        "heartbeat_p99_ms": beat["p99_ms"],
        "heartbeat_errors": beat["errors"],
    }


def run_backend(backend: str, claims: int, workers: int, show: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="server-cost-") as tmp, _database(backend) as url:
        root = Path(tmp)
        kiosk_ids = [f"kiosk-cost-{i:03d}" for i in range(20)]
        people = int(claims * 2 * 2.2) + 60  # about half the seeded people already hold a claim
        agency = prepare_agency(root, kiosk_ids, people, database_url=url)
        if len(agency.claimants) < 2 * claims:
            raise RuntimeError(f"only {len(agency.claimants)} claimants without a claim")
        figures = statements(agency, claims, show)
        figures.update(cpu(agency, claims, workers if backend == "postgresql" else 1, root))
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--claims", type=int, default=400)
    parser.add_argument("--workers", type=int, default=2, help="server processes on PostgreSQL")
    parser.add_argument("--show-statements", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not postgres_available():
        print("server_cost: PostgreSQL not reachable; skipping it", file=sys.stderr)
        backends.remove("postgresql")
    results = {b: run_backend(b, args.claims, args.workers, args.show_statements) for b in backends}
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
