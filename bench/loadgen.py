"""The agency server's load generator: a process of its own, so the kiosks it plays do not take
the server's cores or its interpreter lock.

    .venv/bin/python -m bench.loadgen SPEC.json   (prints the figures as JSON on stdout)

One asyncio loop speaks HTTP/1.1 over keep-alive sockets itself: a request costs it an HMAC and
a few system calls, so one core drives hundreds of requests a second and the figure it reports
is the server's, not its own. It measures its own CPU time over the measured window
(`cpu_share`: CPU seconds / wall seconds / cores) so a reader can tell when it was the limit.

Two ways to load the server (the spec's "mode"):

- closed: each of N kiosks sends its claims one after another, the next when the answer is in.
  Saturation throughput; the latency it reports hides the queue it built (the next send waits).
- open: sends arrive as a Poisson process at a fixed offered rate, whether or not earlier ones
  were answered. Latency runs from each request's scheduled send time, so a stalled server is
  charged for every request it held back (no coordinated omission). The first `warmup_s`
  (default 0) run at the same rate and are not counted: they pay for opening this process's
  sockets and the server's pooled database connections, which a server under steady load
  already holds (docs/benchmarks.md).

Bodies are prepared by the caller (bench.bench_server): claims with their card proofs are JSON
bytes by the time they reach this process; only the request signature (timestamp, nonce) is made
at send time, as a kiosk does.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from contract.signing import (
    HEADER_KIOSK_ID,
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    sign,
)

#: Sockets an open loop may hold at once; past it a send waits (and its latency shows the wait).
MAX_CONNECTIONS = 400


class Refused(Exception):
    """The server answered with an error status (the code is part of the figure)."""


@dataclass
class Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    reused: bool = False  # it came from the pool, and the server may have closed it since


@dataclass
class Pool:
    host: str
    port: int
    idle: list[Connection] = field(default_factory=list)
    open_count: int = 0
    slots: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(MAX_CONNECTIONS))

    async def take(self, *, fresh: bool = False) -> Connection:
        if self.idle and not fresh:
            return self.idle.pop()
        reader, writer = await asyncio.open_connection(self.host, self.port)
        self.open_count += 1
        return Connection(reader, writer, reused=False)

    def give(self, conn: Connection) -> None:
        conn.reused = True
        self.idle.append(conn)

    def drop(self, conn: Connection) -> None:
        self.open_count -= 1
        conn.writer.close()

    async def close(self) -> None:
        for conn in self.idle:
            conn.writer.close()
        self.idle.clear()


async def _exchange(conn: Connection, request: bytes) -> tuple[int, bytes, bool]:
    """Sends one request, reads one answer; (status, body, whether the socket stays usable)."""
    conn.writer.write(request)
    await conn.writer.drain()
    head = await conn.reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    keep = True
    for line in lines[1:]:
        name, _, value = line.partition(":")
        lowered = name.strip().lower()
        if lowered == "content-length":
            length = int(value)
        elif lowered == "connection" and value.strip().lower() == "close":
            keep = False
    body = await conn.reader.readexactly(length) if length else b""
    return status, body, keep


def _request(host: str, path: str, kiosk_id: str, key: bytes, body: bytes) -> bytes:
    timestamp = str(int(time.time()))
    nonce = secrets.token_urlsafe(18)
    signature = sign(key, "POST", path, timestamp, nonce, body)
    return (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: changtong-loadgen\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"{HEADER_KIOSK_ID}: {kiosk_id}\r\n{HEADER_TIMESTAMP}: {timestamp}\r\n"
        f"{HEADER_NONCE}: {nonce}\r\n{HEADER_SIGNATURE}: {signature}\r\n\r\n"
    ).encode("latin-1") + body


#: What a keep-alive socket the server closed while it sat idle in the pool looks like (uvicorn
#: closes idle connections after 5 s). The server never read the request: HTTP clients send it
#: again on a new connection, and so does this one, once.
STALE = (asyncio.IncompleteReadError, ConnectionResetError, BrokenPipeError)


async def _send(pool: Pool, path: str, kiosk_id: str, key: bytes, body: bytes) -> None:
    async with pool.slots:
        conn = await pool.take()
        try:
            try:
                status, answer, keep = await _exchange(
                    conn, _request(pool.host, path, kiosk_id, key, body)
                )
            except STALE as exc:
                if not conn.reused or (
                    isinstance(exc, asyncio.IncompleteReadError) and exc.partial
                ):
                    raise
                fresh = await pool.take(fresh=True)
                pool.drop(conn)
                conn = fresh
                status, answer, keep = await _exchange(
                    conn, _request(pool.host, path, kiosk_id, key, body)
                )
        except BaseException:
            pool.drop(conn)
            raise
        if keep:
            pool.give(conn)
        else:
            pool.drop(conn)
    if status >= 400:
        try:
            code = str(json.loads(answer).get("code", status))
        except ValueError:
            code = str(status)
        raise Refused(f"{status}:{code}")


@dataclass
class Tally:
    latencies_ms: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, exc: BaseException) -> None:
        name = str(exc) if isinstance(exc, Refused) else type(exc).__name__
        self.errors[name] = self.errors.get(name, 0) + 1


def _percentile(sorted_ms: list[float], q: float) -> float:
    if not sorted_ms:
        return 0.0
    return sorted_ms[min(len(sorted_ms) - 1, max(0, int(len(sorted_ms) * q + 0.999999) - 1))]


async def _closed(spec: dict[str, Any], pool: Pool, tally: Tally) -> None:
    """Each kiosk sends its own bodies back to back."""
    path = spec["path"]

    async def kiosk(kiosk_id: str, key: bytes, bodies: list[bytes]) -> None:
        for body in bodies:
            began = time.perf_counter()
            try:
                await _send(pool, path, kiosk_id, key, body)
            except Exception as exc:  # a refused claim is a figure, not the end of the run
                tally.error(exc)
                continue
            tally.latencies_ms.append((time.perf_counter() - began) * 1000)

    await asyncio.gather(
        *(
            kiosk(k["id"], bytes.fromhex(k["key"]), [b.encode("utf-8") for b in k["bodies"]])
            for k in spec["kiosks"]
        )
    )


async def _open(spec: dict[str, Any], pool: Pool, tally: Tally) -> float:
    """Poisson arrivals at `rate` per second for `duration_s`; returns the achieved send rate."""
    path, rate, duration = spec["path"], float(spec["rate"]), float(spec["duration_s"])
    warmup = float(spec.get("warmup_s", 0.0))
    kiosks = [(k["id"], bytes.fromhex(k["key"])) for k in spec["kiosks"]]
    bodies = [b.encode("utf-8") for b in spec["bodies"]]
    rng = random.Random(spec.get("seed", 7))
    loop = asyncio.get_running_loop()
    began = loop.time()
    pending: set[asyncio.Task[None]] = set()

    async def one(scheduled: float, kiosk_id: str, key: bytes, body: bytes) -> None:
        counted = scheduled - began >= warmup
        try:
            await _send(pool, path, kiosk_id, key, body)
        except Exception as exc:
            tally.error(exc)  # counted in the warm-up too: an error is never part of warming up
            return
        if counted:
            tally.latencies_ms.append((loop.time() - scheduled) * 1000)

    at = began
    sent = 0
    while True:
        at += rng.expovariate(rate)
        if at - began >= warmup + duration or (bodies and sent >= len(bodies)):
            break
        delay = at - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        kiosk_id, key = kiosks[sent % len(kiosks)]
        body = bodies[sent] if bodies else spec["body"].encode("utf-8")
        task = loop.create_task(one(at, kiosk_id, key, body))
        pending.add(task)
        task.add_done_callback(pending.discard)
        sent += 1
    if pending:
        await asyncio.wait(pending)
    return sent / max(warmup + duration, 1e-9)


async def run(spec: dict[str, Any]) -> dict[str, Any]:
    url = urlsplit(spec["url"])
    pool = Pool(url.hostname or "127.0.0.1", url.port or 80)
    tally = Tally()
    cpu_before = time.process_time()
    began = time.perf_counter()
    offered = None
    if spec["mode"] == "closed":
        await _closed(spec, pool, tally)
    else:
        offered = await _open(spec, pool, tally)
    wall = time.perf_counter() - began
    cpu = time.process_time() - cpu_before
    await pool.close()
    latencies = sorted(tally.latencies_ms)
    return {
        "mode": spec["mode"],
        "ok": len(latencies),
        "errors": sum(tally.errors.values()),
        "error_kinds": tally.errors,
        "wall_s": wall,
        # answers counted per second of the measured window (after any warm-up)
        "per_s": len(latencies) / max(wall - float(spec.get("warmup_s", 0.0)), 1e-9),
        "offered_per_s": offered,
        "p50_ms": _percentile(latencies, 0.50),
        "p99_ms": _percentile(latencies, 0.99),
        "max_ms": latencies[-1] if latencies else 0.0,
        "cpu_s": cpu,
        "cpu_share": cpu / wall / (os.cpu_count() or 1) if wall else 0.0,
    }


def main() -> None:
    spec = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(json.dumps(asyncio.run(run(spec))))


if __name__ == "__main__":
    main()
