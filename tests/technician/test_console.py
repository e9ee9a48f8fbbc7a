"""Technician mode as the app uses it: one console object over the real parts.

Settings, enrolment, queue and logs against the reference server and a real outbox; every
action lands in the local technician log and, through the signed client, in the agency's audit.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from config import Settings, load_secrets
from config.loading import load_settings
from config.logs import configure_logging, sensitive_values
from config.secrets import ensure_secrets
from kiosk.api import AgencyClient
from kiosk.enrolment import Enrolled, EnrolmentProblem
from kiosk.technician import settings_edit
from kiosk.technician.console import TechnicianConsole, TechnicianPaths
from kiosk.technician.gate import Granted
from kiosk.technician.maintenance import Intent
from offline_queue import Outbox, SyncEngine
from tests.conftest import Agency
from tests.fleet.fleet_kit import issue
from tests.offline_queue.loopback_server import LoopbackServer
from tests.technician.queue_kit import LoopbackUploader


def make_console(
    tmp_path: Path, agency: Agency | None = None, **kwargs: object
) -> TechnicianConsole:
    config_path = tmp_path / "kiosk.toml"
    if agency is not None and not config_path.exists():
        config_path.write_text(
            f'[server]\nurl = "{agency.url}"\n\n[kiosk]\nid = "{agency.kiosk_id}"\n',
            encoding="utf-8",
        )
    settings = load_settings(config_path)
    paths = TechnicianPaths.for_config(config_path, settings, data_dir=tmp_path / "data")
    return TechnicianConsole(settings, paths, **kwargs)  # type: ignore[arg-type]


def logged_kinds(console: TechnicianConsole) -> list[str]:
    return [json.loads(line)["kind"] for line in console.technician_log()]


def test_paths_sit_beside_the_settings_and_in_the_data_directory(tmp_path: Path) -> None:
    paths = TechnicianPaths.for_config(tmp_path / "etc" / "kiosk.toml", Settings(), tmp_path / "d")
    assert paths.secrets_path == tmp_path / "etc" / "secrets.toml"
    assert paths.lockout_path == tmp_path / "etc" / "technician-lockout.json"
    assert paths.kiosk_log == tmp_path / "d" / "logs" / "kiosk.log"
    assert paths.technician_log == tmp_path / "d" / "logs" / "technician.log"


def test_settings_saved_through_the_console_are_audited_by_key(
    agency: Agency, tmp_path: Path
) -> None:
    client = AgencyClient(agency.url, agency.kiosk_id, agency.kiosk_key)
    applied: list[settings_edit.Saved] = []
    console = make_console(tmp_path, agency, client=client, on_settings_saved=applied.append)
    try:
        refused = console.save_settings({"session.idle_timeout_s": "3"})
        assert isinstance(refused, settings_edit.Refused)
        saved = console.save_settings({"session.idle_timeout_s": "150", "kiosk.region": "222401"})
        assert isinstance(saved, settings_edit.Saved)
        assert saved.live == ("session.idle_timeout_s",) and saved.need_restart == ("kiosk.region",)
        assert applied == [saved] and console.settings.session.idle_timeout_s == 150
        assert console.reporter.flush() == 2
    finally:
        client.close()
    events = [json.loads(line) for line in console.technician_log()]
    assert [(e["kind"], e["detail"]["key"]) for e in events] == [
        ("settings_changed", "kiosk.region"),
        ("settings_changed", "session.idle_timeout_s"),
    ]
    assert "150" not in json.dumps(events) and "222401" not in json.dumps(events)


def test_entry_with_the_pin_is_recorded(tmp_path: Path) -> None:
    console = make_console(tmp_path)
    console.pins.set_pin("480263")
    assert console.try_pin("480263") == Granted()
    assert logged_kinds(console) == ["technician_entry"]


def test_enrolment_with_a_one_time_code(agency: Agency, tmp_path: Path) -> None:
    kiosk_id = "kiosk-222405-901"
    config_path = tmp_path / "kiosk.toml"
    config_path.write_text(
        f'[server]\nurl = "{agency.url}"\n\n[kiosk]\nid = "{kiosk_id}"\n', encoding="utf-8"
    )
    console = make_console(tmp_path)
    ensure_secrets(console.paths.secrets_path)
    wrong = console.enrol("ABCDE-FGH23")
    assert isinstance(wrong.outcome, EnrolmentProblem)
    code = issue(agency, kiosk_id)
    done = console.enrol(code)
    assert isinstance(done.outcome, Enrolled) and done.settings_note == "updated"
    assert load_settings(config_path).kiosk.site_name == "测试网点"
    key = load_secrets(console.paths.secrets_path).kiosk_key
    client = AgencyClient(agency.url, kiosk_id, key)
    try:
        assert client.request("GET", "/health", retry=False).status_code == 200
        assert console.reporter.pending()  # sent with the new key once the app restarts
        console.reporter.sender = client
        assert console.reporter.flush() >= 1
    finally:
        client.close()
    assert "settings_changed" in logged_kinds(console)
    assert code.replace("-", "") not in console.paths.technician_log.read_text()


@pytest.fixture
def queue(tmp_path: Path) -> Iterator[tuple[Outbox, SyncEngine, LoopbackServer]]:
    with LoopbackServer(tmp_path / "server.db") as server:
        outbox = Outbox(tmp_path / "queue.db", b"k" * 32)
        engine = SyncEngine(outbox, LoopbackUploader(server.url))
        yield outbox, engine, server
        outbox.close()


def test_queue_status_and_sync_now(
    tmp_path: Path, queue: tuple[Outbox, SyncEngine, LoopbackServer]
) -> None:
    outbox, engine, _server = queue
    nudged: list[bool] = []
    for n in range(3):
        outbox.enqueue("claim", {"seq": n})
    console = make_console(
        tmp_path, outbox=outbox, engine=engine, on_sync_now=lambda: nudged.append(True)
    )
    before = console.queue_status()
    assert before is not None and before.depth == 3 and before.counts["pending"] == 3
    report = console.sync_now()
    assert report is not None and report.acknowledged == 3 and not report.offline
    assert report.status.depth == 0 and report.status.counts["acknowledged"] == 3
    assert nudged == [True]
    last = json.loads(console.technician_log()[-1])
    assert last["kind"] == "sync_now" and last["detail"]["acknowledged"] == "3"


def test_log_view_redacts_again(tmp_path: Path) -> None:
    console = make_console(tmp_path)
    log_path = console.paths.kiosk_log
    log_path.parent.mkdir(parents=True)
    # Lines written by an older release, before a redaction rule existed.
    log_path.write_text(
        "\n".join(
            [
                '{"msg": "lookup for 22240119900307001X"}',
                '{"msg": "sms to 13912345678"}',
                '{"msg": "name=金哲 read"}',
                *[f'{{"msg": "line {n}"}}' for n in range(300)],
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    everything = console.log_lines(1000)
    text = "\n".join(everything)
    assert "22240119900307001X" not in text and "13912345678" not in text and "金哲" not in text
    assert text.count("[redacted]") == 3
    assert len(console.log_lines(200)) == 200 and console.log_lines(5)[-1] == '{"msg": "line 299"}'


def test_log_view_of_a_live_log(tmp_path: Path) -> None:
    console = make_console(tmp_path)
    configure_logging(console.paths.kiosk_log.parent, console=False)
    try:
        sensitive_values.remember("朴英姬")
        logging.getLogger("test").info("card read for 朴英姬")
        sensitive_values.forget_all()
        for handler in logging.getLogger().handlers:
            handler.flush()
    finally:
        configure_logging(None, console=False)
    assert "朴英姬" not in "\n".join(console.log_lines())


def test_leaving_for_maintenance_is_recorded(tmp_path: Path) -> None:
    console = make_console(tmp_path)
    assert console.leave(Intent.RESUME) is Intent.RESUME
    assert console.leave(Intent.EXIT_TO_MAINTENANCE) is Intent.EXIT_TO_MAINTENANCE
    assert console.leave(Intent.RESTART) is Intent.RESTART
    events = [json.loads(line) for line in console.technician_log()]
    assert [e["detail"]["intent"] for e in events] == ["exit_to_maintenance", "restart"]


def test_device_threads_pause_while_a_technician_is_in(tmp_path: Path) -> None:
    calls: list[str] = []
    console = make_console(
        tmp_path,
        pause_devices=lambda: calls.append("pause"),
        resume_devices=lambda: calls.append("resume"),
    )
    console.pins.set_pin("480263")
    console.try_pin("111111")
    assert calls == []
    console.try_pin("480263")
    console.leave(Intent.RESUME)
    console.leave(Intent.RESUME)
    assert calls == ["pause", "resume"]


def test_heartbeat_status_is_shown_from_the_service(tmp_path: Path) -> None:
    from kiosk.heartbeat import HeartbeatStatus

    beat = HeartbeatStatus(
        sent=12,
        missed=3,
        consecutive_failures=1,
        pending=True,
        last_sent_at=None,
        last_problem="unreachable",
    )
    assert make_console(tmp_path, heartbeat_status=lambda: beat).heartbeat() == beat
    assert make_console(tmp_path / "other").heartbeat() is None
