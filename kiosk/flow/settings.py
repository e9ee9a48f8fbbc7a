"""The flow's tunables and the injected clock value, so every transition is deterministic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.language import Language


@dataclass(frozen=True)
class Moment:
    """The time an event is handled: monotonic seconds for timers, the local date for ages."""

    seconds: float
    today: date


@dataclass(frozen=True)
class FlowSettings:
    idle_warning_after_s: float = 90.0  # no touch for this long shows the countdown (issue 5)
    countdown_s: float = 30.0
    goodbye_s: float = 5.0  # how long the ending screen stays before idle
    send_wait_s: float = 15.0  # stored but unacknowledged after this: tell them it is queued
    printer_check_s: float = 5.0  # paper out or cover open: ask the printer this often
    default_language: Language = Language.ZH_CN
    elderly_age: int = 60
    commitment_version: str = "2019-1"
    pin_length: int = 6
    otp_length: int = 6
    status_page_base_url: str = ""  # public status page base, for the receipt's QR code
    # The status screen lists complaints answered within this many months, and every open one.
    status_complaint_months: int = 6
    # A 2D scanner is fitted (devices.scanner.port): the attract screen offers the e-card's QR.
    ecard_scanner: bool = False
