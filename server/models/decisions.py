"""Formal decisions and registration proofs (issue 13 §3): what the agency told a claimant it
decided, fixed when it was decided, and the codes that let anyone check a printed proof."""

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import utcnow
from server.models.base import Base


class DecisionNotice(Base):
    """The written refusal (决定书) as issued: the reasons with the articles they rest on, the
    decision date and how to challenge it, with the time limits and where to apply.

    Kept as issued rather than rebuilt from the claim: the rules, a province's appeal bodies or
    the wording may change later, and the claimant must be shown what they were given."""

    __tablename__ = "decision_notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), unique=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    outcome: Mapped[str] = mapped_column(String(16))  # "refused"
    decided_on: Mapped[date] = mapped_column(Date)
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    # [{code, zh, ko, source_zh, source_ko}], in the order the rules gave them.
    reasons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    agency_zh: Mapped[str] = mapped_column(String(100))
    agency_ko: Mapped[str] = mapped_column(String(100))
    review_body_zh: Mapped[str] = mapped_column(String(200))
    review_body_ko: Mapped[str] = mapped_column(String(200))
    court_zh: Mapped[str] = mapped_column(String(200))
    court_ko: Mapped[str] = mapped_column(String(200))
    review_days: Mapped[int] = mapped_column(Integer)
    lawsuit_months: Mapped[int] = mapped_column(Integer)
    # The last days counted from the decision date (the claimant may receive it later; the
    # limits run from receipt, which the notice also says).
    review_by: Mapped[date] = mapped_column(Date)
    sue_by: Mapped[date] = mapped_column(Date)


class RegistrationProof(Base):
    """One printed proof of unemployment registration: the QR's code, kept only as a digest, so
    that a copy of the database opens no verification page."""

    __tablename__ = "registration_proofs"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_digest: Mapped[str] = mapped_column(String(64), unique=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    kiosk_id: Mapped[str | None] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
