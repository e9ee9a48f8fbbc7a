"""PIN verification by the card itself (social-security-card.md §6).

The PIN is passed straight through to the card: never logged, never stored, never retried.
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.sscard import apdu, records
from devices.sscard.channel import RawChannel, exchange
from devices.sscard.faults import InvalidPinFormat, PinBlocked
from devices.sscard.status_words import SW_PIN_BLOCKED, fault_for, is_tries_left, tries_left


@dataclass(frozen=True)
class PinAccepted:
    pass


@dataclass(frozen=True)
class PinRejected:
    """Wrong PIN; `tries_left` is the card's own count (never an assumed limit)."""

    tries_left: int


PinResult = PinAccepted | PinRejected


def check_pin_format(pin: str) -> None:
    if not (4 <= len(pin) <= 12 and pin.isascii() and pin.isdigit()):
        raise InvalidPinFormat(f"{len(pin)} characters")


def verify_pin(channel: RawChannel, pin: str) -> PinResult:
    """Assumes SSSE is selected on this connection (the session does that first)."""
    check_pin_format(pin)
    response = exchange(channel, apdu.verify_pin(records.pin_to_bcd(pin)))
    if response.ok:
        return PinAccepted()
    if response.sw == SW_PIN_BLOCKED:
        raise PinBlocked("VERIFY: SW 6983")
    if is_tries_left(response.sw):
        left = tries_left(response.sw)
        if left == 0:
            raise PinBlocked("VERIFY: SW 63C0")
        return PinRejected(left)
    raise fault_for(response.sw, "VERIFY")
