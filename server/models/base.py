"""The declarative base every table shares, and the closed sets stored in its columns."""

from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    MetaData,
    Table,
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


def table_of(model: type[Base]) -> Table:
    """The mapped class's table, typed as one: for the few hot statements built once on the
    table itself (plain Core rows, none of the ORM's per-object bookkeeping)."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a single table")
    return table


class ClaimState(StrEnum):
    RECEIVED = "received"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    REFUSED = "refused"
    PAYING = "paying"
    STOPPED = "stopped"
    COMPLETED = "completed"
    # The claimant took the application back before a decision (issue 13 §2): never decided,
    # never granted, and no longer the one open claim that blocks a new one.
    WITHDRAWN = "withdrawn"


class StaffRole(StrEnum):
    """Business staff decide entitlement, finance staff release payment; nobody holds both (notice §5)."""

    BUSINESS = "business"
    FINANCE = "finance"
    # Takes claims at the claimant's home on a field laptop (issue 13 §8); decides and pays
    # nothing, so the person who took a claim never decides it.
    FIELD_VISITOR = "field_visitor"


class PaymentState(StrEnum):
    """A month of benefit from schedule to bank (issue: payment schedule, bank reconciliation).

    scheduled: the month is owed but not released; released: finance released it (counts as paid
    for the ledger); sent: in a bank batch file; paid: the bank confirmed it; returned / failed:
    the bank gave it back, so the month is owed again and may be released anew."""

    SCHEDULED = "scheduled"
    RELEASED = "released"
    SENT = "sent"
    PAID = "paid"
    RETURNED = "returned"
    FAILED = "failed"
