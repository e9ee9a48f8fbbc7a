"""The log's own Ed25519 key, kept apart from the bundle keys (server/agency_keys.py).

A separate key, because it answers a separate question ("is this the agency's log head?") and
must be replaceable on its own: a new log key starts a new log (the origin line names the key).
Generated on first use into the server's data directory with mode 0600. Kiosks get the public
half in the agency's public key file (`kiosk server agency-keys`), as `audit_log_public_key`.
"""

import base64
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from contract.checkpoint import origin_for

FILE_NAME = "audit-log-key.toml"
PUBLIC_KEY_NAME = "audit_log_public_key"


@dataclass(frozen=True, repr=False)
class LogKey:
    private: Ed25519PrivateKey

    @property
    def public(self) -> Ed25519PublicKey:
        return self.private.public_key()

    @property
    def origin(self) -> str:
        return origin_for(self.public)

    def public_b64(self) -> str:
        raw = self.public.public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.urlsafe_b64encode(raw).decode("ascii")

    def public_toml(self) -> str:
        return (
            "# The key that signs the audit log's checkpoints; kiosks witness them with it.\n"
            f'{PUBLIC_KEY_NAME} = "{self.public_b64()}"\n'
        )


def load_or_create(data_dir: Path) -> LogKey:
    path = data_dir / FILE_NAME
    if path.exists():
        data = tomllib.loads(path.read_text("utf-8"))
        raw = base64.urlsafe_b64decode(data["signing_private_key"])
        return LogKey(Ed25519PrivateKey.from_private_bytes(raw))
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    data_dir.mkdir(parents=True, exist_ok=True)
    # Written aside, then linked into place: a second server process starting at the same moment
    # either links first (and both use its key) or finds the complete file, never a half-written one.
    spare = data_dir / f".{FILE_NAME}.{os.getpid()}.tmp"
    fd = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("# The audit log's checkpoint signing key. Keep it secret; mode 0600.\n")
        fh.write(f'signing_private_key = "{base64.urlsafe_b64encode(raw).decode("ascii")}"\n')
    try:
        os.link(spare, path)
    except FileExistsError:
        pass
    finally:
        spare.unlink()
    return load_or_create(data_dir)


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.urlsafe_b64decode(text))
