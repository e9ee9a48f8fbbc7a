"""The technician PIN on a keypad, with the lockout counting down on screen.

Digits are never shown, only dots. While locked the keypad is off and the seconds left count
down from the console's own figure (kept in a file, so a restart does not shorten it).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.technician.pin import MAX_LENGTH
from kiosk.technician.views import Granted, LockedOut, NoPinSet, PinOutcome, WrongPin
from screens.icons import IconKind
from screens.technician.i18n import tt
from screens.technician.page import TechPage
from screens.widgets import TouchButton, text_label


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class PinPage(TechPage):
    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self._digits = ""
        self._locked_until: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        row = QHBoxLayout()
        row.setSpacing(64)
        words = QVBoxLayout()
        words.setSpacing(20)
        self.detail = text_label("lead", parent=self)
        self.message = text_label("strong", parent=self)
        self.countdown = text_label("display", wrap=False, parent=self)
        self.countdown.hide()
        words.addWidget(self.detail)
        words.addWidget(self.message)
        words.addWidget(self.countdown)
        words.addStretch(1)
        self.cancel_button = TouchButton("secondary", IconKind.BACK, parent=self)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        words.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        pad = QVBoxLayout()
        pad.setSpacing(16)
        self.display = text_label("tentry", wrap=False, parent=self)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumWidth(480)
        self.display.setFixedHeight(140)
        pad.addWidget(self.display)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.keys: dict[str, TouchButton] = {}
        for index, digit in enumerate("1234567890"):
            key = TouchButton("tkey", parent=self)
            key.setText(digit)
            key.setMinimumSize(150, 110)
            key.clicked.connect(lambda _=False, d=digit: self.press(d))
            self.keys[digit] = key
            grid.addWidget(key, *((3, 1) if digit == "0" else divmod(index, 3)))
        self.delete_button = TouchButton("tkey", parent=self)
        self.delete_button.clicked.connect(self.delete)
        grid.addWidget(self.delete_button, 3, 0)
        self.ok_button = TouchButton("primary", IconKind.CHECK, parent=self)
        self.ok_button.setMinimumWidth(150)
        self.ok_button.clicked.connect(self.submit)
        grid.addWidget(self.ok_button, 3, 2)
        pad.addLayout(grid)
        pad.addStretch(1)
        row.addLayout(words, 5)
        row.addLayout(pad, 4)
        self.column.addLayout(row, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self.retranslate()
        self._show()

    def title(self) -> str:
        return tt("Technician PIN")

    def retranslate(self) -> None:
        super().retranslate()
        self.detail.setText(tt("Enter the technician PIN. Every try is recorded."))
        self.delete_button.setText(tt("Delete"))
        self.ok_button.setText(tt("Enter"))
        self.cancel_button.setText(tt("Back to the kiosk"))
        self._tick()

    # -- typing ------------------------------------------------------------------------------

    def press(self, digit: str) -> None:
        if self.locked or len(self._digits) >= MAX_LENGTH:
            return
        self._digits += digit
        self._show()

    def delete(self) -> None:
        self._digits = self._digits[:-1]
        self._show()

    def submit(self) -> None:
        if self.locked or not self._digits:
            return
        pin, self._digits = self._digits, ""
        self._show()
        self.set_keypad_enabled(False)  # until the console has answered
        self.pin_entered.emit(pin)

    def reset(self) -> None:
        self._digits = ""
        self.message.clear()
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and text.isascii():
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def _show(self) -> None:
        self.display.setText("●" * len(self._digits) if self._digits else " ")

    def set_keypad_enabled(self, enabled: bool) -> None:
        for key in (*self.keys.values(), self.delete_button, self.ok_button):
            key.setEnabled(enabled)

    # -- answers -----------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.seconds_left() > 0

    def seconds_left(self) -> float:
        if self._locked_until is None:
            return 0.0
        return max(0.0, self._locked_until - self._monotonic())

    def set_locked(self, seconds: float) -> None:
        if seconds <= 0:
            self._locked_until = None
            self.timer.stop()
        else:
            self._locked_until = self._monotonic() + seconds
            self.timer.start()
        self._tick()

    def _tick(self) -> None:
        left = self.seconds_left()
        if left > 0:
            self.countdown.setText(clock_text(left))
            self.countdown.show()
            self.message.setText(tt("Too many wrong PINs. Technician mode is locked for:"))
            self.set_keypad_enabled(False)
            return
        if self._locked_until is not None:
            self._locked_until = None
            self.timer.stop()
            self.message.setText(tt("You may try again."))
        self.countdown.hide()
        self.set_keypad_enabled(True)

    def show_outcome(self, outcome: PinOutcome) -> None:
        if isinstance(outcome, Granted):
            self.message.clear()
            self.set_keypad_enabled(True)
        elif isinstance(outcome, WrongPin):
            if outcome.locked_s:
                self.set_locked(outcome.locked_s)
                return
            self.message.setText(
                tt("Wrong PIN. Tries left before a lockout: {count}").replace(
                    "{count}", str(outcome.tries_before_lock)
                )
            )
            self.set_keypad_enabled(True)
        elif isinstance(outcome, LockedOut):
            self.set_locked(outcome.seconds_left)
        elif isinstance(outcome, NoPinSet):
            self.message.setText(
                tt(
                    "No technician PIN is set on this kiosk. Set one in a shell with: kiosk technician set-pin"
                )
            )
            self.set_keypad_enabled(True)
