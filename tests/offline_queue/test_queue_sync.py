"""The sync engine against a real HTTP server on loopback."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from kiosk.adapters.batch_uploader import AgencyBatchUploader
from kiosk.api.models import HeartbeatAck
from offline_queue.backoff import BackoffPolicy
from offline_queue.items import ItemKind, ItemState
from offline_queue.outbox import Outbox
from offline_queue.sync_engine import SyncEngine
from tests.offline_queue.loopback_server import LoopbackServer
from tests.offline_queue.queue_helpers import (
    agency_client,
    agency_uploader,
    claim_payload,
    seq_of,
)


def _server_seqs(server: LoopbackServer) -> list[int]:
    return sorted(seq_of(claim["payload"]) for claim in server.store.claims())


def test_drain_delivers_every_item_once_and_acknowledges_it(
    outbox: Outbox, uploader: AgencyBatchUploader, server: LoopbackServer
) -> None:
    for n in range(450):
        outbox.enqueue(ItemKind.CLAIM, claim_payload(n))
    seen: list[tuple[int, int]] = []
    report = SyncEngine(outbox, uploader, batch_size=200).drain(lambda d, t: seen.append((d, t)))
    assert (report.batches, report.acknowledged, report.offline) == (3, 450, False)
    assert outbox.counts()[ItemState.ACKNOWLEDGED] == 450
    assert _server_seqs(server) == list(range(450))
    assert seen[-1] == (450, 450)


def test_a_rejected_item_keeps_the_servers_code_and_message(
    outbox: Outbox, uploader: AgencyBatchUploader
) -> None:
    good = outbox.enqueue(ItemKind.CLAIM, claim_payload(1))
    bad = outbox.enqueue(ItemKind.CLAIM, {**claim_payload(2), "test_reject": "not_eligible"})
    report = SyncEngine(outbox, uploader).drain()
    assert (report.acknowledged, report.rejected) == (1, 1)
    assert outbox.summary(good).state is ItemState.ACKNOWLEDGED  # type: ignore[union-attr]
    refused = outbox.summary(bad)
    assert refused is not None and refused.state is ItemState.REJECTED
    assert refused.last_error == "refused by the loopback server on request"


def test_a_server_error_puts_the_batch_back_with_backoff_and_marks_offline(
    outbox: Outbox, uploader: AgencyBatchUploader, server: LoopbackServer
) -> None:
    for n in range(3):
        outbox.enqueue(ItemKind.CLAIM, claim_payload(n))
    server.faults.set({"status": 503, "status_count": 1})
    engine = SyncEngine(outbox, uploader, backoff=BackoffPolicy(base_s=600, cap_s=600))
    report = engine.drain()
    assert report.offline and not engine.online
    assert report.errors == ["agency unavailable: injected_503"]
    counts = outbox.counts()
    assert counts[ItemState.PENDING] == 3
    assert outbox.next_due_in(max_future_s=1200) is not None
    # Not due yet: a second drain sends nothing until the backoff has passed.
    assert engine.drain().batches == 0
    assert server.store.claims() == []
    # Unless someone at the kiosk asks for a sync now: then each waiting item is tried once.
    forced = engine.drain(waiting_too=True)
    assert (forced.acknowledged, forced.offline) == (3, False)
    assert _server_seqs(server) == [0, 1, 2]


def test_sync_now_tries_each_waiting_item_once_even_if_the_agency_stays_down(
    outbox: Outbox, uploader: AgencyBatchUploader, server: LoopbackServer
) -> None:
    for n in range(5):
        outbox.enqueue(ItemKind.CLAIM, claim_payload(n))
    engine = SyncEngine(
        outbox, uploader, batch_size=2, backoff=BackoffPolicy(base_s=600, cap_s=600)
    )
    server.faults.set({"status": 503, "status_count": 1})
    engine.drain()
    server.faults.set({"status": 503, "status_count": 100})
    forced = engine.drain(waiting_too=True)
    assert forced.batches == 1 and forced.offline  # stops at the first failure, no loop
    assert outbox.counts()[ItemState.PENDING] == 5


def test_a_lost_answer_after_the_server_stored_the_batch_is_counted_once(
    outbox: Outbox, uploader: AgencyBatchUploader, server: LoopbackServer
) -> None:
    for n in range(5):
        outbox.enqueue(ItemKind.CLAIM, claim_payload(n))
    server.faults.set({"drop_after_commit": 1})
    engine = SyncEngine(outbox, uploader, backoff=BackoffPolicy(base_s=0.01, cap_s=0.01))
    assert engine.drain().offline
    assert len(server.store.claims()) == 5
    time.sleep(0.02)
    report = engine.drain()
    assert report.acknowledged == 5
    assert _server_seqs(server) == [0, 1, 2, 3, 4]


def test_items_left_sending_by_a_crash_are_resent_on_start(
    queue_path: Path, data_key: bytes, uploader: AgencyBatchUploader, server: LoopbackServer
) -> None:
    with Outbox(queue_path, data_key) as crashed:
        for n in range(4):
            crashed.enqueue(ItemKind.CLAIM, claim_payload(n))
        uploader.upload(crashed.claim_due(2, max_future_s=60))  # stored, never acknowledged
    with Outbox(queue_path, data_key) as box:
        assert box.counts()[ItemState.SENDING] == 2
        engine = SyncEngine(outbox=box, uploader=uploader, idle_poll_s=0.05)
        engine.start()
        deadline = time.monotonic() + 10
        while box.counts()[ItemState.ACKNOWLEDGED] < 4 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert engine.stop(5)
        assert box.counts()[ItemState.ACKNOWLEDGED] == 4
    assert _server_seqs(server) == [0, 1, 2, 3]


def test_the_thread_sends_on_wake_and_stops_cleanly(
    outbox: Outbox, uploader: AgencyBatchUploader, server: LoopbackServer
) -> None:
    engine = SyncEngine(outbox, uploader, idle_poll_s=60)
    engine.start()
    try:
        reference = outbox.enqueue(ItemKind.CLAIM, claim_payload(1))
        engine.wake()
        deadline = time.monotonic() + 5
        while server.store.has(reference) is False and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.store.has(reference)
    finally:
        started = time.monotonic()
        assert engine.stop(5)
    assert time.monotonic() - started < 2
    assert not engine.running
    assert [t.name for t in threading.enumerate() if t.name == "offline-queue-sync"] == []


def test_an_unreachable_agency_keeps_the_engine_offline_until_the_probe_succeeds(
    outbox: Outbox, tmp_path: Path
) -> None:
    reachable = threading.Event()
    with LoopbackServer(tmp_path / "late.db") as server:
        down = agency_uploader("http://127.0.0.1:9", timeout_s=1)
        outbox.enqueue(ItemKind.CLAIM, claim_payload(1))
        engine = SyncEngine(outbox, down, backoff=BackoffPolicy(base_s=0.0, cap_s=0.0))
        assert engine.drain().offline and not engine.online
        client = agency_client(server.url)
        up = AgencyBatchUploader(client)
        probes: list[bool] = []

        def probe() -> bool:
            # The kiosk's probe, gated by the test: the network path "comes back" on `reachable`.
            answered = client.reachable()
            probes.append(reachable.is_set() and answered)
            return probes[-1]

        engine = SyncEngine(
            outbox,
            up,
            probe=probe,
            backoff=BackoffPolicy(base_s=0.02, cap_s=0.05),
            idle_poll_s=0.05,
        )
        engine._online = False
        engine.start()
        time.sleep(0.3)
        assert server.store.claims() == [] and probes and not any(probes)
        reachable.set()
        deadline = time.monotonic() + 5
        while outbox.counts()[ItemState.ACKNOWLEDGED] == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert engine.stop(5)
        assert engine.online
        assert len(server.store.claims()) == 1


def test_a_wall_clock_set_back_does_not_strand_queued_items(
    queue_path: Path, data_key: bytes, uploader: AgencyBatchUploader
) -> None:
    """A kiosk that booted with its clock a year ahead stored due times in that future."""
    ahead = [time.time() + 365 * 24 * 3600]
    with Outbox(queue_path, data_key, clock=lambda: ahead[0]) as skewed:
        skewed.enqueue(ItemKind.CLAIM, claim_payload(1))
        SyncEngine(skewed, agency_uploader("http://127.0.0.1:9")).drain()
    with Outbox(queue_path, data_key) as box:
        assert SyncEngine(box, uploader).drain().acknowledged == 1


def test_enqueue_is_not_held_up_by_an_upload_in_flight(
    outbox: Outbox, uploader: AgencyBatchUploader, server: LoopbackServer
) -> None:
    for n in range(200):
        outbox.enqueue(ItemKind.CLAIM, claim_payload(n))
    server.faults.set({"delay_ms": 1500})
    engine = SyncEngine(outbox, uploader)
    engine.start()
    try:
        time.sleep(0.3)  # the batch is now claimed and waiting on the slow server
        assert outbox.counts()[ItemState.SENDING] == 200
        started = time.monotonic()
        outbox.enqueue(ItemKind.CLAIM, claim_payload(999))
        assert time.monotonic() - started < 0.5
    finally:
        server.faults.set({})
        engine.stop(10)


def test_the_kiosk_client_reads_the_loopback_servers_health_and_date(
    server: LoopbackServer,
) -> None:
    """The loopback stand-in answers what AgencyClient relies on: /health, the Date header."""
    client = agency_client(server.url)
    dead = agency_client("http://127.0.0.1:9", timeout_s=1)
    try:
        assert client.reachable() and not dead.reachable()
        answer = HeartbeatAck.model_validate_json(
            client.request("GET", "/health", retry=False).content
        )
        assert abs(answer.server_time.timestamp() - time.time()) < 5
        assert abs(client.clock_offset_s) < 5  # learnt from the Date header
    finally:
        client.close()
        dead.close()


def test_the_engine_comes_back_online_with_an_empty_queue_when_the_probe_succeeds(
    outbox: Outbox, uploader: AgencyBatchUploader
) -> None:
    reachable = threading.Event()
    engine = SyncEngine(
        outbox,
        uploader,
        probe=reachable.is_set,
        backoff=BackoffPolicy(base_s=0.02, cap_s=0.05),
        idle_poll_s=0.05,
    )
    engine._online = False  # as after an outage
    engine.start()
    try:
        time.sleep(0.2)
        assert not engine.online
        reachable.set()
        deadline = time.monotonic() + 5
        while not engine.online and time.monotonic() < deadline:
            time.sleep(0.02)
        assert engine.online
    finally:
        assert engine.stop(5)
