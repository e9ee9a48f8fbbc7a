"""Exactly-once under SIGKILL: a syncing process is killed again and again, then allowed to finish.

    .venv/bin/python -m bench.crash --items 300 --kills 20 --json [--server URL] [--seed N]

A queue of N items is filled, then a worker process (`--worker`, this same module) drains it to the
server and is killed with SIGKILL at chosen points: just before a batch is sent (items sit in
`sending`), while a batch is in flight, after the server committed a batch but before the kiosk
recorded the acknowledgement, or at a random moment. The worker announces each point on stdout;
the harness kills it there. A last worker runs to the end. Then the server must hold every item
exactly once and the queue must show every item acknowledged.

The server is the loopback test server from tests/offline_queue started as a separate process, or
any URL given with --server that implements `POST /api/v1/claims/batch` (requests are signed as in
docs/api.md when --kiosk-id/--kiosk-key are given). Duplicates are counted by item content through
the loopback server's `GET /_test/claims`; against another server each reference is checked with
`GET /api/v1/claims/{reference}`, which shows losses but counts duplicates only by reference. The last line of output is JSON:
{"items", "kills", "lost", "duplicated", "unacknowledged", "kill_points",
"resent_and_recognised" (server `duplicate` answers: items sent again after a kill), "seconds"}.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import requests

from offline_queue.http_uploader import HttpBatchUploader

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK_SERVER = ROOT / "tests" / "offline_queue" / "loopback_server.py"
KIOSK_ID = "kiosk-crash-harness"
POINTS = ("before_send", "during_send", "after_commit", "random")
POINT_ENV = "CHANGTONG_CRASH_POINT"
KIOSK_ID_ENV = "CHANGTONG_CRASH_KIOSK_ID"
KIOSK_KEY_ENV = "CHANGTONG_CRASH_KIOSK_KEY"  # base64url, as in the secrets file
HIT_ENV = "CHANGTONG_CRASH_HIT"


# -- worker ------------------------------------------------------------------------------------


def _uploader(server: str) -> HttpBatchUploader:
    """Signs requests when a kiosk key is given, so a real agency server can be the target."""
    key = os.environ.get(KIOSK_KEY_ENV)
    return HttpBatchUploader(
        server,
        kiosk_id=os.environ.get(KIOSK_ID_ENV, KIOSK_ID),
        kiosk_secret=base64.urlsafe_b64decode(key) if key else None,
        timeout_s=10,
    )


def _worker(db: Path, key_hex: str, server: str, batch_size: int) -> int:
    from offline_queue.backoff import BackoffPolicy
    from offline_queue.items import ItemResult, ItemState, OutgoingItem
    from offline_queue.outbox import Outbox
    from offline_queue.sync_engine import SyncEngine

    point = os.environ.get(POINT_ENV, "")
    hit = int(os.environ.get(HIT_ENV, "1"))
    seen: Counter[str] = Counter()

    def announce(name: str) -> None:
        seen[name] += 1
        print(f"HOOK {name} {seen[name]}", flush=True)
        if name == point and seen[name] >= hit and name != "during_send":
            print(f"PAUSE {name}", flush=True)
            time.sleep(3600)  # the harness kills us here

    class HookedUploader:
        """The real HTTP uploader with announcements at the points the harness kills at."""

        def __init__(self) -> None:
            self._inner = _uploader(server)

        def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
            announce("before_send")
            announce("during_send")
            results = self._inner.upload(items)
            announce("after_commit")
            return results

    print("READY", flush=True)
    with Outbox(db, bytes.fromhex(key_hex)) as box:
        engine = SyncEngine(
            box,
            HookedUploader(),
            batch_size=batch_size,
            backoff=BackoffPolicy(base_s=0.05, cap_s=0.2),
        )
        while True:
            engine.drain()
            counts = box.counts()
            if counts[ItemState.PENDING] == counts[ItemState.SENDING] == 0:
                return 0
            due = box.next_due_in(max_future_s=1.0)
            time.sleep(min(due or 0.05, 0.2))


# -- harness -----------------------------------------------------------------------------------


def start_loopback_server(workdir: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, str(LOOPBACK_SERVER), "--db", str(workdir / "server.db")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().split()
    if len(line) != 2 or line[0] != "PORT":
        process.kill()
        raise RuntimeError("the loopback server did not start")
    return process, f"http://127.0.0.1:{line[1]}"


def _set_server_delay(server: str, delay_ms: int) -> None:
    # A real server has no fault switch; the kill then lands wherever it lands.
    with contextlib.suppress(requests.RequestException):
        requests.post(f"{server}/_test/faults", json={"delay_ms": delay_ms}, timeout=5)


def _spawn_worker(
    db: Path, key_hex: str, server: str, batch_size: int, point: str | None, hit: int
) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env.pop(POINT_ENV, None)
    if point:
        env[POINT_ENV] = point
        env[HIT_ENV] = str(hit)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "bench.crash", "--worker", "--db", str(db)]
    command += ["--key-hex", key_hex, "--server", server, "--batch-size", str(batch_size)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def _wait_for(stream: IO[str], prefix: str) -> bool:
    """Reads worker output until a line starts with `prefix`; False if the worker ended first."""
    return any(line.startswith(prefix) for line in stream)


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(30)


def run(
    items: int,
    kills: int,
    *,
    server: str | None = None,
    seed: int | None = None,
    workdir: Path | None = None,
) -> dict[str, Any]:
    from offline_queue.items import ItemKind, ItemState
    from offline_queue.outbox import Outbox

    rng = random.Random(seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="crash-", dir=workdir) as temporary:
        work = Path(temporary)
        server_process = None
        if server is None:
            server_process, server = start_loopback_server(work)
        try:
            key = os.urandom(32)
            db = work / "outbox.db"
            with Outbox(db, key) as box:
                references = {
                    box.enqueue(ItemKind.CLAIM, {"seq": n, "ssn": f"H{n:08d}", "mobile": "x"})
                    for n in range(items)
                }
            # Small batches, so every kill finds work left: each run sends a few batches at most.
            batch_size = max(2, min(200, items // max(1, 8 * kills)))
            points: Counter[str] = Counter()
            done = 0
            plan = [POINTS[n % len(POINTS)] for n in range(kills)]
            rng.shuffle(plan)
            while done < kills:
                point = plan[done]
                hit = rng.randint(1, 3)
                # A slow server keeps a batch in flight long enough to be killed during it, and
                # keeps a random kill from landing only after the queue has drained.
                if point in ("during_send", "random"):
                    _set_server_delay(server, 150 if point == "during_send" else 30)
                worker = _spawn_worker(db, key.hex(), server, batch_size, point, hit)
                assert worker.stdout is not None
                if point == "random":
                    reached = _wait_for(worker.stdout, "READY")
                    time.sleep(rng.uniform(0.0, 0.6))
                elif point == "during_send":
                    reached = _wait_for(worker.stdout, f"HOOK during_send {hit}")
                    time.sleep(rng.uniform(0.0, 0.14))
                else:
                    reached = _wait_for(worker.stdout, f"PAUSE {point}")
                if worker.poll() is not None or not reached:
                    worker.wait(30)
                    _set_server_delay(server, 0)
                    break  # the queue drained before this kill point came
                _kill(worker)
                _set_server_delay(server, 0)
                points[point] += 1
                done += 1
            final = _spawn_worker(db, key.hex(), server, batch_size, None, 0)
            final.communicate(timeout=600)
            with Outbox(db, key) as box:
                counts = box.counts()
            held = _server_counts(server, references)
            resent = _server_stat(server, "duplicates")
        finally:
            if server_process is not None:
                server_process.terminate()
                server_process.wait(10)
    return {
        "items": items,
        "kills": done,
        "lost": len(references - set(held)),
        "duplicated": sum(n - 1 for n in held.values() if n > 1),
        "unacknowledged": items - counts[ItemState.ACKNOWLEDGED],
        "kill_points": dict(points),
        "resent_and_recognised": resent,
        "batch_size": batch_size,
        "final_worker_exit": final.returncode,
        "seconds": round(time.monotonic() - started, 2),
    }


def _server_stat(server: str, name: str) -> int | None:
    """How often the server answered `duplicate`: proof the kills hit after-commit windows."""
    with contextlib.suppress(requests.RequestException, ValueError, KeyError):
        response = requests.get(f"{server}/_test/claims", timeout=30)
        if response.status_code == 200:
            return int(response.json()["stats"].get(name, 0))
    return None


def _server_counts(server: str, references: set[str]) -> Counter[str]:
    """How many times the server holds each reference (by stored content, not by key)."""
    response = requests.get(f"{server}/_test/claims", timeout=30)
    if response.status_code == 200:
        # Counted by the item's own sequence number, so an item resent under a new reference
        # (which idempotency could not catch) would show up as a duplicate.
        claims = response.json()["claims"]
        by_seq: Counter[int] = Counter(int(claim["payload"]["seq"]) for claim in claims)
        seq_to_ref: dict[int, str] = {}
        for claim in claims:
            seq_to_ref.setdefault(int(claim["payload"]["seq"]), str(claim["client_reference"]))
        return Counter({seq_to_ref[seq]: n for seq, n in by_seq.items()})
    # A server without the test listing: ask the contract's status endpoint per reference.
    held: Counter[str] = Counter()
    signer = _uploader(server)
    for reference in references:
        path = f"/api/v1/claims/{reference}"
        answer = requests.get(server + path, headers=signer.signed_headers("GET", path), timeout=10)
        if answer.status_code == 200:
            held[reference] = 1
    return held


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--server", help="base URL of a running server (default: start one)")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--kiosk-id", help="enrolled kiosk id, for a real server")
    parser.add_argument(
        "--kiosk-key", help="that kiosk's signing key (base64url), for a real server"
    )
    parser.add_argument("--json", action="store_true", help="print only the JSON result line")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--key-hex", help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, default=20, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.kiosk_id:
        os.environ[KIOSK_ID_ENV] = args.kiosk_id
    if args.kiosk_key:
        os.environ[KIOSK_KEY_ENV] = args.kiosk_key
    if args.worker:
        return _worker(args.db, args.key_hex, args.server, args.batch_size)
    result = run(args.items, args.kills, server=args.server, seed=args.seed)
    if not args.json:
        print(
            f"{result['items']} items, {result['kills']} kills {result['kill_points']}: "
            f"{result['lost']} lost, {result['duplicated']} duplicated, "
            f"{result['unacknowledged']} not acknowledged in the queue "
            f"({result['seconds']} s)"
        )
    print(json.dumps(result, sort_keys=True))
    ok = result["lost"] == result["duplicated"] == result["unacknowledged"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
