"""The bounds the province must keep the monthly benefit within (Regulations art. 18).

The amount is set "below the local minimum wage and above the urban minimum living standard"
(低于当地最低工资标准、高于城市居民最低生活保障标准). Both figures are published by region and
change over time, so each is a dated row; the rates themselves stay in `benefit_rates`
(server/models/people.py) and every change to either table is checked against the other
(server/services/rates.py, server/rules/rate_bounds.py).
"""

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base


class RateBounds(Base):
    """From `effective_from` (until `effective_to`, inclusive, if set): the region's monthly
    minimum wage (of its wage category) and urban minimum living standard (低保), in fen."""

    __tablename__ = "regional_bounds"
    __table_args__ = (
        CheckConstraint("minimum_living_fen > 0", name="minimum_living_positive"),
        CheckConstraint("minimum_living_fen < minimum_wage_fen", name="living_below_wage"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("regions.code"), index=True)
    effective_from: Mapped[date] = mapped_column(Date)
    effective_to: Mapped[date | None] = mapped_column(Date)
    minimum_wage_fen: Mapped[int] = mapped_column(Integer)
    minimum_living_fen: Mapped[int] = mapped_column(Integer)
