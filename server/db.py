"""Engines and sessions for SQLite (default) and PostgreSQL, and schema upgrades on start."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from server.keys import KeyRing, prepare_sqlite_file, register_database, ring_for_url
from server.keys.registry import attach, ring_of_engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def make_engine(url: str, keys: KeyRing | None = None) -> Engine:
    """An engine whose encrypted columns use `keys`, or the key ring registered for `url` by
    `server.settings.resolve` (server/keys/registry.py). An engine without keys still works for
    everything but personal data, which it refuses to write or read."""
    if keys is not None:
        register_database(url, keys)
    ring = keys or ring_for_url(url)
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:" and not database.startswith("file:"):
            prepare_sqlite_file(Path(database))  # 0600 before SQLite creates it, WAL and SHM
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        _tune_sqlite(engine)
    else:
        engine = create_engine(url, pool_size=20, max_overflow=20, pool_pre_ping=True)
    if ring is not None:
        attach(engine, ring)
    return engine


def _tune_sqlite(engine: Engine, *, foreign_keys: bool = True) -> None:
    """WAL for concurrent readers; BEGIN IMMEDIATE so two writers queue on the lock up front
    instead of one failing late with SQLITE_BUSY when it upgrades a read snapshot."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event emit BEGIN itself
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # The safety level cannot change inside a transaction; it is set, when it differs from
        # the connection's, just before (see `transaction(durable=False)`).
        level = "NORMAL" if conn.get_execution_options().get(LAZY_COMMIT) else "FULL"
        info = conn.connection.info
        if info.get("synchronous", "FULL") != level:
            conn.exec_driver_sql(f"PRAGMA synchronous={level}")
            info["synchronous"] = level
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


_sqlite_writer_locks: weakref.WeakKeyDictionary[Engine, threading.RLock] = (
    weakref.WeakKeyDictionary()
)


def _writer_lock(factory: sessionmaker[Session]) -> threading.RLock | None:
    """SQLite admits one writer at a time. Queuing our own threads on a lock, instead of letting
    them spin in SQLite's busy handler (which sleeps up to 100 ms between tries), keeps the tail
    latency of concurrent kiosks down. Other processes still meet `busy_timeout`."""
    bind = factory.kw.get("bind")
    if not isinstance(bind, Engine) or bind.dialect.name != "sqlite":
        return None
    lock = _sqlite_writer_locks.get(bind)
    if lock is None:
        lock = _sqlite_writer_locks.setdefault(bind, threading.RLock())
    return lock


LAZY_COMMIT = "changtong_lazy_commit"


@contextmanager
def transaction(factory: sessionmaker[Session], *, durable: bool = True) -> Iterator[Session]:
    """One unit of work: everything commits together or nothing does.

    `durable=False` returns from the commit before its log reaches the disk: for bookkeeping a
    crash may lose but never tear (a request's nonce, the time a kiosk was last seen). Both
    databases write their log in order, so the next durable commit of any session carries it to
    the disk too; a request that changes anything commits durably after its signature check.
    SQLite: `PRAGMA synchronous=NORMAL` for the transaction (WAL mode: the log is synced at the
    next FULL commit or checkpoint); PostgreSQL: `SET LOCAL synchronous_commit TO OFF`. Spares a
    disk flush per signed request."""
    lock = _writer_lock(factory)
    with lock if lock is not None else nullcontext(), factory() as session, session.begin():
        if not durable:
            connection = session.connection(execution_options={LAZY_COMMIT: True})
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
        yield session


def serialize_writers(session: Session) -> None:
    """Audit-chain appends must not interleave. SQLite already serialises writers
    (BEGIN IMMEDIATE); PostgreSQL takes a transaction-scoped advisory lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(1829)"))


def alembic_config(engine: Engine) -> AlembicConfig:
    """Migrations get the engine and the agency's key ring (`attributes["keys"]`, None for an
    engine made without one): 0009 encrypts the rows it finds in clear."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    cfg.attributes["keys"] = ring_of_engine(engine)
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    before = _revision(engine)
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        command.upgrade(alembic_config(engine), revision)  # (a second connection to an
        if _crossed_encryption(engine, before):  # in-memory database would open another,
            _scrub_old_row_versions(engine)  # empty one)
        return
    # SQLite changes a column's type by copying the table and dropping the old one, which the
    # rows referring to it forbid while foreign keys are enforced; SQLite's documented procedure
    # is to switch enforcement off for the change and check every reference afterwards.
    migrating = create_engine(engine.url, poolclass=NullPool, connect_args={"timeout": 30})
    _tune_sqlite(migrating, foreign_keys=False)
    # Zero the space of rows a migration rewrites (0009 encrypts in place), whatever the build's
    # default: a copy of the file must not show the values as they were.
    event.listen(migrating, "connect", lambda conn, _: conn.execute("PRAGMA secure_delete=ON"))
    ring = ring_of_engine(engine)
    if ring is not None:
        attach(migrating, ring)
    try:
        command.upgrade(alembic_config(migrating), revision)
        with migrating.connect() as conn:
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
        if broken:
            raise RuntimeError(f"the schema upgrade left {len(broken)} dangling references")
        if _crossed_encryption(migrating, before):
            _scrub_old_row_versions(migrating)
    finally:
        migrating.dispose()


ENCRYPTING_REVISION = "0009"  # personal data at rest (docs/data-protection.md)


def _revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_state(engine: Engine) -> tuple[str | None, str]:
    """(the database's migration revision, the code's head): equal when this code can serve it.
    A server started before `kiosk server migrate` ran, or after a rollback of the code, sees
    them differ and says it is not ready."""
    head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
    return _revision(engine), head or ""


def _crossed_encryption(engine: Engine, before: str | None) -> bool:
    """True when this upgrade encrypted rows that an earlier release had written in clear."""
    if before is None:
        return False  # a new database never held anything in clear
    script = ScriptDirectory.from_config(alembic_config(engine))
    older = {r.revision for r in script.iterate_revisions(ENCRYPTING_REVISION, "base")}
    older.discard(ENCRYPTING_REVISION)
    return before in older and _revision(engine) not in older


def _scrub_old_row_versions(engine: Engine) -> None:
    """Encrypting in place leaves the clear values in freed pages (SQLite) or dead row versions
    (PostgreSQL) until they are reused: a copy of the file would still show them. SQLite's VACUUM
    rewrites the whole file and the checkpoint empties the WAL; PostgreSQL's VACUUM FULL rewrites
    the tables (its own WAL segments and old files are the database host's to wipe)."""
    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM FULL claimants, claims, kiosks")
        return
    raw = engine.raw_connection()  # in autocommit (see _tune_sqlite): VACUUM needs no BEGIN
    try:
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
