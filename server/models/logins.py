"""Claimant logins at a kiosk: one-time codes, card challenges, login tokens, the SMS outbox."""

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Integer,
    String,
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
    # How the claimant proved themselves: "otp" (ID card and code) or "card" (the card's own
    # cryptogram after its PIN); a request must name the method its token was issued for.
    method: Mapped[str] = mapped_column(String(8), default="otp", server_default="otp")


class LoginChallenge(Base):
    """A single-use challenge for a card's INTERNAL AUTHENTICATE (POST /api/v1/login/challenge).

    Bound to the kiosk that asked and short-lived, so a cryptogram seen once (on the wire, in a
    kiosk's memory) opens nothing later or elsewhere; `used_at` is set by one atomic UPDATE, so
    two requests racing with the same answer cannot both win (server/services/card_logins.py)."""

    __tablename__ = "login_challenges"
    challenge: Mapped[str] = mapped_column(String(32), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
    used_at: Mapped[datetime | None] = mapped_column(default=None)


class SmsOutbox(Base):
    """What was texted, for the record: the template and the masked number, never the live code
    or the full number. The text itself goes to the gateway (in development, to the in-memory
    outbox of server/services/dev_sms.py) and is not kept: a copied database yields no codes."""

    __tablename__ = "sms_outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    template: Mapped[str] = mapped_column(String(32))
    masked_mobile: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(default=None)
