"""Claims, their timeline and their payments."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.db_types import EncryptedString, utcnow
from server.models.base import Base, ClaimState, PaymentState
from server.models.people import Claimant

if TYPE_CHECKING:
    from server.models.ledger import Entitlement


class Claim(Base):
    __tablename__ = "claims"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    kiosk_id: Mapped[str | None] = mapped_column(String(64), index=True)
    channel: Mapped[str] = mapped_column(String(16), default="online")
    content_hash: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default=ClaimState.RECEIVED, index=True)
    created_at: Mapped[datetime] = (
        mapped_column()
    )  # as the kiosk recorded the claimant's confirmation
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    # Encrypted at rest like the claimant's own (docs/data-protection.md).
    mobile: Mapped[str | None] = mapped_column(
        EncryptedString("claims.mobile", 11, ascii_only=True)
    )
    course_id: Mapped[str | None] = mapped_column(String(16))
    registration_date: Mapped[date | None] = mapped_column(Date)
    entitlement_months: Mapped[int | None] = mapped_column(Integer)
    monthly_fen: Mapped[int | None] = mapped_column(Integer)
    reason_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    stop_reason: Mapped[str | None] = mapped_column(String(48))
    stop_date: Mapped[date | None] = mapped_column(Date)
    # A queued or bundled submission whose kiosk time lies outside the accepted offline window:
    # the registration date is the receipt date instead, and staff must look at it (issue 10 §6).
    review_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    review_reason: Mapped[str | None] = mapped_column(String(48))
    # Where the claimant was served: "kiosk", or "home_visit" by the field visitor named here
    # (a staff username, checked against their field credential; docs/field-staff.md).
    service_channel: Mapped[str] = mapped_column(String(16), default="kiosk")
    visitor: Mapped[str | None] = mapped_column(String(64))

    claimant: Mapped[Claimant] = relationship()
    events: Mapped[list["ClaimEvent"]] = relationship(
        order_by="ClaimEvent.id", back_populates="claim"
    )
    payments: Mapped[list["Payment"]] = relationship(order_by="Payment.period_month")
    entitlement: Mapped["Entitlement | None"] = relationship(viewonly=True, uselist=False)


class ClaimEvent(Base):
    """The claim's timeline as the claimant sees it: one row per thing that happened."""

    __tablename__ = "claim_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict[str, object]] = mapped_column(default=dict)

    claim: Mapped[Claim] = relationship(back_populates="events")


class Payment(Base):
    """One month of benefit from release by finance to the bank's answer (Law arts. 47, 48).

    `state` is a `PaymentState`. Released, sent and paid months count as paid for the ledger; a
    returned or failed month is owed again and its row is released anew. `medical_premium_fen` is
    the claimant's basic medical-insurance premium the fund pays for the month (Law art. 48).
    `batch_id` names the bank batch file the month went out in (table and key: the bank module).
    """

    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    period_month: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    medical_premium_fen: Mapped[int] = mapped_column(Integer, default=0)
    # Within a year of the statutory retirement age the fund also pays the claimant's basic
    # pension-insurance premium for the month (the 2024 decision's measures, art. 7).
    pension_premium_fen: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    state: Mapped[str] = mapped_column(String(16), default=PaymentState.RELEASED, index=True)
    released_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    released_at: Mapped[datetime] = mapped_column(default=utcnow)
    batch_id: Mapped[int | None] = mapped_column(Integer, index=True)
    settled_at: Mapped[datetime | None] = mapped_column()
    return_reason: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (UniqueConstraint("claim_id", "period_month"),)


Index("ix_claims_claimant_created", Claim.claimant_id, Claim.created_at)
