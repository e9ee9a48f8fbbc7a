"""The outbox as the claimant screen and the heartbeat see it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from offline_queue.errors import DataKeyError, QueueFullError
from offline_queue.items import ItemKind, ItemResult, ItemState, ResultKind
from offline_queue.limits import QueueLimits
from offline_queue.outbox import Outbox
from tests.doubles import FakeClock
from tests.offline_queue.queue_helpers import ID_NUMBER, claim_payload


def test_enqueued_item_is_there_after_reopen_and_decrypts(
    queue_path: Path, data_key: bytes
) -> None:
    with Outbox(queue_path, data_key) as box:
        reference = box.enqueue(ItemKind.CLAIM, claim_payload(7), id_number=ID_NUMBER)
    with Outbox(queue_path, data_key) as box:
        [item] = box.bundles.exportable()
    assert item.client_reference == reference
    assert item.payload == claim_payload(7)
    assert item.kind == "claim"


def test_personal_data_never_reaches_the_disk_in_plaintext(
    queue_path: Path, data_key: bytes
) -> None:
    payload = {**claim_payload(), "name": "金美兰", "mobile": "13912345678"}
    with Outbox(queue_path, data_key) as box:
        box.enqueue(ItemKind.CLAIM, payload, id_number=ID_NUMBER)
        on_disk = b"".join(p.read_bytes() for p in queue_path.parent.iterdir())
    for secret in (ID_NUMBER, payload["ssn"], "13912345678", "金美兰"):
        assert str(secret).encode() not in on_disk
    assert ID_NUMBER.lower().encode() not in on_disk


def test_connections_use_wal_full_sync_and_a_busy_timeout(outbox: Outbox) -> None:
    outbox.enqueue(ItemKind.CLAIM, claim_payload())
    with outbox.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        sync = connection.exec_driver_sql("PRAGMA synchronous").scalar()
        timeout = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert (mode, sync, timeout) == ("wal", 2, 5000)


def test_a_wrong_data_key_is_refused_on_open(queue_path: Path, data_key: bytes) -> None:
    with Outbox(queue_path, data_key) as box:
        box.enqueue(ItemKind.CLAIM, claim_payload())
    with pytest.raises(DataKeyError, match="does not match"):
        Outbox(queue_path, os.urandom(32))


def test_status_lookup_finds_only_that_claimants_items(outbox: Outbox) -> None:
    mine = outbox.enqueue(ItemKind.CLAIM, claim_payload(1), id_number=ID_NUMBER)
    outbox.enqueue(ItemKind.CLAIM, claim_payload(2), id_number="220102198502024321")
    also_mine = outbox.enqueue(
        ItemKind.TRAINING_SUBSIDY, claim_payload(3), id_number=" " + ID_NUMBER.lower()
    )
    found = outbox.find_by_id_number(ID_NUMBER)
    assert [item.client_reference for item in found] == [mine, also_mine]
    assert {item.state for item in found} == {ItemState.PENDING}
    assert [item.kind for item in found] == ["claim", "training_subsidy"]
    assert outbox.find_by_id_number("110101199003074518") == []


def test_full_queue_refuses_enqueue_and_stores_nothing(queue_path: Path, data_key: bytes) -> None:
    with Outbox(queue_path, data_key, limits=QueueLimits(max_items=3)) as box:
        for n in range(3):
            box.enqueue(ItemKind.CLAIM, claim_payload(n))
        with pytest.raises(QueueFullError, match="NOT stored"):
            box.enqueue(ItemKind.CLAIM, claim_payload(3))
        assert box.counts()[ItemState.PENDING] == 3
        assert box.health().full


def test_warning_rises_at_80_percent_of_size_or_age(queue_path: Path, data_key: bytes) -> None:
    clock = FakeClock(1_790_000_000.0)
    limits = QueueLimits(max_items=10, max_age_s=1000.0)
    with Outbox(queue_path, data_key, limits=limits, clock=clock) as box:
        for n in range(7):
            box.enqueue(ItemKind.CLAIM, claim_payload(n))
        assert not box.health().warning
        box.enqueue(ItemKind.CLAIM, claim_payload(8))
        assert box.health().warning and not box.health().full
    with Outbox(
        queue_path, data_key, limits=QueueLimits(max_items=100, max_age_s=1000.0), clock=clock
    ) as box:
        assert not box.health().warning
        clock.now += 800
        health = box.health()
        assert health.warning and not health.too_old
        clock.now += 200
        assert box.health().too_old


def test_purge_keeps_only_a_non_personal_audit_stub(queue_path: Path, data_key: bytes) -> None:
    clock = FakeClock(1_790_000_000.0)
    with Outbox(queue_path, data_key, clock=clock) as box:
        reference = box.enqueue(ItemKind.CLAIM, claim_payload(), id_number=ID_NUMBER)
        waiting = box.enqueue(ItemKind.CLAIM, claim_payload(1), id_number=ID_NUMBER)
        [sent, _] = box.claim_due(2, max_future_s=60)
        box.record_results([ItemResult(sent.client_reference, ResultKind.CREATED)])
        clock.now += 10
        assert box.purge(retention_s=100) == 0
        clock.now += 100
        assert box.purge(retention_s=100) == 1
        assert box.summary(reference) is None
        assert box.audit_stub_count() == 1
        assert [i.client_reference for i in box.find_by_id_number(ID_NUMBER)] == [waiting]
    with sqlite3.connect(queue_path) as raw:
        stub = raw.execute("SELECT * FROM audit_stubs").fetchone()
        columns = [c[1] for c in raw.execute("PRAGMA table_info(audit_stubs)")]
    assert stub[0] == reference
    assert set(columns) == {
        "client_reference",
        "kind",
        "final_state",
        "created_at",
        "closed_at",
        "purged_at",
    }


def test_confirming_the_same_submission_twice_stores_it_once(outbox: Outbox) -> None:
    reference = outbox.enqueue(ItemKind.CLAIM, claim_payload(1))
    assert outbox.enqueue(ItemKind.CLAIM, claim_payload(1), client_reference=reference) == reference
    assert outbox.health().depth == 1
