"""A new queue file is created from the schema the migrations end at, without Alembic.

Alembic, Mako and the dialect modules Alembic loads cost the kiosk's long-running process about
11 MB of memory it never gives back, and a kiosk creates its queue file once, on its first
start. So the file's schema as the migrations leave it (`sqlite_master`, in creation order) is
kept in `migrations/head_schema.sql`, and a new file is given exactly those statements and the
head revision in `alembic_version`. It is the migrations' own output, not a second description
of the tables: `tests/offline_queue/test_head_schema.py` migrates an empty file and fails when
the two differ, and a file behind the head still goes through Alembic (`storage.migrate`).

    .venv/bin/python -m offline_queue.head_schema    # rewrites the file after a new migration
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import Connection

HEAD_SCHEMA_FILE = Path(__file__).with_name("migrations") / "head_schema.sql"
_SEPARATOR = ";\n"


def dump_schema(connection: Connection) -> str:
    """The file's tables and indexes as SQLite stores their statements, in creation order;
    SQLite's own objects (sqlite_sequence, automatic indexes) have no statement of ours."""
    rows = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY rowid"
    ).all()
    return "".join(str(row[0]) + _SEPARATOR for row in rows)


def create_at_head(connection: Connection, head_revision: str) -> None:
    """Runs inside the caller's transaction: an interrupted first start leaves an empty file,
    which the next start creates again."""
    for statement in HEAD_SCHEMA_FILE.read_text(encoding="utf-8").split(_SEPARATOR):
        if statement.strip():
            connection.exec_driver_sql(statement)
    connection.exec_driver_sql(
        "INSERT INTO alembic_version (version_num) VALUES (?)", (head_revision,)
    )


def schema_from_migrations() -> str:
    """An empty file migrated by Alembic from nothing to the head, dumped."""
    from offline_queue.storage import HEAD_REVISION, create_queue_engine, upgrade_to

    with tempfile.TemporaryDirectory(prefix="queue-head-") as tmp:
        engine = create_queue_engine(Path(tmp) / "queue.db")
        try:
            upgrade_to(engine, HEAD_REVISION)
            with engine.connect() as connection:
                return dump_schema(connection)
        finally:
            engine.dispose()


def main() -> int:
    HEAD_SCHEMA_FILE.write_text(schema_from_migrations(), encoding="utf-8")
    print(f"wrote {HEAD_SCHEMA_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
