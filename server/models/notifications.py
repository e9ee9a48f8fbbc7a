"""Texts to claimants waiting to be sent, and those sent (docs/notifications.md).

One row per thing to tell: `event_key` is unique (`claim:<id>:<event>`, `inbound:<digest>`), so
an event recorded twice still makes one text. The row is written in the transaction that
changes the claim, so a rolled-back decision leaves no text behind; the sender claims rows,
hands them to the gateway and records the outcome. The number is encrypted like every personal
field, with a blind index for the status query texted from it; the text itself is not kept,
only its template and values (a masked reference, a month, an amount, a reason code).

Separate from `sms_outbox`, which records one-time codes (template and masked number only): a
code must never be stored, and these texts must be stored until sent.
"""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import EncryptedString, utcnow
from server.keys.store import INDEX_HEX_CHARS
from server.models.base import Base


class NotificationState(StrEnum):
    """pending: waiting for its turn (`next_attempt_at`); sending: a sender holds it until
    `lease_until`; sent: the gateway took it; failed: the gateway refused it for good, or every
    try failed."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class SmsNotification(Base):
    __tablename__ = "sms_notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_key: Mapped[str] = mapped_column(String(96), unique=True)
    # What the gateway deduplicates by: the same on every try of this text.
    idempotency_key: Mapped[str] = mapped_column(String(32), unique=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    mobile: Mapped[str] = mapped_column(
        EncryptedString("sms_notifications.mobile", 11, ascii_only=True)
    )
    mobile_index: Mapped[str] = mapped_column(String(INDEX_HEX_CHARS), index=True)
    language: Mapped[str] = mapped_column(String(8))
    template: Mapped[str] = mapped_column(String(32))
    params: Mapped[dict[str, object]] = mapped_column(default=dict)
    state: Mapped[str] = mapped_column(String(16), default=NotificationState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(default=None)
    claimed_by: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    # The last failure as the gateway gave it (an HTTP status or an error class), never a text.
    last_error: Mapped[str | None] = mapped_column(String(64), default=None)


# What the sender looks for: rows due in a state it may claim.
Index("ix_sms_notifications_due", SmsNotification.state, SmsNotification.next_attempt_at)
