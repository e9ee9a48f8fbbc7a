"""The agency's records: people, work history, external sources for cross-checks, claims, audit."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from server.db_types import UtcDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime, dict[str, object]: JSON}


class ClaimState(StrEnum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REFUSED = "refused"
    PAYING = "paying"
    STOPPED = "stopped"
    COMPLETED = "completed"


class StaffRole(StrEnum):
    """Business staff decide entitlement, finance staff release payment; nobody holds both (notice §5)."""

    BUSINESS = "business"
    FINANCE = "finance"


class Region(Base):
    __tablename__ = "regions"
    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(64))
    name_ko: Mapped[str] = mapped_column(String(64))


class BenefitRate(Base):
    __tablename__ = "benefit_rates"
    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    monthly_fen: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)


class Employer(Base):
    __tablename__ = "employers"
    id: Mapped[int] = mapped_column(primary_key=True)
    credit_code: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    region_code: Mapped[str] = mapped_column(String(6))


class Claimant(Base):
    __tablename__ = "claimants"
    id: Mapped[int] = mapped_column(primary_key=True)
    ssn: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    region_code: Mapped[str] = mapped_column(String(6))
    mobile: Mapped[str] = mapped_column(String(11))
    card_number: Mapped[str] = mapped_column(String(16))
    card_region: Mapped[str] = mapped_column(String(6))
    payment_account: Mapped[str] = mapped_column(String(32))
    __table_args__ = (UniqueConstraint("card_region", "card_number"),)

    spells: Mapped[list["EmploymentSpell"]] = relationship(back_populates="claimant")


class EmploymentSpell(Base):
    """A job as the employer reported it, including the separation date and reason code."""

    __tablename__ = "employment_spells"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    separation_reason: Mapped[str | None] = mapped_column(String(48))
    reported_at: Mapped[datetime] = mapped_column(default=utcnow)

    claimant: Mapped[Claimant] = relationship(back_populates="spells")
    employer: Mapped[Employer] = relationship()


class ContributionPeriod(Base):
    """Consecutive months of paid unemployment-insurance premiums."""

    __tablename__ = "contribution_periods"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employers.id"))
    first_month: Mapped[date] = mapped_column(Date)
    last_month: Mapped[date] = mapped_column(Date)


class ExternalRecord(Base):
    """A fact from another register (notice §4): kinds are `server.rules.ExternalRecordKind`."""

    __tablename__ = "external_records"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    effective_date: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(64))
    reference: Mapped[str] = mapped_column(String(64), default="")
    employer_code: Mapped[str | None] = mapped_column(String(18))
    good_reason: Mapped[bool] = mapped_column(Boolean, default=False)


class PriorEntitlement(Base):
    """An earlier benefit period; unused months may carry over (Regulations art. 17)."""

    __tablename__ = "prior_entitlements"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    started: Mapped[date] = mapped_column(Date)
    months_total: Mapped[int] = mapped_column(Integer)
    months_used: Mapped[int] = mapped_column(Integer)


class TrainingCourse(Base):
    __tablename__ = "training_courses"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(128))
    name_ko: Mapped[str] = mapped_column(String(128))
    provider: Mapped[str] = mapped_column(String(128))
    region_code: Mapped[str] = mapped_column(String(6))
    subsidy_fen: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)


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
    mobile: Mapped[str | None] = mapped_column(String(11))
    course_id: Mapped[str | None] = mapped_column(String(16))
    registration_date: Mapped[date | None] = mapped_column(Date)
    entitlement_months: Mapped[int | None] = mapped_column(Integer)
    monthly_fen: Mapped[int | None] = mapped_column(Integer)
    reason_codes: Mapped[list[str]] = mapped_column(JSON, default=list)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None] = mapped_column()
    stop_reason: Mapped[str | None] = mapped_column(String(48))
    stop_date: Mapped[date | None] = mapped_column(Date)

    claimant: Mapped[Claimant] = relationship()
    events: Mapped[list["ClaimEvent"]] = relationship(
        order_by="ClaimEvent.id", back_populates="claim"
    )
    payments: Mapped[list["Payment"]] = relationship(order_by="Payment.period_month")


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
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    period_month: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Integer)
    paid_at: Mapped[datetime] = mapped_column(default=utcnow)
    paid_by: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    __table_args__ = (UniqueConstraint("claim_id", "period_month"),)


class Kiosk(Base):
    __tablename__ = "kiosks"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(64))
    region_code: Mapped[str] = mapped_column(String(6))
    site_name: Mapped[str] = mapped_column(String(80), default="")
    enrolled_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime | None] = mapped_column()
    last_heartbeat: Mapped[dict[str, object] | None] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Ed25519 public key that verifies this kiosk's field-staff bundles; set at enrolment.
    signing_public_key: Mapped[bytes | None] = mapped_column(LargeBinary(32))


class KioskNonce(Base):
    """Nonces seen inside the accepted clock window; older ones are purged, the window refuses them."""

    __tablename__ = "kiosk_nonces"
    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(index=True)


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


class StaffUser(Base):
    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))  # one role per person, by construction
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StaffToken(Base):
    __tablename__ = "staff_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    expires_at: Mapped[datetime] = mapped_column()

    user: Mapped[StaffUser] = relationship()


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


Index("ix_claims_claimant_created", Claim.claimant_id, Claim.created_at)


class KioskEnrolmentCode(Base):
    """A one-time code a technician types into a new kiosk (server/services/enrolment.py).

    Only the scrypt verifier is stored: a copied database does not reveal the code, and the kiosk
    proves it knows the code without ever sending it. `state` is `open`, `used` or `voided`."""

    __tablename__ = "kiosk_enrolment_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64), index=True)
    region_code: Mapped[str] = mapped_column(String(6))
    site_name: Mapped[str] = mapped_column(String(80), default="")
    verifier: Mapped[bytes] = mapped_column(LargeBinary(32))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="open")
    closed_at: Mapped[datetime | None] = mapped_column()


class KioskHeartbeat(Base):
    """Recent heartbeats per kiosk (the last few dozen), so the fleet page can see trends such as
    a queue that grows beat after beat; `Kiosk.last_heartbeat` keeps only the newest."""

    __tablename__ = "kiosk_heartbeats"
    id: Mapped[int] = mapped_column(primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64), ForeignKey("kiosks.id"), index=True)
    received_at: Mapped[datetime] = mapped_column(index=True)
    app_version: Mapped[str] = mapped_column(String(32))
    uptime_s: Mapped[int] = mapped_column(Integer)
    paper: Mapped[str] = mapped_column(String(16))
    devices: Mapped[dict[str, object]] = mapped_column(default=dict)
    queue_depth: Mapped[int] = mapped_column(Integer)
    queue_oldest_age_s: Mapped[int | None] = mapped_column(Integer)
    queue_warning: Mapped[bool] = mapped_column(Boolean, default=False)
    last_error_class: Mapped[str | None] = mapped_column(String(64))


class StaffWebSession(Base):
    """A browser session on the fleet page. Separate from `StaffToken` so that a cookie can never
    be replayed as an API bearer token, or the reverse; only the token's hash is stored."""

    __tablename__ = "staff_web_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()

    user: Mapped[StaffUser] = relationship()
