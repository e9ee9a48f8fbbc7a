"""The heartbeat reaches the agency every interval; when the network goes it keeps only the newest
snapshot and counts the missed ones, and when the network returns the agency gets that newest one."""

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.api import AgencyClient
from kiosk.heartbeat import HeartbeatService, HeartbeatSources, QueueSnapshot
from server.db import transaction
from server.models import Kiosk, KioskHeartbeat
from tests.conftest import Agency
from tests.fleet.netcut import Cable


class KioskState:
    """Stands in for the devices and the outbox: what the kiosk would report right now."""

    def __init__(self) -> None:
        self.queue = QueueSnapshot(depth=0)
        self.paper = "ok"

    def sources(self) -> HeartbeatSources:
        return HeartbeatSources(
            devices=lambda: {"card_reader": "ok", "id_reader": "ok", "printer": "ok"},
            paper=lambda: self.paper,
            queue=lambda: self.queue,
        )


def _until(condition: Callable[[], bool], timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def _latest(agency: Agency) -> dict[str, Any]:
    with transaction(agency.sessions()) as session:
        kiosk = session.get(Kiosk, agency.kiosk_id)
        assert kiosk is not None
        return dict(kiosk.last_heartbeat or {})


def _history(agency: Agency) -> int:
    with transaction(agency.sessions()) as session:
        return int(
            session.execute(
                select(func.count())
                .select_from(KioskHeartbeat)
                .where(KioskHeartbeat.kiosk_id == agency.kiosk_id)
            ).scalar_one()
        )


@pytest.fixture
def cable(agency: Agency) -> Iterator[Cable]:
    relay = Cable(int(agency.url.rsplit(":", 1)[1]))
    yield relay
    relay.cut()


@pytest.fixture
def client(agency: Agency, cable: Cable) -> Iterator[AgencyClient]:
    api = AgencyClient(
        cable.url, agency.kiosk_id, agency.kiosk_key, attempts=1, connect_timeout_s=1
    )
    yield api
    api.close()


def test_heartbeats_arrive_every_interval_with_the_kiosks_state(
    agency: Agency, client: AgencyClient
) -> None:
    state = KioskState()
    state.queue = QueueSnapshot(depth=2, oldest_age_s=40)
    service = HeartbeatService(client, state.sources(), app_version="1.2.3", interval_s=0.3)
    before = _history(agency)
    service.start()
    try:
        _until(lambda: service.status().sent >= 3)
    finally:
        service.stop()
    latest = _latest(agency)
    assert (latest["app_version"], latest["queue_depth"], latest["paper"]) == ("1.2.3", 2, "ok")
    assert latest["devices"] == {"card_reader": "ok", "id_reader": "ok", "printer": "ok"}
    assert _history(agency) - before >= 3
    assert service.status().missed == 0


def test_offline_keeps_only_the_newest_snapshot_and_sends_it_when_back(
    agency: Agency, cable: Cable, client: AgencyClient
) -> None:
    state = KioskState()
    service = HeartbeatService(
        client, state.sources(), app_version="1.2.3", interval_s=0.4, retry_s=0.1
    )
    service.start()
    try:
        _until(lambda: service.status().sent >= 1)
        cable.cut()
        sent_before = service.status().sent
        history_before = _history(agency)
        for depth in (3, 5, 8):  # claims pile up in the outbox while the network is down
            state.queue = QueueSnapshot(depth=depth, oldest_age_s=depth * 60)
            time.sleep(0.45)
        state.paper = "near_end"
        # Two more failed tries: the second began after the first failed, so after the change,
        # and every snapshot from here on (including the one sent on reconnection) is the newest.
        failures = service.status().consecutive_failures
        _until(lambda: service.status().consecutive_failures >= failures + 2)
        offline = service.status()
        assert offline.pending and offline.last_problem == "unreachable"
        assert offline.sent == sent_before and offline.missed >= 2

        cable.plug()
        _until(lambda: not service.status().pending and service.status().sent > sent_before)
    finally:
        service.stop()
    latest = _latest(agency)
    assert (latest["queue_depth"], latest["queue_oldest_age_s"], latest["paper"]) == (
        8,
        480,
        "near_end",
    )
    # State, not events: the missed beats are counted, not replayed one by one on reconnection.
    assert _history(agency) - history_before <= 2
    assert service.status().missed >= offline.missed


def test_stop_ends_the_thread_at_once_even_with_a_long_interval(client: AgencyClient) -> None:
    service = HeartbeatService(client, KioskState().sources(), app_version="1.2.3", interval_s=3600)
    service.start()
    _until(lambda: service.status().sent == 1)
    started = time.monotonic()
    service.stop()
    assert time.monotonic() - started < 1.0 and not service.running


def test_nudge_beats_now(client: AgencyClient) -> None:
    service = HeartbeatService(client, KioskState().sources(), app_version="1.2.3", interval_s=3600)
    service.start()
    try:
        _until(lambda: service.status().sent == 1)
        service.nudge()
        _until(lambda: service.status().sent == 2, timeout_s=3)
    finally:
        service.stop()


def test_a_failing_source_is_reported_as_the_error_class_and_the_rest_still_sent(
    agency: Agency, client: AgencyClient
) -> None:
    def broken_printer_status() -> str:
        raise TimeoutError("printer did not answer")

    sources = HeartbeatSources(
        devices=lambda: {
            "printer_with_a_very_long_vendor_name_beyond_limits": "x" * 200,
            "id reader": "SAM 故障",
        },
        paper=broken_printer_status,
        queue=lambda: QueueSnapshot(depth=1),
    )
    service = HeartbeatService(client, sources, app_version="9" * 60, interval_s=60)
    assert service.beat()
    latest = _latest(agency)
    assert latest["paper"] == "unknown" and latest["last_error_class"] == "TimeoutError"
    assert latest["app_version"] == "9" * 32
    assert latest["devices"] == {
        "printer_with_a_very_long_vendor_": "x" * 64,
        "id_reader": "SAM___",
    }


def test_interval_comes_from_the_queue_sync_setting(client: AgencyClient) -> None:
    from config import Settings

    settings = Settings.model_validate({"queue": {"sync_interval_s": 45}})
    service = HeartbeatService.from_settings(
        settings, client, KioskState().sources(), app_version="1.2.3"
    )
    assert service.interval_s == 45
