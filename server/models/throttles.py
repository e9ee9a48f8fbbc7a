"""Rate-limit counters and the security log of refused anonymous attempts.

Both hold only keyed digests of what they count (user names, addresses, ID numbers), so the tables
say how often something was tried without saying who or from where in clear.
"""

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import utcnow
from server.models.base import Base


class ThrottleCounter(Base):
    """One counter per limit, subject and window. Fixed windows (codes per hour, look-ups per
    minute) start at the window's beginning; growing delays (staff login) use one row per subject
    with `window_start` at the epoch and `blocked_until` set after each failure past the free ones.
    Updated only by an atomic upsert or under a row lock, so parallel requests cannot overrun it."""

    __tablename__ = "throttle_counters"
    scope: Mapped[str] = mapped_column(String(24), primary_key=True)
    subject: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[datetime | None] = mapped_column(default=None)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class SecurityEvent(Base):
    """Refused anonymous attempts (wrong staff passwords, throttled requests, wrong enrolment
    proofs), aggregated per kind, subject and hour. Kept out of the audit log, which strangers
    must not be able to fill; see server/security_log.py for how a flood stays bounded."""

    __tablename__ = "security_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    hour: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer, default=0)
    first_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_at: Mapped[datetime] = mapped_column(default=utcnow)
