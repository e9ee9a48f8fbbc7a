"""The development SMS gateway: texts held in memory, for the demo and the tests to read back.

A real deployment hands texts to the operator's SMS gateway and keeps only the template and the
masked number (`sms_outbox`). In development mode (`kiosk server run --dev`) there is no phone, so
the one-time code must be readable somewhere: here, in this process's memory only, for as long as
the code is valid. Never in the database, never in production (nothing is put here unless the
server runs with `--dev`), and gone when the server stops.
"""

import threading
import time
from collections import OrderedDict
from pathlib import Path

MAX_TEXTS = 1000


class DevOutbox:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._texts: OrderedDict[str, tuple[str, float]] = OrderedDict()

    def deliver(self, mobile: str, text: str, ttl_s: float) -> None:
        with self._lock:
            self._texts.pop(mobile, None)
            self._texts[mobile] = (text, time.monotonic() + ttl_s)
            while len(self._texts) > MAX_TEXTS:
                self._texts.popitem(last=False)

    def latest(self, mobile: str) -> str | None:
        with self._lock:
            now = time.monotonic()
            for number in [m for m, (_, until) in self._texts.items() if until <= now]:
                del self._texts[number]
            found = self._texts.get(mobile)
            return found[0] if found else None


_outboxes: dict[Path, DevOutbox] = {}
_outboxes_lock = threading.Lock()


def outbox_for(data_dir: Path) -> DevOutbox:
    """One outbox per agency (by data directory): tests run several agencies in one process."""
    with _outboxes_lock:
        return _outboxes.setdefault(data_dir.resolve(), DevOutbox())
