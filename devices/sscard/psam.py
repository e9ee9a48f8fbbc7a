"""A `SecurityModule` backed by a PSAM in a second PC/SC slot.

Readers for 社保 cards usually expose the SAM slot as a separate PC/SC reader. Connecting,
selecting the PSAM application and the T=0 handling are common to every PSAM and live here; the
PSAM's own commands (key diversification, cryptogram) are vendor-specific and not public, so
they come from a `PsamCommands` implementation (docs/devices.md, "Security modules").
"""

from __future__ import annotations

import os
from typing import Protocol

from devices.sscard.apdu import Command
from devices.sscard.channel import exchange
from devices.sscard.faults import CardFault, SecurityModuleFault
from devices.sscard.pcsc import PcscConnection, PcscContext
from devices.sscard.security_module import CardDiversification
from devices.sscard.status_words import fault_for

PSAM_AID = bytes.fromhex("D15600000590")  # unconfirmed (social-security-card.md §8, step 0)


class PsamCommands(Protocol):
    """The vendor part: build the PSAM APDUs and read their answers."""

    def internal_auth_expected(self, card: CardDiversification, random: bytes) -> Command:
        """A command whose answer is the reply a genuine card gives to `random`."""
        ...

    def external_auth_cryptogram(self, card: CardDiversification, challenge: bytes) -> Command:
        """A command whose answer is the 16-byte EXTERNAL AUTHENTICATE data."""
        ...


class PcscPsam:
    """Opens the PSAM slot on first use and keeps it for the session; `close()` releases it."""

    def __init__(self, reader: str, commands: PsamCommands) -> None:
        self.reader = reader
        self._commands = commands
        self._context: PcscContext | None = None
        self._connection: PcscConnection | None = None

    def _channel(self) -> PcscConnection:
        if self._connection is None:
            try:
                self._context = PcscContext()
                self._connection = PcscConnection(self._context, self.reader, exclusive=True)
                selected = exchange(
                    self._connection, Command("SELECT PSAM", 0x00, 0xA4, 0x04, 0x00, PSAM_AID)
                )
            except CardFault as fault:
                self.close()
                raise SecurityModuleFault(f"PSAM slot: {fault.kind}") from None
            if not selected.ok:
                self.close()
                raise SecurityModuleFault(f"SELECT PSAM: SW {selected.sw:04X}")
        return self._connection

    def _ask(self, command: Command) -> bytes:
        response = exchange(self._channel(), command)
        if not response.ok:
            raise SecurityModuleFault(fault_for(response.sw, command.name).detail)
        return response.data

    def internal_auth_random(self) -> bytes:
        return os.urandom(16)

    def check_internal_auth(
        self, card: CardDiversification, random: bytes, card_reply: bytes
    ) -> bool:
        return self._ask(self._commands.internal_auth_expected(card, random)) == card_reply

    def external_auth_cryptogram(self, card: CardDiversification, challenge: bytes) -> bytes:
        cryptogram = self._ask(self._commands.external_auth_cryptogram(card, challenge))
        if len(cryptogram) != 16:
            raise SecurityModuleFault(f"cryptogram of {len(cryptogram)} bytes")
        return cryptogram

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._context is not None:
            self._context.close()
            self._context = None
