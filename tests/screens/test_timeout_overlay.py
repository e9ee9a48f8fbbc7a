"""The timeout warning shows the seconds left and counts down on each tick it is given."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from screens.idle import IdleScreen
from screens.shell import KioskShell
from tests.screens.screen_kit import chrome, settle

pytestmark = pytest.mark.gui

HOUR_MS = 3_600_000


@pytest.fixture
def fake_tick() -> QTimer:
    """A timer the test fires by hand; its real interval is too long to ever matter."""
    timer = QTimer()
    timer.setInterval(HOUR_MS)
    return timer


@pytest.fixture
def ticking_shell(qtbot: QtBot, fake_tick: QTimer) -> KioskShell:
    window = KioskShell(timeout_timer=fake_tick)
    qtbot.addWidget(window)
    window.add_screen("idle", IdleScreen())
    window.show()
    settle()
    return window


def test_countdown_shows_the_seconds_left_and_counts_down_per_tick(
    ticking_shell: KioskShell, fake_tick: QTimer
) -> None:
    overlay = ticking_shell.timeout_overlay
    ticking_shell.show_timeout_warning(30)
    assert overlay.isVisible()
    assert overlay.dial.number.text() == "30"
    for _ in range(3):
        fake_tick.timeout.emit()
    assert overlay.remaining() == 27
    assert overlay.dial.number.text() == "27"


def test_countdown_reaching_zero_reports_expiry_once(
    qtbot: QtBot, ticking_shell: KioskShell, fake_tick: QTimer
) -> None:
    expiries: list[bool] = []
    ticking_shell.timeout_expired.connect(lambda: expiries.append(True))
    ticking_shell.show_timeout_warning(2)
    for _ in range(5):
        fake_tick.timeout.emit()
    assert expiries == [True]
    assert ticking_shell.timeout_overlay.dial.number.text() == "0"


def test_continue_on_the_warning_emits_continue(qtbot: QtBot, ticking_shell: KioskShell) -> None:
    ticking_shell.show_timeout_warning(30)
    settle()
    with qtbot.waitSignal(ticking_shell.timeout_continue_requested):
        qtbot.mouseClick(ticking_shell.timeout_overlay.continue_button, Qt.MouseButton.LeftButton)


def test_continue_has_the_focus_so_a_keypad_press_keeps_the_session(
    ticking_shell: KioskShell,
) -> None:
    ticking_shell.activateWindow()
    ticking_shell.show_timeout_warning(30)
    settle()
    assert ticking_shell.timeout_overlay.continue_button.hasFocus()


def test_hiding_the_warning_stops_the_countdown(
    ticking_shell: KioskShell, fake_tick: QTimer
) -> None:
    ticking_shell.show_timeout_warning(30)
    ticking_shell.hide_timeout_warning()
    fake_tick.timeout.emit()
    assert not ticking_shell.timeout_overlay.isVisible()
    assert ticking_shell.timeout_overlay.remaining() == 30


def test_flow_driven_countdown_shows_the_flows_seconds(shell: KioskShell) -> None:
    shell.set_chrome(chrome(countdown_seconds=30))
    assert shell.timeout_overlay.isVisible()
    shell.set_chrome(chrome(countdown_seconds=12))
    assert shell.timeout_overlay.dial.number.text() == "12"
    shell.set_chrome(chrome(countdown_seconds=None))
    assert not shell.timeout_overlay.isVisible()


def test_overlay_covers_the_whole_window_in_both_orientations(shell: KioskShell) -> None:
    shell.set_chrome(chrome(countdown_seconds=30))
    for size in ((1920, 1080), (1080, 1920)):
        shell.resize(*size)
        settle()
        assert shell.timeout_overlay.geometry() == shell.centralWidget().rect()
