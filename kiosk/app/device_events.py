"""Device supervision threads, reported to the GUI thread as Qt signals.

The card presence monitor and the ID-card watcher (started by KioskServices) each run their own
thread and know nothing of Qt; their callbacks only emit a signal here. Signals emitted off the GUI thread reach slots of
GUI-thread objects through queued connections, so the flow only ever sees them in order, on the
GUI thread.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from devices.sscard.reader_state import ReaderState
from kiosk.domain.claimant import IdCardIdentity
from kiosk.flow.attract_events import CardInserted, CardRemoved, IdCardRead
from kiosk.flow.ecard_events import BarcodeScanned

if TYPE_CHECKING:
    from kiosk.flow.events import Event

log = logging.getLogger(__name__)

# A mute card is still a card in the slot: the read will report it unreadable.
_PRESENT = frozenset({ReaderState.CARD_PRESENT, ReaderState.CARD_ERROR})


class DeviceEvents(QObject):
    happened = Signal(object)
    """A device event for the flow (CardInserted, CardRemoved, IdCardRead); any thread."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._card_present = False

    def on_reader_state(self, state: ReaderState, reader: str | None) -> None:
        """CardPresenceMonitor's callback (its own thread)."""
        present = state in _PRESENT
        with self._lock:
            changed = present != self._card_present
            self._card_present = present
        if changed:
            self.post(CardInserted() if present else CardRemoved())

    def on_id_card(self, identity: IdCardIdentity) -> None:
        """IdCardWatcher's callback (its own thread)."""
        self.post(IdCardRead(identity))

    def on_scan(self, text: str) -> None:
        """ScannerWatcher's callback (its own thread): the flow tells an e-card code from any
        other barcode itself."""
        self.post(BarcodeScanned(text))

    def post(self, event: Event) -> None:
        self.happened.emit(event)
