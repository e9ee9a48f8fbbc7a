"""A receipt printer on a TCP port (like port 9100) or a pty, for tests, demo and bench.

It parses the ESC/POS it receives into a `ParsedReceipt` and answers `DLE EOT n` at once,
even in the middle of a job, from a state a test can change: paper near end or out, cover
open, offline, error, silent, or a garbage reply.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import threading
import tty
from dataclasses import dataclass

from devices.sim.escpos_parser import EscPosParser, ParsedReceipt


@dataclass
class PrinterState:
    paper_out: bool = False
    near_end: bool = False
    cover_open: bool = False
    offline: bool = False
    error: bool = False
    silent: bool = False  # no status reply at all
    garbage: bool = False  # a reply that fails the (b & 0x93) == 0x12 mask
    # Bytes of print data the roll still takes; the paper runs out when they are used up
    # (mid-job, as a real roll does). None: an endless roll.
    paper_left: int | None = None

    def use_paper(self, count: int) -> None:
        if self.paper_left is not None:
            self.paper_left = max(0, self.paper_left - count)
            self.paper_out = self.paper_out or self.paper_left == 0

    def reply(self, n: int) -> bytes:
        if self.silent:
            return b""
        if self.garbage:
            return b"\x00"
        value = 0x12
        # Many printers go offline when the cover opens or the paper runs out.
        if n == 1 and (self.offline or self.cover_open or self.paper_out):
            value |= 0x08
        elif n == 2:
            value |= (0x04 if self.cover_open else 0) | (0x20 if self.paper_out else 0)
            value |= 0x40 if self.error else 0
        elif n == 3 and self.error:
            value |= 0x40
        elif n == 4:
            value |= (0x0C if self.near_end else 0) | (0x60 if self.paper_out else 0)
        return bytes([value])


class _PrinterSink:
    """Shared by both transports: a job ends at a cut or when the connection closes."""

    def __init__(self) -> None:
        self.state = PrinterState()
        self.jobs: list[ParsedReceipt] = []
        self.bytes_received = 0
        self.status_queries = 0
        self._lock = threading.Lock()
        self.job_done = threading.Condition(self._lock)

    def _consume(self, parser: EscPosParser, data: bytes) -> bytes:
        """Feed bytes; returns the status replies to send back right away."""
        cuts_before = len(parser.receipt.cuts)
        queries = parser.feed(data)
        self.state.use_paper(len(data) - 3 * len(queries))
        replies = b"".join(self.state.reply(n) for n in queries)
        with self._lock:
            self.bytes_received += len(data)
            self.status_queries += len(parser.status_queries)
            parser.status_queries.clear()
            if len(parser.receipt.cuts) > cuts_before:
                self._finish(parser)
        return replies

    def _finish(self, parser: EscPosParser) -> None:
        receipt = parser.receipt
        if receipt.lines or receipt.qr_codes or receipt.raster_images or receipt.cuts:
            self.jobs.append(receipt)
            self.job_done.notify_all()
        parser.receipt = ParsedReceipt()

    def wait_for_jobs(self, count: int, timeout_s: float = 5.0) -> list[ParsedReceipt]:
        with self._lock:
            self.job_done.wait_for(lambda: len(self.jobs) >= count, timeout_s)
            return list(self.jobs)


class TcpPrinterSim(_PrinterSink):
    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__()
        self._server = socket.create_server((host, port))
        self.host, self.port = self._server.getsockname()[:2]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    @property
    def uri(self) -> str:
        return f"tcp://{self.host}:{self.port}"

    def start(self) -> TcpPrinterSim:
        thread = threading.Thread(target=self._accept, daemon=True, name="printer-sim")
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)  # wakes accept(); close() alone does not
        with contextlib.suppress(OSError):
            self._server.close()
        for thread in self._threads:
            thread.join(2)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        parser = EscPosParser()
        with conn:
            while True:
                try:
                    data = conn.recv(65536)
                except OSError:
                    break
                if not data:
                    break
                replies = self._consume(parser, data)
                if replies:
                    with contextlib.suppress(OSError):
                        conn.sendall(replies)
        with self._lock:
            self._finish(parser)


class PtyPrinterSim(_PrinterSink):
    """A serial printer: `path` is the slave side of a pty, opened with pyserial."""

    def __init__(self) -> None:
        super().__init__()
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)
        self.path = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True, name="printer-pty")

    @property
    def uri(self) -> str:
        return f"serial:{self.path}?baud=115200"

    def start(self) -> PtyPrinterSim:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(2)
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)

    def _serve(self) -> None:
        parser = EscPosParser()
        while not self._stop.is_set():
            if not select.select([self._master], [], [], 0.05)[0]:
                continue
            try:
                data = os.read(self._master, 65536)
            except OSError:
                return
            replies = self._consume(parser, data)
            if replies:
                os.write(self._master, replies)
