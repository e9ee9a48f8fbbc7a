"""Fund-risk controls (notice §5): bank batches and their answers, recoveries of overpaid months,
sampled re-reviews, maker-checker corrections, and benefits owed to a deceased claimant's
dependants (Regulations art. 20).

The closed sets stored in these tables are the enums below; each is the only spelling the code
compares against.
"""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import EncryptedString, utcnow
from server.models.base import Base


class BankOutcome(StrEnum):
    """What became of one line of a bank batch: `sent` until the bank's return file answers."""

    SENT = "sent"
    PAID = "paid"
    RETURNED = "returned"
    FAILED = "failed"


class RecoveryState(StrEnum):
    OPEN = "open"
    RECOVERED = "recovered"
    WAIVED = "waived"


class SampleOutcome(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"


class CorrectionState(StrEnum):
    PROPOSED = "proposed"
    APPLIED = "applied"
    REJECTED = "rejected"


class BankBatch(Base):
    """One batch file handed to the bank (社银接口): what finance sent, and its fingerprint."""

    __tablename__ = "bank_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[date] = mapped_column(Date, index=True)  # first day of the benefit month
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    payment_count: Mapped[int] = mapped_column(Integer)
    total_fen: Mapped[int] = mapped_column(Integer)


class BankBatchItem(Base):
    """One payment line of a batch, kept as sent: a payment's own row is reused when a returned
    month is released again, so this table is the finance record of every transfer ordered."""

    __tablename__ = "bank_batch_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("bank_batches.id"), index=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16), default=BankOutcome.SENT)
    bank_reference: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(String(64))
    settled_at: Mapped[datetime | None] = mapped_column()
    return_sha256: Mapped[str | None] = mapped_column(String(64))
    __table_args__ = (UniqueConstraint("batch_id", "payment_id"),)


class Recovery(Base):
    """A month paid for a period the claim was already stopped in: the fund asks it back."""

    __tablename__ = "recoveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), unique=True)
    period_month: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(48))
    state: Mapped[str] = mapped_column(String(16), default=RecoveryState.OPEN, index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column()


class SampleReview(Base):
    """A decided claim drawn for re-review (抽检) by someone other than its decider."""

    __tablename__ = "sample_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), unique=True)
    decided_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    assigned_to: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    drawn_at: Mapped[datetime] = mapped_column(default=utcnow)
    drawn_by: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(String(500))
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column()


class Correction(Base):
    """A change to claimant or claim data, proposed by one staff member and applied by another.

    The new value is encrypted at rest like the claimant's own columns; the old value is kept only
    as a keyed digest, so the row proves what was replaced without keeping it, and the audit trail
    carries neither (only the field, the digest and a masked form)."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    field: Mapped[str] = mapped_column(String(32))
    old_value_digest: Mapped[str] = mapped_column(String(64))
    new_value: Mapped[str] = mapped_column(
        EncryptedString("corrections.new_value", 32, ascii_only=True)
    )
    new_value_masked: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(16), default=CorrectionState.PROPOSED, index=True)
    proposed_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    proposed_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None] = mapped_column()


class DeathBenefit(Base):
    """A claimant died during the benefit period: the dependants' funeral subsidy and pension
    (Regulations art. 20), claimed at the counter, each paid once."""

    __tablename__ = "death_benefits"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), unique=True)
    died_on: Mapped[date] = mapped_column(Date)
    funeral_subsidy_fen: Mapped[int] = mapped_column(Integer)
    dependant_pension_fen: Mapped[int] = mapped_column(Integer)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
