"""The technician PIN: policy, scrypt hashing and the one place that writes it to the secrets file.

The stored form carries its own parameters and salt, `scrypt$n=16384,r=8,p=1$<salt>$<hash>`, so a
later release can raise the cost and still verify PINs set before it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import os
import re
from dataclasses import dataclass
from pathlib import Path

from config.secrets import ensure_secrets, save_secrets

SCHEME = "scrypt"
N, R, P = 2**14, 8, 1
DKLEN = 32
SALT_BYTES = 16
MIN_LENGTH, MAX_LENGTH = 6, 12
_STORED = re.compile(
    r"^scrypt\$n=(?P<n>\d+),r=(?P<r>\d+),p=(?P<p>\d+)\$(?P<salt>[A-Za-z0-9_=-]+)\$(?P<hash>[A-Za-z0-9_=-]+)$"
)


class PinPolicyError(ValueError):
    """A PIN that may not be set; `code` is stable for translations, the message is English."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


def check_policy(pin: str) -> None:
    """6 to 12 digits (kiosks have a digit keypad), not one digit repeated, not a run like 123456."""
    if not pin.isascii() or not pin.isdigit():
        raise PinPolicyError("pin_not_digits", "the PIN must be digits only")
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise PinPolicyError("pin_length", f"the PIN must have {MIN_LENGTH} to {MAX_LENGTH} digits")
    if len(set(pin)) == 1:
        raise PinPolicyError("pin_repeated", "the PIN must not be one digit repeated")
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({1}, {9}):
        raise PinPolicyError("pin_sequence", "the PIN must not be a run such as 123456 or 654321")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, n=N, r=R, p=P, dklen=DKLEN)
    return f"{SCHEME}$n={N},r={R},p={P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """False for a wrong PIN and for a stored value we cannot read (never raises on input)."""
    match = _STORED.match(stored)
    if match is None or not pin.isascii():
        return False
    n, r, p = int(match["n"]), int(match["r"]), int(match["p"])
    if n < 2 or n & (n - 1) or n > 2**20 or not 1 <= r <= 32 or not 1 <= p <= 16:
        return False
    try:
        salt = base64.urlsafe_b64decode(match["salt"])
        expected = base64.urlsafe_b64decode(match["hash"])
        actual = hashlib.scrypt(
            pin.encode("ascii"), salt=salt, n=n, r=r, p=p, dklen=len(expected), maxmem=2**27
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True)
class PinStore:
    """The technician PIN hash inside the 0600 secrets file."""

    secrets_path: Path

    def stored_hash(self) -> str | None:
        if not self.secrets_path.exists():
            return None
        return ensure_secrets(self.secrets_path).technician_pin_hash

    def is_set(self) -> bool:
        return bool(self.stored_hash())

    def set_pin(self, pin: str) -> None:
        """Checks the policy, then replaces the hash atomically (mode 0600); keys are kept."""
        check_policy(pin)
        secrets = ensure_secrets(self.secrets_path)
        save_secrets(secrets.with_pin_hash(hash_pin(pin)), self.secrets_path)

    def verify(self, pin: str) -> bool:
        stored = self.stored_hash()
        return stored is not None and verify_pin(pin, stored)
