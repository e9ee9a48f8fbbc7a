"""A new queue file gets exactly the schema the migrations end at, and the kiosk no Alembic."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from offline_queue.head_schema import HEAD_SCHEMA_FILE, dump_schema, schema_from_migrations
from offline_queue.items import ItemKind
from offline_queue.outbox import Outbox
from offline_queue.storage import HEAD_REVISION, create_queue_engine, open_queue_engine
from tests.offline_queue.queue_helpers import claim_payload

ROOT = Path(__file__).resolve().parents[2]


def _schema_and_revision(path: Path) -> tuple[str, str]:
    engine = create_queue_engine(path)
    try:
        with engine.connect() as connection:
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            return dump_schema(connection), str(revision.scalar_one())
    finally:
        engine.dispose()


def test_the_kept_schema_is_what_the_migrations_build_today() -> None:
    assert HEAD_SCHEMA_FILE.read_text(encoding="utf-8") == schema_from_migrations(), (
        "a migration changed the queue's schema: run `.venv/bin/python -m offline_queue.head_schema`"
        " and commit offline_queue/migrations/head_schema.sql"
    )


def test_a_new_file_has_the_migrated_schema_at_the_head_revision(tmp_path: Path) -> None:
    open_queue_engine(tmp_path / "new.db").dispose()

    schema, revision = _schema_and_revision(tmp_path / "new.db")

    assert revision == HEAD_REVISION
    assert schema == schema_from_migrations()
    assert "CREATE TABLE items" in schema  # the comparison compared something


def test_a_new_file_takes_and_keeps_submissions_across_a_restart(tmp_path: Path) -> None:
    path, key = tmp_path / "q.db", b"k" * 32
    with Outbox(path, key) as box:
        reference = box.enqueue(ItemKind.CLAIM, claim_payload(1))

    with Outbox(path, key) as box:
        kept = box.summary(reference)
        assert kept is not None and kept.kind == ItemKind.CLAIM


def test_creating_and_reopening_a_queue_file_loads_no_alembic(tmp_path: Path) -> None:
    """The kiosk's process keeps every module it imports; Alembic is for files behind the head."""
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from offline_queue.outbox import Outbox\n"
        f"path = Path({str(tmp_path / 'q.db')!r})\n"
        "for _ in range(2):\n"
        "    Outbox(path, b'k' * 32).close()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako'))))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True
    )

    assert json.loads(done.stdout) == []
