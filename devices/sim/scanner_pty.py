"""A 2D barcode scanner in serial mode on a pty: what it "sees" it sends, with its suffix.

The kiosk opens `path` with pyserial exactly as it would open /dev/ttyACM0. `path` is a stable
symlink to the current pty, like a udev /dev/serial/by-id link, so `unplug()` + `replug()` (a new
pty) exercises the driver's reconnect path. A pty ignores the baud rate, so output is paced at
10 bits per byte of `wire_baud` to reproduce real wire time (a 100-character code at 9600 baud
takes about 0.1 s). `show(text)` is a claimant holding a phone up to the scanner's window.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import tty
from dataclasses import dataclass

from devices.scanner.framing import Suffix

SUFFIX_BYTES: dict[Suffix, bytes] = {
    Suffix.CR: b"\r",
    Suffix.CRLF: b"\r\n",
    Suffix.LF: b"\n",
    Suffix.TAB: b"\t",
    Suffix.NONE: b"",
}


@dataclass
class ScannerFaults:
    """Switches a test flips at any time; each applies to the next scans."""

    garbage_before: bytes = b""  # line noise sent before a scan
    split_every: int = 0  # send a scan in chunks of this many bytes (0: as the wire paces it)
    split_pause_s: float = 0.0


class PtyScanner:
    def __init__(
        self, link_path: str, *, suffix: Suffix = Suffix.CR, wire_baud: int | None = 9600
    ) -> None:
        self.path = link_path
        self.suffix = suffix
        self.wire_baud = wire_baud
        self.faults = ScannerFaults()
        self.scans_sent = 0
        self._master: int | None = None
        self._slave: int | None = None
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------

    def start(self) -> PtyScanner:
        master, slave = os.openpty()
        tty.setraw(slave)  # raw from the start, before pyserial configures it
        self._master, self._slave = master, slave
        tmp = self.path + ".new"
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        os.symlink(os.ttyname(slave), tmp)
        os.replace(tmp, self.path)
        return self

    def unplug(self) -> None:
        """Like pulling the USB cable: the device node disappears and open handles fail."""
        with self._lock:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
            for fd in (self._master, self._slave):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = self._slave = None

    def replug(self) -> None:
        self.unplug()
        self.start()

    def stop(self) -> None:
        self.unplug()

    @property
    def plugged(self) -> bool:
        return self._master is not None

    # -- scanning --------------------------------------------------------------------------

    def show(self, text: str) -> bool:
        """Send one decoded code as the scanner would; False when unplugged."""
        return self.send_raw(text.encode("utf-8") + SUFFIX_BYTES[self.suffix])

    def send_raw(self, data: bytes) -> bool:
        with self._lock:
            master = self._master
            if master is None:
                return False
            raw = self.faults.garbage_before + data
            chunk = self.faults.split_every or (16 if self.wire_baud else len(raw))
            started = time.perf_counter()
            sent = 0
            try:
                while sent < len(raw):
                    piece = raw[sent : sent + chunk]
                    if self.wire_baud:
                        due = started + (sent + len(piece)) * 10 / self.wire_baud
                        delay = due - time.perf_counter()
                        if delay > 0:
                            time.sleep(delay)
                    os.write(master, piece)
                    sent += len(piece)
                    if self.faults.split_every and self.faults.split_pause_s:
                        time.sleep(self.faults.split_pause_s)
            except OSError:
                return False
            self.scans_sent += 1
            return True
