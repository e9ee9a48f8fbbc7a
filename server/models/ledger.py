"""The entitlement ledger (Regulations art. 17, Law art. 46) and the development test clock.

Before the ledger, a granted claim consumed nothing: the same twelve months could be granted and
paid again and again. Each granted benefit claim now opens one entitlement row; the months it
consumes are counted from its payments, and the next claim's carry-over is what this row leaves.
"""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import utcnow
from server.models.base import Base


class Entitlement(Base):
    """Months granted by one approved benefit claim, and how they were made up."""

    __tablename__ = "entitlements"
    id: Mapped[int] = mapped_column(primary_key=True)
    claimant_id: Mapped[int] = mapped_column(ForeignKey("claimants.id"), index=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), unique=True)
    # The registration date: the benefit period and the next re-count of contribution start here.
    started: Mapped[date] = mapped_column(Date)
    contribution_months: Mapped[int] = mapped_column(Integer)
    months_from_contribution: Mapped[int] = mapped_column(Integer)
    months_carried_over: Mapped[int] = mapped_column(Integer)
    months_granted: Mapped[int] = mapped_column(Integer)
    granted_at: Mapped[datetime] = mapped_column(default=utcnow)


class BusinessClock(Base):
    """At most one row: the business date a development server was set to (`server.clock`)."""

    __tablename__ = "business_clock"
    id: Mapped[int] = mapped_column(primary_key=True)
    today: Mapped[date | None] = mapped_column(Date)
    set_at: Mapped[datetime] = mapped_column(default=utcnow)
