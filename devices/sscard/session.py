"""One claimant's card from insertion to removal: identity, then PIN on the same connection.

This is the API the session flow uses. Every call returns a value: the result, or the typed
`CardFault` describing an expected fault (no reader, card pulled, blocked PIN ...). Every card
call has a deadline (`deadline_s` per command): a card that stops answering ends the call in
`UnresponsiveCard`, and so does every later call on that session.
"""

from __future__ import annotations

import logging
from datetime import date
from types import TracebackType

from smartcard import scard

from devices.sscard.card_proof import answer_challenge
from devices.sscard.channel import ApduCounter
from devices.sscard.faults import (
    CardFault,
    ExpiredCard,
    NoCard,
    NoReader,
    SecurityStatusNotSatisfied,
)
from devices.sscard.identity import CardIdentity
from devices.sscard.pcsc import DEADLINE_S, PcscConnection, PcscContext, fault_for_rc
from devices.sscard.pin import PinAccepted, PinResult, verify_pin
from devices.sscard.read_sequence import read_identity, select_ssse
from devices.sscard.security_module import SecurityModule
from devices.thread_guard import blocking_io

log = logging.getLogger(__name__)


def reader_with_card(context: PcscContext, exclude: tuple[str, ...] = ()) -> str:
    """The first reader holding a card; `exclude` keeps the PSAM slot out of the choice."""
    names = [name for name in context.readers() if name not in exclude]
    if not names:
        raise NoReader("no PC/SC reader")
    rc, states = scard.SCardGetStatusChange(
        context.handle, 0, [(name, scard.SCARD_STATE_UNAWARE) for name in names]
    )
    if rc != scard.SCARD_S_SUCCESS:
        raise fault_for_rc(rc, "SCardGetStatusChange")
    for name, event_state, _atr in states:
        if event_state & scard.SCARD_STATE_PRESENT:
            return str(name)
    raise NoCard("no card in any reader")


class CardSession:
    def __init__(
        self,
        reader: str | None = None,
        *,
        security_module: SecurityModule | None = None,
        exclude_readers: tuple[str, ...] = (),
        exclusive: bool = True,
        deadline_s: float = DEADLINE_S,
    ) -> None:
        self._reader = reader
        self._deadline_s = deadline_s
        self._security_module = security_module
        self._exclude = exclude_readers
        self._exclusive = exclusive
        self._context: PcscContext | None = None
        self._connection: PcscConnection | None = None
        self._pin_verified = False
        self.apdus = ApduCounter()

    @blocking_io
    def open(self) -> CardFault | None:
        try:
            self._context = PcscContext(deadline_s=self._deadline_s)
            reader = self._reader or reader_with_card(self._context, self._exclude)
            self._connection = PcscConnection(self._context, reader, exclusive=self._exclusive)
        except CardFault as fault:
            self.close()
            return fault
        log.info("card connected in %s (%s)", reader, self._connection.protocol_name)
        return None

    @property
    def protocol(self) -> str | None:
        """ "T=0" or "T=1", as negotiated by the reader; None when not connected."""
        return self._connection.protocol_name if self._connection else None

    @property
    def atr(self) -> bytes:
        return self._connection.atr if self._connection else b""

    @blocking_io
    def read_identity(self, today: date | None = None) -> CardIdentity | CardFault:
        """Expired cards are reported as `ExpiredCard`, with the identity attached for staff."""
        if self._connection is None:
            return NoCard("session not open")
        try:
            identity = read_identity(
                self._connection, self._connection.atr, self._security_module, self.apdus
            )
        except CardFault as fault:
            log.info("card read failed: %s", fault.kind)
            return fault
        if identity.is_expired(today or date.today()):
            return ExpiredCard(f"expired {identity.expires}", identity)
        return identity

    @blocking_io
    def verify_pin(self, pin: str) -> PinResult | CardFault:
        """Selects SSSE again first, so it is valid whatever was sent before on this card."""
        if self._connection is None:
            return NoCard("session not open")
        self._pin_verified = False
        try:
            select_ssse(self._connection, self.apdus)
            result = verify_pin(self._connection, pin)
        except CardFault as fault:
            return fault
        self._pin_verified = isinstance(result, PinAccepted)
        return result

    @blocking_io
    def internal_authenticate(self, challenge: bytes) -> bytes | CardFault:
        """The card's answer to the agency's 16-byte challenge (card_proof.py).

        Only after the card accepted the PIN on this connection: the answer stands for "the
        genuine card, and its holder's PIN", so asking before VERIFY is refused here, without
        touching the card. No SELECT first: re-selecting may reset the verified state.
        """
        if self._connection is None:
            return NoCard("session not open")
        if not self._pin_verified:
            return SecurityStatusNotSatisfied("INTERNAL AUTHENTICATE before a verified PIN")
        try:
            return answer_challenge(self._connection, challenge, self.apdus)
        except CardFault as fault:
            return fault

    def close(self) -> None:
        self._pin_verified = False
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._context is not None:
            self._context.close()
            self._context = None

    def __enter__(self) -> CardSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
