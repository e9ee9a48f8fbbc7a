"""Technician events: a local append-only log, and reports to the agency that wait out an outage.

Runs against the reference server (its `POST /api/v1/kiosks/events` writes the audit chain), with
a loopback relay between kiosk and server whose cable the test pulls and plugs back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.api import AgencyClient
from kiosk.technician.events import (
    EventReporter,
    Recorder,
    TechnicianEvent,
    TechnicianLog,
    sanitise,
)
from server.db import make_engine, make_session_factory
from server.models import AuditEntry
from tests.conftest import Agency
from tests.fleet.netcut import Cable


@pytest.fixture
def cable(agency: Agency) -> Iterator[Cable]:
    relay = Cable(int(agency.url.rsplit(":", 1)[1]))
    yield relay
    relay.cut()


@pytest.fixture
def client(agency: Agency, cable: Cable) -> Iterator[AgencyClient]:
    kiosk = AgencyClient(
        cable.url,
        agency.kiosk_id,
        agency.kiosk_key,
        attempts=1,
        backoff_s=0.01,
        connect_timeout_s=1.0,
        read_timeout_s=5.0,
    )
    yield kiosk
    kiosk.close()


def audited(agency: Agency) -> list[tuple[str, dict[str, object]]]:
    engine = make_engine(agency.config.database_url)
    try:
        with make_session_factory(engine)() as session:
            rows = (
                session.execute(
                    select(AuditEntry)
                    .where(
                        AuditEntry.actor == f"kiosk:{agency.kiosk_id}",
                        AuditEntry.action.like("kiosk.%"),
                    )
                    .order_by(AuditEntry.seq)
                )
                .scalars()
                .all()
            )
            return [(r.action, dict(json.loads(r.body).get("details") or {})) for r in rows]
    finally:
        engine.dispose()


def test_events_wait_offline_survive_a_restart_and_reach_the_agency(
    agency: Agency, cable: Cable, client: AgencyClient, tmp_path: Path
) -> None:
    pending = tmp_path / "technician-events.jsonl"
    before = len(audited(agency))
    cable.cut()
    recorder = Recorder(TechnicianLog(tmp_path / "technician.log"), EventReporter(pending, client))
    recorder.record("technician_entry", failed_before=0)
    recorder.record("settings_changed", key="session.idle_timeout_s", applies="live")
    assert recorder.reporter.flush() == 0
    assert recorder.reporter.status().pending == 2
    assert recorder.reporter.status().last_problem == "unreachable"
    assert len(audited(agency)) == before

    # The kiosk restarts while still offline: the events are read back from the file.
    reporter = EventReporter(pending, client)
    assert [e.kind for e in reporter.pending()] == ["technician_entry", "settings_changed"]
    cable.plug()
    assert reporter.flush() == 2
    assert reporter.status().pending == 0 and pending.read_text() == ""
    rows = audited(agency)[before:]
    assert [action for action, _ in rows] == ["kiosk.technician_entry", "kiosk.settings_changed"]
    assert rows[1][1]["key"] == "session.idle_timeout_s"


def test_the_background_sender_delivers_once_the_network_returns(
    agency: Agency, cable: Cable, client: AgencyClient, tmp_path: Path
) -> None:
    import time

    before = len(audited(agency))
    cable.cut()
    reporter = EventReporter(tmp_path / "p.jsonl", client)
    recorder = Recorder(TechnicianLog(tmp_path / "t.log"), reporter)
    reporter.start(retry_s=0.2)
    try:
        recorder.record("device_test", device="printer", result="paper_out")
        time.sleep(0.5)
        assert reporter.status().pending == 1
        cable.plug()
        deadline = time.monotonic() + 10
        while reporter.status().pending and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        reporter.stop()
    assert [a for a, _ in audited(agency)[before:]] == ["kiosk.device_test"]


def test_more_than_fifty_events_go_in_batches(
    agency: Agency, client: AgencyClient, tmp_path: Path
) -> None:
    before = len(audited(agency))
    reporter = EventReporter(tmp_path / "p.jsonl", None)
    recorder = Recorder(TechnicianLog(tmp_path / "t.log"), reporter)
    for n in range(120):
        recorder.record("device_test", device="sscard", result="ok", n=n)
    reporter.sender = client
    assert reporter.flush() == 120
    assert len(audited(agency)) - before == 120


def test_at_most_500_events_wait_and_the_oldest_go_first(tmp_path: Path) -> None:
    reporter = EventReporter(tmp_path / "p.jsonl", None)
    recorder = Recorder(TechnicianLog(tmp_path / "t.log"), reporter)
    for n in range(505):
        recorder.record("device_test", n=n)
    kept = reporter.pending()
    assert len(kept) == 500 and kept[0].detail["n"] == "5"
    assert reporter.status().dropped == 5
    assert len(EventReporter(tmp_path / "p.jsonl", None).pending()) == 500
    # The local log keeps everything: it is the kiosk's own record.
    assert len(recorder.log.read()) == 505


def test_details_are_shaped_as_the_agency_accepts_them() -> None:
    detail = sanitise({"note": "张三 110105194912310021 and more " * 3, "bad key!": 1})
    assert set(detail) == {"note", "bad_key_"}
    assert len(detail["note"]) == 64
    assert all(ch.isascii() and ch != " " for ch in detail["note"])


def test_the_local_log_is_json_lines_with_only_tokens(tmp_path: Path) -> None:
    log = TechnicianLog(tmp_path / "technician.log")
    recorder = Recorder(log, EventReporter(tmp_path / "p.jsonl", None))
    recorder.record("settings_changed", key="server.url", applies="restart")
    recorder.record("technician_lockout", seconds=30, failures=3)
    lines = [json.loads(line) for line in log.path.read_text().splitlines()]
    assert [line["kind"] for line in lines] == ["settings_changed", "technician_lockout"]
    assert lines[1]["detail"] == {"seconds": "30", "failures": "3"}
    assert datetime.fromisoformat(lines[0]["at"]).tzinfo is not None
    assert log.path.stat().st_mode & 0o077 == 0


def test_a_batch_the_agency_refuses_is_dropped_not_retried_forever(
    agency: Agency, client: AgencyClient, tmp_path: Path
) -> None:
    reporter = EventReporter(tmp_path / "p.jsonl", client)
    # Written by an older release without the shaping: the agency refuses it (422).
    bad = TechnicianEvent("device_test", datetime.now(UTC), {"note": "two words"})
    reporter.add(bad)
    assert reporter.flush() == 0
    status = reporter.status()
    assert status.pending == 0 and status.dropped == 1 and status.last_problem == "invalid_request"
