"""The audit log's rows: entries (queued, then integrated into the Merkle tree) and checkpoints."""

from datetime import datetime

from sqlalchemy import (
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from server.models.base import Base


class AuditEntry(Base):
    """One audited change. A request transaction only inserts the row (`leaf_index` NULL: queued),
    so the change and its trace commit together without any lock shared by all writers; the
    sequencer later gives it the next leaf index and stores `leaf_hash = SHA-256(0x00 || body)`
    (RFC 9162). `body` is the canonical JSON of the entry: what the tree commits to. `seq` only
    orders the queue; an entry's position in the log is its leaf index."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column()
    actor: Mapped[str] = mapped_column(String(96))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(96))
    body: Mapped[str] = mapped_column(Text)
    leaf_index: Mapped[int | None] = mapped_column(Integer, unique=True)
    leaf_hash: Mapped[str | None] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """A tree head the sequencer signed (docs/audit-log.md, "Checkpoints"): one per integrated
    batch. `note` is the signed text exactly as served to kiosks."""

    __tablename__ = "audit_checkpoints"
    tree_size: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    root_hash: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime] = mapped_column()
    note: Mapped[str] = mapped_column(Text)
