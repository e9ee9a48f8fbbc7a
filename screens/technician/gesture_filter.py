"""Reports presses and releases on the claimant window to the hidden-gesture model.

Installed on the application, it looks only at events delivered to the claimant window's own
QWindow (one per touch, in window coordinates) and never consumes them: claimants' taps work as
before. The decision is kiosk.technician.gesture's; this only reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QMouseEvent, QWindow
from PySide6.QtWidgets import QWidget

from kiosk.technician.gesture import GestureRules, HiddenGesture


class HiddenGestureFilter(QObject):
    triggered = Signal()

    def __init__(
        self,
        window: QWidget,
        rules: GestureRules | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.model = HiddenGesture(rules)
        self._monotonic = monotonic

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) and (
            isinstance(watched, QWindow) and watched is self.window.windowHandle()
        ):
            assert isinstance(event, QMouseEvent)
            point = event.position()
            now = self._monotonic()
            if kind == QEvent.Type.MouseButtonPress:
                self.model.press(point.x(), point.y(), now)
            elif self.model.release(point.x(), point.y(), now):
                self.triggered.emit()
        return False
