"""What every technician page shares: a heading, a status line, rows of results, re-wording on a
language change, a scroll area so long results stay reachable by dragging, and the way out to
the core: `ask(intent)` emits it, and the answer comes back to `take(result)` on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kiosk.technician.intents import TechnicianIntent, TechnicianResult
from screens.icons import IconKind
from screens.technician.i18n import tt
from screens.widgets import TouchButton, text_label


def result_label(text: str, state: str, parent: QWidget | None = None) -> QLabel:
    """`state` is "ok", "bad" or "neutral"; the words always say it too, never colour alone."""
    label = text_label("body", wrap=True, parent=parent)
    label.setText(text)
    label.setProperty("result", state)
    return label


def button(role: str, icon: IconKind | None = None, parent: QWidget | None = None) -> TouchButton:
    return TouchButton(role, icon, parent=parent)


def clear_layout(layout: QGridLayout | QVBoxLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif item.layout() is not None:
            inner = item.layout()
            assert isinstance(inner, QGridLayout | QVBoxLayout | QHBoxLayout)
            clear_layout(inner)


class TechPage(QFrame):
    """A page: heading, an action row, a status line, then the page's own content."""

    intent = Signal(object)
    """A TechnicianIntent for the composition root to run; the result comes back to `take`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScreenPage")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(48, 24, 48, 24)
        self.column.setSpacing(20)
        self.heading = text_label("heading", parent=self)
        self.column.addWidget(self.heading)
        self.action_row = QHBoxLayout()
        self.action_row.setSpacing(20)
        self.column.addLayout(self.action_row)
        self.status = text_label("lead", parent=self)
        self.status.hide()
        self.column.addWidget(self.status)

    def add_scroll(self, into: QHBoxLayout | None = None) -> QVBoxLayout:
        """A drag-scrollable area for content that may be longer than the screen."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Touch only: a mouse-button scroller swallows quick taps on the buttons inside.
        QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        inner = QWidget(area)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        area.setWidget(inner)
        self.scroll_area = area
        (into if into is not None else self.column).addWidget(area, 1)
        return layout

    def card(self, parent_layout: QVBoxLayout) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame(self)
        frame.setObjectName("TechCard")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        parent_layout.addWidget(frame)
        return frame, layout

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def working(self) -> None:
        self.show_status(tt("Working… please wait."))

    def ask(self, intent: TechnicianIntent) -> None:
        self.working()
        self.intent.emit(intent)

    def take(self, result: TechnicianResult) -> None:
        """Draws a result this page asked for; a page overrides it for the results it draws."""

    def failed(self, kind: str) -> None:
        self.show_status(tt("Unexpected error: {kind}. See the log.").replace("{kind}", kind))

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Called each time the page is shown; pages with a form fill it from the settings."""

    def retranslate(self) -> None:
        self.heading.setText(self.title())

    def changeEvent(self, e: QEvent) -> None:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)
