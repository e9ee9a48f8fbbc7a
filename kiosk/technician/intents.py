"""What a technician page may ask for, and what comes back: two closed unions.

Technician mode follows the claimant's seam: a page emits an intent, the composition root runs it
through the console off the GUI thread (kiosk/technician/core.py's `run_intent`, on the
executor's technician lane), and the result comes back to the page on the GUI thread to be drawn.
Pages never hold the console, so no page can block the screen or skip the console's record of
what a technician did. Results carry only views (kiosk/technician/views.py). A new feature adds
one intent, one result and one branch in each dispatch; `assert_never` names a forgotten one.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from kiosk.technician import settings_edit
from kiosk.technician.views import (
    DetectView,
    DeviceChoices,
    EnrolView,
    HeartbeatView,
    Intent,
    PinOutcome,
    QueueStatus,
    StatusView,
    StepResult,
    SyncReport,
    TestView,
)

# -- intents ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EnterPin:
    pin: str = field(repr=False)


@dataclass(frozen=True)
class CheckLock:
    """How long the PIN keypad stays locked (kept in a file, so a restart does not shorten it)."""


@dataclass(frozen=True)
class CheckDevices:
    pass


@dataclass(frozen=True)
class DetectDevices:
    pass


@dataclass(frozen=True)
class ChooseDevice:
    key: str  # a settings key such as "devices.id_reader.port"
    value: str


class DeviceTestKind(enum.Enum):
    SOCIAL_SECURITY_CARD = "sscard"
    ID_CARD = "idcard"
    PRINTER = "printer"
    SCANNER = "scanner"


# How long a scan test waits for a code: long enough to take out a phone and open its QR code,
# short enough that a forgotten test does not hold the technician lane.
SCAN_TEST_S = 10.0


@dataclass(frozen=True)
class TryDevice:
    device: DeviceTestKind


@dataclass(frozen=True)
class LoadSettings:
    pass


@dataclass(frozen=True)
class SaveSettings:
    form: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Enrol:
    code: str = field(repr=False)
    kiosk_id: str | None = None


@dataclass(frozen=True)
class CheckNetwork:
    pass


@dataclass(frozen=True)
class ShowQueue:
    pass


@dataclass(frozen=True)
class SyncNow:
    pass


@dataclass(frozen=True)
class ApplyUpdate:
    """A signed release from a USB directory or the agency's update URL (docs/deploy.md)."""

    source: str


class LogName(enum.Enum):
    KIOSK = "kiosk"
    TECHNICIAN = "technician"


@dataclass(frozen=True)
class ShowLog:
    log: LogName
    lines: int = 200


@dataclass(frozen=True)
class Leave:
    how: Intent


TechnicianIntent = (
    EnterPin
    | CheckLock
    | CheckDevices
    | DetectDevices
    | ChooseDevice
    | TryDevice
    | LoadSettings
    | SaveSettings
    | Enrol
    | CheckNetwork
    | ShowQueue
    | SyncNow
    | ApplyUpdate
    | ShowLog
    | Leave
)

# -- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PinAnswer:
    outcome: PinOutcome


@dataclass(frozen=True)
class LockState:
    seconds_locked: float


@dataclass(frozen=True)
class DeviceChosen:
    outcome: settings_edit.Saved | settings_edit.Refused
    choices: DeviceChoices


@dataclass(frozen=True)
class DeviceTested:
    outcome: TestView


@dataclass(frozen=True)
class SettingsForm:
    values: tuple[tuple[str, str], ...]

    def value(self, key: str) -> str:
        return dict(self.values).get(key, "")


@dataclass(frozen=True)
class SettingsSaved:
    outcome: settings_edit.Saved | settings_edit.Refused


@dataclass(frozen=True)
class NetworkReport:
    server_url: str
    steps: tuple[StepResult, ...]


@dataclass(frozen=True)
class QueueReport:
    status: QueueStatus | None  # None: this kiosk has no queue attached
    heartbeat: HeartbeatView | None
    sync: SyncReport | None = None  # set when the technician asked to send now


@dataclass(frozen=True)
class UpdateReport:
    """`status`: updated, up_to_date or refused; `reason` the refusal's stable code."""

    status: str
    version: str = ""
    reason: str = ""
    message: str = ""


@dataclass(frozen=True)
class LogLines:
    log: LogName
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Left:
    how: Intent


@dataclass(frozen=True)
class Failure:
    """The console raised: a bug, named by its type only (a message could quote a value)."""

    error: str


TechnicianResult = (
    PinAnswer
    | LockState
    | StatusView
    | DetectView
    | DeviceChosen
    | DeviceTested
    | SettingsForm
    | SettingsSaved
    | EnrolView
    | NetworkReport
    | QueueReport
    | UpdateReport
    | LogLines
    | Left
    | Failure
)


@dataclass(frozen=True)
class Answered:
    """A result with the intent that asked for it, delivered on the GUI thread."""

    intent: TechnicianIntent
    result: TechnicianResult
