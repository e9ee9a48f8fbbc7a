"""`kiosk server run --workers N`: N server processes on one port, each with its own listening
socket (SO_REUSEPORT), so the kernel spreads new connections over them.

uvicorn's own `--workers` shares one listening socket among the processes, and whichever is in
`accept` first takes every connection waiting: kiosks keep their connections open, so the burst
of a fleet connecting at once (the benchmark's 50 kiosks, a province's after a restart) landed on
one process while the other idled, and the agency ran on one interpreter. With a socket each, the
kernel hashes every connection to one of them (docs/benchmarks.md, sixth pass).

The parent only supervises: it restarts a worker that dies and, on SIGTERM or SIGINT, stops them
all with the same signal (uvicorn finishes the requests in flight) and waits for them.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import threading
import time
from multiprocessing.process import BaseProcess
from types import FrameType

log = logging.getLogger(__name__)

#: How long a stopping worker may finish its requests before it is killed.
STOP_TIMEOUT_S = 30.0
#: How often the parent looks for a dead worker.
WATCH_INTERVAL_S = 0.5
#: A worker that exits sooner than this after its start failed to start (a port taken, a
#: database refused); after `QUICK_FAILURES` of those in a row the parent gives up.
QUICK_EXIT_S = 10.0
QUICK_FAILURES = 3


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket of this worker's own on the shared port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _serve(host: str, port: int) -> None:
    """One worker: builds the app from the environment (server/api/asgi.py) and serves it."""
    import uvicorn

    config = uvicorn.Config(
        "server.api.asgi:app_from_environment",
        factory=True,
        log_config=None,
        access_log=False,
    )
    uvicorn.Server(config).run(sockets=[listening_socket(host, port)])


def serve(host: str, port: int, workers: int) -> int:
    """Runs `workers` processes until SIGTERM or SIGINT; returns the exit status."""
    # Spawned, not forked: each worker imports and connects afresh (no shared pool or lock).
    context = multiprocessing.get_context("spawn")
    stopping = threading.Event()

    def start() -> tuple[BaseProcess, float]:
        process = context.Process(target=_serve, args=(host, port), name="server-worker")
        process.start()
        return process, time.monotonic()

    def stop(signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    previous = {s: signal.signal(s, stop) for s in (signal.SIGTERM, signal.SIGINT)}
    running = [start() for _ in range(workers)]
    quick_failures = 0
    try:
        while not stopping.wait(WATCH_INTERVAL_S):
            for i, (process, started) in enumerate(running):
                if process.is_alive():
                    continue
                quick = time.monotonic() - started < QUICK_EXIT_S
                quick_failures = quick_failures + 1 if quick else 0
                if quick_failures >= QUICK_FAILURES:
                    log.error("server workers keep failing to start; stopping")
                    return 1
                log.warning(
                    "server worker exited; starting another", extra={"code": process.exitcode}
                )
                running[i] = start()
    finally:
        for process, _ in running:
            if process.is_alive():
                process.terminate()
        for process, _ in running:
            process.join(STOP_TIMEOUT_S)
            if process.is_alive():
                process.kill()
                process.join()
        for s, handler in previous.items():
            signal.signal(s, handler)
    return 0
