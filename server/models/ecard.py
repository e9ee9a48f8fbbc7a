"""E-card logins: the ids of the e-card codes already used, the agency's own single-use check."""

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from server.db_types import utcnow
from server.models.base import Base


class EcardCodeUsed(Base):
    """One row per e-card code that logged someone in (or was spent trying).

    The code id is the primary key, so of two requests racing with one code exactly one insert
    commits: on PostgreSQL the second waits on the first's uncommitted key and then fails with a
    unique violation; SQLite has one writer. Rows are purged once the code could no longer be
    accepted anyway (`expires_at`), so the table stays as small as a minute of logins."""

    __tablename__ = "ecard_codes_used"
    code_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(index=True)
