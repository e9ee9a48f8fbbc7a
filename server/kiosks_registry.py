"""Kiosk registration on the reference server (enrolment with one-time codes comes with technician mode)."""

from sqlalchemy.orm import Session

from server import audit
from server.models import Kiosk


def register_kiosk(
    session: Session, kiosk_id: str, key: bytes, region_code: str, site_name: str = ""
) -> Kiosk:
    """Idempotent: re-registering replaces the key, which is how a technician rotates it."""
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
    session.flush()
    audit.append(
        session,
        actor="system",
        action=action,
        subject=f"kiosk:{kiosk_id}",
        details={"region": region_code},
    )
    return kiosk
