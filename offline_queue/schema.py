"""The queue's tables as the code at the newest migration sees them.

SQLAlchemy Core tables, not ORM classes: the queue's statements are all explicit (insert,
select, update by state), it never needed an identity map, and leaving `sqlalchemy.orm`
unimported spares the kiosk's long-running process about 6 MB and its start about 0.1 s
(docs/benchmarks.md). Migrations never import this module: each revision spells out its own
columns, so an old revision still means what it meant when it shipped. Times are UTC seconds
since the epoch (REAL): cheap to compare and free of time-zone parsing.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, LargeBinary, MetaData, String, Table, Text

metadata = MetaData()

queue_meta = Table(
    "queue_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("client_reference", String(36), unique=True, nullable=False),
    Column("kind", String(32), nullable=False),
    Column("payload", LargeBinary, nullable=False),
    # The claimant's proof (JSON), encrypted like the payload; NULL for items queued before
    # kiosks kept one (migration 0003).
    Column("login", LargeBinary),
    # The agency's answer once delivered (offline_queue.items.AgencyAnswer as JSON), encrypted
    # like the payload; NULL until then, and for items closed by an ack file (migration 0004).
    Column("answer", LargeBinary),
    Column("id_hash", String(64), index=True),
    Column("state", String(16), index=True, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("next_attempt_at", Float, nullable=False),
    Column("last_error", Text),
    Column("rejection_code", String(64)),
    Column("bundle_id", String(36), index=True),
    Column("created_at", Float, nullable=False),
    Column("updated_at", Float, nullable=False),
    Column("closed_at", Float),
)

bundles = Table(
    "bundles",
    metadata,
    Column("bundle_id", String(36), primary_key=True),
    Column("created_at", Float, nullable=False),
    Column("item_count", Integer, nullable=False),
    Column("file_name", Text, nullable=False),
)

# Which items went into which bundle; an item may travel in several if a stick got lost.
bundle_members = Table(
    "bundle_items",
    metadata,
    Column("bundle_id", String(36), primary_key=True),
    Column("client_reference", String(36), primary_key=True),
)

# What stays of a purged item: enough to answer "was it delivered, when", nothing personal.
audit_stubs = Table(
    "audit_stubs",
    metadata,
    Column("client_reference", String(36), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("final_state", String(16), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("closed_at", Float),
    Column("purged_at", Float, nullable=False),
)

# Every acknowledgement file imported, so a replayed file is refused.
imported_acks = Table(
    "imported_acks",
    metadata,
    Column("ack_id", String(36), primary_key=True),
    Column("bundle_id", String(36), nullable=False),
    Column("imported_at", Float, nullable=False),
    Column("item_count", Integer, nullable=False),
)
