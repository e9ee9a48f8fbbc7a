"""Device status, detection, test reads and a test print for the technician screens.

Every function does blocking device I/O (run it on a worker thread) and returns a value: faults
are reported by their stable `kind`, never raised. Test reads return masked fields only; the
full values never leave this module.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime

from config import Settings
from devices.faults import DeviceFault
from devices.masking import mask_card_number, mask_id_number, mask_name


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


# -- status ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReaderStatus:
    name: str
    card_present: bool
    configured: bool  # the settings' card reader (or PSAM slot) names this one
    role: str  # "card", "psam" or ""


@dataclass(frozen=True)
class PcscStatus:
    service: str  # "running" or a fault kind such as "reader_service_down"
    readers: tuple[ReaderStatus, ...] = ()


@dataclass(frozen=True)
class IdReaderStatus:
    port: str | None
    baud: int
    state: str  # "ok", "not_configured", "port_missing" or a fault kind
    sam_ok: bool | None = None
    sam_id: str | None = None


@dataclass(frozen=True)
class PrinterReport:
    uri: str | None
    state: str  # "ok", "not_configured", "unknown" (no status) or a fault kind
    online: bool | None = None
    paper: str = "unknown"  # "ok", "near_end", "out", "unknown"
    cover_open: bool | None = None
    error: bool | None = None


@dataclass(frozen=True)
class DeviceStatus:
    pcsc: PcscStatus
    id_reader: IdReaderStatus
    printer: PrinterReport


def pcsc_status(settings: Settings) -> PcscStatus:
    from smartcard import scard

    from devices.sscard.pcsc import PcscContext, fault_for_rc

    wanted = settings.devices.card_reader.reader
    psam = settings.devices.card_reader.psam_reader
    try:
        with PcscContext() as context:
            names = context.readers()
            if not names:
                return PcscStatus("running")
            rc, states = scard.SCardGetStatusChange(
                context.handle, 0, [(name, scard.SCARD_STATE_UNAWARE) for name in names]
            )
            if rc != scard.SCARD_S_SUCCESS:
                raise fault_for_rc(rc, "SCardGetStatusChange")
    except DeviceFault as fault:
        return PcscStatus(fault.kind)
    readers = []
    for name, event_state, _atr in states:
        role = "psam" if psam and psam in name else "card" if wanted and wanted in name else ""
        readers.append(
            ReaderStatus(
                name=str(name),
                card_present=bool(event_state & scard.SCARD_STATE_PRESENT),
                configured=bool(role),
                role=role,
            )
        )
    return PcscStatus("running", tuple(readers))


def id_reader_status(settings: Settings) -> IdReaderStatus:
    from devices.idcard.reader import IdCardReader, SamStatus

    config = settings.devices.id_reader
    if not config.port:
        return IdReaderStatus(None, config.baud, "not_configured")
    if not os.path.exists(config.port):
        return IdReaderStatus(config.port, config.baud, "port_missing")
    reader = IdCardReader(config.port, config.baud)
    try:
        sam = reader.sam_status()
        if not isinstance(sam, SamStatus):
            return IdReaderStatus(config.port, config.baud, sam.kind)
        sam_id = reader.sam_id()
    finally:
        reader.close()
    return IdReaderStatus(
        config.port,
        config.baud,
        "ok" if sam.ok else "sam_fault",
        sam_ok=sam.ok,
        sam_id=sam_id if isinstance(sam_id, str) else None,
    )


def printer_status(settings: Settings) -> PrinterReport:
    from devices.printer.printer import ReceiptPrinter

    uri = settings.devices.printer.uri
    if not uri:
        return PrinterReport(None, "not_configured")
    status = ReceiptPrinter(uri).status()
    if isinstance(status, DeviceFault):
        return PrinterReport(uri, status.kind)
    if not status.known:
        return PrinterReport(uri, "unknown")
    paper = "out" if status.paper_out else "near_end" if status.near_end else "ok"
    fault = status.fault()
    return PrinterReport(
        uri,
        "ok" if fault is None else fault.kind,
        online=not status.offline,
        paper=paper,
        cover_open=status.cover_open,
        error=status.error,
    )


def device_status(settings: Settings) -> DeviceStatus:
    return DeviceStatus(pcsc_status(settings), id_reader_status(settings), printer_status(settings))


# -- detect ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SerialPortInfo:
    device: str
    vid: int | None
    pid: int | None
    description: str
    stable_path: str | None = None  # the /dev/serial/by-id link, which survives replugging

    @property
    def usb_id(self) -> str | None:
        if self.vid is None or self.pid is None:
            return None
        return f"{self.vid:04x}:{self.pid:04x}"


@dataclass(frozen=True)
class Detected:
    pcsc_service: str
    readers: tuple[str, ...]
    serial_ports: tuple[SerialPortInfo, ...]


def _by_id_links() -> dict[str, str]:
    folder = "/dev/serial/by-id"
    links: dict[str, str] = {}
    if os.path.isdir(folder):
        for entry in sorted(os.listdir(folder)):
            path = os.path.join(folder, entry)
            links[os.path.realpath(path)] = path
    return links


def detect(extra_ports: tuple[str, ...] = ()) -> Detected:
    """PC/SC readers and serial ports; `extra_ports` adds paths the OS does not enumerate
    (a pty simulator, a port named in the settings)."""
    from serial.tools import list_ports

    from devices.sscard.pcsc import list_readers

    try:
        service, readers = "running", tuple(list_readers())
    except DeviceFault as fault:
        service, readers = fault.kind, ()
    links = _by_id_links()
    ports = [
        SerialPortInfo(
            device=port.device,
            vid=port.vid,
            pid=port.pid,
            description="" if port.description in (None, "n/a") else str(port.description),
            stable_path=links.get(os.path.realpath(port.device)),
        )
        for port in sorted(list_ports.comports(), key=lambda p: p.device)
    ]
    known = {port.device for port in ports}
    for extra in extra_ports:
        if extra not in known and os.path.exists(extra):
            ports.append(SerialPortInfo(extra, None, None, "", None))
    return Detected(service, readers, tuple(ports))


# -- test reads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MaskedCard:
    """What a technician may see of a social security card: shapes, not values."""

    reader: str | None
    card_version: str | None
    region: str | None
    card_number: str
    ssn: str
    name: str
    expires: str | None
    apdus: int
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class MaskedIdCard:
    card_type: str
    name: str
    id_number: str
    valid_to: str | None
    sam_id: str | None = None


@dataclass(frozen=True)
class DeviceProblem:
    kind: str
    detail: str = ""


def try_card_read(settings: Settings, reader: str | None = None) -> MaskedCard | DeviceProblem:
    """Reads the identity (no PIN: a test must not cost the card a try)."""
    from devices.sscard.faults import ExpiredCard, NoReader
    from devices.sscard.identity import CardIdentity
    from devices.sscard.pcsc import list_readers, resolve_reader
    from devices.sscard.session import CardSession

    wanted = reader or settings.devices.card_reader.reader
    psam = settings.devices.card_reader.psam_reader
    try:
        names = list_readers()
    except DeviceFault as fault:
        return DeviceProblem(fault.kind)
    chosen = None
    if wanted:
        chosen = resolve_reader(names, wanted)
        if chosen is None:
            return DeviceProblem(NoReader.kind, "no reader matches the setting")
    exclude = tuple(n for n in names if psam and psam in n)
    with CardSession(chosen, exclude_readers=exclude) as session:
        opened = session.open()
        if opened is not None:
            return DeviceProblem(opened.kind)
        result = session.read_identity()
        identity = result.identity if isinstance(result, ExpiredCard) else result
        if not isinstance(identity, CardIdentity):
            return DeviceProblem(result.kind if isinstance(result, DeviceFault) else "read_failed")
        return MaskedCard(
            reader=chosen,
            card_version=identity.card_version,
            region=identity.region,
            card_number=mask_card_number(identity.card_number),
            ssn=mask_id_number(identity.ssn),
            name=mask_name(identity.name),
            expires=_iso(identity.expires),
            apdus=identity.apdu_count,
            fields={"expired": "yes" if isinstance(result, ExpiredCard) else "no"},
        )


def try_id_read(settings: Settings, port: str | None = None) -> MaskedIdCard | DeviceProblem:
    from devices.idcard.identity import LONG_TERM, IdCardData
    from devices.idcard.reader import IdCardReader

    path = port or settings.devices.id_reader.port
    if not path:
        return DeviceProblem("not_configured")
    reader = IdCardReader(path, settings.devices.id_reader.baud)
    try:
        data = reader.read_card()
        sam_id = reader.sam_id() if isinstance(data, IdCardData) else None
    finally:
        reader.close()
    if not isinstance(data, IdCardData):
        return DeviceProblem(data.kind)
    return MaskedIdCard(
        card_type=data.card_type.value,
        name=mask_name(data.name),
        id_number=mask_id_number(data.id_number),
        valid_to=LONG_TERM if data.long_term else _iso(data.valid_to),
        sam_id=sam_id if isinstance(sam_id, str) else None,
    )


@dataclass(frozen=True)
class PrintResult:
    uri: str
    paper: str
    bytes_sent: int
    status_after: str
    near_end: bool


def sample_receipt(kiosk_id: str) -> object:
    from devices.printer.receipt import Receipt

    return Receipt(
        reference="TEST-0000-000000",
        holder_name="测试",
        id_number="000000000000000000",
        status_url="https://example.org/s/TEST",
        issued_at=datetime.now().replace(microsecond=0),
        kiosk_id=kiosk_id,
        title="打印测试 / 技术维护",
        items=(("内容", "中文GB18030：社会保障卡。１２３"),),
        footer=("测试回执，无效。",),
    )


def try_print(settings: Settings, uri: str | None = None) -> PrintResult | DeviceProblem:
    from devices.printer.printer import PrintOutcome, ReceiptPrinter
    from devices.printer.receipt import PAPERS, Receipt

    target = uri or settings.devices.printer.uri
    if not target:
        return DeviceProblem("not_configured")
    paper = PAPERS[str(settings.devices.printer.paper_width_mm)]
    printer = ReceiptPrinter(target, paper=paper, require_status=not target.startswith("file:"))
    receipt = sample_receipt(settings.kiosk.id)
    assert isinstance(receipt, Receipt)
    outcome = printer.print_receipt(receipt)
    if not isinstance(outcome, PrintOutcome):
        return DeviceProblem(outcome.kind)
    return PrintResult(
        target, paper.name, outcome.bytes_sent, outcome.after.summary(), outcome.near_end
    )
