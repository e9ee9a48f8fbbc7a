"""The audit log's rows."""

from datetime import datetime

from sqlalchemy import (
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base


class AuditEntry(Base):
    """Append-only and hash-chained: `body` is the canonical JSON of the entry, and
    `hash = sha256(prev_hash || body)`. The unique `prev_hash` makes a fork impossible."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(96))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(96))
    body: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    hash: Mapped[str] = mapped_column(String(64), unique=True)
