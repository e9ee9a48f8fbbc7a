"""Technician intents run through a real console (core) and come back as views; in the window they
run off the GUI thread and each answer reaches the page that asked."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.scanner_pty import PtyScanner
from kiosk.app.threads import register_gui_thread, unregister_gui_thread
from kiosk.heartbeat import HeartbeatStatus
from kiosk.technician import settings_edit
from kiosk.technician.core import run_intent
from kiosk.technician.intents import (
    CheckDevices,
    CheckLock,
    DeviceTested,
    DeviceTestKind,
    EnterPin,
    Leave,
    Left,
    LoadSettings,
    LockState,
    LogLines,
    LogName,
    PinAnswer,
    QueueReport,
    SaveSettings,
    SettingsForm,
    SettingsSaved,
    ShowLog,
    ShowQueue,
    TryDevice,
)
from kiosk.technician.views import (
    DeviceProblemView,
    Granted,
    IdTestView,
    Intent,
    ScannerView,
    ScanTestView,
    StatusView,
    WrongPin,
)
from screens.technician.device_pages import DeviceTestPage
from screens.technician.i18n import install_technician_language
from tests.technician.scanner_kit import ECARD_CODE, show_soon
from tests.technician.view_kit import close_desk, grant, make_console, open_desk, wait_idle

PIN = "480263"


def test_each_intent_answers_with_its_result(tmp_path: Path, pty_reader: PtyIdReader) -> None:
    pty_reader.card = ResidentCard()
    console = make_console(tmp_path, f'[devices.id_reader]\nport = "{pty_reader.path}"\n')
    console.pins.set_pin(PIN)
    assert run_intent(console, EnterPin("111111")) == PinAnswer(WrongPin(2))
    assert run_intent(console, EnterPin(PIN)) == PinAnswer(Granted())
    assert run_intent(console, CheckLock()) == LockState(0.0)
    form = run_intent(console, LoadSettings())
    assert (
        isinstance(form, SettingsForm) and form.value("devices.id_reader.port") == pty_reader.path
    )
    refused = run_intent(console, SaveSettings((("session.idle_timeout_s", "3"),)))
    assert isinstance(refused, SettingsSaved)
    assert isinstance(refused.outcome, settings_edit.Refused)
    tested = run_intent(console, TryDevice(DeviceTestKind.ID_CARD))
    assert isinstance(tested, DeviceTested) and isinstance(tested.outcome, IdTestView)
    assert tested.outcome.id_number == "2224**********001X" and "李明" not in repr(tested)
    printed = run_intent(console, TryDevice(DeviceTestKind.PRINTER))
    assert printed == DeviceTested(DeviceProblemView("not_configured"))
    assert run_intent(console, ShowQueue()) == QueueReport(None, None)
    log = run_intent(console, ShowLog(LogName.TECHNICIAN))
    assert isinstance(log, LogLines) and any("device_test" in line for line in log.lines)
    assert run_intent(console, Leave(Intent.RESUME)) == Left(Intent.RESUME)
    assert "111111" not in repr(EnterPin("111111"))


def test_the_scanner_answers_in_the_status_and_the_scan_test(
    tmp_path: Path, pty_scanner: PtyScanner
) -> None:
    console = make_console(tmp_path, f'[devices.scanner]\nport = "{pty_scanner.path}"\n')
    status = run_intent(console, CheckDevices())
    assert isinstance(status, StatusView)
    assert status.scanner == ScannerView(pty_scanner.path, 9600, "cr", "ok")
    show_soon(pty_scanner, ECARD_CODE)
    tested = run_intent(console, TryDevice(DeviceTestKind.SCANNER))
    assert tested == DeviceTested(ScanTestView(len(ECARD_CODE), ecard_code=True))
    assert ECARD_CODE not in repr(tested)
    pty_scanner.unplug()
    status = run_intent(console, CheckDevices())
    assert isinstance(status, StatusView) and status.scanner.state == "port_missing"
    assert run_intent(console, TryDevice(DeviceTestKind.SCANNER)) == DeviceTested(
        DeviceProblemView("port_missing")
    )


@pytest.fixture
def gui_thread(qapp: QApplication) -> Iterator[None]:
    install_technician_language(qapp, "en")
    register_gui_thread()
    yield
    unregister_gui_thread()


def _texts(widget: QWidget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.gui
def test_pages_ask_off_the_gui_thread_and_the_asking_page_draws_the_answer(
    qtbot: QtBot, gui_thread: None, tmp_path: Path, pty_reader: PtyIdReader
) -> None:
    """With the GUI thread registered, a device call on it raises: every page's work runs on the
    executor's technician worker, and its answer comes back to the page on the GUI thread."""
    pty_reader.card = ResidentCard()
    console = make_console(tmp_path, f'[devices.id_reader]\nport = "{pty_reader.path}"\n')
    console.pins.set_pin(PIN)
    ran_on: list[str] = []
    original = console.test_id

    def watched(port: str | None = None) -> object:
        ran_on.append(threading.current_thread().name)
        return original(port)

    console.test_id = watched  # type: ignore[assignment,method-assign]
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    try:
        window.open_over(fullscreen=False)
        wait_idle(window)
        grant(window)
        for name in ("status", "detect", "settings", "enrol", "network", "queue", "logs"):
            window.show_page(name)
            wait_idle(window)
            assert "Unexpected error" not in _texts(window.pages[name]), name
        window.show_page("tests")
        page = window.pages["tests"]
        assert isinstance(page, DeviceTestPage)
        page.read_id()
        wait_idle(window)
        assert "2224**********001X" in _texts(page)
        assert ran_on and all(name.startswith("technician") for name in ran_on)
    finally:
        close_desk(desk)


@pytest.mark.gui
def test_a_console_that_raises_is_named_on_the_page_that_asked(
    qtbot: QtBot, gui_thread: None, tmp_path: Path
) -> None:
    def broken() -> HeartbeatStatus:
        raise RuntimeError("a bug in the heartbeat")

    console = make_console(tmp_path, heartbeat_status=broken)
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    try:
        grant(window)
        window.show_page("queue")
        wait_idle(window)
        shown = window.pages["queue"].status.text()
        assert "Unexpected error: RuntimeError" in shown and "a bug" not in shown
        assert not window.busy
    finally:
        close_desk(desk)
