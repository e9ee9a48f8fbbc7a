"""PC/SC transport (pyscard's thin `scard` layer): context, reader list, one card connection.

The `scard` layer is used rather than pyscard's object API because its return codes map one to
one onto our typed faults, and because the monitor needs SCardGetStatusChange/SCardCancel.

Every call that waits on a card (connect, status, transmit, disconnect) runs on the context's
call thread with a deadline (`deadline.py`): a card that stops answering ends in
`UnresponsiveCard` instead of holding the caller until it is pulled.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, TypeVar

from smartcard import scard

from devices.sscard.deadline import CallThread
from devices.sscard.faults import (
    CardFault,
    CardRemoved,
    NoCard,
    NoReader,
    ReaderServiceDown,
    UnresponsiveCard,
)

log = logging.getLogger(__name__)

# After a failed exchange, how long to wait for the reader to report the card gone before
# calling the card unresponsive instead. vpcd polls presence about every 400 ms.
REMOVAL_GRACE_MS = 1000

# The longest one card call may take. A 社保 card answers a command in well under a second (an
# RSA or SM2 operation on a 3rd-generation card in one or two); readers with a timeout of their
# own report a mute card sooner than this.
DEADLINE_S = 5.0

T = TypeVar("T")


class ReaderBusy(CardFault):
    kind = "reader_busy"
    message = "The card reader is in use by another program."


_SERVICE_DOWN = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}
_NO_READER = {
    scard.SCARD_E_NO_READERS_AVAILABLE,
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
}
_NO_CARD = {scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD}
_UNRESPONSIVE = {
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_E_PROTO_MISMATCH,
}


def fault_for_rc(rc: int, operation: str, *, card_was_present: bool = False) -> CardFault:
    """One typed fault per PC/SC return code; unknown codes keep their hex for technicians."""
    detail = f"{operation}: {scard.SCardGetErrorMessage(rc)} (0x{rc & 0xFFFFFFFF:08X})"
    if rc in _SERVICE_DOWN:
        return ReaderServiceDown(detail)
    if rc in _NO_READER:
        return NoReader(detail)
    if rc in _NO_CARD or rc == scard.SCARD_W_RESET_CARD:
        return CardRemoved(detail) if card_was_present else NoCard(detail)
    if rc in _UNRESPONSIVE:
        return UnresponsiveCard(detail)
    if rc == scard.SCARD_E_SHARING_VIOLATION:
        return ReaderBusy(detail)
    return CardFault(detail)


class PcscContext:
    """An SCard context; released on exit.

    Calls that wait on a card go through `call`, on the context's own thread (started on first
    use), each with `deadline_s`. The presence monitor calls `handle` directly from its thread
    and wakes itself with `cancel`; it never needs `call`.
    """

    def __init__(self, *, deadline_s: float = DEADLINE_S) -> None:
        rc, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if rc != scard.SCARD_S_SUCCESS:
            raise fault_for_rc(rc, "SCardEstablishContext")
        self.handle: Any = handle
        self.deadline_s = deadline_s
        self._calls: CallThread | None = None

    def call(self, function: Callable[[], T], what: str, *, extra_s: float = 0.0) -> T:
        """`function()` within the deadline, else `UnresponsiveCard` (and the context is stuck)."""
        if self._calls is None:
            self._calls = CallThread()
        return self._calls.call(function, what, self.deadline_s + extra_s)

    @property
    def stuck(self) -> bool:
        """A call missed its deadline; nothing more can be done on this context."""
        return self._calls is not None and self._calls.stuck

    def later(self, function: Callable[[], object]) -> None:
        """Clean-up that must not wait: queued behind a stuck call, else run as soon as free."""
        if self._calls is None:
            function()
        else:
            self._calls.later(function)

    def readers(self) -> list[str]:
        rc, names = scard.SCardListReaders(self.handle, [])
        if rc == scard.SCARD_E_NO_READERS_AVAILABLE:
            return []
        if rc != scard.SCARD_S_SUCCESS:
            raise fault_for_rc(rc, "SCardListReaders")
        return list(names)

    def cancel(self) -> None:
        """Wakes a blocked SCardGetStatusChange on this context (safe from another thread)."""
        scard.SCardCancel(self.handle)

    def close(self) -> None:
        handle, self.handle = self.handle, None
        calls, self._calls = self._calls, None
        if handle is None:
            return
        if calls is None:
            scard.SCardReleaseContext(handle)
            return
        try:
            if calls.stuck:
                calls.later(lambda: scard.SCardReleaseContext(handle))
            else:
                calls.call(lambda: scard.SCardReleaseContext(handle), "SCardReleaseContext", 1.0)
        except UnresponsiveCard:
            pass  # queued behind the stuck call; released when the reader lets go
        finally:
            calls.stop()

    def __enter__(self) -> PcscContext:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def list_readers() -> list[str]:
    """Reader names, [] when none; raises `ReaderServiceDown` when pcscd is not running."""
    with PcscContext() as context:
        return context.readers()


def resolve_reader(names: list[str], wanted: str) -> str | None:
    """Exact name first, else the first name containing `wanted` (PC/SC appends slot numbers)."""
    if wanted in names:
        return wanted
    return next((name for name in names if wanted in name), None)


class PcscConnection:
    """One connection to a card; implements `RawChannel`.

    Exclusive by default so no other process can slip APDUs in between ours (a PIN verified
    here must not be usable by anyone else). Disconnect unpowers the card, which ends the
    verified PIN state on purpose.
    """

    def __init__(self, context: PcscContext, reader: str, *, exclusive: bool = True) -> None:
        self._context = context
        self.reader = reader
        share = scard.SCARD_SHARE_EXCLUSIVE if exclusive else scard.SCARD_SHARE_SHARED
        self._handle: Any = None
        rc, handle, protocol = context.call(
            lambda: scard.SCardConnect(
                context.handle, reader, share, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
            ),
            "SCardConnect",
        )
        if rc != scard.SCARD_S_SUCCESS:
            raise self._connect_fault(rc)
        self._handle = handle
        self.protocol: int = protocol
        try:
            rc, _reader, _state, _proto, atr = context.call(
                lambda: scard.SCardStatus(handle), "SCardStatus"
            )
        except CardFault:
            self.close()
            raise
        if rc != scard.SCARD_S_SUCCESS:
            self.close()
            raise fault_for_rc(rc, "SCardStatus", card_was_present=True)
        self.atr = bytes(atr)

    def _connect_fault(self, rc: int) -> CardFault:
        """A card pulled while powering up fails like a mute one; the reader then says which.

        "Removed" is also what pcscd says when it saw the card go; "no card" when there was none.
        """
        fault = fault_for_rc(rc, "SCardConnect", card_was_present=rc == scard.SCARD_W_REMOVED_CARD)
        if isinstance(fault, UnresponsiveCard) and card_gone_within(
            self._context, self.reader, REMOVAL_GRACE_MS
        ):
            return CardRemoved(f"{fault.detail}; the card left while powering up")
        return fault

    @property
    def protocol_name(self) -> str:
        return "T=1" if self.protocol == scard.SCARD_PROTOCOL_T1 else "T=0"

    def transmit_raw(self, apdu: bytes) -> bytes:
        handle = self._handle
        if handle is None:
            raise CardRemoved("transmit after disconnect")
        rc, response = self._context.call(
            lambda: scard.SCardTransmit(handle, self.protocol, list(apdu)), "SCardTransmit"
        )
        if rc != scard.SCARD_S_SUCCESS:
            raise self._transmit_fault(rc)
        if len(response) < 2:
            # Some drivers (vpcd among them) report success with no bytes when the card went
            # away mid-exchange; no status word means no answer from a card.
            raise self._transmit_fault(scard.SCARD_F_COMM_ERROR)
        return bytes(response)

    def _transmit_fault(self, rc: int) -> CardFault:
        # A failed transmit is "removed" if the card is gone now, otherwise "unresponsive".
        fault = fault_for_rc(rc, "SCardTransmit", card_was_present=True)
        if isinstance(fault, CardRemoved | NoReader):
            return fault
        if card_gone_within(self._context, self.reader, REMOVAL_GRACE_MS):
            return CardRemoved(fault.detail)
        return UnresponsiveCard(fault.detail)

    def close(self) -> None:
        """Unpowers the card; behind a stuck call the disconnect waits its turn on the thread."""
        handle, self._handle = self._handle, None
        if handle is None:
            return

        def disconnect() -> None:
            scard.SCardDisconnect(handle, scard.SCARD_UNPOWER_CARD)

        if self._context.stuck:
            self._context.later(disconnect)
            return
        # On a miss the context is stuck and the disconnect stays queued until the reader lets go.
        with contextlib.suppress(UnresponsiveCard):
            self._context.call(disconnect, "SCardDisconnect")

    def __enter__(self) -> PcscConnection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def card_gone_within(context: PcscContext, reader: str, timeout_ms: int) -> bool:
    """Readers (and vpcd) notice a pulled card a little after the failed exchange."""

    def watch() -> bool:
        watched = [(reader, scard.SCARD_STATE_UNAWARE)]
        deadline_ms = timeout_ms
        rc, states = scard.SCardGetStatusChange(context.handle, 0, watched)
        while rc == scard.SCARD_S_SUCCESS and deadline_ms > 0:
            _name, event_state, _atr = states[0]
            if not event_state & scard.SCARD_STATE_PRESENT:
                return True
            watched = [(reader, event_state & ~scard.SCARD_STATE_CHANGED)]
            started = time.monotonic()
            rc, states = scard.SCardGetStatusChange(context.handle, deadline_ms, watched)
            deadline_ms -= int((time.monotonic() - started) * 1000) + 1
        return bool(rc not in (scard.SCARD_S_SUCCESS, scard.SCARD_E_TIMEOUT))

    return context.call(watch, "SCardGetStatusChange", extra_s=timeout_ms / 1000)
