"""The idle screen goes black after `[ui] blank_after_s` without a touch, and wakes on any touch
or card (docs/deploy.md, "The locked-down session").

A kiosk in a community centre stands lit all day and night; a black screen saves the panel from
burn-in and tells passers-by nobody is being served. The touch that wakes the screen is swallowed,
so it cannot press whatever button lies under the finger. Only the idle screen blanks: a
claimant reading a long status page is never blanked mid-session (the session's own timeout
deals with a claimant who left).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
    }
)


class ScreenBlanker(QObject):
    def __init__(
        self,
        window: QWidget,
        *,
        after_s: float,
        is_idle: Callable[[], bool],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._after_s = after_s
        self._is_idle = is_idle
        self._monotonic = monotonic
        self._last_input = monotonic()
        self._swallowing = False
        self._cover = QWidget(window)
        self._cover.setObjectName("screen_blank")
        self._cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._cover.setStyleSheet("#screen_blank { background: black; }")
        self._cover.setCursor(Qt.CursorShape.BlankCursor)
        self._cover.hide()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    @property
    def blanked(self) -> bool:
        return self._cover.isVisible()

    def start(self) -> None:
        if self._after_s <= 0:
            return
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.wake()

    def check(self) -> None:
        """Blanks once the idle screen has gone untouched long enough; wakes when the session
        left the idle screen (a card was inserted, an ID card placed)."""
        if not self._is_idle():
            self.wake()
            return
        if not self.blanked and self._monotonic() - self._last_input >= self._after_s:
            self._cover.setGeometry(self._window.rect())
            self._cover.show()
            self._cover.raise_()

    def wake(self) -> None:
        self._last_input = self._monotonic()
        self._cover.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _INPUT:
            return False
        self._last_input = self._monotonic()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress):
            if self.blanked:
                self._cover.hide()
                self._swallowing = True
                return True  # the waking touch presses nothing
            self._swallowing = False
        return self._swallowing  # the rest of a swallowed touch goes nowhere either
