"""Runs one technician intent through the console and turns what it found into views.

The composition root calls `run_intent` off the GUI thread (the executor's technician lane) and
hands the result to the window on the GUI thread; this is the only place that knows both the
console's types (devices, queue, enrolment) and the views the pages draw.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, assert_never

from devices import diagnostics as dx
from devices.scanner.diagnostics import ScanCheck
from kiosk.enrolment import Enrolled
from kiosk.technician.console import EnrolResult, TechnicianConsole
from kiosk.technician.intents import (
    ApplyUpdate,
    CheckDevices,
    CheckLock,
    CheckNetwork,
    ChooseDevice,
    DetectDevices,
    DeviceChosen,
    DeviceTested,
    DeviceTestKind,
    Enrol,
    EnterPin,
    Leave,
    Left,
    LoadSettings,
    LockState,
    LogLines,
    LogName,
    NetworkReport,
    PinAnswer,
    QueueReport,
    SaveSettings,
    SettingsForm,
    SettingsSaved,
    ShowLog,
    ShowQueue,
    SyncNow,
    TechnicianIntent,
    TechnicianResult,
    TryDevice,
    UpdateReport,
)

if TYPE_CHECKING:  # the update machinery (TUF) loads only when a technician uses it
    from kiosk.update.fetch import UpdateRefused
    from kiosk.update.install import UpdateOutcome
from kiosk.technician.views import (
    CardTestView,
    DetectView,
    DeviceChoices,
    DeviceProblemView,
    EnrolView,
    HeartbeatView,
    IdReaderView,
    IdTestView,
    PcscView,
    PortView,
    PrinterView,
    PrintTestView,
    ReaderView,
    ScannerView,
    ScanTestView,
    StatusView,
    SyncReport,
    TestView,
)


def run_intent(console: TechnicianConsole, intent: TechnicianIntent) -> TechnicianResult:
    """Blocking (devices, files, network): call it off the GUI thread."""
    if isinstance(intent, EnterPin):
        return PinAnswer(console.try_pin(intent.pin))
    if isinstance(intent, CheckLock):
        return LockState(console.seconds_locked())
    if isinstance(intent, CheckDevices):
        return status_view(console.device_status())
    if isinstance(intent, DetectDevices):
        return detect_view(console.detect(), choices(console))
    if isinstance(intent, ChooseDevice):
        return DeviceChosen(console.choose_device(intent.key, intent.value), choices(console))
    if isinstance(intent, TryDevice):
        return DeviceTested(_test(console, intent.device))
    if isinstance(intent, LoadSettings):
        return SettingsForm(tuple(console.settings_form().items()))
    if isinstance(intent, SaveSettings):
        return SettingsSaved(console.save_settings(dict(intent.form)))
    if isinstance(intent, Enrol):
        return enrol_view(console.enrol(intent.code, intent.kiosk_id))
    if isinstance(intent, CheckNetwork):
        return NetworkReport(console.settings.server.url, tuple(console.network_check()))
    if isinstance(intent, ShowQueue):
        return _queue(console)
    if isinstance(intent, SyncNow):
        return _queue(console, console.sync_now())
    if isinstance(intent, ApplyUpdate):
        return update_view(console.apply_update(intent.source))
    if isinstance(intent, ShowLog):
        if intent.log is LogName.KIOSK:
            return LogLines(intent.log, tuple(console.log_lines(intent.lines)))
        return LogLines(intent.log, tuple(console.technician_log(intent.lines)))
    if isinstance(intent, Leave):
        return Left(console.leave(intent.how))
    assert_never(intent)


def update_view(outcome: UpdateOutcome | UpdateRefused) -> UpdateReport:
    """What kiosk/update answered, as the update page draws it."""
    from kiosk.update.fetch import UpdateRefused

    if isinstance(outcome, UpdateRefused):
        return UpdateReport("refused", reason=outcome.reason, message=str(outcome))
    return UpdateReport(outcome.status, outcome.version)


def _test(console: TechnicianConsole, device: DeviceTestKind) -> TestView:
    if device is DeviceTestKind.SOCIAL_SECURITY_CARD:
        return test_view(console.test_card())
    if device is DeviceTestKind.ID_CARD:
        return test_view(console.test_id())
    if device is DeviceTestKind.PRINTER:
        return test_view(console.test_print())
    if device is DeviceTestKind.SCANNER:
        return test_view(console.test_scan())
    assert_never(device)


def _queue(console: TechnicianConsole, sync: SyncReport | None = None) -> QueueReport:
    status = sync.status if sync is not None else console.queue_status()
    beat = console.heartbeat()
    heartbeat = (
        None
        if beat is None
        else HeartbeatView(beat.sent, beat.missed, beat.last_problem, beat.audit_alarm)
    )
    return QueueReport(status, heartbeat, sync)


def choices(console: TechnicianConsole) -> DeviceChoices:
    devices = console.settings.devices
    return DeviceChoices(
        devices.card_reader.reader,
        devices.card_reader.psam_reader,
        devices.id_reader.port,
        devices.printer.uri,
        devices.scanner.port,
    )


# -- console results → views --------------------------------------------------------------------


def pcsc_view(status: dx.PcscStatus) -> PcscView:
    if status.service is dx.PcscService.NOT_RUNNING:
        problem = "reader_service_down"
    elif status.service is dx.PcscService.FAILED:
        problem = status.fault or "failed"
    elif status.service is dx.PcscService.RUNNING:
        problem = ""
    else:
        assert_never(status.service)
    readers = tuple(
        ReaderView(
            reader.name,
            reader.card_present,
            "" if reader.role is dx.ReaderRole.UNUSED else reader.role.value,
        )
        for reader in status.readers
    )
    return PcscView(problem, readers)


def status_view(status: dx.DeviceStatus) -> StatusView:
    reader, printer, scanner = status.id_reader, status.printer, status.scanner
    return StatusView(
        pcsc_view(status.pcsc),
        IdReaderView(reader.port, reader.baud, reader.words, reader.sam_ok, reader.sam_id),
        PrinterView(
            printer.uri,
            printer.words,
            printer.online,
            printer.paper.value,
            printer.cover_open,
        ),
        ScannerView(scanner.port, scanner.baud, scanner.suffix.value, scanner.words),
    )


def detect_view(found: dx.Detected, current: DeviceChoices) -> DetectView:
    ports = tuple(
        PortView(port.device, port.usb_id, port.description, port.stable_path)
        for port in found.serial_ports
    )
    return DetectView(pcsc_view(found.pcsc), ports, current)


def test_view(
    result: dx.MaskedCard | dx.MaskedIdCard | ScanCheck | dx.PrintResult | dx.DeviceProblem,
) -> TestView:
    if isinstance(result, dx.DeviceProblem):
        return DeviceProblemView(result.kind)
    if isinstance(result, dx.MaskedCard):
        return CardTestView(
            result.reader,
            result.card_version,
            result.region,
            result.card_number,
            result.ssn,
            result.name,
            result.expires,
            result.apdus,
        )
    if isinstance(result, dx.MaskedIdCard):
        return IdTestView(
            result.card_type, result.name, result.id_number, result.valid_to, result.sam_id
        )
    if isinstance(result, ScanCheck):
        return ScanTestView(result.characters, result.ecard_code)
    if isinstance(result, dx.PrintResult):
        after = "near_end" if result.paper is dx.PaperState.NEAR_END else result.after.summary()
        return PrintTestView(result.uri, result.paper_name, result.bytes_sent, after)
    assert_never(result)


def enrol_view(result: EnrolResult) -> EnrolView:
    outcome = result.outcome
    if isinstance(outcome, Enrolled):
        return EnrolView(True, outcome.kiosk_id, outcome.region_code)
    return EnrolView(False, problem=outcome.code)
