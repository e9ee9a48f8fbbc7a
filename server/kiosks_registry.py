"""Registering a kiosk's keys directly, for development and small sites; enrolment with a
one-time code (server/services/enrolment.py) is the way for a fleet."""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from server import audit
from server.models import Kiosk


def register_kiosk(
    session: Session,
    kiosk_id: str,
    key: bytes,
    region_code: str,
    site_name: str = "",
    signing_public_key: bytes | None = None,
) -> Kiosk:
    """Idempotent: re-registering replaces the keys, which is how a technician rotates them.
    `signing_public_key` (Ed25519) lets the agency verify the kiosk's field-staff bundles.
    `key` is stored wrapped by the agency's key store (`Kiosk.key`, docs/data-protection.md)."""
    kiosk = session.get(Kiosk, kiosk_id)
    if kiosk is None:
        kiosk = Kiosk(id=kiosk_id, key=key, region_code=region_code, site_name=site_name)
        session.add(kiosk)
        action = "kiosk.registered"
    else:
        kiosk.key, kiosk.region_code, kiosk.site_name, kiosk.active = (
            key,
            region_code,
            site_name,
            True,
        )
        action = "kiosk.key_replaced"
    if signing_public_key is not None:
        kiosk.signing_public_key = signing_public_key
    session.flush()
    audit.append(
        session,
        actor="system",
        action=action,
        subject=f"kiosk:{kiosk_id}",
        details={"region": region_code},
    )
    return kiosk


def signing_public_key_of(seed: bytes) -> bytes:
    """The Ed25519 public key of a kiosk's signing seed (the secrets file's `signing_key`)."""
    return (
        Ed25519PrivateKey.from_private_bytes(seed)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
