"""The 2D barcode scanner on a serial port (or USB-CDC): wait for the next scan.

The scanner speaks first and only: in serial mode it sends each decoded code followed by its
suffix and takes no commands we rely on (vendors' command sets differ and are often disabled on
kiosk units). So the driver only listens. Every public method returns a value: a `Scan`, None
when nothing was scanned in the time given, or a `ScannerFault`. A vanished port (scanner
unplugged) closes our handle; the next call opens the port again, so replugging the scanner
(same device path, e.g. a udev /dev/serial/by-id link) recovers without a restart.
"""

from __future__ import annotations

import contextlib
import logging
import termios
import time
from collections import deque

import serial

from devices.scanner.faults import ScannerFault, ScannerNotConnected
from devices.scanner.framing import DEFAULT_GAP_S, Scan, ScanFramer, Suffix
from devices.thread_guard import blocking_io

log = logging.getLogger(__name__)

DEFAULT_BAUD = 9600
_POLL_S = 0.05


class BarcodeScanner:
    def __init__(
        self,
        port: str,
        baud: int = DEFAULT_BAUD,
        suffix: Suffix = Suffix.CR,
        *,
        gap_s: float = DEFAULT_GAP_S,
    ) -> None:
        self.port = port
        self.baud = baud
        self.suffix = suffix
        self._serial: serial.Serial | None = None
        self._framer = ScanFramer(suffix, gap_s=gap_s)
        self._ready: deque[Scan] = deque()  # scans that arrived together with an earlier one

    @property
    def dropped_scans(self) -> int:
        return self._framer.dropped_scans

    def _open(self) -> serial.Serial:
        if self._serial is None:
            port: serial.Serial | None = None
            try:
                port = serial.Serial(self.port, self.baud, timeout=_POLL_S)
                # Whatever waited in the driver's buffer was scanned before we listened: stale.
                port.reset_input_buffer()
            except (serial.SerialException, OSError, ValueError, termios.error) as exc:
                # termios.error: the scanner was unplugged between the open and the port set-up.
                if port is not None:
                    with contextlib.suppress(serial.SerialException, OSError):
                        port.close()
                raise ScannerNotConnected(f"open {self.port}: {type(exc).__name__}") from None
            self._serial = port
            self._framer.clear()
            log.info("scanner port %s opened at %d baud", self.port, self.baud)
        return self._serial

    def close(self) -> None:
        port, self._serial = self._serial, None
        self._ready.clear()
        self._framer.clear()
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError):
                port.close()

    @blocking_io
    def open(self) -> ScannerFault | None:
        """Opens the port now (a check for technicians, and the watcher's first step)."""
        try:
            self._open()
        except ScannerFault as fault:
            return fault
        return None

    @blocking_io
    def next_scan(self, timeout_s: float) -> Scan | ScannerFault | None:
        """The next scan within `timeout_s`, or None. Logged without its text: it may be a
        credential (an e-card code) or personal data (a QR code with a name in it)."""
        if self._ready:
            return self._ready.popleft()
        try:
            port = self._open()
        except ScannerFault as fault:
            return fault
        deadline = time.monotonic() + timeout_s
        try:
            while True:
                remaining = deadline - time.monotonic()
                port.timeout = max(0.0, min(remaining, _POLL_S))
                chunk = port.read(max(1, port.in_waiting))
                now = time.monotonic()
                scans = self._framer.feed(chunk, now) if chunk else self._framer.flush_if_quiet(now)
                if scans:
                    log.debug("scan of %d characters", scans[0].length)
                    self._ready.extend(scans[1:])
                    return scans[0]
                if remaining <= 0:
                    return None
        except (serial.SerialException, OSError, termios.error) as exc:
            self.close()
            return ScannerNotConnected(f"read: {type(exc).__name__}")
