"""The agency's own keys for field-staff bundles: X25519 to open them, Ed25519 to sign acks.

Generated on first use into the server's data directory (0600). Kiosks get the public halves as
a small TOML file (`kiosk server agency-keys --public-out FILE`), the format `kiosk queue` reads.
"""

import base64
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

from server.keys.files import create_private_file, ensure_private_dir, read_private_file

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
    """Asymmetric keys stay in their own TOML file (kiosks are given its public half); the key
    store's file rules apply: created 0600 with O_EXCL, tightened if found looser."""
    path = data_dir / FILE_NAME
    if not path.exists():
        keys = AgencyKeys(X25519PrivateKey.generate(), Ed25519PrivateKey.generate())
        ensure_private_dir(data_dir)
        text = (
            f'encryption_private_key = "{_b64(_raw_private(keys.encryption))}"\n'
            f'signing_private_key = "{_b64(_raw_private(keys.signing))}"\n'
        )
        if create_private_file(path, text.encode("utf-8")):
            return keys
    data = tomllib.loads(read_private_file(path).decode("utf-8"))
    return AgencyKeys(
        X25519PrivateKey.from_private_bytes(
            base64.urlsafe_b64decode(data["encryption_private_key"])
        ),
        Ed25519PrivateKey.from_private_bytes(base64.urlsafe_b64decode(data["signing_private_key"])),
    )
