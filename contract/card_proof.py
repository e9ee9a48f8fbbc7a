"""How a social security card proves to the agency that it is the genuine card, and that the
claimant at the kiosk entered its PIN (docs/api.md, "Card login"; docs/devices.md).

The kiosk's own key only proves which kiosk is speaking; an unattended kiosk's key can be copied.
So every claimant-scoped request also carries proof from the card itself: after a successful
VERIFY (PIN), the kiosk sends INTERNAL AUTHENTICATE with a 16-byte challenge, and the card
answers with SM4-ECB under its own key. The card key is diversified from the issuer's master key
by the card identification code (EF05 tag 01), so only the card and the agency can compute it.

- Online, the agency issues a single-use challenge bound to the kiosk (POST /api/v1/login/challenge).
- Offline, the challenge is derived from the submission itself (`offline_challenge`): the
  cryptogram then binds the card to exactly that claim, and a stolen kiosk key alone files nothing.

The master key per prefecture comes from the agency's key store; `TEST_ISSUER_KEY` is the key
the demo, the tests and the simulators use for every region. A province replaces this module's
`card_key` derivation with its own key management (an HSM, the national scheme) at this seam.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

TEST_ISSUER_KEY = b"Changtong-issuer"  # 16 ASCII bytes: demo, tests and simulators only
CHALLENGE_BYTES = 16
CARD_ID_BYTES = 16
OFFLINE_CHALLENGE_PREFIX = b"changtong-offline-v1\n"


def _sm4_ecb(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.SM4(key), modes.ECB()).encryptor()
    return encryptor.update(block) + encryptor.finalize()


def card_key(issuer_master_key: bytes, card_id: bytes) -> bytes:
    """Card key = SM4-ECB(issuer master key, card identification code)."""
    if len(issuer_master_key) != 16:
        raise ValueError("an SM4 master key has 16 bytes")
    if len(card_id) != CARD_ID_BYTES:
        raise ValueError("a card identification code has 16 bytes")
    return _sm4_ecb(issuer_master_key, card_id)


def cryptogram(key: bytes, challenge: bytes) -> bytes:
    """What the card answers to INTERNAL AUTHENTICATE: SM4-ECB(card key, challenge)."""
    if len(challenge) != CHALLENGE_BYTES:
        raise ValueError("a challenge has 16 bytes")
    return _sm4_ecb(key, challenge)


def verify_cryptogram(
    issuer_master_key: bytes, card_id: bytes, challenge: bytes, answer: bytes
) -> bool:
    """True when `answer` is the card's reply to `challenge`; compared in constant time."""
    if len(answer) != CHALLENGE_BYTES or len(challenge) != CHALLENGE_BYTES:
        return False
    expected = cryptogram(card_key(issuer_master_key, card_id), challenge)
    return hmac.compare_digest(expected, answer)


def canonical_json(value: object) -> bytes:
    """The one JSON form both sides hash: sorted keys, no spaces, UTF-8 (not ASCII-escaped)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def submission_content_hash(kind: str, payload: Mapping[str, object]) -> str:
    """The hash that makes a client reference an idempotency key (same reference, other content:
    refused) and that offline card proofs sign. `payload` is the submission's payload as the
    server validates it: every field present, defaults included, the ID number in upper case."""
    return hashlib.sha256(canonical_json({"kind": kind, "payload": dict(payload)})).hexdigest()


def offline_challenge(client_reference: str, content_hash: str) -> bytes:
    """The challenge a queued claim's card proof answers: the first 16 bytes of
    SHA-256("changtong-offline-v1\\n" + client reference + "\\n" + content hash)."""
    material = OFFLINE_CHALLENGE_PREFIX + f"{client_reference}\n{content_hash}".encode("ascii")
    return hashlib.sha256(material).digest()[:CHALLENGE_BYTES]
