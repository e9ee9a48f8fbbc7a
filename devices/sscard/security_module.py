"""The security-module (PSAM) interface that unlocks 3.00 cards, for vendors to implement.

A 3rd-generation card releases the holder's data only after external authentication with a
card-specific key derived inside a PSAM (social-security-card.md §8). The PSAM-side commands are
vendor-specific and not public, so the kiosk depends only on this small interface; the card-side
APDUs (GET CHALLENGE, INTERNAL/EXTERNAL AUTHENTICATE) stay in `read_sequence`.

Implementations may raise `SecurityModuleFault` for their own failures. See docs/devices.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class CardDiversification:
    """Inputs a PSAM uses to derive the card key; all were read from the card before auth."""

    atr: bytes = field(repr=False)
    identification_code: bytes = field(repr=False)  # EF05 tag 01, 16 bytes (region inside)
    card_version: str
    card_number: str = field(repr=False)
    algorithm_id: int  # FCI tag 9F0C "86 01 xx", 1 when absent


class SecurityModule(Protocol):
    """A PSAM able to authenticate a social security card (both directions)."""

    def internal_auth_random(self) -> bytes:
        """16 random bytes the card must encrypt to prove it is genuine."""
        ...

    def check_internal_auth(
        self, card: CardDiversification, random: bytes, card_reply: bytes
    ) -> bool:
        """Whether `card_reply` is the genuine card's answer to `random`."""
        ...

    def external_auth_cryptogram(self, card: CardDiversification, challenge: bytes) -> bytes:
        """The 16-byte EXTERNAL AUTHENTICATE data for the card's 8-byte `challenge`."""
        ...
