"""Insured people and what other registers say about them: work, contributions, external records."""

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    ForeignKey,
    Integer,
    String,
    event,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from server.db_types import EncryptedString, utcnow
from server.keys.store import INDEX_HEX_CHARS
from server.models.base import Base


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
    """An insured person. Identifiers, name, mobile and account are encrypted at rest
    (`EncryptedString`, docs/data-protection.md) and found through keyed blind indexes that
    server/services/claimant_index.py keeps and queries. Gender and birth date stay clear: the
    rules and the fleet's reports compute with them in SQL, and alone they identify no one."""

    __tablename__ = "claimants"
    id: Mapped[int] = mapped_column(primary_key=True)
    ssn: Mapped[str] = mapped_column(EncryptedString("claimants.ssn", 18, ascii_only=True))
    ssn_index: Mapped[str] = mapped_column(String(INDEX_HEX_CHARS), unique=True)
    name: Mapped[str] = mapped_column(EncryptedString("claimants.name", 64))
    gender: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    region_code: Mapped[str] = mapped_column(String(6))
    mobile: Mapped[str] = mapped_column(EncryptedString("claimants.mobile", 11, ascii_only=True))
    card_number: Mapped[str] = mapped_column(
        EncryptedString("claimants.card_number", 16, ascii_only=True)
    )
    card_region: Mapped[str] = mapped_column(String(6))
    # Over card region and card number: a card number is unique only within its prefecture.
    card_index: Mapped[str] = mapped_column(String(INDEX_HEX_CHARS), unique=True)
    payment_account: Mapped[str] = mapped_column(EncryptedString("claimants.payment_account", 32))
    # The card's identification code (EF05 tag 01, 16 bytes as 32 hex) from the card registry:
    # it diversifies the key the card proves itself with (docs/devices.md, card login).
    card_id: Mapped[str | None] = mapped_column(
        EncryptedString("claimants.card_id", 32, ascii_only=True)
    )
    # Which statutory retirement age applies (`server.rules.retirement.AgeGroup`): for women it
    # is a fact on the record (cadre or worker), not derivable from the ID number.
    retirement_group: Mapped[str | None] = mapped_column(String(16))

    spells: Mapped[list["EmploymentSpell"]] = relationship(back_populates="claimant")


@event.listens_for(Claimant, "before_insert")
@event.listens_for(Claimant, "before_update")
def _keep_blind_indexes(
    _mapper: Mapper[Claimant], connection: Connection, target: Claimant
) -> None:
    """Whoever writes a claimant (seeding, an import, a correction) keeps its indexes right."""
    # Imported here: the services import the models, so the models cannot import them first.
    from server.services.claimant_index import refresh_blind_indexes

    refresh_blind_indexes(connection, target)


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
    # When a lasting state ended (released from prison, back from abroad, discharged), if it did.
    ended_on: Mapped[date | None] = mapped_column(Date)


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
    # Korean as Yanbian writes it; empty for a course entered before it was asked for.
    provider_ko: Mapped[str] = mapped_column(String(128), server_default="", default="")
    region_code: Mapped[str] = mapped_column(String(6))
    subsidy_fen: Mapped[int] = mapped_column(Integer)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
