"""Watches the ID-card reader on its own thread and reports each card laid on it once.

GA/T 467 modules have no "card arrived" notification, so the thread asks `find_card` a few
times a second (the module answers in milliseconds). A card is reported once per placement.
Presence alone cannot tell a card lifted and another laid down between two polls (the module
finds a card both times, and its find and select answers carry no serial number), so while a
card lies there the thread reads it again each poll and compares what it reads: a different
card is reported as the first one lifted and the new one read. No Qt: the composition root
passes callbacks and marshals them to the GUI thread itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from devices.idcard.faults import IdReaderFault, MalformedIdData, NotAnIdCard
from devices.idcard.identity import IdCardData
from devices.idcard.reader import IdCardReader
from kiosk.domain.claimant import IdCardIdentity
from kiosk.domain.identity import IdNumber, parse_id_number

log = logging.getLogger(__name__)

# Faults that describe the card lying there: reading it again gives the same. Any other read
# fault (moved during the read, lifted half-way, a timeout) says nothing about which card it is.
_CARD_FAULTS = (MalformedIdData, NotAnIdCard)

OnReader = IdCardData | IdReaderFault | None  # the card on the reader, as last read


def id_card_identity(data: IdCardData) -> IdCardIdentity | None:
    """None for a card whose number is neither a GB 11643 number (resident card, HMT permit,
    2023 permanent residence card) nor a well-formed 2017 permanent residence number.

    The expiry date travels with the identity: the flow refuses an expired card against its
    business date, which this thread does not know.
    """
    number = parse_id_number(data.id_number)
    if not isinstance(number, IdNumber):
        log.info("ID card ignored: %s (%s)", data.card_type.value, number.value)
        return None
    valid_to = None if data.long_term else data.valid_to
    return IdCardIdentity(id_number=number, name=data.name, valid_to=valid_to)


class IdCardWatcher:
    def __init__(
        self,
        reader: IdCardReader,
        on_read: Callable[[IdCardIdentity], None],
        *,
        on_lifted: Callable[[], None] | None = None,
        poll_s: float = 0.3,
        fault_retry_s: float = 2.0,
    ) -> None:
        self._reader = reader
        self._on_read = on_read
        self._on_lifted = on_lifted
        self._reported = False  # the card on the reader was reported through on_read
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
        on_reader: OnReader = None
        while not self._stop.is_set():
            try:
                on_reader, pause = self._poll(on_reader)
            except Exception as exc:
                # A card no one foresaw must not end the supervision: it is a read fault. Only
                # the type is logged; a message could quote what the card holds.
                log.error("ID card watcher: unexpected %s", type(exc).__name__)
                self.last_fault = "id_reader_fault"
                pause = self._fault_retry_s
            self._stop.wait(pause)

    def _poll(self, on_reader: OnReader) -> tuple[OnReader, float]:
        """One look at the reader: what lies on it now, and how long to wait before the next."""
        found = self._reader.find_card()
        if isinstance(found, IdReaderFault):
            self._note_fault(found)
            return on_reader, self._fault_retry_s
        if not found:
            self.last_fault = None
            if on_reader is not None:
                self._lifted()
            return None, self._poll_s
        read = self._reader.read_card(appended_address=False)
        if isinstance(read, IdReaderFault) and not isinstance(read, _CARD_FAULTS):
            return on_reader, self._poll_s  # moved or lifted mid-read: look again
        if read == on_reader:
            return on_reader, self._poll_s  # the same card, still lying there
        if on_reader is not None:
            self._lifted()  # another card took its place within one poll
        if isinstance(read, IdReaderFault):
            self._note_fault(read)
        else:
            self.last_fault = None
            self._report(read)
        return read, self._poll_s

    def _note_fault(self, fault: IdReaderFault) -> None:
        if self.last_fault != fault.kind:
            log.info("ID reader: %s", fault.kind)
        self.last_fault = fault.kind

    def _report(self, data: IdCardData) -> None:
        log.info("ID card on the reader: %s", data.masked())
        identity = id_card_identity(data)
        if identity is None:
            return
        self._reported = True
        try:
            self._on_read(identity)
        except Exception:  # a faulty listener must not stop the reader supervision
            log.exception("ID card listener failed")

    def _lifted(self) -> None:
        reported, self._reported = self._reported, False
        log.info("ID card lifted")
        if reported and self._on_lifted is not None:
            try:
                self._on_lifted()
            except Exception:  # a faulty listener must not stop the reader supervision
                log.exception("ID card listener failed")
