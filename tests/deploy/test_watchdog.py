"""The kiosk under systemd: READY=1 once the first frame is painted, WATCHDOG=1 from the GUI thread's
event loop, so pings stop when that thread is blocked (the frozen screen systemd must restart).
The test plays the service manager with a notify socket of its own."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.app.watchdog import GuiWatchdog
from kiosk.service.notify import ServiceNotifier, watchdog_interval_s

pytestmark = pytest.mark.gui


class ServiceManager:
    """Receives sd_notify datagrams and keeps each with the time it arrived."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._sock.bind(str(path))
        self._sock.settimeout(0.1)
        self.received: list[tuple[float, str]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        while not self._stop.is_set():
            try:
                data = self._sock.recv(4096)
            except TimeoutError:
                continue
            self.received.append((time.monotonic(), data.decode()))

    def times_of(self, line: str) -> list[float]:
        return [at for at, message in list(self.received) if line in message.splitlines()]

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self._sock.close()


@pytest.fixture
def manager(tmp_path: Path) -> Iterator[ServiceManager]:
    listener = ServiceManager(tmp_path / "notify.sock")
    yield listener
    listener.close()


def _spin(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)


def test_ready_after_first_paint_then_pings_that_stop_while_the_gui_thread_is_blocked(
    qapp: QApplication, manager: ServiceManager
) -> None:
    env = {"NOTIFY_SOCKET": str(manager.path), "WATCHDOG_USEC": "200000"}  # pings every 0.1 s
    window = QLabel("idle")
    watchdog = GuiWatchdog(window, ServiceNotifier(env))
    watchdog.start()
    assert manager.times_of("READY=1") == []  # nothing painted yet
    window.show()
    _spin(qapp, 0.6)
    ready = manager.times_of("READY=1")
    assert len(ready) == 1
    pings_before = manager.times_of("WATCHDOG=1")
    assert len(pings_before) >= 3

    blocked_from = time.monotonic()
    time.sleep(0.8)  # the GUI thread is stuck: no event loop, no pings
    blocked_until = time.monotonic()
    _spin(qapp, 0.5)
    watchdog.stop()
    window.close()

    pings = manager.times_of("WATCHDOG=1")
    # A ping sent just before the block may arrive a moment into it; none can come from inside it.
    inside = [t for t in pings if blocked_from + 0.05 < t < blocked_until]
    assert inside == []
    assert [t for t in pings if t >= blocked_until], "pings resume once the loop runs again"
    deadline = time.monotonic() + 5
    while not manager.times_of("STOPPING=1"):
        assert time.monotonic() < deadline, "STOPPING=1 never arrived"
        time.sleep(0.01)


def test_without_a_service_manager_nothing_is_sent_and_nothing_fails(qapp: QApplication) -> None:
    notifier = ServiceNotifier({})
    assert not notifier.enabled and notifier.watchdog_interval_s is None
    assert notifier.ping() is False
    window = QLabel("idle")
    watchdog = GuiWatchdog(window, notifier)
    watchdog.start()
    window.show()
    _spin(qapp, 0.05)
    watchdog.stop()
    window.close()


def test_a_vanished_service_manager_never_takes_the_kiosk_down(tmp_path: Path) -> None:
    notifier = ServiceNotifier({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")})
    assert notifier.enabled
    assert notifier.ping() is False  # logged, not raised


def test_abstract_socket_addresses_and_the_watchdog_interval() -> None:
    manager = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    name = f"changtong-test-{time.monotonic_ns()}"
    manager.bind(b"\0" + name.encode())
    manager.settimeout(2)
    try:
        assert ServiceNotifier({"NOTIFY_SOCKET": "@" + name}).ready("up")
        assert manager.recv(256).decode().splitlines() == ["READY=1", "STATUS=up"]
    finally:
        manager.close()
    assert watchdog_interval_s({"WATCHDOG_USEC": "30000000"}) == 15.0
    assert watchdog_interval_s({"WATCHDOG_USEC": "0"}) is None
    assert watchdog_interval_s({"WATCHDOG_USEC": "soon"}) is None
