"""Secrets live apart from settings, in a 0600 file, so settings can be shown, copied and logged.

The kiosk's request-signing key, the outbox data key, its Ed25519 bundle-signing key and the
technician PIN hash never appear in `kiosk config show` or in a support bundle.
"""

import base64
import os
import secrets as random_source
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path

import tomli_w

from config.errors import ConfigError
from config.loading import read_toml
from config.saving import write_atomically

_KEYS = {"kiosk_key", "queue_data_key", "signing_key", "technician_pin_hash"}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(path: Path, key: str, value: object, size: int) -> bytes:
    if not isinstance(value, str):
        raise ConfigError(str(path), [f"{key}: must be a base64url string"])
    try:
        raw = base64.urlsafe_b64decode(value.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        raise ConfigError(str(path), [f"{key}: is not valid base64url"]) from None
    if len(raw) != size:
        raise ConfigError(str(path), [f"{key}: must decode to {size} bytes, found {len(raw)}"])
    return raw


@dataclass(frozen=True, repr=False)
class Secrets:
    """`repr=False` keeps keys out of tracebacks and debug prints."""

    kiosk_key: bytes = field(default_factory=lambda: random_source.token_bytes(32))
    queue_data_key: bytes = field(default_factory=lambda: random_source.token_bytes(32))
    signing_key: bytes = field(default_factory=lambda: random_source.token_bytes(32))
    technician_pin_hash: str | None = None

    def __repr__(self) -> str:
        return "Secrets(<redacted>)"

    def with_pin_hash(self, pin_hash: str) -> "Secrets":
        return replace(self, technician_pin_hash=pin_hash)


def load_secrets(path: Path) -> Secrets:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise ConfigError(str(path), ["secrets file not found"]) from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            str(path),
            [f"is readable by others (mode {stat.S_IMODE(mode):04o}); run: chmod 600 {path}"],
        )
    data = read_toml(path)
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(
            str(path),
            [f"unknown key {k!r}; allowed: {', '.join(sorted(_KEYS))}" for k in sorted(unknown)],
        )
    missing = {"kiosk_key", "queue_data_key", "signing_key"} - set(data)
    if missing:
        raise ConfigError(str(path), [f"missing key {k!r}" for k in sorted(missing)])
    pin_hash = data.get("technician_pin_hash")
    if pin_hash is not None and not isinstance(pin_hash, str):
        raise ConfigError(str(path), ["technician_pin_hash: must be a string"])
    return Secrets(
        kiosk_key=_unb64(path, "kiosk_key", data["kiosk_key"], 32),
        queue_data_key=_unb64(path, "queue_data_key", data["queue_data_key"], 32),
        signing_key=_unb64(path, "signing_key", data["signing_key"], 32),
        technician_pin_hash=pin_hash,
    )


def save_secrets(secrets: Secrets, path: Path) -> None:
    data: dict[str, str] = {
        "kiosk_key": _b64(secrets.kiosk_key),
        "queue_data_key": _b64(secrets.queue_data_key),
        "signing_key": _b64(secrets.signing_key),
    }
    if secrets.technician_pin_hash:
        data["technician_pin_hash"] = secrets.technician_pin_hash
    write_atomically(path, tomli_w.dumps(data).encode("utf-8"), mode=0o600)


def ensure_secrets(path: Path) -> Secrets:
    """First start of a kiosk: generate fresh keys rather than ship any shared default."""
    if path.exists():
        return load_secrets(path)
    fresh = Secrets()
    os.makedirs(path.parent, exist_ok=True)
    save_secrets(fresh, path)
    return fresh
