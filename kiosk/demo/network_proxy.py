"""A small TCP proxy between the demo kiosk and the agency, so the presenter can cut the network.

Cutting closes every open connection and answers new ones by closing them at once, the way a
dropped uplink looks to the kiosk's HTTP client (a connection error, not a long timeout, so the
demo stays brisk). Restoring lets connections through again. The demo owns this proxy; the
kiosk's settings point at it instead of at the server.
"""

from __future__ import annotations

import contextlib
import logging
import select
import socket
import threading

log = logging.getLogger(__name__)

_CHUNK = 65536


class NetworkProxy:
    def __init__(self, target_host: str, target_port: int, listen_port: int = 0) -> None:
        self._target = (target_host, target_port)
        self._server = socket.create_server(("127.0.0.1", listen_port))
        self.port: int = self._server.getsockname()[1]
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._connected = True
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def connected(self) -> bool:
        return self._connected

    def start(self) -> NetworkProxy:
        self._thread = threading.Thread(target=self._accept, name="demo-proxy", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            self._server.close()
        self._drop_all()
        if self._thread is not None:
            self._thread.join(2)

    def cut(self) -> None:
        self._connected = False
        self._drop_all()

    def restore(self) -> None:
        self._connected = True

    def _drop_all(self) -> None:
        with self._lock:
            sockets, self._open = self._open, set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            if not self._connected:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update((client, upstream))
            threading.Thread(
                target=self._pipe, args=(client, upstream), name="demo-proxy-pipe", daemon=True
            ).start()

    def _pipe(self, client: socket.socket, upstream: socket.socket) -> None:
        peers = {client: upstream, upstream: client}
        try:
            while self._connected and not self._stop.is_set():
                readable, _, _ = select.select(list(peers), [], [], 0.5)
                for sock in readable:
                    data = sock.recv(_CHUNK)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except (OSError, ValueError):
            return
        finally:
            for sock in (client, upstream):
                with self._lock:
                    self._open.discard(sock)
                with contextlib.suppress(OSError):
                    sock.close()
