"""Staff accounts and their API and browser sessions."""

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db_types import utcnow
from server.models.base import Base


class StaffUser(Base):
    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # one role per person, by construction
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # As shown (masked) on a home-visit laptop's banner; the username when not set.
    display_name: Mapped[str | None] = mapped_column(String(64))


class StaffToken(Base):
    __tablename__ = "staff_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    expires_at: Mapped[datetime] = mapped_column()

    user: Mapped[StaffUser] = relationship()


class StaffWebSession(Base):
    """A browser session on the fleet page. Separate from `StaffToken` so that a cookie can never
    be replayed as an API bearer token, or the reverse; only the token's hash is stored."""

    __tablename__ = "staff_web_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()

    user: Mapped[StaffUser] = relationship()
