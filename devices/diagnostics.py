"""Device self-tests: status, detection, test reads and a test print, written once.

Both the technician console and `kiosk devices` call these, so a reader, a port or a printer is
judged the same way on the screen and in a shell. The 2D scanner's own checks live in
devices/scanner/diagnostics.py (`kiosk devices scan-test` calls them there); this module only
adds them to the snapshot and words a test scan as the other test reads are worded. Every function does blocking device I/O (run it
off the GUI thread) and returns a value: a state from a closed enum, a frozen result, or a
`DeviceProblem` naming the fault by its stable `kind`. Masked test reads never hold the full
values; `read_id_card` returns them whole for the command line only.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass, field
from datetime import date, datetime

from contract.masking import mask_card_number, mask_id_number, mask_name
from devices.faults import DeviceFault
from devices.idcard.identity import LONG_TERM, IdCardData
from devices.printer.receipt import PAPER_80MM, Paper, Receipt
from devices.printer.status import PrinterStatus
from devices.scanner.diagnostics import ScanCheck, ScannerStatus, try_scan
from devices.scanner.framing import Suffix
from devices.sscard.reader_state import ReaderState

NOT_CONFIGURED = "not_configured"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class DeviceProblem:
    """A fault as a value: `kind` is the fault's stable code (exit codes, translated words)."""

    kind: str
    detail: str = field(default="", compare=False)
    message: str = field(default="", compare=False)  # English, for a shell; no personal data

    @classmethod
    def of(cls, fault: DeviceFault) -> DeviceProblem:
        return cls(fault.kind, fault.detail, str(fault))


# -- card readers (PC/SC) ------------------------------------------------------------------------


class PcscService(enum.StrEnum):
    RUNNING = "running"
    NOT_RUNNING = "not_running"  # pcscd stopped or its socket unreachable: no reader can show
    FAILED = "failed"  # pcscd answered with an error of its own (`PcscStatus.fault` names it)


class ReaderRole(enum.StrEnum):
    CARD = "card"
    PSAM = "psam"
    UNUSED = "unused"


@dataclass(frozen=True)
class ReaderStatus:
    name: str
    card: ReaderState  # the card monitor's own states: one name for "a card is in"
    role: ReaderRole  # what the settings use this reader for

    @property
    def card_present(self) -> bool:
        return self.card is ReaderState.CARD_PRESENT

    @property
    def configured(self) -> bool:
        return self.role is not ReaderRole.UNUSED


@dataclass(frozen=True)
class PcscStatus:
    service: PcscService
    readers: tuple[ReaderStatus, ...] = ()
    fault: str = ""  # the fault kind when `service` is FAILED


def _role(name: str, card_reader: str | None, psam_reader: str | None) -> ReaderRole:
    if psam_reader and psam_reader in name:
        return ReaderRole.PSAM
    if card_reader and card_reader in name:
        return ReaderRole.CARD
    return ReaderRole.UNUSED


def _service_fault(fault: DeviceFault) -> PcscStatus:
    from devices.sscard.faults import ReaderServiceDown

    if isinstance(fault, ReaderServiceDown):
        return PcscStatus(PcscService.NOT_RUNNING)
    return PcscStatus(PcscService.FAILED, fault=fault.kind)


def pcsc_status(card_reader: str | None = None, psam_reader: str | None = None) -> PcscStatus:
    """Each reader pcscd knows, whether a card is in it, and what the settings use it for."""
    from smartcard import scard

    from devices.sscard.monitor import state_from_event
    from devices.sscard.pcsc import PcscContext, fault_for_rc

    try:
        with PcscContext() as context:
            names = context.readers()
            if not names:
                return PcscStatus(PcscService.RUNNING)
            rc, states = scard.SCardGetStatusChange(
                context.handle, 0, [(name, scard.SCARD_STATE_UNAWARE) for name in names]
            )
            if rc != scard.SCARD_S_SUCCESS:
                raise fault_for_rc(rc, "SCardGetStatusChange")
    except DeviceFault as fault:
        return _service_fault(fault)
    readers = tuple(
        ReaderStatus(
            name=str(name),
            card=state_from_event(event_state),
            role=_role(str(name), card_reader, psam_reader),
        )
        for name, event_state, _atr in states
    )
    return PcscStatus(PcscService.RUNNING, readers)


# -- ID-card reader (serial) ---------------------------------------------------------------------


class IdReaderState(enum.StrEnum):
    OK = "ok"
    NOT_CONFIGURED = "not_configured"
    PORT_MISSING = "port_missing"  # the device path is gone: reader unplugged, or a wrong path
    SAM_FAULT = "sam_fault"  # the module answers, its security module does not pass its test
    FAULT = "fault"  # the module does not answer as it should (`IdReaderStatus.fault` names it)


@dataclass(frozen=True)
class IdReaderStatus:
    port: str | None
    baud: int
    state: IdReaderState
    sam_ok: bool | None = None
    sam_id: str | None = None
    fault: str = ""

    @property
    def words(self) -> str:
        """The fault kind when there is one, else the state: one stable code for a view."""
        return self.fault or self.state.value


def id_reader_status(port: str | None, baud: int) -> IdReaderStatus:
    from devices.idcard.reader import IdCardReader, SamStatus

    if not port:
        return IdReaderStatus(None, baud, IdReaderState.NOT_CONFIGURED)
    if not os.path.exists(port):
        return IdReaderStatus(port, baud, IdReaderState.PORT_MISSING)
    reader = IdCardReader(port, baud)
    try:
        sam = reader.sam_status()
        if not isinstance(sam, SamStatus):
            return IdReaderStatus(port, baud, IdReaderState.FAULT, fault=sam.kind)
        sam_id = reader.sam_id()
    finally:
        reader.close()
    return IdReaderStatus(
        port,
        baud,
        IdReaderState.OK if sam.ok else IdReaderState.SAM_FAULT,
        sam_ok=sam.ok,
        sam_id=sam_id if isinstance(sam_id, str) else None,
    )


# -- receipt printer -----------------------------------------------------------------------------


class PrinterState(enum.StrEnum):
    OK = "ok"
    NOT_CONFIGURED = "not_configured"
    UNKNOWN = "unknown"  # no valid status reply (or a one-way link): never taken for "OK"
    FAULT = "fault"  # `PrinterReport.fault` names it: paper out, cover open, offline …


class PaperState(enum.StrEnum):
    OK = "ok"
    NEAR_END = "near_end"
    OUT = "out"
    UNKNOWN = "unknown"


def paper_state(status: PrinterStatus) -> PaperState:
    if not status.known:
        return PaperState.UNKNOWN
    if status.paper_out:
        return PaperState.OUT
    return PaperState.NEAR_END if status.near_end else PaperState.OK


@dataclass(frozen=True)
class PrinterReport:
    uri: str | None
    state: PrinterState
    paper: PaperState = PaperState.UNKNOWN
    online: bool | None = None
    cover_open: bool | None = None
    error: bool | None = None
    fault: str = ""
    summary: str = ""  # the status flags as `PrinterStatus.summary()` words them

    @property
    def words(self) -> str:
        return self.fault or self.state.value


def printer_status(uri: str | None) -> PrinterReport:
    from devices.printer.printer import ReceiptPrinter

    if not uri:
        return PrinterReport(None, PrinterState.NOT_CONFIGURED)
    status = ReceiptPrinter(uri).status()
    if isinstance(status, DeviceFault):
        return PrinterReport(uri, PrinterState.FAULT, fault=status.kind, summary=status.kind)
    if not status.known:
        return PrinterReport(uri, PrinterState.UNKNOWN, summary=status.summary())
    fault = status.fault()
    return PrinterReport(
        uri,
        PrinterState.OK if fault is None else PrinterState.FAULT,
        paper=paper_state(status),
        online=not status.offline,
        cover_open=status.cover_open,
        error=status.error,
        fault="" if fault is None else fault.kind,
        summary=status.summary(),
    )


@dataclass(frozen=True)
class DeviceStatus:
    pcsc: PcscStatus
    id_reader: IdReaderStatus
    printer: PrinterReport
    scanner: ScannerStatus


# -- detection -----------------------------------------------------------------------------------


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
    pcsc: PcscStatus
    serial_ports: tuple[SerialPortInfo, ...]

    @property
    def readers(self) -> tuple[str, ...]:
        return tuple(reader.name for reader in self.pcsc.readers)


def _by_id_links() -> dict[str, str]:
    folder = "/dev/serial/by-id"
    links: dict[str, str] = {}
    if os.path.isdir(folder):
        for entry in sorted(os.listdir(folder)):
            path = os.path.join(folder, entry)
            links[os.path.realpath(path)] = path
    return links


def serial_ports(extra_ports: tuple[str, ...] = ()) -> tuple[SerialPortInfo, ...]:
    """The ports the OS enumerates; `extra_ports` adds paths it does not (a pty simulator, a
    port named in the settings) when they exist."""
    from serial.tools import list_ports

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
            known.add(extra)
    return tuple(ports)


def detect(
    extra_ports: tuple[str, ...] = (),
    card_reader: str | None = None,
    psam_reader: str | None = None,
) -> Detected:
    return Detected(pcsc_status(card_reader, psam_reader), serial_ports(extra_ports))


# -- test reads ----------------------------------------------------------------------------------


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
    expired: bool = False


@dataclass(frozen=True)
class MaskedIdCard:
    card_type: str
    name: str
    id_number: str
    valid_to: str | None
    sam_id: str | None = None


def try_card_read(reader: str | None, psam_reader: str | None = None) -> MaskedCard | DeviceProblem:
    """Reads the identity without a PIN: a test must not cost the holder a try."""
    from devices.sscard.faults import ExpiredCard, NoReader
    from devices.sscard.identity import CardIdentity
    from devices.sscard.pcsc import list_readers, resolve_reader
    from devices.sscard.session import CardSession

    try:
        names = list_readers()
    except DeviceFault as fault:
        return DeviceProblem.of(fault)
    chosen = None
    if reader:
        chosen = resolve_reader(names, reader)
        if chosen is None:
            return DeviceProblem.of(NoReader("no reader matches the setting"))
    exclude = tuple(n for n in names if psam_reader and psam_reader in n)
    with CardSession(chosen, exclude_readers=exclude) as session:
        opened = session.open()
        if opened is not None:
            return DeviceProblem.of(opened)
        result = session.read_identity()
        identity = result.identity if isinstance(result, ExpiredCard) else result
        if not isinstance(identity, CardIdentity):
            if isinstance(result, DeviceFault):
                return DeviceProblem.of(result)
            return DeviceProblem("read_failed")
        return MaskedCard(
            reader=chosen,
            card_version=identity.card_version,
            region=identity.region,
            card_number=mask_card_number(identity.card_number or ""),
            ssn=mask_id_number(identity.ssn or ""),
            name=mask_name(identity.name or ""),
            expires=_iso(identity.expires),
            apdus=identity.apdu_count,
            expired=isinstance(result, ExpiredCard),
        )


def read_id_card(port: str, baud: int) -> tuple[IdCardData | DeviceProblem, str | None]:
    """The card's full text fields (for `kiosk devices read-id` on a test card) and the SAM id."""
    from devices.idcard.reader import IdCardReader

    reader = IdCardReader(port, baud)
    try:
        data = reader.read_card()
        sam_id = reader.sam_id() if isinstance(data, IdCardData) else None
    finally:
        reader.close()
    if not isinstance(data, IdCardData):
        return DeviceProblem.of(data), None
    return data, sam_id if isinstance(sam_id, str) else None


def try_id_read(port: str | None, baud: int) -> MaskedIdCard | DeviceProblem:
    if not port:
        return DeviceProblem(NOT_CONFIGURED)
    data, sam_id = read_id_card(port, baud)
    if isinstance(data, DeviceProblem):
        return data
    return MaskedIdCard(
        card_type=data.card_type.value,
        name=mask_name(data.name),
        id_number=mask_id_number(data.id_number),
        valid_to=LONG_TERM if data.long_term else _iso(data.valid_to),
        sam_id=sam_id,
    )


def try_scan_test(
    port: str | None, baud: int, suffix: str, timeout_s: float
) -> ScanCheck | DeviceProblem:
    """One scan within `timeout_s`, as its length and shape only (`try_scan`, the code
    `kiosk devices scan-test` runs): the text may be someone's live e-card code. "no_scan" when
    nothing was shown to the scanner in time; otherwise the state or fault that prevented it."""
    if not port:
        return DeviceProblem(NOT_CONFIGURED)
    result = try_scan(port, baud, Suffix(suffix), timeout_s)
    if result is None:
        return DeviceProblem("no_scan")
    if isinstance(result, ScannerStatus):
        return DeviceProblem(result.words)
    return result


# -- test print ----------------------------------------------------------------------------------


def sample_receipt(kiosk_id: str) -> Receipt:
    """A receipt for a fictitious holder, marked as a test, with the characters that go wrong on
    printers set up for another code page (GB18030 CJK, full-width digits)."""
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


@dataclass(frozen=True)
class PrintResult:
    uri: str
    paper_name: str
    bytes_sent: int
    before: PrinterStatus
    after: PrinterStatus

    @property
    def near_end(self) -> bool:
        return self.before.near_end or self.after.near_end

    @property
    def paper(self) -> PaperState:
        """The paper after the job: near end is a warning, not a failure."""
        worst = paper_state(self.after)
        if worst is PaperState.OK and self.before.near_end:
            return PaperState.NEAR_END
        return worst


def try_print(
    uri: str | None,
    kiosk_id: str,
    *,
    paper: Paper = PAPER_80MM,
    native_qr: bool = True,
    receipt: Receipt | None = None,
) -> PrintResult | DeviceProblem:
    """Prints the sample receipt; a one-way `file:` target is the only one printed to without a
    status reply."""
    from devices.printer.printer import PrintOutcome, ReceiptPrinter

    if not uri:
        return DeviceProblem(NOT_CONFIGURED)
    try:
        printer = ReceiptPrinter(
            uri, paper=paper, native_qr=native_qr, require_status=not uri.startswith("file:")
        )
    except DeviceFault as fault:
        return DeviceProblem.of(fault)
    outcome = printer.print_receipt(receipt or sample_receipt(kiosk_id))
    if not isinstance(outcome, PrintOutcome):
        return DeviceProblem.of(outcome)
    return PrintResult(uri, paper.name, outcome.bytes_sent, outcome.before, outcome.after)
