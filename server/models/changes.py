"""What a claimant changes after applying (issue 13 §1, §2): reported stop conditions, payment
accounts on file, and the codes that prove a new mobile number."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import EncryptedString, utcnow
from server.models.base import Base


class ClaimantChange(Base):
    """One reported change of circumstances (notice §4: the claimant's commitment to report a
    stop condition promptly), kept as the receipt the claimant was given.

    `client_reference` is the idempotency key, as for submissions; `content_hash` tells a resend
    from a reused reference. The fact itself is also an `ExternalRecord` (`record_id`), so the
    ledger's stop rules and every later cross-check see it like any register's record."""

    __tablename__ = "claimant_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_reference: Mapped[str] = mapped_column(String(36), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id"), index=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("external_records.id"))
    kind: Mapped[str] = mapped_column(String(32))
    effective_date: Mapped[date] = mapped_column(Date)
    # The receipt as given (server.change_schemas.ChangeEffect; the stop month, None when
    # nothing stops; the stop's reason code), so a resend prints the same receipt.
    effect: Mapped[str] = mapped_column(String(16))
    stops_from: Mapped[date | None] = mapped_column(Date)
    stop_reason: Mapped[str | None] = mapped_column(String(48))
    overpaid_fen: Mapped[int] = mapped_column(Integer, default=0)
    overpaid_months: Mapped[int] = mapped_column(Integer, default=0)
    # "kiosk" (the claimant, proven) or "counter" (family at a counter, entered by staff).
    channel: Mapped[str] = mapped_column(String(16))
    kiosk_id: Mapped[str | None] = mapped_column(String(64))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class PaymentAccount(Base):
    """An account the benefit may be paid to (notice §5, 社银接口): the social security card's
    financial account (`kind` "sscard", stored as `sscard:<last digits>` like
    `claimants.payment_account`, the card itself names it to the bank) or a bank account the
    agency holds. The claimant chooses among these at a kiosk; a kiosk never sends a number."""

    __tablename__ = "payment_accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(EncryptedString("payment_accounts.number", 32))
    bank_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class MobileChangeCode(Base):
    """A one-time code texted to a claimant's new mobile number: it proves the number reaches
    them before it replaces the one on file. Bound to the claimant and that number (the digest
    covers both), with the login codes' limit of wrong tries."""

    __tablename__ = "mobile_change_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    mobile: Mapped[str] = mapped_column(
        EncryptedString("mobile_change_codes.mobile", 11, ascii_only=True)
    )
    code_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column()
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    used: Mapped[bool] = mapped_column(Boolean, default=False)
