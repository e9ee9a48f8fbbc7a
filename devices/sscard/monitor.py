"""Card presence for one reader, reported through one callback, without polling.

A worker thread blocks in SCardGetStatusChange on the reader and on pcscd's PnP pseudo-reader,
so it wakes only when something changes (or after a long idle bound, `WAIT_MS`). `stop()` wakes
it with SCardCancel and joins it. pyscard's own CardMonitor is not used: its thread dies when the
reader list fails (reader unplugged, pcscd restarted); this loop recreates its context instead.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from smartcard import scard

from devices.sscard.faults import CardFault
from devices.sscard.pcsc import PcscContext, fault_for_rc
from devices.sscard.reader_state import ReaderState

log = logging.getLogger(__name__)

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"

# A bounded wait is a second guard against a lost SCardCancel (see `stop`) and lets the loop
# notice a pcscd that vanished without an error. One idle wakeup per 30 s is not polling.
WAIT_MS = 30_000


def state_from_event(event_state: int) -> ReaderState:
    if event_state & (scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE):
        return ReaderState.NO_READER
    if event_state & scard.SCARD_STATE_MUTE:
        return ReaderState.CARD_ERROR
    if event_state & scard.SCARD_STATE_PRESENT:
        return ReaderState.CARD_PRESENT
    if event_state & scard.SCARD_STATE_EMPTY:
        return ReaderState.NO_CARD
    return ReaderState.UNKNOWN_ERROR


class CardPresenceMonitor:
    """Calls `on_change(state, reader)` from its own thread whenever the state changes.

    `reader=None` watches the first reader pcscd lists (excluding `exclude_readers`, e.g. the
    PSAM slot). The first call reports the current state, including a card already inserted.
    """

    def __init__(
        self,
        on_change: Callable[[ReaderState, str | None], None],
        reader: str | None = None,
        *,
        exclude_readers: tuple[str, ...] = (),
        retry_delay_s: float = 1.0,
    ) -> None:
        self._on_change = on_change
        self._wanted = reader
        self._exclude = exclude_readers
        self._retry_delay_s = retry_delay_s
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._context: PcscContext | None = None
        self._thread: threading.Thread | None = None
        self._last: tuple[ReaderState, str | None] | None = None
        self.wakeups = 0  # how often SCardGetStatusChange returned; proves there is no polling

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("monitor already started")
        self._thread = threading.Thread(target=self._run, name="card-presence", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 5.0) -> None:
        """Cancel repeatedly: a cancel landing just before the worker blocks would be lost."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is None:
            return
        deadline = time.monotonic() + timeout_s
        while thread.is_alive() and time.monotonic() < deadline:
            with self._lock:
                if self._context is not None:
                    self._context.cancel()
            thread.join(0.05)
        if thread.is_alive():
            log.warning("card monitor thread did not stop within %.1f s", timeout_s)

    def _report(self, state: ReaderState, reader: str | None) -> None:
        if self._last == (state, reader):
            return
        self._last = (state, reader)
        try:
            self._on_change(state, reader)
        except Exception:  # a faulty listener must not kill device supervision
            log.exception("card presence listener failed")

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                context = PcscContext()
            except CardFault as fault:
                log.info("card monitor: %s", fault.kind)
                self._report(ReaderState.NO_READER, None)
                self._stop.wait(self._retry_delay_s)
                continue
            with self._lock:
                self._context = context
            try:
                self._watch(context)
            except CardFault as fault:
                log.info("card monitor: %s, recreating the context", fault.kind)
                self._report(ReaderState.NO_READER, None)
                self._stop.wait(self._retry_delay_s)
            finally:
                with self._lock:
                    self._context = None
                context.close()

    def _pick_reader(self, context: PcscContext) -> str | None:
        names = [n for n in context.readers() if n not in self._exclude]
        if self._wanted is not None:
            return self._wanted if self._wanted in names else None
        return names[0] if names else None

    def _watch(self, context: PcscContext) -> None:
        """Block until a change; return to re-pick the reader after a reader-list change."""
        while not self._stop.is_set():
            reader = self._pick_reader(context)
            watched: list[tuple[str, int]] = [(PNP_NOTIFICATION, scard.SCARD_STATE_UNAWARE)]
            if reader is None:
                self._report(ReaderState.NO_READER, None)
            else:
                watched.append((reader, scard.SCARD_STATE_UNAWARE))
            # First call with UNAWARE returns at once with the current state.
            rc, states = scard.SCardGetStatusChange(context.handle, 0, watched)
            first = True
            while not self._stop.is_set():
                if rc == scard.SCARD_E_CANCELLED:
                    return
                if rc == scard.SCARD_E_TIMEOUT:
                    rc, states = scard.SCardGetStatusChange(context.handle, WAIT_MS, watched)
                    continue
                if rc != scard.SCARD_S_SUCCESS:
                    raise fault_for_rc(rc, "SCardGetStatusChange")
                self.wakeups += 1
                reader_changed = False
                for name, event_state, _atr in states:
                    if name == PNP_NOTIFICATION:
                        changed = bool(event_state & scard.SCARD_STATE_CHANGED)
                        reader_changed |= changed and not first
                    elif name == reader:
                        self._report(state_from_event(event_state), reader)
                        if event_state & (
                            scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_UNAVAILABLE
                        ):
                            reader_changed = True
                if reader_changed:
                    break
                first = False
                watched = [
                    (name, event_state & ~scard.SCARD_STATE_CHANGED)
                    for name, event_state, _ in states
                ]
                rc, states = scard.SCardGetStatusChange(context.handle, WAIT_MS, watched)
