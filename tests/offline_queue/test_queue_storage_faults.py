"""What happens to the queue file when the disk fills, the power drops or the file is damaged."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from offline_queue.errors import QueueCorruptError, QueueVersionError, StorageFullError
from offline_queue.items import ItemKind, ItemState
from offline_queue.outbox import Outbox
from tests.offline_queue.queue_helpers import claim_payload, seq_of


def _page_count(path: Path) -> int:
    with sqlite3.connect(path) as raw:
        return int(raw.execute("PRAGMA page_count").fetchone()[0])


def _copy_queue(source: Path, target_dir: Path) -> Path:
    target_dir.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        original = Path(str(source) + suffix)
        if original.exists():
            shutil.copyfile(original, target_dir / (source.name + suffix))
    return target_dir / source.name


def test_full_disk_gives_storage_full_and_keeps_every_stored_item(
    queue_path: Path, data_key: bytes
) -> None:
    Outbox(queue_path, data_key).close()
    limit = _page_count(queue_path) + 8
    stored: list[str] = []
    with Outbox(queue_path, data_key, max_page_count=limit) as box:
        with pytest.raises(StorageFullError, match="NOT stored") as caught:
            for n in range(1000):
                big = {**claim_payload(n), "attachment": os.urandom(3000).hex()}
                stored.append(box.enqueue(ItemKind.CLAIM, big))
        assert "2201021990" not in str(caught.value)
    assert 0 < len(stored) < 1000
    with Outbox(queue_path, data_key) as box:
        kept = {item.client_reference for item in box.bundles.exportable()}
        assert kept == set(stored)
        assert box.counts()[ItemState.ACKNOWLEDGED] == 0


def test_a_file_that_is_not_a_database_is_refused_with_a_technician_message(
    queue_path: Path, data_key: bytes
) -> None:
    with Outbox(queue_path, data_key) as box:
        box.enqueue(ItemKind.CLAIM, claim_payload())
    with open(queue_path, "r+b") as stream:
        stream.write(os.urandom(100))
    with pytest.raises(QueueCorruptError) as caught:
        Outbox(queue_path, data_key)
    assert "will not start an empty queue" in caught.value.message
    assert queue_path.stat().st_size > 0


def test_a_damaged_page_is_found_on_open(queue_path: Path, data_key: bytes) -> None:
    with Outbox(queue_path, data_key) as box:
        for n in range(150):
            box.enqueue(ItemKind.CLAIM, claim_payload(n), id_number=f"2201021990{n:08d}")
    page_size = 4096
    pages = _page_count(queue_path)
    with open(queue_path, "r+b") as stream:
        for page in range(pages // 3, pages - 1, 3):
            stream.seek(page * page_size + 16)
            stream.write(os.urandom(page_size - 32))
    with pytest.raises(QueueCorruptError, match="damaged"):
        Outbox(queue_path, data_key)


def test_a_database_that_is_not_a_queue_is_refused(queue_path: Path, data_key: bytes) -> None:
    queue_path.parent.mkdir(parents=True)
    with sqlite3.connect(queue_path) as raw:
        raw.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(QueueCorruptError, match="not a queue"):
        Outbox(queue_path, data_key)


def test_a_queue_from_a_newer_version_is_refused_not_rewritten(
    queue_path: Path, data_key: bytes
) -> None:
    Outbox(queue_path, data_key).close()
    with sqlite3.connect(queue_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_future'")
    with pytest.raises(QueueVersionError, match="newer version"):
        Outbox(queue_path, data_key)
    with sqlite3.connect(queue_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0099_future",)


def test_power_loss_during_enqueue_leaves_the_item_whole_or_absent(
    queue_path: Path, data_key: bytes, tmp_path: Path
) -> None:
    box = Outbox(queue_path, data_key)
    first = box.enqueue(ItemKind.CLAIM, claim_payload(1))
    snapshots: list[Path] = []

    def snapshot_before_commit(_connection: object) -> None:
        snapshots.append(_copy_queue(queue_path, tmp_path / f"snap{len(snapshots)}"))

    event.listen(box.engine, "commit", snapshot_before_commit)
    second = box.enqueue(ItemKind.CLAIM, claim_payload(2))
    event.remove(box.engine, "commit", snapshot_before_commit)
    after = _copy_queue(queue_path, tmp_path / "after")
    box.close()

    for copy, expected in ((snapshots[0], {first}), (after, {first, second})):
        with Outbox(copy, data_key) as reopened:
            items = reopened.bundles.exportable()
            assert {item.client_reference for item in items} == expected
            assert all(seq_of(item.payload) in (1, 2) for item in items)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cut=st.floats(min_value=0.0, max_value=1.0))
def test_a_torn_wal_write_never_corrupts_the_queue(
    queue_path: Path, data_key: bytes, tmp_path: Path, cut: float
) -> None:
    """Power lost while the WAL is being written: frames are checksummed, so a torn tail is
    ignored and the last item is either complete or not there; earlier items always are."""
    source = tmp_path / "source" / "outbox.db"
    if not source.exists():
        with Outbox(source, data_key) as box:
            box.enqueue(ItemKind.CLAIM, claim_payload(1))
        holder = Outbox(source, data_key)  # keeps the WAL from being checkpointed on close
        holder.enqueue(ItemKind.CLAIM, {**claim_payload(2), "filler": "x" * 20000})
        _copy_queue(source, tmp_path / "whole")
        holder.close()
    whole = tmp_path / "whole" / "outbox.db"
    wal = Path(str(whole) + "-wal").read_bytes()
    torn_dir = tmp_path / f"torn-{cut:.6f}"
    torn = _copy_queue(whole, torn_dir)
    Path(str(torn) + "-wal").write_bytes(wal[: int(len(wal) * cut)])
    with Outbox(torn, data_key) as reopened:
        seqs = sorted(seq_of(item.payload) for item in reopened.bundles.exportable())
    assert seqs in ([1], [1, 2])
    shutil.rmtree(torn_dir)
