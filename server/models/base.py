"""The declarative base every table shares, and the closed sets stored in its columns."""

from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    MetaData,
)
from sqlalchemy.orm import DeclarativeBase

from server.db_types import UtcDateTime

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
