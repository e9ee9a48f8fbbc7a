"""An SMS gateway on loopback for the demo and the tests: it speaks the reference adapter's
protocol (server/sms/gateway.py) over real HTTP, keeps what it was sent, and can fail on demand.

It checks the bearer token, deduplicates by idempotency key as a real gateway must (a text sent
again under a known key is answered 200 and not delivered twice), and can fail the next N sends
with a status of choice, so retries run through the real sender. It also plays the gateway's
other half: `text_agency` posts a claimant's text to the agency's inbound webhook.

Standard library only, so the demo can start it without the server's dependencies.

    python -m server.sms.simulator --port 8090 --token-file sms-gateway.token
"""

from __future__ import annotations

import argparse
import hmac
import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass(frozen=True)
class Delivered:
    to: str
    text: str
    idempotency_key: str


class SmsGatewaySim:
    def __init__(self, token: str, host: str = "127.0.0.1", port: int = 0) -> None:
        self.token = token
        self._lock = threading.Condition()
        self.delivered: list[Delivered] = []
        self.posts: dict[str, int] = {}  # idempotency key -> accepted posts (the sender's view)
        self.refused = 0  # posts answered with a failure (fail_next, wrong token)
        self._failures: list[int] = []
        handler = _handler(self)
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/sms/send"

    def start(self) -> SmsGatewaySim:
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="sms-gateway-sim", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> SmsGatewaySim:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    def fail_next(self, count: int, status: int = 503) -> None:
        with self._lock:
            self._failures.extend([status] * count)

    def texts_to(self, mobile: str) -> list[str]:
        with self._lock:
            return [d.text for d in self.delivered if d.to == mobile]

    def wait_for(self, predicate: Callable[[SmsGatewaySim], bool], timeout_s: float = 30) -> bool:
        """Waits until `predicate` holds (looked at on each delivery, and every 50 ms for what
        it may read elsewhere); False if it never did."""
        deadline = time.monotonic() + timeout_s
        with self._lock:
            while not predicate(self):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._lock.wait(min(left, 0.05))
            return True

    def wait_for_texts(self, mobile: str, count: int, timeout_s: float = 30) -> list[str]:
        self.wait_for(lambda sim: len(sim.texts_to(mobile)) >= count, timeout_s)
        return self.texts_to(mobile)

    def _receive(self, authorization: str, body: bytes) -> tuple[int, dict[str, object]]:
        scheme, _, presented = authorization.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            presented.encode("utf-8", "surrogatepass"), self.token.encode("utf-8")
        ):
            with self._lock:
                self.refused += 1
            return 401, {"error": "bad token"}
        try:
            message = json.loads(body)
            to, text, key = (str(message[k]) for k in ("to", "text", "idempotency_key"))
        except (ValueError, KeyError, TypeError):
            return 400, {"error": "bad request"}
        with self._lock:
            if self._failures:
                self.refused += 1
                return self._failures.pop(0), {"error": "simulated failure"}
            self.posts[key] = self.posts.get(key, 0) + 1
            if self.posts[key] == 1:
                self.delivered.append(Delivered(to, text, key))
                self._lock.notify_all()
            return 200, {"id": key, "duplicate": self.posts[key] > 1}


def _handler(sim: SmsGatewaySim) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            answer: dict[str, object]
            if self.path != "/sms/send":
                status, answer = 404, {"error": "not found"}
            else:
                status, answer = sim._receive(self.headers.get("Authorization", ""), body)
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass  # numbers and texts stay out of the console

    return Handler


def text_agency(
    server_url: str, token: str, sender: str, text: str, message_id: str | None = None
) -> int:
    """Posts a claimant's text to the agency as the gateway would; returns the HTTP status."""
    body = json.dumps(
        {"sender": sender, "text": text, "message_id": message_id or uuid.uuid4().hex}
    ).encode("utf-8")
    request = urllib.request.Request(
        f"{server_url}/api/v1/sms/inbound",
        data=body,
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        error.close()
        return int(error.code)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="SMS gateway simulator on loopback")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--token-file", type=Path, required=True)
    args = parser.parse_args(argv)
    sim = SmsGatewaySim(args.token_file.read_text(encoding="utf-8").strip(), port=args.port)
    sim.start()
    print(f"SMS gateway simulator at {sim.url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        sim.stop()


if __name__ == "__main__":
    main()
