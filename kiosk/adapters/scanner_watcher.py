"""Watches the 2D barcode scanner on its own thread and reports each code shown to it once.

A scanner in presentation mode reads a phone held in front of it again and again, several times
a second, for as long as it is held there (and the "same code delay" some models offer is often
off). An e-card code is single use, so the second read of the same code would come back from the
agency as a replay and turn a good login into a refusal: the watcher reports a text once, and
the same text again only after `repeat_s` without it. It keeps a digest of the last text, never
the text (it may be a live credential), and never logs what was scanned, only its length.

No Qt: the composition root passes the callback and marshals it to the GUI thread itself.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable

from devices.scanner.faults import ScannerFault
from devices.scanner.reader import BarcodeScanner

log = logging.getLogger(__name__)


class ScannerWatcher:
    def __init__(
        self,
        scanner: BarcodeScanner,
        on_scan: Callable[[str], None],
        *,
        repeat_s: float = 4.0,
        fault_retry_s: float = 2.0,
        listen_s: float = 0.5,
    ) -> None:
        self._scanner = scanner
        self._on_scan = on_scan
        self.repeat_s = repeat_s
        self._fault_retry_s = fault_retry_s
        self._listen_s = listen_s
        self._last_digest: bytes | None = None
        self._last_seen = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_fault: str | None = None  # a fault kind, for the heartbeat
        self.scans_reported = 0

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="scanner-watcher", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout_s)
        self._scanner.close()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                pause = self._listen_once()
            except Exception as exc:
                # Only the type: a message could quote what was scanned.
                log.error("scanner watcher: unexpected %s", type(exc).__name__)
                self.last_fault = "scanner_fault"
                pause = self._fault_retry_s
            if pause:
                self._stop.wait(pause)

    def _listen_once(self) -> float:
        """One wait for a scan; how long to pause before the next (a fault: retry later)."""
        scan = self._scanner.next_scan(self._listen_s)
        if isinstance(scan, ScannerFault):
            if self.last_fault != scan.kind:
                log.info("scanner: %s", scan.kind)
            self.last_fault = scan.kind
            return self._fault_retry_s
        self.last_fault = None
        if scan is None:
            return 0.0
        now = time.monotonic()
        digest = hashlib.sha256(scan.text.encode("utf-8")).digest()
        repeated = digest == self._last_digest and now - self._last_seen < self.repeat_s
        self._last_digest, self._last_seen = digest, now
        if repeated:
            return 0.0  # the same phone still held up: already reported
        log.info("scanner read a code of %d characters", scan.length)
        self.scans_reported += 1
        try:
            self._on_scan(scan.text)
        except Exception:  # a faulty listener must not stop the scanner supervision
            log.exception("scanner listener failed")
        return 0.0
