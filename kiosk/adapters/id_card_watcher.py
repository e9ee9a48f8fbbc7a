"""Watches the ID-card reader on its own thread and reports each card laid on it once.

GA/T 467 modules have no "card arrived" notification, so the thread asks `find_card` a few
times a second (the module answers in milliseconds). A card is reported once per placement: the
next read waits until the card has been lifted. No Qt: the composition root passes a callback
and marshals it to the GUI thread itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from devices.idcard.faults import IdReaderFault
from devices.idcard.identity import IdCardData
from devices.idcard.reader import IdCardReader
from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.identity import IdNumber, parse_id_number

log = logging.getLogger(__name__)


def id_card_identity(data: IdCardData) -> IdCardIdentity | None:
    """None for cards whose number is not a citizen ID number (foreigner permanent residence)."""
    number = parse_id_number(data.id_number)
    if not isinstance(number, IdNumber):
        log.info("ID card ignored: %s (%s)", data.card_type.value, number.value)
        return None
    return IdCardIdentity(id_number=number, name=data.name)


class IdCardWatcher:
    def __init__(
        self,
        reader: IdCardReader,
        on_read: Callable[[IdCardIdentity], None],
        *,
        poll_s: float = 0.3,
        fault_retry_s: float = 2.0,
    ) -> None:
        self._reader = reader
        self._on_read = on_read
        self._poll_s = poll_s
        self._fault_retry_s = fault_retry_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_fault: str | None = None  # a fault kind, for the heartbeat

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="id-card-watcher", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout_s)
        self._reader.close()

    def _run(self) -> None:
        waiting_for_lift = False
        while not self._stop.is_set():
            found = self._reader.find_card()
            if isinstance(found, IdReaderFault):
                if self.last_fault != found.kind:
                    log.info("ID reader: %s", found.kind)
                self.last_fault = found.kind
                self._stop.wait(self._fault_retry_s)
                continue
            self.last_fault = None
            if not found:
                waiting_for_lift = False
            elif not waiting_for_lift:
                waiting_for_lift = self._read_once()
            self._stop.wait(self._poll_s)

    def _read_once(self) -> bool:
        """True once the card has been read (or is of a kind we never accept)."""
        data = self._reader.read_card()
        if isinstance(data, IdReaderFault):
            log.info("ID card read failed: %s", data.kind)
            return False  # moved too soon: try again while it lies there
        identity = id_card_identity(data)
        if identity is not None:
            try:
                self._on_read(identity)
            except Exception:  # a faulty listener must not stop the reader supervision
                log.exception("ID card listener failed")
        return True
