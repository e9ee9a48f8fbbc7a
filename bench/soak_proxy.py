"""An HTTP proxy on loopback between the soak's kiosk and the reference server, with faults.

`kiosk.demo.network_proxy.NetworkProxy` can only cut; the soak also needs a slow server and
5xx answers, which need to see requests, so this one works per HTTP request:

- `ok`: forward the request, return the server's answer;
- `cut`: close the connection without an answer (a dropped uplink);
- `slow`: forward, but hold the answer back for `delay_s` (below the kiosk's read timeout);
- `error_before`: answer 500 without forwarding (a broken gateway in front of the agency);
- `error_after`: forward, let the server do the work, then throw its answer away and answer
  500, so the kiosk must retry something the server already stored: the exactly-once test.

Same surface as NetworkProxy (`start`, `stop`, `url`, `cut`, `restore`), so it can stand in.
"""

from __future__ import annotations

import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal

Mode = Literal["ok", "cut", "slow", "error_before", "error_after"]
MODES: tuple[Mode, ...] = ("ok", "cut", "slow", "error_before", "error_after")

_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade"}


class FaultProxy:
    def __init__(self, target_host: str, target_port: int, listen_port: int = 0) -> None:
        self._target = (target_host, target_port)
        self.mode: Mode = "ok"
        self.delay_s = 1.5
        self.requests = 0
        self.faulted = 0
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                return

            def _any(self) -> None:
                proxy._handle(self)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _any

        self._server = ThreadingHTTPServer(("127.0.0.1", listen_port), Handler)
        self._server.daemon_threads = True
        self.port: int = self._server.server_address[1]
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def connected(self) -> bool:
        return self.mode != "cut"

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(5)

    def cut(self) -> None:
        self.mode = "cut"

    def restore(self) -> None:
        self.mode = "ok"

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        mode = self.mode
        with self._lock:
            self.requests += 1
            if mode != "ok":
                self.faulted += 1
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        if mode == "cut":
            handler.close_connection = True
            return
        if mode == "error_before":
            self._error(handler)
            return
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in _HOP_BY_HOP}
        upstream = http.client.HTTPConnection(*self._target, timeout=30)
        try:
            upstream.request(handler.command, handler.path, body=body, headers=headers)
            answer = upstream.getresponse()
            payload = answer.read()
        except OSError:
            handler.close_connection = True
            return
        finally:
            upstream.close()
        if mode == "error_after":
            self._error(handler)
            return
        if mode == "slow":
            time.sleep(self.delay_s)
        handler.send_response(answer.status, answer.reason)
        for key, value in answer.getheaders():
            if key.lower() not in _HOP_BY_HOP and key.lower() != "content-length":
                handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        if handler.command != "HEAD":
            handler.wfile.write(payload)

    @staticmethod
    def _error(handler: BaseHTTPRequestHandler) -> None:
        body = b'{"detail":"injected fault"}'
        handler.send_response(500, "Internal Server Error")
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)
