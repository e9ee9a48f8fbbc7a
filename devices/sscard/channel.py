"""The card channel: raw APDU exchange, and the T=0 rules (61xx, 6Cxx) solved once, here.

Everything above this module sees only final answers: the full data and a final status word.
"""

from __future__ import annotations

import logging
from typing import Protocol

from devices.sscard.apdu import Command, Response, get_response
from devices.sscard.faults import MalformedCardData

log = logging.getLogger(__name__)

MAX_T0_ROUNDS = 8  # a 2nd-gen read needs at most two; more means a card or driver loop


class RawChannel(Protocol):
    """Sends one APDU and returns the card's bytes (data + SW1 SW2).

    Implementations raise `CardFault` subclasses (removed, unresponsive, no reader) on transport
    failure. PC/SC is the production implementation; tests may run any transport they like.
    """

    def transmit_raw(self, apdu: bytes) -> bytes: ...


class ApduCounter:
    """Counts the APDUs actually sent, for diagnostics and the benchmark."""

    def __init__(self) -> None:
        self.count = 0


def exchange(channel: RawChannel, command: Command, counter: ApduCounter | None = None) -> Response:
    """Send `command` and resolve T=0 status words: 61xx with GET RESPONSE, 6Cxx by re-issuing.

    Both can occur on one command (6C, then 61 on the re-issue); each is followed a bounded
    number of times so a misbehaving card cannot keep us in a loop.
    """
    data = b""
    current = command
    for _ in range(MAX_T0_ROUNDS):
        raw = channel.transmit_raw(current.to_bytes())
        if counter is not None:
            counter.count += 1
        try:
            response = Response.from_raw(raw)
        except ValueError:
            raise MalformedCardData(f"{command.name}: answer of {len(raw)} bytes") from None
        if response.sw1 == 0x61:
            data += response.data
            current = get_response(response.sw2)
            continue
        if response.sw1 == 0x6C:
            current = current.with_le(response.sw2)
            continue
        log.debug("%s -> SW %04X, %d bytes", command.name, response.sw, len(response.data))
        return Response(data + response.data, response.sw1, response.sw2)
    raise MalformedCardData(f"{command.name}: T=0 status loop")
