"""Wrong PINs: three are free, then 30 s, 60 s, 120 s … up to an hour, kept across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.technician.events import EventReporter, Recorder, TechnicianLog
from kiosk.technician.gate import Granted, LockedOut, NoPinSet, TechnicianGate, WrongPin
from kiosk.technician.lockout import Lockout, LockoutPolicy
from kiosk.technician.pin import PinStore
from tests.doubles import FakeClock


def test_delays_double_after_the_free_tries_and_stop_at_an_hour() -> None:
    policy = LockoutPolicy()
    delays = [policy.delay_after(n) for n in range(1, 12)]
    assert delays == [0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_third_wrong_try_locks_and_the_lock_survives_a_restart(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "technician-lockout.json"
    lockout = Lockout(path, clock=clock)
    assert lockout.record_failure() == 0 and lockout.tries_before_lock() == 2
    assert lockout.record_failure() == 0 and lockout.tries_before_lock() == 1
    assert lockout.record_failure() == 30
    clock.now += 10
    restarted = Lockout(path, clock=clock)  # the kiosk was unplugged and started again
    assert restarted.seconds_left() == pytest.approx(20)
    clock.now += 20
    assert restarted.seconds_left() == 0
    assert restarted.record_failure() == 60
    clock.now += 61
    assert Lockout(path, clock=clock).record_failure() == 120


def test_a_right_pin_starts_the_count_again(tmp_path: Path) -> None:
    clock = FakeClock()
    lockout = Lockout(tmp_path / "l.json", clock=clock)
    for _ in range(3):
        lockout.record_failure()
    clock.now += 31
    lockout.record_success()
    assert Lockout(tmp_path / "l.json", clock=clock).tries_before_lock() == 3


def test_a_clock_set_back_cannot_lengthen_the_lock(tmp_path: Path) -> None:
    clock = FakeClock()
    lockout = Lockout(tmp_path / "l.json", clock=clock)
    for _ in range(3):
        lockout.record_failure()
    clock.now -= 86_400
    assert lockout.seconds_left() == 30


def test_a_damaged_state_file_gives_no_fresh_tries(tmp_path: Path) -> None:
    path = tmp_path / "l.json"
    path.write_text("{not json", encoding="utf-8")
    lockout = Lockout(path, clock=FakeClock())
    assert lockout.tries_before_lock() == 1
    assert lockout.record_failure() == 30


def test_state_file_is_private(tmp_path: Path) -> None:
    lockout = Lockout(tmp_path / "l.json", clock=FakeClock())
    lockout.record_failure()
    assert (tmp_path / "l.json").stat().st_mode & 0o077 == 0


@pytest.fixture
def gate(tmp_path: Path) -> tuple[TechnicianGate, FakeClock, TechnicianLog]:
    clock = FakeClock()
    pins = PinStore(tmp_path / "secrets.toml")
    pins.set_pin("480263")
    log = TechnicianLog(tmp_path / "technician.log")
    recorder = Recorder(log, EventReporter(tmp_path / "pending.jsonl", None))
    return TechnicianGate(pins, Lockout(tmp_path / "l.json", clock=clock), recorder), clock, log


def test_gate_counts_wrong_pins_then_refuses_without_checking(
    gate: tuple[TechnicianGate, FakeClock, TechnicianLog],
) -> None:
    door, clock, log = gate
    assert door.try_pin("000001") == WrongPin(2)
    assert door.try_pin("000002") == WrongPin(1)
    assert door.try_pin("000003") == WrongPin(0, 30)
    # Even the right PIN is not accepted (or checked) while locked.
    assert door.try_pin("480263") == LockedOut(30)
    clock.now += 30
    assert door.try_pin("480263") == Granted()
    kinds = [event.kind for event in log.read()]
    assert kinds == [
        "technician_failed_pin",
        "technician_failed_pin",
        "technician_failed_pin",
        "technician_lockout",
        "technician_entry",
    ]
    assert log.read()[-1].detail == {"failed_before": "3"}


def test_gate_stays_shut_without_a_pin(tmp_path: Path) -> None:
    recorder = Recorder(TechnicianLog(tmp_path / "t.log"), EventReporter(tmp_path / "p", None))
    door = TechnicianGate(PinStore(tmp_path / "secrets.toml"), Lockout(tmp_path / "l"), recorder)
    assert door.try_pin("480263") == NoPinSet()


def test_the_log_never_holds_the_pin(gate: tuple[TechnicianGate, FakeClock, TechnicianLog]) -> None:
    door, _clock, log = gate
    door.try_pin("135792")
    door.try_pin("480263")
    text = log.path.read_text(encoding="ascii")
    assert "135792" not in text and "480263" not in text
