"""What technician pages draw: plain frozen values with no I/O behind them.

The technician's view models, as kiosk.flow.view_models are the claimant's: the core
(kiosk/technician/core.py) turns what the console found into these, so a page imports nothing
that can touch a device, the queue or the network. Codes (fault kinds, states, steps) are the
stable tokens screens/technician/words.py translates; a code without words is shown as itself.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

# -- the PIN ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Granted:
    pass


@dataclass(frozen=True)
class WrongPin:
    tries_before_lock: int  # 0: this try started a lockout, see `locked_s`
    locked_s: float = 0.0


@dataclass(frozen=True)
class LockedOut:
    seconds_left: float


@dataclass(frozen=True)
class NoPinSet:
    """No PIN in the secrets file: technician mode stays shut until `kiosk technician set-pin`."""


PinOutcome = Granted | WrongPin | LockedOut | NoPinSet


class Intent(enum.Enum):
    """What technician mode asks the composition root to do when it closes."""

    RESUME = "resume"  # back to the claimant screens
    RESTART = "restart"  # restart the kiosk app (settings that need it were changed)
    EXIT_TO_MAINTENANCE = "exit_to_maintenance"  # leave the app; the kiosk shows "out of service"


# -- devices ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReaderView:
    name: str
    card_present: bool
    role: str  # "card", "psam" or "" (not used by the settings)


@dataclass(frozen=True)
class PcscView:
    problem: str  # "" while pcscd runs; else a fault code ("reader_service_down" when stopped)
    readers: tuple[ReaderView, ...] = ()


@dataclass(frozen=True)
class IdReaderView:
    port: str | None
    baud: int
    state: str  # "ok", "not_configured", "port_missing", "sam_fault" or a fault kind
    sam_ok: bool | None = None
    sam_id: str | None = None


@dataclass(frozen=True)
class ScannerView:
    port: str | None
    baud: int
    suffix: str  # what ends a scan: "cr", "crlf", "lf", "tab" or "none"
    state: str  # "ok" (the port opens), "not_configured", "port_missing" or a fault kind


@dataclass(frozen=True)
class PrinterView:
    uri: str | None
    state: str  # "ok", "not_configured", "unknown" or a fault kind
    online: bool | None = None
    paper: str = "unknown"  # "ok", "near_end", "out", "unknown"
    cover_open: bool | None = None


@dataclass(frozen=True)
class StatusView:
    pcsc: PcscView
    id_reader: IdReaderView
    printer: PrinterView
    scanner: ScannerView


@dataclass(frozen=True)
class PortView:
    device: str
    usb_id: str | None  # "1a86:7523"
    description: str
    stable_path: str | None  # the /dev/serial/by-id link, which survives replugging


@dataclass(frozen=True)
class DeviceChoices:
    """What the settings use now, so the detect page can mark it."""

    card_reader: str | None
    psam_reader: str | None
    id_reader_port: str | None
    printer_uri: str | None
    scanner_port: str | None


@dataclass(frozen=True)
class DetectView:
    pcsc: PcscView
    ports: tuple[PortView, ...]
    choices: DeviceChoices

    @property
    def readers(self) -> tuple[str, ...]:
        return tuple(reader.name for reader in self.pcsc.readers)


@dataclass(frozen=True)
class CardTestView:
    """Masked: the full values never leave the core."""

    reader: str | None
    card_version: str | None
    region: str | None
    card_number: str
    ssn: str
    name: str
    expires: str | None
    apdus: int


@dataclass(frozen=True)
class IdTestView:
    card_type: str
    name: str
    id_number: str
    valid_to: str | None
    sam_id: str | None


@dataclass(frozen=True)
class ScanTestView:
    """The shape of a test scan, never its text: it may be someone's live e-card code."""

    characters: int
    ecard_code: bool  # the text has an e-card login code's shape (contract/ecard.py)


@dataclass(frozen=True)
class PrintTestView:
    uri: str
    paper_name: str
    bytes_sent: int
    after: str  # "near_end", or the status flags after the job ("ok", "offline" …)


@dataclass(frozen=True)
class DeviceProblemView:
    kind: str  # the fault's stable code


TestView = CardTestView | IdTestView | ScanTestView | PrintTestView | DeviceProblemView

# -- network, queue, heartbeat, enrolment -------------------------------------------------------


@dataclass(frozen=True)
class StepResult:
    step: str  # "dns", "tcp", "tls", "health", "signed"
    outcome: str  # "ok", "failed" or "skipped"
    ms: float
    code: str = ""  # why it failed (or was skipped), a stable token
    detail: str = ""  # an address, a TLS version, a clock offset; never personal data

    @property
    def ok(self) -> bool:
        return self.outcome == "ok"


@dataclass(frozen=True)
class QueueStatus:
    counts: dict[str, int]  # by state: pending, sending, acknowledged, rejected, exported
    depth: int
    oldest_age_s: float | None
    warning: bool
    full: bool
    online: bool | None


@dataclass(frozen=True)
class SyncReport:
    acknowledged: int
    rejected: int
    retried: int
    offline: bool
    errors: tuple[str, ...]
    status: QueueStatus


@dataclass(frozen=True)
class HeartbeatView:
    sent: int
    missed: int
    last_problem: str | None
    audit_alarm: str | None


@dataclass(frozen=True)
class EnrolView:
    enrolled: bool
    kiosk_id: str = ""
    region_code: str = ""
    problem: str = ""  # the agency's (or our) stable code when not enrolled
