"""Why the kiosk service last stopped reaches the fleet page: the unit's ExecStopPost= records
systemd's verdict, each heartbeat carries it, the agency shows it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.api import AgencyClient
from kiosk.heartbeat import HeartbeatService, HeartbeatSources, QueueSnapshot
from kiosk.service import restarts
from tests.conftest import Agency
from tests.fleet.fleet_kit import fleet_session, kiosk_cli


def test_only_unclean_stops_count_and_the_reason_names_what_systemd_saw(tmp_path: Path) -> None:
    assert restarts.record_stop(tmp_path, {"SERVICE_RESULT": "success"}).count == 0
    assert restarts.record_stop(tmp_path, {}).count == 0  # not run by systemd
    first = restarts.record_stop(
        tmp_path, {"SERVICE_RESULT": "watchdog", "EXIT_CODE": "killed", "EXIT_STATUS": "ABRT"}
    )
    assert (first.count, first.last_reason) == (1, "watchdog")
    second = restarts.record_stop(
        tmp_path, {"SERVICE_RESULT": "signal", "EXIT_CODE": "killed", "EXIT_STATUS": "SEGV"}
    )
    assert (second.count, second.last_reason) == (2, "signal:SEGV")
    assert restarts.read(tmp_path) == second
    assert (tmp_path / restarts.FILE_NAME).stat().st_mode & 0o777 == 0o600


def test_a_damaged_record_reads_as_none_rather_than_stopping_the_kiosk(tmp_path: Path) -> None:
    (tmp_path / restarts.FILE_NAME).write_text("{not json", encoding="utf-8")
    assert restarts.read(tmp_path) == restarts.RestartRecord()
    assert (
        restarts.record_stop(tmp_path, {"SERVICE_RESULT": "exit-code", "EXIT_STATUS": "1"}).count
        == 1
    )


def test_the_cli_records_from_systemds_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHANGTONG_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SERVICE_RESULT", "core-dump")
    monkeypatch.setenv("EXIT_STATUS", "SEGV")
    assert kiosk_cli(["--config", str(tmp_path / "kiosk.toml"), "service", "record-stop"]) == 0
    capsys.readouterr()
    assert (
        kiosk_cli(["--config", str(tmp_path / "kiosk.toml"), "service", "restarts", "--json"]) == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert (shown["count"], shown["last_reason"]) == (1, "core-dump:SEGV")


def test_the_fleet_page_shows_the_restarts_a_heartbeat_reported(
    agency: Agency, tmp_path: Path
) -> None:
    restarts.record_stop(tmp_path, {"SERVICE_RESULT": "watchdog"})
    restarts.record_stop(tmp_path, {"SERVICE_RESULT": "watchdog"})
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key, attempts=1)
    try:
        service = HeartbeatService(
            client,
            HeartbeatSources(
                devices=dict,
                paper=lambda: "ok",
                queue=QueueSnapshot,
                restarts=lambda: restarts.read(tmp_path),
            ),
            app_version="1.0.0",
        )
        body = service.snapshot()
        assert (body["restart_count"], body["last_restart_reason"]) == (2, "watchdog")
        assert service.beat()
    finally:
        client.close()
    staff = fleet_session(agency)
    page = staff.get(f"{agency.url}/fleet", timeout=10)
    staff.close()
    assert page.status_code == 200, page.text
    assert "异常重启 2 次（最近：watchdog）" in page.text
