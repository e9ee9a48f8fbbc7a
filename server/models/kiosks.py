"""Enrolled kiosks, their request nonces, enrolment codes and heartbeats."""

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import WrappedSecret, utcnow
from server.models.base import Base


class Kiosk(Base):
    __tablename__ = "kiosks"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    # The HMAC key the kiosk signs requests with, wrapped by the key store (`WrappedSecret`).
    key: Mapped[bytes] = mapped_column(WrappedSecret("kiosks.key"))
    region_code: Mapped[str] = mapped_column(String(6))
    site_name: Mapped[str] = mapped_column(String(80), default="")
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime | None] = mapped_column()
    last_heartbeat: Mapped[dict[str, object] | None] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Ed25519 public key that verifies this kiosk's field-staff bundles; set at enrolment.
    signing_public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32))


class KioskNonce(Base):
    """Nonces seen inside the accepted clock window; older ones are purged, the window refuses them."""

    __tablename__ = "kiosk_nonces"
    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)


class KioskEnrolmentCode(Base):
    """A one-time code a technician types into a new kiosk (server/services/enrolment.py).

    Only the scrypt verifier is stored: a copied database does not reveal the code, and the kiosk
    proves it knows the code without ever sending it. `state` is `open`, `used` or `voided`."""

    __tablename__ = "kiosk_enrolment_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64), index=True)
    region_code: Mapped[str] = mapped_column(String(6))
    site_name: Mapped[str] = mapped_column(String(80), default="")
    verifier: Mapped[bytes] = mapped_column(LargeBinary(32))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="open")
    closed_at: Mapped[datetime | None] = mapped_column()


class KioskHeartbeat(Base):
    """Recent heartbeats per kiosk (the last few dozen), so the fleet page can see trends such as
    a queue that grows beat after beat; `Kiosk.last_heartbeat` keeps only the newest."""

    __tablename__ = "kiosk_heartbeats"
    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64), ForeignKey("kiosks.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)
    app_version: Mapped[str] = mapped_column(String(32))
    uptime_s: Mapped[int] = mapped_column(Integer)
    paper: Mapped[str] = mapped_column(String(16))
    devices: Mapped[dict[str, object]] = mapped_column(default=dict)
    queue_depth: Mapped[int] = mapped_column(Integer)
    queue_oldest_age_s: Mapped[int | None] = mapped_column(Integer)
    queue_warning: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error_class: Mapped[str | None] = mapped_column(String(64))
