"""Complaints and suggestions (issue 13 §5, notice §6), each tracked to a staff answer."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from contract.complaints import MAX_ANSWER_CHARS, MAX_TEXT_CHARS
from server.db_types import EncryptedString, utcnow
from server.models.base import Base


class Complaint(Base):
    """What a claimant filed at a kiosk and what staff answered. The text may name people and
    tell a story, so it and the answer are encrypted at rest like other personal data.

    `client_reference` (the kiosk's UUID) is the reference and the idempotency key; `due_by`
    is fixed when filed (business date + `complaint_answer_days`), so a later change of the
    setting does not move promises already made."""

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_reference: Mapped[str] = mapped_column(String(36), unique=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"))
    category: Mapped[str] = mapped_column(String(24))  # contract.complaints.ComplaintCategory
    text: Mapped[str] = mapped_column(EncryptedString("complaints.text", MAX_TEXT_CHARS))
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    kiosk_id: Mapped[str | None] = mapped_column(String(64))
    filed_at: Mapped[datetime] = mapped_column(default=utcnow)
    filed_on: Mapped[date] = mapped_column(Date)  # the business date
    due_by: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(16), default="open")  # open, answered
    answer: Mapped[str | None] = mapped_column(
        EncryptedString("complaints.answer", MAX_ANSWER_CHARS)
    )
    answered_at: Mapped[datetime | None] = mapped_column()
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
