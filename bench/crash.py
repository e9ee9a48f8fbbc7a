"""Exactly-once under SIGKILL: a syncing process is killed again and again, then allowed to finish.

    .venv/bin/python -m bench.crash --items 300 --kills 20 --json [--target reference|loopback] [--seed N]

A kiosk queue of N valid claims is filled, then a worker process (`--worker`, this same module)
drains it with the kiosk's real sync: `SyncEngine` over `AgencyBatchUploader` over the signed
`AgencyClient`. The worker is killed with SIGKILL at chosen points: just before a batch is sent
(items sit in `sending`), while a batch is in flight, after the server committed a batch but before
the kiosk recorded the acknowledgement, or at a random moment. The worker announces each point on
stdout and prints one line per batch answer; the harness kills it there. A last worker runs to the
end. Then the server must hold every item exactly once and the queue must show every item
acknowledged.

Targets:
- `reference` (default): the reference agency server, seeded in a fresh SQLite database and run
  as `kiosk server run` in its own process, with this kiosk's key registered; each queued item is
  a valid claim of a different claimant without a claim. Counted from the server's database:
  `lost` = references not stored, `duplicated` = claims of this kiosk beyond one per reference and
  one per claimant (a resend under a new reference would show there too). The server has no delay
  switch, so a "during_send" kill is timed into the request by the batch times the workers print;
  `during_send_in_flight` says how many of them landed before the answer came.
- `loopback`: the stand-in server of tests/offline_queue (no signature checks), slowed down on
  purpose for "during_send" and "random" kills; counted by item content through its test listing.

The last line of output is JSON: {"items", "kills", "lost", "duplicated", "unacknowledged",
"rejected", "kill_points", "during_send_in_flight", "resent_and_recognised" (`duplicate` answers the
workers printed: items sent again after a kill and recognised by their reference), "batch_size",
"batches_answered", "batch_ms_median", "unknown_references", "final_worker_exit", "target",
"seconds"}.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import requests

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK_SERVER = ROOT / "tests" / "offline_queue" / "loopback_server.py"
KIOSK_ID = "kiosk-crash-harness"
POINTS = ("before_send", "during_send", "after_commit", "random")
TARGETS = ("reference", "loopback")
POINT_ENV = "CHANGTONG_CRASH_POINT"
HIT_ENV = "CHANGTONG_CRASH_HIT"
KIOSK_ID_ENV = "CHANGTONG_CRASH_KIOSK_ID"
KIOSK_KEY_ENV = "CHANGTONG_CRASH_KIOSK_KEY"  # base64url, as in the secrets file


# -- worker ------------------------------------------------------------------------------------


def _worker(db: Path, key_hex: str, server: str, batch_size: int) -> int:
    from kiosk.adapters.batch_uploader import AgencyBatchUploader
    from kiosk.api import AgencyClient
    from offline_queue.backoff import BackoffPolicy
    from offline_queue.errors import TransientUploadError
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

    client = AgencyClient(
        server,
        os.environ.get(KIOSK_ID_ENV, KIOSK_ID),
        base64.urlsafe_b64decode(os.environ[KIOSK_KEY_ENV]),
        read_timeout_s=60,
        attempts=1,  # the sync engine's backoff decides, as in the kiosk
    )
    production = AgencyBatchUploader(client)

    class HookedUploader:
        """The production uploader with announcements at the points the harness kills at."""

        def upload(self, items: Sequence[OutgoingItem]) -> Sequence[ItemResult]:
            announce("before_send")
            announce("during_send")
            began = time.perf_counter()
            try:
                results = production.upload(items)
            except TransientUploadError as exc:
                ms = (time.perf_counter() - began) * 1000
                print(f"FAILED items={len(items)} ms={ms:.1f} error={exc}", flush=True)
                raise
            ms = (time.perf_counter() - began) * 1000
            kinds = Counter(result.result.value for result in results)
            print(
                f"BATCH items={len(items)} created={kinds['created']} "
                f"duplicate={kinds['duplicate']} rejected={kinds['rejected']} ms={ms:.1f}",
                flush=True,
            )
            announce("after_commit")
            return results

    print("READY", flush=True)
    try:
        with Outbox(db, bytes.fromhex(key_hex)) as box:
            engine = SyncEngine(
                box,
                HookedUploader(),
                probe=client.reachable,
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
    finally:
        client.close()


# -- targets -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Delivery:
    """What the server holds of the queued references."""

    lost: int
    duplicated: int
    unknown_references: int = 0  # stored claims of this kiosk under references never queued


class Target(Protocol):
    name: str
    url: str
    kiosk_id: str
    kiosk_key: bytes

    def payloads(self, items: int) -> list[dict[str, Any]]: ...

    def login_for(self, reference: str, payload: dict[str, Any]) -> dict[str, str] | None:
        """The claimant's proof the queued item carries beside its payload, if the server asks."""
        ...

    def slow_down(self, point: str | None) -> None:
        """Keeps a batch in flight longer, where the server can; None: back to normal."""
        ...

    def delivery(self, references: set[str]) -> Delivery: ...

    def close(self) -> None: ...


class ReferenceTarget:
    """The reference agency server in its own process, seeded and with this kiosk registered."""

    name = "reference"

    def __init__(self, work: Path, items: int) -> None:
        from bench.agency_fixture import prepare_agency, start_server

        root = work / "reference"
        root.mkdir()
        # About four in ten seeded people already hold a claim (the seed's scenarios) and are
        # skipped; seed enough that every item is a claim of a different person.
        self._agency = prepare_agency(root, [KIOSK_ID], people=2 * items + 60)
        if len(self._agency.claimants) < items:
            raise RuntimeError(
                f"only {len(self._agency.claimants)} seeded claimants without a claim for {items}"
            )
        self._process = start_server(self._agency, log=root / "server.log")
        self.url = self._agency.url
        self.kiosk_id = KIOSK_ID
        self.kiosk_key = self._agency.keys[KIOSK_ID]

    def payloads(self, items: int) -> list[dict[str, Any]]:
        """Valid claims (server/schemas.py ClaimPayload), one per claimant."""
        return [
            {
                "ssn": ssn,
                "mobile": mobile,
                "commitment_accepted": True,
                "commitment_version": "2019-1",
                "language": "zh_CN",
            }
            for ssn, mobile in self._agency.claimants[:items]
        ]

    def login_for(self, reference: str, payload: dict[str, Any]) -> dict[str, str] | None:
        """The card's offline proof, as a kiosk queues it (docs/api.md, "Claimant login")."""
        from bench.agency_fixture import offline_card_login

        return offline_card_login(reference, "claim", payload)

    def slow_down(self, point: str | None) -> None:
        pass  # no delay switch in a real server: kills are timed instead

    def delivery(self, references: set[str]) -> Delivery:
        from sqlalchemy import select

        from server.db import make_engine
        from server.models import Claim

        engine = make_engine(self._agency.database_url)
        try:
            with engine.connect() as connection:
                rows = connection.execute(
                    select(Claim.reference, Claim.claimant_id)
                    .where(Claim.kiosk_id == self.kiosk_id)
                    .order_by(Claim.id)
                ).all()
        finally:
            engine.dispose()
        stored: set[str] = set()
        people: set[int] = set()
        duplicated = 0
        for reference, claimant_id in rows:
            if reference in stored or claimant_id in people:
                duplicated += 1
            stored.add(reference)
            people.add(claimant_id)
        return Delivery(
            lost=len(references - stored),
            duplicated=duplicated,
            unknown_references=len(stored - references),
        )

    def close(self) -> None:
        from bench.agency_fixture import stop_server

        stop_server(self._process)


class LoopbackTarget:
    """The loopback stand-in of tests/offline_queue in its own process; it ignores signatures."""

    name = "loopback"

    def __init__(self, work: Path) -> None:
        self._process, self.url = start_loopback_server(work)
        self.kiosk_id = KIOSK_ID
        self.kiosk_key = os.urandom(32)

    def payloads(self, items: int) -> list[dict[str, Any]]:
        return [{"seq": n, "ssn": f"H{n:08d}", "mobile": "x"} for n in range(items)]

    def login_for(self, reference: str, payload: dict[str, Any]) -> dict[str, str] | None:
        return None  # the stand-in checks no claimant proof

    def slow_down(self, point: str | None) -> None:
        # A slow server keeps a batch in flight long enough to be killed during it, and keeps a
        # random kill from landing only after the queue has drained.
        delay_ms = {"during_send": 150, "random": 30}.get(point or "", 0)
        with contextlib.suppress(requests.RequestException):
            requests.post(f"{self.url}/_test/faults", json={"delay_ms": delay_ms}, timeout=5)

    def delivery(self, references: set[str]) -> Delivery:
        """Counted by the item's own sequence number, so an item resent under a new reference
        (which idempotency could not catch) would show up as a duplicate."""
        claims = requests.get(f"{self.url}/_test/claims", timeout=30).json()["claims"]
        by_seq: Counter[int] = Counter(int(claim["payload"]["seq"]) for claim in claims)
        stored = {str(claim["client_reference"]) for claim in claims}
        return Delivery(
            lost=len(references - stored),
            duplicated=sum(n - 1 for n in by_seq.values() if n > 1),
            unknown_references=len(stored - references),
        )

    def close(self) -> None:
        self._process.terminate()
        self._process.wait(10)


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


@contextlib.contextmanager
def _target(name: str, work: Path, items: int) -> Iterator[Target]:
    target: Target = ReferenceTarget(work, items) if name == "reference" else LoopbackTarget(work)
    try:
        yield target
    finally:
        target.close()


# -- harness -----------------------------------------------------------------------------------


@dataclass
class Worker:
    """One worker process and every line it printed, also those before it was killed."""

    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    def wait_for(self, prefix: str) -> bool:
        """Reads output until a line starts with `prefix`; False if the worker ended first."""
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith(prefix):
                return True
        return False

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(30)
        self._read_rest()

    def finish(self, timeout_s: float) -> int:
        self.process.wait(timeout_s)
        self._read_rest()
        return self.process.returncode

    def _read_rest(self) -> None:
        assert self.process.stdout is not None
        self.lines.extend(self.process.stdout.read().splitlines())
        self.process.stdout.close()

    def answers(self) -> list[dict[str, float]]:
        """The worker's `BATCH key=value ...` lines."""
        return [
            {k: float(v) for k, v in (pair.split("=", 1) for pair in line.split()[1:])}
            for line in self.lines
            if line.startswith("BATCH ")
        ]

    def answered_after(self, marker: str) -> bool:
        """True if a batch answer (or failure) was printed after the line `marker`."""
        if marker not in self.lines:
            return False
        after = self.lines[self.lines.index(marker) + 1 :]
        return any(line.startswith(("BATCH ", "FAILED ")) for line in after)


def _spawn_worker(
    target: Target, db: Path, key_hex: str, batch_size: int, point: str | None, hit: int
) -> Worker:
    env = dict(os.environ)
    env.pop(POINT_ENV, None)
    if point:
        env[POINT_ENV] = point
        env[HIT_ENV] = str(hit)
    env[KIOSK_ID_ENV] = target.kiosk_id
    env[KIOSK_KEY_ENV] = base64.urlsafe_b64encode(target.kiosk_key).decode("ascii")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "bench.crash", "--worker", "--db", str(db)]
    command += ["--key-hex", key_hex, "--server", target.url, "--batch-size", str(batch_size)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    return Worker(process)


def run(
    items: int,
    kills: int,
    *,
    target: str = "reference",
    seed: int | None = None,
    workdir: Path | None = None,
) -> dict[str, Any]:
    from offline_queue.items import ItemKind, ItemState
    from offline_queue.outbox import Outbox

    if target not in TARGETS:
        raise ValueError(f"target must be one of {', '.join(TARGETS)}")
    rng = random.Random(seed)
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="crash-", dir=workdir) as temporary,
        _target(target, Path(temporary), items) as server,
    ):
        work = Path(temporary)
        key = os.urandom(32)
        db = work / "outbox.db"
        with Outbox(db, key) as box:
            references = set()
            for payload in server.payloads(items):
                reference = str(uuid.uuid4())
                login = server.login_for(reference, payload)
                references.add(
                    box.enqueue(ItemKind.CLAIM, payload, client_reference=reference, login=login)
                )
        # Small batches, so every kill finds work left: each run sends a few batches at most.
        batch_size = max(2, min(200, items // max(1, 8 * kills)))
        points: Counter[str] = Counter()
        in_flight = 0
        workers: list[Worker] = []
        plan = [POINTS[n % len(POINTS)] for n in range(kills)]
        rng.shuffle(plan)
        done = 0
        while done < kills:
            point = plan[done]
            hit = rng.randint(1, 3)
            server.slow_down(point)
            worker = _spawn_worker(server, db, key.hex(), batch_size, point, hit)
            workers.append(worker)
            if point == "random":
                reached = worker.wait_for("READY")
                time.sleep(rng.uniform(0.0, 0.6))
            elif point == "during_send":
                reached = worker.wait_for(f"HOOK during_send {hit}")
                time.sleep(rng.uniform(0.0, _in_flight_window_s(server, workers)))
            else:
                reached = worker.wait_for(f"PAUSE {point}")
            if worker.process.poll() is not None or not reached:
                worker.finish(30)
                server.slow_down(None)
                break  # the queue drained before this kill point came
            worker.kill()
            server.slow_down(None)
            points[point] += 1
            if point == "during_send" and not worker.answered_after(f"HOOK during_send {hit}"):
                in_flight += 1
            done += 1
        final = _spawn_worker(server, db, key.hex(), batch_size, None, 0)
        workers.append(final)
        final_exit = final.finish(600)
        with Outbox(db, key) as box:
            counts = box.counts()
        delivery = server.delivery(references)
    answers = [answer for worker in workers for answer in worker.answers()]
    return {
        "items": items,
        "kills": done,
        "lost": delivery.lost,
        "duplicated": delivery.duplicated,
        "unknown_references": delivery.unknown_references,
        "unacknowledged": items - counts[ItemState.ACKNOWLEDGED],
        "rejected": counts[ItemState.REJECTED],
        "kill_points": dict(points),
        "during_send_in_flight": in_flight,
        "resent_and_recognised": int(sum(answer["duplicate"] for answer in answers)),
        "batches_answered": len(answers),
        "batch_ms_median": round(statistics.median(a["ms"] for a in answers), 1)
        if answers
        else None,
        "batch_size": batch_size,
        "final_worker_exit": final_exit,
        "target": target,
        "seconds": round(time.monotonic() - started, 2),
    }


def _in_flight_window_s(server: Target, workers: list[Worker]) -> float:
    """How long to wait after "during_send" so the kill lands while the request is in flight."""
    if server.name == "loopback":
        return 0.14  # the loopback server holds each request 150 ms
    times = [answer["ms"] / 1000 for worker in workers for answer in worker.answers()]
    # Most of a typical request's time, measured on this machine from earlier workers' answers.
    return 0.8 * statistics.median(times) if times else 0.01


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--items", type=int, default=300)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument(
        "--target",
        choices=TARGETS,
        default="reference",
        help="reference: the real agency server (default); loopback: the test stand-in",
    )
    parser.add_argument("--seed", type=int)
    parser.add_argument("--json", action="store_true", help="print only the JSON result line")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--key-hex", help=argparse.SUPPRESS)
    parser.add_argument("--server", help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, default=20, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return _worker(args.db, args.key_hex, args.server, args.batch_size)
    result = run(args.items, args.kills, target=args.target, seed=args.seed)
    if not args.json:
        print(
            f"{result['target']}: {result['items']} items, {result['kills']} kills "
            f"{result['kill_points']}: {result['lost']} lost, {result['duplicated']} duplicated, "
            f"{result['unacknowledged']} not acknowledged in the queue, "
            f"{result['resent_and_recognised']} resent and recognised ({result['seconds']} s)"
        )
    print(json.dumps(result, sort_keys=True))
    ok = result["lost"] == result["duplicated"] == result["unacknowledged"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
