"""The reference implementation of the e-card platform: codes sealed under the platform's key.

A code is `ECSSC1.` + base64url(nonce ‖ AES-256-GCM(key, nonce, body, aad="ECSSC1")), body =
code id (16 random bytes) ‖ issued at ‖ expires at (8 bytes each, big-endian Unix seconds) ‖ the
holder's 18-character ID number. Authenticated encryption is both the signature and the
envelope: a code the key did not seal fails its tag (forged, or one character misread), and the
ID number inside is unreadable to anyone holding only the QR code or a scanner log.

The key is the platform's, not the agency's: a file `ecard-platform.key` (0600) in the server's
data directory, made on first use. Only this reference needs it; a province's platform keeps
its keys where it always has.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
import struct
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from contract.ecard import ECARD_PREFIX, looks_like_ecard_code, normalised
from server.ecard.platform import EcardHolder, EcardRefusal
from server.keys.files import create_private_file, read_private_file

KEY_FILE = "ecard-platform.key"
KEY_BYTES = 32
NONCE_BYTES = 12
CODE_ID_BYTES = 16
SSN_CHARS = (18, 15)  # a resident ID number; a 2017 permanent-residence card's number
# The national app refreshes its code every minute or so; 90 s covers a slow scan and a slow
# network without leaving a photographed code usable for long.
CODE_TTL_S = 90
_AAD = ECARD_PREFIX.rstrip(".").encode("ascii")
_HEAD = struct.Struct(">16sqq")


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes | None:
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return None
    return data if _b64(data) == text else None  # one text per code: no malleable variants


class ReferenceEcardPlatform:
    """Mints and verifies codes with one key; `ttl_s` is the lifetime of the codes it mints."""

    def __init__(self, key: bytes, *, ttl_s: int = CODE_TTL_S) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the e-card platform key is 32 bytes")
        self._aead = AESGCM(key)
        self.ttl_s = ttl_s

    def mint(self, ssn: str, now: datetime | None = None) -> str:
        """A fresh code for the holder of `ssn`, as the national app would show it."""
        number = ssn.upper()
        if len(number) not in SSN_CHARS or not number.isascii():
            raise ValueError("an e-card names an 18- or 15-character ID number")
        issued = now or datetime.now(UTC)
        expires = issued + timedelta(seconds=self.ttl_s)
        body = _HEAD.pack(
            secrets.token_bytes(CODE_ID_BYTES),
            int(issued.timestamp()),
            int(expires.timestamp()),
        ) + number.encode("ascii")
        nonce = os.urandom(NONCE_BYTES)
        return ECARD_PREFIX + _b64(nonce + self._aead.encrypt(nonce, body, _AAD))

    def verify(self, code: str, now: datetime) -> EcardHolder | EcardRefusal:
        text = normalised(code)
        if not looks_like_ecard_code(text):
            return EcardRefusal.INVALID
        sealed = _unb64(text[len(ECARD_PREFIX) :])
        if sealed is None or len(sealed) <= NONCE_BYTES:
            return EcardRefusal.INVALID
        try:
            body = self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _AAD)
        except InvalidTag:
            return EcardRefusal.INVALID
        if len(body) - _HEAD.size not in SSN_CHARS:
            return EcardRefusal.INVALID
        code_id, _issued, expires = _HEAD.unpack(body[: _HEAD.size])
        expires_at = datetime.fromtimestamp(expires, UTC)
        if expires_at < now:
            return EcardRefusal.EXPIRED
        return EcardHolder(
            ssn=body[_HEAD.size :].decode("ascii"), code_id=code_id.hex(), expires_at=expires_at
        )


_platforms: dict[Path, ReferenceEcardPlatform] = {}
_lock = threading.Lock()


def reference_platform(data_dir: Path) -> ReferenceEcardPlatform:
    """The reference platform of one server data directory, its key made on first use. Two
    processes starting at once keep the first one's key (create_private_file is exclusive)."""
    with _lock:
        found = _platforms.get(data_dir)
        if found is None:
            path = data_dir / KEY_FILE
            create_private_file(path, secrets.token_bytes(KEY_BYTES))
            found = _platforms[data_dir] = ReferenceEcardPlatform(read_private_file(path))
        return found
