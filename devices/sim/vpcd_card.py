"""A virtual card plugged into real pcscd through the vpcd driver's socket.

The card is the TCP client of vpcd (localhost:35963 for "Virtual PCD 00 00", +1 per further
slot). Every message is a 2-byte big-endian length and a body; a 1-byte body is a control
message (0 off, 1 on, 2 reset, 4 ATR request), anything longer is an APDU and gets an answer.

Latency: vpcd writes the length and the body in two segments. Without TCP_NODELAY on our side
and TCP_QUICKACK before each recv, Nagle and delayed ACKs interlock for ~40 ms per APDU; with
them an APDU costs well under a millisecond. Our answer goes out in one `sendall`.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
import time
from typing import Protocol

from devices.sim.card_applet import CardApplet
from devices.sim.card_profile import CardProfile

log = logging.getLogger(__name__)

VPCD_HOST = "127.0.0.1"
VPCD_PORT = 35963

CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4


class SimApplet(Protocol):
    """What the socket loop needs from a simulated card (card or PSAM)."""

    apdu_count: int

    @property
    def atr(self) -> bytes: ...

    @property
    def mute(self) -> bool: ...

    @property
    def remove_after_apdus(self) -> int | None: ...

    @property
    def mute_after_apdus(self) -> int | None: ...

    @property
    def remove_at_power_on(self) -> int | None: ...

    @property
    def hang_at_power_on(self) -> int | None: ...

    def process(self, apdu: bytes) -> bytes: ...

    def reset(self) -> None: ...


class VirtualCard:
    """Insert with `insert()`, pull with `remove()`; the applet keeps state across power cycles.

    `VirtualCard(profile)` is a social security card; `VirtualCard(applet=PsamApplet(),
    port=VPCD_PORT + 1)` puts a simulated PSAM in the second slot.
    """

    def __init__(
        self,
        profile: CardProfile | None = None,
        *,
        applet: SimApplet | None = None,
        host: str = VPCD_HOST,
        port: int = VPCD_PORT,
    ) -> None:
        self.profile = profile or CardProfile()
        self.applet: SimApplet = applet if applet is not None else CardApplet(self.profile)
        self.host = host
        self.port = port
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self.processing_s = 0.0  # total time spent inside the applet, for the benchmark
        self._power = threading.Condition()
        self.powered = False
        self.power_ons = 0
        self.unanswered = 0  # APDUs received and never answered (a card gone mute)

    @property
    def inserted(self) -> bool:
        return self._sock is not None

    def insert(self, timeout_s: float = 5.0) -> None:
        if self._sock is not None:
            return
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                sock = socket.create_connection((self.host, self.port), timeout=1.0)
                break
            except OSError:
                # vpcd may still be starting (pcscd just launched); retry until the deadline.
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.settimeout(None)
        self._sock = sock
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._serve, args=(sock,), daemon=True, name="virtual-card"
        )
        self._thread.start()

    def remove(self) -> None:
        """The card leaves the reader: vpcd sees the connection close and reports it absent."""
        self._stop.set()
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(2.0)
        self._thread = None

    def _recv_exact(self, sock: socket.socket, n: int) -> bytes | None:
        buf = b""
        while len(buf) < n:
            if hasattr(socket, "TCP_QUICKACK"):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(n - len(buf))
            if not chunk:
                return None
            buf += chunk
        return buf

    def _send(self, sock: socket.socket, body: bytes) -> None:
        sock.sendall(struct.pack(">H", len(body)) + body)  # one write: length and body together

    def _serve(self, sock: socket.socket) -> None:
        try:
            while not self._stop.is_set():
                header = self._recv_exact(sock, 2)
                if header is None:
                    break
                (length,) = struct.unpack(">H", header)
                body = self._recv_exact(sock, length)
                if body is None:
                    break
                if length == 1:
                    if not self._control(sock, body[0]):
                        return
                    continue
                limit = self.applet.remove_after_apdus
                if limit is not None and self.applet.apdu_count + 1 >= limit:
                    log.info("virtual card pulled after %d APDUs", self.applet.apdu_count)
                    self._vanish()
                    return
                mute = self.applet.mute_after_apdus
                if mute is not None and self.applet.apdu_count >= mute:
                    # Still in the reader, never answering: vpcd waits for this answer (as a
                    # reader waits on a hung chip) until the card is pulled.
                    self.unanswered += 1
                    log.info("virtual card silent after %d APDUs", self.applet.apdu_count)
                    continue
                started = time.perf_counter()
                answer = self.applet.process(body)
                self.processing_s += time.perf_counter() - started
                self._send(sock, answer)
        except OSError:
            pass  # removed while blocked in recv

    def _vanish(self) -> None:
        threading.Thread(target=self.remove, daemon=True).start()

    def wait_powered_off(self, timeout_s: float = 5.0) -> bool:
        """pcscd unpowers an idle card after about half a second; the next connect powers it."""
        with self._power:
            return self._power.wait_for(lambda: self.power_ons > 0 and not self.powered, timeout_s)

    def _set_power(self, on: bool) -> None:
        with self._power:
            self.powered = on
            self._power.notify_all()

    def _control(self, sock: socket.socket, code: int) -> bool:
        """False when the card left the reader on this message."""
        if code == CTRL_ON:
            self.power_ons += 1
            if self.power_ons == self.applet.remove_at_power_on:
                log.info("virtual card pulled while powering up")
                self._vanish()
                return False
        if code in (CTRL_OFF, CTRL_ON, CTRL_RESET):
            self.applet.reset()
            self._set_power(code != CTRL_OFF)
        elif code == CTRL_ATR and self.power_ons == self.applet.hang_at_power_on:
            log.info("virtual card silent while powering up")
        elif code == CTRL_ATR:
            # A mute card answers with a byte that is no ATR: pcscd shows a card, but no
            # protocol can be negotiated with it (connect fails with "protocol mismatch").
            self._send(sock, b"\x00" if self.applet.mute else self.applet.atr)
        return True
