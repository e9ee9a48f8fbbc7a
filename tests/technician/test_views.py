"""The technician views driven like a technician would: touches on the keypad, the lockout
counting down, the settings form refusing a value with config's own message, picking a device
by touch, a test read, and the hidden gesture on the claimant window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from config.loading import load_settings
from devices.sim.id_reader_pty import PtyIdReader
from devices.sim.id_text_block import ResidentCard
from devices.sim.scanner_pty import PtyScanner
from kiosk.technician.console import TechnicianConsole
from kiosk.technician.maintenance import Intent
from screens.technician import HiddenGestureFilter, TechnicianWindow
from screens.technician.device_pages import DetectPage, DeviceTestPage, StatusPage
from screens.technician.i18n import install_technician_language
from screens.technician.pin_page import PinPage
from screens.technician.settings_pages import SettingsPage
from screens.theme import base_font
from tests.doubles import FakeClock
from tests.technician.scanner_kit import ECARD_CODE, show_soon
from tests.technician.view_kit import (
    SIZE,
    close_desk,
    grant,
    make_console,
    open_desk,
    settle,
    wait_idle,
)

pytestmark = pytest.mark.gui

PIN = "480263"


@pytest.fixture(autouse=True)
def technician_language(qapp: QApplication) -> Iterator[None]:
    qapp.setFont(base_font())
    install_technician_language(qapp, "en")
    yield
    install_technician_language(qapp, "en")


@pytest.fixture
def console(tmp_path: Path) -> TechnicianConsole:
    made = make_console(tmp_path, '[server]\nurl = "http://127.0.0.1:9"\n')
    made.pins.set_pin(PIN)
    return made


@pytest.fixture
def window(qtbot: QtBot, console: TechnicianConsole) -> Iterator[TechnicianWindow]:
    desk = open_desk(console)
    shown = desk.window
    qtbot.addWidget(shown)
    shown.resize(*SIZE)
    shown.open_over(fullscreen=False)
    wait_idle(shown)
    yield shown
    close_desk(desk)


def type_pin(qtbot: QtBot, page: PinPage, pin: str) -> None:
    for digit in pin:
        QTest.mouseClick(page.keys[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)


def test_keypad_shows_dots_and_the_right_pin_opens_the_menu(
    qtbot: QtBot, window: TechnicianWindow
) -> None:
    page = window.pin
    for digit in "4802":
        QTest.mouseClick(page.keys[digit], Qt.MouseButton.LeftButton)
    assert page.display.text() == "●●●●"
    QTest.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.display.text() == "●●●"
    for digit in "263":
        QTest.mouseClick(page.keys[digit], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.entered, timeout=5000):
        QTest.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "menu"
    assert PIN not in page.display.text()


def test_menu_pages_need_the_pin_first(window: TechnicianWindow) -> None:
    window.show_page("settings")
    assert window.current_page() == "pin"


def test_wrong_pins_show_tries_left_then_the_lockout_counts_down(
    qtbot: QtBot, window: TechnicianWindow, console: TechnicianConsole
) -> None:
    page = window.pin
    type_pin(qtbot, page, "111222")
    qtbot.waitUntil(lambda: "Tries left before a lockout: 2" in page.message.text())
    type_pin(qtbot, page, "111223")
    qtbot.waitUntil(lambda: "Tries left before a lockout: 1" in page.message.text())
    type_pin(qtbot, page, "111224")
    qtbot.waitUntil(lambda: page.countdown.isVisible())
    assert page.countdown.text() in ("0:30", "0:29")
    assert not page.keys["1"].isEnabled() and not page.ok_button.isEnabled()
    # Closing and opening technician mode again (or restarting) keeps the lock.
    window.hide()
    window.open_over(fullscreen=False)
    assert page.countdown.isVisible() and not page.keys["1"].isEnabled()
    assert 25 < console.seconds_locked() <= 30


def test_the_countdown_reopens_the_keypad_when_it_ends(qtbot: QtBot) -> None:
    clock = FakeClock(1000.0)
    page = PinPage(monotonic=clock)
    qtbot.addWidget(page)
    page.set_locked(90)
    assert page.countdown.text() == "1:30" and not page.keys["5"].isEnabled()
    clock.now += 60.2
    page.timer.timeout.emit()
    assert page.countdown.text() == "0:30"
    clock.now += 30
    page.timer.timeout.emit()
    assert not page.countdown.isVisible() and page.keys["5"].isEnabled()
    assert page.message.text() == "You may try again."
    assert not page.timer.isActive()


def test_back_to_the_kiosk_reports_resume(qtbot: QtBot, window: TechnicianWindow) -> None:
    with qtbot.waitSignal(window.finished, timeout=2000) as left:
        QTest.mouseClick(window.pin.cancel_button, Qt.MouseButton.LeftButton)
    assert left.args == [Intent.RESUME] and not window.isVisible()


def test_exit_to_maintenance_is_an_intent_and_recorded(
    qtbot: QtBot, window: TechnicianWindow, console: TechnicianConsole
) -> None:
    grant(window)
    with qtbot.waitSignal(window.finished, timeout=2000) as left:
        QTest.mouseClick(window.menu.maintenance_button, Qt.MouseButton.LeftButton)
    assert left.args == [Intent.EXIT_TO_MAINTENANCE]
    qtbot.waitUntil(lambda: any("exit_to_maintenance" in line for line in console.technician_log()))


def settings_page(window: TechnicianWindow) -> SettingsPage:
    grant(window)
    window.show_page("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    wait_idle(window)  # the form is filled from the settings file, off the GUI thread
    assert page.loaded
    return page


def test_settings_form_refuses_a_bad_value_with_configs_message(
    qtbot: QtBot, window: TechnicianWindow, console: TechnicianConsole
) -> None:
    page = settings_page(window)
    before = console.paths.config_path.read_bytes()
    field = page.fields["session.idle_timeout_s"]
    assert isinstance(field, QLineEdit)
    field.setText("5")
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.problems.isVisible())
    assert (
        "session.idle_timeout_s = 5: Input should be greater than or equal to 15 "
        "(allowed: an integer >= 15 and <= 900)" in page.problems_text.text()
    )
    assert console.paths.config_path.read_bytes() == before


def test_settings_form_saves_and_says_what_needs_a_restart(
    qtbot: QtBot, window: TechnicianWindow, console: TechnicianConsole
) -> None:
    page = settings_page(window)
    timeout = page.fields["session.idle_timeout_s"]
    url = page.fields["server.url"]
    assert isinstance(timeout, QLineEdit) and isinstance(url, QLineEdit)
    timeout.setText("120")
    url.setText("https://si.example.gov.cn")
    page.fields["devices.printer.paper_width_mm"].buttons["58"].click()  # type: ignore[union-attr]
    with qtbot.waitSignal(page.saved, timeout=5000):
        QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.problems.isVisible() and page.restart_button.isVisibleTo(page)
    assert (
        "Saved." in page.status.text()
        and "After a restart: Agency server URL" in page.status.text()
    )
    saved = load_settings(console.paths.config_path)
    assert saved.session.idle_timeout_s == 120 and saved.devices.printer.paper_width_mm == 58


def test_on_screen_keyboard_types_into_the_focused_field(
    qtbot: QtBot, window: TechnicianWindow
) -> None:
    page = settings_page(window)
    field = page.fields["kiosk.id"]
    assert isinstance(field, QLineEdit)
    field.clear()
    field.setFocus()
    for key in "kiosk-9":
        page.keyboard.keys[key].click()
    assert field.text() == "kiosk-9"
    page.keyboard.backspace.click()
    assert field.text() == "kiosk-"


@pytest.mark.parametrize(
    ("words", "device"), [("Use for ID cards", "id_reader"), ("Use for the scanner", "scanner")]
)
def test_detect_and_pick_a_serial_device_by_touch(
    qtbot: QtBot, tmp_path: Path, pty_reader: PtyIdReader, words: str, device: str
) -> None:
    console = make_console(tmp_path, "", extra_ports=lambda: (pty_reader.path,))
    console.pins.set_pin(PIN)
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.open_over(fullscreen=False)
    grant(window)
    page = window.pages["detect"]
    assert isinstance(page, DetectPage)
    window.show_page("detect")

    def picks() -> list[QPushButton]:
        return [
            b for b in page.findChildren(QPushButton) if b.text() == words and b.isVisibleTo(page)
        ]

    qtbot.waitUntil(lambda: bool(picks()), timeout=10000)
    pick = picks()[-1]  # the pty is listed after the machine's own ports
    page.scroll_area.ensureWidgetVisible(pick)  # a touch reaches only what is on screen
    settle()
    with qtbot.waitSignal(page.chosen, timeout=5000):
        QTest.mouseClick(pick, Qt.MouseButton.LeftButton)
    devices = load_settings(console.paths.config_path).devices
    assert getattr(devices, device).port == pty_reader.path
    assert "Restart" in page.status.text()
    close_desk(desk)


def test_test_read_of_an_id_card_shows_masked_fields(
    qtbot: QtBot, tmp_path: Path, pty_reader: PtyIdReader
) -> None:
    pty_reader.card = ResidentCard()
    console = make_console(tmp_path, f'[devices.id_reader]\nport = "{pty_reader.path}"\n')
    console.pins.set_pin(PIN)
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    window.open_over(fullscreen=False)
    grant(window)
    window.show_page("tests")
    page = window.pages["tests"]
    assert isinstance(page, DeviceTestPage)
    QTest.mouseClick(page.id_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "2224**********001X" in _texts(page), timeout=10000)
    shown = _texts(page)
    assert "李*" in shown and "李明" not in shown and "22240119900307001X" not in shown
    close_desk(desk)


def test_the_scanner_on_the_status_page_and_a_test_scan_showing_no_text(
    qtbot: QtBot, tmp_path: Path, pty_scanner: PtyScanner
) -> None:
    console = make_console(tmp_path, f'[devices.scanner]\nport = "{pty_scanner.path}"\n')
    console.pins.set_pin(PIN)
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    window.open_over(fullscreen=False)
    grant(window)
    try:
        window.show_page("status")
        status = window.pages["status"]
        assert isinstance(status, StatusPage)
        line = f"{pty_scanner.path} · 9600 · CR · port opens; a test scan shows that it reads"
        qtbot.waitUntil(lambda: line in _texts(status), timeout=10000)
        window.show_page("tests")
        page = window.pages["tests"]
        assert isinstance(page, DeviceTestPage)
        QTest.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
        assert "Show a barcode to the scanner within 10 seconds." in page.status.text()
        show_soon(pty_scanner, ECARD_CODE)
        qtbot.waitUntil(lambda: "Code scanned" in _texts(page), timeout=10000)
        shown = _texts(page)
        assert f"Characters\n{len(ECARD_CODE)}" in shown
        assert "Shaped like an e-card code\nyes" in shown
        assert ECARD_CODE not in shown and ECARD_CODE[7:20] not in shown
        pty_scanner.unplug()
        QTest.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Test failed" in _texts(page), timeout=10000)
        assert "port not found (scanner unplugged?)" in _texts(page)
        window.show_page("status")
        status.refresh()
        qtbot.waitUntil(lambda: "(scanner unplugged?)" in _texts(status), timeout=10000)
    finally:
        close_desk(desk)


def _texts(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_hidden_gesture_on_the_claimant_window(qtbot: QtBot, qapp: QApplication) -> None:
    claimant = QWidget()
    qtbot.addWidget(claimant)
    claimant.resize(*SIZE)
    claimant.show()
    qtbot.waitExposed(claimant)
    clock = FakeClock(1000.0)
    gesture = HiddenGestureFilter(claimant, monotonic=clock)
    qapp.installEventFilter(gesture)
    handle = claimant.windowHandle()
    corner = QPoint(30, 30)
    try:
        with qtbot.waitSignal(gesture.triggered, timeout=1000):
            for _ in range(5):
                QTest.mousePress(
                    handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
                )
                clock.now += 0.1
                QTest.mouseRelease(
                    handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
                )
                clock.now += 0.3
            QTest.mousePress(
                handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
            )
            clock.now += 2.5
            QTest.mouseRelease(
                handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner
            )
    finally:
        qapp.removeEventFilter(gesture)


def test_taps_elsewhere_never_open_it(qtbot: QtBot, qapp: QApplication) -> None:
    claimant = QWidget()
    qtbot.addWidget(claimant)
    claimant.resize(*SIZE)
    claimant.show()
    qtbot.waitExposed(claimant)
    clock = FakeClock(1000.0)
    gesture = HiddenGestureFilter(claimant, monotonic=clock)
    qapp.installEventFilter(gesture)
    seen: list[bool] = []
    gesture.triggered.connect(lambda: seen.append(True))
    handle = claimant.windowHandle()
    try:
        for _ in range(5):
            QTest.mouseClick(
                handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(900, 500)
            )
            clock.now += 0.3
        QTest.mousePress(
            handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, 30)
        )
        clock.now += 2.5
        QTest.mouseRelease(
            handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(30, 30)
        )
        settle()
    finally:
        qapp.removeEventFilter(gesture)
    assert seen == []


def test_chinese_catalogue_words_the_menu(
    qtbot: QtBot, window: TechnicianWindow, qapp: QApplication
) -> None:
    assert install_technician_language(qapp, "zh_CN")
    settle()
    assert window.menu.buttons["status"].text() == "设备状态"
    assert window.pin.ok_button.text() == "确定"
    assert window.title.text() == "畅通 · 技术维护模式"
    assert QGuiApplication.instance() is qapp


def test_queue_page_shows_counts_and_the_heartbeat(qtbot: QtBot, tmp_path: Path) -> None:
    from kiosk.heartbeat import HeartbeatStatus
    from offline_queue import Outbox, SyncEngine
    from tests.technician.queue_kit import LoopbackUploader

    outbox = Outbox(tmp_path / "queue.db", b"k" * 32)
    outbox.enqueue("claim", {"seq": 1})
    beat = HeartbeatStatus(7, 2, 1, True, None, "unreachable")
    console = make_console(
        tmp_path,
        outbox=outbox,
        engine=SyncEngine(outbox, LoopbackUploader("http://127.0.0.1:9")),
        heartbeat_status=lambda: beat,
    )
    console.pins.set_pin(PIN)
    desk = open_desk(console)
    window = desk.window
    qtbot.addWidget(window)
    window.open_over(fullscreen=False)
    grant(window)
    window.show_page("queue")
    page = window.pages["queue"]
    qtbot.waitUntil(lambda: "missed while offline: 2" in _texts(page), timeout=5000)
    assert "waiting to be sent\n1" in _texts(page)
    close_desk(desk)
    outbox.close()
