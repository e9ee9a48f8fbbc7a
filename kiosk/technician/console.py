"""Technician mode as one object the composition root builds; pages reach it only through
intents (kiosk/technician/intents.py), which the composition root runs off the GUI thread.

Every method that touches a device, a file or the network blocks: call it on a worker thread. Each action the agency should know about is recorded (local log + event) here,
so no view can forget to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from config import Settings, default_data_dir, default_secrets_path
from config.loading import load_settings
from config.schema import KioskIdentity
from devices import diagnostics
from devices.printer.receipt import PAPERS
from devices.scanner.diagnostics import ScanCheck, scanner_status
from devices.scanner.framing import Suffix
from kiosk.enrolment import Enrolled, EnrolmentProblem, enrol
from kiosk.heartbeat import HeartbeatStatus
from kiosk.technician import maintenance, settings_edit
from kiosk.technician.events import EventReporter, EventSender, Recorder, TechnicianLog
from kiosk.technician.gate import Granted, PinOutcome, TechnicianGate
from kiosk.technician.intents import SCAN_TEST_S
from kiosk.technician.lockout import Lockout, LockoutPolicy, state_path_beside
from kiosk.technician.network import SignedCaller, run_network_check
from kiosk.technician.pin import PinStore
from kiosk.technician.views import QueueStatus, StepResult, SyncReport
from offline_queue import Outbox, SyncEngine

if TYPE_CHECKING:  # the update machinery (TUF) loads only when a technician uses it
    from kiosk.update.fetch import UpdateRefused
    from kiosk.update.install import UpdateOutcome

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TechnicianPaths:
    config_path: Path
    secrets_path: Path
    lockout_path: Path
    technician_log: Path
    pending_events: Path
    kiosk_log: Path
    data_dir: Path | None = None  # where updates keep their trust anchor and downloads

    @classmethod
    def for_config(
        cls, config_path: Path, settings: Settings, data_dir: Path | None = None
    ) -> TechnicianPaths:
        """Secrets and the lockout state beside the settings file; logs in the log directory;
        unsent events in the data directory."""
        data = data_dir or default_data_dir()
        log_dir = Path(settings.logging.dir) if settings.logging.dir else data / "logs"
        secrets = default_secrets_path(config_path)
        return cls(
            config_path=config_path,
            secrets_path=secrets,
            lockout_path=state_path_beside(secrets),
            technician_log=log_dir / "technician.log",
            pending_events=data / "technician-events.jsonl",
            kiosk_log=log_dir / "kiosk.log",
            data_dir=data,
        )


class AgencyLink(SignedCaller, EventSender, Protocol):
    """What technician mode needs of `AgencyClient`."""


@dataclass(frozen=True)
class EnrolResult:
    outcome: Enrolled | EnrolmentProblem
    settings_note: str  # "updated", "unchanged" or "no_settings_file"


class TechnicianConsole:
    def __init__(
        self,
        settings: Settings,
        paths: TechnicianPaths,
        *,
        client: AgencyLink | None = None,
        outbox: Outbox | None = None,
        engine: SyncEngine | None = None,
        lockout_policy: LockoutPolicy | None = None,
        on_settings_saved: Callable[[settings_edit.Saved], None] | None = None,
        on_sync_now: Callable[[], None] | None = None,
        extra_ports: Callable[[], tuple[str, ...]] | None = None,
        pause_devices: Callable[[], None] | None = None,
        resume_devices: Callable[[], None] | None = None,
        heartbeat_status: Callable[[], HeartbeatStatus] | None = None,
    ) -> None:
        """`on_settings_saved` lets the app apply live settings (`Saved.live`) at once;
        `on_sync_now` nudges other senders (the heartbeat) when the technician asks;
        `pause_devices`/`resume_devices` stop and restart the app's own device threads (card
        presence monitor, ID-card and scanner watchers) while a technician uses the same devices."""
        self.settings = settings
        self.paths = paths
        self.client = client
        self.outbox = outbox
        self.engine = engine
        self.reporter = EventReporter(paths.pending_events, client)
        self.recorder = Recorder(TechnicianLog(paths.technician_log), self.reporter)
        self.pins = PinStore(paths.secrets_path)
        self.lockout = Lockout(paths.lockout_path, lockout_policy)
        self.gate = TechnicianGate(self.pins, self.lockout, self.recorder)
        self._on_settings_saved = on_settings_saved
        self._on_sync_now = on_sync_now
        self._extra_ports = extra_ports
        self._pause_devices = pause_devices
        self._resume_devices = resume_devices
        self._devices_paused = False
        self._heartbeat_status = heartbeat_status

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, retry_s: float = 30.0) -> None:
        """Starts sending recorded events in the background (and whatever waited offline)."""
        self.reporter.start(retry_s)

    def stop(self) -> None:
        self.reporter.stop()

    # -- entry -------------------------------------------------------------------------------

    def pin_is_set(self) -> bool:
        return self.pins.is_set()

    def seconds_locked(self) -> float:
        return self.gate.seconds_locked()

    def try_pin(self, pin: str) -> PinOutcome:
        """A right PIN also pauses the app's device threads until `leave`."""
        outcome = self.gate.try_pin(pin)
        if isinstance(outcome, Granted) and not self._devices_paused:
            if self._pause_devices is not None:
                self._pause_devices()
            self._devices_paused = True
        return outcome

    # -- devices -----------------------------------------------------------------------------

    def device_status(self) -> diagnostics.DeviceStatus:
        devices = self.settings.devices
        return diagnostics.DeviceStatus(
            diagnostics.pcsc_status(devices.card_reader.reader, devices.card_reader.psam_reader),
            diagnostics.id_reader_status(devices.id_reader.port, devices.id_reader.baud),
            diagnostics.printer_status(devices.printer.uri),
            scanner_status(
                devices.scanner.port, devices.scanner.baud, Suffix(devices.scanner.suffix)
            ),
        )

    def detect(self) -> diagnostics.Detected:
        devices = self.settings.devices
        extra = self._extra_ports() if self._extra_ports else ()
        configured = tuple(port for port in (devices.id_reader.port, devices.scanner.port) if port)
        return diagnostics.detect(
            (*extra, *configured),
            devices.card_reader.reader,
            devices.card_reader.psam_reader,
        )

    def _tested(self, device: str, result: object) -> None:
        kind = result.kind if isinstance(result, diagnostics.DeviceProblem) else "ok"
        self.recorder.record("device_test", device=device, result=kind)

    def test_card(
        self, reader: str | None = None
    ) -> diagnostics.MaskedCard | diagnostics.DeviceProblem:
        card_reader = self.settings.devices.card_reader
        result = diagnostics.try_card_read(reader or card_reader.reader, card_reader.psam_reader)
        self._tested("sscard", result)
        return result

    def test_id(
        self, port: str | None = None
    ) -> diagnostics.MaskedIdCard | diagnostics.DeviceProblem:
        id_reader = self.settings.devices.id_reader
        result = diagnostics.try_id_read(port or id_reader.port, id_reader.baud)
        self._tested("idcard", result)
        return result

    def test_scan(
        self, port: str | None = None, timeout_s: float = SCAN_TEST_S
    ) -> ScanCheck | diagnostics.DeviceProblem:
        """Waits up to `timeout_s` for one code shown to the scanner. Only its length and
        whether it has an e-card code's shape come back or are recorded: the text may be a
        claimant's live login credential."""
        scanner = self.settings.devices.scanner
        result = diagnostics.try_scan_test(
            port or scanner.port, scanner.baud, scanner.suffix, timeout_s
        )
        self._tested("scanner", result)
        return result

    def test_print(
        self, uri: str | None = None
    ) -> diagnostics.PrintResult | diagnostics.DeviceProblem:
        printer = self.settings.devices.printer
        result = diagnostics.try_print(
            uri or printer.uri, self.settings.kiosk.id, paper=PAPERS[str(printer.paper_width_mm)]
        )
        self._tested("printer", result)
        return result

    # -- settings ----------------------------------------------------------------------------

    def settings_form(self) -> dict[str, str]:
        return {
            key: settings_edit.form_text(self.settings, key) for key in settings_edit.FIELD_KEYS
        }

    def check_settings(
        self, form: Mapping[str, str]
    ) -> settings_edit.Checked | settings_edit.Refused:
        return settings_edit.check(self.settings, form, str(self.paths.config_path))

    def save_settings(self, form: Mapping[str, str]) -> settings_edit.Saved | settings_edit.Refused:
        """Validates, saves atomically, records one event per changed key (names, not values)."""
        current = self._current_settings()
        result = settings_edit.save(current, form, self.paths.config_path)
        if isinstance(result, settings_edit.Saved):
            self._after_save(result)
        return result

    def _current_settings(self) -> Settings:
        """The file may have changed under us (`kiosk enroll` in a shell): edit what is there."""
        if self.paths.config_path.exists():
            return load_settings(self.paths.config_path)
        return self.settings

    def _after_save(self, saved: settings_edit.Saved) -> None:
        self.settings = saved.settings
        for key in saved.changed:
            self.recorder.record(
                "settings_changed",
                key=key,
                applies="live" if key in saved.live else "restart",
            )
        if self._on_settings_saved is not None and saved.changed:
            self._on_settings_saved(saved)

    def choose_device(self, key: str, value: str) -> settings_edit.Saved | settings_edit.Refused:
        """A reader, port or printer picked by touch on the detect screen."""
        return self.save_settings({key: value})

    # -- enrolment ---------------------------------------------------------------------------

    def enrol(self, code: str, kiosk_id: str | None = None) -> EnrolResult:
        settings = self.settings
        target = kiosk_id or settings.kiosk.id
        verify: bool | str = settings.server.ca_bundle or settings.server.verify_tls
        outcome = enrol(
            settings.server.url,
            target,
            code,
            self.paths.secrets_path,
            verify=verify,
            timeout_s=(
                settings.server.connect_timeout_s,
                max(30.0, settings.server.read_timeout_s),
            ),
        )
        if not isinstance(outcome, Enrolled):
            return EnrolResult(outcome, "unchanged")
        self.recorder.record(
            "settings_changed", key="secrets.kiosk_key", via="enrolment", applies="restart"
        )
        identity = KioskIdentity(
            id=outcome.kiosk_id, region=outcome.region_code, site_name=outcome.site_name
        )
        if identity == settings.kiosk:
            return EnrolResult(outcome, "unchanged")
        updated = settings.model_copy(update={"kiosk": identity})
        saved = settings_edit.save_settings_checked(settings, updated, self.paths.config_path)
        self._after_save(replace(saved, need_restart=(*saved.need_restart, "secrets.kiosk_key")))
        return EnrolResult(outcome, "updated")

    # -- network, queue, logs ----------------------------------------------------------------

    def network_check(self) -> list[StepResult]:
        return run_network_check(self.settings, self.client)

    def queue_status(self) -> QueueStatus | None:
        if self.outbox is None:
            return None
        return maintenance.queue_status(self.outbox, self.engine)

    def heartbeat(self) -> HeartbeatStatus | None:
        """Sent and missed heartbeats and the last problem (`HeartbeatService.status`)."""
        return self._heartbeat_status() if self._heartbeat_status is not None else None

    def apply_update(self, source: str) -> UpdateOutcome | UpdateRefused:
        """Installs the newest signed release beside the running one (kiosk/update); the kiosk
        runs it from its next start. Refusals come back as values for the page to show."""
        from kiosk.update.fetch import UpdateRefused
        from kiosk.update.install import apply_update, install_prefix

        data_dir = self.paths.data_dir or default_data_dir()
        queue = (
            Path(self.settings.queue.path) if self.settings.queue.path else data_dir / "queue.db"
        )
        try:
            outcome = apply_update(
                source,
                prefix=install_prefix(),
                data_dir=data_dir,
                config_path=self.paths.config_path,
                queue=queue,
                secrets=self.paths.secrets_path,
            )
        except UpdateRefused as refused:
            self.recorder.record("software_update", status="refused", reason=refused.reason)
            return refused
        self.recorder.record("software_update", status=outcome.status, version=outcome.version)
        return outcome

    def sync_now(self) -> SyncReport | None:
        if self._on_sync_now is not None:
            self._on_sync_now()
        report = None
        if self.outbox is not None and self.engine is not None:
            report = maintenance.sync_now(self.outbox, self.engine)
            self.recorder.record(
                "sync_now",
                acknowledged=report.acknowledged,
                rejected=report.rejected,
                offline="yes" if report.offline else "no",
            )
        else:
            self.recorder.record("sync_now", queue="none")
        self.reporter.flush()
        return report

    def log_lines(self, lines: int = 200) -> list[str]:
        return maintenance.tail_log(self.paths.kiosk_log, lines)

    def technician_log(self, lines: int = 50) -> list[str]:
        return maintenance.tail_log(self.paths.technician_log, lines)

    # -- leaving -----------------------------------------------------------------------------

    def leave(self, intent: maintenance.Intent) -> maintenance.Intent:
        if intent is not maintenance.Intent.RESUME:
            self.recorder.record("exit_to_maintenance", intent=intent.value)
        if self._devices_paused:
            self._devices_paused = False
            if self._resume_devices is not None:
                self._resume_devices()
        return intent
