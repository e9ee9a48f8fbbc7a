"""The field credential on the laptop, sealed under the visitor's password, for offline logins.

After an online login the laptop keeps what the agency answered (credential id, visit key,
validity) in one file beside the queue, encrypted with AES-256-GCM under a key drawn from two
sources: scrypt over the visitor's password and the laptop's own queue data key (secrets.toml).
The file alone opens nothing; the laptop alone opens nothing without the password, and scrypt
makes guessing it slow. An offline login is exactly "this password opens this laptop's sealed
credential, and the credential has not expired by the laptop's clock"; the agency checks the
credential again (its own record, expiry, revocation) when the claims arrive.

Five wrong passwords in a row offline wipe the visitor's sealed credential: the next login must
be online, where the agency's throttle applies.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FILE_NAME = "field-credentials.json"
MAX_OFFLINE_FAILURES = 5
_AAD_PREFIX = b"changtong-field-credential-v1\n"
_SCRYPT_N = 2**14  # about 50 ms on a laptop: unnoticed at login, slow for a guesser
_SALT_BYTES = 16


@dataclass(frozen=True)
class FieldCredential:
    """What the agency's login answered (docs/api.md, `FieldCredential`)."""

    credential: str
    visit_key: bytes = field(repr=False)
    visitor: str
    masked_name: str
    kiosk_id: str
    issued_at: datetime
    expires_at: datetime

    def valid_at(self, now: datetime) -> bool:
        return now <= self.expires_at

    def to_json(self) -> dict[str, Any]:
        return {
            "credential": self.credential,
            "visit_key": self.visit_key.hex(),
            "visitor": self.visitor,
            "masked_name": self.masked_name,
            "kiosk_id": self.kiosk_id,
            "issued_at": self.issued_at.isoformat(),
            "expires_at": self.expires_at.isoformat(),
        }

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> FieldCredential:
        return cls(
            credential=str(body["credential"]),
            visit_key=bytes.fromhex(str(body["visit_key"])),
            visitor=str(body["visitor"]),
            masked_name=str(body["masked_name"]),
            kiosk_id=str(body["kiosk_id"]),
            issued_at=_aware(datetime.fromisoformat(str(body["issued_at"]))),
            expires_at=_aware(datetime.fromisoformat(str(body["expires_at"]))),
        )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Opened:
    credential: FieldCredential


@dataclass(frozen=True)
class WrongPassword:
    tries_left: int


@dataclass(frozen=True)
class NoneStored:
    """No credential for this name on this laptop (never online, wiped, or for another kiosk)."""


Opening = Opened | WrongPassword | NoneStored


class SealedCredentials:
    """One file of sealed credentials, one per visitor name that logged in on this laptop."""

    def __init__(self, directory: Path, kiosk_id: str, data_key: bytes) -> None:
        self.path = directory / FILE_NAME
        self._kiosk_id = kiosk_id
        self._data_key = data_key

    def _key(self, password: str, salt: bytes) -> bytes:
        stretched = Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=8, p=1).derive(
            password.encode("utf-8")
        )
        return hashlib.sha256(b"field-credential\n" + self._data_key + stretched).digest()

    def _aad(self, username: str) -> bytes:
        return _AAD_PREFIX + f"{self._kiosk_id}\n{username}".encode()

    def _read(self) -> dict[str, dict[str, Any]]:
        try:
            body = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            return {}  # a damaged file opens nothing; the next online login writes a new one
        entries = body.get("entries") if isinstance(body, dict) else None
        return entries if isinstance(entries, dict) else {}

    def _write(self, entries: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        data = json.dumps({"version": 1, "entries": entries}).encode("utf-8")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    def store(self, password: str, credential: FieldCredential) -> None:
        """After an online login: replaces whatever this visitor had sealed here."""
        salt, nonce = secrets.token_bytes(_SALT_BYTES), secrets.token_bytes(12)
        sealed = AESGCM(self._key(password, salt)).encrypt(
            nonce,
            json.dumps(credential.to_json()).encode("utf-8"),
            self._aad(credential.visitor),
        )
        entries = self._read()
        entries[credential.visitor] = {
            "salt": salt.hex(),
            "nonce": nonce.hex(),
            "sealed": sealed.hex(),
            "failures": 0,
        }
        self._write(entries)

    def forget(self, username: str) -> None:
        entries = self._read()
        if entries.pop(username, None) is not None:
            self._write(entries)

    def open(self, username: str, password: str) -> Opening:
        """The credential if `password` opens it; counts a wrong password and wipes the entry
        at `MAX_OFFLINE_FAILURES`. Expiry is the caller's to judge (it holds the clock)."""
        entries = self._read()
        entry = entries.get(username)
        if entry is None:
            return NoneStored()
        try:
            key = self._key(password, bytes.fromhex(entry["salt"]))
            plain = AESGCM(key).decrypt(
                bytes.fromhex(entry["nonce"]), bytes.fromhex(entry["sealed"]), self._aad(username)
            )
        except InvalidTag:
            failures = int(entry.get("failures", 0)) + 1
            if failures >= MAX_OFFLINE_FAILURES:
                del entries[username]
            else:
                entry["failures"] = failures
            self._write(entries)
            return WrongPassword(max(MAX_OFFLINE_FAILURES - failures, 0))
        except (KeyError, ValueError, TypeError):
            return NoneStored()
        credential = FieldCredential.from_json(json.loads(plain))
        if credential.kiosk_id != self._kiosk_id:
            return NoneStored()
        if entry.get("failures"):
            entry["failures"] = 0
            self._write(entries)
        return Opened(credential)
