"""The scanner's checks, for the technician console and `kiosk devices scan-test`.

A scanner in serial mode answers no status query, so "is it there" is whether its port opens,
and "does it work" is a test scan: the technician shows it any barcode within a few seconds.
The result says how long the text was and whether it had an e-card code's shape, never the
text itself (it could be someone's live e-card code).
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass

from contract.ecard import looks_like_ecard_code
from devices.scanner.faults import ScannerFault
from devices.scanner.framing import Suffix
from devices.scanner.reader import BarcodeScanner


class ScannerState(enum.StrEnum):
    OK = "ok"  # the port opens; a serial scanner says nothing more until it scans
    NOT_CONFIGURED = "not_configured"
    PORT_MISSING = "port_missing"  # the device path is gone: unplugged, or a wrong path
    FAULT = "fault"  # the path exists and does not open as a serial port


@dataclass(frozen=True)
class ScannerStatus:
    port: str | None
    baud: int
    suffix: Suffix
    state: ScannerState
    fault: str = ""

    @property
    def words(self) -> str:
        return self.fault or self.state.value


def scanner_status(port: str | None, baud: int, suffix: Suffix) -> ScannerStatus:
    if not port:
        return ScannerStatus(None, baud, suffix, ScannerState.NOT_CONFIGURED)
    if not os.path.exists(port):
        return ScannerStatus(port, baud, suffix, ScannerState.PORT_MISSING)
    scanner = BarcodeScanner(port, baud, suffix)
    try:
        fault = scanner.open()
    finally:
        scanner.close()
    if fault is not None:
        return ScannerStatus(port, baud, suffix, ScannerState.FAULT, fault.kind)
    return ScannerStatus(port, baud, suffix, ScannerState.OK)


@dataclass(frozen=True)
class ScanCheck:
    """What a test scan may show: the shape of what was read, not its content."""

    characters: int
    ecard_code: bool


def try_scan(
    port: str | None, baud: int, suffix: Suffix, timeout_s: float
) -> ScanCheck | ScannerStatus | None:
    """A scan within `timeout_s` (None: nothing was shown to the scanner), or the status that
    explains why there could be none."""
    status = scanner_status(port, baud, suffix)
    if status.state is not ScannerState.OK or port is None:
        return status
    scanner = BarcodeScanner(port, baud, suffix)
    try:
        scan = scanner.next_scan(timeout_s)
    finally:
        scanner.close()
    if scan is None:
        return None
    if isinstance(scan, ScannerFault):
        return ScannerStatus(port, baud, suffix, ScannerState.FAULT, scan.kind)
    return ScanCheck(characters=scan.length, ecard_code=looks_like_ecard_code(scan.text))
