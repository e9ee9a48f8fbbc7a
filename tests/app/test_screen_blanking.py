"""The idle screen goes black after a while without a touch; a touch wakes it without pressing
what lies under the finger, and leaving the idle screen (a card inserted) wakes it too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from kiosk.app.blanking import ScreenBlanker
from tests.doubles import FakeClock

pytestmark = pytest.mark.gui


class FakeIdleness:
    def __init__(self) -> None:
        self.idle = True

    def __call__(self) -> bool:
        return self.idle


@pytest.fixture
def screen(qapp: QApplication) -> Iterator[tuple[QWidget, QPushButton]]:
    window = QWidget()
    window.resize(800, 600)
    button = QPushButton("办理", window)
    QVBoxLayout(window).addWidget(button)
    window.show()
    QTest.qWaitForWindowExposed(window)
    yield window, button
    window.close()


def _tap(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_blanks_after_the_quiet_time_and_the_waking_touch_presses_nothing(
    screen: tuple[QWidget, QPushButton],
) -> None:
    window, button = screen
    clock, idle = FakeClock(1000.0), FakeIdleness()
    blanker = ScreenBlanker(window, after_s=600, is_idle=idle, monotonic=clock)
    blanker.start()
    presses: list[bool] = []
    button.clicked.connect(lambda: presses.append(True))
    try:
        clock.now += 599
        blanker.check()
        assert not blanker.blanked
        clock.now += 1
        blanker.check()
        assert blanker.blanked

        _tap(button)  # the waking touch
        assert not blanker.blanked and presses == []
        _tap(button)  # the next one is a real tap
        assert presses == [True]

        clock.now += 300
        _tap(button)
        clock.now += 599
        blanker.check()
        assert not blanker.blanked  # every touch restarts the quiet time
    finally:
        blanker.stop()


def test_only_the_idle_screen_blanks_and_a_card_wakes_it(
    screen: tuple[QWidget, QPushButton],
) -> None:
    window, _ = screen
    clock, idle = FakeClock(1000.0), FakeIdleness()
    blanker = ScreenBlanker(window, after_s=60, is_idle=idle, monotonic=clock)
    blanker.start()
    try:
        idle.idle = False  # a claimant is reading a long status page
        clock.now += 3600
        blanker.check()
        assert not blanker.blanked

        idle.idle = True
        clock.now += 60
        blanker.check()
        assert blanker.blanked
        idle.idle = False  # a card was inserted: the flow left the idle screen
        blanker.check()
        assert not blanker.blanked
    finally:
        blanker.stop()


def test_zero_means_never(screen: tuple[QWidget, QPushButton]) -> None:
    window, _ = screen
    clock = FakeClock(1000.0)
    blanker = ScreenBlanker(window, after_s=0, is_idle=lambda: True, monotonic=clock)
    blanker.start()
    clock.now += 10**6
    assert not blanker.blanked
    blanker.stop()
