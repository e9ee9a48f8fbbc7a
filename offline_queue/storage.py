"""Opening the queue file: connection settings, integrity check and in-place migration.

Every connection gets WAL, synchronous=FULL and a busy timeout from a connect listener, because
pragmas are per connection and the pool opens new ones at any time. A damaged or foreign file is
refused with `QueueCorruptError`: starting empty would silently drop claims.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError

from offline_queue.errors import (
    QueueCorruptError,
    QueueVersionError,
    StorageError,
    StorageFullError,
)
from offline_queue.head_schema import create_at_head

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HEAD_REVISION = "0004_agency_answer"


def create_queue_engine(
    path: Path, *, busy_timeout_ms: int = 5000, max_page_count: int | None = None
) -> Engine:
    """`max_page_count` caps the file's size; tests use it to stand in for a full disk."""
    engine = create_engine(f"sqlite:///{path}", pool_size=4, max_overflow=4)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # pysqlite's own transaction handling issues BEGIN lazily and never for SELECT; take it
        # over so a write transaction starts with BEGIN IMMEDIATE and can't deadlock on upgrade.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA foreign_keys = ON")
            if max_page_count is not None:
                cursor.execute(f"PRAGMA max_page_count = {int(max_page_count)}")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def open_queue_engine(
    path: Path, *, busy_timeout_ms: int = 5000, max_page_count: int | None = None
) -> Engine:
    """Opens (creating if absent) and migrates the queue file, refusing damaged ones."""
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    engine = create_queue_engine(
        path, busy_timeout_ms=busy_timeout_ms, max_page_count=max_page_count
    )
    try:
        if existed:
            _check_integrity(engine, path)
        migrate(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _check_integrity(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
            tables = set(inspect(connection).get_table_names())
    except DatabaseError as exc:
        raise QueueCorruptError(_corrupt_message(path, str(exc.orig))) from None
    verdict = [str(row[0]) for row in rows]
    if verdict != ["ok"]:
        raise QueueCorruptError(_corrupt_message(path, "; ".join(verdict[:3])))
    if tables and "alembic_version" not in tables:
        raise QueueCorruptError(_corrupt_message(path, "the file is a database but not a queue"))


def _corrupt_message(path: Path, detail: str) -> str:
    return (
        f"The offline queue file {path} is damaged ({detail}). The kiosk will not start an empty "
        "queue over it, because that would lose submissions. Keep the file, take the kiosk out of "
        "service, and send the file to the agency's technical desk for recovery."
    )


def migrate(engine: Engine, path: Path) -> None:
    try:
        with engine.begin() as connection:
            current = _current_revision(connection)
            if current == HEAD_REVISION:
                return  # the common case; spares importing Alembic on every start
            if current is None and not inspect(connection).get_table_names():
                # A new file: the migrations' own output, without loading Alembic for it.
                create_at_head(connection, HEAD_REVISION)
                return
            from alembic import command

            config = _alembic_config()
            if current is not None and current not in _known_revisions(config):
                raise QueueVersionError(
                    f"The offline queue file {path} is at schema {current}, which this kiosk "
                    "version does not know; it was written by a newer version. Reinstall that "
                    "version; do not delete the file."
                )
            config.attributes["connection"] = connection
            command.upgrade(config, HEAD_REVISION)
    except DatabaseError as exc:
        raise translate_database_error(exc, path) from None


def upgrade_to(engine: Engine, revision: str) -> None:
    """Brings a queue to one given revision; for migration tests and tooling."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _current_revision(connection: Connection) -> str | None:
    if "alembic_version" not in inspect(connection).get_table_names():
        return None
    value = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return None if value is None else str(value)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _known_revisions(config: Config) -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(config).walk_revisions()}


def translate_database_error(exc: DatabaseError, path: Path) -> StorageError:
    detail = str(exc.orig)
    if "full" in detail:
        return StorageFullError(
            f"The disk holding the offline queue {path} is full; the submission was NOT stored. "
            "Free space on the kiosk's disk before accepting more submissions."
        )
    if "malformed" in detail or "not a database" in detail:
        return QueueCorruptError(_corrupt_message(path, detail))
    return StorageError(f"The offline queue {path} could not be written ({detail}).")
