"""The door into technician mode: the PIN, the lockout and the record of every try."""

from __future__ import annotations

from kiosk.technician.events import Recorder
from kiosk.technician.lockout import Lockout
from kiosk.technician.pin import PinStore
from kiosk.technician.views import Granted as Granted
from kiosk.technician.views import LockedOut as LockedOut
from kiosk.technician.views import NoPinSet as NoPinSet
from kiosk.technician.views import PinOutcome as PinOutcome
from kiosk.technician.views import WrongPin as WrongPin


class TechnicianGate:
    def __init__(self, pins: PinStore, lockout: Lockout, recorder: Recorder) -> None:
        self.pins = pins
        self.lockout = lockout
        self.recorder = recorder

    def seconds_locked(self) -> float:
        return self.lockout.seconds_left()

    def try_pin(self, pin: str) -> PinOutcome:
        """While locked the PIN is not even checked, so a locked kiosk gives nothing away."""
        left = self.lockout.seconds_left()
        if left > 0:
            return LockedOut(left)
        if not self.pins.is_set():
            return NoPinSet()
        if self.pins.verify(pin):
            failures = self.lockout.failures
            self.lockout.record_success()
            self.recorder.record("technician_entry", failed_before=failures)
            return Granted()
        locked = self.lockout.record_failure()
        failures = self.lockout.failures
        self.recorder.record("technician_failed_pin", failures=failures)
        if locked:
            self.recorder.record("technician_lockout", seconds=int(locked), failures=failures)
            return WrongPin(0, locked)
        return WrongPin(self.lockout.tries_before_lock())
