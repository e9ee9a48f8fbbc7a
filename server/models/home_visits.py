"""Field credentials: a field visitor's login on one home-visit laptop (docs/field-staff.md)."""

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from server.models.base import Base
from server.models.staff import StaffUser


class FieldCredential(Base):
    """One login of a field visitor on one laptop. The visit key is derived from the id and the
    agency's secret (contract.home_visit.visit_key), so it is not stored; revoking the row (or
    the account) stops every claim the laptop still holds under it from being accepted."""

    __tablename__ = "field_credentials"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    kiosk_id: Mapped[str] = mapped_column(String(64), index=True)
    issued_at: Mapped[datetime] = mapped_column()
    expires_at: Mapped[datetime] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()

    user: Mapped[StaffUser] = relationship()
