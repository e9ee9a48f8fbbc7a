"""The card proving itself to the agency: INTERNAL AUTHENTICATE over the agency's challenge.

After the card accepted the PIN, the kiosk sends `00 88 00 00 10 <challenge>`; the card answers
SM4-ECB(card key, challenge), the card key being diversified from the issuer's master key by the
card identification code (EF05 tag 01). Only the card and the agency hold that key, so the
answer proves the genuine card was in the reader when the PIN was entered: a card cloned from
its readable files, or a kiosk key alone, cannot produce it (contract/card_proof.py,
docs/devices.md "Card login").

On T=0 the card answers `61 10` and the 16 bytes come with GET RESPONSE; `channel.exchange`
resolves that, as for every other command.
"""

from __future__ import annotations

from devices.sscard import apdu
from devices.sscard.channel import ApduCounter, RawChannel, exchange
from devices.sscard.faults import MalformedCardData
from devices.sscard.status_words import fault_for

CHALLENGE_BYTES = 16


def answer_challenge(
    channel: RawChannel, challenge: bytes, counter: ApduCounter | None = None
) -> bytes:
    """The card's 16-byte cryptogram; raises `CardFault` for any other answer."""
    if len(challenge) != CHALLENGE_BYTES:
        raise ValueError("the agency's challenge has 16 bytes")
    response = exchange(channel, apdu.internal_authenticate(challenge), counter)
    if not response.ok:
        raise fault_for(response.sw, "INTERNAL AUTHENTICATE")
    if len(response.data) != CHALLENGE_BYTES:
        raise MalformedCardData(f"INTERNAL AUTHENTICATE: {len(response.data)} bytes")
    return response.data
