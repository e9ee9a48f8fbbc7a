"""The flow's SocialSecurityCardPort over devices.sscard.

One `CardSession` lives from the identity read to the PIN check: the PIN must be verified on the
same connection (closing it unpowers the card and forgets the verified state, on purpose). The
composition root calls `close()` when the card is pulled or the session ends.

A 3rd-generation card without a security module gives only its region and card number. The
reading then carries no ID number, and the flow asks the agency who holds the card only after
the card accepted the PIN (LookUpByCard, answered by the AgencyAdapter), so nothing about the
holder is asked for, or known, before the second factor.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from devices.sscard import faults as dev
from devices.sscard import pin as chip_pin
from devices.sscard.identity import CardIdentity as ChipIdentity
from devices.sscard.pcsc import ReaderBusy
from devices.sscard.session import CardSession
from devices.thread_guard import blocking_io
from kiosk.domain.claimant import CardIdentity
from kiosk.domain.faults import CardFault
from kiosk.domain.identity import IdNumber, parse_id_number
from kiosk.flow.ports import CardReading, PinAccepted, PinBlocked, PinRejected, PinVerdict

log = logging.getLogger(__name__)

_REMOVED = (dev.NoCard, dev.CardRemoved)
_FOREIGN = (dev.NotSocialSecurityCard,)
_READER = (dev.NoReader, ReaderBusy, dev.SecurityModuleFault)
_EXPIRED = (dev.ExpiredCard,)
# 69 83 / 63 C0 (PIN blocked) and 93 03 (application locked): either way a counter visit.
_LOCKED = (dev.PinBlocked, dev.CardLocked)


def card_fault(fault: dev.CardFault) -> CardFault:
    if isinstance(fault, _REMOVED):
        return CardFault.REMOVED
    if isinstance(fault, _FOREIGN):
        return CardFault.NOT_A_SOCIAL_SECURITY_CARD
    if isinstance(fault, _READER):
        return CardFault.READER_FAULT
    if isinstance(fault, _EXPIRED):
        return CardFault.EXPIRED
    if isinstance(fault, _LOCKED):
        return CardFault.PIN_LOCKED
    return CardFault.UNREADABLE  # mute, malformed, unknown status word


SessionFactory = Callable[[], CardSession]


class CardAdapter:
    def __init__(self, sessions: SessionFactory) -> None:
        """3rd-generation cards give no ID number: the flow looks their holder up by card number
        after the PIN (AgencyPort.look_up_by_card), so the card itself needs no agency."""
        self._sessions = sessions
        self._lock = threading.Lock()
        self._session: CardSession | None = None

    @classmethod
    def for_reader(
        cls,
        reader: str | None,
        psam_reader: str | None,
    ) -> CardAdapter:
        exclude = (psam_reader,) if psam_reader else ()
        return cls(lambda: CardSession(reader, exclude_readers=exclude))

    @blocking_io
    def read_card(self) -> CardReading | CardFault:
        with self._lock:
            self._close_locked()
            session = self._sessions()
            opened = session.open()
            if opened is not None:
                log.info("card not opened: %s", opened.kind)
                return card_fault(opened)
            chip = session.read_identity()
            if isinstance(chip, dev.CardFault):
                session.close()
                return card_fault(chip)
            identity = self._identity(chip)
            if isinstance(identity, CardFault):
                session.close()
                return identity
            self._session = session
            # Reading the tries left would cost a VERIFY; the card reports them after a wrong PIN.
            return CardReading(identity=identity, pin_tries_left=None)

    def _identity(self, chip: ChipIdentity) -> CardIdentity | CardFault:
        if chip.ssn is not None and chip.name is not None:
            number = parse_id_number(chip.ssn)
            if not isinstance(number, IdNumber):
                log.info("card holds a malformed ID number (%s)", number.value)
                return CardFault.UNREADABLE
            return CardIdentity(
                ssn=number,
                name=chip.name,
                card_number=chip.card_number or "",
                region_code=chip.region or "",
                card_id=(chip.identification_code or "").lower(),
            )
        if chip.region is None or chip.card_number is None:
            return CardFault.UNREADABLE
        # The holder is named by the agency once the card has accepted the PIN.
        return CardIdentity(
            ssn=None,
            name="",
            card_number=chip.card_number,
            region_code=chip.region,
            card_id=(chip.identification_code or "").lower(),
        )

    @blocking_io
    def verify_pin(self, pin: str) -> PinVerdict | CardFault:
        with self._lock:
            session = self._session
            if session is None:
                return CardFault.REMOVED
            result = session.verify_pin(pin)
        if isinstance(result, chip_pin.PinAccepted):
            return PinAccepted()
        if isinstance(result, chip_pin.PinRejected):
            return PinRejected(result.tries_left) if result.tries_left > 0 else PinBlocked()
        if isinstance(result, dev.PinBlocked | dev.CardLocked):
            return PinBlocked()
        return card_fault(result)

    @blocking_io
    def answer_challenge(self, challenge: bytes) -> bytes | CardFault:
        """The card's INTERNAL AUTHENTICATE answer, on the connection whose PIN it accepted."""
        with self._lock:
            session = self._session
            if session is None:
                return CardFault.REMOVED
            answer = session.internal_authenticate(challenge)
        if isinstance(answer, dev.CardFault):
            log.info("card did not answer the challenge: %s", answer.kind)
            return card_fault(answer)
        return answer

    def close(self) -> None:
        """Drop the connection (and with it the verified PIN); safe to call at any time."""
        with self._lock:
            self._close_locked()

    def _close_locked(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.close()
