"""The "are you still there?" warning laid over the whole window, with a visible countdown.

Two ways to drive it. The session flow owns the clock and sends the seconds left each second
(`show_seconds_left`); or, where no flow runs (demos, tests), `start` counts down by itself on
an injectable timer and reports `countdown_finished`. Either way it decides nothing.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from screens.icons import IconColours, IconKind
from screens.palette import DEFAULT_PALETTE
from screens.widgets import Pictogram, TouchButton, em_px, text_label

TICK_INTERVAL_MS = 1000


class CountdownDial(QWidget):
    """A ring that empties as time runs out, around the number of seconds left.

    The number carries the meaning; the ring is a second cue for people who do not read it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self.number = text_label("countdown", wrap=False, parent=self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setSpacing(0)
        column.addStretch(1)
        column.addWidget(self.number)
        column.addStretch(1)

    def set_fraction(self, fraction: float) -> None:
        self._fraction = max(0.0, min(1.0, fraction))
        self.update()

    def sizeHint(self) -> QSize:
        number = self.number.sizeHint()
        side = max(round(max(number.width(), number.height()) * 1.35), em_px(self) * 4)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, e: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        thickness = max(6.0, side * 0.06)
        ring = QRectF(
            (self.width() - side) / 2 + thickness,
            (self.height() - side) / 2 + thickness,
            side - 2 * thickness,
            side - 2 * thickness,
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(DEFAULT_PALETTE.start_surface), thickness))
        painter.drawEllipse(ring)
        pen = QPen(QColor(DEFAULT_PALETTE.primary), thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(ring, 90 * 16, round(360 * 16 * self._fraction))
        painter.end()


class TimeoutOverlay(QWidget):
    continue_requested = Signal()
    finish_requested = Signal()
    countdown_finished = Signal()

    def __init__(self, parent: QWidget, timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self._host = parent
        self.setObjectName("TimeoutOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._timer = timer if timer is not None else QTimer(self)
        if timer is None:
            self._timer.setInterval(TICK_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)
        self._total = 0
        self._remaining = 0

        palette = DEFAULT_PALETTE
        card = QFrame(self)
        card.setObjectName("TimeoutCard")
        card.setMaximumWidth(1100)
        clock = Pictogram(IconKind.CLOCK, IconColours(ink=palette.ink), ems=2.0, parent=card)
        self.heading = text_label("heading", parent=card)
        self.explanation = text_label("body", parent=card)
        self.dial = CountdownDial(card)
        self.dial_unit = text_label("strong", wrap=False, parent=card)
        self.dial_unit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.continue_button = TouchButton("primary", IconKind.CHECK, parent=card)
        self.continue_button.clicked.connect(self.continue_requested)
        self.finish_button = TouchButton("secondary", IconKind.FINISH, parent=card)
        self.finish_button.clicked.connect(self.finish_requested)

        head = QHBoxLayout()
        head.setSpacing(24)
        head.addWidget(clock, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.heading, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        buttons.addWidget(self.finish_button, 1)
        buttons.addWidget(self.continue_button, 2)
        column = QVBoxLayout(card)
        column.setSpacing(28)
        column.addLayout(head)
        column.addWidget(self.explanation)
        column.addWidget(self.dial, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.dial_unit)
        column.addLayout(buttons)

        centre = QGridLayout(self)
        centre.setContentsMargins(48, 48, 48, 48)
        centre.addWidget(card, 0, 0, Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.hide()
        self.retranslate()

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:
        if watched is self._host and e.type() == QEvent.Type.Resize:
            self.setGeometry(self._host.rect())
        return False

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def start(self, seconds: int) -> None:
        """Show the warning and count down from `seconds` on this widget's own timer."""
        self._total = max(1, seconds)
        self._remaining = self._total
        self._appear()
        self._timer.start()

    def show_seconds_left(self, seconds: int) -> None:
        """Show the warning with the flow's own count; the first value sets the full ring."""
        self._timer.stop()
        if not self.isVisible():
            self._total = max(1, seconds)
        self._remaining = max(0, seconds)
        self._appear()

    def _appear(self) -> None:
        self._show_remaining()
        self.setGeometry(self._host.rect())
        if not self.isVisible():
            self.show()
            self.raise_()
            self.continue_button.setFocus()

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    def remaining(self) -> int:
        return self._remaining

    @Slot()
    def tick(self) -> None:
        if not self.isVisible() or self._remaining <= 0:
            return
        self._remaining -= 1
        self._show_remaining()
        if self._remaining == 0:
            self._timer.stop()
            self.countdown_finished.emit()

    def _show_remaining(self) -> None:
        self.dial.number.setText(str(self._remaining))
        self.dial.set_fraction(self._remaining / self._total if self._total else 0.0)

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("TimeoutOverlay", "Are you still there?"))
        self.explanation.setText(
            QCoreApplication.translate(
                "TimeoutOverlay",
                "To protect your information, this session will end by itself when the "
                "countdown reaches zero. To keep going, touch Continue.",
            )
        )
        self.dial_unit.setText(QCoreApplication.translate("TimeoutOverlay", "seconds left"))
        self.continue_button.setText(QCoreApplication.translate("TimeoutOverlay", "Continue"))
        self.finish_button.setText(QCoreApplication.translate("TimeoutOverlay", "Finish now"))
