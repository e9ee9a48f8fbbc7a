"""The agency's key store: symmetric keys by purpose and id, behind a backend that a province
replaces with its own key management (an HSM, a KMS) without touching the code that uses keys.

Every ciphertext records the id of the key that made it, so a key can be rotated: `rotate()` adds
a new key that encrypts from then on, and the old ones stay for reading what they sealed. The
blind-index key is the exception: an index is only useful if every row was computed with the same
key, so changing it means re-indexing every claimant (docs/data-protection.md).

Formats (stable; migrations rely on them):
- text column: `<key id>:<base64url(nonce || AES-256-GCM ciphertext || tag)>`, no padding;
- wrapped secret: `<key id, 2 bytes big-endian> || nonce || ciphertext || tag`;
- blind index: the first 16 bytes of HMAC-SHA256(index key, label 0x1F part 0x1F part ...), hex.
The associated data is the label (`table.column`), so a ciphertext copied into another column
(a name moved into the mobile column to be printed on an SMS, say) fails to decrypt.
"""

import base64
import hashlib
import hmac
import os
import re
import threading
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from server.keys.files import create_private_file, ensure_private_dir, read_private_file

KEY_BYTES = 32
NONCE_BYTES = 12  # 96 bits, the size GCM is specified for
TAG_BYTES = 16
INDEX_BYTES = 16  # 128 bits: collisions among a country's population are out of reach
INDEX_HEX_CHARS = 2 * INDEX_BYTES
MAX_KEY_ID_DIGITS = 5


class Purpose(StrEnum):
    """One key per use, so that a key leaked or rotated for one use says nothing about another."""

    DATA = "data"  # AES-256-GCM over personal-data columns
    INDEX = "index"  # HMAC-SHA256 blind indexes for look-ups by ID number and card
    WRAP = "wrap"  # AES-256-GCM over the kiosks' request-signing keys
    STATUS = "status"  # HMAC-SHA256 over receipt references (public status page codes)


class KeyStoreError(Exception):
    """A ciphertext names a key the store does not hold, or fails authentication."""


class KeyBackend(Protocol):
    """Where key material lives. The reference server ships the file backend; a province's HSM
    backend implements the same three calls (names are `<purpose>-<id>`, material 32 bytes)."""

    @property
    def location(self) -> str: ...

    def load(self, name: str) -> bytes | None: ...

    def create(self, name: str, material: bytes) -> bytes:
        """Stores `material` under a new name, or returns what another process stored first."""
        ...

    def names(self) -> Iterable[str]: ...


class FileKeyBackend:
    """One 0600 file per key in a 0700 directory (by default `<data dir>/keys`)."""

    def __init__(self, directory: Path) -> None:
        self.directory = ensure_private_dir(directory)

    @property
    def location(self) -> str:
        return str(self.directory.resolve())

    def _path(self, name: str) -> Path:
        return self.directory / f"{name}.key"

    def load(self, name: str) -> bytes | None:
        path = self._path(name)
        return read_private_file(path) if path.exists() else None

    def create(self, name: str, material: bytes) -> bytes:
        if create_private_file(self._path(name), material):
            return material
        stored = self.load(name)
        if stored is None:
            raise KeyStoreError(f"key file {self._path(name)} vanished while it was created")
        return stored

    def names(self) -> list[str]:
        return sorted(p.stem for p in self.directory.glob("*.key"))


_NAME = re.compile(r"^(?P<purpose>[a-z]+)-(?P<id>[1-9][0-9]{0,4})$")


class KeyRing:
    """The keys of one agency, loaded lazily from a backend and kept in memory."""

    def __init__(self, backend: KeyBackend) -> None:
        self._backend = backend
        self._lock = threading.Lock()
        self._keys: dict[tuple[Purpose, int], bytes] = {}
        self._current: dict[Purpose, int] = {}

    @property
    def location(self) -> str:
        return self._backend.location

    def key_ids(self, purpose: Purpose) -> list[int]:
        ids = []
        for name in self._backend.names():
            match = _NAME.match(name)
            if match and match["purpose"] == purpose.value:
                ids.append(int(match["id"]))
        return sorted(ids)

    def _create(self, purpose: Purpose, key_id: int) -> bytes:
        material = self._backend.create(f"{purpose.value}-{key_id}", os.urandom(KEY_BYTES))
        self._keys[(purpose, key_id)] = material
        return material

    def current(self, purpose: Purpose) -> tuple[int, bytes]:
        """The key new data is sealed with: the highest id, created on first use."""
        with self._lock:
            key_id = self._current.get(purpose)
            if key_id is None:
                ids = self.key_ids(purpose)
                key_id = ids[-1] if ids else 1
                if not ids:
                    self._create(purpose, key_id)
                self._current[purpose] = key_id
        return key_id, self.key(purpose, key_id)

    def key(self, purpose: Purpose, key_id: int) -> bytes:
        cached = self._keys.get((purpose, key_id))
        if cached is not None:
            return cached
        material = self._backend.load(f"{purpose.value}-{key_id}")
        if material is None or len(material) != KEY_BYTES:
            raise KeyStoreError(f"the key store holds no usable {purpose.value} key {key_id}")
        self._keys[(purpose, key_id)] = material
        return material

    def rotate(self, purpose: Purpose) -> int:
        """A new key for `purpose` that seals from now on; earlier keys still open old data.
        A server that is running keeps its current key until it restarts."""
        if purpose is Purpose.INDEX:
            raise KeyStoreError("the blind-index key cannot rotate in place: re-index instead")
        with self._lock:
            ids = self.key_ids(purpose)
            key_id = (ids[-1] if ids else 0) + 1
            self._create(purpose, key_id)
            self._current[purpose] = key_id
        return key_id

    def secret(self, purpose: Purpose) -> bytes:
        """A MAC key that is used as a whole (the receipt status codes)."""
        return self.current(purpose)[1]

    def _seal(self, purpose: Purpose, plaintext: bytes, label: str) -> tuple[int, bytes]:
        key_id, key = self.current(purpose)
        nonce = os.urandom(NONCE_BYTES)
        return key_id, nonce + AESGCM(key).encrypt(nonce, plaintext, label.encode("ascii"))

    def _open(self, purpose: Purpose, key_id: int, sealed: bytes, label: str) -> bytes:
        key = self.key(purpose, key_id)
        try:
            return AESGCM(key).decrypt(
                sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], label.encode("ascii")
            )
        except InvalidTag:
            raise KeyStoreError(
                f"a {label} value fails authentication (tampered or moved)"
            ) from None

    def seal_text(self, label: str, value: str) -> str:
        key_id, sealed = self._seal(Purpose.DATA, value.encode("utf-8"), label)
        return f"{key_id}:{base64.urlsafe_b64encode(sealed).rstrip(b'=').decode('ascii')}"

    def open_text(self, label: str, stored: str) -> str:
        key_id, sep, body = stored.partition(":")
        if not sep or not key_id.isdigit():
            raise KeyStoreError(f"a {label} value is not a ciphertext of this key store")
        sealed = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        return self._open(Purpose.DATA, int(key_id), sealed, label).decode("utf-8")

    def wrap(self, label: str, secret: bytes) -> bytes:
        key_id, sealed = self._seal(Purpose.WRAP, secret, label)
        return key_id.to_bytes(2, "big") + sealed

    def unwrap(self, label: str, wrapped: bytes) -> bytes:
        if len(wrapped) < 2 + NONCE_BYTES + TAG_BYTES:
            raise KeyStoreError(f"a {label} value is not a wrapped key of this key store")
        return self._open(Purpose.WRAP, int.from_bytes(wrapped[:2], "big"), wrapped[2:], label)

    def blind_index(self, label: str, *parts: str) -> str:
        """Equal inputs give equal indexes, so the database can find a row by it; without the
        index key, a copied database cannot test guesses (all ID numbers of one birth date are
        only about 2000) against it, which an unkeyed hash would allow."""
        _, key = self.current(Purpose.INDEX)
        message = "\x1f".join((label, *parts)).encode("utf-8")
        return hmac.new(key, message, hashlib.sha256).digest()[:INDEX_BYTES].hex()


def sealed_text_length(max_plain_bytes: int) -> int:
    """The longest `seal_text` output for a value of at most `max_plain_bytes` UTF-8 bytes."""
    sealed = NONCE_BYTES + max_plain_bytes + TAG_BYTES
    return MAX_KEY_ID_DIGITS + 1 + -(-sealed * 4 // 3)


LEGACY_STATUS_KEY = "status-key.bin"


def open_key_ring(data_dir: Path, key_dir: Path | None = None) -> KeyRing:
    """The key store of the server whose data lives in `data_dir`; `key_dir` (setting
    `reference_server.key_dir`) puts the keys elsewhere, e.g. on a separately backed-up volume.

    The receipt status key predates the key store (`<data dir>/status-key.bin`); it moves in as
    status key 1, so codes printed on earlier receipts stay valid."""
    backend = FileKeyBackend(key_dir if key_dir is not None else data_dir / "keys")
    legacy = data_dir / LEGACY_STATUS_KEY
    if legacy.exists():
        material = read_private_file(legacy)
        if backend.create(f"{Purpose.STATUS.value}-1", material) == material:
            legacy.unlink()
    return KeyRing(backend)
