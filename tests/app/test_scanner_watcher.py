"""The scanner watcher against the simulated scanner on a pty: each code shown reported once,
a phone held up not reported again and again, an unplugged scanner recovered by replugging."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.scanner.framing import Suffix
from devices.scanner.reader import BarcodeScanner
from devices.sim.scanner_pty import PtyScanner
from kiosk.adapters.scanner_watcher import ScannerWatcher

CODE = "ECSSC1." + "Zm9v" * 24


class Seen:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.event = threading.Event()

    def __call__(self, text: str) -> None:
        self.texts.append(text)
        self.event.set()

    def wait_for(self, count: int, timeout_s: float = 3.0) -> None:
        deadline = time.monotonic() + timeout_s
        while len(self.texts) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(self.texts) >= count, self.texts


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[tuple[PtyScanner, ScannerWatcher, Seen]]:
    sim = PtyScanner(str(tmp_path / "ttyACM0"), wire_baud=None).start()
    seen = Seen()
    watcher = ScannerWatcher(
        BarcodeScanner(sim.path, 9600, Suffix.CR), seen, fault_retry_s=0.1, listen_s=0.05
    )
    watcher.start()
    time.sleep(0.1)  # the port is open: nothing shown before is stale
    yield sim, watcher, seen
    watcher.stop()
    sim.stop()


def test_a_phone_held_up_is_reported_once(rig: tuple[PtyScanner, ScannerWatcher, Seen]) -> None:
    sim, watcher, seen = rig
    for _ in range(4):
        sim.show(CODE)
        time.sleep(0.05)
    seen.wait_for(1)
    time.sleep(0.2)
    assert seen.texts == [CODE] and watcher.scans_reported == 1


def test_another_code_and_the_same_code_later_are_reported(
    rig: tuple[PtyScanner, ScannerWatcher, Seen],
) -> None:
    sim, watcher, seen = rig
    watcher.repeat_s = 0.3
    sim.show(CODE)
    sim.show("another")
    seen.wait_for(2)
    time.sleep(0.4)
    sim.show(CODE)
    seen.wait_for(3)
    assert seen.texts == [CODE, "another", CODE]


def test_an_unplugged_scanner_is_a_fault_until_replugged(
    rig: tuple[PtyScanner, ScannerWatcher, Seen],
) -> None:
    sim, watcher, seen = rig
    sim.unplug()
    deadline = time.monotonic() + 3
    while watcher.last_fault is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert watcher.last_fault == "no_scanner"
    sim.start()
    deadline = time.monotonic() + 3
    while watcher.last_fault is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert watcher.last_fault is None
    time.sleep(0.1)
    sim.show(CODE)
    seen.wait_for(1)
    assert CODE not in repr(watcher.__dict__)


def test_the_heartbeat_reports_the_scanners_state(tmp_path: Path) -> None:
    """Like the ID reader's: not_configured without a port, the watcher's last fault while the
    scanner is unplugged, ok again once it is back (kiosk/app/services.py)."""
    from config import Settings
    from config.secrets import ensure_secrets
    from kiosk.app.services import KioskServices

    secrets = ensure_secrets(tmp_path / "secrets.toml")
    bare = KioskServices(Settings(), secrets)
    bare.supervise_devices(lambda *_: None, lambda _: None, on_scan=lambda _: None)
    assert bare._device_health()["scanner"] == "not_configured"

    sim = PtyScanner(str(tmp_path / "ttyACM5"), wire_baud=None).start()
    settings = Settings.model_validate({"devices": {"scanner": {"port": sim.path}}})
    services = KioskServices(settings, secrets)
    services.supervise_devices(lambda *_: None, lambda _: None, on_scan=lambda _: None)
    watcher = services.scanner_watcher
    assert watcher is not None
    watcher.start()
    try:
        assert services._device_health()["scanner"] == "ok"
        sim.unplug()
        deadline = time.monotonic() + 5.0
        while services._device_health()["scanner"] == "ok" and time.monotonic() < deadline:
            time.sleep(0.02)
        assert services._device_health()["scanner"] == "no_scanner"
        sim.start()
        deadline = time.monotonic() + 5.0
        while services._device_health()["scanner"] != "ok" and time.monotonic() < deadline:
            time.sleep(0.02)
        assert services._device_health()["scanner"] == "ok"
    finally:
        watcher.stop()
        sim.stop()
