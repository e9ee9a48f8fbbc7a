"""The agency's own keys for field-staff bundles: X25519 to open them, Ed25519 to sign acks.

Generated on first use into the server's data directory (0600). Kiosks get the public halves as
a small TOML file (`kiosk server agency-keys --public-out FILE`), the format `kiosk queue` reads.
"""

import base64
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

FILE_NAME = "agency-keys.toml"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii")


@dataclass(frozen=True, repr=False)
class AgencyKeys:
    encryption: X25519PrivateKey
    signing: Ed25519PrivateKey

    def public_toml(self) -> str:
        enc = self.encryption.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        sig = self.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return (
            "# The agency's public keys for field-staff bundles; give this file to every kiosk.\n"
            f'agency_encryption_public_key = "{_b64(enc)}"\n'
            f'agency_signing_public_key = "{_b64(sig)}"\n'
        )


def _raw_private(key: X25519PrivateKey | Ed25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def load_or_create(data_dir: Path) -> AgencyKeys:
    path = data_dir / FILE_NAME
    if not path.exists():
        keys = AgencyKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(f'encryption_private_key = "{_b64(_raw_private(keys.encryption))}"\n')
            fh.write(f'signing_private_key = "{_b64(_raw_private(keys.signing))}"\n')
        return keys
    data = tomllib.loads(path.read_text("utf-8"))
    return AgencyKeys(
        X25519PrivateKey.from_private_bytes(
            base64.urlsafe_b64decode(data["encryption_private_key"])
        ),
        Ed25519PrivateKey.from_private_bytes(base64.urlsafe_b64decode(data["signing_private_key"])),
    )
