"""Claimant logins at a kiosk: one-time codes, login tokens, and the SMS outbox."""

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import utcnow
from server.models.base import Base


class OneTimeCode(Base):
    __tablename__ = "one_time_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column()
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginToken(Base):
    """Proof that an ID-card claimant passed the one-time code, valid for one kiosk session."""

    __tablename__ = "login_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"))
    kiosk_id: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column()


class SmsOutbox(Base):
    """The reference server 'sends' text messages here; a real deployment wires an SMS gateway."""

    __tablename__ = "sms_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    mobile: Mapped[str] = mapped_column(String(11))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
