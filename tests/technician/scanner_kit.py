"""The 2D scanner simulator for technician tests: a code "shown" a moment after a test scan
starts, as a technician holds up a phone after touching the button."""

from __future__ import annotations

import threading
import time

from devices.sim.scanner_pty import PtyScanner

# An e-card login code's shape (contract/ecard.py); a real one would be a live credential.
ECARD_CODE = "ECSSC1." + "Tq9_-" * 19


def show_soon(scanner: PtyScanner, text: str, after_s: float = 0.5) -> threading.Thread:
    """Shows `text` after `after_s`: the test scan opens the port first and discards whatever
    waited there, so a code shown before it listens would (rightly) never count."""

    def show() -> None:
        time.sleep(after_s)
        scanner.show(text)

    thread = threading.Thread(target=show, name="show-code", daemon=True)
    thread.start()
    return thread
