"""A small real agency stand-in on loopback: `POST /api/v1/claims/batch`, idempotent by reference.

Stores claims in a SQLite file, exactly as the contract in docs/api.md asks: a new reference is
`created`, the same reference with the same content is a `duplicate`, the same reference with other
content is `rejected` with `reference_conflict`. A payload carrying `"test_reject": CODE` is refused
with that code, so tests can see a permanent rejection. A payload carrying `"test_invalid": true`
makes the whole batch answer 422 and stores nothing, as an agency does that validates a batch as
one body: the poisoned batch.

It answers what the kiosk's `AgencyClient` reads: `GET /health` with `{"server_time"}`, batch
results in the shape of `kiosk.api.models.BatchItemResult` (without the optional `claim`), error
bodies `{"code", "message", "details"}` and a `Date` header on every answer. It does not check
signatures: the reference server's own tests do that.

Faults are switched on over HTTP (`POST /_test/faults`), so a test or the crash harness can make
the next batches fail with a 5xx, stall, or commit and then drop the connection before answering
(the "server committed, kiosk never heard" case).

Runs in-process (`LoopbackServer`) or as a script printing `PORT <n>` on its first line:
    python tests/offline_queue/loopback_server.py --db /tmp/server.db [--port 0]
Uses only the standard library, so the harness can start it with any interpreter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import sys
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

BATCH_PATH = "/api/v1/claims/batch"


class ClaimStore:
    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode = WAL")
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS claims (client_reference TEXT PRIMARY KEY, "
            "content_hash TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT NOT NULL, "
            "created_at REAL NOT NULL)"
        )
        self._db.execute("CREATE TABLE IF NOT EXISTS stats (key TEXT PRIMARY KEY, n INTEGER)")

    def submit(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        results = []
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for item in items:
                    results.append(self._submit_one(item))
                self._db.execute(
                    "INSERT INTO stats VALUES ('batches', 1) "
                    "ON CONFLICT(key) DO UPDATE SET n = n + 1"
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return results

    def _submit_one(self, item: dict[str, Any]) -> dict[str, Any]:
        reference = str(item["client_reference"])
        payload = item["payload"]
        if isinstance(payload, dict) and payload.get("test_reject"):
            return {
                "client_reference": reference,
                "result": "rejected",
                "code": str(payload["test_reject"]),
                "message": "refused by the loopback server on request",
            }
        content = json.dumps(
            {"kind": item["kind"], "payload": payload}, sort_keys=True, separators=(",", ":")
        )
        digest = hashlib.sha256(content.encode()).hexdigest()
        row = self._db.execute(
            "SELECT content_hash FROM claims WHERE client_reference = ?", (reference,)
        ).fetchone()
        if row is None:
            self._db.execute(
                "INSERT INTO claims VALUES (?, ?, ?, ?, ?)",
                (reference, digest, item["kind"], json.dumps(payload), time.time()),
            )
            return {"client_reference": reference, "result": "created"}
        if row[0] == digest:
            self._db.execute(
                "INSERT INTO stats VALUES ('duplicates', 1) "
                "ON CONFLICT(key) DO UPDATE SET n = n + 1"
            )
            return {"client_reference": reference, "result": "duplicate"}
        return {
            "client_reference": reference,
            "result": "rejected",
            "code": "reference_conflict",
            "message": "same reference, different content",
        }

    def refuse_batch(self) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO stats VALUES ('refused_batches', 1) "
                "ON CONFLICT(key) DO UPDATE SET n = n + 1"
            )

    def claims(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT client_reference, kind, payload FROM claims ORDER BY created_at"
            ).fetchall()
        return [
            {"client_reference": ref, "kind": kind, "payload": json.loads(payload)}
            for ref, kind, payload in rows
        ]

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {str(k): int(n) for k, n in self._db.execute("SELECT key, n FROM stats")}

    def has(self, reference: str) -> bool:
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM claims WHERE client_reference = ?", (reference,)
            ).fetchone()
        return row is not None

    def close(self) -> None:
        self._db.close()


class Faults:
    """Switched on over HTTP; each applies to the next `count` batch requests, after the first
    `skip` requests have been answered normally."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.status = 0
        self.status_count = 0
        self.skip = 0
        self.drop_after_commit = 0
        self.delay_s = 0.0

    def take(self) -> tuple[int, bool, float]:
        with self._lock:
            status = 0
            if self.skip > 0:
                self.skip -= 1
                return 0, False, self.delay_s
            if self.status_count > 0:
                self.status_count -= 1
                status = self.status
            drop = False
            if not status and self.drop_after_commit > 0:
                self.drop_after_commit -= 1
                drop = True
            return status, drop, self.delay_s

    def set(self, spec: dict[str, Any]) -> None:
        with self._lock:
            self.status = int(spec.get("status", 503))
            self.status_count = int(spec.get("status_count", 0))
            self.skip = int(spec.get("skip", 0))
            self.drop_after_commit = int(spec.get("drop_after_commit", 0))
            self.delay_s = float(spec.get("delay_ms", 0)) / 1000.0


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else a 40 ms delayed-ACK stall per answer on loopback

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_HEAD(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        if self.path == "/health":
            now = datetime.now(UTC).isoformat()
            self._json(200, {"server_time": now})
        elif self.path == "/_test/claims":
            store = self.server.store
            self._json(200, {"claims": store.claims(), "stats": store.stats()})
        elif self.path.startswith("/api/v1/claims/"):
            reference = self.path.rsplit("/", 1)[-1]
            if self.server.store.has(reference):
                self._json(200, {"client_reference": reference, "state": "submitted"})
            else:
                self._json(404, {"code": "not_found", "message": "no such claim", "details": {}})
        else:
            self._json(404, {"code": "not_found", "message": "no such path", "details": {}})

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/_test/faults":
            self.server.faults.set(json.loads(body or b"{}"))
            self._json(200, {"ok": True})
            return
        if self.path != BATCH_PATH:
            self._json(404, {"code": "not_found", "message": "no such path", "details": {}})
            return
        status, drop, delay_s = self.server.faults.take()
        if delay_s:
            time.sleep(delay_s)
        if status:
            self._json(
                status, {"code": f"injected_{status}", "message": "injected fault", "details": {}}
            )
            return
        try:
            items = json.loads(body)["items"]
            if not isinstance(items, list):
                raise TypeError("items is not a list")
        except (ValueError, KeyError, TypeError):
            self._json(422, {"code": "invalid_request", "message": "not a batch", "details": {}})
            return
        if len(items) > 200:
            self._json(422, {"code": "invalid_request", "message": "over 200", "details": {}})
            return
        if any(_poisoned(item) for item in items):
            self.server.store.refuse_batch()
            self._json(
                422,
                {
                    "code": "invalid_request",
                    "message": "the request is not valid: items.payload.test_invalid: refused",
                    "details": {},
                },
            )
            return
        try:
            results = self.server.store.submit(items)
        except (KeyError, TypeError):
            self._json(422, {"code": "invalid_request", "message": "bad item", "details": {}})
            return
        if drop:
            self.close_connection = True
            self.connection.close()
            return
        self._json(200, {"results": results})

    def _json(self, status: int, value: Any) -> None:
        data = json.dumps(value).encode()
        self.send_response(status)  # also sends the Date header the client learns its clock from
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def _poisoned(item: Any) -> bool:
    payload = item.get("payload") if isinstance(item, dict) else None
    return isinstance(payload, dict) and bool(payload.get("test_invalid"))


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int, store: ClaimStore) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.store = store
        self.faults = Faults()

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients killed mid-request (the crash harness does it on purpose) leave broken pipes.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class LoopbackServer:
    """The server in a thread of the test process; `url` is its base URL."""

    def __init__(self, db_path: Path, port: int = 0) -> None:
        self.store = ClaimStore(db_path)
        self._server = _Server(port, self.store)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def faults(self) -> Faults:
        return self._server.faults

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
        self.store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = _Server(args.port, ClaimStore(args.db))
    print(f"PORT {server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
