"""The queue's tables as the code at the newest migration sees them.

Migrations never import this module: each revision spells out its own columns, so an old revision
still means what it meant when it shipped. Times are UTC seconds since the epoch (REAL): cheap to
compare and free of time-zone parsing.
"""

from __future__ import annotations

from sqlalchemy import Float, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class QueueMeta(Base):
    __tablename__ = "queue_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client_reference: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    # The claimant's proof (JSON), encrypted like the payload; NULL for items queued before
    # kiosks kept one (migration 0003).
    login: Mapped[bytes | None] = mapped_column(LargeBinary)
    # The agency's answer once delivered (offline_queue.items.AgencyAnswer as JSON), encrypted
    # like the payload; NULL until then, and for items closed by an ack file (migration 0004).
    answer: Mapped[bytes | None] = mapped_column(LargeBinary)
    id_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[float] = mapped_column(Float)
    last_error: Mapped[str | None] = mapped_column(Text)
    rejection_code: Mapped[str | None] = mapped_column(String(64))
    bundle_id: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[float] = mapped_column(Float)
    closed_at: Mapped[float | None] = mapped_column(Float)


class Bundle(Base):
    __tablename__ = "bundles"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[float] = mapped_column(Float)
    item_count: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(Text)


class BundleMember(Base):
    """Which items went into which bundle; an item may travel in several if a stick got lost."""

    __tablename__ = "bundle_items"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_reference: Mapped[str] = mapped_column(String(36), primary_key=True)


class AuditStub(Base):
    """What stays of a purged item: enough to answer "was it delivered, when", nothing personal."""

    __tablename__ = "audit_stubs"

    client_reference: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    final_state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[float] = mapped_column(Float)
    closed_at: Mapped[float | None] = mapped_column(Float)
    purged_at: Mapped[float] = mapped_column(Float)


class ImportedAck(Base):
    """Remembers every acknowledgement file imported, so a replayed file is refused."""

    __tablename__ = "imported_acks"

    ack_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36))
    imported_at: Mapped[float] = mapped_column(Float)
    item_count: Mapped[int] = mapped_column(Integer)
