"""Encryption of payloads at rest and the keyed hash used for offline status look-ups.

The payload key is the kiosk's data key itself; the look-up key is derived from it with HKDF so a
leaked hash key never exposes payloads, and an ID-number hash can't be computed without the key
(ID numbers are too few to resist a dictionary attack on a plain hash).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Mapping
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from offline_queue.errors import DataKeyError

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
_LOOKUP_INFO = b"changtong/offline-queue/id-lookup/v1"
_CHECK_INFO = b"changtong/offline-queue/key-check/v1"


def canonical_json(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def normalize_id_number(id_number: str) -> str:
    # The resident ID's check digit may be typed as "x" or "X", with stray spaces from a keyboard.
    return "".join(id_number.split()).upper()


class PayloadCipher:
    """Holds the kiosk's data key and the keys derived from it, for one open queue."""

    def __init__(self, data_key: bytes) -> None:
        if len(data_key) != DATA_KEY_BYTES:
            raise DataKeyError(f"the queue data key must be {DATA_KEY_BYTES} bytes")
        self._aead = AESGCM(data_key)
        self._lookup_key = _derive(data_key, _LOOKUP_INFO)
        self._check_value = _derive(data_key, _CHECK_INFO)

    def encrypt(self, client_reference: str, payload: Mapping[str, Any]) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, canonical_json(payload), client_reference.encode())
        return nonce + sealed

    def encrypt_login(self, client_reference: str, login: Mapping[str, Any]) -> bytes:
        """The login proof of an item; its own associated data, so a login blob can never be
        read as a payload (or moved to another item)."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, canonical_json(login), _login_aad(client_reference))
        return nonce + sealed

    def decrypt_login(self, client_reference: str, blob: bytes) -> dict[str, Any]:
        return self.decrypt(client_reference, blob, associated=_login_aad(client_reference))

    def encrypt_answer(self, client_reference: str, answer: Mapping[str, Any]) -> bytes:
        """The agency's answer for an item (claim state, verification code): about one
        claimant's claim, and the code opens its status page, so it is kept like the payload,
        under associated data of its own."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._aead.encrypt(nonce, canonical_json(answer), _answer_aad(client_reference))
        return nonce + sealed

    def decrypt_answer(self, client_reference: str, blob: bytes) -> dict[str, Any]:
        return self.decrypt(client_reference, blob, associated=_answer_aad(client_reference))

    def decrypt(
        self, client_reference: str, blob: bytes, *, associated: bytes | None = None
    ) -> dict[str, Any]:
        aad = client_reference.encode() if associated is None else associated
        try:
            plain = self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
        except InvalidTag:
            raise DataKeyError(
                f"item {client_reference} does not decrypt: wrong data key or damaged row"
            ) from None
        value = json.loads(plain)
        if not isinstance(value, dict):
            raise DataKeyError(f"item {client_reference} holds no JSON object")
        return value

    def id_lookup_hash(self, id_number: str) -> str:
        digest = hmac.new(self._lookup_key, normalize_id_number(id_number).encode(), hashlib.sha256)
        return digest.hexdigest()

    @property
    def key_check(self) -> str:
        """A value stored in the queue so a wrong key is noticed on open, not on first send."""
        return hashlib.sha256(self._check_value).hexdigest()


def _login_aad(client_reference: str) -> bytes:
    return b"login\n" + client_reference.encode()


def _answer_aad(client_reference: str) -> bytes:
    return b"answer\n" + client_reference.encode()


def _derive(data_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)
